"""Benign hard-negative kinds of blind batch 315: ten legitimate users, each built to resemble one
of this batch's campaign families (or a campaign in general). Each is drawn from its own generator
(`build_batch` seeds it with (seed, salt, 2, index)). Code names are canal-lock parts.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Acct, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind315 import texts as tx
from bench.monitor_blind315.families import BG_BROWSERS


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# evaluation lab: fixed benchmark suites with step-by-step prompts, old vs new model


def miter_gate(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "miter_gate"
    tz = pick(rng, [-8, -5, 0, 1])
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ["gcp", "aws", "azure"])
    for _ in range(irange(rng, 1, 3)):  # one small lab per draw, several labs per batch
        n_keys = irange(rng, 2, 4)
        accts = [
            _acct(
                ctx,
                rng,
                kind,
                "eval_runner",
                org=org,
                pay=pay,
                ua=pick(rng, bb.SDK_COMMON[:2]),
                ips=bb.cloud(rng, irange(rng, 1, 2), prov),
                tz=tz,
            )
            for _ in range(n_keys)
        ]
        suites = {
            "math": irange(rng, 150, 400),
            "mcq": irange(rng, 100, 300),
            "logic": irange(rng, 60, 200),
        }
        for a in accts:
            runs = bb.thinned(
                rng, ctx.t0, ctx.t1, float(rng.uniform(3, 9)), bb.workday(tz, weekend=0.1)
            )
            ts_all, prompts, models = [], [], []
            for s in runs.tolist():
                suite = pick(rng, list(suites))
                n = suites[suite]
                if s >= ctx.release:
                    model = pick(
                        rng, [ctx.new_model, ctx.new_model, ctx.old_models[0], ctx.old_models[-1]]
                    )
                else:
                    model = pick(rng, ctx.old_models)
                t = s + np.cumsum(rng.exponential(float(rng.uniform(0.4, 2.0)), size=n))
                ts_all.extend(t.tolist())
                prompts.extend(tx.eval_item(rng, suite, i) for i in range(n))
                models.extend([model] * n)
            ts = np.asarray(ts_all)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=models,
                comp_median=float(rng.uniform(250, 600)),
                err=0.03,
            )


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators in an office pre-labelling and grading support replies


def lock_keeper(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "lock_keeper"
    tz = pick(rng, [5, 8, 1, -3])
    office = bb.home(rng, irange(rng, 1, 2), tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 8, 16)):
        a = _acct(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=pay,
            ua=pick(rng, BG_BROWSERS[:2]) if chance(rng, 0.6) else "OpenAI/Python 1.54.0",
            ips=office,
            tz=tz,
        )
        ts = _concat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 6)),
                bb.workday(tz, 9, 18),
                float(rng.uniform(8, 20)),
                float(rng.uniform(20, 60)),
                0.6,
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.annotation_task(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.4),
            comp_median=120.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# trust & safety team of a social platform: rewriting flagged posts to the guidelines


def gate_paddle(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "gate_paddle"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ["aws", "gcp"]))
    peak = float(rng.uniform(14, 22))
    for _ in range(irange(rng, 2, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "moderation_pipeline",
            org=org,
            pay=pay,
            ua=pick(rng, ["OpenAI/Python 1.54.0", "Go-http-client/2.0"]),
            ips=ips,
        )
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1200, 2500)), bb.global_load(peak, 0.55)
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation_rewrite(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.5),
            comp_median=160.0,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# coding-agent product: many developers' multi-step agent episodes through one backend


def lock_chamber(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "lock_chamber"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tzs = sorted(int(x) for x in picks(rng, [-8, -5, 0, 1, 2, 5, 9], 3))
    for region in range(irange(rng, 2, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            f"agent_backend_{region}",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=bb.cloud(rng, irange(rng, 2, 6), "aws"),
        )
        eps = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(250, 600)), bb.multi_office(tzs))
        ts_all, prompts, extra = [], [], []
        for s in eps.tolist():
            steps = 1 + int(rng.negative_binomial(2, 0.3))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.7, size=steps - 1))]
            )
            hist = irange(rng, 800, 3000)
            for k, tk in enumerate(t.tolist()):
                ts_all.append(tk)
                prompts.append(tx.ide_agent_step(rng, ctx.chat, k))
                extra.append(hist)
                hist += irange(rng, 200, 1500)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.05),
            comp_median=260.0,
            comp_sigma=0.8,
            extra=np.asarray(extra, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: paraphrases for their own intent classifier, nightly


def tail_gate(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tail_gate"
    tz = pick(rng, [-5, 1, 5, 8])
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 1, 2)):
        a = _acct(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=pay,
            ua=bb.sdk_ua(rng, 0.7),
            ips=bb.cloud(rng, 1, pick(rng, ["gcp", "aws"])),
            tz=tz,
        )
        nights = bb.nightly(float(rng.uniform(1, 3)), float(rng.uniform(1.5, 3)), tz)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(300, 800)), nights)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augmentation_request(rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.3),
            comp_median=700.0,
            comp_sigma=0.4,
            err=0.02,
        )
        # developers trying prompts by hand in the day
        day = _concat(bb.session_times(rng, ctx.t0, ctx.t1, 1.0, bb.workday(tz), 4, 90))
        ctx.emit(
            rng,
            a,
            day,
            [tx.augmentation_request(rng) for _ in range(len(day))],
            models=ctx.models(rng, day, p_new=0.5),
            ua=pick(rng, BG_BROWSERS[:2]),
            ips=bb.home(rng, 1, tz)[0],
            comp_median=700.0,
        )


# --------------------------------------------------------------------------------------------
# companion app: long casual conversations through the app's backend


def head_gate(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "head_gate"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ["aws", "gcp", "digitalocean"]))
    users_tz = sorted(int(x) for x in picks(rng, bb.TZS, 3))
    for _ in range(irange(rng, 1, 2)):
        a = _acct(
            ctx, rng, kind, "app_backend", org=org, pay=pay, ua="OpenAI/NodeJS 4.67.1", ips=ips
        )
        ts_all, prompts, extra = [], [], []
        for tz in users_tz:
            for sess in bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(10, 25)),
                bb.evening_person(tz),
                float(rng.uniform(6, 14)),
                25.0,
                0.9,
            ):
                hist = irange(rng, 200, 4000)
                for t in sess.tolist():
                    ts_all.append(t)
                    prompts.append(tx.companion_message(rng))
                    extra.append(hist)
                    hist += irange(rng, 30, 200)
        o = np.argsort(np.asarray(ts_all), kind="stable")
        ts = np.asarray(ts_all)[o]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in o.tolist()],
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.7),
            comp_median=90.0,
            comp_sigma=0.6,
            extra=np.asarray(extra, dtype=np.int64)[o],
        )


# --------------------------------------------------------------------------------------------
# course cohort: a class of students on per-student keys, same problem sets before deadlines


def quoin_post(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "quoin_post"
    tz = pick(rng, [-5, 0, 1, 8, 9])
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    deadlines = [
        ctx.t0 + float(rng.uniform(2.5, 3.5)) * DAY,
        ctx.t0 + float(rng.uniform(5.8, 6.9)) * DAY,
    ]
    for _ in range(irange(rng, 30, 55)):
        ips = campus + bb.home(rng, 1, tz)
        a = _acct(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=pay,
            ua=pick(rng, BG_BROWSERS) if chance(rng, 0.8) else pick(rng, bb.MOBILE[:3]),
            ips=ips,
            tz=tz,
        )
        parts = []
        for dl in deadlines:
            lead = float(rng.uniform(3, 40)) * HOUR
            parts.extend(
                bb.session_times(
                    rng,
                    dl - lead,
                    dl,
                    float(rng.uniform(2, 6)),
                    bb.evening_person(tz),
                    float(rng.uniform(2, 6)),
                    120.0,
                    0.8,
                )
            )
        ts = _concat(parts)
        ps_of = np.where(ts <= deadlines[0], 3, 4)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.course_question(rng, int(p)) for p in ps_of.tolist()],
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
            comp_median=450.0,
        )


# --------------------------------------------------------------------------------------------
# research study: the same survey vignettes sampled many times per condition


def lock_flight(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "lock_flight"
    tz = pick(rng, [1, 2, -5])
    uni = bb.home(rng, 1, tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 1, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "study_script",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=uni,
            tz=tz,
        )
        lang = "de" if chance(rng, 0.4) else "en"
        reps = irange(rng, 10, 25)
        runs = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), bb.workday(tz, weekend=0.05)
        )
        ts_all, prompts, models = [], [], []
        for s in runs.tolist():
            # after the release every item is asked of both models, alternating
            pair = [ctx.new_model, ctx.old_models[0]] if s >= ctx.release else [ctx.old_models[0]]
            items = [(v, c) for v in range(6) for c in range(4)]
            t = s
            for v, c in items:
                p = tx.study_item(rng, v, c, lang)
                for _ in range(reps):
                    t += float(rng.exponential(1.2))
                    ts_all.append(t)
                    prompts.append(p)
                    models.append(pair[len(models) % len(pair)])
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=40.0, comp_sigma=0.4, err=0.04)


# --------------------------------------------------------------------------------------------
# tutoring product: an adaptive curriculum served to pupils of several school districts


def towpath(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "towpath"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ["aws", "azure"]))
    concepts = [
        c for subj in ("mathematics", "physics", "biology") for c in tx.CURRICULUM[subj][:5]
    ]
    for _ in range(irange(rng, 2, 4)):
        tz = pick(rng, [-8, -5, 0, 1, 5])
        a = _acct(
            ctx,
            rng,
            kind,
            "district_backend",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
            tz=tz,
        )
        school = bb.workday(tz, 8, 15.5, weekend=0.05)
        home_work = bb.evening_person(tz, 1.5)
        ts = _concat(
            [
                bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(600, 1500)), school),
                bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(200, 600)), home_work),
            ]
        )
        grade = np.clip(rng.normal(8, 2, size=len(ts)).round(), 3, 12).astype(int).tolist()
        unit = ((ts - ctx.t0) / DAY).astype(int) + 1
        prompts = [
            tx.tutoring_lesson(rng, g, pick(rng, concepts), int(u))
            for g, u in zip(grade, unit.tolist(), strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.4),
            comp_median=380.0,
        )


# --------------------------------------------------------------------------------------------
# agency / reseller: client sub-keys behind one gateway, staff on a VPN


def upper_pound(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "upper_pound"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    gateway = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ["hetzner", "ovh", "digitalocean"]))
    vpn = bb.rented_block(rng, pick(rng, ["m247", "leaseweb"]), 1, irange(rng, 2, 4))
    for _ in range(irange(rng, 12, 25)):
        tz = pick(rng, [-5, 0, 1, 2, 8])
        a = _acct(
            ctx,
            rng,
            kind,
            "client_subkey",
            org=org,
            pay=pay,
            ua="litellm/1.60.2",
            ips=gateway,
            tz=tz,
        )
        n = float(rng.lognormal(np.log(120), 1.0))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, n, bb.workday(tz, weekend=0.2))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.agency_prompt(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.45, p_mini=0.2),
            comp_median=380.0,
        )
        staff = _concat(bb.session_times(rng, ctx.t0, ctx.t1, 0.6, bb.workday(tz), 3, 120))
        ctx.emit(
            rng,
            a,
            staff,
            [tx.agency_prompt(rng, ctx.chat) for _ in range(len(staff))],
            models=ctx.models(rng, staff, p_new=0.45),
            ips=picks(rng, vpn, len(staff)),
            ua=pick(rng, BG_BROWSERS[:2]),
            comp_median=380.0,
        )


BENIGN_KINDS: dict[str, Callable] = {
    "miter_gate": miter_gate,
    "lock_keeper": lock_keeper,
    "gate_paddle": gate_paddle,
    "lock_chamber": lock_chamber,
    "tail_gate": tail_gate,
    "head_gate": head_gate,
    "quoin_post": quoin_post,
    "lock_flight": lock_flight,
    "towpath": towpath,
    "upper_pound": upper_pound,
}

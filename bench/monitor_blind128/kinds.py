"""Benign hard-negative kinds of blind batch 128 (code names from tinsmithing).

Each kind is a function `(ctx, rng)` that creates legitimate accounts (label "benign", family =
the kind's name) and writes their events. Each is built to resemble one of this batch's campaign
families, or a distillation campaign in general, while doing something an API provider would want
to keep serving.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    pick,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind128 import texts as tx


def _org_pay(rng: np.random.Generator) -> tuple[str, str]:
    return hexid(rng, "org"), hexid(rng, "pay")


def _emit_rows(ctx: Ctx, rng: np.random.Generator, acct, rows: list[tuple], **kw) -> None:
    """rows: (ts, prompt, model, comp_median, extra_tokens)."""
    rows.sort(key=lambda x: x[0])
    ts = np.asarray([r[0] for r in rows], dtype=np.float64)
    if len(ts) == 0:
        return
    ctx.emit(
        rng,
        acct,
        ts,
        [r[1] for r in rows],
        models=[r[2] for r in rows],
        comp_median=np.asarray([r[3] for r in rows]),
        extra=np.asarray([r[4] for r in rows], dtype=np.int64),
        **kw,
    )


# --------------------------------------------------------------------------------------------
# an evaluation lab running its fixed chain-of-thought benchmarks, both models side by side


def tin_snips(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "tin_snips"
    org, pay = _org_pay(rng)
    ips = cloud(rng, 2, "gcp")
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    tz = pick(rng, (-8, -5, 0, 1))
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    benches = {
        "gsm_inhouse": irange(rng, 200, 400),
        "logic_cot": irange(rng, 150, 300),
        "mgsm_zh": irange(rng, 80, 160),
        "mgsm_es": irange(rng, 80, 160),
        "mgsm_ja": irange(rng, 60, 120),
    }
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    rows: list[list] = [[] for _ in keys]
    day0 = np.floor(ctx.t0 / DAY) * DAY
    for d in range(8):
        base = day0 + d * DAY - tz * HOUR  # local midnight
        after = base + 10 * HOUR >= ctx.release
        if not after and not chance(rng, 0.6):
            continue  # regression runs on some days before the release
        runs: list[tuple[str, str]] = []
        if after:
            # launch week: every benchmark on the new model and on the old flagship for comparison
            names = (
                list(benches)
                if base <= ctx.release + DAY
                else [str(x) for x in rng.choice(list(benches), 2, replace=False)]
            )
            runs += [(b, m) for b in names for m in (new, old)]
        else:
            runs += [(pick(rng, list(benches)), pick(rng, (old, old, mini)))]
        t = base + float(rng.uniform(9.5, 11.5)) * HOUR
        for bench, model in runs:
            k = int(rng.integers(len(keys)))
            n_items = benches[bench]
            gaps = rng.lognormal(np.log(0.5), 0.5, size=n_items)
            times = t + np.cumsum(gaps)
            for i, ti in enumerate(times.tolist()):
                rows[k].append((ti, tx.eval_item(bench, i), model, 650.0, 0))
            t = float(times[-1]) + float(rng.uniform(5, 40)) * 60
    for a, r in zip(keys, rows, strict=True):
        _emit_rows(ctx, rng, a, r, comp_sigma=0.5, err=0.02)


# --------------------------------------------------------------------------------------------
# a labelling vendor pre-annotating a client's chatbot logs for human reviewers


def soldering_iron(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "soldering_iron"
    org, pay = _org_pay(rng)
    tz = pick(rng, (5, 8, 1, 2))
    office = home(rng, irange(rng, 2, 3), tz)
    n = irange(rng, 6, 12)
    projects = [f"PRJ-{irange(rng, 100, 999)}" for _ in range(irange(rng, 2, 4))]
    for _ in range(n):
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="project_key",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        per_day = float(rng.uniform(60, 200))
        ts = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, workday(tz))
        project, version = pick(rng, projects), irange(rng, 2, 9)
        prompts = [
            tx.vendor_preannotation(rng, ctx.chat, ctx.passages, project, version)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.25),
            comp_median=70,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# a social platform's trust-and-safety team: moderation labels and suggested rewrites


def tinplate(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "tinplate"
    org, pay = _org_pay(rng)
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="moderation_service",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    langs = {"en": 0.5, "es": 0.15, "pt": 0.15, "ar": 0.1, "ru": 0.1}
    rate = float(rng.uniform(60, 120))
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        rate * (ctx.t1 - ctx.t0) / HOUR,
        global_load(float(rng.uniform(16, 22)), 0.5),
    )
    who = rng.integers(0, len(keys), size=len(ts))
    version = irange(rng, 3, 7)
    for i, a in enumerate(keys):
        t = ts[who == i]
        prompts = [
            tx.moderation_assist(rng, ctx.chat, tx.lang_pick(rng, langs), version)
            for _ in range(len(t))
        ]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=0.1, p_mini=0.6),
            comp_median=90,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# a software company's developers using a coding agent (tool-call transcripts)


def hatchet_stake(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "hatchet_stake"
    org, pay = _org_pay(rng)
    tz = pick(rng, TZS)
    office = home(rng, 1, tz)
    ua = pick(rng, ("kodo-agent/1.4.2 node/22.11.0", "OpenAI/NodeJS 4.85.1"))
    for _ in range(irange(rng, 6, 12)):
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        lang = pick(rng, ("Python", "TypeScript", "Go", "Rust"))
        rows = []
        for sess in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 6)), workday(tz), 14.0, 6.0
        ):
            for step, t in enumerate(sess.tolist()):
                model = (
                    ctx.new_model if (t >= ctx.release and chance(rng, 0.7)) else ctx.old_models[0]
                )
                rows.append(
                    (
                        t,
                        tx.coding_agent_step(rng, step, lang),
                        model,
                        300.0,
                        min(60000, 1500 + 900 * step),
                    )
                )
        _emit_rows(ctx, rng, a, rows, comp_sigma=0.7)


# --------------------------------------------------------------------------------------------
# a startup's data-augmentation job for its own intent classifier (nightly, cheap model)


def beakhorn(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "beakhorn"
    org, pay = _org_pay(rng)
    tz = pick(rng, TZS)
    provider = pick(rng, ("gcp", "aws"))
    langs = {"en": 0.6, "es": 0.25, "de": 0.15}
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="batch_job",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=cloud(rng, 1, provider),
            tz=tz,
        )
        parts = []
        day0 = np.floor(ctx.t0 / DAY) * DAY
        for d in range(8):
            if not chance(rng, 0.6):
                continue
            s = day0 + d * DAY - tz * HOUR + float(rng.uniform(0.5, 2.0)) * HOUR
            dur = float(rng.uniform(1.5, 3.0)) * HOUR
            parts.append(np.sort(rng.uniform(s, s + dur, size=irange(rng, 400, 900))))
        ts = np.concatenate(parts) if parts else np.empty(0)
        prompts = [
            tx.augmentation(rng, tx.lang_pick(rng, langs), irange(rng, 0, 1))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.05, p_mini=0.7),
            comp_median=350,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# a companion-chat app's backend (many end users' multi-turn chats, memory in the context)


def folding_brake(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "folding_brake"
    org, pay = _org_pay(rng)
    ips = cloud(rng, irange(rng, 2, 4), "gcp")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    langs = {"en": 0.6, "es": 0.15, "pt": 0.1, "ja": 0.1, "de": 0.05}
    rate = float(rng.uniform(50, 90))
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        rate * (ctx.t1 - ctx.t0) / HOUR,
        global_load(float(rng.uniform(1, 4)), 0.6),
    )
    who = rng.integers(0, len(keys), size=len(ts))
    for i, a in enumerate(keys):
        t = ts[who == i]
        prompts = [
            tx.companion_message(rng, tx.lang_pick(rng, langs), ctx.chat) for _ in range(len(t))
        ]
        extra = rng.integers(300, 3500, size=len(t))
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=0.15, p_mini=0.5),
            comp_median=70,
            comp_sigma=0.6,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# a translation agency's translators (CAT-tool plug-in, client glossaries, several targets)


def rosin(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "rosin"
    org, pay = _org_pay(rng)
    tz = pick(rng, (0, 1, 2))
    office = home(rng, irange(rng, 1, 2), tz)
    clients = [
        pick(
            rng,
            (
                "Nordlicht GmbH",
                "Maison Ferro",
                "Tidewater Apps",
                "Quinta Verde",
                "Helix Bank",
                "Pollux Games",
            ),
        )
        for _ in range(3)
    ]
    ua = pick(rng, ("memoQ-llm-plugin/2.3 (Windows NT 10.0)", BROWSERS[0]))
    for _ in range(irange(rng, 3, 6)):
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="translator",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        pairs = [
            ("English", str(x))
            for x in rng.choice(tx.TARGETS[:8], size=irange(rng, 2, 3), replace=False)
        ]
        rows = []
        for sess in session_times(rng, ctx.t0, ctx.t1, 4.0, workday(tz), 25.0, 25.0):
            src, tgt = pick(rng, pairs)
            client = pick(rng, clients)
            for t in sess.tolist():
                model = (
                    ctx.new_model if (t >= ctx.release and chance(rng, 0.4)) else ctx.old_models[0]
                )
                rows.append(
                    (t, tx.shop_segment(rng, ctx.passages, src, tgt, client), model, 60.0, 0)
                )
        _emit_rows(ctx, rng, a, rows, comp_sigma=0.5)


# --------------------------------------------------------------------------------------------
# a university course cohort on an education programme (shared homework, deadline spikes)


def creasing_stake(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "creasing_stake"
    org, pay = _org_pay(rng)
    tz = pick(rng, (-8, -5, 0, 1))
    campus = home(rng, irange(rng, 2, 3), tz)
    course = pick(rng, list(tx.COURSES))
    concepts = tx.COURSES[course]
    deadlines = [
        ctx.t0 + float(rng.uniform(2.6, 3.2)) * DAY,
        ctx.t0 + float(rng.uniform(6.2, 6.9)) * DAY,
    ]
    base = evening_person(tz)

    def curve(t: np.ndarray) -> np.ndarray:
        boost = sum(np.where((t < d) & (t > d - 1.5 * DAY), 1.0, 0.0) for d in deadlines)
        return np.clip(base(t) * (0.35 + 0.65 * boost), 0, 1)

    for _ in range(irange(rng, 40, 70)):
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="student",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        ts = np.concatenate(
            [np.empty(0)]
            + session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 2.0)), curve, 5.0, 70.0)
        )
        prompts = []
        for t in ts.tolist():
            hw = 4 if t < deadlines[0] else 5
            if chance(rng, 0.6):
                prompts.append(tx.homework(rng, course, hw, irange(rng, 1, 6), pick(rng, concepts)))
            else:
                prompts.append(pick(rng, ctx.chat))
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3, p_mini=0.15), comp_median=400
        )


# --------------------------------------------------------------------------------------------
# an academic study sampling the same survey items many times, across models


def grooved_seam(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "grooved_seam"
    org, pay = _org_pay(rng)
    tz = pick(rng, TZS)
    ips = home(rng, irange(rng, 1, 2), tz)
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="study_key",
            org=org,
            pay=pay,
            ua=pick(rng, ("aiohttp/3.11.11", "python-requests/2.32.3")),
            ips=ips,
            tz=tz,
        )
        for _ in range(2)
    ]
    rows: list[list] = [[], []]
    for _ in range(irange(rng, 4, 7)):
        s = float(rng.uniform(ctx.t0, ctx.t1 - 0.3 * DAY))
        if s >= ctx.release:
            model = pick(rng, (ctx.new_model, ctx.new_model, ctx.old_models[0]))
        else:
            model = pick(rng, ctx.old_models)
        samples = irange(rng, 5, 15)
        personas = sorted(
            int(x) for x in rng.choice(len(tx.PERSONAS), size=irange(rng, 4, 8), replace=False)
        )
        k = int(rng.integers(2))
        t = s
        for item in range(len(tx.SURVEY)):
            for persona in personas:
                prompt = tx.survey_item(rng, item, persona)
                for _ in range(samples):
                    t += float(rng.lognormal(np.log(0.7), 0.4))
                    rows[k].append((t, prompt, model, 40.0, 0))
    for a, r in zip(keys, rows, strict=True):
        _emit_rows(ctx, rng, a, r, comp_sigma=0.4)


# --------------------------------------------------------------------------------------------
# an ed-tech product: nightly lesson (re)generation over its curriculum, hints by day


def bick_iron(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "bick_iron"
    org, pay = _org_pay(rng)
    tz = pick(rng, (-5, -8, -3))
    ips = cloud(rng, 2, "aws")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=name,
            role="content_pipeline",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    units = [
        (g, subj, u, c)
        for g in range(3, 13)
        for subj, cs in tx.CURRICULUM.items()
        if subj in ("algebra", "biology", "physics", "statistics")
        for u, c in enumerate(cs, 1)
    ]
    rows: list[list] = [[] for _ in keys]
    day0 = np.floor(ctx.t0 / DAY) * DAY
    pos = 0
    regen_from = ctx.release + float(rng.uniform(0.2, 1.0)) * DAY
    for d in range(8):
        s = day0 + d * DAY - tz * HOUR + float(rng.uniform(1, 3)) * HOUR
        if s >= regen_from and pos < len(units) * 10:
            pos = (
                len(units) * 10
            )  # the regeneration sweep restarts from the first unit on the new model
        n = irange(rng, 150, 300)
        times = s + np.cumsum(rng.lognormal(np.log(8.0), 0.4, size=n))
        for t in times.tolist():
            g, subj, u, c = units[pos % len(units)]
            pos += 1
            lang = "es" if chance(rng, 0.25) else "en"
            model = ctx.new_model if (t >= regen_from and chance(rng, 0.85)) else ctx.old_models[0]
            rows[int(rng.integers(len(keys)))].append(
                (t, tx.lesson_plan(rng, g, subj, u, c, lang), model, 650.0, 0)
            )
    school = workday(tz, start=8.0, end=15.5, weekend=0.2)
    hints = thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(25, 45)) * (ctx.t1 - ctx.t0) / HOUR * 0.35, school
    )
    all_concepts = tx.all_concepts()
    for t in hints.tolist():
        g = irange(rng, 3, 12)
        rows[int(rng.integers(len(keys)))].append(
            (t, tx.tutor_hint(rng, g, pick(rng, all_concepts)), ctx.old_models[-1], 45.0, 0)
        )
    for a, r in zip(keys, rows, strict=True):
        _emit_rows(ctx, rng, a, r, comp_sigma=0.45)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "tin_snips": tin_snips,
    "soldering_iron": soldering_iron,
    "tinplate": tinplate,
    "hatchet_stake": hatchet_stake,
    "beakhorn": beakhorn,
    "folding_brake": folding_brake,
    "rosin": rosin,
    "creasing_stake": creasing_stake,
    "grooved_seam": grooved_seam,
    "bick_iron": bick_iron,
}

"""Batch 155's benign hard negatives: ten legitimate kinds of API use, each built to resemble one
of this batch's campaign families (or a campaign in general). Code names are locksmithing words.

Every kind is `f(ctx, rng)`: it opens `label="benign"` accounts and writes their events.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind155 import texts
from bench.monitor_blind155.families import BG_BROWSER, BG_SDK, concat, model_mix, weighted


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def shear_line(ctx: Ctx, rng: np.random.Generator) -> None:
    """Evaluation lab: nightly regression runs, then a large suite on release day (with pass@k)."""
    kind = "shear_line"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2"))
    tz = int(pick(rng, (-8, 0, 1)))
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 2, "gcp"),
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    runs: list[tuple[float, int, float]] = []  # (start, items, p_new)
    day = ctx.t0 + ((2 - tz) % 24) * HOUR
    while day < ctx.t1:
        runs.append(
            (
                day + float(rng.uniform(0, 0.5)) * HOUR,
                irange(rng, 150, 300),
                0.0 if day < ctx.release else 0.5,
            )
        )
        day += DAY
    big = ctx.release + float(rng.uniform(1, 3)) * HOUR
    runs += [
        (big, irange(rng, 1500, 3000), 1.0),
        (big + float(rng.uniform(4, 8)) * HOUR, irange(rng, 800, 1500), 0.0),
    ]
    k_pass = irange(rng, 4, 6)
    # a fixed benchmark: nightly runs replay its first (regression) items, release runs go deeper
    suites = [pick(rng, ("mcq", "math", "code")) for _ in range(3000)]
    items = [(suite, texts.eval_item(rng, suite)) for suite in suites]
    for start, n_items, p_new in runs:
        t = start
        for i in range(n_items):
            suite, text = items[i % len(items)]
            reps = k_pass if suite == "code" else 1
            ts = t + np.cumsum(rng.lognormal(np.log(0.3), 0.4, size=reps))
            t = float(ts[-1]) + float(rng.lognormal(np.log(0.7), 0.5))
            acct = keys[i % len(keys)]
            models = [
                ctx.new_model if p_new and chance(rng, p_new) else ctx.old_models[0]
                for _ in range(reps)
            ]
            ctx.emit(
                rng,
                acct,
                ts,
                [text] * reps,
                models=models,
                comp_median=300 if suite != "mcq" else 120,
                err=0.02,
            )


def tension_wrench(ctx: Ctx, rng: np.random.Generator) -> None:
    """Labelling vendor: LLM-assisted QA of a client's support transcripts, office hours."""
    kind = "tension_wrench"
    tz = int(pick(rng, (8, 5)))
    office = bb.home(rng, 2, tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    client = pick(rng, ("Helio Telecom", "Brava Air", "Kestrel Bank", "Nimbus Mobile"))
    for _ in range(irange(rng, 3, 6)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "annotator_tool",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(15, 30)) * 9 * 7 * 5 / 7,
            bb.workday(tz, weekend=0.2),
        )
        prompts = [
            texts.vendor_qa(rng, ctx.chat, ctx.passages, client, int(chance(rng, 0.35)))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.3, lag_h=48),
            comp_median=120,
            err=0.01,
        )


def key_blank(ctx: Ctx, rng: np.random.Generator) -> None:
    """Tutoring product: step-by-step explanations of homework problems for its students."""
    kind = "key_blank"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, -8)))
    per_day = float(rng.uniform(500, 800))

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(bb.evening_person(tz)(ts), 0.6 * bb.workday(tz, weekend=0.5)(ts))

    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "product_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.85.1",
            ips=bb.cloud(rng, 3, "aws"),
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    ts = bb.thinned(rng, ctx.t0, ctx.t1, per_day * 7, curve)
    who = rng.integers(0, len(keys), size=len(ts))
    for i, acct in enumerate(keys):
        t = ts[who == i]
        prompts = [texts.tutoring(rng, "es" if chance(rng, 0.2) else "en") for _ in range(len(t))]
        ctx.emit(
            rng,
            acct,
            t,
            prompts,
            models=model_mix(ctx, rng, t, 0.7, lag_h=48),
            comp_median=420,
            extra=220,
            err=0.01,
        )


def spool_pin(ctx: Ctx, rng: np.random.Generator) -> None:
    """Course cohort: students on university-paid keys, the same assignments, a deadline rush."""
    kind = "spool_pin"
    tz = int(pick(rng, (1, -5, 0)))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = bb.home(rng, 2, tz)
    a1, a2 = (str(x) for x in rng.choice(texts.COURSE_ASSIGNMENTS, size=2, replace=False))
    due1 = ctx.t0 + 2 * DAY + (18 - tz) * HOUR
    due2 = ctx.t0 + 5 * DAY + (23 - tz) * HOUR
    for _ in range(irange(rng, 25, 50)):
        ua = pick(rng, BG_BROWSER) if chance(rng, 0.75) else pick(rng, BG_SDK)
        acct = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=pay,
            ua=ua,
            ips=campus + bb.home(rng, 1, tz),
            tz=tz,
        )
        sess = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.0)), bb.evening_person(tz), 4, 80
        )
        for due in (due1, due2):
            if chance(rng, 0.8):
                sess += bb.session_times(
                    rng,
                    due - 30 * HOUR,
                    due,
                    float(rng.uniform(1.5, 3.5)),
                    bb.evening_person(tz, 3.5),
                    5,
                    70,
                )
        ts = np.sort(concat(sess))
        prompts = [texts.course_prompt(rng, ctx.chat, a1 if t < due1 else a2) for t in ts.tolist()]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.2, p_mini=0.1),
            comp_median=380,
            err=0.01,
        )


def bump_key(ctx: Ctx, rng: np.random.Generator) -> None:
    """Research study: replays a fixed set of public prompts and sensitive-topic probes on the old
    and the new model after the release, several samples each."""
    kind = "bump_key"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "study_runner",
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=bb.cloud(rng, 2, "aws"),
            tz=1,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    probes = [
        ctx.chat[i]
        for i in rng.choice(len(ctx.chat), size=irange(rng, 250, 400), replace=False).tolist()
    ]
    probes += list(texts.SENSITIVE_EN) + list(texts.SENSITIVE_ZH)
    samples = irange(rng, 2, 3)
    t = ctx.release + float(rng.uniform(6, 30)) * HOUR
    for _run in range(irange(rng, 2, 3)):
        order = rng.permutation(len(probes)).tolist()
        j = 0
        for pi in order:
            for model in (ctx.old_models[0], ctx.new_model):
                ts = t + np.cumsum(rng.lognormal(np.log(1.5), 0.5, size=samples))
                t = float(ts[-1])
                ctx.emit(
                    rng,
                    keys[j % len(keys)],
                    ts,
                    [probes[pi]] * samples,
                    models=model,
                    comp_median=350,
                    err=0.01,
                )
                j += 1
        t += float(rng.uniform(14, 26)) * HOUR


def master_keying(ctx: Ctx, rng: np.random.Generator) -> None:
    """Agency: one client workspace (key and org) per brand, all paid by the agency's card."""
    kind = "master_keying"
    pay = hexid(rng, "pay")
    tz = int(pick(rng, (1, -5, 2)))
    office = bb.home(rng, 1, tz)
    backend = bb.cloud(rng, 2, "digitalocean")
    brands = [str(x) for x in rng.choice(texts.BRANDS, size=irange(rng, 8, 15), replace=False)]
    for brand in brands:
        lang = weighted(rng, {"en": 0.6, "es": 0.2, "de": 0.2}, 1)[0]
        acct = _benign(
            ctx, rng, kind, "client_workspace", pay=pay, ua=pick(rng, BG_BROWSER), ips=office, tz=tz
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 60)) * 7, bb.workday(tz))
        via_backend = rng.random(len(ts)) < 0.5
        ips = [pick(rng, backend) if b else office[0] for b in via_backend.tolist()]
        uas = ["OpenAI/Python 1.54.0" if b else acct.ua for b in via_backend.tolist()]
        prompts = [texts.agency_copy(rng, brand, lang) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.35, lag_h=24),
            ips=ips,
            ua=uas,
            comp_median=500,
            err=0.01,
        )


def code_cutter(ctx: Ctx, rng: np.random.Generator) -> None:
    """Coding agent: developers' IDE agent loops with big repository context, working hours."""
    kind = "code_cutter"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "litellm/1.60.2"))
    for _ in range(irange(rng, 6, 12)):
        tz = int(pick(rng, (-5, 0, 1, 2)))
        acct = _benign(
            ctx, rng, kind, "developer", org=org, pay=pay, ua=ua, ips=bb.home(rng, 1, tz), tz=tz
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 8)) * 7, bb.workday(tz))
        ts_all, pr_all, ex_all = [], [], []
        for s in starts.tolist():
            k = irange(rng, 5, 25)
            ts_all.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.7, size=k - 1))])
            )
            pr_all += texts.code_agent_steps(rng, k)
            base = irange(rng, 2000, 8000)
            ex_all += [base + 300 * i for i in range(k)]
        ts = concat(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_all,
            models=model_mix(ctx, rng, ts, 0.6, lag_h=24),
            comp_median=300,
            extra=np.asarray(ex_all, dtype=np.int64),
            err=0.02,
        )


def impressioning(ctx: Ctx, rng: np.random.Generator) -> None:
    """Companion app: users' chat messages with persona and memory in context, evenings worldwide."""
    kind = "impressioning"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=bb.cloud(rng, 4, "gcp"),
        )
        for _ in range(2)
    ]
    zones = (-5, 1, 9, -3)
    curves = [bb.evening_person(z) for z in zones]

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.clip(sum(c(ts) for c in curves) / 2.0, 0, 1)

    ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(900, 1400)) * 7, curve)
    who = rng.integers(0, 2, size=len(ts))
    langs = {"en": 0.6, "es": 0.15, "pt": 0.15, "ja": 0.1}
    for i, acct in enumerate(keys):
        t = ts[who == i]
        prompts = [
            texts.companion(rng, lg, pick(rng, texts.CHARACTERS), ctx.chat)
            for lg in weighted(rng, langs, len(t))
        ]
        ctx.emit(
            rng,
            acct,
            t,
            prompts,
            models=model_mix(ctx, rng, t, 0.0, p_mini=0.5),
            comp_median=110,
            extra=rng.integers(600, 1500, size=len(t)),
            err=0.01,
        )


def key_duplicator(ctx: Ctx, rng: np.random.Generator) -> None:
    """Data-augmentation team: nightly batches of paraphrases of their own intent seeds."""
    kind = "key_duplicator"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, -5)))
    bank = pick(rng, ("Lindqvist Bank", "Plata Finanzas", "Maple Credit Union"))
    for _ in range(irange(rng, 1, 2)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "batch_job",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=bb.cloud(rng, 1, "aws"),
            tz=tz,
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, 7 * 1.2, bb.nightly(1, 2, tz))
        ts = concat(bb.bursts(rng, starts, float(rng.uniform(200, 400)), 2.0, 0.4, ctx.t1))
        prompts = [
            texts.augmentation(rng, bank, lg)
            for lg in weighted(rng, {"en": 0.6, "es": 0.25, "de": 0.15}, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.5, lag_h=24),
            comp_median=350,
            err=0.01,
        )


def pick_gun(ctx: Ctx, rng: np.random.Generator) -> None:
    """Translation shop: CAT-tool segments, each document into several target languages."""
    kind = "pick_gun"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, 2)))
    office = bb.home(rng, 2, tz) + bb.cloud(rng, 1, "hetzner")
    client = pick(rng, ("Orbis Medical", "Tessel Games", "Vantage Outdoor", "Quire Software"))
    for _ in range(irange(rng, 3, 5)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "project_manager",
            org=org,
            pay=pay,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=office,
            tz=tz,
        )
        jobs = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)) * 7, bb.workday(tz))
        ts_all, pr_all = [], []
        for s in jobs.tolist():
            doc = " ".join(pick(rng, ctx.passages) for _ in range(3))
            segs = [x.strip() + "." for x in doc.split(". ") if 20 < len(x.strip()) < 300][
                : irange(rng, 20, 80)
            ]
            targets = [
                str(x)
                for x in rng.choice(
                    ("de", "fr", "es", "it", "nl", "pl", "ja", "pt"),
                    size=irange(rng, 2, 5),
                    replace=False,
                )
            ]
            t = s
            for lang in targets:
                for n, seg in enumerate(segs):
                    t += float(rng.lognormal(np.log(3.0), 0.5))
                    ts_all.append(t)
                    pr_all.append(texts.shop_segment(rng, seg, lang, client, n + 1))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_all,
            models=model_mix(ctx, rng, ts, 0.3, lag_h=24),
            comp_median=60,
            err=0.01,
        )


BENIGN_KINDS: dict[str, Callable] = {
    "shear_line": shear_line,
    "tension_wrench": tension_wrench,
    "key_blank": key_blank,
    "spool_pin": spool_pin,
    "bump_key": bump_key,
    "master_keying": master_keying,
    "code_cutter": code_cutter,
    "impressioning": impressioning,
    "key_duplicator": key_duplicator,
    "pick_gun": pick_gun,
}

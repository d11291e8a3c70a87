"""Benign hard-negative kinds of blind batch 109 (code names: papermaking words).

Each kind is `fn(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (named in each docstring) or a campaign in general. Labels are "benign"; the account's
`family` is the kind's code name.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    NAMES,
    Ctx,
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
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind109 import texts
from bench.monitor_blind109.families import BG_BROWSER

Rng = np.random.Generator

_WORDS = (
    "Lumen",
    "Cobalt",
    "Harbor",
    "Juniper",
    "Meridian",
    "Quill",
    "Tandem",
    "Verity",
    "Northwind",
    "Saffron",
    "Kestrel",
    "Orchard",
    "Basalt",
    "Ember",
    "Lattice",
)


def _name(rng: Rng, suffix: str) -> str:
    return f"{pick(rng, _WORDS)} {suffix}"


def _acct(ctx: Ctx, rng: Rng, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# 1. evaluation lab: fixed benchmark suites with step-by-step prompts, big run at the release
#    (looks like: sliotar, the reasoning-trace harvest)


def fourdrinier(ctx: Ctx, rng: Rng) -> None:
    kind = "fourdrinier"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("evalkit/0.9.2 python-httpx/0.28.1", "OpenAI/Python 1.58.1", "litellm/1.60.2"))
    keys = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=card, ua=ua, ips=cloud(rng, 2, provider))
        for _ in range(irange(rng, 2, 4))
    ]
    item_seed = int(rng.integers(2**31))
    suites = {
        "math": irange(rng, 150, 350),
        "mcq": irange(rng, 150, 400),
        "code": irange(rng, 80, 160),
        "short": irange(rng, 100, 250),
    }
    bank = {
        s: [texts.bench_item(np.random.default_rng([item_seed, j, i]), s) for i in range(n)]
        for j, (s, n) in enumerate(suites.items())
    }
    comp = {"math": 450.0, "mcq": 250.0, "code": 300.0, "short": 20.0}
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs: list[tuple[float, str, str]] = []
    tz = pick(rng, (-8, -5, 0, 1))
    day0 = np.floor(ctx.t0 / DAY) * DAY
    for d in range(8):  # nightly regression on the old models, two suites a night
        for s in ("math", "mcq") if d % 2 == 0 else ("code", "short"):
            runs.append(
                (
                    day0 + d * DAY + (2 - tz) % 24 * HOUR + float(rng.uniform(0, 1800)),
                    s,
                    pick(rng, (old, mini)),
                )
            )
    t = (
        ctx.release + float(rng.uniform(0.5, 3)) * HOUR
    )  # launch-day comparison: all suites, new and old
    for s in suites:
        for m in (new, old):
            runs.append((t, s, m))
            t += float(rng.uniform(0.3, 1.5)) * HOUR
    for _ in range(irange(rng, 2, 4)):  # follow-up runs on the new model with a prompt-format tweak
        runs.append(
            (ctx.release + float(rng.uniform(0.5, 2.8)) * DAY, pick(rng, list(suites)), new)
        )
    parallel = irange(rng, 4, 16)
    for start, suite, model in runs:
        items = bank[suite]
        gaps = rng.lognormal(np.log(1.6 / parallel), 0.5, size=len(items))
        ts = start + np.cumsum(gaps)
        key = pick(rng, keys)
        ctx.emit(rng, key, ts, items, models=model, comp_median=comp[suite], err=0.02)


# --------------------------------------------------------------------------------------------
# 2. labelling vendor QA: agree/disagree and pairwise checks on annotators' work, two shifts
#    (looks like: camogie, the judge / rubric harvest)


def dandy_roll(ctx: Ctx, rng: Rng) -> None:
    kind = "dandy_roll"
    org, card, vendor = hexid(rng, "org"), hexid(rng, "pay"), _name(rng, "Annotate")
    tz = pick(rng, (8, 5))
    office = home(rng, 2, tz)
    curve = workday(tz, start=7.0, end=22.0, weekend=0.3)
    p_new = float(rng.uniform(0.2, 0.6))
    for _ in range(irange(rng, 3, 6)):
        a = _acct(
            ctx,
            rng,
            kind,
            "qa_queue",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=office + cloud(rng, 1, "aws"),
            tz=tz,
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(10, 28)) * (ctx.t1 - ctx.t0) / HOUR * 0.5, curve
        )
        prompts = [texts.annotation_qa(rng, ctx.chat, ctx.passages, vendor) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.1),
            comp_median=float(rng.uniform(60, 120)),
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 3. trust & safety: classify posts and suggest compliant rewrites, multilingual, platform load
#    (looks like: puck_out, the policy-rewrite harvest)


def laid_lines(ctx: Ctx, rng: Rng) -> None:
    kind = "laid_lines"
    org, card, platform = hexid(rng, "org"), hexid(rng, "pay"), _name(rng, "Social")
    provider = pick(rng, ("aws", "gcp", "azure"))
    curve = global_load(float(rng.uniform(14, 22)), 0.5)
    w = rng.dirichlet([5.0, 2.0, 2.0, 1.0])
    langs = ("en", "es", "pt", "de")
    for _ in range(irange(rng, 1, 2)):
        a = _acct(
            ctx,
            rng,
            kind,
            "moderation_pipeline",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "Go-http-client/2.0")),
            ips=cloud(rng, 2, provider),
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(15, 40)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        ls = rng.choice(4, size=len(ts), p=w).tolist()
        prompts = [texts.moderation(rng, langs[i], platform) for i in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.3),
            comp_median=90.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 4. developers using an IDE coding agent on the company key: tool results, tests, greps
#    (looks like: sideline_cut, the agent-trajectory harvest)


def headbox(ctx: Ctx, rng: Rng) -> None:
    kind = "headbox"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1, 2, 5))
    office = home(rng, 1, tz)
    agent_ua = pick(
        rng,
        ("cline/3.2.0 vscode/1.96.2", "aider/0.72.1 litellm/1.60.2", "continue/0.9.240 (vscode)"),
    )
    for _ in range(irange(rng, 8, 16)):
        dtz = tz if chance(rng, 0.8) else pick(rng, (-5, 0, 1, 5))
        a = _acct(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=card,
            ua=agent_ua,
            ips=office + home(rng, 1, dtz),
            tz=dtz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(dtz),
            float(rng.uniform(10, 28)),
            float(rng.uniform(4, 12)),
            0.7,
        )
        ts, ips = [], []
        for s in sess:
            ip = a.ips[0] if chance(rng, 0.6) else a.ips[1]
            ts.extend(s.tolist())
            ips.extend([ip] * len(s))
        t = np.asarray(ts)
        if len(t) == 0:
            continue
        prompts = [texts.coding_step(rng) for _ in range(len(t))]
        extra = np.clip(rng.lognormal(np.log(3000), 0.5, size=len(t)), 500, 30000).astype(np.int64)
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=0.7, p_mini=0.05),
            ips=ips,
            extra=extra,
            comp_median=float(rng.uniform(250, 450)),
            err=0.015,
        )


# --------------------------------------------------------------------------------------------
# 5. data-augmentation team: nightly paraphrase jobs for an intent classifier, small model
#    (looks like: poc_fada, the synthetic-dataset harvest)


def kozo(ctx: Ctx, rng: Rng) -> None:
    kind = "kozo"
    org, card, business = (
        hexid(rng, "org"),
        hexid(rng, "pay"),
        _name(rng, pick(rng, ("Telecom", "Bank", "Outfitters"))),
    )
    provider, tz = pick(rng, ("aws", "gcp", "azure")), pick(rng, (-5, 0, 1, 5, 9))
    hours = float(rng.uniform(2, 4))
    curve = nightly(float(rng.uniform(0, 3)), hours, tz)
    for _ in range(irange(rng, 1, 2)):
        a = _acct(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=card,
            ua="python-httpx/0.28.1",
            ips=cloud(rng, 1, provider),
            tz=tz,
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(100, 250)) * (ctx.t1 - ctx.t0) / DAY * hours,
            curve,
        )
        prompts = [texts.augment(rng, business) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.8),
            comp_median=300.0,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# 6. companion app backend: many users' multi-turn chats with growing context
#    (looks like: ground_stroke, the multi-turn dialogue harvest)


def gampi(ctx: Ctx, rng: Rng) -> None:
    kind = "gampi"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    w = rng.dirichlet([5.0, 2.0, 2.0, 1.5])
    langs = ("en", "es", "pt", "ja")
    curve = global_load(float(rng.uniform(0, 4)), 0.6)  # evening in the Americas
    for _ in range(2):
        a = _acct(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "okhttp/4.12.0")),
            ips=cloud(rng, 3, provider),
        )
        ts, prompts, extra = [], [], []
        for s in thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(40, 80)) * (ctx.t1 - ctx.t0) / DAY, curve
        ).tolist():
            k = 1 + int(rng.negative_binomial(2, 0.25))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(30), 0.7, size=k - 1))])
            lg = langs[int(rng.choice(4, p=w))]
            base = irange(rng, 600, 1800)
            for j, tj in enumerate(t.tolist()):
                ts.append(tj)
                prompts.append(texts.companion(rng, lg))
                extra.append(base + j * 60)
        tt = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            tt,
            prompts,
            models=ctx.models(rng, tt, p_new=0.15, p_mini=0.3),
            extra=extra,
            comp_median=110.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 7. a university course cohort: one problem set, deadline rushes, campus NAT + home IPs
#    (looks like: square_ball, the person-like crowd)


def mitsumata(ctx: Ctx, rng: Rng) -> None:
    kind = "mitsumata"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    course = f"{pick(rng, ('ECON', 'STAT', 'PHYS', 'CS', 'MATH'))} {irange(rng, 101, 299)}"
    tz = pick(rng, (-5, 0, 1, 2))
    campus = home(rng, 3, tz)
    questions = texts.course_questions(rng, course)
    deadlines = sorted(ctx.t0 + float(x) * DAY for x in rng.uniform([1.5, 4.5], [3.0, 6.8]))
    eve = evening_person(tz)

    def rush(ts: np.ndarray) -> np.ndarray:
        w = np.zeros(len(ts))
        for d in deadlines:
            left = d - np.asarray(ts)
            w = np.maximum(w, np.where(left > 0, np.exp(-left / (0.8 * DAY)), 0.0))
        return np.clip(0.1 + w, 0, 1) * np.maximum(eve(ts), 0.3)

    for _ in range(irange(rng, 25, 50)):
        a = _acct(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS + BG_BROWSER),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 1.5)),
            rush,
            float(rng.uniform(3, 7)),
            float(rng.uniform(60, 240)),
        )
        ts, ips = [], []
        for s in sess:
            ip = pick(rng, campus) if chance(rng, 0.45) else a.ips[-1]
            ts.extend(s.tolist())
            ips.extend([ip] * len(s))
        t = np.asarray(ts)
        if len(t) == 0:
            continue
        prompts = [
            texts.student_ask(rng, pick(rng, questions))
            if chance(rng, 0.7)
            else pick(rng, ctx.chat)
            for _ in range(len(t))
        ]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=0.3, p_mini=0.1),
            ips=ips,
            comp_median=400.0,
        )


# --------------------------------------------------------------------------------------------
# 8. agency / reseller platform: many small clients' copywriting and ordinary chat on few keys
#    (looks like: hook_block and lift_and_strike: product traffic, shared keys, fast adoption)


def nagashizuki(ctx: Ctx, rng: Rng) -> None:
    kind = "nagashizuki"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "digitalocean", "hetzner"))
    clients = [
        f"{pick(rng, NAMES)}'s {pick(rng, ('Bakery', 'Studio', 'Dental', 'Realty', 'Fitness', 'Boutique', 'Cafe', 'Garage'))}"
        for _ in range(irange(rng, 15, 40))
    ]
    weights = 1.0 / np.arange(1, len(clients) + 1)
    weights /= weights.sum()
    curve = multi_office([pick(rng, (-8, -5, -3, 0, 1, 2)) for _ in range(3)])
    sysp = irange(rng, 80, 150)
    for _ in range(irange(rng, 2, 4)):
        a = _acct(
            ctx,
            rng,
            kind,
            "reseller_backend",
            org=org,
            pay=card,
            ua="axios/1.7.9",
            ips=cloud(rng, 2, provider),
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(8, 18)) * (ctx.t1 - ctx.t0) / HOUR * 0.5, curve
        )
        who = rng.choice(len(clients), size=len(ts), p=weights).tolist()
        prompts = [
            texts.agency_task(rng, clients[c], ctx.passages)
            if chance(rng, 0.6)
            else pick(rng, ctx.chat)
            for c in who
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
            extra=sysp,
            comp_median=350.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 9. research study: public prompts replayed k times to the old and the new model (consistency)
#    (looks like: lift_and_strike and overhead_pull: public-prompt replay, identical repeats)


def half_stuff(ctx: Ctx, rng: Rng) -> None:
    kind = "half_stuff"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, -5, 9))
    uni = home(rng, 2, tz)
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "study_script",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1")),
            ips=uni if i == 0 else cloud(rng, 1, "gcp"),
            tz=tz,
        )
        for i in range(2)
    ]
    chosen = [pick(rng, ctx.chat) for _ in range(irange(rng, 250, 500))]
    k = irange(rng, 3, 5)
    old, new = ctx.old_models[0], ctx.new_model
    phases = [
        (ctx.t0 + float(rng.uniform(0.5, 2.0)) * DAY, old),
        (ctx.release + float(rng.uniform(0.3, 1.5)) * DAY, new),
    ]
    for key, (t, model) in zip(keys, phases, strict=True):
        jobs = [p for p in chosen for _ in range(k)]
        # the script runs in chunks during office hours: step forward to the next working hour
        ts = []
        for _ in jobs:
            t += float(rng.lognormal(np.log(2.5), 0.4))
            h = ((t + tz * HOUR) % DAY) / HOUR
            if h < 9 or h >= 18:
                t += ((9 - h) % 24) * HOUR + float(rng.uniform(0, 1800))
            ts.append(t)
        ctx.emit(rng, key, np.asarray(ts), jobs, models=model, comp_median=380.0, err=0.01)


# --------------------------------------------------------------------------------------------
# 10. tutoring product: step-by-step homework help wrapped in a tutor template, regional keys
#     (looks like: solo_run and sliotar: curriculum-shaped, step-by-step, templated)


def couch_roll(ctx: Ctx, rng: Rng) -> None:
    kind = "couch_roll"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    regions = [("en", -5), ("es", -3), ("pt", -3), ("en", -8), ("es", 1)]
    upgrade = ctx.release + float(rng.uniform(0.5, 1.5)) * DAY
    for i in range(irange(rng, 3, 5)):
        lang, tz = regions[i]
        school, home_w = workday(tz, start=8.0, end=15.0), evening_person(tz)

        def curve(ts: np.ndarray, s=school, e=home_w) -> np.ndarray:
            return np.clip(0.6 * s(ts) + 0.7 * e(ts), 0, 1)

        a = _acct(
            ctx,
            rng,
            kind,
            f"region_{lang}_{tz:+d}",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, 2, provider),
            tz=tz,
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(12, 35)) * (ctx.t1 - ctx.t0) / HOUR * 0.5, curve
        )
        prompts = [texts.tutoring(rng, lang, irange(rng, 3, 12)) for _ in range(len(ts))]
        m = ctx.models(rng, ts, p_new=0.4, p_mini=0.15)
        models = [
            ctx.old_models[0] if (x == ctx.new_model and t < upgrade) else x
            for x, t in zip(m, ts.tolist(), strict=True)
        ]
        ctx.emit(rng, a, ts, prompts, models=models, extra=100, comp_median=450.0, err=0.01)


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "fourdrinier": fourdrinier,
    "dandy_roll": dandy_roll,
    "laid_lines": laid_lines,
    "headbox": headbox,
    "kozo": kozo,
    "gampi": gampi,
    "mitsumata": mitsumata,
    "nagashizuki": nagashizuki,
    "half_stuff": half_stuff,
    "couch_roll": couch_roll,
}

"""Benign hard-negative kinds of batch 273 (code names: thangka painting).

Each kind is `f(ctx, rng)`: legitimate users built to resemble a campaign family (or a campaign in
general). Every draw comes from the kind's own generator in a fixed order.
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
    mobile_v6,
    multi_office,
    nightly,
    pick,
    picks,
    resi,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind273 import texts


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def azurite(ctx: Ctx, rng: np.random.Generator) -> None:
    """Evaluation lab: benchmark runs with chain-of-thought prompts, the whole suite on the new model
    within hours of its release. Looks like: reasoning-trace harvest, best-of-n sampling."""
    kind = "azurite"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2")),
            ips=cloud(rng, 1, provider),
        )
        for _ in range(irange(rng, 3, 6))
    ]
    bench_seed = irange(rng, 0, 10**6)
    n_items = irange(rng, 400, 900)
    runs = [
        (ctx.t0 + _u(rng, 0.2, 3.5) * DAY, pick(rng, ctx.old_models))
        for _ in range(irange(rng, 1, 3))
    ]
    runs += [
        (ctx.release + _u(rng, 0.5, 10) * HOUR, ctx.new_model) for _ in range(irange(rng, 2, 3))
    ]
    runs += [
        (ctx.release + _u(rng, 1, 2.8) * DAY, pick(rng, [ctx.new_model, *ctx.old_models]))
        for _ in range(irange(rng, 1, 2))
    ]
    for start, model in runs:
        acct = pick(rng, keys)
        m = irange(rng, n_items // 2, n_items)
        fmt = irange(rng, 0, 2)
        ts = start + np.cumsum(rng.exponential(1 / _u(rng, 0.3, 1.5), size=m))
        prompts = [texts.bench_item([bench_seed, i], fmt) for i in range(m)]
        ctx.emit(rng, acct, ts, prompts, models=model, comp_median=550, err=0.02)


def brocade(ctx: Ctx, rng: np.random.Generator) -> None:
    """Labelling vendor: annotators double-check rubric ratings with the model during office hours.
    Looks like: judge / rubric grading harvest."""
    kind = "brocade"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, -3, 1, 2))
    office = home(rng, irange(rng, 1, 3), tz)
    project = f"{pick(rng, ('HX', 'QA', 'RL', 'PV'))}-{irange(rng, 100, 999)}"
    for _ in range(irange(rng, 10, 20)):
        remote = chance(rng, 0.25)
        ips = home(rng, 1, tz) if remote else office
        acct = _acct(
            ctx, rng, kind, "annotator", org=org, pay=card, ua=pick(rng, BROWSERS), ips=ips, tz=tz
        )
        ts = _cat(
            session_times(
                rng, ctx.t0, ctx.t1, _u(rng, 2, 4), workday(tz), _u(rng, 6, 12), _u(rng, 60, 180)
            )
        )
        prompts = [
            texts.vendor_rubric(rng, ctx.chat, ctx.passages, project) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, _u(rng, 0.2, 0.5), 0.1),
            comp_median=250,
        )


def iconometry(ctx: Ctx, rng: np.random.Generator) -> None:
    """Trust-and-safety team of a forum: rewrites user posts to comply with community guidelines,
    in several languages, all day. Looks like: censorship-safe / policy rewrites."""
    kind = "iconometry"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, pick(rng, ("aws", "azure", "gcp")))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
    version = f"{irange(rng, 2, 9)}.{irange(rng, 0, 5)}"
    langs = ("en", "es", "de", "zh")
    lw = rng.dirichlet([4.0, 1.5, 1.0, 1.5])
    curve = global_load(_u(rng, 12, 20), 0.5)
    for _ in range(irange(rng, 1, 3)):
        acct = _acct(ctx, rng, kind, "moderation_service", org=org, pay=card, ua=ua, ips=ips)
        ts = thinned(rng, ctx.t0, ctx.t1, (ctx.t1 - ctx.t0) / HOUR * _u(rng, 5, 12), curve)
        li = rng.choice(len(langs), size=len(ts), p=lw).tolist()
        prompts = [texts.moderation(rng, ctx.chat, langs[i], version) for i in li]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.4), comp_median=120)


def mandala(ctx: Ctx, rng: np.random.Generator) -> None:
    """Coding-agent product (IDE plug-in): tool results fed back step after step for its users.
    Looks like: agent / tool-use transcript harvest."""
    kind = "mandala"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure"))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "Go-http-client/2.0"))
    curve = global_load(_u(rng, 14, 18), 0.7)
    p_new = _u(rng, 0.35, 0.6)
    for _ in range(irange(rng, 3, 5)):
        acct = _acct(
            ctx,
            rng,
            kind,
            "agent_backend",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        starts = thinned(rng, ctx.t0, ctx.t1, (ctx.t1 - ctx.t0) / HOUR * _u(rng, 0.5, 1.2), curve)
        ts_l, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, 14)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(_u(rng, 5, 15)), 0.7, size=k - 1))]
            )
            task = texts.trim(pick(rng, ctx.chat), 20, 400, rng)
            for step in range(k):
                prompts.append(task if step == 0 else texts.ide_agent_step(rng, task))
                extra.append(1500 + 180 * step + irange(rng, 0, 400))
            ts_l.append(t)
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.05),
            extra=np.asarray(extra),
            comp_median=250,
        )


def eye_opening(ctx: Ctx, rng: np.random.Generator) -> None:
    """Data-augmentation team of a bank: nightly jobs write paraphrases for its own intent
    classifier. Looks like: synthetic-dataset generation."""
    kind = "eye_opening"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    keys = [
        _acct(ctx, rng, kind, "batch_job", org=org, pay=card, ua=ua, ips=cloud(rng, 1, "azure"))
        for _ in range(irange(rng, 2, 3))
    ]
    langs = ("en", "de", "es")
    starts = thinned(rng, ctx.t0, ctx.t1, 7 * _u(rng, 0.8, 1.0), nightly(1.0, 1.0, tz))
    for s in starts.tolist():
        acct = pick(rng, keys)
        m = irange(rng, 120, 380)
        ts = s + np.cumsum(rng.lognormal(np.log(_u(rng, 3, 6)), 0.4, size=m))
        prompts = [texts.augmentation(rng, pick(rng, langs)) for _ in range(m)]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.5),
            comp_median=700,
            comp_sigma=0.4,
        )


def lotus_throne(ctx: Ctx, rng: np.random.Generator) -> None:
    """Companion chat app: short personal messages from many end users through the app's backend,
    worldwide. Looks like: multi-turn dialogue harvest, product traffic."""
    kind = "lotus_throne"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws", "digitalocean")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "okhttp/4.12.0"))
    personas = ("Mira", "Kenji", "Luna", "Theo", "Ada")
    langs = ("en", "es", "pt", "ja")
    lw = rng.dirichlet([4.0, 1.2, 1.2, 1.0])
    curve = global_load(_u(rng, 19, 23), 0.7)
    for _ in range(irange(rng, 2, 4)):
        acct = _acct(ctx, rng, kind, "app_backend", org=org, pay=card, ua=ua, ips=ips)
        ts = thinned(rng, ctx.t0, ctx.t1, (ctx.t1 - ctx.t0) / HOUR * _u(rng, 7, 14), curve)
        li = rng.choice(len(langs), size=len(ts), p=lw).tolist()
        prompts = [texts.companion(rng, pick(rng, personas), langs[i], ctx.chat) for i in li]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.5), comp_median=110)


def aureole(ctx: Ctx, rng: np.random.Generator) -> None:
    """University course cohort: every student works through the same problem sets, from campus
    and from home, with a lab session and deadline rushes. Looks like: person-like crowd with a
    shared task list."""
    kind = "aureole"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    campus = home(rng, 2, tz)
    sets = [
        [
            texts.problem(rng, "en") if chance(rng, 0.6) else texts.expert_question(rng, "en")
            for _ in range(irange(rng, 6, 10))
        ]
        for _ in range(2)
    ]
    dues = [ctx.t0 + _u(rng, 2.5, 3.5) * DAY, ctx.t0 + _u(rng, 5.5, 6.8) * DAY]
    lab = ctx.t0 + (1 + _u(rng, 0, 1.5)) * DAY
    lab = lab - (lab + tz * HOUR) % DAY + 10 * HOUR - tz * HOUR
    for _ in range(irange(rng, 35, 70)):
        own = home(rng, 1, tz)
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE[:3])
        acct = _acct(ctx, rng, kind, "student", org=org, pay=card, ua=ua, ips=own + campus, tz=tz)
        ts_parts, prompts, ips = [], [], []
        windows = [(ctx.t0, dues[0], 0), (dues[0], dues[1], 1)]
        for a, b, k in windows:
            sess = session_times(rng, a, b, _u(rng, 0.5, 1.2), evening_person(tz), 4.0, 90.0)
            sess += session_times(rng, b - 0.6 * DAY, b, 1.5, evening_person(tz), 5.0, 80.0)
            for s in sess:
                for j in range(len(s)):
                    prompts.append(
                        texts.student(rng, pick(rng, sets[k]))
                        if j == 0
                        else texts.student_follow(rng)
                    )
                    ips.append(own[0])
                ts_parts.append(s)
        if chance(rng, 0.85):
            s = lab + np.sort(rng.uniform(0, 2 * HOUR, size=irange(rng, 3, 9)))
            for _ in range(len(s)):
                prompts.append(texts.student(rng, pick(rng, sets[0])))
                ips.append(pick(rng, campus))
            ts_parts.append(s)
        if not ts_parts:
            continue
        ts = np.concatenate(ts_parts)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            acct,
            ts,
            [prompts[i] for i in order],
            ips=[ips[i] for i in order],
            models=ctx.models(rng, ts, 0.4, 0.1),
            comp_median=500,
        )


def menri(ctx: Ctx, rng: np.random.Generator) -> None:
    """Academic calibration study: each question asked 8-16 times to measure answer variance,
    model by model. Looks like: best-of-n / soft-label sampling."""
    kind = "menri"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, -5, 9))
    ips = home(rng, 1, tz) if chance(rng, 0.5) else cloud(rng, 1, "gcp")
    item_seed = irange(rng, 0, 10**6)
    models = [*ctx.old_models, ctx.new_model]
    for _ in range(irange(rng, 2, 3)):
        acct = _acct(
            ctx,
            rng,
            kind,
            "study_script",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1")),
            ips=ips,
            tz=tz,
        )
        runs = thinned(rng, ctx.t0, ctx.t1, _u(rng, 3, 5), workday(tz))
        for r0 in runs.tolist():
            model = pick(rng, models) if r0 >= ctx.release else pick(rng, ctx.old_models)
            t = r0
            for i in range(irange(rng, 15, 40)):
                reps = irange(rng, 8, 16)
                ts = t + np.cumsum(rng.lognormal(np.log(1.5), 0.4, size=reps))
                ctx.emit(
                    rng,
                    acct,
                    ts,
                    [texts.calibration_item([item_seed, i])] * reps,
                    models=model,
                    comp_median=30,
                    comp_sigma=0.4,
                )
                t = float(ts[-1]) + _u(rng, 2, 10)


def paubha(ctx: Ctx, rng: np.random.Generator) -> None:
    """Localisation agency reselling access: one sub-account per client under the agency's org and
    card, all through its gateway. Looks like: reseller networks, translation harvests."""
    kind = "paubha"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    gateway = cloud(rng, 2, pick(rng, ("hetzner", "ovh", "aws")))
    ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)"
    curve = multi_office([pick(rng, (1, 2)), pick(rng, (-5, -3)), pick(rng, (5, 8, 9))])
    for _ in range(irange(rng, 12, 25)):
        client = (
            f"{pick(rng, ('ACM', 'BLU', 'KRN', 'VOX', 'ZEP', 'NRD', 'OLA'))}{irange(rng, 10, 99)}"
        )
        acct = _acct(ctx, rng, kind, "client_subaccount", org=org, pay=card, ua=ua, ips=gateway)
        starts = thinned(rng, ctx.t0, ctx.t1, 7 * _u(rng, 1, 6), curve)
        ts = _cat(bursts(rng, starts, _u(rng, 4, 12), _u(rng, 2, 6), 0.5, ctx.t1))
        prompts = [
            texts.agency_job(rng, client, texts.trim(pick(rng, ctx.passages), 150, 1500, rng))
            for _ in range(len(ts))
        ]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.35, 0.1), comp_median=500)


def realgar(ctx: Ctx, rng: np.random.Generator) -> None:
    """Reviewers and power users who pit the new model against the old one on well-known public
    prompts on release day, from home, café and phone. Looks like: public prompt replay, takeover
    (sudden post-release jump, new addresses)."""
    kind = "realgar"
    for _ in range(irange(rng, 10, 18)):
        tz = pick(rng, TZS)
        ips = home(rng, 1, tz) + resi(rng, 1, pick(rng, ("us", "eu")))
        if chance(rng, 0.5):
            ips += mobile_v6(rng, 1, pick(rng, ("us_mobile", "eu_mobile")))
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng, 0.6)
        acct = _acct(ctx, rng, kind, "reviewer", ua=ua, ips=ips, tz=tz)
        hist = _cat(
            session_times(
                rng, ctx.t0, ctx.release, _u(rng, 0.5, 1.5), evening_person(tz), 3.0, 90.0
            )
        )
        ctx.emit(
            rng,
            acct,
            hist,
            picks(rng, ctx.chat, len(hist)),
            models=ctx.models(rng, hist, 0.0, 0.2),
            ips=ips[0],
            comp_median=350,
        )
        a = ctx.release + float(rng.exponential(3 * HOUR))
        sess = session_times(
            rng,
            a,
            a + _u(rng, 1, 2) * DAY,
            _u(rng, 3, 6),
            lambda t: np.ones(len(t)),
            _u(rng, 12, 30),
            _u(rng, 20, 60),
        )
        ts_l, prompts, models = [], [], []
        for s in sess:
            for t in s.tolist():
                p = texts.reviewer_prompt(rng, ctx.chat)
                side = chance(rng, 0.6)
                ts_l.append(t)
                prompts.append(p)
                models.append(ctx.new_model)
                if side:
                    ts_l.append(t + _u(rng, 2, 20))
                    prompts.append(p)
                    models.append(pick(rng, ctx.old_models))
        if not ts_l:
            continue
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            acct,
            ts[order],
            [prompts[i] for i in order],
            models=[models[i] for i in order],
            comp_median=400,
        )


BENIGN_KINDS = {
    "azurite": azurite,
    "brocade": brocade,
    "iconometry": iconometry,
    "mandala": mandala,
    "eye_opening": eye_opening,
    "lotus_throne": lotus_throne,
    "aureole": aureole,
    "menri": menri,
    "paubha": paubha,
    "realgar": realgar,
}

"""Benign hard-negative kinds of batch 263 (code names from dokra metal casting).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). `README.md` says what each looks like.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, Acct, Ctx, chance, hexid, irange, pick
from bench.monitor_blind263 import texts

Rng = np.random.Generator


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. an evaluation lab benchmarking the new model the day it comes out (looks like: reasoning traces)


def clay_core(ctx: Ctx, rng: Rng) -> None:
    kind = "clay_core"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.63.2", "litellm/1.60.2")),
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    styles = ("math", "mcq", "fewshot")
    for acct in accts:
        runs = [
            (float(rng.uniform(ctx.t0 + 0.2 * DAY, ctx.release)), pick(rng, ctx.old_models))
            for _ in range(irange(rng, 1, 3))
        ]
        runs += [(ctx.release + float(rng.uniform(0.05, 0.6)) * DAY, ctx.new_model)]
        runs += [
            (float(rng.uniform(ctx.release, ctx.t1)), pick(rng, [ctx.new_model, *ctx.old_models]))
            for _ in range(irange(rng, 1, 4))
        ]
        for start, model in runs:
            n = irange(rng, 200, 900)
            ts = start + np.cumsum(rng.exponential(float(rng.uniform(0.3, 1.2)), size=n))
            style = pick(rng, styles)
            prompts = [texts.benchmark_item(rng, style) for _ in range(n)]
            ctx.emit(
                rng, acct, ts, prompts, models=model, comp_median=520.0, comp_sigma=0.5, err=0.02
            )


# --------------------------------------------------------------------------------------------
# 2. a labelling vendor's annotators checking their pairwise judgements (looks like: judge grading)


def wax_thread(ctx: Ctx, rng: Rng) -> None:
    kind = "wax_thread"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, -3, 2))
    offices = bb.home(rng, irange(rng, 1, 2), tz)
    guideline = f"v{irange(rng, 2, 5)}.{irange(rng, 0, 9)}"
    for _ in range(irange(rng, 10, 25)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS),
            ips=offices,
            tz=tz,
        )
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 5)),
                bb.workday(tz),
                10.0,
                float(rng.uniform(60, 200)),
            )
        )
        prompts = [
            texts.annotation_prompt(rng, ctx.chat, ctx.passages, guideline) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.1),
            comp_median=220.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# 3. a publisher's comment-moderation service (looks like: policy rewrites)


def dhuna_resin(ctx: Ctx, rng: Rng) -> None:
    kind = "dhuna_resin"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "ovh", "scaleway"))
    lang = pick(rng, ("en", "de", "fr", "es"))
    peak = {"en": 15.0, "de": 18.0, "fr": 18.0, "es": 19.0}[lang]
    for _ in range(irange(rng, 1, 3)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        per_day = float(rng.uniform(300, 700))
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, bb.global_load(peak, 0.85)
        )
        prompts = [texts.moderation_prompt(rng, lang, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.4, 0.4),
            comp_median=150.0,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# 4. a coding-agent product's tenants (looks like: agent transcripts)


def paddy_husk(ctx: Ctx, rng: Rng) -> None:
    kind = "paddy_husk"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    product = pick(rng, ("Forgeline", "Patchwise", "Kestrel Code", "Lintbird"))
    provider = pick(rng, ("aws", "gcp"))
    egress = bb.cloud(rng, irange(rng, 2, 3), provider)
    tzs = sorted({int(x) for x in rng.choice(np.array(bb.TZS), size=3).tolist()})
    for _ in range(irange(rng, 3, 6)):
        acct = _benign(
            ctx, rng, kind, "tenant_key", org=org, pay=pay, ua="OpenAI/Python 1.58.1", ips=egress
        )
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(8, 25)) * 7, bb.multi_office(tzs)
        )
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 5, 30)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.7, size=k - 1))])
            for step, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(texts.coding_agent_prompt(rng, product, step))
                extra.append(1500 + 700 * step)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.05),
            comp_median=260.0,
            comp_sigma=0.6,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# 5. a bank's NLU team generating paraphrases for its intent classifier (looks like: synthetic data)


def termite_clay(ctx: Ctx, rng: Rng) -> None:
    kind = "termite_clay"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, -3, 2))
    langs = {"en": 0.5, pick(rng, ("es", "pt", "pl")): 0.5}
    ips = bb.home(rng, 1, tz) + bb.cloud(rng, 1, pick(rng, ("gcp", "azure")))
    for _ in range(irange(rng, 1, 2)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "data_scientist",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3")),
            ips=ips,
            tz=tz,
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3.5)) * 7, bb.workday(tz))
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(50, 250)), float(rng.uniform(1.0, 3.0)), b=ctx.t1
            )
        )
        prompts = [
            texts.augmentation_prompt(rng, texts.weighted(rng, langs)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.3),
            comp_median=600.0,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# 6. a companion app's backend: endless short turns with long hidden context (looks like: dialogue)


def bell_metal(ctx: Ctx, rng: Rng) -> None:
    kind = "bell_metal"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "digitalocean"))
    peak = float(rng.uniform(18, 23))
    for _ in range(irange(rng, 3, 5)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1")),
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        per_day = float(rng.uniform(500, 1100))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, per_day * 7, bb.global_load(peak, 0.7))
        short = [x for x in ctx.chat if len(x) < 120]
        prompts = [
            pick(rng, texts.COMPANION_MSGS) if chance(rng, 0.5) else pick(rng, short)
            for _ in range(len(ts))
        ]
        extra = rng.integers(800, 3200, size=len(ts))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.15, 0.6),
            comp_median=110.0,
            comp_sigma=0.6,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# 7. a copywriting app with a "show me variants" button (looks like: best-of-n sampling)


def pouring_cup(ctx: Ctx, rng: Rng) -> None:
    kind = "pouring_cup"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("vultr", "aws", "linode"))
    for _ in range(irange(rng, 2, 3)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        req = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(120, 300)) * 7, bb.multi_office((-5, 0, -8))
        )
        ts_all, prompts = [], []
        for s in req.tolist():
            p = texts.variant_prompt(rng)
            k = irange(rng, 3, 4) if chance(rng, 0.7) else 1
            ts_all.extend((s + np.sort(rng.uniform(0, 0.4, size=k))).tolist())
            prompts.extend([p] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.35, 0.4),
            comp_median=110.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# 8. a university course cohort doing exercise sheets (looks like: curriculum sweep, crowds)


def _lab_hours(tz: int, days: tuple[int, ...], start: float) -> bb.Curve:
    def f(ts: np.ndarray) -> np.ndarray:
        h = bb.local_hour(ts, tz)
        wd = bb.weekday(ts, tz)
        lab = np.isin(wd, np.array(days)) & (h >= start) & (h < start + 2.0)
        eve = (h >= 18) & (h < 23.5)
        return np.where(lab, 1.0, np.where(eve, 0.12, 0.01))

    return f


def firing_pit(ctx: Ctx, rng: Rng) -> None:
    kind = "firing_pit"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    lang, tz = pick(rng, (("de", 1), ("pl", 1), ("en", 0), ("en", -5)))
    course = pick(rng, ("Distributed Systems", "Algorithms II", "Databases", "Operating Systems"))
    campus = bb.home(rng, irange(rng, 2, 4), tz)
    days = pick(rng, ((1, 3), (0, 2), (2, 4)))
    curve = _lab_hours(tz, days, pick(rng, (9.0, 10.0, 14.0)))
    for _ in range(irange(rng, 40, 90)):
        home = bb.home(rng, 1, tz)
        ua = pick(rng, bb.BROWSERS)
        acct = _benign(ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=campus + home, tz=tz)
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.8, 2.5)),
                curve,
                5.0,
                float(rng.uniform(60, 240)),
            )
        )
        sheet = (np.floor((ts - ctx.t0) / (3.5 * DAY)).astype(int) + 4).tolist()
        prompts = [
            texts.course_prompt(rng, lang, s, irange(rng, 1, 5), course, ctx.chat) for s in sheet
        ]
        ips = [
            campus[int(rng.integers(len(campus)))] if curve(np.array([t]))[0] > 0.5 else home[0]
            for t in ts.tolist()
        ]
        ctx.emit(
            rng, acct, ts, prompts, ips=ips, models=ctx.models(rng, ts, 0.6, 0.1), comp_median=380.0
        )


# --------------------------------------------------------------------------------------------
# 9. an academic study replaying public prompts to old and new models (looks like: prompt replay)


def bikna(ctx: Ctx, rng: Rng) -> None:
    kind = "bikna"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 0, -5, 9))
    ips = bb.home(rng, 1, tz) + bb.cloud(rng, 1, pick(rng, ("aws", "azure")))
    pos = irange(rng, 0, len(ctx.chat) - 1)
    for _ in range(irange(rng, 2, 3)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "study_runner",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
            tz=tz,
        )
        per_hour = float(rng.uniform(20, 60))  # prompts per hour while the nightly job runs
        hours = float(rng.uniform(6, 10))
        a = ctx.t0 + 0.5 * DAY
        ts0 = bb.thinned(
            rng,
            a,
            ctx.t1,
            per_hour * hours * (ctx.t1 - a) / DAY,
            bb.nightly(float(rng.uniform(19, 23)), hours, tz),
        )
        ts_all, prompts, models = [], [], []
        for t in ts0.tolist():
            pos = (pos + 1) % len(ctx.chat)
            arms = [ctx.old_models[0], ctx.new_model] if t >= ctx.release else list(ctx.old_models)
            for j, m in enumerate(arms):
                ts_all.append(t + j * float(rng.uniform(0.5, 3.0)))
                prompts.append(ctx.chat[pos])
                models.append(m)
        order = np.argsort(np.asarray(ts_all), kind="stable").tolist()
        ts = np.asarray([ts_all[i] for i in order])
        ctx.emit(
            rng,
            acct,
            ts,
            [prompts[i] for i in order],
            models=[models[i] for i in order],
            comp_median=380.0,
        )


# --------------------------------------------------------------------------------------------
# 10. a translation agency's freelancers (looks like: person-like crowds, aged accounts)


def dariapur(ctx: Ctx, rng: Rng) -> None:
    kind = "dariapur"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    agency = pick(rng, ("Linguavera", "Polyglot Works", "TransBridge", "Wordhaven"))
    target_tz = {
        "German": 1,
        "French": 1,
        "Japanese": 9,
        "Brazilian Portuguese": -3,
        "Polish": 1,
        "Turkish": 3,
        "Korean": 9,
        "Spanish": 1,
        "Italian": 1,
        "Dutch": 1,
    }
    for _ in range(irange(rng, 15, 30)):
        target = pick(rng, texts.TL_LANGS)
        tz = target_tz[target]
        via_agency = chance(rng, 0.6)
        acct = _benign(
            ctx,
            rng,
            kind,
            "freelancer",
            org=org if via_agency else None,
            pay=pay if via_agency else None,
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(1.5, 4)),
                bb.workday(tz, weekend=0.25),
                6.0,
                float(rng.uniform(90, 400)),
            )
        )
        prompts = [
            texts.translation_prompt(rng, agency, target, ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.1),
            comp_median=420.0,
            comp_sigma=0.5,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "clay_core": clay_core,
    "wax_thread": wax_thread,
    "dhuna_resin": dhuna_resin,
    "paddy_husk": paddy_husk,
    "termite_clay": termite_clay,
    "bell_metal": bell_metal,
    "pouring_cup": pouring_cup,
    "firing_pit": firing_pit,
    "bikna": bikna,
    "dariapur": dariapur,
}

__all__ = ["BENIGN_KINDS"]

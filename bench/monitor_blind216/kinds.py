"""Benign hard-negative kinds of blind batch 216 (code names from pysanky egg decorating).

Each kind is `f(ctx, rng)`: legitimate users whose traffic resembles one of this batch's campaign
families (or a campaign in general). Accounts are labelled "benign" with the kind as family.
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
    multi_office,
    pick,
    resi,
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind216 import texts


def _day_start(ctx: Ctx, tz: int, d: int) -> float:
    """Local midnight of day `d` of the window for UTC offset `tz`."""
    return float(np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR + d * DAY)


def _staged_models(
    ctx: Ctx,
    rng: np.random.Generator,
    ts: np.ndarray,
    stages: list[tuple[float, float]],
    p_mini: float = 0.05,
) -> list[str]:
    """Per event the new model with a probability that steps up at the given times (a rollout)."""
    out = ctx.models(rng, ts, 0.0, p_mini)
    for since, p in stages:
        alt = ctx.models(rng, ts, p, p_mini)
        out = [b if t >= since else a for a, b, t in zip(out, alt, ts.tolist(), strict=True)]
    return out


# --------------------------------------------------------------------------------------------
# a university study comparing reasoning across model versions (resembles hajin)


def kistka(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kistka"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, 0, -5, 2)))
    campus = home(rng, 2, tz)
    hpc = cloud(rng, 1, "gcp")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="researcher",
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.7),
            ips=campus + hpc,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    bench = [texts.bench_question(rng) for _ in range(irange(rng, 120, 260))]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    rel_day = int((ctx.release - ctx.t0) // DAY)
    runs = [(irange(rng, 1, rel_day - 1), old, 2), (irange(rng, 1, rel_day - 1), mini, 1)]
    runs += [
        (rel_day + irange(rng, 0, 1), new, 3),
        (rel_day + irange(rng, 1, 2), new, 2),
        (rel_day + 2, old, 1),
    ]
    for j, (d, model, samples) in enumerate(runs):
        a = keys[j % len(keys)]
        t = _day_start(ctx, tz, d) + float(rng.uniform(9.5, 16)) * HOUR
        n = len(bench) * samples
        ts = t + np.cumsum(rng.lognormal(np.log(2.5), 0.5, size=n))
        prompts = [q for q in bench for _ in range(samples)]
        ip = hpc[0] if chance(rng, 0.5) else campus[0]
        ctx.emit(rng, a, ts, prompts, models=model, ips=ip, comp_median=750.0, comp_sigma=0.5)
    # ordinary exploratory use by the same people
    for a in keys:
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 60)), workday(tz))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.human(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.4),
            ips=campus[0],
        )


# --------------------------------------------------------------------------------------------
# a labelling vendor scoring a client's support bot (resembles mahari)


def krashanka(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "krashanka"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = resi(rng, 2, "in") + resi(rng, 1, "eu")
    vm = cloud(rng, 1, "azure")
    clients = [
        (
            pick(
                rng,
                (
                    "Brightline Telecom",
                    "Nordhaven Bank",
                    "Casa Vera Hotels",
                    "Pollux Insurance",
                    "Tiber Airlines",
                ),
            ),
            irange(rng, 2, 9),
        )
        for _ in range(irange(rng, 2, 3))
    ]
    for _ in range(irange(rng, 3, 5)):
        ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "OpenAI/Python 1.54.0"))
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="labelling_pipeline",
            org=org,
            pay=pay,
            ua=ua,
            ips=office + vm,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(120, 280)) * 5, multi_office([5, 1]))
        prompts = []
        for _ in range(len(ts)):
            client, ver = pick(rng, clients)
            prompts.append(texts.vendor_qa(rng, client, ver, ctx.chat, ctx.passages))
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.1), comp_median=60.0, comp_sigma=0.4
        )


# --------------------------------------------------------------------------------------------
# a coding-agent product (resembles robot_jockey and zamool)


def drapanka(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "drapanka"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 4, 8), "aws")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="product_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.85.1",
            ips=backend,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(110, 200)) * 7, global_load(17.0, 0.7))
    who = np.where(rng.random(len(starts)) < 0.8, 0, rng.integers(0, len(keys), size=len(starts)))
    stages = [(ctx.release + 0.3 * DAY, 0.4), (ctx.release + 1.5 * DAY, 0.85)]
    for k, a in enumerate(keys):
        ts_all, prompts, extra = [], [], []
        for s in starts[who == k].tolist():
            steps = irange(rng, 2, 14)
            ts = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.8, size=steps - 1))]
            )
            ts_all.extend(ts.tolist())
            prompts.append(texts.human(rng, ctx.chat, 1200))
            prompts.extend(texts.ide_step(rng, ctx.chat) for _ in range(steps - 1))
            base = irange(rng, 2000, 6000)
            extra.extend(base + 250 * j for j in range(steps))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_staged_models(ctx, rng, ts, stages),
            comp_median=300.0,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.015,
        )


# --------------------------------------------------------------------------------------------
# a social platform's moderation rewrites (resembles remote_whip)


def krapanka(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "krapanka"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "gcp")
    langs = {"en": 0.45, "es": 0.15, "pt": 0.15, "de": 0.1, "fr": 0.1, "tr": 0.05}
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation_service",
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=ips,
        )
        for _ in range(2)
    ]
    for a, ts in zip(
        keys,
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 28)), 2, global_load(15.0, 0.5)),
        strict=True,
    ):
        ctx.emit(
            rng,
            a,
            ts,
            [
                texts.moderation_rewrite(rng, texts.weighted(rng, langs), ctx.chat)
                for _ in range(len(ts))
            ],
            models=ctx.models(rng, ts, 0.05),
            comp_median=110.0,
        )


# --------------------------------------------------------------------------------------------
# a start-up's data-augmentation jobs for its own intent classifier (resembles hiqq)


def nakleyanka(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "nakleyanka"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-8, -5, 1)))
    office = home(rng, 1, tz)
    pipe = ctx.account(
        rng,
        label="benign",
        family=kind,
        role="augmentation_pipeline",
        org=org,
        pay=pay,
        ua="OpenAI/Python 1.58.1",
        ips=cloud(rng, 1, "gcp"),
        tz=tz,
    )
    dev = ctx.account(
        rng,
        label="benign",
        family=kind,
        role="ml_engineer",
        org=org,
        pay=pay,
        ua=pick(rng, BROWSERS),
        ips=office,
        tz=tz,
    )
    for d in sorted(rng.choice(7, size=irange(rng, 2, 3), replace=False).tolist()):
        t = _day_start(ctx, tz, d) + float(rng.uniform(19, 23)) * HOUR
        n = irange(rng, 200, 500)
        ts = t + np.cumsum(rng.lognormal(np.log(1.5), 0.4, size=n))
        ctx.emit(
            rng,
            pipe,
            ts,
            [texts.paraphrase_job(rng, "es" if chance(rng, 0.25) else "en") for _ in range(n)],
            models=ctx.old_models[0],
            comp_median=600.0,
            comp_sigma=0.35,
        )
    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 40)) * 5, workday(tz))
    prompts = [
        texts.paraphrase_job(rng, "en") if chance(rng, 0.4) else texts.human(rng, ctx.chat)
        for _ in range(len(ts))
    ]
    ctx.emit(rng, dev, ts, prompts, models=ctx.models(rng, ts, 0.5), comp_median=500.0)


# --------------------------------------------------------------------------------------------
# a companion chat app (resembles laqaya)


def sorokoklyn(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "sorokoklyn"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, 3, pick(rng, ("aws", "digitalocean")))
    langs = {"en": 0.6, "es": 0.12, "pt": 0.12, "ja": 0.08, "de": 0.08}
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=backend,
        )
        for _ in range(2)
    ]
    for a, ts in zip(
        keys,
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(35, 60)), 2, global_load(2.0, 0.65)),
        strict=True,
    ):
        ctx.emit(
            rng,
            a,
            ts,
            [
                texts.companion_msg(rng, texts.weighted(rng, langs), ctx.chat)
                for _ in range(len(ts))
            ],
            models=ctx.models(rng, ts, 0.05, 0.6),
            comp_median=110.0,
            extra=rng.integers(400, 1500, size=len(ts)),
        )


# --------------------------------------------------------------------------------------------
# an evaluation lab measuring the new model with repeated sampling (resembles jadha)


def bezkonechnyk(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bezkonechnyk"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "aws")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.58.1")),
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    items = [texts.eval_item(rng) for _ in range(irange(rng, 100, 200))]
    runs = [
        (ctx.release - float(rng.uniform(1.0, 2.5)) * DAY, ctx.old_models[0], 5),
        (ctx.release + float(rng.uniform(0.1, 0.8)) * DAY, ctx.new_model, irange(rng, 8, 16)),
        (ctx.release + float(rng.uniform(1.5, 2.5)) * DAY, ctx.new_model, 5),
        (ctx.release + float(rng.uniform(1.5, 2.5)) * DAY, ctx.old_models[-1], 5),
    ]
    for j, (t, model, k) in enumerate(runs):
        a = keys[j % len(keys)]
        ts_all, prompts = [], []
        cur = t
        for q in items:
            ts = cur + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(0.3), 0.5, size=k - 1))]
            )
            ts_all.extend(ts.tolist())
            prompts.extend([q] * k)
            cur = float(ts[-1]) + float(rng.lognormal(np.log(3.0), 0.5))
        ctx.emit(rng, a, np.asarray(ts_all), prompts, models=model, comp_median=280.0, err=0.03)


# --------------------------------------------------------------------------------------------
# a university course cohort (resembles shahaniya)


def vovchi_zuby(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "vovchi_zuby"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, -8, 1, 0)))
    campus = home(rng, 2, tz)
    course = pick(rng, ("econ", "ml", "bio"))
    code = {"econ": "ECON 302", "ml": "CS 4780", "bio": "BIOL 210"}[course]
    deadline = _day_start(ctx, tz, irange(rng, 4, 6)) + 23.98 * HOUR
    for _ in range(irange(rng, 25, 45)):
        own = home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS + MOBILE),
            ips=campus + own,
            tz=tz,
        )
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, 9, 22, 0.5, 0.05)
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.0)), curve, 4.0, 70.0)
        sess += session_times(
            rng, deadline - 14 * HOUR, deadline, float(rng.uniform(1.0, 4.0)), curve, 6.0, 60.0
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        day = ((ts + tz * HOUR) % DAY) / HOUR
        ips = [campus[0] if (9 <= h < 17 and chance(rng, 0.7)) else own[0] for h in day.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            [texts.course_question(rng, course, code, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.3),
            ips=ips,
            comp_median=450.0,
        )


# --------------------------------------------------------------------------------------------
# a localisation shop (resembles dromedary)


def beeswax_candle(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "beeswax_candle"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, 2)))
    office = home(rng, 1, tz)
    clients = ["Lumo Fitness", "Krona Pay", "Vesta Home", "Orbit Travel"][: irange(rng, 2, 4)]
    locales = ["fr-FR", "de-DE", "es-ES", "it-IT", "pt-BR", "ja-JP", "pl-PL", "nl-NL"]
    locales = [locales[i] for i in rng.permutation(len(locales))[: irange(rng, 3, 5)].tolist()]
    for _ in range(irange(rng, 3, 6)):
        own = home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="translator",
            org=org,
            pay=pay,
            ua=pick(rng, (BROWSERS[0], BROWSERS[1], "python-requests/2.32.3")),
            ips=office + own,
            tz=tz,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(30, 80)) * 5, workday(tz))
        prompts = [
            texts.l10n_job(rng, pick(rng, clients), pick(rng, locales), ctx.passages)
            for _ in range(len(ts))
        ]
        comp = np.asarray([max(30.0, len(p) / 4.0) for p in prompts])
        ips = [office[0] if chance(rng, 0.8) else own[0] for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2),
            ips=ips,
            comp_median=comp,
            comp_sigma=0.3,
        )


# --------------------------------------------------------------------------------------------
# an API reseller relaying its customers' prompts (resembles al_wathba and al_marmoom)


def hutsul_motif(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hutsul_motif"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    gw = cloud(rng, irange(rng, 2, 3), "hetzner")
    n = irange(rng, 3, 6)
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="reseller_gateway",
            org=org,
            pay=pay,
            ua="Go-http-client/2.0",
            ips=gw,
        )
        for _ in range(n)
    ]
    p_new = float(rng.uniform(0.45, 0.65))
    for a, ts in zip(
        keys,
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(45, 90)), n, global_load(6.0, 0.5)),
        strict=True,
    ):
        ctx.emit(
            rng,
            a,
            ts,
            [texts.human(rng, ctx.chat, 2000) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new, 0.1),
            comp_median=380.0,
            err=0.02,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "kistka": kistka,
    "krashanka": krashanka,
    "drapanka": drapanka,
    "krapanka": krapanka,
    "nakleyanka": nakleyanka,
    "sorokoklyn": sorokoklyn,
    "bezkonechnyk": bezkonechnyk,
    "vovchi_zuby": vovchi_zuby,
    "beeswax_candle": beeswax_candle,
    "hutsul_motif": hutsul_motif,
}

"""Benign hard-negative kinds of batch 271: ten legitimate users that a careless detector would
flag, each built to resemble one of this batch's campaign families (or a campaign in general).

Each kind is `f(ctx, rng)` and opens its accounts with `label="benign"`. Code names are words of
ajrakh block printing.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MOBILE,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    pick,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind271 import texts as tx
from bench.monitor_blind271.families import COMMON_BROWSER

_MOD_LANGS = ("en", "es", "pt", "ar", "hi")


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _cat(parts) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# resembles kambu: an evaluation lab re-running chain-of-thought benchmarks on old and new models
def saaj(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "saaj"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -8, 0))
    bench_items = tx.benchmark_set(rng, irange(rng, 400, 800))
    fmt = pick(rng, tx.EVAL_FORMATS)
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    for _ in range(irange(rng, 3, 5)):
        a = _benign(
            ctx, rng, kind, "eval_runner", org=org, pay=card, ua=ua, ips=cloud(rng, 1, "gcp"), tz=tz
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.0)) * 7, workday(tz, 9.0, 18.0, 0.1)
        )
        ts_all, prompts, models = [], [], []
        for s in starts.tolist():
            size = irange(rng, 150, 380)
            first = irange(rng, 0, len(bench_items) - size)
            if s >= ctx.release:
                model = pick(rng, (ctx.new_model, ctx.new_model, ctx.old_models[0]))
            else:
                model = pick(rng, (ctx.old_models[0], ctx.old_models[-1]))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(0.45), 0.5, size=size - 1))]
            )
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.eval_prompt(fmt, bench_items[first + j], first + j + 1))
                models.append(model)
        ctx.emit(
            rng, a, ts_all, prompts, models=models, comp_median=420.0, comp_sigma=0.5, err=0.02
        )


# resembles nillaikalakki: a labelling vendor pre-labelling preference and guideline tasks
def kasanu(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kasanu"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8))
    office = home(rng, 2, tz)
    for p in range(irange(rng, 4, 7)):
        project = f"{pick(rng, ('ACME', 'NOVA', 'ZEPHYR', 'ORCA', 'LYNX', 'TERRA'))}-{irange(rng, 10, 99)}"
        version = irange(rng, 1, 6)
        a = _benign(
            ctx,
            rng,
            kind,
            "project_key",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=office,
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(5, 10)),
                workday(tz, 9.0, 18.5, 0.03),
                float(rng.uniform(12, 25)),
                float(rng.uniform(10, 25)),
            )
        )
        prompts = [
            tx.prelabel_prompt(rng, ctx.chat, ctx.passages, project, version + (p % 2))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2, 0.1),
            comp_median=120.0,
            comp_sigma=0.5,
        )


# resembles veechu: a trust-and-safety team classifying posts and suggesting compliant rewrites
def rekh(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "rekh"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    platform = pick(rng, ("Threadly", "Chirpnest", "Forumly", "Vinehall"))
    for _ in range(irange(rng, 2, 4)):
        lang = pick(rng, _MOD_LANGS)
        a = _benign(
            ctx,
            rng,
            kind,
            "moderation_queue",
            org=org,
            pay=card,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=cloud(rng, 2, "azure"),
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(8, 18)) * 7 * 24,
            global_load(float(rng.uniform(16, 22)), 0.6),
        )
        prompts = [
            tx.moderation_prompt(rng, ctx.chat, platform, lang if chance(rng, 0.8) else "en")
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2, 0.5),
            comp_median=90.0,
            comp_sigma=0.5,
        )


# resembles suzhal: a coding-agent product whose users' sessions are long tool-call transcripts
def gach(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "gach"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    product = tx.product_name(rng) + " Code"
    curve = multi_office((-8, -5, 1, 5))
    for _ in range(irange(rng, 3, 5)):
        a = _benign(
            ctx,
            rng,
            kind,
            "agent_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.85.1",
            ips=cloud(rng, 2, "aws"),
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 35)) * 7, curve)
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            task = (
                pick(rng, tx.REPO_TASKS) if chance(rng, 0.7) else tx.chat_text(rng, ctx.chat, 200)
            )
            k = irange(rng, 2, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.7, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.coding_agent_prompt(rng, product, task, j, ctx.chat))
                extra.append(1500 + 800 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.7, 0.05),
            extra=extra,
            comp_median=220.0,
            comp_sigma=0.6,
        )


# resembles adi_murai: a data-augmentation team paraphrasing intents for its own small classifier
def vichharnu(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "vichharnu"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    domain = pick(rng, list(tx.INTENTS))
    langs = ["English", pick(rng, ("German", "French", "Dutch", "Polish"))]
    office = home(rng, 1, tz)
    runner = cloud(rng, 1, "gcp")
    for _ in range(irange(rng, 1, 2)):
        a = _benign(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=office + runner,
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1, 2.5)) * 7, workday(tz, 9.5, 17.0, 0.0)
        )
        ts = _cat(bursts(rng, starts, float(rng.uniform(80, 220)), 1.2, 0.5, ctx.t1))
        prompts = [tx.augmentation_prompt(rng, domain, pick(rng, langs)) for _ in range(len(ts))]
        ips = [runner[0] if chance(rng, 0.7) else office[0] for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.6),
            ips=ips,
            comp_median=380.0,
            comp_sigma=0.4,
        )


# resembles kuthu_varisai / maduvu: a course cohort on university-issued keys
def harda(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "harda"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-3, -5, 0))
    lang = "es" if tz == -3 else "en"
    campus = home(rng, 2, tz)
    d0 = int((ctx.t0 + tz * HOUR) // DAY)
    class_days = sorted(rng.choice(6, size=2, replace=False).tolist())
    class_hour = float(pick(rng, (9.0, 10.5, 14.0, 16.0)))
    for _ in range(irange(rng, 25, 50)):
        ua = pick(rng, COMMON_BROWSER + MOBILE[:1])
        own = home(rng, 1, tz)
        a = _benign(ctx, rng, kind, "student", org=org, pay=card, ua=ua, ips=campus + own, tz=tz)
        ts_all, ips, prompts = [], [], []
        for cd in class_days:
            if not chance(rng, 0.85):
                continue
            c0 = (d0 + 1 + cd) * DAY - tz * HOUR + class_hour * HOUR
            k = irange(rng, 3, 10)
            t = np.sort(c0 + rng.uniform(5 * 60, 85 * 60, size=k))
            for tj in t.tolist():
                ts_all.append(tj)
                ips.append(pick(rng, campus))
                prompts.append(tx.course_prompt(rng, lang, cd // 3, ctx.chat))
        for sess in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 0.8)), evening_person(tz), 3.0, 90.0
        ):
            for tj in sess.tolist():
                ts_all.append(tj)
                ips.append(own[0])
                prompts.append(
                    tx.course_prompt(rng, lang, int((tj - ctx.t0) // (3 * DAY)), ctx.chat)
                )
        if not ts_all:
            ts_all, ips, prompts = (
                [ctx.t0 + float(rng.uniform(0.1, 0.9)) * (ctx.t1 - ctx.t0)],
                [own[0]],
                [tx.course_prompt(rng, lang, 0, ctx.chat)],
            )
        order = np.argsort(np.asarray(ts_all), kind="stable").tolist()
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            ips=[ips[i] for i in order],
            models=ctx.models(rng, ts, 0.6, 0.15),
            comp_median=420.0,
            comp_sigma=0.6,
        )


# resembles thattu: a social-science study sampling the same persona prompts repeatedly
def kashish(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kashish"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "gcp"))
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "study_runner",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(irange(rng, 2, 3))
    ]
    persona_seed = int(rng.integers(2**31))
    n_personas = irange(rng, 15, 35)
    runs = np.sort(rng.uniform(ctx.t0 + 0.5 * DAY, ctx.t1 - 0.3 * DAY, size=irange(rng, 3, 6)))
    out: list[tuple[list, list, list]] = [([], [], []) for _ in keys]
    for r, s in enumerate(runs.tolist()):
        ki = r % len(keys)
        repeats = irange(rng, 2, 4)
        items = sorted(rng.choice(8, size=irange(rng, 4, 8), replace=False).tolist())
        models = [ctx.new_model, ctx.old_models[0]] if s >= ctx.release else [ctx.old_models[0]]
        t = s
        for model in models:
            for it in items:
                for p in range(n_personas):
                    text = tx.survey_prompt(rng, it, persona_seed + p)
                    for _ in range(repeats):
                        t += float(rng.lognormal(np.log(0.5), 0.4))
                        out[ki][0].append(t)
                        out[ki][1].append(text)
                        out[ki][2].append(model)
    for a, (ts, prompts, models) in zip(keys, out, strict=True):
        if not ts:
            ts, prompts, models = (
                [ctx.t0 + 0.3 * DAY],
                [tx.survey_prompt(rng, 0, persona_seed)],
                [ctx.old_models[0]],
            )
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=2.0, comp_sigma=0.3, err=0.01)


# resembles naga_bandham / surul_vaal: a companion app's backend forwarding its users' messages
def manjith(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "manjith"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    persona = pick(rng, ("Mira", "Juno", "Sol", "Kiko", "Ren"))
    n_keys = 2
    accts = [
        _benign(
            ctx,
            rng,
            kind,
            "app_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, 3, pick(rng, ("gcp", "aws"))),
        )
        for _ in range(n_keys)
    ]
    streams = worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(30, 55)),
        n_keys,
        global_load(float(rng.uniform(1, 4)), 0.6),
    )
    for a, ts in zip(accts, streams, strict=True):
        prompts = [tx.companion_prompt(rng, ctx.chat, persona) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.15),
            comp_median=200.0,
            comp_sigma=0.6,
        )


# resembles iratai_kambu / kuthu_varisai: an agency running many clients' keys from one office
def thappa(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "thappa"
    tz = pick(rng, (2, 1, -5))
    office = home(rng, 2, tz)
    server = cloud(rng, 1, "digitalocean")
    for _ in range(irange(rng, 6, 11)):
        brand = tx.agency_brand(rng)
        lang = pick(rng, ("English", "German", "Romanian", "Greek", "Spanish", "French"))
        a = _benign(ctx, rng, kind, "client_account", ua="axios/1.7.9", ips=office + server, tz=tz)
        ts = _cat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz), 8.0, 60.0)
        )
        ips = [pick(rng, server) if chance(rng, 0.3) else pick(rng, office) for _ in range(len(ts))]
        prompts = [tx.agency_prompt(rng, brand, lang) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, 0.5, 0.1),
            comp_median=500.0,
            comp_sigma=0.5,
        )


# resembles surul_vaal / thattu: a company replaying its logged prompts on old and new model at release
def dabu(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "dabu"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, -8))
    product = tx.product_name(rng)
    ips = cloud(rng, 2, "aws")
    prod = _benign(
        ctx, rng, kind, "production", org=org, pay=card, ua="OpenAI/Python 1.54.0", ips=ips, tz=tz
    )
    evalk = _benign(
        ctx,
        rng,
        kind,
        "regression_eval",
        org=org,
        pay=card,
        ua="python-httpx/0.28.1",
        ips=ips[:1],
        tz=tz,
    )
    ts = thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(12, 25)) * 7 * 24 * 0.35, workday(tz, 8.0, 20.0, 0.2)
    )
    logged = [tx.production_prompt(rng, ctx.chat, product) for _ in range(len(ts))]
    ctx.emit(
        rng,
        prod,
        ts,
        logged,
        models=ctx.models(rng, ts, 0.2, 0.1),
        comp_median=300.0,
        comp_sigma=0.5,
    )
    pre_logged = [p for p, t in zip(logged, ts.tolist(), strict=True) if t < ctx.release] or logged
    e_ts, e_p, e_m = [], [], []
    t = ctx.release + float(rng.uniform(1, 10)) * HOUR
    for _ in range(irange(rng, 1, 2)):
        n = min(len(pre_logged), irange(rng, 600, 1200))
        sample = sorted(rng.choice(len(pre_logged), size=n, replace=False).tolist())
        for i in sample:
            for m in (ctx.new_model, ctx.old_models[0]):
                t += float(rng.lognormal(np.log(1.2), 0.5))
                e_ts.append(t)
                e_p.append(pre_logged[i])
                e_m.append(m)
        t += float(rng.uniform(10, 30)) * HOUR
    ctx.emit(rng, evalk, e_ts, e_p, models=e_m, comp_median=300.0, comp_sigma=0.5)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "saaj": saaj,
    "kasanu": kasanu,
    "rekh": rekh,
    "gach": gach,
    "vichharnu": vichharnu,
    "harda": harda,
    "kashish": kashish,
    "manjith": manjith,
    "thappa": thappa,
    "dabu": dabu,
}

"""Benign hard-negative kinds of the ninetieth blind batch (code names from pottery and ceramics).

Each kind is `f(ctx, rng)`: legitimate customers whose traffic shares some surface with harvesting
(templates, volume, repetition, long answers, many languages, bursts). Every parameter is drawn per
seed.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    MOBILE,
    TZS,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    multi_office,
    nightly,
    pick,
    providers,
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind90 import texts as tx

LABEL = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _any_model(ctx, rng: np.random.Generator, ts: np.ndarray) -> list[str]:
    """A comparison across every model available at each time."""
    out = []
    for t in np.asarray(ts).tolist():
        avail = ctx.old_models + ([ctx.new_model] if t >= ctx.release else [])
        out.append(pick(rng, avail))
    return out


def bisque_firing(ctx, rng) -> None:
    """A model-evaluation team: nightly CI runs over a fixed item bank, plus big sweeps when a new
    model ships."""
    kind = "bisque_firing"
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, TZS)
        prov = pick(rng, ("aws", "gcp", "azure"))
        bank = []
        for _ in range(irange(rng, 150, 400)):
            r = rng.random()
            bank.append(
                tx.mcq_terse(rng, irange(rng, 0, 5))
                if r < 0.6
                else tx.gsm_terse(rng)
                if r < 0.85
                else tx.excerpt(rng, ctx.chat, 20, 600)
            )
        run_h = float(rng.uniform(0, 6))
        for _ in range(irange(rng, 2, 4)):
            a = ctx.account(
                rng,
                label=LABEL,
                family=kind,
                role="ci_eval",
                org=org,
                pay=pay,
                ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "aiohttp/3.11.11")),
                ips=cloud(rng, irange(rng, 2, 6), prov),
                tz=tz,
            )
            starts = thinned(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.6, 1.0)) * (ctx.t1 - ctx.t0) / DAY,
                nightly(run_h, 1.0, tz),
            )
            parts = bursts(
                rng, starts, float(rng.uniform(60, 200)), float(rng.uniform(0.4, 2.0)), 0.5
            )
            if chance(rng, 0.8):
                sweep0 = ctx.release + float(rng.uniform(1, 20)) * 3600
                parts += bursts(
                    rng,
                    np.array([sweep0]),
                    float(rng.uniform(200, 600)),
                    float(rng.uniform(0.3, 1.2)),
                    0.5,
                )
            ts = _cat(parts)
            idx = rng.integers(0, len(bank), size=len(ts))
            prompts = [bank[i] for i in idx.tolist()]
            comp = np.array(
                [8.0 if "letter only" in p else (140.0 if "####" in p else 320.0) for p in prompts]
            )
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=_any_model(ctx, rng, ts),
                comp_median=comp,
                comp_sigma=0.5,
                err=float(rng.uniform(0.01, 0.05)),
            )


def slip_casting(ctx, rng) -> None:
    """A data-labelling vendor pre-labelling customer text with the model from two offices."""
    kind = "slip_casting"
    tzs = [pick(rng, (5, 8, 3, -3)), pick(rng, TZS)]
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    n = irange(rng, 4, 10)
    offices = {tz: home(rng, irange(rng, 1, 2), tz) for tz in tzs}
    schemes = tx._sample(rng, ["intent", "ner", "pii", "quality"], irange(rng, 2, 3))
    streams = worker_pool(
        rng,
        jitter_start(rng, ctx.t0, ctx.t1, 0.2),
        ctx.t1,
        float(rng.uniform(25, 65)),
        n,
        multi_office(tzs),
    )
    ua = sdk_ua(rng)
    for i in range(n):
        tz = pick(rng, tzs)
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="labeller_key",
            org=org,
            pay=pay,
            ua=ua,
            ips=offices[tz],
            tz=tz,
        )
        ts = streams[i]
        prompts = [tx.label_task(rng, ctx.chat, ctx.passages, pick(rng, schemes)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.2, 0.7)), 0.3),
            comp_median=float(rng.uniform(12, 70)),
            comp_sigma=0.7,
        )


_IDE_UAS = (
    "continue/0.9.250 (vscode)",
    "cline/3.2.0",
    "aider/0.72.1 litellm/1.60.2",
    "OpenAI/NodeJS 4.85.1",
    "zed/0.170.2",
    "OpenAI/Python 1.63.2",
)


def raku_kiln(ctx, rng) -> None:
    """Developers' IDE coding agents: tight multi-step loops in working hours."""
    kind = "raku_kiln"
    for _ in range(irange(rng, 2, 4)):
        org, pay, tz = hexid(rng, "org"), hexid(rng, "pay"), pick(rng, TZS)
        office = home(rng, 1, tz)
        repo = f"{pick(rng, ('billing', 'search', 'mobile', 'infra', 'web', 'ml'))}-{pick(rng, ('svc', 'app', 'core', 'api'))}"
        for _ in range(irange(rng, 3, 6)):
            ips = office + home(rng, 1, tz) if chance(rng, 0.6) else office
            a = ctx.account(
                rng,
                label=LABEL,
                family=kind,
                role="developer",
                org=org,
                pay=pay,
                ua=pick(rng, _IDE_UAS),
                ips=ips,
                tz=tz,
            )
            sess = session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 6)),
                workday(tz, weekend=0.08),
                float(rng.uniform(5, 14)),
                float(rng.uniform(5, 20)),
                0.7,
            )
            ts, prompts = [], []
            for s in sess:
                for j, t in enumerate(s.tolist()):
                    ts.append(t)
                    prompts.append(tx.ide_turn(rng, repo, j))
            ts_a = np.asarray(ts)
            ctx.emit(
                rng,
                a,
                ts_a,
                prompts,
                models=ctx.models(rng, ts_a, float(rng.uniform(0.4, 0.85)), 0.1),
                comp_median=float(rng.uniform(300, 700)),
            )


def celadon_glaze(ctx, rng) -> None:
    """A localisation service translating UI strings and help articles into many locales."""
    kind = "celadon_glaze"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tzs = tx._sample(rng, TZS, 2)
    prov = pick(rng, providers())
    ua = sdk_ua(rng)
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="l10n_pipeline",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), prov),
        )
        starts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)) * (ctx.t1 - ctx.t0) / DAY,
            multi_office(tzs),
        )
        ts, prompts = [], []
        for s in starts.tolist():
            locales = tx._sample(rng, tx.LOCALES, irange(rng, 3, 12))
            per_loc = irange(rng, 3, 14)
            k = len(locales) * per_loc
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.6, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts.append(tj)
                prompts.append(tx.l10n_job(rng, locales[j // per_loc], ctx.passages))
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, float(rng.uniform(0.1, 0.5)), 0.4),
            comp_median=float(rng.uniform(70, 250)),
        )


_APPS = ("Mathbuddy", "Aprende+", "VidyaPath", "EduKoala", "Lernfuchs", "TutorTiger")


def wedging_table(ctx, rng) -> None:
    """An education product's backend: step-by-step tutoring for school students after school."""
    kind = "wedging_table"
    for _ in range(irange(rng, 1, 2)):
        app = pick(rng, _APPS)
        tz = pick(rng, (-3, -5, 5, 1, 8))
        lang = {-3: "pt", -5: "es", 5: "en", 1: "de", 8: "zh"}[tz] if chance(rng, 0.7) else "en"
        org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng)
        prov = pick(rng, providers())
        for _ in range(irange(rng, 1, 2)):
            a = ctx.account(
                rng,
                label=LABEL,
                family=kind,
                role="edu_backend",
                org=org,
                pay=pay,
                ua=ua,
                ips=cloud(rng, irange(rng, 2, 4), prov),
                tz=tz,
            )
            ts = thinned(
                rng, ctx.t0, ctx.t1, float(rng.uniform(500, 1400)), evening_person(tz, 3.0)
            )
            prompts = [tx.tutor_prompt(rng, app, lang) for _ in ts]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, float(rng.uniform(0.3, 0.8)), 0.2),
                comp_median=float(rng.uniform(300, 600)),
            )


def terra_sigillata(ctx, rng) -> None:
    """An academic lab studying model behaviour: repeated sampling, surveys, cross-lingual probes."""
    kind = "terra_sigillata"
    tz = pick(rng, (-5, -8, 0, 1, 2, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 1, 2), tz)
    hpc = cloud(rng, 2, pick(rng, providers()))
    langs = tx._sample(rng, tx.ML_LANGS, irange(rng, 3, 8))
    for _ in range(irange(rng, 3, 6)):
        designs = tx._sample(
            rng, ["survey", "consistency", "crossling", "factual"], irange(rng, 1, 2)
        )
        ips = campus + (hpc if chance(rng, 0.5) else [])
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="researcher",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3", "litellm/1.60.2")),
            ips=ips,
            tz=tz,
        )
        jobs = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 1.5)) * (ctx.t1 - ctx.t0) / DAY,
            workday(tz, 9.0, 22.0, weekend=0.3),
        )
        ts, prompts = [], []
        for s in jobs.tolist():
            design = pick(rng, designs)
            reps = irange(rng, 3, 10)
            t = s
            for _ in range(irange(rng, 8, 30)):
                p = tx.research_probe(rng, design, pick(rng, langs))
                for _ in range(reps):
                    t += float(rng.lognormal(np.log(1.2), 0.6))
                    ts.append(t)
                    prompts.append(p)
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=_any_model(ctx, rng, ts_a),
            comp_median=float(rng.uniform(30, 250)),
        )


def kintsugi(ctx, rng) -> None:
    """Customer-support bots of ordinary companies, forwarding their customers' messages."""
    kind = "kintsugi"
    for _ in range(irange(rng, 2, 4)):
        company = pick(rng, tx.COMPANIES)
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="support_bot",
            ua=sdk_ua(rng),
            ips=cloud(rng, irange(rng, 1, 3), pick(rng, providers())),
            tz=tz,
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(400, 1200)),
            global_load(float((14 - tz) % 24), float(rng.uniform(0.4, 0.85))),
        )
        prompts = [tx.support_prompt(rng, company, ctx.chat) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.1, 0.6)), 0.5),
            comp_median=float(rng.uniform(120, 300)),
        )


def saggar_firing(ctx, rng) -> None:
    """Students asking for rubric grading and feedback on their own essays."""
    kind = "saggar_firing"
    for _ in range(irange(rng, 20, 35)):
        tz = pick(rng, TZS)
        ips = home(rng, irange(rng, 1, 2), tz)
        if chance(rng, 0.3):
            ips += mobile_v6(
                rng, 1, pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
            )
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="student",
            ua=pick(rng, BROWSERS) if chance(rng, 0.75) else pick(rng, MOBILE),
            ips=ips,
            tz=tz,
        )
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        ts = _cat(
            session_times(
                rng,
                s,
                ctx.t1,
                float(rng.uniform(0.4, 1.3)),
                evening_person(tz),
                float(rng.uniform(2, 4)),
                float(rng.uniform(60, 240)),
            )
        )
        share = float(rng.uniform(0.4, 0.85))
        prompts = [
            tx.student_rubric(rng, ctx.passages)
            if chance(rng, share)
            else tx.excerpt(rng, ctx.chat, 10, 800)
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.3, 0.9)), 0.15),
            comp_median=float(rng.uniform(400, 800)),
        )


def grog_temper(ctx, rng) -> None:
    """An enterprise team generating paraphrases to train its own intent classifier."""
    kind = "grog_temper"
    company, tz = pick(rng, tx.COMPANIES), pick(rng, TZS)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="ml_team",
            org=org,
            pay=pay,
            ua=sdk_ua(rng),
            ips=cloud(rng, 1, pick(rng, providers())),
            tz=tz,
        )
        starts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1, 3)) * (ctx.t1 - ctx.t0) / DAY,
            workday(tz, 13.0, 18.0, weekend=0.0, night=0.0),
        )
        ts = _cat(bursts(rng, starts, float(rng.uniform(20, 80)), float(rng.uniform(1, 3)), 0.5))
        prompts = [tx.paraphrase_job(rng, company) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.2, 0.5)), 0.5),
            comp_median=float(rng.uniform(300, 600)),
        )


BENIGN_KINDS = {
    "bisque_firing": bisque_firing,
    "slip_casting": slip_casting,
    "raku_kiln": raku_kiln,
    "celadon_glaze": celadon_glaze,
    "wedging_table": wedging_table,
    "terra_sigillata": terra_sigillata,
    "kintsugi": kintsugi,
    "saggar_firing": saggar_firing,
    "grog_temper": grog_temper,
}

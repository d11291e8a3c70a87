"""Benign hard-negative kinds of blind batch 92 (code names from cheese making).

Each kind is `f(ctx, rng)`: a legitimate customer whose traffic resembles harvesting in some
way. Every parameter is drawn per seed.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, chance, irange, pick
from bench.monitor_blind92 import texts as tx

LABEL = "benign"


def _acct(ctx: bb.Ctx, rng: np.random.Generator, kind: str, **kw) -> bb.Acct:
    return ctx.account(rng, label=LABEL, family=kind, role="customer", **kw)


def _flat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def affinage_cellar(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """Third-party evaluation lab: regression runs on the old models, then a large benchmark
    sweep (some suites chain-of-thought) on the new model in the day or two after release."""
    kind = "affinage_cellar"
    n = irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ips = bb.cloud(rng, irange(rng, 1, 3), provider)
    suites = [str(s) for s in rng.choice(tx.BENCH_SUITES, size=irange(rng, 2, 4), replace=False)]
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "litellm/1.60.2"))
    for _ in range(n):
        acct = _acct(ctx, rng, kind, org=org, pay=pay, ua=ua, ips=ips, tz=-5)
        # nightly regression before the release: small runs on the old models
        pre = bb.thinned(
            rng,
            ctx.t0,
            ctx.release,
            irange(rng, 1, 3) * (ctx.release - ctx.t0) / DAY,
            bb.nightly(float(rng.uniform(0, 4)), 2.0, -5),
        )
        runs = bb.bursts(
            rng, pre, float(rng.uniform(30, 120)), float(rng.uniform(0.3, 1.5)), 0.4, ctx.release
        )
        # the launch sweep
        launch = ctx.release + float(rng.uniform(0.5, 10)) * HOUR
        big = bb.bursts(
            rng,
            launch
            + np.sort(rng.uniform(0, float(rng.uniform(12, 40)) * HOUR, size=irange(rng, 3, 8))),
            float(rng.uniform(150, 450)),
            float(rng.uniform(0.2, 1.2)),
            0.5,
            ctx.t1,
        )
        ts = _flat(runs + big)
        suite = [pick(rng, suites) for _ in range(len(ts))]
        prompts = [tx.bench_prompt(rng, s) for s in suite]
        cot = np.array([s == "gsm_like" for s in suite])
        comp = np.where(cot, 380.0, 60.0)
        models = ctx.models(rng, ts, p_new=0.75, p_mini=0.3)
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=comp, comp_sigma=0.7, err=0.03)


def curd_knife(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """Data-labelling vendor using the model as a first-pass rater of its clients' chatbot
    transcripts (question + answer + rubric), in office hours, one key per client project."""
    kind = "curd_knife"
    n = irange(rng, 3, 6)
    tz = pick(rng, (5, 8, 2, -3))
    org = bb.hexid(rng, "org")
    pay = bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    clients = (
        "Acme Telecom",
        "Northwind Bank",
        "Globex Health",
        "Initech HR",
        "Umbrella Travel",
        "Stark Retail",
        "Wayne Insurance",
        "Soylent Foods",
    )
    for _ in range(n):
        client = clients[int(rng.integers(len(clients)))]
        guideline = f"v{irange(rng, 1, 4)}.{irange(rng, 0, 9)}"
        acct = _acct(ctx, rng, kind, org=org, pay=pay, ua=bb.sdk_ua(rng, 0.6), ips=office, tz=tz)
        per_day = float(rng.uniform(3, 8))
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            per_day,
            bb.workday(tz),
            float(rng.uniform(10, 35)),
            float(rng.uniform(2, 10)),
            0.6,
        )
        ts = _flat(sess)
        prompts = [
            tx.judge_prompt(rng, client, guideline, pick(rng, ctx.chat), pick(rng, ctx.passages))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.5),
            comp_median=float(rng.uniform(60, 120)),
            err=0.01,
        )


def whey_drain(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """IDE coding-agent company: a few org keys serving many developers worldwide; agent loops
    fire trains of calls with large file context; the new model becomes the default quickly."""
    kind = "whey_drain"
    n = irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    servers = bb.cloud(rng, irange(rng, 3, 8), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "Go-http-client/2.0", "reqwest/0.12.12"))
    styles = tx.IDE_STYLES
    for _ in range(n):
        acct = _acct(ctx, rng, kind, org=org, pay=pay, ua=ua, ips=servers, tz=0)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(25, 70)),
            bb.multi_office([-8, -5, 1, 5, 9]),
            float(rng.uniform(6, 20)),
            float(rng.uniform(2, 8)),
            0.9,
        )
        ts = _flat(sess)
        prompts = [tx.ide_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.15),
            comp_median=float(rng.uniform(250, 500)),
            err=0.02,
            extra=rng.integers(1500, 9000, size=len(ts)),
        )


def brine_bath(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """Localisation service: nightly batches translating product UI strings into many locales,
    each request a numbered list with placeholders and a glossary."""
    kind = "brine_bath"
    n = irange(rng, 2, 3)
    tz = pick(rng, (1, 2, 0))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("hetzner", "ovh", "scaleway", "aws")))
    for _ in range(n):
        acct = _acct(
            ctx,
            rng,
            kind,
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=ips,
            tz=tz,
        )
        locales = [str(x) for x in rng.choice(tx.LOCALES, size=irange(rng, 8, 20), replace=False)]
        glossary = pick(
            rng,
            (
                "Workspace=Arbeitsbereich-style: keep brand names untranslated",
                "do not translate 'Pro'",
                "use formal address",
                "use informal address",
            ),
        )
        starts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1, 3)) * (ctx.t1 - ctx.t0) / DAY,
            bb.nightly(float(rng.uniform(0, 3)), 3.0, tz),
        )
        ts = _flat(
            bb.bursts(
                rng, starts, float(rng.uniform(25, 90)), float(rng.uniform(1, 4)), 0.4, ctx.t1
            )
        )
        prompts = [tx.localise_prompt(rng, pick(rng, locales), glossary) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.6),
            comp_median=float(rng.uniform(120, 260)),
            err=0.02,
        )


def cheddaring_mill(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """Tutoring product deployed for school districts: homework questions with step-by-step
    guidance, after-school and evening peaks, one key per country deployment."""
    kind = "cheddaring_mill"
    n = irange(rng, 2, 5)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure", "gcp"))
    for _ in range(n):
        lang = pick(rng, tx.TUTOR_LANGS)
        tz = {
            "en": pick(rng, (-5, -8, 0)),
            "es": pick(rng, (1, -5)),
            "pt": -3,
            "id": 8,
            "de": 1,
            "fr": 1,
        }[lang]
        acct = _acct(
            ctx,
            rng,
            kind,
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=bb.cloud(rng, 2, provider),
            tz=tz,
        )
        per_day = float(rng.uniform(60, 200))
        curve = bb.evening_person(tz, 2.8)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, curve)
        prompts = [tx.tutor_prompt(rng, lang) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.4),
            comp_median=float(rng.uniform(250, 450)),
            err=0.01,
            extra=irange(rng, 80, 250),
        )


def lactic_starter(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """A university course / hackathon: a cohort of new accounts opened the same day, on campus
    addresses, using the same starter template, active in lab sessions; some on the
    university's education credits (shared billing)."""
    kind = "lactic_starter"
    n = irange(rng, 18, 36)
    tz = pick(rng, bb.TZS)
    campus = bb.home(rng, irange(rng, 2, 4), tz)
    course_org = bb.hexid(rng, "org")
    shared_pay = bb.hexid(rng, "pay") if chance(rng, 0.5) else None
    template = pick(rng, tx.STARTER_TEMPLATES)
    project = pick(rng, ("Recipe", "Study", "Career", "Travel", "Garden", "Budget"))
    day0 = ctx.t0 + float(irange(rng, 0, 3)) * DAY
    for _ in range(n):
        at_home = chance(rng, 0.4)
        ips = campus + (bb.home(rng, 1, tz) if at_home else [])
        ua = bb.sdk_ua(rng, 0.7) if chance(rng, 0.7) else pick(rng, bb.BROWSERS)
        acct = _acct(
            ctx,
            rng,
            kind,
            org=course_org if chance(rng, 0.6) else None,
            pay=shared_pay if shared_pay and chance(rng, 0.8) else None,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            day0,
            ctx.t1,
            float(rng.uniform(0.5, 2)),
            bb.workday(tz, 9, 22, 0.5, 0.05),
            float(rng.uniform(4, 15)),
            float(rng.uniform(10, 60)),
        )
        ts = _flat(sess)
        prompts = [
            tx.starter_prompt(rng, template, project, pick(rng, ctx.chat)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.5),
            comp_median=float(rng.uniform(150, 400)),
            err=0.03,
        )


def pasta_filata(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """Academic lab measuring cross-lingual consistency: a fixed probe set asked in many languages,
    each repeated k times to estimate variance, on old and new models."""
    kind = "pasta_filata"
    n = irange(rng, 1, 3)
    tz = pick(rng, (1, 0, -5, 9))
    ips = bb.home(rng, 1, tz) if chance(rng, 0.5) else bb.cloud(rng, 1, "gcp")
    langs = [str(x) for x in rng.choice(tx.LANGS, size=irange(rng, 6, 11), replace=False)]
    probes = irange(rng, 20, 60)
    k_rep = irange(rng, 3, 10)
    for _ in range(n):
        acct = _acct(
            ctx,
            rng,
            kind,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3")),
            ips=ips,
            tz=tz,
        )
        runs = irange(rng, 2, 4)
        ts_l, pr_l = [], []
        for _r in range(runs):
            t = float(rng.uniform(ctx.t0 + 0.5 * DAY, ctx.t1 - 0.5 * DAY))
            for p in rng.choice(
                probes, size=min(probes, irange(rng, 10, 30)), replace=False
            ).tolist():
                lang = pick(rng, langs)
                prompt = tx.probe_prompt(rng, int(p), lang)
                for _k in range(k_rep):
                    t += float(rng.exponential(2.0))
                    ts_l.append(t)
                    pr_l.append(prompt)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.2),
            comp_median=float(rng.uniform(150, 300)),
            err=0.02,
        )


def whey_ricotta(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """Product team generating paraphrases to train its own intent classifier (augmentation
    lists), in working-hours bursts."""
    kind = "whey_ricotta"
    n = irange(rng, 1, 2)
    tz = pick(rng, bb.TZS)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    for _ in range(n):
        acct = _acct(
            ctx, rng, kind, org=org, pay=pay, ua=bb.sdk_ua(rng, 0.6), ips=bb.home(rng, 1, tz), tz=tz
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)) * 7, bb.workday(tz))
        ts = _flat(
            bb.bursts(
                rng, starts, float(rng.uniform(15, 45)), float(rng.uniform(2, 6)), 0.5, ctx.t1
            )
        )
        prompts = [tx.paraphrase_prompt(rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6),
            comp_median=float(rng.uniform(250, 450)),
            err=0.02,
        )


def rennet_set(ctx: bb.Ctx, rng: np.random.Generator) -> None:
    """Customer-support bot with retrieval: templated help-centre requests with long retrieved
    context, traffic following its customers' day, follow-up turns."""
    kind = "rennet_set"
    n = irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    company = pick(rng, ("Voltra", "Homely", "Kettlebay", "Fjordnet", "Lumio"))
    product = pick(rng, ("router", "smart thermostat", "e-bike", "subscription", "headphones"))
    tz = pick(rng, (-5, 0, 1, 8))
    servers = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "azure")))
    for _ in range(n):
        acct = _acct(
            ctx,
            rng,
            kind,
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)")),
            ips=servers,
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(80, 220)),
            bb.evening_person(tz, 4.0),
            float(rng.uniform(1.5, 4)),
            float(rng.uniform(20, 80)),
        )
        ts = _flat(sess)
        prompts = [
            tx.support_prompt(rng, company, product) if chance(rng, 0.8) else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.6),
            comp_median=float(rng.uniform(120, 260)),
            err=0.01,
            extra=rng.integers(600, 2400, size=len(ts)),
        )


BENIGN_KINDS = {
    "affinage_cellar": affinage_cellar,
    "curd_knife": curd_knife,
    "whey_drain": whey_drain,
    "brine_bath": brine_bath,
    "cheddaring_mill": cheddaring_mill,
    "lactic_starter": lactic_starter,
    "pasta_filata": pasta_filata,
    "whey_ricotta": whey_ricotta,
    "rennet_set": rennet_set,
}

"""Hard-negative benign kinds of blind batch 42, written without reading the monitor: legitimate
API customers whose traffic looks superficially like harvesting. Each kind is `f(ctx, rng)`.

Code names only (saddlery parts). Descriptions live in README.md and in the comments here.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    local_hour,
    multi_office,
    pick,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind42 import texts

BENIGN = "benign"


# --------------------------------------------------------------------------------------------
# cantle — an ed-tech vendor's essay-marking feature: per-school keys under the vendor's org and
# card, all from the vendor's cloud NAT addresses. Teachers press "mark the whole class" in school
# hours (a train of 15–35 rubric-grading requests a few seconds apart); students' self-check
# submissions pile up on Sunday evenings before the weekly deadline. Rubric prompts with whole
# essays embedded; school-specific template. The vendor trials the new model on a slice of traffic.


def _deadline(tz: int):
    def f(ts: np.ndarray) -> np.ndarray:
        h, d = local_hour(ts, tz), weekday(ts, tz)
        sun = (d == 6) & (h >= 17)
        wed = (d == 2) & (h >= 19) & (h < 23)
        return np.where(sun, 1.0, np.where(wed, 0.35, 0.03))
    return f


def cantle(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "azure")))
    ua = pick(rng, ("python-requests/2.32.3", "semantic-kernel-dotnet/1.36.0", "OpenAI/Python 1.54.0"))
    trial_at = ctx.release + float(rng.uniform(12, 36)) * HOUR
    trial_p = float(rng.uniform(0.1, 0.35))
    for _ in range(irange(rng, 3, 6)):
        tz = int(pick(rng, (-8, -5, 0, 1)))
        a = ctx.account(rng, label=BENIGN, family="cantle", role="school_key", org=org, pay=pay, ua=ua, ips=nat, tz=tz)
        style = irange(rng, 0, 2)
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)) * 7, workday(tz, 8.0, 16.0, weekend=0.02))
        trains = bursts(rng, starts, float(rng.uniform(15, 35)), float(rng.uniform(1.5, 4.0)), 0.5, b=ctx.t1)
        subs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 140)), _deadline(tz))
        ts = np.sort(np.concatenate([*trains, subs])) if trains else subs
        if len(ts) == 0:
            ts = np.array([ctx.t0 + DAY])
        prompts = [texts.essay_grading_prompt(rng, ctx.passages, style) for _ in range(len(ts))]
        models = [ctx.new_model if (t >= trial_at and chance(rng, trial_p)) else ctx.old_models[0] for t in ts.tolist()]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=380.0, comp_sigma=0.4, err=0.01)


# --------------------------------------------------------------------------------------------
# latigo — a video platform's subtitle pipeline: every uploaded video is cut into chunks of SRT
# cues and each chunk is translated into several target languages one after another (the same
# source text repeated per language). Production key plus a quiet staging key, one org, cloud
# egress; uploads follow the platform's worldwide load. Cost-sensitive: the small old model mostly.


def latigo(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 3, 5), "gcp")
    peak = float(rng.uniform(14, 20))
    langs = [str(x) for x in rng.choice(texts.SUB_LANGS, size=irange(rng, 4, 8), replace=False)]
    glossary = chance(rng, 0.5)
    for role, rate in (("production", float(rng.uniform(0.3, 0.7))), ("staging", float(rng.uniform(0.03, 0.08)))):
        a = ctx.account(rng, label=BENIGN, family="latigo", role=role, org=org, pay=pay,
                        ua=pick(rng, ("Go-http-client/2.0", "OpenAI/Python 1.58.1")), ips=egress)
        uploads = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.5))
        if len(uploads) == 0:
            uploads = np.array([ctx.t0 + DAY])
        ts_all, prompts, comp = [], [], []
        for u in uploads.tolist():
            targets = langs[: irange(rng, 2, len(langs))] if role == "staging" else langs
            t = u
            for _ in range(irange(rng, 3, 10)):
                chunk = texts.srt_chunk(rng, ctx.chat)
                for lang in targets:
                    t += float(rng.lognormal(np.log(1.8), 0.5))
                    ts_all.append(t)
                    prompts.append(texts.subtitle_prompt(chunk, lang, glossary))
                    comp.append(max(40.0, len(chunk) / 3.2))
        ts = np.array(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.0, p_mini=0.75), comp_median=np.array(comp),
                 comp_sigma=0.25, err=0.008)


# --------------------------------------------------------------------------------------------
# gullet — an enterprise ML team's evaluation harness: nightly regression runs on the old model,
# then, hours after the new model ships, large head-to-head benchmark runs (multiple-choice with
# letter-only answers, step-by-step arithmetic, code fixes, tone rewrites) through old and new
# models, re-run on following workdays; plus a couple of engineers poking at items from laptops.


def gullet(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-8, -5, 1, 2)))
    svc_ips = cloud(rng, irange(rng, 2, 3), pick(rng, ("gcp", "azure")))
    svc = ctx.account(rng, label=BENIGN, family="gullet", role="eval_service", org=org, pay=pay,
                      ua=pick(rng, ("dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2")), ips=svc_ips, tz=tz)
    suites = [str(x) for x in rng.choice(["mcq", "math", "code", "tone"], size=irange(rng, 2, 4), replace=False)]
    comp = {"mcq": 2.0, "math": 350.0, "code": 120.0, "tone": 90.0}
    base = irange(rng, 0, 10**5)  # where this team's item numbering starts
    ts_all, prompts, models, med = [], [], [], []

    def run(t: float, model_list: list[str], n_items: int) -> float:
        for suite in suites:
            for item in range(n_items):
                for m in model_list:
                    t += float(rng.lognormal(np.log(0.9), 0.6))
                    ts_all.append(t)
                    prompts.append(texts.bench_item(suite, base + item))
                    models.append(m)
                    med.append(comp[suite])
        return t

    # nightly regression on the old flagship (02:00 local)
    nightly_n = irange(rng, 40, 90)
    day = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    while day < ctx.t1:
        t = day + 2 * HOUR + float(rng.uniform(0, 600))
        if ctx.t0 <= t < ctx.t1:
            run(t, [ctx.old_models[0]], nightly_n // len(suites))
        day += DAY
    # head-to-head after release, then re-runs on following days
    both = [ctx.old_models[0], ctx.new_model] + ([ctx.old_models[-1]] if chance(rng, 0.4) else [])
    big = irange(rng, 80, 200)
    t = ctx.release + float(rng.uniform(1, 5)) * HOUR
    for _ in range(irange(rng, 2, 3)):
        run(t, both, big)
        t += float(rng.uniform(0.8, 1.4)) * DAY
    ts = np.array(ts_all)
    ctx.emit(rng, svc, ts, prompts, models=models, comp_median=np.array(med), comp_sigma=0.4, err=0.02)
    for _ in range(irange(rng, 1, 3)):
        eng = ctx.account(rng, label=BENIGN, family="gullet", role="engineer", org=org, pay=pay,
                          ua=pick(rng, ("OpenAI/Python 1.58.1", "curl/8.5.0")), ips=home(rng, 2, tz), tz=tz)
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 2)), workday(tz), 4.0, 45.0)
        ets = np.concatenate(sess) if sess else np.array([ctx.release + 3 * HOUR])
        if len(ets) == 0:
            ets = np.array([ctx.release + 3 * HOUR])
        ep = [texts.bench_item(str(pick(rng, suites)), base + irange(rng, 0, 500)) for _ in range(len(ets))]
        ctx.emit(rng, eng, ets, ep, models=ctx.models(rng, ets, p_new=0.6, p_mini=0.1), comp_median=200.0)


# --------------------------------------------------------------------------------------------
# billet — a desktop writing assistant that ships with the vendor's API key built in: every
# request comes straight from an end user's own machine (hundreds of home addresses worldwide,
# people in their own time zones), templated "summarise / rewrite / fix grammar" prompts in the
# UI language around the user's selected text; one key per edition. The vendor moves half the
# traffic to the new model a day after release.


_UI_BY_TZ = {-8: "en", -5: "en", -3: "pt", 0: "en", 1: "de", 2: "fr", 3: "en", 5: "en", 8: "en", 9: "ja"}


def billet(ctx: Ctx, rng: np.random.Generator) -> None:
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    flip = ctx.release + float(rng.uniform(18, 40)) * HOUR
    for edition in range(irange(rng, 1, 2)):
        ua = "OpenAI/NodeJS 4.67.1" if edition == 0 else "OpenAI/NodeJS 4.85.1"
        users = irange(rng, 200, 400) if edition == 0 else irange(rng, 40, 120)
        tzs = [int(pick(rng, sorted(_UI_BY_TZ))) for _ in range(users)]
        homes = [home(rng, irange(rng, 1, 2), tz) for tz in tzs]
        a = ctx.account(rng, label=BENIGN, family="billet", role=f"edition_{edition}", org=org, pay=pay, ua=ua,
                        ips=[ip for h in homes for ip in h])
        ts_all, ips, prompts = [], [], []
        for tz, hips in zip(tzs, homes, strict=True):
            ui = _UI_BY_TZ[tz] if chance(rng, 0.7) else "en"
            if ui == "en" and chance(rng, 0.1):
                ui = "es"
            curve = workday(tz) if chance(rng, 0.5) else evening_person(tz)
            start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
            for s in session_times(rng, start, ctx.t1, float(rng.uniform(0.15, 1.2)), curve,
                                   float(rng.uniform(1.5, 4)), 50.0):
                ts_all.extend(s.tolist())
                ips.extend([pick(rng, hips)] * len(s))
                prompts.extend(texts.assistant_prompt(rng, ui, ctx.chat, ctx.passages) for _ in range(len(s)))
        if not ts_all:
            ts_all, ips, prompts = [ctx.t0 + DAY], [homes[0][0]], [texts.assistant_prompt(rng, "en", ctx.chat, ctx.passages)]
        ts = np.array(ts_all)
        models = [ctx.new_model if (t >= flip and chance(rng, 0.5)) else ctx.old_models[-1] for t in ts.tolist()]
        ctx.emit(rng, a, ts, prompts, models=models, ips=ips, comp_median=170.0, comp_sigma=0.6, err=0.01)


# --------------------------------------------------------------------------------------------
# jockey — software teams generating fictional test fixtures (customers, invoices, shipments, log
# lines …) from CI: each pipeline run fires a handful of parallel "generate N records as JSON"
# requests from an ephemeral cloud runner, during the team's working hours, plus a nightly full
# fixture refresh. Long JSON outputs, several teams (each its own org and card).


def jockey(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 2, 4)):
        tz = int(pick(rng, (-8, -5, 0, 1, 2, 5, 8)))
        runners = cloud(rng, 40, pick(rng, ("digitalocean", "linode", "aws", "azure")))
        repo = pick(rng, ("billing-svc", "checkout", "ledger-api", "clinic-portal", "fleet-tracker", "crm-core"))
        a = ctx.account(rng, label=BENIGN, family="jockey", role="ci", ua=pick(rng, ("python-httpx/0.28.1",
                        "OpenAI/NodeJS 4.67.1", "axios/1.7.9")), ips=runners, tz=tz)
        curve = multi_office([tz, tz + int(pick(rng, (-1, 1, 3)))]) if chance(rng, 0.4) else workday(tz)
        pipes = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 25)) * 7 * 5 / 7, curve)
        trains = bursts(rng, pipes, float(rng.uniform(3, 12)), 1.0, 0.6, b=ctx.t1)
        ips = [[pick(rng, runners)] * len(x) for x in trains]
        night = []
        for d in range(8):
            t = ctx.t0 + d * DAY + ((3 - tz) % 24) * HOUR + float(rng.uniform(0, 900))
            k = irange(rng, 25, 60)
            night.append(t + np.cumsum(rng.lognormal(np.log(2.0), 0.5, size=k)))
            ips.append([pick(rng, runners)] * k)
        ts = np.concatenate([*trains, *night])
        ipl = [ip for x in ips for ip in x]
        keep = ts < ctx.t1
        ts, ipl = ts[keep], [ip for ip, k in zip(ipl, keep.tolist(), strict=True) if k]
        prompts = [texts.fixture_prompt(rng, repo) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.1, p_mini=0.5), ips=ipl,
                 comp_median=1400.0, comp_sigma=0.5, err=0.02)


BENIGN_KINDS = {
    "billet": billet,
    "cantle": cantle,
    "gullet": gullet,
    "jockey": jockey,
    "latigo": latigo,
}

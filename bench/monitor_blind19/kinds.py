"""Hard-negative benign kinds of blind batch 19, each under a neutral code name.

These are legitimate API customers whose traffic shares surface traits with harvesting (automation,
volume, templates, cloud egress, long answers, fresh accounts, model-release timing). What each
kind is stays in README.md and in the comments below.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    global_load,
    hexid,
    home,
    irange,
    local_hour,
    nightly,
    pick,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind19 import texts

BENIGN = "benign"


# --------------------------------------------------------------------------------------------
# ebro — a weekend hackathon after the model release: dozens of brand-new participant keys (many on
# a sponsor's org and card), most traffic from the venue's few shared addresses, teams of 2-4 on one
# project, the same workshop starter prompts pasted by everyone in the first hours, rapid dev-loop
# bursts through the night with a dip before dawn; a few keep tinkering from home afterwards.


def ebro(ctx: Ctx, rng: np.random.Generator) -> None:
    tz = int(pick(rng, TZS))
    venue = home(rng, irange(rng, 1, 3), tz)
    start = ctx.release + float(rng.uniform(10, 40)) * HOUR
    dur = float(rng.uniform(20, 32)) * HOUR
    end = start + dur
    n = irange(rng, 20, 50)
    sponsor_org, sponsor_pay = hexid(rng, "org"), hexid(rng, "pay")
    p_sponsor = float(rng.uniform(0.3, 0.8))
    p_after = float(rng.uniform(0.1, 0.4))

    def energy(t: np.ndarray) -> np.ndarray:
        h = local_hour(t, tz)
        return np.where((h >= 3) & (h < 8), 0.2, 1.0)

    projects = list(rng.choice(texts._EBRO_PROJECTS, size=min(len(texts._EBRO_PROJECTS), max(1, n // 3)),
                               replace=False))
    for i in range(n):
        sponsored = chance(rng, p_sponsor)
        own_home = home(rng, 1, tz)
        a = ctx.account(rng, label=BENIGN, family="ebro", role="participant",
                        org=sponsor_org if sponsored else None, pay=sponsor_pay if sponsored else None,
                        ua=sdk_ua(rng, 0.6), ips=venue + own_home, tz=tz)
        project = str(projects[i % len(projects)])
        join = start + float(rng.exponential(0.7 * HOUR))
        starts = thinned(rng, join, end, float(rng.uniform(1, 4)) * (end - join) / HOUR, energy)
        tr = bursts(rng, starts, float(rng.uniform(2, 5)), float(rng.uniform(8, 40)), 0.8, end)
        ts = np.sort(np.concatenate(tr)) if tr else np.empty(0)
        ips = [venue[int(rng.integers(len(venue)))] if chance(rng, 0.85) else own_home[0] for _ in range(len(ts))]
        prompts = [texts.ebro_prompt(rng, project, 0.3 if t < start + 3 * HOUR else 0.03, ctx.chat)
                   for t in ts.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.1), ips=ips, comp_median=320.0,
                 comp_sigma=0.8, err=0.02)
        if chance(rng, p_after):
            sess = session_times(rng, end, ctx.t1, float(rng.uniform(0.5, 2)), workday(tz, 9, 23, 1.0),
                                 3.0, 90.0)
            ts2 = np.sort(np.concatenate(sess)) if sess else np.empty(0)
            ctx.emit(rng, a, ts2, [texts.ebro_prompt(rng, project, 0.0, ctx.chat) for _ in range(len(ts2))],
                     models=ctx.models(rng, ts2, 0.85, 0.1), ips=own_home[0], comp_median=320.0, comp_sigma=0.8)


# --------------------------------------------------------------------------------------------
# drava — law firms' contract-review tooling: a few firms, each with 2-5 team keys on one org and
# card, egress through the firm's cloud tenant; when a data room is loaded a review batch fires
# hundreds of templated clause checks with long document excerpts; lawyers also ask ad hoc
# questions during office hours. Conservative about switching models.


def drava(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 2, 4)):
        tz = int(pick(rng, (0, 1, -5, -8, 2, 8)))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        egress = cloud(rng, irange(rng, 1, 3), pick(rng, ("azure", "aws")))
        ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "semantic-kernel-dotnet/1.36.0",
                        "OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
        templates = list(rng.choice(3, size=irange(rng, 1, 2), replace=False))
        p_new = float(rng.uniform(0.05, 0.4))
        p_batch = float(rng.uniform(0.2, 0.6))
        matters = [f"M{irange(rng, 1000, 9999)}" for _ in range(irange(rng, 2, 6))]
        for _ in range(irange(rng, 2, 5)):
            a = ctx.account(rng, label=BENIGN, family="drava", role="team", org=org, pay=pay, ua=ua, ips=egress, tz=tz)
            starts = []
            d = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
            while d < ctx.t1:
                if chance(rng, p_batch) and ((np.floor((d + tz * HOUR) / DAY) + 3) % 7) < 5:
                    starts.append(d + float(rng.uniform(9, 17)) * HOUR)
                d += DAY
            tr = bursts(rng, np.asarray(starts), float(rng.uniform(40, 300)), float(rng.uniform(2, 6)), 0.5, ctx.t1)
            batch = np.sort(np.concatenate(tr)) if tr else np.empty(0)
            sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 7)), workday(tz), 3.0, 150.0)
            inter = np.sort(np.concatenate(sess)) if sess else np.empty(0)
            ts = np.concatenate([batch, inter])
            order = np.argsort(ts, kind="stable")
            is_batch = (np.arange(len(ts)) < len(batch))[order]
            ts = ts[order]
            prompts = [texts.drava_prompt(rng, int(pick(rng, templates)) if b else 2, pick(rng, matters))
                       for b in is_batch.tolist()]
            extra = np.where(is_batch, rng.lognormal(np.log(2500), 0.5, size=len(ts)),
                             rng.lognormal(np.log(700), 0.7, size=len(ts))).astype(np.int64)
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.15), extra=extra,
                     comp_median=np.where(is_batch, 350.0, 500.0), comp_sigma=0.5, err=0.01)


# --------------------------------------------------------------------------------------------
# narew — content-marketing agencies producing long SEO articles for many client brands in several
# languages: a queue of orders during the agency's working day plus a scheduled overnight bulk run
# for the next day's content calendar; very long completions, some rate limiting.

_BRAND_A = ("Hearth", "Blue", "North", "Cedar", "Nimble", "Copper", "Sunny", "Wild", "Urban", "Tidy", "Bright", "Oak")
_BRAND_B = ("wise", "leaf", "path", "nest", "works", "field", "haven", "loop", "craft", "mile", "spark", "well")


def narew(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 1, 3)):
        tz = int(pick(rng, (1, 2, 0, -3, -5, 5)))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("digitalocean", "hetzner", "aws", "ovh"))
        brands = [pick(rng, _BRAND_A) + pick(rng, _BRAND_B) for _ in range(irange(rng, 4, 12))]
        langs = list(rng.choice(sorted(texts._NAREW_LANG), size=irange(rng, 1, 4), replace=False))
        templates = list(rng.choice(3, size=irange(rng, 1, 3), replace=False))
        ua = sdk_ua(rng, 0.5)
        p_new = float(rng.uniform(0.3, 0.8))
        for _ in range(irange(rng, 1, 3)):
            a = ctx.account(rng, label=BENIGN, family="narew", role="agency", org=org, pay=pay, ua=ua,
                            ips=cloud(rng, irange(rng, 1, 2), provider), tz=tz)
            orders = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 15)) * (ctx.t1 - ctx.t0) / HOUR,
                             workday(tz, weekend=0.25, night=0.1))
            nights = []
            if chance(rng, 0.7):
                d = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
                while d < ctx.t1:
                    nights.append(d + float(rng.uniform(1.5, 3)) * HOUR)
                    d += DAY
            tr = bursts(rng, np.asarray(nights), float(rng.uniform(20, 80)), float(rng.uniform(25, 60)), 0.4, ctx.t1)
            ts = np.sort(np.concatenate([orders] + tr))
            prompts = [texts.narew_prompt(rng, pick(rng, brands), pick(rng, langs), int(pick(rng, templates)))
                       for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.05), comp_median=1700.0,
                     comp_sigma=0.35, err=0.05)


# --------------------------------------------------------------------------------------------
# tisza — SaaS companies evaluating the new model on live traffic: production calls on the old models
# round the clock; from around the release a share of production prompts is mirrored, seconds later,
# to the new model (from a separate evaluation key on the same org, or from the production key).


def tisza(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 2, 4)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("aws", "gcp", "azure"))
        egress = cloud(rng, irange(rng, 2, 6), provider)
        ua = sdk_ua(rng, 0.6)
        products = list(rng.choice(sorted(texts._TISZA_PRODUCTS), size=irange(rng, 1, 3), replace=False))
        prod = ctx.account(rng, label=BENIGN, family="tisza", role="production", org=org, pay=pay, ua=ua, ips=egress)
        shadow = (ctx.account(rng, label=BENIGN, family="tisza", role="evaluation", org=org, pay=pay, ua=ua, ips=egress)
                  if chance(rng, 0.6) else prod)
        rate = float(rng.uniform(5, 30))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR,
                     global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.3, 0.7))))
        prompts = [texts.tisza_prompt(rng, pick(rng, products), ctx.chat) for _ in range(len(ts))]
        mini = float(rng.uniform(0.0, 0.6))
        models = [ctx.old_models[-1] if chance(rng, mini) else ctx.old_models[0] for _ in range(len(ts))]
        comp = float(rng.uniform(120, 300))
        shadow_from = ctx.release + float(rng.uniform(-2, 24)) * HOUR
        frac = float(rng.uniform(0.2, 1.0))
        mirror = (ts >= shadow_from) & (rng.random(len(ts)) < frac)
        m_ts = ts[mirror] + rng.lognormal(np.log(1.5), 0.8, size=int(mirror.sum()))
        m_prompts = [p for p, m in zip(prompts, mirror.tolist(), strict=True) if m]
        if shadow is prod:
            all_ts = np.concatenate([ts, m_ts])
            order = np.argsort(all_ts, kind="stable")
            all_p = prompts + m_prompts
            all_m = models + [ctx.new_model] * len(m_ts)
            all_c = np.concatenate([np.full(len(ts), comp), np.full(len(m_ts), comp * 1.15)])
            ctx.emit(rng, prod, all_ts[order], [all_p[j] for j in order.tolist()],
                     models=[all_m[j] for j in order.tolist()], comp_median=all_c[order], comp_sigma=0.5, err=0.01)
        else:
            ctx.emit(rng, prod, ts, prompts, models=models, comp_median=comp, comp_sigma=0.5, err=0.01)
            order = np.argsort(m_ts, kind="stable")
            ctx.emit(rng, shadow, m_ts[order], [m_prompts[j] for j in order.tolist()], models=ctx.new_model,
                     comp_median=comp * 1.15, comp_sigma=0.5, err=0.01)


# --------------------------------------------------------------------------------------------
# vltava — an educational publisher filling its exam item bank: nightly jobs ask for syllabus
# questions each with a fully worked, step-by-step solution and mark scheme; editors re-run and
# revise items by hand during the day from the same tenant.

_BOARDS = ("Cambridge IGCSE", "AQA", "CBSE", "IB MYP", "Common Core", "NCEA", "Abitur", "HSC")


def vltava(ctx: Ctx, rng: np.random.Generator) -> None:
    for _ in range(irange(rng, 1, 2)):
        tz = int(pick(rng, TZS))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        egress = cloud(rng, irange(rng, 1, 2), pick(rng, ("gcp", "aws", "azure")))
        subjects = list(rng.choice(sorted(texts._VLTAVA_SUBJECTS), size=irange(rng, 2, 4), replace=False))
        board = pick(rng, _BOARDS)
        p_new = float(rng.uniform(0.2, 0.7))
        n_keys = irange(rng, 1, 2)
        batch_ua, editor_ua = sdk_ua(rng, 0.6), sdk_ua(rng, 0.6)
        keys = [ctx.account(rng, label=BENIGN, family="vltava", role="publisher", org=org, pay=pay, ua=batch_ua,
                            ips=egress, tz=tz) for _ in range(n_keys)]
        start_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(2, 5))
        per_night = float(rng.uniform(120, 500))
        nights = thinned(rng, ctx.t0, ctx.t1, per_night * (ctx.t1 - ctx.t0) / DAY, nightly(start_h, hours, tz))
        who = rng.integers(0, n_keys, size=len(nights))
        for i, a in enumerate(keys):
            b = nights[who == i]
            sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 4)), workday(tz), 4.0, 3 * MINUTE)
            e = np.sort(np.concatenate(sess)) if sess else np.empty(0)
            ts = np.concatenate([b, e])
            order = np.argsort(ts, kind="stable")
            is_b = (np.arange(len(ts)) < len(b))[order]
            ts = ts[order]
            prompts = []
            for flag in is_b.tolist():
                p = texts.vltava_prompt(rng, pick(rng, subjects), board, 0 if flag and chance(rng, 0.5) else 1)
                prompts.append(p if flag else "Revise this item so the distractors are more plausible:\n" + p)
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.1),
                     ua=[batch_ua if f else editor_ua for f in is_b.tolist()],
                     comp_median=np.where(is_b, 750.0, 600.0), comp_sigma=0.4, err=0.01)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "drava": drava,
    "ebro": ebro,
    "narew": narew,
    "tisza": tisza,
    "vltava": vltava,
}

"""Campaign families of batch 45 (distillation operations), written without reading the monitor.

Every family is a function `(ctx, rng, campaign_id) -> None` that creates its accounts and events
through `bench.blind_batch.Ctx`. Code names say nothing about the operation; the comment above each
function (and README.md) does.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind45 import texts

LABEL = "campaign"


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# adit — reasoning-trace coercion from a worker pool on a rented cloud block. A third of the
# keys are "aged": opened days before the release and used lightly for ordinary chat from the
# same block; at the release the whole pool switches on, fed from one Poisson job queue, sending
# generated maths/logic/code problems wrapped in demands for complete step-by-step derivations
# (several wrappers: plain English, a JSON task envelope, Chinese, Russian, a draft-critique-fix
# triad). Long completions; a few shared cards; one SDK user agent.


def adit(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "adit"
    n = irange(rng, 10, 26)
    provider = pick(rng, ("aws", "gcp", "azure", "oracle", "alibaba", "tencent", "huawei"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 8))
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    one_org = chance(rng, 0.5)
    org = hexid(rng, "org") if one_org else None
    ua = bb.sdk_ua(rng, 0.3)
    styles = rng.choice(texts.ADIT_STYLES, size=irange(rng, 3, 5), replace=False)
    style_w = rng.dirichlet(np.ones(len(styles)) * 2)
    n_aged = max(2, n // 3)
    tz = pick(rng, bb.TZS)
    accts = [ctx.account(rng, label=LABEL, family=name, role="aged" if i < n_aged else "worker", campaign_id=camp,
                         org=org, pay=pays[i % len(pays)], ua=ua, ips=picks(rng, block, irange(rng, 2, 5)), tz=tz)
             for i in range(n)]
    for a in accts[:n_aged]:
        start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.5)
        ts = bb.thinned(rng, start, ctx.release, _u(rng, 3, 12) * (ctx.release - start) / DAY, bb.workday(tz))
        ctx.emit(rng, a, ts, [pick(rng, ctx.chat) for _ in range(len(ts))], models=ctx.models(rng, ts, 0.0, 0.2))
    go = ctx.release + _u(rng, 0.2, 6.0) * HOUR
    end = min(ctx.t1, go + _u(rng, 2.0, 3.2) * DAY)
    per_hour = _u(rng, 110, 320)
    shape = int(rng.integers(3))
    curve = (bb.constant, bb.global_load(_u(rng, 0, 24), _u(rng, 0.2, 0.5)),
             bb.nightly(_u(rng, 17, 22), _u(rng, 9, 14), tz))[shape]
    comp = _u(rng, 1400, 2600)
    err = _u(rng, 0.02, 0.08)
    for a, ts in zip(accts, bb.worker_pool(rng, go, end, per_hour, n, curve), strict=True):
        which = rng.choice(len(styles), size=len(ts), p=style_w)
        prompts = [texts.adit(rng, int(styles[w])) for w in which.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.96, 0.0), comp_median=comp, comp_sigma=0.5,
                 err=err)
    ctx.campaign(camp, name, accts, {"accounts": n, "aged": n_aged, "provider": provider, "ips": len(block),
                                     "cards": len(pays), "one_org": one_org, "per_hour": round(per_hour, 1),
                                     "curve": shape, "styles": sorted(int(s) for s in styles),
                                     "start_after_release_h": round((go - ctx.release) / HOUR, 2),
                                     "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------
# winze — preference / rubric labelling by a hydra of fresh accounts. Dozens of accounts opened
# in the hours after the release, each used briefly in a few tight bursts, all going out through
# one residential-proxy pool of a single region with sticky sessions (so accounts rarely share an
# address at the same moment). Prompts carry a real user question and one to three candidate
# answers, and ask for scores, a preferred answer, and usually a better rewritten answer (pairwise,
# JSON rubric, critique-and-rewrite, Spanish pairwise, three-way ranking). Browser-like or SDK
# user agents, a handful of prepaid cards.


def winze(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "winze"
    n = irange(rng, 35, 70)
    region = pick(rng, ("us", "eu", "latam", "sea", "in"))
    pool = bb.resi(rng, irange(rng, 300, 900), region)
    hold = _u(rng, 600, 2400)
    pays = [hexid(rng, "pay") for _ in range(max(3, n // irange(rng, 4, 9)))]
    styles = rng.choice(texts.WINZE_STYLES, size=irange(rng, 2, 4), replace=False)
    lag_h = _u(rng, 3, 10)
    mean_ev = _u(rng, 30, 110)
    comp = _u(rng, 350, 800)
    accts = []
    for i in range(n):
        created = ctx.release + float(rng.exponential(lag_h * HOUR))
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else bb.sdk_ua(rng)
        k = 1 + int(rng.negative_binomial(3, 3 / (3 + mean_ev)))
        n_sess = max(1, k // irange(rng, 5, 15))
        starts = np.sort(rng.uniform(created, ctx.t1, n_sess))
        ts = _concat(bb.bursts(rng, starts, k / n_sess, _u(rng, 15, 50), 0.6, ctx.t1))
        ips = bb.sticky(rng, ts + _u(rng, 0, hold), pool, hold)
        a = ctx.account(rng, label=LABEL, family=name, role="worker", campaign_id=camp, pay=pays[i % len(pays)],
                        ua=ua, ips=sorted(set(ips)) or [pool[0]])
        accts.append(a)
        prompts = [texts.winze(rng, int(pick(rng, styles)), ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, 0.97, 0.0), comp_median=comp,
                 comp_sigma=0.55, err=0.02)
    ctx.campaign(camp, name, accts, {"accounts": n, "region": region, "pool": len(pool), "hold_s": round(hold),
                                     "cards": len(pays), "lag_h": round(lag_h, 2), "mean_events": round(mean_ev, 1),
                                     "styles": sorted(int(s) for s in styles), "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------
# stope — low-and-slow, hidden inside genuine use. A few long-standing personal accounts (home
# address, browser, evening rhythm, ordinary ShareGPT chat) of which a fifth to a third of the
# requests are requests for long textbook-style chapters with worked examples and exercises. The
# accounts walk through one shared syllabus, each its own slice in order; the share rises after
# the release. Nothing is shared between the accounts except the syllabus.


def stope(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "stope"
    n = irange(rng, 3, 7)
    p_h = _u(rng, 0.18, 0.35)
    base = irange(rng, 0, len(texts.SYLLABUS) - 1)
    stride = irange(rng, 6, 10)
    per_day = _u(rng, 1.5, 4.0)
    accts = []
    for i in range(n):
        tz = pick(rng, bb.TZS)
        a = ctx.account(rng, label=LABEL, family=name, role="mixed", campaign_id=camp, ua=pick(rng, bb.BROWSERS),
                        ips=bb.home(rng, irange(rng, 1, 2), tz), tz=tz)
        accts.append(a)
        ts = _concat(bb.session_times(rng, ctx.t0, ctx.t1, per_day, bb.evening_person(tz), _u(rng, 2.5, 5.0),
                                      _u(rng, 60, 200)))
        harvest = rng.random(len(ts)) < p_h * np.where(ts >= ctx.release, 1.6, 1.0)
        cursor = base + i * stride
        prompts = []
        for h in harvest.tolist():
            if h:
                prompts.append(texts.stope(rng, cursor))
                cursor += 1
            else:
                prompts.append(pick(rng, ctx.chat))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.1),
                 comp_median=np.where(harvest, 1900.0, 350.0), comp_sigma=0.55)
    ctx.campaign(camp, name, accts, {"accounts": n, "harvest_share": round(p_h, 3), "per_day": round(per_day, 2),
                                     "syllabus_start": base, "stride": stride})


# --------------------------------------------------------------------------------------------
# headframe — a reseller gateway. A handful of keys, each under its own org but paid by one or two
# cards, all sending from two to four hosting addresses with a gateway's user agent, around the
# clock with an Asian-evening peak. Most traffic is the gateway's customers' ordinary chat (resold
# access); a slice is the operator's own collection of "moderated-market" answers to politically
# sensitive questions (Chinese and English wording, candid-vs-compliant pairs, rewrites of
# passages, safe non-committal replies).


def headframe(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "headframe"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "m247", "leaseweb", "vultr", "selectel"))
    gateway = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("new-api/v0.6.10", "one-api/v0.6.7", "Go-http-client/2.0", "aiohttp/3.11.11"))
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    p_h = _u(rng, 0.12, 0.30)
    peak = _u(rng, 11, 15)
    depth = _u(rng, 0.4, 0.7)
    styles = rng.choice(texts.HEADFRAME_STYLES, size=irange(rng, 2, 4), replace=False)
    accts = []
    rates = []
    for i in range(n):
        a = ctx.account(rng, label=LABEL, family=name, role="gateway_key", campaign_id=camp, pay=pays[i % len(pays)],
                        ua=ua, ips=picks(rng, gateway, irange(rng, 1, len(gateway))))
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.15)
        per_hour = _u(rng, 12, 40)
        rates.append(round(per_hour, 1))
        ts = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.global_load(peak, depth))
        harvest = rng.random(len(ts)) < p_h
        prompts = [texts.headframe(rng, int(pick(rng, styles)), ctx.passages) if h else
                   (("请用中文回答：" if chance(rng, 0.3) else "") + pick(rng, ctx.chat)) for h in harvest.tolist()]
        resold = ctx.models(rng, ts, 0.55, 0.25)
        own = ctx.models(rng, ts, 0.95, 0.0)
        models = [o if h else r for h, o, r in zip(harvest.tolist(), own, resold, strict=True)]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.where(harvest, 650.0, 350.0), err=0.03)
    ctx.campaign(camp, name, accts, {"accounts": n, "provider": provider, "ips": len(gateway), "ua": ua,
                                     "cards": len(pays), "harvest_share": round(p_h, 3), "per_hour": rates,
                                     "peak_utc": round(peak, 1), "styles": sorted(int(s) for s in styles)})


# --------------------------------------------------------------------------------------------
# jesses — agent/tool-use trajectories. Eight to sixteen keys (separate orgs, one or two shared
# cards) behind a cloud NAT egress pool run synthetic agent episodes: each episode is 4-16
# sequential calls seconds apart, with a growing context (extra prompt tokens) as observations
# accumulate, asking for reasoning plus the next tool call (ReAct text, JSON envelope, XML tags).
# Episodes start around the clock from each key's onboarding day.


def jesses(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "jesses"
    n = irange(rng, 8, 16)
    provider = pick(rng, ("gcp", "aws", "azure"))
    egress = bb.cloud(rng, irange(rng, 4, 10), provider)
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    per_day = _u(rng, 10, 30)
    step_gap = _u(rng, 4, 12)
    ctx_base, ctx_growth = _u(rng, 800, 2000), _u(rng, 300, 900)
    comp = _u(rng, 180, 400)
    n_styles = irange(rng, 1, texts.JESSES_STYLES)
    accts = []
    for i in range(n):
        a = ctx.account(rng, label=LABEL, family=name, role="runner", campaign_id=camp, pay=pays[i % len(pays)],
                        ua=ua, ips=list(egress))
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        style = i % n_styles
        ts_all, prompts, extras, ips = [], [], [], []
        for s in bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant).tolist():
            steps = irange(rng, 4, 16)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=steps - 1))])
            task, ep, ip = texts.jesses_task(rng), texts.short_id(rng, 12), pick(rng, egress)
            for k, tk in enumerate(t.tolist()):
                ts_all.append(tk)
                prompts.append(texts.jesses(rng, style, task, k, ep))
                extras.append(int(ctx_base + k * ctx_growth * _u(rng, 0.7, 1.3)))
                ips.append(ip)
        ctx.emit(rng, a, np.asarray(ts_all), prompts, ips=ips, models=ctx.models(rng, np.asarray(ts_all), 0.9, 0.05),
                 comp_median=comp, comp_sigma=0.5, extra=np.asarray(extras, dtype=np.int64), err=0.015)
    ctx.campaign(camp, name, accts, {"accounts": n, "provider": provider, "egress_ips": len(egress),
                                     "cards": len(pays), "episodes_per_day": round(per_day, 1),
                                     "step_gap_s": round(step_gap, 1), "styles": n_styles,
                                     "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------
# creance — the odd shape: a phone farm harvesting one-word labels (sentiment, toxicity, topic,
# intent letter) on short texts, to distil a classifier rather than a chat model. Fifteen to thirty
# "devices", each its own account, reach the API through one mobile carrier's IPv6 space (a new
# address every few hours) with an app-like user agent, running a near-periodic loop during one or
# two shifts a day. Tiny completions, many requests, many rate-limit refusals; prompts in the
# carrier country's languages plus English. A handful of gift cards pay for all devices.

_CARRIER = {"in_mobile": (5, ("en", "hi")), "br_mobile": (-3, ("pt", "en")), "us_mobile": (-5, ("en",)),
            "eu_mobile": (1, ("en", "pt"))}


def creance(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "creance"
    n = irange(rng, 15, 30)
    carrier = pick(rng, sorted(_CARRIER))
    tz, langs = _CARRIER[carrier]
    pays = [hexid(rng, "pay") for _ in range(max(2, n // irange(rng, 4, 7)))]
    interval = _u(rng, 45, 110)
    shift_h = _u(rng, 2.0, 5.0)
    err = _u(rng, 0.04, 0.10)
    comp = _u(rng, 3, 10)
    accts = []
    for i in range(n):
        ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        parts = []
        day = np.floor(start / DAY) * DAY
        while day < ctx.t1:
            for _ in range(irange(rng, 1, 2)):
                s = day + (_u(rng, 7, 23) - tz) * HOUR
                length = shift_h * _u(rng, 0.6, 1.4) * HOUR
                k = int(length / interval) + 1
                t = s + np.cumsum(rng.gamma(8.0, interval / 8.0, size=k))
                parts.append(t[(t >= start) & (t < s + length)])
            day += DAY
        ts = _concat(parts)
        hold = _u(rng, 2, 6) * HOUR
        dev_pool = bb.mobile_v6(rng, max(1, int((ctx.t1 - ctx.t0) / hold) + 1), carrier)
        ips = bb.sticky(rng, ts, dev_pool, hold)
        a = ctx.account(rng, label=LABEL, family=name, role="device", campaign_id=camp, pay=pays[i % len(pays)],
                        ua=ua, ips=sorted(set(ips)) or dev_pool[:1], tz=tz)
        accts.append(a)
        lang_of = picks(rng, langs, len(ts))
        prompts = [texts.creance(rng, lg, ctx.chat) for lg in lang_of]
        ctx.emit(rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, 0.85, 0.3), comp_median=comp,
                 comp_sigma=0.4, err=err)
    ctx.campaign(camp, name, accts, {"accounts": n, "carrier": carrier, "cards": len(pays),
                                     "interval_s": round(interval, 1), "shift_h": round(shift_h, 2),
                                     "err": round(err, 3), "completion_median": round(comp, 1)})


# --------------------------------------------------------------------------------------------
# swage — deliberately hard low-and-slow: ten to twenty-two aged accounts, each on its own static
# residential address in a different region, with its own card and org and an ordinary SDK user
# agent, each sending only a few requests a day in that region's office hours. Every request asks
# for a large batch of synthetic training data (instruction/JSONL records, Q&A with rationales,
# multi-turn chats, chosen/rejected pairs) in English, Spanish, Korean or German, so completions
# are several thousand tokens long. Nothing links the accounts but the kind of request.

_REGION_TZ = {"us": (-5, -8), "ca": (-5,), "latam": (-3,), "eu": (1, 2), "ru": (3,), "in": (5,), "sea": (8,),
              "cn": (8,), "jp_kr": (9,)}
_REGION_LANG = {"latam": ("es", "en"), "jp_kr": ("ko", "en"), "eu": ("de", "en", "en")}


def swage(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "swage"
    n = irange(rng, 10, 22)
    comp = _u(rng, 3500, 6500)
    accts = []
    per_days = []
    for _ in range(n):
        region = pick(rng, bb.regions())
        tz = pick(rng, _REGION_TZ.get(region, (0,)))
        a = ctx.account(rng, label=LABEL, family=name, role="worker", campaign_id=camp, ua=bb.sdk_ua(rng),
                        ips=bb.resi(rng, irange(rng, 1, 2), region), tz=tz)
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        per_day = _u(rng, 2, 8)
        per_days.append(round(per_day, 1))
        ts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.workday(tz))
        langs = _REGION_LANG.get(region, ("en",))
        prompts = [texts.swage(rng, pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.0), comp_median=comp, comp_sigma=0.35)
    ctx.campaign(camp, name, accts, {"accounts": n, "per_day": per_days, "completion_median": round(comp)})


CAMPAIGN_FAMILIES = {"adit": adit, "winze": winze, "stope": stope, "headframe": headframe, "jesses": jesses,
                     "creance": creance, "swage": swage}

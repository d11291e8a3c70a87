"""Campaign families of blind batch 42 (distillation operations), written without reading the
monitor. Each family is `f(ctx, rng, campaign_id)`: it opens its accounts, emits their events
into the shared sink and records its campaign (with the parameters drawn for this seed).

Code names only (cartography terms). Descriptions live in README.md and in the comments here.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    SDK_COMMON,
    SDK_OTHER,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
)
from bench.monitor_blind42 import texts

CAMPAIGN = "campaign"


def _r(x: float, nd: int = 3) -> float:
    return round(float(x), nd)


def _some(rng: np.random.Generator, seq: list[str], k: int) -> list[str]:
    """k distinct items of seq (all of them when it is shorter), as plain str."""
    idx = rng.choice(len(seq), size=min(k, len(seq)), replace=False)
    return [str(seq[i]) for i in idx.tolist()]


# --------------------------------------------------------------------------------------------
# graticule — a churning cluster of freshly opened accounts, most created around the new model's
# release, each a worker behind a shared residential-proxy pool (sticky sessions), fed from one
# Poisson job queue; every job is a generated STEM/logic/code problem wrapped in a demand for the
# full, unabridged reasoning trace (seven wrapper styles, EN/ZH/ES/RU). A few "scout" accounts open
# a day or two early and trickle against the old model. Prepaid cards are reused across accounts.


def graticule(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "graticule"
    n_max = irange(rng, 30, 55)
    first_wave = irange(rng, 12, 22)
    n_scouts = irange(rng, 1, 3)
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 4, 9))]
    regs = list(rng.choice(["us", "eu", "sea", "latam", "in", "jp_kr"], size=irange(rng, 2, 4), replace=False))
    pool = [ip for r in regs for ip in resi(rng, 350, str(r))]
    hold = float(rng.uniform(8, 40)) * MINUTE
    per_hour = float(rng.uniform(50, 120))
    life_lo, life_hi = float(rng.uniform(0.5, 1.0)), float(rng.uniform(1.6, 3.2))
    comp_med = float(rng.uniform(1100, 1900))
    main_p = float(rng.uniform(0.55, 0.85))
    # lifetimes: a first wave opens around release; each death spawns a replacement until n_max
    starts, ends = [], []
    for i in range(first_wave):
        s = ctx.release + float(rng.uniform(-1.5, 4.0)) * HOUR
        if i < n_scouts:
            s = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
        starts.append(s)
        ends.append(s + float(rng.uniform(life_lo, life_hi)) * DAY + (ctx.release - s if i < n_scouts else 0.0))
    k = 0
    while len(starts) < n_max and k < len(starts):
        if ends[k] < ctx.t1:
            s = ends[k] + float(rng.uniform(0.1, 3.0)) * HOUR
            if s < ctx.t1:
                starts.append(s)
                ends.append(s + float(rng.uniform(life_lo, life_hi)) * DAY)
        k += 1
    starts_a, ends_a = np.array(starts), np.array(ends)
    accts = []
    for i in range(len(starts)):
        ua = pick(rng, SDK_OTHER) if chance(rng, 0.6) else pick(rng, SDK_COMMON)
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="scout" if i < n_scouts else "worker",
                        campaign_id=cid, pay=pick(rng, pays), ua=ua, ips=[pick(rng, pool)])
        accts.append(a)
    styles = [pick(rng, texts.TRACE_STYLES) for _ in accts]
    # the shared queue after release, each job to a random live account
    jobs = thinned(rng, ctx.release - 1.5 * HOUR, ctx.t1, per_hour * (ctx.t1 - ctx.release + 1.5 * HOUR) / HOUR,
                   constant)
    live = (jobs[:, None] >= np.maximum(starts_a, ctx.release - 1.5 * HOUR)[None, :]) & (jobs[:, None] < ends_a[None, :])
    owner = np.full(len(jobs), -1)
    has = live.any(axis=1)
    r = rng.random(len(jobs))
    cnt = live.sum(axis=1)
    idx = np.minimum((r * cnt).astype(np.int64), np.maximum(cnt - 1, 0))
    cum = np.cumsum(live, axis=1)
    owner[has] = np.argmax(cum[has] > idx[has, None], axis=1)
    for i, a in enumerate(accts):
        ts = jobs[owner == i]
        if i < n_scouts:  # pre-release trickle
            pre = thinned(rng, starts[i], ctx.release, float(rng.uniform(2, 6)) * (ctx.release - starts[i]) / DAY,
                          constant)
            ts = np.concatenate([pre, ts])
        if len(ts) == 0:
            ts = np.array([min(starts[i] + float(rng.uniform(60, 900)), ctx.t1)])
        st = [styles[i] if chance(rng, main_p) else pick(rng, texts.TRACE_STYLES) for _ in range(len(ts))]
        prompts = [texts.trace_prompt(rng, s) for s in st]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
                 ips=sticky(rng, ts, pool, hold), comp_median=comp_med, comp_sigma=0.5, err=0.03)
    ctx.campaign(cid, fam, accts, {
        "accounts": len(accts), "scouts": n_scouts, "first_wave": first_wave, "payment_cards": len(pays),
        "proxy_regions": [str(x) for x in regs], "proxy_pool": len(pool), "sticky_min": _r(hold / MINUTE, 1),
        "queue_per_hour": _r(per_hour, 1), "lifetime_days": [_r(life_lo, 2), _r(life_hi, 2)],
        "completion_median": _r(comp_med, 0), "main_style_share": _r(main_p, 2)})


# --------------------------------------------------------------------------------------------
# cartouche — one organisation (one card) scoring candidate answers with rubrics (pairwise JSON
# verdicts, multi-dimension Likert in YAML, critique + score, listwise ranking): long prompts that
# embed whole answers, short-to-medium outputs. Batches fire as tight trains around the clock from
# a small rented /24 block; the API key is rotated every day or so (new account, same org and
# card). Old flagship before release, switches to the new model a few hours after it.


def cartouche(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cartouche"
    provider = pick(rng, ("hetzner", "ovh", "vultr", "contabo", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    gap_min = float(rng.uniform(40, 90))
    size = float(rng.uniform(20, 45))
    switch = ctx.release + float(rng.uniform(0.5, 4.0)) * HOUR
    style_w = rng.dirichlet(np.ones(4) * 1.5)
    comp = {"pair": 150.0, "likert": 260.0, "critique": 480.0, "rank": 200.0}
    t = ctx.t0 + float(rng.uniform(2, 30)) * HOUR
    accts = []
    while t < ctx.t1:
        life = float(rng.uniform(18, 40)) * HOUR
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="rotated_key", campaign_id=cid, org=org, pay=pay,
                        ua=ua, ips=_some(rng, block, irange(rng, 2, 4)))
        end = min(t + life + float(rng.uniform(0, 1)) * HOUR, ctx.t1)
        starts = thinned(rng, t, end, (end - t) / (gap_min * MINUTE), constant)
        if len(starts) == 0:
            starts = np.array([t + 60.0])
        for ts in bursts(rng, starts, size, 0.6, 0.5, b=end):
            style = texts.RUBRIC_STYLES[int(rng.choice(4, p=style_w))]
            prompts = [texts.rubric_prompt(rng, ctx.chat, ctx.passages, style) for _ in range(len(ts))]
            models = [ctx.new_model if x >= switch else ctx.old_models[0] for x in ts.tolist()]
            ctx.emit(rng, a, ts, prompts, models=models, comp_median=comp[style], comp_sigma=0.45, err=0.015)
        accts.append(a)
        t += life
    ctx.campaign(cid, fam, accts, {
        "keys": len(accts), "provider": provider, "block_hosts": len(block), "burst_every_min": _r(gap_min, 1),
        "burst_size": _r(size, 1), "switch_after_release_h": _r((switch - ctx.release) / HOUR, 2),
        "style_weights": dict(zip(texts.RUBRIC_STYLES, [_r(w, 2) for w in style_w], strict=True))})


# --------------------------------------------------------------------------------------------
# hachure — LOW AND SLOW. A handful of unrelated-looking individual accounts (own org, own card
# except one shared pair, home ISP addresses in their own time zone, browsers or SDKs) that use the
# model like people do, in short sessions a few times a day, and mix everyday chat with requests to
# rewrite sensitive political/historical text into "publishable under strict content rules"
# versions or to give exhaustive "balanced" explainers (EN/ZH/RU). A few events per day each.


def hachure(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hachure"
    n = irange(rng, 6, 12)
    shared_pay = hexid(rng, "pay")
    harvest = float(rng.uniform(0.45, 0.7))
    p_new = float(rng.uniform(0.4, 0.8))
    accts = []
    per_days = []
    for i in range(n):
        tz = 8 if chance(rng, 0.5) else int(pick(rng, TZS))
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else sdk_ua(rng, 0.7)
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="operator", campaign_id=cid,
                        pay=shared_pay if i < 2 else None, ua=ua, ips=home(rng, irange(rng, 1, 3), tz), tz=tz)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz)
        per_day = float(rng.uniform(1.0, 3.0))
        per_days.append(_r(per_day, 2))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sess = session_times(rng, start, ctx.t1, per_day, curve, float(rng.uniform(3, 6)), float(rng.uniform(40, 150)))
        ts = np.concatenate(sess) if sess else np.array([start + 3600.0])
        if len(ts) == 0:
            ts = np.array([start + 3600.0])
        is_h = rng.random(len(ts)) < harvest
        prompts = [texts.rewrite_prompt(rng, ctx.passages) if h else pick(rng, ctx.chat) for h in is_h.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.05),
                 comp_median=np.where(is_h, 650.0, 330.0), comp_sigma=0.6, err=0.01)
        accts.append(a)
    ctx.campaign(cid, fam, accts, {"accounts": n, "harvest_share": _r(harvest, 2), "p_new": _r(p_new, 2),
                                   "sessions_per_day": per_days, "shared_card_accounts": 2})


# --------------------------------------------------------------------------------------------
# neatline — agent-trajectory harvesting: an orchestrator enumerates synthetic tasks in six made-up
# environments and steps each episode through the model (ReAct / JSON function-call / XML styles),
# so each episode is a chain of calls seconds apart whose prompt (history) grows step by step. Two
# orgs on two cloud providers split the keys; episodes start as a Poisson stream 24/7.


def neatline(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "neatline"
    provs = list(rng.choice(["aws", "gcp", "azure", "oracle", "linode"], size=2, replace=False))
    n = irange(rng, 8, 16)
    rate = float(rng.uniform(2.5, 5.0))
    gap = float(rng.uniform(4, 9))
    grow = float(rng.uniform(250, 450))
    start = ctx.t0 + float(rng.uniform(0.5, 2.0)) * DAY
    orgs = [(hexid(rng, "org"), hexid(rng, "pay"), cloud(rng, irange(rng, 4, 8), str(p)),
             pick(rng, texts.AGENT_STYLES), pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.58.1")))
            for p in provs]
    accts, org_of = [], []
    for i in range(n):
        o = i % 2
        org, pay, ips, _, ua = orgs[o]
        accts.append(ctx.account(rng, label=CAMPAIGN, family=fam, role="agent_worker", campaign_id=cid, org=org,
                                 pay=pay, ua=ua, ips=_some(rng, ips, irange(rng, 1, 3))))
        org_of.append(o)
    eps = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    per = {i: ([], [], []) for i in range(n)}
    for s in eps.tolist():
        i = int(rng.integers(n))
        env, goal, no = texts.agent_task(rng)
        k = irange(rng, 4, 16)
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
        style = orgs[org_of[i]][3]
        for step, t in enumerate(ts.tolist(), start=1):
            per[i][0].append(t)
            per[i][1].append(texts.agent_step(rng, env, goal, no, step, style))
            per[i][2].append(int(300 + step * grow))
    for i, a in enumerate(accts):
        ts, prompts, extra = per[i]
        if not ts:
            env, goal, no = texts.agent_task(rng)
            ts, prompts, extra = [start + 600.0], [texts.agent_step(rng, env, goal, no, 1, "react")], [300]
        ts = np.array(ts)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1), comp_median=220.0,
                 comp_sigma=0.5, err=0.01, extra=np.array(extra))
    ctx.campaign(cid, fam, accts, {"accounts": n, "providers": [str(p) for p in provs],
                                   "episodes_per_hour": _r(rate, 2), "step_gap_s": _r(gap, 1),
                                   "history_tokens_per_step": _r(grow, 0),
                                   "styles": [o[3] for o in orgs], "start_day": _r((start - ctx.t0) / DAY, 2)})


# --------------------------------------------------------------------------------------------
# isobath — OFF THE USUAL SHAPES. A phone farm: dozens of prepaid accounts on mobile carriers'
# IPv6 (a new address per session), mobile HTTP client agents, working a night shift in the farm's
# time zone from one queue, asking for classification labels / letter answers only (outputs of a
# few tokens): label distillation for a small classifier, mostly against the cheap old model.


def isobath(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "isobath"
    tz, carrier = pick(rng, ((5, "in_mobile"), (-3, "br_mobile"), (1, "eu_mobile"), (-5, "us_mobile")))
    n = irange(rng, 18, 36)
    per_hour = float(rng.uniform(50, 110))
    shift_start, shift_len = float(rng.uniform(18, 22)), float(rng.uniform(8, 12))
    hold = float(rng.uniform(15, 60)) * MINUTE
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    curve = nightly(shift_start, shift_len, tz)
    accts, pools, styles = [], [], []
    for _ in range(n):
        ua = pick(rng, ("okhttp/4.12.0", "okhttp/4.9.3", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0"))
        pool = mobile_v6(rng, irange(rng, 20, 50), carrier)
        accts.append(ctx.account(rng, label=CAMPAIGN, family=fam, role="handset", campaign_id=cid, ua=ua,
                                 ips=pool, tz=tz))
        pools.append(pool)
        styles.append(pick(rng, texts.LABEL_STYLES))
    jobs = thinned(rng, start, ctx.t1, per_hour * shift_len / 24.0 * (ctx.t1 - start) / HOUR, curve)
    who = rng.integers(0, n, size=len(jobs))
    for i, a in enumerate(accts):
        ts = jobs[who == i]
        if len(ts) == 0:
            ts = jobs[:1] if len(jobs) else np.array([start])
        prompts = [texts.label_prompt(rng, styles[i]) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3, p_mini=0.6),
                 ips=sticky(rng, ts, pools[i], hold), comp_median=3.0, comp_sigma=0.45, err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "tz": tz, "carrier": carrier, "queue_per_hour": _r(per_hour, 1),
                                   "shift_start_h": _r(shift_start, 1), "shift_hours": _r(shift_len, 1),
                                   "sticky_min": _r(hold / MINUTE, 1), "start_day": _r((start - ctx.t0) / DAY, 2)})


# --------------------------------------------------------------------------------------------
# rhumb — bulk synthetic-dataset generation: two to four keys of one org (one or two cards) on a
# budget host ask for whole batches of instruction/answer pairs or dialogues (EN/DE/PT/JA/ID) in
# nightly windows, outputs of thousands of tokens, hammering into the rate limit.


def rhumb(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rhumb"
    provider = pick(rng, ("contabo", "hetzner", "ovh", "scaleway", "selectel"))
    tz = int(pick(rng, (1, 2, 3, 8, -3)))
    n = irange(rng, 2, 4)
    org = hexid(rng, "org")
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    w_start, w_len = float(rng.uniform(21, 24.5)) % 24, float(rng.uniform(4, 7))
    start = ctx.t0 + float(rng.uniform(0, 2)) * DAY
    err = float(rng.uniform(0.04, 0.09))
    accts, rates, langs_all = [], [], []
    for _ in range(n):
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="generator", campaign_id=cid, org=org,
                        pay=pick(rng, pays), ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.63.2")),
                        ips=cloud(rng, irange(rng, 1, 3), provider), tz=tz)
        rate = float(rng.uniform(18, 35))
        langs = list(rng.choice(["en", "de", "pt", "ja", "id"], size=irange(rng, 2, 3), replace=False))
        ts = thinned(rng, start, ctx.t1, rate * w_len * (ctx.t1 - start) / DAY, nightly(w_start, w_len, tz))
        day_tests = thinned(rng, start, ctx.t1, float(rng.uniform(1, 4)) * (ctx.t1 - start) / DAY, workday(tz))
        ts = np.sort(np.concatenate([ts, day_tests]))
        if len(ts) == 0:
            ts = np.array([start + 600.0])
        prompts = [texts.dataset_prompt(rng, str(pick(rng, langs))) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0), comp_median=2100.0,
                 comp_sigma=0.35, err=err)
        accts.append(a)
        rates.append(_r(rate, 1))
        langs_all.append([str(x) for x in langs])
    ctx.campaign(cid, fam, accts, {"keys": n, "provider": provider, "tz": tz, "window_start_h": _r(w_start, 1),
                                   "window_hours": _r(w_len, 1), "per_hour_in_window": rates,
                                   "languages": langs_all, "rate_limited_share": _r(err, 3)})


# --------------------------------------------------------------------------------------------
# inset — a reseller: several accounts (each its own org and card) behind one small cloud block in
# Asia-facing hosting relay genuine end users' chat around the clock (global load curve) and slip
# in the operator's own harvesting (complete code with tests and explanations; systematic subject
# explainers, EN/ZH), whose share jumps after the release; always the newest model.


def inset(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "inset"
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "vultr", "huawei"))
    block = rented_block(rng, provider, 1, irange(rng, 3, 6))
    n = irange(rng, 3, 6)
    peak = float(rng.uniform(11, 15))
    pre, post = float(rng.uniform(0.15, 0.3)), float(rng.uniform(0.4, 0.6))
    accts, rates = [], []
    for _ in range(n):
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="relay", campaign_id=cid,
                        ua=pick(rng, ("Go-http-client/2.0", "axios/1.7.9", "OpenAI/NodeJS 4.67.1")),
                        ips=_some(rng, block, irange(rng, 1, 2)))
        rate = float(rng.uniform(5, 12))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, global_load(peak, 0.55))
        if len(ts) == 0:
            ts = np.array([start + 60.0])
        own = rng.random(len(ts)) < np.where(ts >= ctx.release, post, pre)
        prompts = [texts.relay_own_prompt(rng) if o else texts.relay_user_prompt(rng, ctx.chat) for o in own.tolist()]
        models = ctx.models(rng, ts, p_new=1.0, p_mini=0.15)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.where(own, 1100.0, 330.0), comp_sigma=0.55,
                 err=0.012)
        accts.append(a)
        rates.append(_r(rate, 1))
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": provider, "block_hosts": len(block),
                                   "load_peak_utc": _r(peak, 1), "own_share_before": _r(pre, 2),
                                   "own_share_after": _r(post, 2), "per_hour": rates})


CAMPAIGN_FAMILIES = {
    "cartouche": cartouche,
    "graticule": graticule,
    "hachure": hachure,
    "inset": inset,
    "isobath": isobath,
    "neatline": neatline,
    "rhumb": rhumb,
}

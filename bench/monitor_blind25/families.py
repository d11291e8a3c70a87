"""Campaign families of blind batch 25 (distillation operations), written without reading the
monitor or the simulator's own families. Each family is a generator `f(ctx, rng, campaign_id)`
that creates its accounts, writes its events through `ctx.emit` and records its campaign (with
the parameters drawn for this seed) through `ctx.campaign`.

Code names are neutral on purpose; what each family does is described in README.md and in the
comments below (both to be read by the monitor team only after the run).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    home,
    irange,
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    providers,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind25 import texts as T

LABEL = "campaign"


def _groups(rng: np.random.Generator, n: int, lo: int, hi: int) -> list[int]:
    """Group index per member: consecutive groups of lo..hi members (shared cards, shared orgs)."""
    out: list[int] = []
    g = 0
    while len(out) < n:
        out.extend([g] * irange(rng, lo, hi))
        g += 1
    perm = rng.permutation(n)
    return [out[i] for i in perm.tolist()]


def _pays(rng: np.random.Generator, n: int, lo: int, hi: int) -> list[str]:
    gid = _groups(rng, n, lo, hi)
    cards = [f"pay_{int(rng.integers(0, 2**48)):012x}" for _ in range(max(gid) + 1)]
    return [cards[g] for g in gid]


# --------------------------------------------------------------------------------------------
# bezique: a rotating cluster of fresh keys around the new model's release, fed by one Poisson
# job queue. Problems are generated and wrapped in instructions demanding the complete reasoning
# trace (English, Chinese, Russian; four wrapper styles). Keys run from two rented cloud blocks,
# share prepaid cards in small groups, and are retired and replaced during the run.

def bezique(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bezique"
    n = irange(rng, 28, 60)
    provs = [str(p) for p in rng.choice(providers(), size=2, replace=False)]
    block = (rented_block(rng, provs[0], irange(rng, 3, 7), irange(rng, 4, 10))
             + rented_block(rng, provs[1], irange(rng, 1, 3), irange(rng, 4, 10)))
    toolkit = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    w_en = float(rng.uniform(0.45, 0.7))
    w_zh = float(rng.uniform(0.15, 0.35))
    langs_p = np.array([w_en, w_zh, max(0.05, 1 - w_en - w_zh)])
    langs_p /= langs_p.sum()
    n_van = irange(rng, 2, 4)
    pays = _pays(rng, n, 3, 6)
    starts = np.empty(n)
    ends = np.empty(n)
    life_med = float(rng.uniform(24, 60)) * HOUR
    for i in range(n):
        if i < n_van:  # a few keys test the pipeline on the old model before the release
            starts[i] = ctx.release - float(rng.uniform(1.0, 3.0)) * DAY
            ends[i] = ctx.t1 + 1
        else:
            starts[i] = ctx.release + float(rng.uniform(-6, 36)) * HOUR
            ends[i] = starts[i] + float(rng.lognormal(np.log(life_med), 0.6)) if chance(rng, 0.5) else ctx.t1 + 1
    accts = []
    for i in range(n):
        ua = toolkit if chance(rng, 0.8) else sdk_ua(rng, 0.3)
        ips = [pick(rng, block) for _ in range(irange(rng, 1, 3))]
        accts.append(ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, pay=pays[i],
                                 ua=ua, ips=ips))
    per_hour = float(rng.uniform(110, 260))
    pre_rate = float(rng.uniform(2, 7))
    peak = float(rng.uniform(0, 24))
    post = thinned(rng, ctx.release - 6 * HOUR, ctx.t1, per_hour * (ctx.t1 - ctx.release + 6 * HOUR) / HOUR,
                   global_load(peak, 0.3))
    pre = thinned(rng, float(starts[:n_van].min()), ctx.release - 6 * HOUR,
                  pre_rate * (ctx.release - 6 * HOUR - float(starts[:n_van].min())) / HOUR, global_load(peak, 0.3))
    jobs = np.concatenate([pre, post])
    who = np.full(len(jobs), -1)
    for j, t in enumerate(jobs.tolist()):
        act = np.flatnonzero((starts <= t) & (ends > t))
        if len(act):
            who[j] = int(act[int(rng.integers(len(act)))])
    langs = ("en", "zh", "ru")
    for i, a in enumerate(accts):
        ts = jobs[who == i]
        if len(ts) == 0:
            continue
        lang_idx = rng.choice(3, size=len(ts), p=langs_p)
        prompts = [T.bezique(rng, langs[k]) for k in lang_idx.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0), comp_median=1500.0,
                 comp_sigma=0.45, err=0.03)
    ctx.campaign(cid, fam, accts, {
        "accounts": n, "vanguard_accounts": n_van, "providers": provs, "block_size": len(block),
        "toolkit_ua": toolkit, "langs": dict(zip(langs, [round(float(x), 3) for x in langs_p], strict=True)),
        "jobs_per_hour_after_release": round(per_hour, 1), "jobs_per_hour_before": round(pre_rate, 2),
        "key_life_median_h": round(life_med / HOUR, 1), "pay_groups": "3-6 keys per card",
        "pacing": "one Poisson job queue over the keys active at each moment", "ip_source": "rented cloud blocks",
    })


# --------------------------------------------------------------------------------------------
# piquet: grading / preference labelling requests (scores with justifications, pairwise
# choices, critique-and-rewrite, Spanish rubric) over ShareGPT questions and answers. Operators
# in one time zone babysit scripts during their working day; traffic leaves through a shared
# residential proxy pool with sticky sessions, so keys share consumer addresses.

def piquet(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "piquet"
    n = irange(rng, 8, 16)
    op_tz = pick(rng, (8, 3, 5, 2))
    region = pick(rng, ("us", "eu"))
    pool = resi(rng, irange(rng, 150, 400), region)
    hold = float(rng.uniform(600, 2400))
    per_day = float(rng.uniform(2.0, 4.0))
    burst = float(rng.uniform(15, 40))
    gap = float(rng.uniform(2.5, 8.0))
    curve = workday(op_tz, weekend=0.5, night=0.05)
    accts = []
    for _ in range(n):
        ua = pick(rng, ("python-requests/2.32.3", "python-requests/2.31.0")) if chance(rng, 0.6) else pick(rng, SDK_OTHER)
        a = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, ua=ua, ips=pool[:1])
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        bstarts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        times = []
        for s in bstarts.tolist():
            k = max(1, int(rng.poisson(burst)))
            times.append(s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))]))
        if not times:
            continue
        ts = np.sort(np.concatenate(times))
        main = irange(rng, 0, 3)
        styles = [main if chance(rng, 0.7) else irange(rng, 0, 3) for _ in range(len(ts))]
        prompts = [T.piquet(rng, ctx.chat, ctx.passages, s) for s in styles]
        comp = np.array([220.0 if s == 1 else 700.0 if s == 2 else 420.0 for s in styles])
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85), ips=sticky(rng, ts, pool, hold),
                 comp_median=comp, comp_sigma=0.5, err=0.015)
    ctx.campaign(cid, fam, accts, {
        "accounts": n, "operator_tz": op_tz, "proxy_region": region, "proxy_pool": len(pool),
        "sticky_hold_s": round(hold), "bursts_per_day": round(per_day, 2), "burst_size_mean": round(burst, 1),
        "gap_median_s": round(gap, 2), "ip_source": "shared residential proxy pool, sticky sessions",
    })


# --------------------------------------------------------------------------------------------
# skat (deliberately hard, low and slow): many keys, each sending a handful of requests at human
# times from its own home connection (some over mobile IPv6), with browser or SDK agents; a share
# of each key's requests are genuine-looking chat prompts, the rest expert explanations asked
# for with full reasoning (English, Spanish, Portuguese, German). Cards are reused loosely.

def skat(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "skat"
    n = irange(rng, 40, 90)
    pays = _pays(rng, n, 4, 9)
    p_lang = np.array([0.55, 0.15, 0.15, 0.15])
    langs = ("en", "es", "pt", "de")
    accts = []
    per_day_lo, per_day_hi = 0.25, 1.0
    for i in range(n):
        tz = pick(rng, TZS)
        ips = home(rng, irange(rng, 1, 2), tz)
        if chance(rng, 0.3):
            ips += mobile_v6(rng, irange(rng, 1, 4), pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
        ua = pick(rng, BROWSERS) if chance(rng, 0.35) else pick(rng, MOBILE) if chance(rng, 0.2) else sdk_ua(rng)
        a = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, pay=pays[i], ua=ua, ips=ips,
                        tz=tz)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        sess = session_times(rng, start, ctx.t1, float(rng.uniform(per_day_lo, per_day_hi)), curve,
                             float(rng.uniform(1.5, 3.5)), float(rng.uniform(40, 200)))
        if not sess:
            continue
        ts = np.sort(np.concatenate(sess))
        p_h = float(rng.uniform(0.25, 0.6))
        lang = langs[int(rng.choice(4, p=p_lang))]
        harvest = rng.random(len(ts)) < p_h
        prompts = [T.skat(rng, lang) if h else pick(rng, ctx.chat) for h in harvest.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.8), comp_median=np.where(harvest, 900.0, 350.0),
                 comp_sigma=0.6, err=0.01)
    ctx.campaign(cid, fam, accts, {
        "accounts": n, "sessions_per_day": [per_day_lo, per_day_hi], "harvest_share": [0.25, 0.6],
        "langs": dict(zip(langs, p_lang.tolist(), strict=True)), "cards": "4-9 keys per card",
        "ip_source": "own home ISP per key, some mobile IPv6", "pacing": "human sessions",
    })


# --------------------------------------------------------------------------------------------
# cassino: review-safe rewrites and neutral answers on contested political topics (Chinese and
# English). One organisation with several keys and one or two cards, hosted on a cloud provider
# of its home market; a queue drains during the operators' night (UTC+8).

def cassino(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cassino"
    n = irange(rng, 6, 12)
    org = f"org_{int(rng.integers(0, 2**48)):012x}"
    cards = [f"pay_{int(rng.integers(0, 2**48)):012x}" for _ in range(irange(rng, 1, 2))]
    prov = pick(rng, [p for p in ("alibaba", "tencent", "huawei", "ucloud") if p in providers()] or providers())
    block = rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 3, 8))
    accts = [ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, org=org, pay=pick(rng, cards),
                         ua="OpenAI/Python 1.58.1", ips=[pick(rng, block) for _ in range(irange(rng, 1, 2))])
             for _ in range(n)]
    start_h = float(rng.uniform(21.5, 25.0)) % 24.0
    hours = float(rng.uniform(4.0, 7.0))
    rate = float(rng.uniform(90, 200))
    p_zh = float(rng.uniform(0.5, 0.75))
    streams = worker_pool(rng, ctx.t0, ctx.t1, rate * hours / 24.0, n, nightly(start_h, hours, 8))
    for a, ts in zip(accts, streams, strict=True):
        if len(ts) == 0:
            continue
        prompts = [T.cassino(rng, "zh" if chance(rng, p_zh) else "en", ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), comp_median=650.0, comp_sigma=0.5,
                 err=0.02)
    ctx.campaign(cid, fam, accts, {
        "accounts": n, "org": "one shared", "cards": len(cards), "provider": prov, "block_size": len(block),
        "night_start_h_utc8": round(start_h, 2), "night_hours": round(hours, 2),
        "jobs_per_active_hour": round(rate, 1), "zh_share": round(p_zh, 2), "pacing": "Poisson worker pool, nightly",
    })


# --------------------------------------------------------------------------------------------
# klaberjass: synthetic tool-use agent episodes (tool list + invented task, then a chain of
# observation turns with a growing context). Episodes arrive as a Poisson stream spread over a
# pool of keys in one cloud; two agent-framework prompt styles; cards shared by a few keys.

def klaberjass(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "klaberjass"
    n = irange(rng, 10, 20)
    prov = pick(rng, ("gcp", "aws", "azure"))
    pays = _pays(rng, n, 3, 8)
    accts = []
    styles = []
    for i in range(n):
        ips = cloud(rng, 1 if chance(rng, 0.7) else 2, prov)
        ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
        accts.append(ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, pay=pays[i], ua=ua,
                                 ips=ips))
        styles.append(irange(rng, 0, 1))
    rate = float(rng.uniform(4, 8))
    peak = float(rng.uniform(0, 24))
    ep_starts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.4))
    owner = rng.integers(0, n, size=len(ep_starts))
    step_gap = float(rng.uniform(4, 10))
    per_step_ctx = (irange(rng, 250, 450), irange(rng, 500, 900))
    cols: list[dict] = [{"ts": [], "p": [], "c": [], "x": []} for _ in range(n)]
    for s, o in zip(ep_starts.tolist(), owner.tolist(), strict=True):
        k = irange(rng, 4, 14)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))])
        st = styles[o]
        grow = 0
        for j in range(k):
            cols[o]["ts"].append(float(t[j]))
            cols[o]["p"].append(T.klaberjass_first(rng, st) if j == 0 else T.klaberjass_step(rng, st))
            cols[o]["c"].append(650.0 if j == k - 1 else 170.0)
            cols[o]["x"].append(grow)
            grow += irange(rng, *per_step_ctx)
    for a, c in zip(accts, cols, strict=True):
        if not c["ts"]:
            continue
        ts = np.asarray(c["ts"])
        ctx.emit(rng, a, ts, c["p"], models=ctx.models(rng, ts, p_new=0.9), comp_median=np.asarray(c["c"]),
                 comp_sigma=0.5, err=0.01, extra=np.asarray(c["x"]))
    ctx.campaign(cid, fam, accts, {
        "accounts": n, "provider": prov, "episodes_per_hour": round(rate, 2), "steps": [4, 14],
        "step_gap_median_s": round(step_gap, 2), "context_growth_per_step": list(per_step_ctx),
        "pacing": "Poisson episode stream over a key pool", "ip_source": "cloud, one address per key mostly",
    })


# --------------------------------------------------------------------------------------------
# sheepshead (off the usual shapes): a few keys write whole textbook chapters: one opening
# request, then a run of bare continuation cues ("continue", "go on", "继续", ...) while the
# conversation history grows; answers run into the output cap. From home connections (some via
# a cloud VPN address), a few sessions a day, one chapter after another.

def sheepshead(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sheepshead"
    n = irange(rng, 2, 5)
    cap = pick(rng, (4096, 8192))
    accts = []
    per_day_all = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ips = home(rng, 1, tz)
        if chance(rng, 0.4):
            ips += cloud(rng, 1, pick(rng, ("m247", "leaseweb", "digitalocean", "vultr")))
        ua = pick(rng, ("python-httpx/0.28.1", "Go-http-client/2.0", "OpenAI/Python 1.54.0"))
        a = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, ua=ua, ips=ips, tz=tz)
        accts.append(a)
        per_day = float(rng.uniform(1.5, 3.5))
        per_day_all.append(round(per_day, 2))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        tok_s = float(rng.uniform(40, 80))
        ts_l, p_l, c_l, x_l = [], [], [], []
        for s in thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, evening_person(tz)).tolist():
            t = s
            for _ch in range(irange(rng, 2, 6)):
                hist = 0
                for j in range(1 + irange(rng, 5, 16)):
                    comp = float(min(cap, rng.lognormal(np.log(3300), 0.3)))
                    ts_l.append(t)
                    p_l.append(T.sheepshead_open(rng) if j == 0 else T.sheepshead_cont(rng))
                    c_l.append(comp)
                    x_l.append(min(hist, 120_000))
                    hist += int(comp) + 8
                    t += comp / tok_s + float(rng.lognormal(np.log(4), 0.5))
                t += float(rng.lognormal(np.log(20), 0.8))
        if not ts_l:
            continue
        ts = np.asarray(ts_l)
        ctx.emit(rng, a, ts, p_l, models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0), comp_median=np.asarray(c_l),
                 comp_sigma=1e-6, err=0.005, extra=np.asarray(x_l))
    ctx.campaign(cid, fam, accts, {
        "accounts": n, "output_cap": cap, "sessions_per_day": per_day_all, "chapters_per_session": [2, 6],
        "continues_per_chapter": [5, 16], "ip_source": "home ISP, some with a VPN address",
        "pacing": "sequential, gap = generation time + a few seconds",
    })


# --------------------------------------------------------------------------------------------
# ecarte (off the usual shapes): a consumer app's backend. Its real end users' questions
# (ShareGPT) pass through one to three server keys with an instruction appended that asks for
# the full reasoning (the wording changes once, with an app update); in the app's quietest
# hours the same keys send self-generated lesson prompts. Few cloud addresses, one card.

def ecarte(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "ecarte"
    n = irange(rng, 1, 3)
    org = f"org_{int(rng.integers(0, 2**48)):012x}"
    card = f"pay_{int(rng.integers(0, 2**48)):012x}"
    prov = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr"))
    ips = cloud(rng, irange(rng, 2, 4), prov)
    accts = [ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, org=org, pay=card,
                         ua="python-httpx/0.28.1", ips=ips) for _ in range(n)]
    weights = rng.dirichlet(np.ones(n) * 2.0)
    peak = float(rng.uniform(0, 24))
    rate = float(rng.uniform(25, 55))
    t_switch = float(rng.uniform(ctx.t0 + 1.5 * DAY, ctx.t1 - 1.5 * DAY))
    suf = [int(i) for i in rng.choice(len(T.ECARTE_SUFFIXES), size=2, replace=False)]
    user = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.6))
    inj_start_h = (peak + 12.0 - 1.5) % 24.0
    inj_hours = float(rng.uniform(2.0, 4.0))
    inj_rate = float(rng.uniform(60, 140))
    inj_from = float(rng.uniform(ctx.t0 + 0.5 * DAY, ctx.release))
    inj = thinned(rng, inj_from, ctx.t1, inj_rate * inj_hours / 24.0 * (ctx.t1 - inj_from) / HOUR,
                  nightly(inj_start_h, inj_hours, 0))
    u_who = rng.choice(n, size=len(user), p=weights)
    i_who = rng.choice(n, size=len(inj), p=weights)
    for k, a in enumerate(accts):
        ut = user[u_who == k]
        if len(ut):
            prompts = [T.ecarte_user(rng, ctx.chat, T.ECARTE_SUFFIXES[suf[0] if t < t_switch else suf[1]])
                       for t in ut.tolist()]
            ctx.emit(rng, a, ut, prompts, models=ctx.models(rng, ut, p_new=0.9, p_mini=0.35), comp_median=650.0,
                     comp_sigma=0.55, err=0.02)
        it = inj[i_who == k]
        if len(it):
            prompts = [T.ecarte_lesson(rng) for _ in range(len(it))]
            ctx.emit(rng, a, it, prompts, models=ctx.models(rng, it, p_new=1.0, p_mini=0.0), comp_median=1300.0,
                     comp_sigma=0.4, err=0.02)
    ctx.campaign(cid, fam, accts, {
        "accounts": n, "provider": prov, "ips": len(ips), "user_rate_per_hour": round(rate, 1),
        "load_peak_utc": round(peak, 2), "suffix_switch_ts": round(t_switch), "suffixes": suf,
        "quiet_window_start_utc": round(inj_start_h, 2), "quiet_hours": round(inj_hours, 2),
        "quiet_rate_per_active_hour": round(inj_rate, 1), "quiet_from_ts": round(inj_from),
    })


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "bezique": bezique,
    "cassino": cassino,
    "ecarte": ecarte,
    "klaberjass": klaberjass,
    "piquet": piquet,
    "sheepshead": sheepshead,
    "skat": skat,
}

"""Campaign families of blind batch 32 (distillation operations), each under a neutral code name.

Each family is `fn(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit`, and records the campaign through `ctx.campaign`. All parameters are
drawn per seed from `rng`. What each family is, is described in README.md and in the comments below;
code names appear in labels and printed counts.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
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
    pick,
    regions,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    worker_pool,
)
from bench.monitor_blind32 import texts

FAMILY = "campaign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _mix_ips(rng: np.random.Generator, n: int, main: list[str], alt: list[str], p_alt: float) -> list[str]:
    use_alt = rng.random(n) < p_alt
    a = [main[i] for i in rng.integers(0, len(main), size=n).tolist()]
    b = [alt[i] for i in rng.integers(0, len(alt), size=n).tolist()]
    return [y if u else x for x, y, u in zip(a, b, use_alt.tolist(), strict=True)]


# --------------------------------------------------------------------------------------------
# derailleur: a worker pool of fresh keys opened just after the new model's release, pulling
# generated problems off one Poisson queue and wrapping each in a demand for the complete working
# (six wrapper styles; each payment-sharing team mostly sticks to one). Rented datacenter block plus
# some residential-proxy spill. Two or three "scout" keys test the wrappers on the old model before
# the release. Long completions, elevated 429s.

def derailleur(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "derailleur"
    n = irange(rng, 18, 40)
    n_scouts = irange(rng, 2, 3)
    provider = pick(rng, ("vultr", "ovh", "hetzner", "contabo", "m247", "leaseweb", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 2, 5), irange(rng, 4, 10))
    proxy = resi(rng, irange(rng, 40, 120), pick(rng, regions()))
    p_proxy = float(rng.uniform(0.05, 0.3))
    per_hour = float(rng.uniform(80, 200))
    lag_h = float(rng.uniform(0.5, 8.0))
    spread_h = float(rng.uniform(2.0, 30.0))
    team_size = irange(rng, 3, 6)
    ua_main, ua_alt, p_ua_alt = pick(rng, SDK_OTHER), pick(rng, SDK_COMMON), float(rng.uniform(0.0, 0.2))
    comp_med = float(rng.uniform(1400, 2600))
    err = float(rng.uniform(0.03, 0.1))
    p_new = float(rng.uniform(0.93, 0.99))
    p_style = float(rng.uniform(0.7, 0.95))
    peak, depth = float(rng.uniform(0, 24)), float(rng.uniform(0.05, 0.35))

    start = ctx.release + lag_h * HOUR
    births = np.sort(start + rng.uniform(0, spread_h * HOUR, size=n))
    births[0] = start
    jobs = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, global_load(peak, depth))
    # a job goes to a key already opened
    k_born = np.searchsorted(births, jobs, side="right")
    who = np.floor(rng.random(len(jobs)) * k_born).astype(np.int64)

    accts = []
    pay, style = "", ""
    for i in range(n):
        if i % team_size == 0:
            pay, style = hexid(rng, "pay"), pick(rng, texts.TRACE_STYLES)
        a = ctx.account(rng, label=FAMILY, family=name, role="scout" if i < n_scouts else "worker", campaign_id=camp,
                        pay=pay, ua=ua_main, ips=block)
        accts.append(a)
        ts = jobs[who == i]
        if i < n_scouts:
            pre_start = ctx.release - float(rng.uniform(1.0, 2.5)) * DAY
            pre = thinned(rng, pre_start, ctx.release, float(rng.uniform(20, 60)) * (ctx.release - pre_start) / DAY,
                          constant)
            ts = _cat([pre, ts])
        m = len(ts)
        if m == 0:
            ts = np.array([births[i] + 60.0])
            m = 1
        prompts = [texts.trace_prompt(rng, style if chance(rng, p_style) else pick(rng, texts.TRACE_STYLES))
                   for _ in range(m)]
        ips = _mix_ips(rng, m, block, proxy, p_proxy)
        uas = [ua_alt if u < p_ua_alt else ua_main for u in rng.random(m).tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.0), ips=ips, ua=uas,
                 comp_median=comp_med, comp_sigma=0.5, err=err)
    ctx.campaign(camp, name, accts, {
        "accounts": n, "scouts": n_scouts, "provider": provider, "p_proxy": round(p_proxy, 3),
        "jobs_per_hour": round(per_hour, 1), "lag_h": round(lag_h, 2), "onboard_spread_h": round(spread_h, 2),
        "team_size": team_size, "ua": ua_main, "comp_median": round(comp_med), "err": round(err, 3)})


# --------------------------------------------------------------------------------------------
# sprocket (deliberately hard, low and slow): a handful of ordinary-looking people on home
# connections who chat genuinely (ShareGPT prompts) and, in the same evening hours, work through
# slices of one shared expert syllabus in their own voice (six phrasings incl. Spanish and
# Portuguese). A few to ~20 syllabus questions a day each, days off, an occasional VPN exit.

def sprocket(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "sprocket"
    n = irange(rng, 4, 9)
    syl = list(texts.SYLLABUS)
    order = rng.permutation(len(syl)).tolist()
    harvest_per_day = float(rng.uniform(5, 20))
    p_day_off = float(rng.uniform(0.1, 0.25))
    p_vpn = float(rng.uniform(0.0, 0.12))
    accts = []
    for i in range(n):
        tz = pick(rng, TZS)
        ips = home(rng, irange(rng, 1, 3), tz)
        vpn = cloud(rng, 1, pick(rng, ("m247", "leaseweb", "digitalocean", "ovh")))
        a = ctx.account(rng, label=FAMILY, family=name, role="member", campaign_id=camp, ua=pick(rng, SDK_COMMON + SDK_OTHER),
                        ips=ips, tz=tz)
        accts.append(a)
        born = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        curve = evening_person(tz, spread=float(rng.uniform(1.5, 3.0)))
        genuine = session_times(rng, born, ctx.t1, float(rng.uniform(0.6, 2.0)), curve,
                                float(rng.uniform(2.5, 6.0)), float(rng.uniform(40, 150)))
        starts = thinned(rng, born, ctx.t1, harvest_per_day * float(rng.uniform(0.6, 1.4)) * (ctx.t1 - born) / DAY / 1.8,
                         curve)
        harvest = bursts(rng, starts, 1.8, float(rng.uniform(90, 400)), 0.6, ctx.t1)
        g, h = _cat(genuine), _cat(harvest)
        off = [d for d in range(8) if chance(rng, p_day_off)]
        day = lambda t: np.floor((t - ctx.t0) / DAY).astype(int)  # noqa: E731
        g, h = g[~np.isin(day(g), off)], h[~np.isin(day(h), off)]
        if len(h) == 0:
            h = np.array([born + HOUR])
        styles = [str(x) for x in rng.choice(texts.SYLLABUS_STYLES, size=2, replace=False)]
        offset = order[i * 7 % len(order)]
        hp = [texts.syllabus_prompt(rng, syl[(offset + j) % len(syl)], pick(rng, styles)) for j in range(len(h))]
        gp = [pick(rng, ctx.chat) for _ in range(len(g))]
        for ts, prompts, med, p_new in ((g, gp, 350.0, 0.5), (h, hp, float(rng.uniform(800, 1300)), 0.75)):
            if len(ts) == 0:
                continue
            ip = _mix_ips(rng, len(ts), ips, vpn, p_vpn)
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), ips=ip, comp_median=med,
                     comp_sigma=0.6)
    ctx.campaign(camp, name, accts, {"accounts": n, "harvest_per_day": round(harvest_per_day, 1),
                                     "p_day_off": round(p_day_off, 3), "p_vpn": round(p_vpn, 3)})


# --------------------------------------------------------------------------------------------
# chainring: preference / rubric data. A few keys in one or two orgs on a small rented block,
# firing round-the-clock trains of grading prompts (pairs of answers, single-answer rubrics,
# critique-and-rewrite, German rubric) built from real questions and real answers. Old model until
# the release, then mostly the new one.

def chainring(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "chainring"
    n = irange(rng, 3, 6)
    n_orgs = irange(rng, 1, 2)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "scaleway", "contabo", "selectel"))
    hosts = rented_block(rng, provider, 1, irange(rng, 3, 6))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    trains_per_day = float(rng.uniform(6, 14))
    train_size = float(rng.uniform(20, 55))
    gap = float(rng.uniform(2.0, 6.0))
    p_new = float(rng.uniform(0.6, 0.95))
    comp_med = float(rng.uniform(500, 900))
    styles = [str(x) for x in rng.choice(texts.GRADING_STYLES, size=irange(rng, 2, 4), replace=False)]
    accts = []
    for i in range(n):
        org, pay = orgs[i % n_orgs]
        a = ctx.account(rng, label=FAMILY, family=name, role="grader", campaign_id=camp, org=org, pay=pay, ua=ua,
                        ips=[hosts[i % len(hosts)]])
        accts.append(a)
        born = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = thinned(rng, born, ctx.t1, trains_per_day * (ctx.t1 - born) / DAY, constant)
        ts = _cat(bursts(rng, starts, train_size, gap, 0.4, ctx.t1))
        if len(ts) == 0:
            ts = np.array([born + 10.0])
        st = pick(rng, styles)
        prompts = [texts.grading_prompt(rng, st if chance(rng, 0.8) else pick(rng, styles), ctx.chat, ctx.passages)
                   for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.0), comp_median=comp_med,
                 comp_sigma=0.45, extra=irange(rng, 150, 600), err=0.02)
    ctx.campaign(camp, name, accts, {"accounts": n, "orgs": n_orgs, "provider": provider,
                                     "trains_per_day": round(trains_per_day, 1), "train_size": round(train_size, 1),
                                     "gap_s": round(gap, 2), "styles": styles})


# --------------------------------------------------------------------------------------------
# freehub (off the usual shapes): a grey-market relay. Its keys carry real end users' chats
# (ShareGPT prompts, their browsers' and apps' user agents passed through) from a few relay
# servers on an Asian cloud, around the clock; the operator slips its own seed prompts
# (Chinese, Russian, English; long expert answers and worked solutions) into the same keys,
# logging everything.

def freehub(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "freehub"
    n = irange(rng, 4, 8)
    n_orgs = irange(rng, 2, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    relays = cloud(rng, irange(rng, 2, 4), provider)
    per_day = float(rng.uniform(150, 400))
    p_seed = float(rng.uniform(0.15, 0.35))
    peak, depth = float(rng.uniform(10, 15)), float(rng.uniform(0.5, 0.8))
    p_new = float(rng.uniform(0.6, 0.85))
    accts = []
    for i in range(n):
        a = ctx.account(rng, label=FAMILY, family=name, role="relay_key", campaign_id=camp, org=orgs[i % n_orgs],
                        ua="", ips=relays)
        accts.append(a)
        born = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        ts = thinned(rng, born, ctx.t1, per_day * float(rng.uniform(0.7, 1.3)) * (ctx.t1 - born) / DAY,
                     global_load(peak, depth))
        m = len(ts)
        seed = rng.random(m) < p_seed
        prompts = [texts.seed_prompt(rng) if s else pick(rng, ctx.chat) for s in seed.tolist()]
        uas = []
        for s in seed.tolist():
            if s:
                uas.append("python-httpx/0.28.1")
            else:
                u = rng.random()
                uas.append(pick(rng, BROWSERS) if u < 0.45 else pick(rng, MOBILE) if u < 0.75 else pick(rng, SDK_OTHER))
        med = np.where(seed, 1200.0, 380.0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), ua=uas, comp_median=med, comp_sigma=0.6,
                 err=0.03)
    ctx.campaign(camp, name, accts, {"accounts": n, "orgs": n_orgs, "provider": provider, "relays": len(relays),
                                     "per_day": round(per_day), "p_seed": round(p_seed, 3)})


# --------------------------------------------------------------------------------------------
# headset: tool-use episodes. A pool of keys behind a sticky residential proxy pool takes
# synthetic tasks (web lookup, repository fixing, data analysis) from one Poisson queue and plays
# each as a multi-step episode (ReAct, JSON function-call or coding-agent scaffold), the context
# growing with each step. Agent-framework user agents.

def headset(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "headset"
    n = irange(rng, 8, 16)
    region = pick(rng, ("us", "eu", "*", "sea", "latam"))
    pool = resi(rng, irange(rng, 150, 400), region)
    hold = float(rng.uniform(600, 1800))
    eph = float(rng.uniform(4, 10))
    steps_lo, steps_hi = irange(rng, 4, 6), irange(rng, 10, 18)
    step_gap = float(rng.uniform(5, 15))
    ctx_per_step = irange(rng, 200, 500)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    uas = ["langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "python-httpx/0.28.1"]
    streams = worker_pool(rng, start, ctx.t1, eph, n)
    accts = []
    for i in range(n):
        a = ctx.account(rng, label=FAMILY, family=name, role="runner", campaign_id=camp, ua=pick(rng, uas), ips=pool)
        accts.append(a)
        style = pick(rng, texts.AGENT_STYLES)
        starts = streams[i] if len(streams[i]) else np.array([start + 60.0 * (i + 1)])
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, steps_lo, steps_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.7, size=k - 1))])
            task = texts.agent_task(rng)
            for j, tj in enumerate(t.tolist(), start=1):
                ts_all.append(tj)
                prompts.append(texts.agent_step(rng, style, task, j))
                extra.append(ctx_per_step * j + 300)
        ts = np.asarray(ts_all)
        ips = sticky(rng, ts, pool, hold)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02), ips=ips,
                 comp_median=float(rng.uniform(220, 420)), comp_sigma=0.5, extra=np.asarray(extra), err=0.02)
    ctx.campaign(camp, name, accts, {"accounts": n, "region": region, "proxy_pool": len(pool), "hold_s": round(hold),
                                     "episodes_per_hour": round(eph, 2), "steps": [steps_lo, steps_hi],
                                     "step_gap_s": round(step_gap, 1)})


# --------------------------------------------------------------------------------------------
# spoke (off the usual shapes, thin): burn-and-replace waves of throwaway keys. Each wave opens a
# batch of keys from phone networks and residential exits; each key lives a day or so, sends a few
# dozen persona-conditioned writing requests in short sessions, then is dropped. One wave lands
# just after the release. Each wave's script has its own template style and languages.

def spoke(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "spoke"
    n_waves = irange(rng, 4, 7)
    waves = np.sort(rng.uniform(ctx.t0, ctx.t1 - DAY, size=n_waves))
    waves[int(rng.integers(n_waves))] = ctx.release + float(rng.uniform(0, 4)) * HOUR
    waves = np.sort(waves)
    per_wave = (irange(rng, 5, 9), irange(rng, 10, 15))
    life_h = (float(rng.uniform(6, 12)), float(rng.uniform(24, 48)))
    reqs = (irange(rng, 12, 25), irange(rng, 40, 80))
    comp_med = float(rng.uniform(600, 1000))
    accts = []
    for w in waves.tolist():
        style = pick(rng, texts.PERSONA_STYLES)
        langs = texts.persona_langs(rng)
        net = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile", "resi"))
        region = pick(rng, regions())
        for _ in range(irange(rng, *per_wave)):
            ua = pick(rng, MOBILE) if chance(rng, 0.7) else "python-requests/2.32.3"
            a = ctx.account(rng, label=FAMILY, family=name, role="throwaway", campaign_id=camp, ua=ua, ips=["0.0.0.0"])
            accts.append(a)
            born = w + float(rng.uniform(0, 3)) * HOUR
            life = float(rng.uniform(*life_h)) * HOUR
            total = irange(rng, *reqs)
            n_sess = irange(rng, 2, 5)
            starts = np.sort(rng.uniform(born, born + life, size=n_sess))
            starts[0] = born
            sizes = rng.multinomial(total - n_sess, np.ones(n_sess) / n_sess) + 1
            parts, ips = [], []
            for s, k in zip(starts.tolist(), sizes.tolist(), strict=True):
                t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(float(rng.uniform(15, 60))), 0.5,
                                                                       size=k - 1))])
                parts.append(t)
                addr = mobile_v6(rng, 1, net)[0] if net != "resi" else resi(rng, 1, region)[0]
                ips.extend([addr] * k)
            ts = np.concatenate(parts)
            order = np.argsort(ts, kind="stable")
            ts = ts[order]
            ips = [ips[j] for j in order.tolist()]
            a.ips = sorted(set(ips))
            prompts = [texts.persona_prompt(rng, style, langs) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85), ips=ips, comp_median=comp_med,
                     comp_sigma=0.45, err=0.02)
    ctx.campaign(camp, name, accts, {"waves": n_waves, "accounts": len(accts), "per_wave": list(per_wave),
                                     "life_h": [round(x, 1) for x in life_h], "requests": list(reqs),
                                     "comp_median": round(comp_med)})


# --------------------------------------------------------------------------------------------
# crank (off the usual shapes): release diffing. Keys opened a day or two before the release
# probe the old models lightly; from the release on, every benchmark-shaped question is sent
# within seconds to the new model AND the old flagship (sometimes also the small one), often
# several samples each, fast for the first day or so, then tapering.

def crank(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "crank"
    n = irange(rng, 4, 8)
    provider = pick(rng, ("vultr", "linode", "digitalocean", "aws", "gcp"))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2", "reqwest/0.12.12"))
    fast_h = float(rng.uniform(20, 40))
    fast_rate, slow_rate = float(rng.uniform(8, 25)), float(rng.uniform(1.5, 5))
    p_mini = float(rng.uniform(0.1, 0.4))
    max_samples = irange(rng, 1, 3)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    accts = []
    idx = 0
    for _ in range(n):
        a = ctx.account(rng, label=FAMILY, family=name, role="differ", campaign_id=camp, ua=ua,
                        ips=cloud(rng, irange(rng, 1, 2), provider))
        accts.append(a)
        style = pick(rng, texts.BENCH_STYLES)
        born = ctx.release - float(rng.uniform(12, 60)) * HOUR
        probe = thinned(rng, born, ctx.release, float(rng.uniform(5, 20)) * (ctx.release - born) / DAY, constant)
        r0 = ctx.release + float(rng.uniform(0, 1.5)) * HOUR
        fast = thinned(rng, r0, r0 + fast_h * HOUR, fast_rate * fast_h, constant)
        slow = thinned(rng, r0 + fast_h * HOUR, ctx.t1, slow_rate * max(0.0, ctx.t1 - r0 - fast_h * HOUR) / HOUR,
                       constant)
        ts, prompts, models = [], [], []
        for t in probe.tolist():
            idx += 1
            ts.append(t)
            prompts.append(texts.bench_prompt(rng, style, idx))
            models.append(old if chance(rng, 0.8) else mini)
        for t in _cat([fast, slow]).tolist():
            idx += 1
            p = texts.bench_prompt(rng, style, idx)
            targets = [new, old] + ([mini] if chance(rng, p_mini) else [])
            cur = t
            for m in targets:
                for _ in range(irange(rng, 1, max_samples)):
                    ts.append(cur)
                    prompts.append(p)
                    models.append(m)
                    cur += float(rng.uniform(0.2, 3.0))
        order = np.argsort(np.asarray(ts), kind="stable")
        ts_arr = np.asarray(ts)[order]
        prompts = [prompts[j] for j in order.tolist()]
        models = [models[j] for j in order.tolist()]
        ctx.emit(rng, a, ts_arr, prompts, models=models, comp_median=float(rng.uniform(400, 700)), comp_sigma=0.55,
                 err=0.03)
    ctx.campaign(camp, name, accts, {"accounts": n, "provider": provider, "fast_h": round(fast_h, 1),
                                     "fast_per_hour": round(fast_rate, 1), "slow_per_hour": round(slow_rate, 2),
                                     "p_mini": round(p_mini, 3), "max_samples": max_samples})


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "chainring": chainring,
    "crank": crank,
    "derailleur": derailleur,
    "freehub": freehub,
    "headset": headset,
    "spoke": spoke,
    "sprocket": sprocket,
}

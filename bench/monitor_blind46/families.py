"""Campaign families of blind batch 46 (code names only; what each does is in README.md and in the
comments here, never in labels or printed counts).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts (label "campaign"), emits their
events through `ctx.emit` and records the campaign with its per-seed parameters.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    SDK_OTHER,
    TZS,
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
    mobile_v6,
    pick,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind46 import texts

FAM = "campaign"


def _styles(rng: np.random.Generator, n_styles: int, conc: float = 1.0) -> np.ndarray:
    return rng.dirichlet(np.full(n_styles, conc))


def _draw_styles(rng: np.random.Generator, probs: np.ndarray, n: int) -> list[int]:
    return rng.choice(len(probs), size=n, p=probs).tolist()


# --------------------------------------------------------------------------------------------
# yealm: a swarm of fresh keys opened around the new model's release, fed by one Poisson job
# queue from a rented hosting block, each job a procedurally generated problem wrapped in a demand
# for the complete visible reasoning (abandoned attempts, an independent re-derivation, the
# answer separated out), in five wrapper styles (English tags, JSON spec, Chinese, Russian,
# bracketed flags). One or two keys smoke-test the pipeline on the old model days before.

def yealm(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "yealm"
    n = irange(rng, 14, 32)
    provider = pick(rng, ("vultr", "digitalocean", "hetzner", "ovh", "contabo", "m247", "linode"))
    block = rented_block(rng, provider, irange(rng, 2, 5), irange(rng, 4, 10))
    pays = [hexid(rng, "pay") for _ in range(max(2, n // irange(rng, 3, 6)))]
    ua_main = pick(rng, SDK_OTHER)
    lead_h = float(rng.uniform(-3, 1))
    spread_h = float(rng.uniform(4, 14))
    per_hour = float(rng.uniform(150, 380))
    peak, depth = float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.4))
    probs = _styles(rng, 5)
    n_probe = irange(rng, 1, 2)
    probe_from = ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY
    comp_med = float(rng.uniform(1600, 2600))
    err = float(rng.uniform(0.02, 0.07))
    pool_start = ctx.release + lead_h * HOUR
    accts, starts = [], []
    for i in range(n):
        ips = [str(x) for x in rng.choice(np.array(block), size=irange(rng, 1, 3), replace=False)]
        ua = ua_main if chance(rng, 0.8) else pick(rng, SDK_OTHER)
        a = ctx.account(rng, label=FAM, family=name, role="worker", campaign_id=camp, pay=pays[i % len(pays)],
                        ua=ua, ips=ips)
        accts.append(a)
        starts.append(pool_start + float(rng.uniform(0, spread_h)) * HOUR)
    streams = worker_pool(rng, pool_start, ctx.t1, per_hour, n, global_load(peak, depth))
    for i, (a, ts) in enumerate(zip(accts, streams, strict=True)):
        ts = ts[ts >= starts[i]]
        if i < n_probe:  # pipeline smoke test on the old model, a few jobs an hour
            pre = thinned(rng, probe_from, ctx.release, float(rng.uniform(2, 6)) * (ctx.release - probe_from) / HOUR,
                          lambda t: np.ones(len(t)))
            ts = np.sort(np.concatenate([pre, ts]))
        prompts = [texts.trace_request(rng, s) for s in _draw_styles(rng, probs, len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0), comp_median=comp_med,
                 comp_sigma=0.45, err=err)
    ctx.campaign(camp, name, accts, {"accounts": n, "provider": provider, "block_hosts": len(block), "cards": len(pays),
                                     "pool_per_hour": round(per_hour, 1), "onboard_lead_h": round(lead_h, 2),
                                     "onboard_spread_h": round(spread_h, 2), "probe_accounts": n_probe,
                                     "style_probs": [round(float(p), 3) for p in probs],
                                     "completion_median": round(comp_med), "error_rate": round(err, 3)})


# --------------------------------------------------------------------------------------------
# fleshing: preference / reward labels. Each request pastes a human prompt with two (sometimes
# three or four) candidate replies, or a single reply to score and rewrite; the operator's keys
# go out through a residential proxy pool with sticky sessions, spoof browser user agents, and
# run in bursts of back-to-back requests a few times a day.

def fleshing(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "fleshing"
    n = irange(rng, 6, 12)
    region = pick(rng, ("us", "eu", "latam", "sea", "*"))
    pool = resi(rng, irange(rng, 150, 600), region)
    hold = float(rng.uniform(5, 30)) * MINUTE
    probs = _styles(rng, 5, 1.5)
    per_day = float(rng.uniform(3, 9))
    size_mean = float(rng.uniform(10, 35))
    gap = float(rng.uniform(3, 10))
    comp_med = float(rng.uniform(550, 900))
    p_sib = float(rng.uniform(0.3, 0.8))  # B is a second sample of A's answer rather than another answer
    accts = []
    for _ in range(n):
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else "python-requests/2.32.3"
        a = ctx.account(rng, label=FAM, family=name, role="worker", campaign_id=camp, ua=ua, ips=pool[:1])
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, lambda t: np.ones(len(t)))
        ts = np.concatenate([np.empty(0), *bursts(rng, starts, size_mean, gap, 0.6, ctx.t1)])
        ts = np.sort(ts)
        prompts = []
        for s in _draw_styles(rng, probs, len(ts)):
            q = texts.cut(pick(rng, ctx.chat), 40, 400, rng)
            ca = texts.cut(pick(rng, ctx.passages), 300, 900, rng)
            cb = texts.sibling(rng, ca) if chance(rng, p_sib) else texts.cut(pick(rng, ctx.passages), 300, 900, rng)
            extra = [texts.cut(pick(rng, ctx.passages), 200, 600, rng) for _ in range(irange(rng, 1, 2))] if s == 4 else []
            prompts.append(texts.grading_request(rng, s, q, ca, cb, extra))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.8), ips=sticky(rng, ts, pool, hold),
                 comp_median=comp_med, comp_sigma=0.5, err=0.015)
    ctx.campaign(camp, name, accts, {"accounts": n, "proxy_region": region, "proxy_pool": len(pool),
                                     "sticky_min": round(hold / MINUTE, 1), "p_sibling": round(p_sib, 3), "bursts_per_day": round(per_day, 2),
                                     "burst_size_mean": round(size_mean, 1), "gap_s": round(gap, 1),
                                     "style_probs": [round(float(p), 3) for p in probs]})


# --------------------------------------------------------------------------------------------
# couching: jurisdiction-compliant rewrites of answers on politically sensitive topics (original
# vs. localized pairs, "soften and redirect" drafts), in Chinese, English and Vietnamese. A small
# company's keys under one to three orgs, long-hours office pacing in UTC+8, from Asian cloud
# providers mixed with local consumer lines.

def couching(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "couching"
    n = irange(rng, 5, 10)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    probs = _styles(rng, 4, 1.2)
    end_h = float(rng.uniform(19, 22))
    curve = workday(8, start=9.0, end=end_h, weekend=float(rng.uniform(0.2, 0.6)), night=0.03)
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    comp_med = float(rng.uniform(500, 800))
    accts, totals = [], []
    for i in range(n):
        if chance(rng, 0.6):
            ips = cloud(rng, irange(rng, 2, 4), provider)
        else:
            ips = resi(rng, irange(rng, 1, 3), pick(rng, ("cn", "sea")))
        a = ctx.account(rng, label=FAM, family=name, role="worker", campaign_id=camp, org=orgs[i % len(orgs)],
                        ua=ua, ips=ips, tz=8)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        total = float(rng.uniform(150, 500)) * (ctx.t1 - start) / (ctx.t1 - ctx.t0)
        totals.append(round(total))
        ts = thinned(rng, start, ctx.t1, total, curve)
        prompts = [texts.compliance_request(rng, s, texts.cut(pick(rng, ctx.passages), 300, 1200, rng))
                   for s in _draw_styles(rng, probs, len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85), comp_median=comp_med, comp_sigma=0.5)
    ctx.campaign(camp, name, accts, {"accounts": n, "orgs": len(orgs), "provider": provider, "office_end_h": round(end_h, 1),
                                     "events_target": totals, "style_probs": [round(float(p), 3) for p in probs]})


# --------------------------------------------------------------------------------------------
# croze: agent/tool-use trajectories bought through an API reseller. The harvester drives
# synthetic tool environments (shop, travel, SQL, web research, calendar); every request is
# the next step of an episode (last message = a tool observation, with a large hidden context of
# tool schemas and history). All keys sit in the reseller's org, mostly on the reseller's card,
# and leave from the reseller's small hosting block; one queue of episodes spreads over the keys.

def croze(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "croze"
    n = irange(rng, 8, 18)
    org = hexid(rng, "org")
    card = hexid(rng, "pay")
    provider = pick(rng, ("leaseweb", "m247", "ovh", "scaleway"))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6))
    eps_per_hour = float(rng.uniform(3, 9))
    steps_mean = float(rng.uniform(4, 9))
    gap = float(rng.uniform(3, 9))
    main_style = irange(rng, 0, 2)
    base_extra = float(rng.uniform(1200, 3500))
    per_step = float(rng.uniform(150, 400))
    start = ctx.t0 + float(rng.uniform(0, 0.3)) * (ctx.t1 - ctx.t0)
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label=FAM, family=name, role="worker", campaign_id=camp, org=org,
                        pay=card if chance(rng, 0.7) else None, ua=pick(rng, SDK_OTHER), ips=block)
        accts.append(a)
    episodes = worker_pool(rng, start, ctx.t1, eps_per_hour, n, global_load(float(rng.uniform(0, 24)), 0.3))
    for a, ep_starts in zip(accts, episodes, strict=True):
        ts_all, prompts, extras = [], [], []
        for s in ep_starts.tolist():
            env = pick(rng, texts.AGENT_ENVS)
            task = texts.agent_task(rng, env)
            k = 2 + int(rng.poisson(steps_mean))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            style = main_style if chance(rng, 0.8) else irange(rng, 0, 2)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(texts.agent_step(rng, style, env, task, j + 1))
                extras.append(int(base_extra + per_step * j + rng.integers(0, 200)))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        extras = np.asarray(extras, dtype=np.int64)[order]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), comp_median=260.0, comp_sigma=0.6,
                 extra=extras if len(ts) else 0)
    ctx.campaign(camp, name, accts, {"accounts": n, "provider": provider, "egress_ips": len(block),
                                     "episodes_per_hour": round(eps_per_hour, 2), "steps_mean": round(steps_mean + 2, 1),
                                     "step_gap_s": round(gap, 1), "main_style": main_style,
                                     "hidden_context_base": round(base_extra)})


# --------------------------------------------------------------------------------------------
# sammying (low and slow): a handful of unrelated-looking personal accounts (own home ISP in
# their own time zone, browser or phone, own card) that are mostly genuine chat use, with a
# trickle of "write it up as a textbook section with worked example and solved exercises"
# requests slipped into the same evenings: a few a day at most.

def sammying(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "sammying"
    n = irange(rng, 3, 6)
    accts, harvest = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ips = home(rng, irange(rng, 1, 2), tz)
        if chance(rng, 0.4):
            ips += mobile_v6(rng, irange(rng, 1, 3), pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
        ua = pick(rng, BROWSERS)
        a = ctx.account(rng, label=FAM, family=name, role="worker", campaign_id=camp, ua=ua, ips=ips, tz=tz)
        accts.append(a)
        curve = evening_person(tz)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        sess = session_times(rng, start, ctx.t1, float(rng.uniform(0.8, 2.5)), curve, float(rng.uniform(2, 6)),
                             float(rng.uniform(60, 180)))
        ts_g = np.sort(np.concatenate([np.empty(0), *sess]))
        ctx.emit(rng, a, ts_g, [texts.cut(pick(rng, ctx.chat), 10, 2000, rng) for _ in range(len(ts_g))],
                 models=ctx.models(rng, ts_g, p_new=0.6, p_mini=0.15), comp_median=330.0, comp_sigma=0.8)
        n_h = float(rng.uniform(12, 35))
        ts_h = thinned(rng, start, ctx.t1, n_h, curve)
        fav = irange(rng, 0, 3)
        prompts = [texts.textbook_request(rng, fav if chance(rng, 0.7) else irange(rng, 0, 3)) for _ in range(len(ts_h))]
        ctx.emit(rng, a, ts_h, prompts, models=ctx.models(rng, ts_h, p_new=0.85, p_mini=0.0), comp_median=1500.0,
                 comp_sigma=0.4)
        harvest.append(len(ts_h))
    ctx.campaign(camp, name, accts, {"accounts": n, "harvest_events": harvest, "cover": "genuine chat sessions"})


# --------------------------------------------------------------------------------------------
# hollander (off the usual shapes): a free consumer chat app whose backend relays its users'
# real questions (verbatim, ordinary human prompts) but fires each one 2-5 times in parallel to
# collect several samples per prompt for its own training set. One main key plus, sometimes, a
# fallback key that takes whole blocks of hours; a few backend addresses in one cloud.

def hollander(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "hollander"
    n = irange(rng, 1, 2)
    provider = pick(rng, ("gcp", "aws", "azure"))
    ips = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.85.1", "undici"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    per_hour = float(rng.uniform(15, 45))
    k_probs = _styles(rng, 4, 2.0)  # over k = 2, 3, 4, 5
    p_single = float(rng.uniform(0.0, 0.15))
    start = ctx.t0 + float(rng.uniform(0, 0.15)) * (ctx.t1 - ctx.t0)
    accts = [ctx.account(rng, label=FAM, family=name, role="worker", campaign_id=camp, org=org, pay=card, ua=ua, ips=ips)
             for _ in range(n)]
    q = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, global_load(float(rng.uniform(12, 20)), 0.6))
    owner = np.zeros(len(q), dtype=np.int64)
    if n == 2:  # fallback key covers blocks of hours
        blocks = np.floor(q / (6 * HOUR)).astype(np.int64)
        fb = {int(b) for b in np.unique(blocks).tolist() if chance(rng, 0.3)}
        owner = np.array([1 if int(b) in fb else 0 for b in blocks.tolist()], dtype=np.int64)
    per_acct: list[tuple[list[float], list[str]]] = [([], []) for _ in range(n)]
    for t, who in zip(q.tolist(), owner.tolist(), strict=True):
        text = texts.cut(pick(rng, ctx.chat), 10, 2000, rng)
        k = 1 if chance(rng, p_single) else 2 + int(rng.choice(4, p=k_probs))
        offs = np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.7, size=k - 1))])
        per_acct[who][0].extend((t + offs).tolist())
        per_acct[who][1].extend([text] * k)
    for a, (ts, prompts) in zip(accts, per_acct, strict=True):
        ts_a = np.asarray(ts)
        order = np.argsort(ts_a, kind="stable")
        ts_a = ts_a[order]
        ctx.emit(rng, a, ts_a, [prompts[i] for i in order.tolist()], models=ctx.models(rng, ts_a, p_new=0.6),
                 comp_median=400.0, comp_sigma=0.8, err=0.02)
    ctx.campaign(camp, name, accts, {"accounts": n, "provider": provider, "backend_ips": len(ips),
                                     "user_queries_per_hour": round(per_hour, 1), "p_single": round(p_single, 3),
                                     "k_probs_2to5": [round(float(p), 3) for p in k_probs]})


# --------------------------------------------------------------------------------------------
# vatman (off the usual shapes): instruction evolution. Seed tasks are rewritten round after
# round into harder variants ("add a constraint", "deepen", ...) and each evolved task is then
# sent on its own to collect the answer: prompts that grow along chains, alternating short
# rewrite calls and long answers. Run by one to three staff keys in office hours on weekdays,
# from one or two static corporate-VPN addresses in a big cloud, with a Java HTTP client.

def vatman(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "vatman"
    n = irange(rng, 1, 3)
    tz = pick(rng, TZS)
    egress = cloud(rng, irange(rng, 1, 2), pick(rng, ("azure", "aws")))
    org = hexid(rng, "org")
    ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)"
    probs = _styles(rng, 3, 2.0)
    rate = float(rng.uniform(40, 120))
    depth_hi = irange(rng, 3, 5)
    curve = workday(tz, start=float(rng.uniform(8, 10)), end=float(rng.uniform(16, 19)), weekend=0.0, night=0.0)
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label=FAM, family=name, role="worker", campaign_id=camp, org=org, ua=ua, ips=egress, tz=tz)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = thinned(rng, start, ctx.t1, rate * 0.3 * (ctx.t1 - start) / HOUR, curve)
        prompts, comps = [], []
        inst, left = None, 0
        for _ in range(len(ts)):
            if left == 0:
                inst, left = pick(rng, texts.SEED_INSTRUCTIONS), 2 * irange(rng, 2, depth_hi)
            if left % 2 == 0:  # rewrite call
                prompts.append(texts.evolve_request(rng, int(rng.choice(3, p=probs)), inst, pick(rng, texts.EVOL_METHODS)))
                inst = texts.evolve_once(rng, inst)
                comps.append(90.0)
            else:  # answer call: the evolved task alone
                prompts.append(inst)
                comps.append(700.0)
            left -= 1
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), comp_median=np.asarray(comps),
                 comp_sigma=0.5)
    ctx.campaign(camp, name, accts, {"accounts": n, "tz": tz, "egress_ips": len(egress), "per_work_hour": round(rate, 1),
                                     "max_depth": depth_hi, "style_probs": [round(float(p), 3) for p in probs]})


# --------------------------------------------------------------------------------------------
# tawing: persona-conditioned synthetic data (question + expert answer, dialogues, word problems)
# in several languages, generated in a nightly window of the operator's time zone from one
# rented VPS per key. A few keys run all week; more fresh keys, each on its own prepaid card,
# join within a day of the new model's release.

def tawing(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "tawing"
    n_old, n_new = irange(rng, 2, 4), irange(rng, 2, 4)
    tz = pick(rng, TZS)
    win_start = float(rng.uniform(21, 26)) % 24.0
    win_len = float(rng.uniform(3, 6))
    langs = [str(x) for x in rng.choice(np.array(texts.SYNTH_LANGS), size=irange(rng, 3, 5), replace=False)]
    lprobs = _styles(rng, len(langs), 1.5)
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0"))
    old_card = hexid(rng, "pay")

    def window(t: np.ndarray) -> np.ndarray:
        h = ((np.asarray(t) + tz * HOUR) % DAY) / HOUR
        return (((h - win_start) % 24.0) < win_len).astype(np.float64)

    accts, rates = [], []
    for i in range(n_old + n_new):
        fresh = i >= n_old
        ip = cloud(rng, 1, pick(rng, ("hetzner", "ovh", "contabo", "scaleway")))
        a = ctx.account(rng, label=FAM, family=name, role="fresh" if fresh else "worker", campaign_id=camp,
                        pay=None if fresh else old_card, ua=ua, ips=ip, tz=tz)
        accts.append(a)
        start = (ctx.release + float(rng.uniform(0, 1)) * DAY) if fresh else jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        rate = float(rng.uniform(50, 140))
        rates.append(round(rate, 1))
        ts = thinned(rng, start, ctx.t1, rate * win_len / 24.0 * (ctx.t1 - start) / HOUR, window)
        ls = rng.choice(len(langs), size=len(ts), p=lprobs).tolist()
        prompts = [texts.synth_request(rng, langs[j]) for j in ls]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.98, p_mini=0.02), comp_median=850.0,
                 comp_sigma=0.5, err=0.02)
    ctx.campaign(camp, name, accts, {"accounts": n_old + n_new, "fresh_at_release": n_new, "tz": tz,
                                     "window_start_h": round(win_start, 2), "window_h": round(win_len, 2),
                                     "langs": langs, "per_hour_in_window": rates})


CAMPAIGN_FAMILIES = {
    "couching": couching,
    "croze": croze,
    "fleshing": fleshing,
    "hollander": hollander,
    "sammying": sammying,
    "tawing": tawing,
    "vatman": vatman,
    "yealm": yealm,
}

"""Campaign families of blind batch 34 (written without reading the monitor or the simulator's own
families). Each family is `fn(ctx, rng, campaign_id)` and writes its accounts, events and truth
through `bench.blind_batch.Ctx`. What each family does is said in the comments and in README.md;
code names are neutral on purpose.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick, picks
from bench.monitor_blind34 import texts as tx

_CAMP = "campaign"


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _with_pauses(rng: np.random.Generator, a: float, b: float, n_pauses: int, hours: tuple[float, float],
                 base: bb.Curve = bb.constant) -> bb.Curve:
    """`base`, switched off for a few random stretches (an operator fixing scripts or rotating keys)."""
    cuts = [(s, s + float(rng.uniform(*hours)) * HOUR) for s in rng.uniform(a, b, size=n_pauses).tolist()]

    def f(ts: np.ndarray) -> np.ndarray:
        w = np.asarray(base(ts), dtype=np.float64).copy()
        for s, e in cuts:
            w[(ts >= s) & (ts < e)] = 0.0
        return w
    return f


# --------------------------------------------------------------------------------------------
# halyard: a many-headed cluster of fresh keys that appears right after the new model's release
# and coerces full step-by-step reasoning traces on maths, code and science items. One Poisson job
# queue is spread over whichever keys are alive; keys are onboarded over the hours after release
# and abandoned after a day or two. Rented cloud /24s at 2-3 providers; a handful of payment cards
# shared by all keys; a few keys were warmed up with trivial pings days before the release.


def halyard(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 24, 56)
    provs = [str(p) for p in rng.choice(bb.providers(), size=irange(rng, 2, 3), replace=False)]
    blocks = {p: bb.rented_block(rng, p, irange(rng, 2, 5), irange(rng, 6, 16)) for p in provs}
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 3, 7))]
    ua_set = picks(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1",
                         "OpenAI/Python 1.63.2"), 2)
    per_hour = float(rng.uniform(150, 330))
    lead_h = float(rng.uniform(0.3, 6.0))
    onboard_h = float(rng.uniform(4, 14))
    life_h = float(rng.uniform(18, 60))
    warm_frac = float(rng.uniform(0.1, 0.3))
    styles = sorted(int(s) for s in rng.choice(6, size=irange(rng, 3, 5), replace=False))
    comp_med = float(rng.uniform(1400, 2300))
    err = float(rng.uniform(0.03, 0.08))

    pstart = ctx.release + lead_h * HOUR
    accts, starts, ends = [], [], []
    for _ in range(n):
        prov = pick(rng, provs)
        a = ctx.account(rng, label=_CAMP, family="halyard", role="worker", campaign_id=cid,
                        pay=pick(rng, cards), ua=pick(rng, ua_set), ips=picks(rng, blocks[prov], irange(rng, 2, 6)))
        s = pstart + float(rng.exponential(onboard_h * HOUR))
        starts.append(s)
        ends.append(s + float(rng.lognormal(np.log(life_h * HOUR), 0.6)))
        accts.append(a)
        if chance(rng, warm_frac):  # warm-up pings before the release
            k = irange(rng, 2, 8)
            pt = np.sort(rng.uniform(max(ctx.t0, ctx.release - 3 * DAY), ctx.release - 0.2 * DAY, size=k))
            ctx.emit(rng, a, pt, picks(rng, tx.HALYARD_PINGS, k), models=ctx.models(rng, pt), comp_median=12,
                     comp_sigma=0.5)
    # the earliest keys and three random ones keep going to the end, so the queue is never orphaned
    keep = set(np.argsort(starts)[:2].tolist()) | set(rng.choice(n, size=3, replace=False).tolist())
    for i in keep:
        ends[i] = np.inf
    st, en = np.asarray(starts), np.asarray(ends)

    curve = _with_pauses(rng, pstart, ctx.t1, irange(rng, 0, 3), (1.0, 4.0))
    ts = bb.thinned(rng, pstart, ctx.t1, per_hour * (ctx.t1 - pstart) / HOUR, curve)
    alive = (st[None, :] <= ts[:, None]) & (en[None, :] > ts[:, None])
    score = rng.random(alive.shape) * alive
    who = np.argmax(score, axis=1)
    ok = alive.any(axis=1)
    for i, a in enumerate(accts):
        t = ts[ok & (who == i)]
        prompts = [tx.halyard_prompt(rng, pick(rng, styles)) for _ in range(len(t))]
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new=0.95, p_mini=0.0), comp_median=comp_med,
                 comp_sigma=0.45, err=err)
    ctx.campaign(cid, "halyard", accts, {
        "accounts": n, "providers": provs, "cards": len(cards), "per_hour": round(per_hour, 1),
        "lead_h": round(lead_h, 2), "onboard_mean_h": round(onboard_h, 1), "life_median_h": round(life_h, 1),
        "warm_frac": round(warm_frac, 2), "styles": styles, "comp_median": round(comp_med)})


# --------------------------------------------------------------------------------------------
# bowsprit: preference/rubric labelling. Long prompts (a user query plus one or two candidate
# answers) and short scored critiques back: labels for a reward model. Shift workers in several
# time zones, each running bursts from a script, all behind one residential proxy pool with sticky
# sessions; English, Spanish and Portuguese rubrics.


def bowsprit(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 7, 15)
    region = pick(rng, ("us", "eu", "latam", "in", "sea"))
    pool = bb.resi(rng, irange(rng, 80, 240), region)
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1"))
    hold = float(rng.uniform(10, 40)) * MINUTE
    p_es, p_pt = float(rng.uniform(0.1, 0.3)), float(rng.uniform(0.05, 0.25))
    comp_med = float(rng.uniform(170, 320))
    per_day = float(rng.uniform(3, 6))
    size = float(rng.uniform(15, 35))
    gap = float(rng.uniform(4, 10))
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        a = ctx.account(rng, label=_CAMP, family="bowsprit", role="labeller", campaign_id=cid, org=pick(rng, orgs),
                        ua=ua, ips=[pool[0]], tz=tz)
        u = rng.random()
        lang = "es" if u < p_es else ("pt" if u < p_es + p_pt else "en")
        curve = bb.nightly(float(rng.uniform(0, 24)), float(rng.uniform(6, 11)), tz)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        st = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        ts = _concat(bb.bursts(rng, st, size, gap, b=ctx.t1))
        prompts = [tx.bowsprit_prompt(rng, lang, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, ips=bb.sticky(rng, ts, pool, hold),
                 models=ctx.models(rng, ts, p_new=0.85, p_mini=0.0), comp_median=comp_med, comp_sigma=0.45,
                 err=0.02)
        accts.append(a)
    ctx.campaign(cid, "bowsprit", accts, {
        "accounts": n, "region": region, "pool": len(pool), "orgs": len(orgs), "hold_min": round(hold / MINUTE, 1),
        "p_es": round(p_es, 2), "p_pt": round(p_pt, 2), "per_day": round(per_day, 2), "burst": round(size, 1),
        "gap_s": round(gap, 1), "comp_median": round(comp_med)})


# --------------------------------------------------------------------------------------------
# gunwale: low and slow. A dozen or so ordinary-looking people (home ISP in their own time zone,
# browser or common SDK, evening sessions, a few requests a day) who mix genuine chat with a
# minority of deep expert explanations; the expert topics come from one shared list dealt out
# without repetition across the accounts, each account with its own phrasing.


def gunwale(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 10, 22)
    p_h = float(rng.uniform(0.25, 0.45))
    topics = list(tx.ADVANCED_TOPICS)
    order = rng.permutation(len(topics)).tolist()
    cursor = 0
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else pick(rng, bb.SDK_COMMON)
        a = ctx.account(rng, label=_CAMP, family="gunwale", role="sleeper", campaign_id=cid, ua=ua,
                        ips=bb.home(rng, irange(rng, 1, 2), tz), tz=tz)
        frame = int(rng.integers(len(tx.GUNWALE_FRAMES)))
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = _concat(bb.session_times(rng, start, ctx.t1, float(rng.uniform(1.2, 3.0)), bb.evening_person(tz),
                                      float(rng.uniform(2.5, 5.0)), float(rng.uniform(90, 240))))
        if len(ts) == 0:
            ts = np.asarray([float(rng.uniform(start, ctx.t1))])
        harvest = rng.random(len(ts)) < p_h
        prompts, comp = [], []
        for h in harvest.tolist():
            if h:
                prompts.append(tx.gunwale_prompt(rng, frame, topics[order[cursor % len(order)]]))
                cursor += 1
                comp.append(1000.0)
            else:
                prompts.append(pick(rng, ctx.chat))
                comp.append(320.0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.6), comp_median=np.asarray(comp),
                 comp_sigma=0.55, err=0.005)
        accts.append(a)
    ctx.campaign(cid, "gunwale", accts, {"accounts": n, "p_harvest": round(p_h, 2), "topics_used": cursor})


# --------------------------------------------------------------------------------------------
# mizzen: agent-trajectory harvesting dressed as an agent product. One org with several keys behind
# one cloud egress; a Poisson stream of episodes across the keys, each episode a ReAct-style loop
# of steps seconds apart with a growing context (tool schemas + history as extra prompt tokens),
# deliberately spanning many unrelated tool environments.


def mizzen(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 5, 11)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "azure"))
    egress = bb.cloud(rng, irange(rng, 2, 6), prov)
    uas = ("langchain-openai/0.3.6", "python-httpx/0.28.1")
    per_hour = float(rng.uniform(4, 9))
    steps_mean = float(rng.uniform(4, 8))
    gap = float(rng.uniform(3, 8))
    base_ctx = irange(rng, 1200, 2600)
    envs = list(tx.MIZZEN_ENVS)
    w = rng.dirichlet(np.ones(len(envs)) * 2.0)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n, bb.global_load(float(rng.uniform(0, 24)), 0.3))
    accts = []
    for i in range(n):
        a = ctx.account(rng, label=_CAMP, family="mizzen", role="worker", campaign_id=cid, org=org, pay=pay,
                        ua=uas[0] if chance(rng, 0.7) else uas[1], ips=egress)
        t_all, p_all, x_all, c_all = [], [], [], []
        for s in streams[i].tolist():
            env = envs[int(rng.choice(len(envs), p=w))]
            k = 3 + int(rng.poisson(steps_mean))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            goal = tx.mizzen_goal(rng, env)
            for j, tj in enumerate(t.tolist()):
                t_all.append(tj)
                p_all.append(tx.mizzen_first(rng, env, goal) if j == 0 else tx.mizzen_step(rng, env, j, j == k - 1))
                x_all.append(base_ctx + 350 * j)
                c_all.append(520.0 if j == k - 1 else 260.0)
        if not t_all:
            goal = tx.mizzen_goal(rng, "shell")
            t_all, p_all = [float(rng.uniform(start, ctx.t1))], [tx.mizzen_first(rng, "shell", goal)]
            x_all, c_all = [base_ctx], [260.0]
        t_arr = np.asarray(t_all)
        ctx.emit(rng, a, t_arr, p_all, models=ctx.models(rng, t_arr, p_new=0.9, p_mini=0.0),
                 comp_median=np.asarray(c_all), comp_sigma=0.5, extra=np.asarray(x_all), err=0.01)
        accts.append(a)
    ctx.campaign(cid, "mizzen", accts, {
        "accounts": n, "provider": prov, "egress_ips": len(egress), "episodes_per_hour": round(per_hour, 1),
        "steps_mean": round(3 + steps_mean, 1), "gap_s": round(gap, 1), "base_context": base_ctx,
        "env_weights": {e: round(float(x), 2) for e, x in zip(envs, w, strict=True)}})


# --------------------------------------------------------------------------------------------
# leeward: API resellers whose gateway forwards real end-customer chat around the clock and, from a
# day or so in, also a dataset buyer's synthetic-data generation jobs (instruction/response pairs,
# multi-turn dialogues; English, Chinese, Russian, Spanish). Each reseller has a primary key and
# 1-2 spill-over keys on the same card; hosting-provider egress.


def leeward(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_res = irange(rng, 1, 2)
    accts, params = [], []
    for _ in range(n_res):
        prov = pick(rng, ("hetzner", "ovh", "contabo", "m247", "leaseweb"))
        ips = bb.cloud(rng, irange(rng, 2, 4), prov)
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        ua = pick(rng, ("Go-http-client/2.0", "litellm/1.60.2", "axios/1.7.9"))
        keys = [ctx.account(rng, label=_CAMP, family="leeward", role="reseller" if j == 0 else "spillover",
                            campaign_id=cid, org=org, pay=pay, ua=ua, ips=ips) for j in range(1 + irange(rng, 1, 2))]
        share = np.asarray([0.75] + [0.25 / (len(keys) - 1)] * (len(keys) - 1))
        g_rate, d_rate = float(rng.uniform(15, 40)), float(rng.uniform(15, 35))
        d_start = ctx.t0 + float(rng.uniform(0.8, 3.0)) * DAY
        g = bb.thinned(rng, ctx.t0, ctx.t1, g_rate * (ctx.t1 - ctx.t0) / HOUR,
                       bb.global_load(float(rng.uniform(0, 24)), 0.6))
        d = bb.thinned(rng, d_start, ctx.t1, d_rate * (ctx.t1 - d_start) / HOUR, bb.constant)
        ts = np.concatenate([g, d])
        is_d = np.concatenate([np.zeros(len(g), bool), np.ones(len(d), bool)])
        o = np.argsort(ts, kind="stable")
        ts, is_d = ts[o], is_d[o]
        who = rng.choice(len(keys), size=len(ts), p=share)
        for j, k in enumerate(keys):
            m = who == j
            t, dd = ts[m], is_d[m]
            prompts = [tx.leeward_prompt(rng) if x else pick(rng, ctx.chat) for x in dd.tolist()]
            mg = ctx.models(rng, t, p_new=0.5, p_mini=0.2)
            md = ctx.models(rng, t, p_new=0.95, p_mini=0.0)
            models = [b if x else a for a, b, x in zip(mg, md, dd.tolist(), strict=True)]
            ctx.emit(rng, k, t, prompts, models=models, comp_median=np.where(dd, 1600.0, 330.0), comp_sigma=0.55,
                     err=0.03)
        accts.extend(keys)
        params.append({"provider": prov, "keys": len(keys), "genuine_per_hour": round(g_rate, 1),
                       "dataset_per_hour": round(d_rate, 1), "dataset_start_day": round((d_start - ctx.t0) / DAY, 2)})
    ctx.campaign(cid, "leeward", accts, {"resellers": params})


# --------------------------------------------------------------------------------------------
# jibe: a relay of throw-away keys, one alive at a time, each living a few hours on mobile-carrier
# IPv6 with an app-like user agent and sending a near-regular clock of bare text fragments to be
# continued (no instruction at all), capped completions; the next key appears minutes after the
# previous one goes quiet.


def jibe(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_max = irange(rng, 18, 40)
    carrier = pick(rng, ("br_mobile", "in_mobile", "us_mobile", "eu_mobile"))
    life = (float(rng.uniform(1.5, 2.5)), float(rng.uniform(3.5, 6.0)))
    gap_mean = float(rng.uniform(50, 150))
    cap = pick(rng, (512, 768, 1024))
    t = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    accts = []
    while len(accts) < n_max and t < ctx.t1 - HOUR:
        a = ctx.account(rng, label=_CAMP, family="jibe", role="burner", campaign_id=cid,
                        ua=pick(rng, bb.MOBILE[3:]), ips=["::1"])
        end = t + float(rng.uniform(*life)) * HOUR
        gaps = rng.gamma(8.0, gap_mean / 8.0, size=int((end - t) / gap_mean * 1.5) + 4)
        ts = t + np.cumsum(gaps)
        ts = ts[ts < min(end, ctx.t1)]
        pool = bb.mobile_v6(rng, irange(rng, 3, 8), carrier)
        comp = np.minimum(rng.lognormal(np.log(700), 0.5, size=len(ts)), cap)
        ctx.emit(rng, a, ts, [tx.jibe_prompt(rng, ctx.passages) for _ in range(len(ts))],
                 ips=bb.sticky(rng, ts, pool, float(rng.uniform(10, 30)) * MINUTE),
                 models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0), comp_median=comp, comp_sigma=0.01, err=0.01)
        accts.append(a)
        t = end + float(rng.uniform(5, 60)) * MINUTE
    ctx.campaign(cid, "jibe", accts, {"accounts": len(accts), "carrier": carrier, "life_h": [round(x, 2) for x in life],
                                      "gap_mean_s": round(gap_mean, 1), "max_tokens": cap})


# --------------------------------------------------------------------------------------------
# tiller: answer-then-sanitise chains. A question on a politically sensitive subject, then within a
# minute or two a request to rewrite the answer for strict content rules, often a translation of
# the compliant version. UTC+8 office hours, weekends too; half the keys on Chinese cloud
# providers, half on a sticky residential pool; cards shared between keys.


def tiller(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 6, 12)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    region = pick(rng, ("sea", "jp_kr"))
    pool = bb.resi(rng, irange(rng, 40, 120), region)
    per_day = float(rng.uniform(20, 50))
    p_tr = float(rng.uniform(0.35, 0.65))
    p_zh = float(rng.uniform(0.25, 0.55))
    curve = bb.workday(8, start=9.0, end=21.0, weekend=0.35, night=0.01)
    accts = []
    for _ in range(n):
        on_cloud = chance(rng, 0.5)
        ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ("alibaba", "tencent", "huawei"))) if on_cloud else [pool[0]]
        a = ctx.account(rng, label=_CAMP, family="tiller", role="worker", campaign_id=cid, pay=pick(rng, cards),
                        ua=bb.sdk_ua(rng, 0.6), ips=ips, tz=8)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        t_all, p_all, c_all = [], [], []
        for s in bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve).tolist():
            t_all.append(s)
            p_all.append(tx.tiller_question(rng, p_zh))
            c_all.append(700.0)
            s2 = s + float(rng.uniform(20, 120))
            t_all.append(s2)
            p_all.append(pick(rng, tx.TILLER_REWRITE))
            c_all.append(500.0)
            if chance(rng, p_tr):
                t_all.append(s2 + float(rng.uniform(15, 60)))
                p_all.append(pick(rng, tx.TILLER_TRANSLATE))
                c_all.append(550.0)
        if not t_all:
            t_all, p_all, c_all = [float(rng.uniform(start, ctx.t1))], [tx.tiller_question(rng, p_zh)], [700.0]
        t_arr = np.asarray(t_all)
        ips_ev = None if on_cloud else bb.sticky(rng, t_arr, pool, 20 * MINUTE)
        ctx.emit(rng, a, t_arr, p_all, ips=ips_ev, models=ctx.models(rng, t_arr, p_new=0.8, p_mini=0.0),
                 comp_median=np.asarray(c_all), comp_sigma=0.45, err=0.015)
        accts.append(a)
    ctx.campaign(cid, "tiller", accts, {"accounts": n, "cards": len(cards), "resi_region": region,
                                        "chains_per_day": round(per_day, 1), "p_translate": round(p_tr, 2),
                                        "p_chinese": round(p_zh, 2)})


CAMPAIGN_FAMILIES = {
    "bowsprit": bowsprit,
    "gunwale": gunwale,
    "halyard": halyard,
    "jibe": jibe,
    "leeward": leeward,
    "mizzen": mizzen,
    "tiller": tiller,
}

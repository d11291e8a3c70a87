"""Campaign families of blind batch 73 (code names from flamenco guitar).

Each family is `fn(ctx, rng, campaign_id)`: it opens accounts with `ctx.account`, records its
campaign(s) with `ctx.campaign` and writes events with `ctx.emit`. Parameters are drawn per seed;
the README card describes each family (read it only after the monitor's run).
"""

from __future__ import annotations

import random

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
    Acct,
    Ctx,
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
    worker_pool,
)
from bench.monitor_blind73 import texts as T

CAMP = "campaign"


def _r(rng: np.random.Generator) -> random.Random:
    return random.Random(int(rng.integers(0, 2**63)))


def _cat(parts) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


# --------------------------------------------------------------------------------------------


def falseta(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reasoning-trace coercion on the new model: worker pools of several small orgs."""
    r = _r(rng)
    n_orgs = irange(rng, 2, 3)
    shared = hexid(rng, "pay") if chance(rng, 0.5) else None
    proxy_org = irange(rng, 0, n_orgs - 1) if chance(rng, 0.6) else -1
    accts: list[Acct] = []
    orgs = []
    for o in range(n_orgs):
        org, pay = hexid(rng, "org"), (shared if (shared and o < 2) else hexid(rng, "pay"))
        ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "OpenAI/Python 1.63.2",
                        "OpenAI/Python 1.58.1"))
        k = irange(rng, 3, 6)
        if o == proxy_org:
            region = pick(rng, ("us", "eu", "sea", "latam"))
            pool = resi(rng, irange(rng, 200, 600), region)
            where, hold = f"resi:{region}", _u(rng, 8, 40) * MINUTE
        else:
            prov = pick(rng, ("hetzner", "ovh", "contabo", "m247", "leaseweb", "vultr"))
            pool = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 3, 8))
            where, hold = f"cloud:{prov}", 0.0
        keys = [ctx.account(rng, label=CAMP, family="falseta", role="reasoning_worker", campaign_id=camp, org=org,
                            pay=pay, ua=ua, ips=pool) for _ in range(k)]
        accts += keys
        warm_a = ctx.t0 + _u(rng, 1.5, 3.5) * DAY
        warm = worker_pool(rng, warm_a, ctx.release, _u(rng, 3, 12), k)
        main_a = ctx.release + _u(rng, 0.3, 10) * HOUR
        rate = _u(rng, 25, 70)
        curve = global_load(_u(rng, 0, 24), _u(rng, 0.1, 0.5))
        rotate = chance(rng, 0.5)
        if rotate and k >= 4:  # first cohort burns out, a second cohort of keys takes over
            h = k // 2
            cut = main_a + _u(rng, 20, 50) * HOUR
            main = worker_pool(rng, main_a, cut, rate, h, curve) + [np.empty(0)] * (k - h)
            late = worker_pool(rng, cut, ctx.t1, rate, k - h, curve)
            main = [_cat([m, late[i - h]]) if i >= h else m for i, m in enumerate(main)]
        else:
            main = worker_pool(rng, main_a, ctx.t1, rate, k, curve)
        p_new, comp = _u(rng, 0.92, 0.99), _u(rng, 1400, 2600)
        for key, w, m in zip(keys, warm, main, strict=True):
            ts = _cat([w, m])
            prompts = [T.reasoning_prompt(r) for _ in range(len(ts))]
            ips = sticky(rng, ts, pool, hold) if hold else None
            ctx.emit(rng, key, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), ips=ips, comp_median=comp,
                     comp_sigma=0.5, err=_u(rng, 0.02, 0.06))
        orgs.append({"where": where, "keys": k, "rate_per_h": round(rate, 1), "rotating_keys": rotate})
    ctx.campaign(camp, "falseta", accts, {"operation": "reasoning_trace_coercion", "orgs": orgs,
                                          "pacing": "poisson_worker_pool", "shared_card": bool(shared)})


def rasgueado(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reward-model labels: point-wise scores, pairwise preferences, rankings, critiques."""
    r = _r(rng)
    main_pay = hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "azure"))
    pool = cloud(rng, irange(rng, 4, 12), prov)
    tz = pick(rng, TZS)
    accts: list[Acct] = []
    groups = [(hexid(rng, "org"), main_pay, irange(rng, 5, 10))]
    for _ in range(irange(rng, 1, 2)):
        groups.append((hexid(rng, "org"), main_pay if chance(rng, 0.6) else hexid(rng, "pay"), irange(rng, 1, 3)))
    for org, pay, k in groups:
        ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2", "python-requests/2.32.3"))
        for _ in range(k):
            ips = [pool[i] for i in rng.choice(len(pool), size=irange(rng, 1, min(3, len(pool))), replace=False)]
            accts.append(ctx.account(rng, label=CAMP, family="rasgueado", role="grader", campaign_id=camp, org=org,
                                     pay=pay, ua=ua, ips=ips, tz=tz))
    start = ctx.t0 + _u(rng, 0, 2.5) * DAY
    night_rate, day_rate = _u(rng, 150, 380), _u(rng, 8, 25)  # per hour while running
    night_h = _u(rng, 2, 5)
    night = worker_pool(rng, start, ctx.t1, night_rate * night_h / 24, len(accts), nightly(_u(rng, 0, 3), night_h, tz))
    day = worker_pool(rng, start, ctx.t1, day_rate * 0.3, len(accts), workday(tz))
    p_new = _u(rng, 0.6, 0.9)
    chat, pas = ctx.chat, ctx.passages
    for a, n_ts, d_ts in zip(accts, night, day, strict=True):
        ts = _cat([n_ts, d_ts])
        prompts, meds = [], []
        for _ in range(len(ts)):
            p, m = T.grading_prompt(r, T.pick(r, chat), T.pick(r, pas), T.pick(r, pas), T.pick(r, pas))
            prompts.append(p)
            meds.append(m)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.03), comp_median=np.asarray(meds),
                 comp_sigma=0.55, err=0.015)
    ctx.campaign(camp, "rasgueado", accts, {"operation": "reward_model_labels", "cloud": prov, "tz": tz,
                                            "orgs": len(groups), "night_rate_per_h": round(night_rate, 1),
                                            "day_rate_per_h": round(day_rate, 1), "pacing": "nightly_batches"})


def alzapua(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """A hydra of short-lived keys behind rotating residential/mobile proxies: synthetic data and
    continuations."""
    r = _r(rng)
    n = irange(rng, 40, 70)
    cards = [hexid(rng, "pay") for _ in range(max(3, n // irange(rng, 3, 6)))]
    first = ctx.t0 + _u(rng, 0, 0.5) * DAY
    n_pre = int(round(n * _u(rng, 0.25, 0.45)))
    spawns = np.sort(np.concatenate([rng.uniform(first, ctx.release, size=n_pre),
                                     rng.uniform(ctx.release, ctx.t1 - 2 * HOUR, size=n - n_pre)]))
    p_cont, p_new = _u(rng, 0.2, 0.45), _u(rng, 0.9, 0.99)
    accts: list[Acct] = []
    for s in spawns.tolist():
        region = pick(rng, ("us", "eu", "in", "sea", "latam"))
        mobile = chance(rng, 0.25)
        pool = (mobile_v6(rng, 40, pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))) if mobile
                else resi(rng, 300, region))
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else sdk_ua(rng, 0.3)
        a = ctx.account(rng, label=CAMP, family="alzapua", role="hydra_key", campaign_id=camp, pay=pick(rng, cards),
                        ua=ua, ips=pool)
        accts.append(a)
        life = float(np.clip(rng.lognormal(np.log(6 * HOUR), 0.8), 1 * HOUR, 30 * HOUR))
        ts = thinned(rng, s, min(s + life, ctx.t1), _u(rng, 8, 40) * life / HOUR, constant)
        prompts = [T.continuation_prompt(r, T.pick(r, ctx.passages)) if r.random() < p_cont else T.synth_prompt(r)
                   for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.01), ips=[T.pick(r, pool) for _ in ts],
                 comp_median=_u(rng, 1000, 1800), comp_sigma=0.45, err=_u(rng, 0.03, 0.12))
    ctx.campaign(camp, "alzapua", accts, {"operation": "synthetic_data_and_continuation", "keys": n,
                                          "cards": len(cards), "ip_source": "rotating_residential_and_mobile",
                                          "lifetime_median_h": 6, "continuation_share": round(p_cont, 2)})


def picado(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Low-and-slow personas: human sessions from home networks, mostly harvesting questions."""
    r = _r(rng)
    n_ops = irange(rng, 2, 3)
    for op in range(n_ops):
        cid = camp if op == 0 else hexid(rng, "camp")
        voices = rng.choice(10, size=irange(rng, 2, 4), replace=False).tolist()
        accts: list[Acct] = []
        m = irange(rng, 8, 17)
        for _ in range(m):
            tz = pick(rng, TZS)
            ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE[:3])
            a = ctx.account(rng, label=CAMP, family="picado", role="persona", campaign_id=cid, ua=ua,
                            ips=home(rng, irange(rng, 1, 3), tz), tz=tz)
            accts.append(a)
            curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.3)
            start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
            sess = session_times(rng, start, ctx.t1, _u(rng, 1.5, 3.5), curve, _u(rng, 3, 8), _u(rng, 50, 200))
            ts = _cat(sess)
            share = _u(rng, 0.5, 0.85)
            harvest = [r.random() < share for _ in range(len(ts))]
            prompts = [T.expert_question(r, pick(rng, voices)) if h else T.pick(r, ctx.chat) for h in harvest]
            meds = np.where(harvest, _u(rng, 700, 1200), 320.0)
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, _u(rng, 0.2, 0.85), 0.05), comp_median=meds,
                     comp_sigma=0.6, err=0.005)
        ctx.campaign(cid, "picado", accts, {"operation": "low_and_slow_personas", "operator": op, "personas": m,
                                            "voices": voices, "ip_source": "home_isp_by_tz",
                                            "pacing": "human_sessions"})


def cejilla(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Censorship-compliant rewrites, approved framings and back-translation pairs."""
    r = _r(rng)
    accts: list[Acct] = []
    prov = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    block = rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 4, 10))
    org_a, pay_a = hexid(rng, "org"), hexid(rng, "pay")
    ua_a = pick(rng, ("Go-http-client/2.0", "OpenAI/Python 1.58.1"))
    ka = [ctx.account(rng, label=CAMP, family="cejilla", role="rewrite_worker", campaign_id=camp, org=org_a, pay=pay_a,
                      ua=ua_a, ips=block, tz=8) for _ in range(irange(rng, 5, 9))]
    region = pick(rng, ("sea", "jp_kr"))
    proxy = resi(rng, irange(rng, 80, 300), region)
    org_b, pay_b = hexid(rng, "org"), hexid(rng, "pay")
    ua_b = pick(rng, ("okhttp/4.12.0", "python-requests/2.32.3"))
    kb = [ctx.account(rng, label=CAMP, family="cejilla", role="rewrite_worker", campaign_id=camp, org=org_b, pay=pay_b,
                      ua=ua_b, ips=proxy) for _ in range(irange(rng, 3, 5))]
    accts = ka + kb
    start = ctx.t0 + _u(rng, 0, 1.5) * DAY
    rate_a, rate_b = _u(rng, 15, 40), _u(rng, 6, 18)  # jobs per hour, averaged over the week
    jobs = (worker_pool(rng, start, ctx.t1, rate_a, len(ka), workday(8, start=9, end=21, weekend=0.5))
            + worker_pool(rng, start, ctx.t1, rate_b, len(kb)))
    mix = (_u(rng, 0.3, 0.5), _u(rng, 0.15, 0.3))
    p_new = _u(rng, 0.75, 0.95)
    hold = _u(rng, 15, 45) * MINUTE
    for i_a, (a, js) in enumerate(zip(accts, jobs, strict=True)):
        ts, prompts, meds = [], [], []
        for t in js.tolist():
            u = r.random()
            if u < mix[0]:
                ts.append(t)
                prompts.append(T.rewrite_prompt(r, T.pick(r, ctx.passages)))
                meds.append(520.0)
            elif u < mix[0] + mix[1]:
                ts.append(t)
                prompts.append(T.approved_prompt(r))
                meds.append(450.0)
            else:
                fwd, back = T.backtrans_pair(r, T.pick(r, ctx.passages))
                ts += [t, t + _u(rng, 2, 25)]
                prompts += [fwd, back]
                meds += [420.0, 300.0]
        order = np.argsort(ts, kind="stable")
        tsa = np.asarray(ts)[order]
        ips = sticky(rng, tsa, proxy, hold) if i_a >= len(ka) else None
        ctx.emit(rng, a, tsa, [prompts[i] for i in order.tolist()], models=ctx.models(rng, tsa, p_new, 0.02),
                 ips=ips, comp_median=np.asarray(meds)[order], comp_sigma=0.5, err=0.02)
    ctx.campaign(camp, "cejilla", accts, {"operation": "compliant_rewrites_and_backtranslation", "cloud": prov,
                                          "proxy_region": region, "rate_a_per_h": round(rate_a, 1),
                                          "rate_b_per_h": round(rate_b, 1), "mix": [round(x, 2) for x in mix]})


def tresillo(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Agent trajectories from synthetic tool environments, one episode at a time."""
    r = _r(rng)
    pay = hexid(rng, "pay")
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    nat = cloud(rng, irange(rng, 3, 8), "aws")
    ua = pick(rng, ("openai-agents/0.0.7 OpenAI/Python 1.66.3", "langgraph/0.2.70 langchain-openai/0.3.6",
                    "OpenAI/Python 1.63.2"))
    k = irange(rng, 5, 10)
    accts = [ctx.account(rng, label=CAMP, family="tresillo", role="agent_rollout", campaign_id=camp,
                         org=orgs[i % len(orgs)], pay=pay, ua=ua,
                         ips=[nat[j] for j in rng.choice(len(nat), size=irange(rng, 2, min(4, len(nat))), replace=False)])
             for i in range(k)]
    pre_a = ctx.t0 + _u(rng, 1, 3) * DAY
    post_a = ctx.release + _u(rng, 1, 12) * HOUR
    pre_rate, post_rate = _u(rng, 3, 8), _u(rng, 8, 18)
    starts = _cat([thinned(rng, pre_a, ctx.release, pre_rate * (ctx.release - pre_a) / HOUR, constant),
                   thinned(rng, post_a, ctx.t1, post_rate * (ctx.t1 - post_a) / HOUR, constant)])
    per: list[dict] = [{"ts": [], "p": [], "x": [], "c": []} for _ in range(k)]
    base_x, step_x, gap = _u(rng, 1200, 3500), _u(rng, 250, 900), _u(rng, 3, 12)
    for s in starts.tolist():
        j = int(rng.integers(k))
        env, tools, task = T.agent_task(r)
        steps = irange(rng, 4, 14)
        voice = r.randrange(3)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=steps - 1))])
        for i, ti in enumerate(t.tolist()):
            last = i == steps - 1
            per[j]["ts"].append(ti)
            per[j]["p"].append(T.agent_step(r, env, tools, task, i, last, voice))
            per[j]["x"].append(int(base_x + i * step_x * rng.uniform(0.7, 1.3)))
            per[j]["c"].append(420.0 if last else 230.0)
    for a, d in zip(accts, per, strict=True):
        order = np.argsort(d["ts"], kind="stable")
        ts = np.asarray(d["ts"])[order]
        idx = order.tolist()
        ctx.emit(rng, a, ts, [d["p"][i] for i in idx], models=ctx.models(rng, ts, 0.9, 0.02),
                 comp_median=np.asarray(d["c"])[order], comp_sigma=0.55,
                 extra=np.asarray(d["x"], dtype=np.int64)[order], err=0.02)
    ctx.campaign(camp, "tresillo", accts, {"operation": "agent_trajectories", "keys": k, "orgs": len(orgs),
                                           "episodes": len(starts), "pre_rate_eps_per_h": round(pre_rate, 1),
                                           "post_rate_eps_per_h": round(post_rate, 1), "ip_source": "aws_nat"})


def abanico(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Best-of-n and cross-model pairs over public prompts (samples of one prompt in quick succession)."""
    r = _r(rng)
    k = irange(rng, 3, 6)
    cards = [hexid(rng, "pay") for _ in range(2)]
    prov = pick(rng, ("digitalocean", "vultr", "linode", "ovh"))
    accts = [ctx.account(rng, label=CAMP, family="abanico", role="sampler", campaign_id=camp, pay=cards[i % 2],
                         ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11")),
                         ips=cloud(rng, irange(rng, 1, 2), prov)) for i in range(k)]
    voice = [int(rng.integers(5)) for _ in range(k)]
    pre_a, post_a = ctx.t0 + _u(rng, 0.5, 2.5) * DAY, ctx.release + _u(rng, 0.5, 6) * HOUR
    pre_rate, post_rate = _u(rng, 3, 8), _u(rng, 10, 25)
    groups = _cat([thinned(rng, pre_a, ctx.release, pre_rate * (ctx.release - pre_a) / HOUR, constant),
                   thinned(rng, post_a, ctx.t1, post_rate * (ctx.t1 - post_a) / HOUR, constant)])
    p_delta = _u(rng, 0.3, 0.6)
    old, new = ctx.old_models[0], ctx.new_model
    per: list[dict] = [{"ts": [], "p": [], "m": []} for _ in range(k)]
    for g in groups.tolist():
        j = int(rng.integers(k))
        prompt = T.sample_wrap(r, T.pick(r, ctx.chat), voice[j])
        n = irange(rng, 3, 8)
        t = g + np.cumsum(rng.lognormal(np.log(0.8), 0.7, size=n))
        models = [new if g >= ctx.release else old] * n
        if g >= ctx.release and chance(rng, p_delta):
            t = np.append(t, t[-1] + rng.lognormal(np.log(2.0), 0.6))
            models.append(old)
        per[j]["ts"] += t.tolist()
        per[j]["p"] += [prompt] * len(t)
        per[j]["m"] += models
    for a, d in zip(accts, per, strict=True):
        order = np.argsort(d["ts"], kind="stable").tolist()
        ts = np.asarray(d["ts"])[order]
        ctx.emit(rng, a, ts, [d["p"][i] for i in order], models=[d["m"][i] for i in order],
                 comp_median=_u(rng, 300, 600), comp_sigma=0.7, err=0.02)
    ctx.campaign(camp, "abanico", accts, {"operation": "best_of_n_and_cross_model_pairs", "keys": k, "cloud": prov,
                                          "groups": len(groups), "delta_pair_share": round(p_delta, 2),
                                          "post_rate_groups_per_h": round(post_rate, 1)})


def remate(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """A gray-market relay's keys: relayed end-user chat with a distiller's multi-turn harvesting inside."""
    r = _r(rng)
    k = irange(rng, 3, 5)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    prov = pick(rng, ("hetzner", "ovh", "vultr", "m247"))
    egress = rented_block(rng, prov, 1, irange(rng, 2, 6))
    accts = [ctx.account(rng, label=CAMP, family="remate", role="relay_key", campaign_id=camp, org=orgs[i % 2],
                         pay=cards[i % len(cards)], ips=egress,
                         ua=pick(rng, ("Go-http-client/2.0", "one-api/0.6.10", "new-api/v0.4.7",
                                       "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)")))
             for i in range(k)]
    chat_rate = _u(rng, 40, 90)
    curve = global_load(_u(rng, 11, 15), _u(rng, 0.5, 0.7))
    chat = worker_pool(rng, ctx.t0, ctx.t1, chat_rate, k, curve)
    conv_rate = chat_rate * _u(rng, 0.4, 1.0) / 7.0  # conversations per hour (about 7 turns each)
    conv_a = ctx.t0 + _u(rng, 0.5, 2) * DAY
    starts = thinned(rng, conv_a, ctx.t1, conv_rate * (ctx.t1 - conv_a) / HOUR, constant)
    gap = _u(rng, 8, 30)
    per: list[dict] = [{"ts": c.tolist(), "p": [T.pick(r, ctx.chat) for _ in c], "h": [False] * len(c)} for c in chat]
    for s in starts.tolist():
        j = int(rng.integers(k))
        turns = irange(rng, 4, 10)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=turns - 1))])
        topic, first = T.opener(r) if r.random() < 0.5 else ("", T.pick(r, ctx.chat))
        per[j]["ts"] += t.tolist()
        per[j]["p"] += [first] + [T.followup(r, topic) for _ in range(turns - 1)]
        per[j]["h"] += [True] * turns
    p_chat_new, p_h_new = _u(rng, 0.35, 0.65), _u(rng, 0.85, 0.98)
    for a, d in zip(accts, per, strict=True):
        order = np.argsort(d["ts"], kind="stable").tolist()
        ts = np.asarray(d["ts"])[order]
        h = np.asarray(d["h"], dtype=bool)[order]
        m_chat, m_h = ctx.models(rng, ts, p_chat_new, 0.15), ctx.models(rng, ts, p_h_new, 0.0)
        models = [mh if hh else mc for mc, mh, hh in zip(m_chat, m_h, h.tolist(), strict=True)]
        ctx.emit(rng, a, ts, [d["p"][i] for i in order], models=models, comp_median=np.where(h, 650.0, 320.0),
                 comp_sigma=0.7, err=0.03)
    ctx.campaign(camp, "remate", accts, {"operation": "relay_with_multi_turn_harvest", "keys": k, "egress": prov,
                                         "chat_rate_per_h": round(chat_rate, 1), "conversations": len(starts),
                                         "followup_gap_s": round(gap, 1)})


CAMPAIGN_FAMILIES = {
    "falseta": falseta,
    "rasgueado": rasgueado,
    "alzapua": alzapua,
    "picado": picado,
    "cejilla": cejilla,
    "tresillo": tresillo,
    "abanico": abanico,
    "remate": remate,
}

__all__ = ["CAMPAIGN_FAMILIES"]

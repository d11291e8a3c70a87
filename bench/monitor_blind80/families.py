"""Campaign families of blind batch 80 (code names from tatting).

Each family is `f(ctx, rng, campaign_id)`: it draws its own parameters from `rng` (so every seed
runs a different variant), creates its accounts through `ctx.account`, writes their events with
`ctx.emit` and records one campaign with `ctx.campaign`. The README describes each family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
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
    worker_pool,
)
from bench.monitor_blind80 import texts

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# helpers shared with kinds.py


def models_p(ctx: Ctx, rng: Rng, ts, p_new, p_mini: float = 0.05) -> list[str]:
    """Per event: the new model with probability p_new (scalar or per event) once released,
    otherwise the old flagship (a p_mini share of the small old model)."""
    ts = np.asarray(ts, dtype=np.float64)
    p = np.broadcast_to(np.asarray(p_new, dtype=np.float64), ts.shape)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    after = ts >= ctx.release
    return [new if (a and x < q) else (mini if y < p_mini else old)
            for a, x, y, q in zip(after.tolist(), u.tolist(), v.tolist(), p.tolist(), strict=True)]


def on_off(rng: Rng, a: float, b: float, on_h: tuple[float, float], off_h: tuple[float, float]) -> Callable:
    """A pipeline that runs for a while, pauses, runs again: 1 inside its runs, 0 outside."""
    spans, t = [], a + float(rng.uniform(0, off_h[1])) * HOUR
    while t < b:
        d = float(rng.uniform(*on_h)) * HOUR
        spans.append((t, t + d))
        t += d + float(rng.uniform(*off_h)) * HOUR
    lo = np.array([s[0] for s in spans] or [b])
    hi = np.array([s[1] for s in spans] or [b])

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        i = np.searchsorted(lo, ts, side="right") - 1
        ok = i >= 0
        res = np.zeros(len(ts))
        res[ok] = (ts[ok] < hi[i[ok]]).astype(np.float64)
        return res
    return f


def cards(rng: Rng, n: int) -> list[str]:
    return [hexid(rng, "pay") for _ in range(max(1, n))]


MOBILE_KIND = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 0: "eu_mobile", 1: "eu_mobile", 2: "eu_mobile",
               5: "in_mobile"}


# --------------------------------------------------------------------------------------------
# families


def josephine(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion run as a hydra of short-lived fresh keys on proxy networks."""
    fam = "josephine"
    n_keys = irange(rng, 30, 60)
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    life_med_h = float(rng.uniform(7, 20))
    rate_h = float(rng.uniform(10, 40))
    lang_keys = list(texts.PROBLEMS)
    lw = rng.dirichlet(np.array([6.0, 2.0, 1.0, 1.0, 1.0]))
    ip_mode = pick(rng, ("resi_sticky", "mobile", "resi_cloud"))
    region = pick(rng, ("*", "us", "eu", "sea", "latam", "in"))
    pool = resi(rng, irange(rng, 200, 1200), region)
    hold = float(rng.uniform(300, 1800))
    ua_mode = pick(rng, ("rotate", "fixed"))
    fixed_ua = sdk_ua(rng, 0.3)
    pay = cards(rng, n_keys // irange(rng, 3, 8))
    p_redo = float(rng.uniform(0.03, 0.15))
    comp_med = float(rng.uniform(900, 1700))
    err = float(rng.uniform(0.015, 0.06))
    p_new = float(rng.uniform(0.92, 0.99))
    around_clock = chance(rng, 0.6)
    op_tz = pick(rng, (8, 3, 2, 5))
    curve = constant if around_clock else workday(op_tz, start=8.0, end=23.0, weekend=0.7, night=0.25)
    births = np.sort(rng.uniform(start, ctx.t1 - 4 * HOUR, size=n_keys))
    accts = []
    for i in range(n_keys):
        a = float(births[i])
        b = min(ctx.t1, a + float(rng.lognormal(np.log(life_med_h), 0.5)) * HOUR)
        ts = thinned(rng, a, b, rate_h * float(rng.lognormal(0, 0.35)) * (b - a) / HOUR, curve)
        if ip_mode == "resi_sticky":
            ips = sticky(rng, ts, pool, hold)
        elif ip_mode == "mobile":
            ips = sticky(rng, ts, mobile_v6(rng, irange(rng, 4, 40), pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))), hold)
        else:
            cl = cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "digitalocean", "vultr")))
            ips = [pick(rng, cl) if chance(rng, 0.5) else x for x in sticky(rng, ts, pool, hold)]
        ua = sdk_ua(rng, 0.3) if ua_mode == "rotate" else fixed_ua
        acct = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, pay=pick(rng, pay),
                           ua=ua, ips=pool[:1])
        accts.append(acct)
        lang = lang_keys[int(rng.choice(len(lang_keys), p=lw))] if chance(rng, 0.7) else None
        langs = [lang or lang_keys[int(rng.choice(len(lang_keys), p=lw))] for _ in range(len(ts))]
        prompts = [texts.reasoning_prompt(rng, lg, p_redo) for lg in langs]
        if len(ts):
            ctx.emit(rng, acct, ts, prompts, models=models_p(ctx, rng, ts, p_new, 0.02), ips=ips,
                     comp_median=comp_med, comp_sigma=0.5, err=err)
    ctx.campaign(cid, fam, accts, {
        "operation": "reasoning-trace coercion", "keys": n_keys, "start": start, "life_median_h": life_med_h,
        "rate_per_key_h": rate_h, "ip_source": ip_mode, "proxy_region": region, "sticky_s": hold,
        "user_agent": ua_mode, "cards": len(pay), "languages": dict(zip(lang_keys, lw.round(3).tolist(), strict=True)),
        "redo_share": p_redo, "completion_median": comp_med, "p_new": p_new, "around_clock": around_clock})


def cluny(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Judge / reward-model distillation: rubric scores, pairwise verdicts, critiques."""
    fam = "cluny"
    n = irange(rng, 4, 9)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = cards(rng, n_orgs)
    provider = pick(rng, ("aws", "gcp", "azure", "oracle", "digitalocean", "linode"))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 2, 6))
    ua = pick(rng, ("litellm/1.60.2", "AsyncOpenAI/Python 1.60.0", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.63.2"))
    start = ctx.t0 + float(rng.uniform(0, 2.5)) * DAY
    curve = on_off(rng, start, ctx.t1, (2, 9), (1, 10))
    per_hour = float(rng.uniform(50, 150))
    kinds = list(texts.JUDGE)
    comp = {"rubric": rng.uniform(200, 380), "pair": rng.uniform(280, 520), "critique": rng.uniform(550, 950),
            "scalar": rng.uniform(2, 6)}
    p_new = float(rng.uniform(0.8, 0.95))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, curve)
    mix = rng.dirichlet(np.full(len(kinds), 1.5))
    accts = []
    for i, ts in enumerate(streams):
        o = i % n_orgs
        acct = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, org=orgs[o],
                           pay=pays[o], ua=ua, ips=block)
        accts.append(acct)
        ks = [kinds[j] for j in rng.choice(len(kinds), size=len(ts), p=mix).tolist()]
        prompts = [texts.judge_prompt(rng, k, ctx.chat, ctx.passages) for k in ks]
        med = np.array([comp[k] for k in ks])
        ctx.emit(rng, acct, ts, prompts, models=models_p(ctx, rng, ts, p_new, 0.1), comp_median=med,
                 comp_sigma=0.45, err=0.01)
    ctx.campaign(cid, fam, accts, {
        "operation": "judge distillation", "accounts": n, "orgs": n_orgs, "provider": provider, "ips": len(block),
        "user_agent": ua, "start": start, "jobs_per_hour_when_on": per_hour,
        "mix": dict(zip(kinds, mix.round(3).tolist(), strict=True)), "p_new": p_new})


def split_ring(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Low-and-slow curriculum harvest by accounts that look like students chatting."""
    fam = "split_ring"
    n = irange(rng, 40, 80)
    time_mode = pick(rng, ("persona", "operator"))
    op_tz = pick(rng, (8, 3, 5, 2, -3))
    ip_mode = pick(rng, ("static_resi", "rotating_resi", "mobile"))
    p_chat = float(rng.uniform(0.25, 0.5))
    p_new = float(rng.uniform(0.55, 0.85))
    langs = list(texts.OPENERS)
    lw = rng.dirichlet(np.array([12.0] + [1.0] * (len(langs) - 1)))
    pay = cards(rng, n // irange(rng, 4, 10))
    per_day = float(rng.uniform(0.7, 2.5))
    size_mean = float(rng.uniform(3, 8))
    gap_med = float(rng.uniform(45, 160))
    comp_h = float(rng.uniform(500, 900))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        curve = evening_person(tz) if time_mode == "persona" else workday(
            op_tz, start=float(rng.uniform(9, 11)), end=float(rng.uniform(17, 21)), weekend=float(rng.uniform(0.2, 0.8)))
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        b = ctx.t1 - (float(rng.uniform(0, 2)) * DAY if chance(rng, 0.3) else 0.0)
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE)
        own = home(rng, irange(rng, 1, 3), tz)
        acct = ctx.account(rng, label="campaign", family=fam, role="persona", campaign_id=cid, pay=pick(rng, pay),
                           ua=ua, ips=own, tz=tz)
        accts.append(acct)
        lang = langs[int(rng.choice(len(langs), p=lw))]
        rot = home(rng, 40, tz)
        mkind = MOBILE_KIND.get(tz)
        for sess in session_times(rng, a, b, per_day, curve, size_mean, gap_med, 0.7):
            k = len(sess)
            if k == 0:
                continue
            if chance(rng, p_chat):
                prompts = [pick(rng, ctx.chat) for _ in range(k)]
                med = np.full(k, 350.0)
            else:
                prompts = [texts.curriculum_opener(rng, lang)] + [texts.curriculum_followup(rng, lang) for _ in range(k - 1)]
                med = np.r_[comp_h, np.full(k - 1, comp_h * 0.8)]
            if ip_mode == "static_resi":
                ips = pick(rng, own)
            elif ip_mode == "rotating_resi" or mkind is None:
                ips = pick(rng, rot)
            else:
                ips = mobile_v6(rng, 1, mkind)[0]
            ctx.emit(rng, acct, sess, prompts, models=models_p(ctx, rng, sess, p_new), ips=ips, comp_median=med,
                     comp_sigma=0.6, err=0.005)
    ctx.campaign(cid, fam, accts, {
        "operation": "curriculum harvest disguised as students", "accounts": n, "time_mode": time_mode,
        "operator_tz": op_tz, "ip_source": ip_mode, "chat_share": p_chat, "p_new": p_new, "cards": len(pay),
        "sessions_per_day": per_day, "session_size": size_mean, "think_s": gap_med,
        "languages": dict(zip(langs, lw.round(3).tolist(), strict=True))})


def onion_ring(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A synthetic-dataset factory: batch jobs of self-instruct, persona, evol, sanitising rewrites."""
    fam = "onion_ring"
    n = irange(rng, 3, 6)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = cards(rng, n_orgs)
    provider = pick(rng, ("gcp", "aws", "azure", "oracle", "hetzner"))
    block = rented_block(rng, provider, 1, irange(rng, 3, 8))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2", "python-httpx/0.28.1"))
    schedule = pick(rng, ("24/7", "nightly"))
    op_tz = pick(rng, (8, 2, 3, -5))
    curve = constant if schedule == "24/7" else nightly(float(rng.uniform(19, 23)), float(rng.uniform(7, 11)), op_tz)
    every_min = float(rng.uniform(35, 120))
    job_size = float(rng.uniform(40, 140))
    gap = float(rng.uniform(0.4, 2.5))
    start = ctx.t0 + float(rng.uniform(0.3, 2.5)) * DAY
    tasks = list(texts.FACTORY)
    mix = rng.dirichlet(np.full(len(tasks), 1.2))
    comp = {"self_instruct": rng.uniform(1100, 1600), "persona": rng.uniform(600, 900), "evol": rng.uniform(700, 1000),
            "sanitise": rng.uniform(350, 500), "dialogue": rng.uniform(1200, 1800), "continuation": rng.uniform(900, 1400)}
    p_new = float(rng.uniform(0.85, 0.97))
    accts = [ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, org=orgs[i % n_orgs],
                         pay=pays[i % n_orgs], ua=ua, ips=block) for i in range(n)]
    starts = thinned(rng, start, ctx.t1, (ctx.t1 - start) / (every_min * 60), curve)
    for job in bursts(rng, starts, job_size, gap, 0.6, ctx.t1):
        acct = pick(rng, accts)
        task = tasks[int(rng.choice(len(tasks), p=mix))]
        prompts = [texts.factory_prompt(rng, task, ctx.chat, ctx.passages) for _ in range(len(job))]
        ctx.emit(rng, acct, job, prompts, models=models_p(ctx, rng, job, p_new, 0.03), comp_median=comp[task],
                 comp_sigma=0.45, err=0.02)
    ctx.campaign(cid, fam, accts, {
        "operation": "synthetic dataset factory", "accounts": n, "orgs": n_orgs, "provider": provider,
        "user_agent": ua, "schedule": schedule, "operator_tz": op_tz, "job_every_min": every_min,
        "job_size": job_size, "gap_s": gap, "start": start, "mix": dict(zip(tasks, mix.round(3).tolist(), strict=True)),
        "p_new": p_new})


def mock_picot(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A gray-market API relay: real resold end-user chat plus the relay's own nightly harvest."""
    fam = "mock_picot"
    n = irange(rng, 2, 4)
    ua = pick(rng, ("Go-http-client/2.0", "axios/1.7.9", "python-httpx/0.28.1", "Go-http-client/1.1"))
    shared = hexid(rng, "pay")
    user_rate = float(rng.uniform(8, 25))
    peak, depth = float(rng.uniform(11, 15)), float(rng.uniform(0.5, 0.8))
    h_start, h_len = float(rng.uniform(0, 3)), float(rng.uniform(3, 6))
    h_rate = float(rng.uniform(60, 160))
    h_from = ctx.release - float(rng.uniform(0, 1)) * DAY
    p_user_new = float(rng.uniform(0.6, 0.85))
    h_comp = float(rng.uniform(900, 1500))
    accts = []
    for _ in range(n):
        provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei", "aws"))
        ips = cloud(rng, irange(rng, 1, 4), provider)
        acct = ctx.account(rng, label="campaign", family=fam, role="reseller", campaign_id=cid,
                           pay=shared if chance(rng, 0.4) else None, ua=ua, ips=ips, tz=8)
        accts.append(acct)
        ts = thinned(rng, ctx.t0, ctx.t1, user_rate * float(rng.lognormal(0, 0.3)) * (ctx.t1 - ctx.t0) / HOUR,
                     global_load(peak, depth))
        ctx.emit(rng, acct, ts, [pick(rng, ctx.chat) for _ in range(len(ts))],
                 models=models_p(ctx, rng, ts, p_user_new, 0.15), comp_median=350.0, comp_sigma=0.8, err=0.015)
    for acct, ts in zip(accts, worker_pool(rng, h_from, ctx.t1, h_rate, n, nightly(h_start, h_len, 8)), strict=True):
        ctx.emit(rng, acct, ts, [texts.resell_prompt(rng, ctx.passages) for _ in range(len(ts))],
                 models=models_p(ctx, rng, ts, 0.97, 0.0), comp_median=h_comp, comp_sigma=0.45, err=0.03)
    ctx.campaign(cid, fam, accts, {
        "operation": "relay resale plus own harvest", "accounts": n, "user_agent": ua, "user_rate_h": user_rate,
        "load_peak_utc": peak, "load_depth": depth, "harvest_start_h_cst": h_start, "harvest_hours": h_len,
        "harvest_rate_h": h_rate, "harvest_from": h_from, "p_user_new": p_user_new, "harvest_completion": h_comp})


def catherine_wheel(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n and soft-label sampling: each prompt sent n times in a tight burst."""
    fam = "catherine_wheel"
    n = irange(rng, 6, 12)
    n_orgs = irange(rng, 2, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = cards(rng, n_orgs)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "leaseweb", "m247"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 1, 4))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.58.1", "reqwest/0.12.12"))
    n_samples = float(rng.uniform(4, 12))
    per_hour = float(rng.uniform(10, 28))
    gap = float(rng.uniform(0.05, 0.6))
    start = ctx.release - float(rng.uniform(0, 1)) * DAY
    modes = ["code", "mcq", "soft"]
    mix = rng.dirichlet(np.full(3, 2.0))
    comp = {"code": float(rng.uniform(300, 650)), "mcq": float(rng.uniform(1.5, 4)), "soft": float(rng.uniform(1.5, 3))}
    p_new = float(rng.uniform(0.95, 0.99))
    accts = []
    for i, starts in enumerate(worker_pool(rng, start, ctx.t1, per_hour, n)):
        o = i % n_orgs
        mine = [pick(rng, block) for _ in range(irange(rng, 1, 2))]
        acct = ctx.account(rng, label="campaign", family=fam, role="sampler", campaign_id=cid, org=orgs[o],
                           pay=pays[o], ua=ua, ips=mine)
        accts.append(acct)
        for s in starts.tolist():
            k = max(2, int(rng.poisson(n_samples)))
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            mode = modes[int(rng.choice(3, p=mix))]
            p = (texts.code_prompt(rng) if mode == "code" else texts.mcq_prompt(rng) if mode == "mcq"
                 else texts.softlabel_prompt(rng, ctx.chat))
            ctx.emit(rng, acct, ts, p, models=models_p(ctx, rng, ts, p_new, 0.0), comp_median=comp[mode],
                     comp_sigma=0.4 if mode == "code" else 0.3, err=0.01)
    ctx.campaign(cid, fam, accts, {
        "operation": "best-of-n / soft-label sampling", "accounts": n, "orgs": n_orgs, "provider": provider,
        "user_agent": ua, "samples_per_prompt": n_samples, "prompts_per_hour": per_hour, "burst_gap_s": gap,
        "start": start, "mix": dict(zip(modes, mix.round(3).tolist(), strict=True)), "p_new": p_new})


def thrown_ring(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent / tool-use transcript harvest: synthetic environments driven step by step."""
    fam = "thrown_ring"
    n_orgs = irange(rng, 3, 5)
    n = irange(rng, 10, 25)
    envs = list(texts.AGENT_ENVS)
    start = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
    ep_rate = float(rng.uniform(0.3, 1.2))
    steps_mean = float(rng.uniform(3, 9))
    step_gap = float(rng.uniform(3, 10))
    base_extra, step_extra = float(rng.uniform(900, 2500)), float(rng.uniform(250, 700))
    comp_step, comp_final = float(rng.uniform(60, 200)), float(rng.uniform(300, 600))
    p_new = float(rng.uniform(0.85, 0.97))
    org_cfg = []
    for _ in range(n_orgs):
        provider = pick(rng, ("aws", "azure", "gcp", "oracle", "digitalocean"))
        proxied = chance(rng, 0.3)
        org_cfg.append({
            "org": hexid(rng, "org"), "pay": hexid(rng, "pay"),
            "ips": resi(rng, irange(rng, 50, 300), "*") if proxied else cloud(rng, irange(rng, 2, 4), provider),
            "proxied": proxied,
            "ua": pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2",
                             "openai-agents/0.0.8 OpenAI/Python 1.63.2", "llama-index-llms-openai/0.3.13")),
            "wrap": pick(rng, texts.AGENT_WRAP),
            "envs": rng.dirichlet(np.full(len(envs), 0.8)),
        })
    accts = []
    for i in range(n):
        oc = org_cfg[i % n_orgs]
        acct = ctx.account(rng, label="campaign", family=fam, role="agent_runner", campaign_id=cid, org=oc["org"],
                           pay=oc["pay"], ua=oc["ua"], ips=oc["ips"])
        accts.append(acct)
        a = start + float(rng.uniform(0, 0.5)) * DAY
        for s in thinned(rng, a, ctx.t1, ep_rate * float(rng.lognormal(0, 0.3)) * (ctx.t1 - a) / HOUR, constant).tolist():
            k = 2 + int(rng.poisson(steps_mean))
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))])
            env = envs[int(rng.choice(len(envs), p=oc["envs"]))]
            prompts = [texts.agent_task(rng, env)] + [texts.agent_obs(rng, env, oc["wrap"]) for _ in range(k - 1)]
            extra = (base_extra + step_extra * np.arange(k) * rng.uniform(0.7, 1.3, size=k)).astype(np.int64)
            med = np.r_[np.full(k - 1, comp_step), comp_final]
            ips = sticky(rng, ts, oc["ips"], 600.0) if oc["proxied"] else pick(rng, oc["ips"])
            ctx.emit(rng, acct, ts, prompts, models=models_p(ctx, rng, ts, p_new, 0.02), ips=ips, comp_median=med,
                     comp_sigma=0.6, err=0.01, extra=extra)
    ctx.campaign(cid, fam, accts, {
        "operation": "agent transcript harvest", "accounts": n, "orgs": n_orgs, "start": start,
        "episodes_per_hour": ep_rate, "steps_mean": steps_mean, "step_gap_s": step_gap,
        "extra_tokens": [base_extra, step_extra], "proxied_orgs": sum(o["proxied"] for o in org_cfg), "p_new": p_new})


def lock_join(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Parallel-corpus harvest spread thin over many 'translation app' accounts on phones."""
    fam = "lock_join"
    n = irange(rng, 20, 50)
    time_mode = pick(rng, ("persona", "operator"))
    op_tz = pick(rng, (8, 3, 5))
    per_day = float(rng.uniform(0.8, 3))
    size_mean = float(rng.uniform(4, 9))
    gap = float(rng.uniform(8, 30))
    p_back = float(rng.uniform(0.1, 0.3))
    p_new, p_mini = float(rng.uniform(0.4, 0.75)), float(rng.uniform(0.05, 0.2))
    ratio = float(rng.uniform(1.0, 1.4))
    pay = cards(rng, n // irange(rng, 2, 5))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        curve = evening_person(tz) if time_mode == "persona" else workday(op_tz, start=9.0, end=22.0, weekend=0.8)
        acct = ctx.account(rng, label="campaign", family=fam, role="app_user", campaign_id=cid, pay=pick(rng, pay),
                           ua=pick(rng, MOBILE), ips=home(rng, 2, tz), tz=tz)
        accts.append(acct)
        mkind = MOBILE_KIND.get(tz)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        for sess in session_times(rng, a, ctx.t1, per_day, curve, size_mean, gap, 0.6):
            k = len(sess)
            if k == 0:
                continue
            src = texts.chunk(rng, pick(rng, ctx.passages if chance(rng, 0.7) else ctx.chat), 150, 900)
            targets = rng.choice(texts.LANGS_EN, size=min(k, len(texts.LANGS_EN)), replace=False).tolist()
            prompts, med = [], []
            for j in range(k):
                if chance(rng, p_back):
                    p = texts.back_prompt(rng)
                else:
                    p = texts.translate_prompt(rng, src, targets[j % len(targets)])
                prompts.append(p)
                med.append(max(20.0, len(src) / 4 * ratio))
            ips = mobile_v6(rng, 1, mkind)[0] if (mkind and chance(rng, 0.75)) else pick(rng, acct.ips)
            ctx.emit(rng, acct, sess, prompts, models=models_p(ctx, rng, sess, p_new, p_mini), ips=ips,
                     comp_median=np.array(med), comp_sigma=0.3, err=0.01)
    ctx.campaign(cid, fam, accts, {
        "operation": "parallel corpus / back-translation harvest", "accounts": n, "time_mode": time_mode,
        "operator_tz": op_tz, "sessions_per_day": per_day, "fanout": size_mean, "gap_s": gap, "back_share": p_back,
        "p_new": p_new, "p_mini": p_mini, "cards": len(pay)})


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "josephine": josephine,
    "cluny": cluny,
    "split_ring": split_ring,
    "onion_ring": onion_ring,
    "mock_picot": mock_picot,
    "catherine_wheel": catherine_wheel,
    "thrown_ring": thrown_ring,
    "lock_join": lock_join,
}

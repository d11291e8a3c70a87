"""Campaign families of blind batch 69 (code names from ice hockey).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign with `ctx.campaign`. Every parameter is
drawn per seed; the README describes the ranges.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind69 import texts as tx

Gen = Callable[[np.random.Generator], str]


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _mixed(ctx: Ctx, rng: np.random.Generator, n: int, p_chat: float, gen: Gen) -> tuple[list[str], np.ndarray]:
    """n prompts: ordinary ShareGPT chat with probability p_chat, otherwise the family's generator."""
    is_chat = rng.random(n) < p_chat
    return [pick(rng, ctx.chat) if c else gen(rng) for c in is_chat.tolist()], is_chat


def _floor(curve: bb.Curve, lo: float) -> bb.Curve:
    def f(ts: np.ndarray) -> np.ndarray:
        return np.maximum(lo, curve(ts))
    return f


# --------------------------------------------------------------------------------------------


def hipcheck(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion behind a homework-app cover, through a hydra of short-lived keys."""
    fam = "hipcheck"
    region = pick(rng, ("in", "sea", "latam"))
    tz = {"in": 5, "sea": 8, "latam": -3}[region]
    v6 = {"in": "in_mobile", "latam": "br_mobile"}.get(region)
    n_keys = irange(rng, 28, 46)
    pool = bb.resi(rng, irange(rng, 250, 600), region)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 8))]
    app_uas = [pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0")),
               f"{pick(rng, ('HomeworkAI', 'SolveSnap', 'StudyPal'))}/{irange(rng, 2, 5)}.{irange(rng, 0, 20)}.{irange(rng, 0, 9)} "
               f"(Android {irange(rng, 11, 15)})"]
    p_chat, comp_med, p_new = _u(rng, 0.05, 0.18), _u(rng, 1300, 2600), _u(rng, 0.88, 0.98)
    rate_med, life_med_h = _u(rng, 15, 45), _u(rng, 4, 12)
    first = ctx.release - _u(rng, 0.3, 1.2) * DAY
    p_v6 = _u(rng, 0.2, 0.6) if v6 else 0.0
    starts = np.sort(rng.uniform(first, ctx.t1 - 2 * HOUR, size=n_keys))
    curve = _floor(bb.evening_person(tz), 0.35)
    accts = []
    for s in starts.tolist():
        use_v6 = chance(rng, p_v6)
        own = bb.mobile_v6(rng, irange(rng, 6, 30), v6) if use_v6 else bb.picks(rng, pool, irange(rng, 25, 80))
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid,
                        pay=pick(rng, cards), ua=pick(rng, app_uas), ips=own, tz=tz)
        accts.append(a)
        life = float(rng.lognormal(np.log(life_med_h), 0.5)) * HOUR
        rate = float(rng.lognormal(np.log(rate_med), 0.4))
        e = min(s + life, ctx.t1)
        ts = bb.thinned(rng, s, e, rate * (e - s) / HOUR, curve)
        n = len(ts)
        if n == 0:
            ts = np.array([s + 60.0])
            n = 1
        # phones hold an address for a while; the proxy pool rotates on every request
        ips = bb.sticky(rng, ts, own, _u(rng, 300, 1800)) if use_v6 else bb.picks(rng, own, n)
        prompts, is_chat = _mixed(ctx, rng, n, p_chat, tx.reasoning_harvest)
        med = np.where(is_chat, 380.0, comp_med)
        # the key is throttled near the end of its life: that is when the operator rotates it
        status = np.where(rng.random(n) < 0.04, 429, 200)
        burn = int(n * _u(rng, 0.0, 0.08))
        if burn:
            status[-burn:] = np.where(rng.random(burn) < 0.7, 429, 200)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), ips=ips, comp_median=med,
                 comp_sigma=0.45, status=status)
    ctx.campaign(cid, fam, accts, {
        "operation": "reasoning-trace coercion via a homework-app cover", "region": region, "keys": n_keys,
        "cards": len(cards), "p_chat": p_chat, "comp_median": comp_med, "p_new": p_new,
        "rate_median_per_h": rate_med, "life_median_h": life_med_h, "p_mobile_v6": p_v6, "user_agents": app_uas})


def pokecheck(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Preference / reward labels for a student model's outputs: judge prompts from one small org."""
    fam = "pokecheck"
    n = irange(rng, 3, 6)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("gcp", "aws", "azure"))
    nat = bb.cloud(rng, irange(rng, 3, 8), provider)
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    accts = [ctx.account(rng, label="campaign", family=fam, role="grader", campaign_id=cid, org=org,
                         pay=pick(rng, cards), ua=ua, ips=nat) for _ in range(n)]
    per_hour, comp_med, p_new = _u(rng, 60, 160), _u(rng, 120, 300), _u(rng, 0.9, 0.99)
    lo = ctx.release - _u(rng, 0.8, 1.8) * DAY
    n_jobs = irange(rng, 5, 10)
    job_h = []
    for _ in range(n_jobs):
        s = _u(rng, lo, ctx.t1 - 2 * HOUR)
        d = _u(rng, 3, 14) * HOUR
        job_h.append(d / HOUR)
        rate = per_hour * _u(rng, 0.6, 1.4)
        for a, ts in zip(accts, bb.worker_pool(rng, s, min(ctx.t1, s + d), rate, n), strict=True):
            prompts = [tx.grading_harvest(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.0), comp_median=comp_med,
                     comp_sigma=0.55, err=0.015)
    ctx.campaign(cid, fam, accts, {
        "operation": "pairwise / rubric reward labels", "accounts": n, "provider": provider, "user_agent": ua,
        "jobs": n_jobs, "job_hours": job_h, "per_hour": per_hour, "comp_median": comp_med, "p_new": p_new})


def wraparound(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcripts: episodes of several steps with a growing scratchpad."""
    fam = "wraparound"
    n = irange(rng, 8, 16)
    n_orgs = irange(rng, 2, 4)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "linode", "vultr"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    uas = ("langchain-openai/0.3.6", "litellm/1.60.2", "agentforge/0.7.2 python-httpx/0.27.2",
           "smolagents/1.8.1 OpenAI/Python 1.63.2")
    orgs = [(hexid(rng, "org"), hexid(rng, "pay"), pick(rng, uas), irange(rng, 0, 2)) for _ in range(n_orgs)]
    eph, steps_mean, gap_med = _u(rng, 0.8, 2.8), _u(rng, 3, 7), _u(rng, 3, 9)
    comp_step, comp_final, p_new = _u(rng, 150, 320), _u(rng, 500, 900), _u(rng, 0.85, 0.97)
    p_chat = _u(rng, 0.0, 0.08)
    accts = []
    for i in range(n):
        org, pay, ua, fmt = orgs[i % n_orgs]
        a = ctx.account(rng, label="campaign", family=fam, role="agent-runner", campaign_id=cid, org=org, pay=pay,
                        ua=ua, ips=bb.picks(rng, block, irange(rng, 2, 4)))
        accts.append(a)
        s = ctx.t0 + _u(rng, 0, 0.3) * DAY if chance(rng, 0.2) else ctx.release - _u(rng, 0, 1.0) * DAY
        ep_starts = bb.thinned(rng, s, ctx.t1, eph * _u(rng, 0.6, 1.4) * (ctx.t1 - s) / HOUR,
                               bb.global_load(_u(rng, 0, 24), _u(rng, 0.1, 0.5)))
        ts_all, prompts, med, extra = [], [], [], []
        for st in ep_starts.tolist():
            if chance(rng, p_chat):
                ts_all.append(st)
                prompts.append(pick(rng, ctx.chat))
                med.append(350.0)
                extra.append(0)
                continue
            toolset = irange(rng, 0, len(tx._TOOLSETS) - 1)
            task = tx.agent_task(rng, toolset)
            k = min(16, 2 + int(rng.poisson(steps_mean)))
            hist: list[str] = []
            t = st
            for j in range(k):
                ts_all.append(t)
                prompts.append(tx.agent_step(rng, fmt, toolset, task, hist))
                med.append(comp_final if j == k - 1 else comp_step)
                extra.append(90 * j + irange(rng, 0, 60))
                hist.append(tx.agent_history_entry(rng, fmt, toolset))
                t += float(rng.lognormal(np.log(gap_med), 0.6)) + 0.02 * comp_step
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.03), comp_median=med, comp_sigma=0.5,
                 extra=extra, err=0.012)
    ctx.campaign(cid, fam, accts, {
        "operation": "agent / tool-use transcripts", "accounts": n, "orgs": n_orgs, "provider": provider,
        "episodes_per_hour": eph, "steps_mean": steps_mean, "step_gap_median_s": gap_med,
        "comp_step": comp_step, "comp_final": comp_final, "p_new": p_new, "p_chat": p_chat})


def slewfoot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low-and-slow: a cohort of 'people' with browsers and home addresses, half ordinary chat,
    half in-depth curriculum questions, opened around the release."""
    fam = "slewfoot"
    n = irange(rng, 40, 70)
    tzs = [int(x) for x in rng.choice(bb.TZS, size=3, replace=False)]
    on_lo, on_hi = ctx.release - _u(rng, 1.0, 2.5) * DAY, ctx.release + _u(rng, 0.1, 0.6) * DAY
    per_day, size_mean, gap_med = _u(rng, 1.2, 3.5), _u(rng, 3, 8), _u(rng, 45, 150)
    p_chat_mean, p_new, comp_cur = _u(rng, 0.35, 0.6), _u(rng, 0.45, 0.9), _u(rng, 800, 1300)
    p_bg_ua = _u(rng, 0.5, 0.9)
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, tx.BG_BROWSER_UAS) if chance(rng, p_bg_ua) else pick(rng, bb.BROWSERS)
        a = ctx.account(rng, label="campaign", family=fam, role="persona", campaign_id=cid, ua=ua,
                        ips=bb.home(rng, irange(rng, 1, 3), tz), tz=tz)
        accts.append(a)
        s = _u(rng, on_lo, on_hi)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz, weekend=0.3)
        sess = bb.session_times(rng, s, ctx.t1, per_day * _u(rng, 0.6, 1.5), curve, size_mean, gap_med)
        ts = np.concatenate(sess) if sess else np.array([s + 600.0])
        if len(ts) == 0:
            ts = np.array([s + 600.0])
        p_chat = float(np.clip(p_chat_mean + rng.normal(0, 0.08), 0.1, 0.85))
        prompts, is_chat = _mixed(ctx, rng, len(ts), p_chat, tx.curriculum_question)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.03),
                 comp_median=np.where(is_chat, 350.0, comp_cur), comp_sigma=0.55, err=0.005)
    ctx.campaign(cid, fam, accts, {
        "operation": "low-and-slow persona cohort, curriculum questions mixed with chat", "accounts": n,
        "tzs": tzs, "onboarding": [on_lo, on_hi], "sessions_per_day": per_day, "session_size": size_mean,
        "gap_median_s": gap_med, "p_chat": p_chat_mean, "p_new": p_new, "comp_curriculum": comp_cur})


def toedrag(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Parallel corpora: translation, round-trip back-translation and 'publishable' sanitising
    rewrites, run as nightly batches from Asian clouds."""
    fam = "toedrag"
    n = irange(rng, 4, 8)
    cards = [hexid(rng, "pay") for _ in range(2)]
    start_h, hours, rate_med = _u(rng, 0, 3), _u(rng, 4, 8), _u(rng, 40, 110)
    trickle, p_new = _u(rng, 0.04, 0.12), _u(rng, 0.85, 0.97)
    lead = _u(rng, 0.5, 2.0)
    night = bb.nightly(start_h, hours, 8)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(trickle, night(ts))

    accts = []
    for _ in range(n):
        provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
        ips = bb.cloud(rng, irange(rng, 2, 5), provider)
        if chance(rng, 0.3):
            ips += bb.resi(rng, irange(rng, 5, 20), "sea")
        a = ctx.account(rng, label="campaign", family=fam, role="batch", campaign_id=cid, pay=pick(rng, cards),
                        ua=pick(rng, ("python-httpx/0.28.1", "Go-http-client/2.0", "OpenAI/Python 1.58.1")),
                        ips=ips, tz=8)
        accts.append(a)
        s = ctx.release - lead * DAY * _u(rng, 0.7, 1.0)
        mean_w = float(np.mean(curve(np.linspace(s, ctx.t1, 2048))))
        ts = bb.thinned(rng, s, ctx.t1, rate_med * _u(rng, 0.6, 1.4) * mean_w * (ctx.t1 - s) / HOUR, curve)
        pairs = [tx.translation_harvest(rng, ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, [p for p, _ in pairs], models=ctx.models(rng, ts, p_new, 0.02),
                 comp_median=[max(40.0, float(m)) for _, m in pairs], comp_sigma=0.3, err=0.01)
    ctx.campaign(cid, fam, accts, {
        "operation": "translation / back-translation / sanitising rewrites", "accounts": n,
        "night_start_local_h": start_h, "night_hours": hours, "rate_per_h": rate_med, "trickle": trickle,
        "lead_days": lead, "p_new": p_new})


def barnburner(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: each instruction seed sent several times within seconds,
    from a pool of keys behind a datacenter proxy with sticky sessions."""
    fam = "barnburner"
    n = irange(rng, 12, 24)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    provider = pick(rng, ("m247", "leaseweb", "vultr", "digitalocean"))
    block = bb.rented_block(rng, provider, irange(rng, 5, 10), irange(rng, 4, 10))
    one_ua = chance(rng, 0.5)
    ua0 = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    seeds_ph, n_samp, p_single = _u(rng, 25, 60), irange(rng, 4, 8), _u(rng, 0.0, 0.4)
    gap, hold, comp_med = _u(rng, 0.3, 2.0), _u(rng, 300, 1200), _u(rng, 350, 750)
    start = ctx.release - _u(rng, 0.05, 0.5) * DAY
    probe_start = ctx.release - _u(rng, 1.0, 2.5) * DAY
    accts = [ctx.account(rng, label="campaign", family=fam, role="sampler", campaign_id=cid, pay=pick(rng, cards),
                         ua=ua0 if one_ua else bb.sdk_ua(rng, 0.6), ips=block) for _ in range(n)]
    pool_main = bb.worker_pool(rng, start, ctx.t1, seeds_ph, n)
    pool_probe = bb.worker_pool(rng, probe_start, start, seeds_ph * 0.08, n)
    for a, s1, s2 in zip(accts, pool_main, pool_probe, strict=True):
        ts_l, pr_l = [], []
        for st in np.concatenate([s2, s1]).tolist():
            seed = tx.instruction_seed(rng)
            k = 1 if chance(rng, p_single) else max(1, n_samp + irange(rng, -1, 1))
            t = st + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            ts_l.extend(t.tolist())
            pr_l.extend([seed] * k)
        if not ts_l:
            continue
        ts = np.asarray(ts_l)
        ctx.emit(rng, a, ts, pr_l, models=ctx.models(rng, ts, 0.97, 0.0), ips=bb.sticky(rng, ts, block, hold),
                 comp_median=comp_med, comp_sigma=0.5, err=0.02)
    ctx.campaign(cid, fam, accts, {
        "operation": "best-of-n sampling of instruction seeds", "keys": n, "provider": provider,
        "seeds_per_h": seeds_ph, "n_samples": n_samp, "p_single": p_single, "sample_gap_s": gap,
        "sticky_hold_s": hold, "comp_median": comp_med, "one_user_agent": one_ua})


def sinbin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A reseller front: real end users' chat passed through a few keys, with the operator's own
    dataset-generation requests injected (more of them once the new model is out)."""
    fam = "sinbin"
    n = irange(rng, 5, 10)
    n_orgs = irange(rng, 1, 2)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    provider = pick(rng, ("aws", "alibaba", "azure"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 5))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
    per_hour, peak, depth = _u(rng, 60, 160), _u(rng, 4, 16), _u(rng, 0.3, 0.6)
    p_inj_pre, p_inj_post, p_new = _u(rng, 0.03, 0.1), _u(rng, 0.2, 0.35), _u(rng, 0.8, 0.95)
    comp_inj = _u(rng, 900, 1500)
    accts = []
    for i in range(n):
        org, pay = orgs[i % n_orgs]
        accts.append(ctx.account(rng, label="campaign", family=fam, role="reseller-key", campaign_id=cid, org=org,
                                 pay=pay, ua=ua, ips=bb.picks(rng, block, irange(rng, 1, 3))))
    for a, ts in zip(accts, bb.worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, bb.global_load(peak, depth)), strict=True):
        p_inj = np.where(ts >= ctx.release, p_inj_post, p_inj_pre)
        inj = rng.random(len(ts)) < p_inj
        prompts = [tx.dataset_request(rng) if j else pick(rng, ctx.chat) for j in inj.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.05),
                 comp_median=np.where(inj, comp_inj, 350.0), comp_sigma=0.6, err=0.012)
    ctx.campaign(cid, fam, accts, {
        "operation": "reseller pass-through with injected dataset generation", "keys": n, "orgs": n_orgs,
        "provider": provider, "user_agent": ua, "per_hour": per_hour, "peak_utc": peak, "depth": depth,
        "p_inject_pre": p_inj_pre, "p_inject_post": p_inj_post, "p_new": p_new, "comp_injected": comp_inj})


def glovesave(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A repository walk dressed as IDE usage: bursts of tests/docstrings/ports for every function,
    from 'independent developers' on cloud dev boxes and home lines, in office hours."""
    fam = "glovesave"
    n = irange(rng, 10, 20)
    tzs = [int(x) for x in rng.choice(bb.TZS, size=irange(rng, 2, 4), replace=False)]
    per_day, size_mean, gap_med = _u(rng, 2, 5), _u(rng, 15, 35), _u(rng, 4, 12)
    p_chat, comp_med, p_new = _u(rng, 0.03, 0.12), _u(rng, 500, 900), _u(rng, 0.6, 0.95)
    p_cloud, p_ide = _u(rng, 0.4, 0.8), _u(rng, 0.5, 0.9)
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ips = (bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("azure", "gcp", "aws"))) if chance(rng, p_cloud)
               else bb.home(rng, irange(rng, 1, 2), tz))
        ua = pick(rng, tx.IDE_UAS) if chance(rng, p_ide) else bb.sdk_ua(rng)
        a = ctx.account(rng, label="campaign", family=fam, role="walker", campaign_id=cid, ua=ua, ips=ips, tz=tz)
        accts.append(a)
        s = ctx.release - _u(rng, 0, 1.5) * DAY
        starts = bb.thinned(rng, s, ctx.t1, per_day * _u(rng, 0.6, 1.4) * (ctx.t1 - s) / DAY,
                            bb.workday(tz, weekend=0.3))
        tr = bb.bursts(rng, starts, size_mean * _u(rng, 0.7, 1.3), gap_med, 0.6, ctx.t1)
        ts = np.concatenate(tr) if tr else np.array([s + MINUTE])
        if len(ts) == 0:
            ts = np.array([s + MINUTE])
        prompts, is_chat = _mixed(ctx, rng, len(ts), p_chat, tx.code_harvest)
        base = _u(rng, 200, 1200)
        extra = (base * rng.lognormal(0, 0.4, size=len(ts))).astype(np.int64)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02),
                 comp_median=np.where(is_chat, 350.0, comp_med), comp_sigma=0.5, extra=extra, err=0.01)
    ctx.campaign(cid, fam, accts, {
        "operation": "repository walk (tests, docstrings, ports, explanations)", "accounts": n, "tzs": tzs,
        "bursts_per_day": per_day, "burst_size": size_mean, "gap_median_s": gap_med, "p_chat": p_chat,
        "comp_median": comp_med, "p_new": p_new, "p_cloud": p_cloud, "p_ide_ua": p_ide})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "barnburner": barnburner,
    "glovesave": glovesave,
    "hipcheck": hipcheck,
    "pokecheck": pokecheck,
    "sinbin": sinbin,
    "slewfoot": slewfoot,
    "toedrag": toedrag,
    "wraparound": wraparound,
}

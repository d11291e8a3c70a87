"""Campaign families of blind batch 74 (code names from caving and speleology).

Each family is a function `(ctx, rng, campaign_id)` that creates its accounts, writes their events
through `ctx.emit` and records the campaign with its randomised parameters (`ctx.campaign`).
Texts come from `texts.py` (harvesting) and the context's ShareGPT chat (ordinary traffic mixed in).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
    Ctx,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
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
from bench.monitor_blind74 import texts as tx

R = np.random.Generator


def _models_mixed(ctx: Ctx, rng: R, ts: np.ndarray, harvest: np.ndarray, p_h: float, p_c: float,
                  mini_h: float = 0.0, mini_c: float = 0.06) -> list[str]:
    """Per event model: harvesting requests at share p_h of the new model, ordinary ones at p_c."""
    out = np.empty(len(ts), dtype=object)
    if harvest.any():
        out[harvest] = ctx.models(rng, ts[harvest], p_h, mini_h)
    if (~harvest).any():
        out[~harvest] = ctx.models(rng, ts[~harvest], p_c, mini_c)
    return out.tolist()


def _subset(rng: R, n: int, lo: int, hi: int) -> list[int]:
    return sorted(rng.choice(n, size=irange(rng, lo, min(hi, n)), replace=False).tolist())


def _worker(ctx: Ctx, rng: R, fam: str, cid: str, role: str = "worker", **kw):
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------


def helictite(ctx: Ctx, rng: R, cid: str) -> None:
    """Reasoning-trace coercion from a hydra of short-lived fresh keys behind residential proxies."""
    fam = "helictite"
    n = irange(rng, 34, 58)
    launch = ctx.release + float(rng.uniform(1, 20)) * HOUR
    starts = np.sort(rng.uniform(launch, launch + (ctx.t1 - launch) * 0.85, size=n))
    n_first = irange(rng, 3, 8)
    starts[:n_first] = launch + rng.uniform(0, 40 * MINUTE, size=n_first)
    life_med = float(rng.uniform(6, 16)) * HOUR
    lives = np.clip(rng.lognormal(np.log(life_med), 0.6, size=n), 1.5 * HOUR, 48 * HOUR)
    rate = float(rng.uniform(10, 32))
    voices = _subset(rng, 8, 3, 6)
    regions = sorted(set(str(pick(rng, ("us", "eu", "sea", "latam", "in", "jp_kr", "ca"))) for _ in range(irange(rng, 2, 4))))
    pool = [ip for r in regions for ip in resi(rng, irange(rng, 300, 1200), r)]
    hold = float(rng.uniform(4, 30)) * MINUTE
    p_cloud_key = float(rng.uniform(0.0, 0.3))
    cloud_prov = str(pick(rng, ("vultr", "ovh", "digitalocean", "linode")))
    uas = [sdk_ua(rng, 0.4) for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(max(2, n // irange(rng, 3, 8)))]
    p_chat = float(rng.uniform(0.0, 0.15))
    comp_med = float(rng.uniform(1400, 3000))
    p_new = float(rng.uniform(0.9, 1.0))
    err = float(rng.uniform(0.02, 0.08))
    accts = []
    for i in range(n):
        on_cloud = chance(rng, p_cloud_key)
        ips = cloud(rng, irange(rng, 1, 3), cloud_prov) if on_cloud else [pick(rng, pool)]
        acct = _worker(ctx, rng, fam, cid, pay=pick(rng, cards), ua=pick(rng, uas), ips=ips)
        accts.append(acct)
        a = float(starts[i])
        b = min(ctx.t1, a + float(lives[i]))
        r = rate * float(rng.lognormal(0, 0.35))
        ts = thinned(rng, a, b, r * (b - a) / HOUR, constant)
        if len(ts) == 0:
            ts = np.array([a])
        chat = rng.random(len(ts)) < p_chat
        prompts = [pick(rng, ctx.chat) if c else tx.reasoning_prompt(rng, pick(rng, voices)) for c in chat.tolist()]
        ev_ips = None if on_cloud else sticky(rng, ts, pool, hold)
        ctx.emit(rng, acct, ts, prompts, models=_models_mixed(ctx, rng, ts, ~chat, p_new, 0.7),
                 ips=ev_ips, comp_median=np.where(chat, 320.0, comp_med), comp_sigma=0.5, err=err)
    ctx.campaign(cid, fam, accts, {
        "operation": "reasoning-trace coercion", "pacing": "staggered short-lived keys, Poisson per key",
        "keys": n, "launch_h_after_release": round((launch - ctx.release) / HOUR, 2),
        "key_life_median_h": round(life_med / HOUR, 2), "rate_per_key_h": round(rate, 1), "voices": voices,
        "ip_source": f"residential proxies {regions}, sticky {hold / MINUTE:.0f} min; cloud keys {p_cloud_key:.2f} ({cloud_prov})",
        "user_agents": uas, "cards": len(cards), "chat_share": round(p_chat, 3),
        "completion_median": round(comp_med), "p_new": round(p_new, 3), "error_rate": round(err, 3)})


def flowstone(ctx: Ctx, rng: R, cid: str) -> None:
    """Low-and-slow personas: human pacing from geo-matched residential addresses, expert questions
    mixed with ordinary chat, mostly chat before the release (account warming)."""
    fam = "flowstone"
    n = irange(rng, 22, 40)
    p_h = float(rng.uniform(0.45, 0.8))
    warm_factor = float(rng.uniform(0.1, 0.4))
    shared_cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))] if chance(rng, 0.35) else None
    comp_h = float(rng.uniform(700, 1300))
    p_new_h = float(rng.uniform(0.85, 0.98))
    p_aged = float(rng.uniform(0.3, 0.7))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        lang_pool = {-3: ("es", "pt"), 0: ("en",), 1: ("de", "fr", "es"), 2: ("de", "fr")}.get(tz, ("en",))
        lang = "en" if chance(rng, 0.6) else str(pick(rng, lang_pool))
        mobile = chance(rng, 0.3)
        ua = pick(rng, MOBILE[:3]) if mobile else pick(rng, BROWSERS)
        ips = home(rng, irange(rng, 1, 3), tz)
        if mobile and tz in (-8, -5):
            ips += mobile_v6(rng, irange(rng, 1, 3), "us_mobile")
        acct = _worker(ctx, rng, fam, cid, role="persona", ua=ua, ips=ips, tz=tz,
                       pay=pick(rng, shared_cards) if shared_cards else None)
        accts.append(acct)
        a = float(rng.uniform(ctx.t0, ctx.release - 12 * HOUR)) if chance(rng, p_aged) else \
            float(rng.uniform(ctx.release, ctx.release + 36 * HOUR))
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.3, night=0.03)
        sess = session_times(rng, a, ctx.t1, float(rng.uniform(1.2, 3.5)), curve, float(rng.uniform(2.5, 7)),
                             float(rng.uniform(50, 200)), 0.9)
        if not sess:
            continue
        ts = np.concatenate(sess)
        ph = np.where(ts >= ctx.release, p_h, p_h * warm_factor) * float(rng.uniform(0.8, 1.15))
        harvest = rng.random(len(ts)) < ph
        prompts = [tx.expert_question(rng, lang) if h else pick(rng, ctx.chat) for h in harvest.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=_models_mixed(ctx, rng, ts, harvest, p_new_h, 0.6),
                 comp_median=np.where(harvest, comp_h, 310.0), comp_sigma=0.65, err=0.01)
    ctx.campaign(cid, fam, accts, {
        "operation": "expert long-form answers mixed into persona chat", "pacing": "human sessions",
        "personas": n, "harvest_share_after_release": round(p_h, 3), "warming_factor": round(warm_factor, 3),
        "aged_share": round(p_aged, 3), "ip_source": "residential (tz-matched) + some US mobile v6",
        "user_agent": "browsers / mobile", "payment": "shared prepaid cards" if shared_cards else "one card each",
        "completion_median_harvest": round(comp_h), "p_new_harvest": round(p_new_h, 3)})


def moonmilk(ctx: Ctx, rng: R, cid: str) -> None:
    """Rubric / pairwise reward-model grading harvest: job batches spread over a few cloud workers."""
    fam = "moonmilk"
    n = irange(rng, 4, 9)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = str(pick(rng, ("gcp", "aws", "oracle", "azure")))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 6))
    ua = str(pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2")))
    styles = _subset(rng, 7, 2, 4)
    start = ctx.release - float(rng.uniform(0, 18)) * HOUR
    jobs_per_day = float(rng.uniform(3, 7))
    job_size = (irange(rng, 200, 500), irange(rng, 700, 1400))
    rate = float(rng.uniform(0.3, 1.4))
    extra = irange(rng, 250, 900)
    comp_med = float(rng.uniform(150, 420))
    p_new = float(rng.uniform(0.85, 1.0))
    err = float(rng.uniform(0.01, 0.06))
    accts = [_worker(ctx, rng, fam, cid, org=pick(rng, orgs), pay=pick(rng, cards), ua=ua,
                     ips=[pick(rng, block) for _ in range(irange(rng, 1, 3))]) for _ in range(n)]
    job_starts = thinned(rng, start, ctx.t1, jobs_per_day * (ctx.t1 - start) / DAY, constant)
    all_ts = []
    for s in job_starts.tolist():
        k = irange(rng, *job_size)
        all_ts.append(s + np.cumsum(rng.exponential(1.0 / rate, size=k)))
    ts_all = np.sort(np.concatenate(all_ts)) if all_ts else np.array([start])
    who = rng.integers(0, n, size=len(ts_all))
    for i, acct in enumerate(accts):
        ts = ts_all[who == i]
        prompts = [tx.grading_prompt(rng, pick(rng, styles), pick(rng, ctx.chat), pick(rng, ctx.passages),
                                     pick(rng, ctx.passages)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.0), comp_median=comp_med,
                 comp_sigma=0.45, err=err, extra=extra)
    ctx.campaign(cid, fam, accts, {
        "operation": "rubric / pairwise grading", "pacing": "job batches, Poisson within job, random worker",
        "workers": n, "orgs": len(orgs), "cards": len(cards), "ip_source": f"{provider} rented block",
        "user_agent": ua, "styles": styles, "jobs_per_day": round(jobs_per_day, 2), "job_size": job_size,
        "rate_per_s": round(rate, 2), "system_prompt_tokens": extra, "completion_median": round(comp_med),
        "p_new": round(p_new, 3), "error_rate": round(err, 3)})


def rimstone(ctx: Ctx, rng: R, cid: str) -> None:
    """Agent / tool-use trajectory harvesting: episodes of several steps with growing context."""
    fam = "rimstone"
    n = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(max(1, n // irange(rng, 2, 4)))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    provs = [str(pick(rng, ("hetzner", "vultr", "ovh", "digitalocean", "linode"))) for _ in range(2)]
    uas = [str(pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "agent-runner/0.7.2 python-httpx/0.28.1",
                         "openai-agents/0.0.9 OpenAI/Python 1.63.2"))) for _ in range(irange(rng, 1, 2))]
    fmts = _subset(rng, 3, 1, 2)
    p_resi = float(rng.uniform(0.0, 0.35))
    eps_rate = float(rng.uniform(0.8, 2.5))
    steps_mean = float(rng.uniform(4, 9))
    gap_med = float(rng.uniform(3, 12))
    base_extra = irange(rng, 600, 2500)
    step_extra = irange(rng, 250, 700)
    comp_med = float(rng.uniform(180, 420))
    curve = constant if chance(rng, 0.5) else global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.6)))
    accts = []
    for _ in range(n):
        via_resi = chance(rng, p_resi)
        ips = resi(rng, irange(rng, 20, 80)) if via_resi else cloud(rng, irange(rng, 1, 4), pick(rng, provs))
        acct = _worker(ctx, rng, fam, cid, org=pick(rng, orgs), pay=pick(rng, cards), ua=pick(rng, uas), ips=ips)
        accts.append(acct)
        a = ctx.release + float(rng.uniform(0, 30)) * HOUR
        ep_starts = thinned(rng, a, ctx.t1, eps_rate * float(rng.lognormal(0, 0.3)) * (ctx.t1 - a) / HOUR, curve)
        ts_l, pr_l, ex_l, ip_l = [], [], [], []
        for s in ep_starts.tolist():
            k = 3 + int(rng.poisson(steps_mean))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap_med), 0.6, size=k - 1))])
            env, task = tx.agent_task(rng)
            fmt = pick(rng, fmts)
            ep_ip = pick(rng, acct.ips)
            for j in range(k):
                ts_l.append(t[j])
                pr_l.append(tx.agent_step(rng, fmt, env, task, j, j == k - 1))
                ex_l.append(base_extra + j * step_extra)
                ip_l.append(ep_ip)
        if not ts_l:
            continue
        ts = np.asarray(ts_l)
        ctx.emit(rng, acct, ts, pr_l, models=ctx.models(rng, ts, 0.97, 0.0), ips=ip_l, comp_median=comp_med,
                 comp_sigma=0.55, err=0.015, extra=np.asarray(ex_l))
    ctx.campaign(cid, fam, accts, {
        "operation": "agent tool-use trajectories", "pacing": "Poisson episodes, lognormal step gaps",
        "accounts": n, "orgs": len(orgs), "cards": len(cards), "ip_source": f"cloud {provs}, resi share {p_resi:.2f}",
        "user_agents": uas, "formats": fmts, "episodes_per_h": round(eps_rate, 2), "steps_mean": round(steps_mean + 3, 1),
        "step_gap_s": round(gap_med, 1), "extra_tokens": [base_extra, step_extra], "completion_median": round(comp_med)})


def anthodite(ctx: Ctx, rng: R, cid: str) -> None:
    """Best-of-n / soft-label sampling: each instruction sent n times in a quick burst, nightly."""
    fam = "anthodite"
    n = irange(rng, 5, 12)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = str(pick(rng, ("hetzner", "ovh", "contabo", "scaleway")))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 8))
    ua = str(pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "AsyncOpenAI/Python 1.60.0")))
    tz = int(pick(rng, TZS))
    w_start, w_hours = float(rng.uniform(20, 26)) % 24, float(rng.uniform(6, 11))
    nbest = irange(rng, 3, 8)
    item_rate = float(rng.uniform(6, 16))
    burst_gap = float(rng.uniform(0.3, 2.0))
    p_seed = float(rng.uniform(0.2, 0.5))
    voices = _subset(rng, 4, 1, 3)
    comp_med = float(rng.uniform(450, 900))
    day_share = float(rng.uniform(0.0, 0.15))
    accts = []
    night = nightly(w_start, w_hours, tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(night(ts), day_share)

    for _ in range(n):
        acct = _worker(ctx, rng, fam, cid, org=pick(rng, orgs), pay=pick(rng, cards), ua=ua,
                       ips=[pick(rng, block) for _ in range(irange(rng, 1, 3))], tz=tz)
        accts.append(acct)
        a = ctx.release + float(rng.uniform(2, 30)) * HOUR
        mean_w = float(np.mean(curve(np.linspace(a, ctx.t1, 1024))))
        items = thinned(rng, a, ctx.t1, item_rate * float(rng.lognormal(0, 0.25)) * mean_w * (ctx.t1 - a) / HOUR, curve)
        ts_l, pr_l = [], []
        for s in items.tolist():
            p = pick(rng, ctx.chat) if chance(rng, p_seed) else tx.instruction_prompt(rng, pick(rng, voices))
            k = max(1, nbest - (1 if chance(rng, 0.1) else 0))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(burst_gap), 0.5, size=k - 1))])
            ts_l.extend(t.tolist())
            pr_l.extend([p] * k)
        if not ts_l:
            continue
        ts = np.asarray(ts_l)
        ctx.emit(rng, acct, ts, pr_l, models=ctx.models(rng, ts, 1.0, 0.0), comp_median=comp_med, comp_sigma=0.6,
                 err=0.02)
    ctx.campaign(cid, fam, accts, {
        "operation": "best-of-n / soft-label sampling", "pacing": f"nightly window {w_start:.1f}h+{w_hours:.1f}h tz {tz}",
        "accounts": n, "orgs": len(orgs), "cards": len(cards), "ip_source": f"{provider} rented block",
        "user_agent": ua, "n_samples": nbest, "items_per_h": round(item_rate, 1), "burst_gap_s": round(burst_gap, 2),
        "sharegpt_seed_share": round(p_seed, 3), "voices": voices, "completion_median": round(comp_med),
        "day_share": round(day_share, 3)})


def phreatic(ctx: Ctx, rng: R, cid: str) -> None:
    """Back-translation / paraphrase harvesting disguised as a mobile translation app's installs."""
    fam = "phreatic"
    n = irange(rng, 12, 28)
    apps = _subset(rng, 4, 1, 2)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 7))]
    kinds = {"us_mobile": -5, "in_mobile": 5, "br_mobile": -3, "eu_mobile": 1}
    kind_pool = sorted(set(str(pick(rng, list(kinds))) for _ in range(irange(rng, 1, 3))))
    per_day = float(rng.uniform(6, 16))
    size_mean = float(rng.uniform(5, 12))
    gap_med = float(rng.uniform(5, 18))
    p_v4 = float(rng.uniform(0.0, 0.3))
    p_new = float(rng.uniform(0.85, 0.97))
    ratio = float(rng.uniform(1.0, 1.5))
    accts = []
    for _ in range(n):
        kind = str(pick(rng, kind_pool))
        tz = kinds[kind]
        acct = _worker(ctx, rng, fam, cid, pay=pick(rng, cards), ua=pick(rng, MOBILE), tz=tz,
                       ips=mobile_v6(rng, 1, kind))
        accts.append(acct)
        a = ctx.t0 + float(rng.uniform(0, 3.5)) * DAY
        sess = session_times(rng, a, ctx.t1, per_day * float(rng.lognormal(0, 0.3)),
                             evening_person(tz, 3.0), size_mean, gap_med, 0.7)
        if not sess:
            continue
        ips: list[str] = []
        for s in sess:
            ip = resi(rng, 1, "*")[0] if chance(rng, p_v4) else mobile_v6(rng, 1, kind)[0]
            ips.extend([ip] * len(s))
        ts = np.concatenate(sess)
        app = pick(rng, apps)
        prompts = [tx.translation_prompt(rng, app, pick(rng, ctx.passages)) for _ in range(len(ts))]
        comp = np.maximum(60.0, np.array([len(p) for p in prompts]) / 4.0 * ratio)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.0), ips=ips, comp_median=comp,
                 comp_sigma=0.35, err=0.02)
    ctx.campaign(cid, fam, accts, {
        "operation": "back-translation / paraphrase harvest", "pacing": "app-like sessions",
        "accounts": n, "apps": apps, "cards": len(cards), "ip_source": f"mobile v6 {kind_pool}, v4 resi {p_v4:.2f}",
        "user_agent": "mobile", "sessions_per_day": round(per_day, 1), "session_size": round(size_mean, 1),
        "gap_s": round(gap_med, 1), "p_new": round(p_new, 3), "output_ratio": round(ratio, 2)})


def troglobite(ctx: Ctx, rng: R, cid: str) -> None:
    """A grey-market reseller: its upstream keys carry end users' chat plus a distilling customer's
    continuation / code / long-form jobs."""
    fam = "troglobite"
    n = irange(rng, 4, 8)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, n))]
    provider = str(pick(rng, ("m247", "leaseweb", "alibaba", "tencent", "ucloud")))
    pool = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 2, 6))
    uas = [str(pick(rng, ("new-api/0.4.8 Go-http-client/2.0", "Go-http-client/2.0", "one-api/v0.6.10",
                         "reqwest/0.12.12"))) for _ in range(irange(rng, 1, 2))]
    chat_rate = float(rng.uniform(60, 150))
    peak, depth = float(rng.uniform(11, 15)), float(rng.uniform(0.3, 0.6))
    job_day = float(rng.uniform(2, 6))
    job_rate = float(rng.uniform(0.2, 0.8))
    voices = _subset(rng, 4, 2, 4)
    p_new_chat = float(rng.uniform(0.5, 0.75))
    comp_h = float(rng.uniform(800, 1600))
    accts = [_worker(ctx, rng, fam, cid, role="reseller", org=pick(rng, orgs), ua=pick(rng, uas), ips=pool)
             for _ in range(n)]
    a = ctx.t0 + float(rng.uniform(0, 0.5)) * DAY
    chat_ts = thinned(rng, a, ctx.t1, chat_rate * (ctx.t1 - a) / HOUR, global_load(peak, depth))
    h0 = ctx.release + float(rng.uniform(0, 10)) * HOUR
    jobs = thinned(rng, h0, ctx.t1, job_day * (ctx.t1 - h0) / DAY, constant)
    h_ts = [s + np.cumsum(rng.exponential(1.0 / job_rate, size=irange(rng, 150, 800))) for s in jobs.tolist()]
    harv_ts = np.concatenate(h_ts) if h_ts else np.empty(0)
    ts_all = np.concatenate([chat_ts, harv_ts])
    is_h = np.concatenate([np.zeros(len(chat_ts), bool), np.ones(len(harv_ts), bool)])
    order = np.argsort(ts_all, kind="stable")
    ts_all, is_h = ts_all[order], is_h[order]
    who = rng.integers(0, n, size=len(ts_all))
    for i, acct in enumerate(accts):
        sel = who == i
        ts, h = ts_all[sel], is_h[sel]
        if len(ts) == 0:
            ts, h = np.array([a]), np.array([False])
        prompts = [tx.continuation_prompt(rng, pick(rng, voices), pick(rng, ctx.passages)) if x else pick(rng, ctx.chat)
                   for x in h.tolist()]
        extra = np.where(h, 0, rng.lognormal(np.log(300), 1.0, size=len(ts)).astype(np.int64))
        ctx.emit(rng, acct, ts, prompts, models=_models_mixed(ctx, rng, ts, h, 1.0, p_new_chat, 0.0, 0.15),
                 comp_median=np.where(h, comp_h, 320.0), comp_sigma=0.6, err=0.02, extra=extra)
    ctx.campaign(cid, fam, accts, {
        "operation": "reseller with a distilling customer", "pacing": "global-load chat + harvest job bursts",
        "keys": n, "orgs": len(orgs), "ip_source": f"{provider} rented block", "user_agents": uas,
        "chat_per_h": round(chat_rate, 1), "jobs_per_day": round(job_day, 2), "job_rate_per_s": round(job_rate, 2),
        "harvest_share": round(float(is_h.mean()), 3) if len(is_h) else 0.0, "voices": voices,
        "p_new_chat": round(p_new_chat, 3), "completion_median_harvest": round(comp_h)})


def swallet(ctx: Ctx, rng: R, cid: str) -> None:
    """A seat farm: many seats of a few enterprise orgs run browser-automated multi-turn curriculum
    crawls (textbook sections, follow-ups, 'safe' rewrites) during office hours."""
    fam = "swallet"
    n = irange(rng, 42, 78)
    tz = int(pick(rng, (8, 8, 3, 2, 5, 9)))
    n_orgs = irange(rng, 2, 4)
    orgs = []
    for _ in range(n_orgs):
        if chance(rng, 0.5):
            egress = cloud(rng, irange(rng, 1, 3), pick(rng, ("alibaba", "tencent", "huawei", "hetzner", "aws")))
        else:
            egress = home(rng, irange(rng, 1, 2), tz)
        orgs.append((hexid(rng, "org"), hexid(rng, "pay"), egress, ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY))
    voices = _subset(rng, 4, 2, 3)
    fields = sorted(tx.FIELDS)
    per_day = float(rng.uniform(1.0, 2.5))
    size_mean = float(rng.uniform(4, 8))
    gap_med = float(rng.uniform(45, 140))
    comp_med = float(rng.uniform(700, 1300))
    p_new = float(rng.uniform(0.85, 0.97))
    accts = []
    for _ in range(n):
        org, pay, egress, a = orgs[int(rng.integers(n_orgs))]
        acct = _worker(ctx, rng, fam, cid, role="seat", org=org, pay=pay, ua=pick(rng, BROWSERS), ips=egress, tz=tz)
        accts.append(acct)
        sess = session_times(rng, a, ctx.t1, per_day * float(rng.lognormal(0, 0.3)),
                             workday(tz, weekend=0.25, night=0.02), size_mean, gap_med, 0.7)
        ts_l, pr_l, ex_l = [], [], []
        for s in sess:
            v = pick(rng, voices)
            f = pick(rng, fields)
            topic = pick(rng, tx.FIELDS[f])
            for j, t in enumerate(s.tolist()):
                ts_l.append(t)
                pr_l.append(tx.curriculum_opener(rng, v, f, topic) if j == 0 else tx.curriculum_followup(rng, v))
                ex_l.append(int(j * comp_med * 1.1))
        if not ts_l:
            continue
        ts = np.asarray(ts_l)
        ctx.emit(rng, acct, ts, pr_l, models=ctx.models(rng, ts, p_new, 0.0), comp_median=comp_med, comp_sigma=0.5,
                 err=0.01, extra=np.asarray(ex_l))
    ctx.campaign(cid, fam, accts, {
        "operation": "seat-farm curriculum crawl, multi-turn", "pacing": f"office sessions tz {tz}",
        "seats": n, "orgs": n_orgs, "cards": n_orgs, "ip_source": "one egress per org (cloud or consumer ISP)",
        "user_agent": "browsers", "voices": voices, "sessions_per_day": round(per_day, 2),
        "turns_mean": round(size_mean, 1), "gap_s": round(gap_med, 1), "completion_median": round(comp_med),
        "p_new": round(p_new, 3)})


CAMPAIGN_FAMILIES = {
    "anthodite": anthodite,
    "flowstone": flowstone,
    "helictite": helictite,
    "moonmilk": moonmilk,
    "phreatic": phreatic,
    "rimstone": rimstone,
    "swallet": swallet,
    "troglobite": troglobite,
}

"""Campaign families of batch 66 (code names from marquetry and wood inlay). Each is a generator
`(ctx, rng, campaign_id) -> None` that writes its accounts, events and campaign truth into `ctx`;
every size, rate, infrastructure and template choice is drawn from `rng` per seed."""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind66 import texts as tx

CAMPAIGN = "campaign"


def _split(rng: np.random.Generator, ts: np.ndarray, n: int, conc: float) -> list[np.ndarray]:
    """Events of one queue handed to n keys with uneven (Dirichlet) shares."""
    w = rng.dirichlet(np.full(n, conc))
    who = rng.choice(n, size=len(ts), p=w)
    return [ts[who == i] for i in range(n)]


def _pauses(rng: np.random.Generator, ts: np.ndarray, a: float, b: float, k: int, lo_h: float, hi_h: float) -> np.ndarray:
    """Drop events inside k outages (a crashed job, a weekend restart) of lo_h–hi_h hours."""
    keep = np.ones(len(ts), dtype=bool)
    for _ in range(k):
        s = rng.uniform(a, b)
        keep &= ~((ts >= s) & (ts < s + rng.uniform(lo_h, hi_h) * HOUR))
    return ts[keep]


def _voice_mix(rng: np.random.Generator, n_voices: int, k: int) -> tuple[list[int], np.ndarray]:
    voices = sorted(rng.choice(n_voices, size=k, replace=False).tolist())
    return voices, rng.dirichlet(np.full(k, 1.5))


# --------------------------------------------------------------------------------------------


def intarsia(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Rubric / reward-model grading farm: pairwise, Likert, checklist and ranking judgements."""
    n = irange(rng, 8, 16)
    prov = pick(rng, ("gcp", "aws", "azure", "oracle", "linode"))
    block = bb.rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 4, 10))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    uas = ("litellm/1.60.2", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2")
    accts = [ctx.account(rng, label=CAMPAIGN, family="intarsia", role="grader", campaign_id=cid,
                         org=pick(rng, orgs), pay=pick(rng, pays), ua=pick(rng, uas),
                         ips=picks(rng, block, irange(rng, 1, 3))) for _ in range(n)]
    start = ctx.t0 + rng.uniform(0.5, 2.5) * DAY
    r0 = rng.uniform(35, 80)
    r1 = r0 * rng.uniform(1.8, 3.2)
    curve = bb.global_load(rng.uniform(0, 24), rng.uniform(0.1, 0.5))
    ts = np.concatenate([bb.thinned(rng, start, ctx.release, r0 * (ctx.release - start) / HOUR, curve),
                         bb.thinned(rng, ctx.release, ctx.t1, r1 * (ctx.t1 - ctx.release) / HOUR, curve)])
    ts = _pauses(rng, ts, start, ctx.t1, irange(rng, 1, 3), 2, 8)
    voices, vw = _voice_mix(rng, 5, irange(rng, 3, 5))
    med = {0: 700, 1: 350, 2: 500, 3: 600, 4: 650}
    scale = rng.uniform(0.8, 1.2)
    p_new = rng.uniform(0.85, 0.98)
    err = rng.uniform(0.005, 0.04)
    for a, t in zip(accts, _split(rng, ts, n, rng.uniform(1.0, 6.0)), strict=True):
        vs = rng.choice(voices, size=len(t), p=vw).tolist()
        prompts = [tx.grading(rng, v, ctx.chat, ctx.passages) for v in vs]
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new, 0.02),
                 comp_median=np.array([med[v] * scale for v in vs]), comp_sigma=0.45, err=err)
    ctx.campaign(cid, "intarsia", accts, {
        "operation": "rubric and reward-model grading (pairwise, Likert, checklist, ranking)",
        "accounts": n, "orgs": len(orgs), "cards": len(pays), "provider": prov, "voices": voices,
        "rate_before_per_h": round(r0, 1), "rate_after_per_h": round(r1, 1), "start": start, "p_new": p_new})


def certosina(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic agent trajectories: tool-use episodes on invented tasks with simulated tools."""
    n_orgs = irange(rng, 2, 4)
    shared_card = hexid(rng, "pay") if chance(rng, 0.35) else None
    uas = ("openai-agents/0.0.7 OpenAI/Python 1.66.0", "langchain-openai/0.3.6", "python-httpx/0.28.1",
           "OpenAI/Python 1.58.1")
    accts, params = [], []
    p_new = rng.uniform(0.8, 0.97)
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), shared_card or hexid(rng, "pay")
        prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
        block = bb.rented_block(rng, prov, 1, irange(rng, 3, 8))
        voice = irange(rng, 0, 3)
        ua = pick(rng, uas)
        a0 = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        rate = rng.uniform(0.5, 1.8)
        gap = rng.uniform(3, 12)
        night_only = chance(rng, 0.3)
        tz = pick(rng, bb.TZS)
        curve = bb.nightly(rng.uniform(18, 23), rng.uniform(8, 12), tz) if night_only else bb.constant
        for _ in range(irange(rng, 3, 7)):
            a = ctx.account(rng, label=CAMPAIGN, family="certosina", role="agent_runner", campaign_id=cid,
                            org=org, pay=pay, ua=ua, ips=picks(rng, block, irange(rng, 1, 2)))
            accts.append(a)
            starts = bb.thinned(rng, a0, ctx.t1, rate * (ctx.t1 - a0) / HOUR, curve)
            ts_l, pr_l, ex_l, med_l = [], [], [], []
            for s in starts.tolist():
                k = irange(rng, 4, 14)
                steps = tx.agent_episode(rng, voice, k)
                t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
                ts_l.append(t)
                pr_l.extend(steps)
                ex_l.append(300 + np.arange(k) * rng.uniform(250, 700))
                med_l.append(np.where(np.arange(k) == k - 1, 900.0, 220.0))
            if not ts_l:
                continue
            t = np.concatenate(ts_l)
            ctx.emit(rng, a, t, pr_l, models=ctx.models(rng, t, p_new, 0.03), comp_median=np.concatenate(med_l),
                     comp_sigma=0.5, extra=np.concatenate(ex_l).astype(np.int64), err=0.01)
        params.append({"provider": prov, "voice": voice, "episodes_per_h": round(rate, 2), "night_only": night_only})
    ctx.campaign(cid, "certosina", accts, {"operation": "synthetic agent trajectories", "orgs": params,
                                          "shared_card": shared_card is not None, "accounts": len(accts)})


def tunbridge(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low-and-slow consumer-looking accounts: human pacing, browsers, residential proxies; part of
    each account's sessions ordinary chat, part reasoning harvest with follow-ups."""
    n = irange(rng, 40, 80)
    tz_w = rng.dirichlet(np.full(len(bb.TZS), 0.8))
    accts = []
    pays: list[str] = []
    p_harv = rng.uniform(0.45, 0.7)
    p_new = rng.uniform(0.7, 0.95)
    for _ in range(n):
        tz = int(rng.choice(bb.TZS, p=tz_w))
        voice = 2 if tz == -3 else 3 if tz == 5 else int(rng.choice([0, 1]))
        mobile = chance(rng, 0.2)
        if mobile:
            ua = pick(rng, bb.MOBILE[:3])
            ips = bb.mobile_v6(rng, irange(rng, 3, 8), pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
        else:
            ua = pick(rng, bb.BROWSERS)
            ips = bb.home(rng, irange(rng, 2, 5), tz)
        pay = pick(rng, pays) if pays and chance(rng, 0.15) else hexid(rng, "pay")
        pays.append(pay)
        a = ctx.account(rng, label=CAMPAIGN, family="tunbridge", role="sleeper", campaign_id=cid, pay=pay,
                        ua=ua, ips=ips, tz=tz)
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        curve = bb.evening_person(tz) if chance(rng, 0.7) else bb.workday(tz, weekend=0.4)
        sessions = bb.session_times(rng, start, ctx.t1, rng.uniform(1.2, 4.0), curve, rng.uniform(2.5, 5.0),
                                    rng.uniform(40, 150))
        ts_l, pr_l, med_l = [], [], []
        for t in sessions:
            if len(t) == 0:
                continue
            harvest = chance(rng, p_harv)
            for j in range(len(t)):
                if harvest:
                    pr_l.append(tx.casual_opening(rng, voice) if j == 0 else tx.casual_follow_up(rng))
                    med_l.append(650.0)
                else:
                    pr_l.append(pick(rng, ctx.chat))
                    med_l.append(300.0)
            ts_l.append(t)
        if not ts_l:
            continue
        t = np.concatenate(ts_l)
        ip_ev = bb.sticky(rng, t, a.ips, rng.uniform(2, 12) * HOUR)
        ctx.emit(rng, a, t, pr_l, ips=ip_ev, models=ctx.models(rng, t, p_new, 0.1), comp_median=np.array(med_l),
                 comp_sigma=0.6, err=0.005)
    ctx.campaign(cid, "tunbridge", accts, {"operation": "low-and-slow reasoning harvest in consumer clothing",
                                          "accounts": n, "p_harvest_session": round(p_harv, 2), "p_new": p_new})


def penwork(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Rewrites for restricted audiences, back-translation and parallel text from a night shift."""
    n = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    prov = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    block = bb.rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 3, 6))
    proxy = bb.resi(rng, irange(rng, 40, 200), pick(rng, ("sea", "jp_kr", "us", "eu")))
    p_proxy = rng.uniform(0.2, 0.6)
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "python-httpx/0.28.1"))
    accts = [ctx.account(rng, label=CAMPAIGN, family="penwork", role="translator", campaign_id=cid,
                         org=pick(rng, orgs), pay=pick(rng, pays), ua=ua, ips=picks(rng, block, irange(rng, 2, 4)))
             for _ in range(n)]
    tz = 8
    night = bb.nightly(rng.uniform(0, 3), rng.uniform(5, 8), tz)
    rate = rng.uniform(110, 280)

    def curve(t: np.ndarray) -> np.ndarray:
        return np.maximum(night(t), 0.08)

    mean_w = float(np.mean(curve(np.linspace(ctx.t0, ctx.t1, 2048))))
    ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * mean_w * (ctx.t1 - ctx.t0) / HOUR, curve)
    ts = _pauses(rng, ts, ctx.t0, ctx.t1, irange(rng, 0, 2), 6, 20)
    voices, vw = _voice_mix(rng, 5, irange(rng, 3, 5))
    med = {0: 900, 1: 550, 2: 600, 3: 800, 4: 1000}
    p_new = rng.uniform(0.7, 0.92)
    for a, t in zip(accts, _split(rng, ts, n, rng.uniform(2.0, 8.0)), strict=True):
        vs = rng.choice(voices, size=len(t), p=vw).tolist()
        via = rng.random(len(t)) < p_proxy
        own = picks(rng, a.ips, len(t))
        ips = [pick(rng, proxy) if v else o for v, o in zip(via.tolist(), own, strict=True)]
        ctx.emit(rng, a, t, [tx.rewrite(rng, v, ctx.passages) for v in vs], ips=ips,
                 models=ctx.models(rng, t, p_new, 0.03), comp_median=np.array([med[v] for v in vs], dtype=float),
                 comp_sigma=0.4, err=0.02)
    ctx.campaign(cid, "penwork", accts, {"operation": "restricted-audience rewrites, back-translation, parallel text",
                                        "accounts": n, "provider": prov, "p_proxy": round(p_proxy, 2),
                                        "night_rate_per_h": round(rate, 1), "voices": voices})


def amboyna(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A hydra of short-lived keys generating synthetic instruction data until rate-limited."""
    n = irange(rng, 30, 60)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 6, 12))]
    provs = ("m247", "leaseweb", "ovh", "digitalocean", "vultr", "contabo", "hetzner", "scaleway")
    life_med = rng.uniform(8, 20)
    b_rate, b_size = rng.uniform(1.2, 3.0), rng.uniform(5, 14)
    after = rng.uniform(0.55, 0.8)
    voices, vw = _voice_mix(rng, 5, irange(rng, 3, 5))
    comp = rng.uniform(1400, 2400)
    accts = []
    for _ in range(n):
        if chance(rng, after):
            born = rng.uniform(ctx.release, ctx.t1 - 0.2 * DAY)
        else:
            born = rng.uniform(ctx.t0 + 0.5 * DAY, ctx.release)
        life = rng.lognormal(np.log(life_med * HOUR), 0.5)
        prov = pick(rng, provs)
        ips = bb.rented_block(rng, prov, 1, irange(rng, 1, 3))
        a = ctx.account(rng, label=CAMPAIGN, family="amboyna", role="disposable_key", campaign_id=cid,
                        pay=pick(rng, cards), ua=bb.sdk_ua(rng, 0.6), ips=ips)
        accts.append(a)
        starts = bb.thinned(rng, born, born + life, b_rate * life / HOUR, bb.constant)
        tr = bb.bursts(rng, starts, b_size, rng.uniform(0.8, 3.0), b=born + life)
        if not tr:
            continue
        t = np.sort(np.concatenate(tr))
        if len(t) == 0:
            continue
        tail = t >= t[0] + (t[-1] - t[0]) * rng.uniform(0.8, 0.92)
        status = np.where(tail & (rng.random(len(t)) < 0.55), 429, 200)
        status = np.where(~tail & (rng.random(len(t)) < 0.01), 429, status)
        vs = rng.choice(voices, size=len(t), p=vw).tolist()
        ctx.emit(rng, a, t, [tx.dataset_request(rng, v) for v in vs], models=ctx.models(rng, t, 0.97, 0.01),
                 comp_median=np.where(status == 429, 1.0, comp), comp_sigma=0.4, status=status)
    ctx.campaign(cid, "amboyna", accts, {"operation": "synthetic dataset generation by a hydra of disposable keys",
                                        "keys": n, "cards": len(cards), "life_median_h": round(life_med, 1),
                                        "burst_rate_per_h": round(b_rate, 2), "burst_size": round(b_size, 1),
                                        "share_born_after_release": round(after, 2), "voices": voices})


def kingwood(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n fan-out, continuation and soft-label probing from one rented pool (loud)."""
    n = irange(rng, 3, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    pool = bb.rented_block(rng, "aws", irange(rng, 1, 2), 4) + bb.rented_block(rng, "gcp", 1, irange(rng, 2, 5))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    accts = [ctx.account(rng, label=CAMPAIGN, family="kingwood", role="sampler", campaign_id=cid, org=org, pay=pay,
                         ua=ua, ips=pool) for _ in range(n)]
    start = ctx.release - rng.uniform(0.5, 1.5) * DAY
    rate = rng.uniform(80, 170)
    jobs = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.global_load(rng.uniform(0, 24), 0.2))
    voices, vw = _voice_mix(rng, 5, irange(rng, 3, 5))
    if 0 not in voices:
        voices[0] = 0
    k_lo, k_hi = irange(rng, 3, 4), irange(rng, 5, 8)
    med = {0: 450, 1: 600, 2: 90, 3: 160, 4: 380}
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n)]
    for s, v in zip(jobs.tolist(), rng.choice(voices, size=len(jobs), p=vw).tolist(), strict=True):
        p = tx.sampling_prompt(rng, v, ctx.passages)
        k = irange(rng, k_lo, k_hi) if v == 0 else 1
        for j in range(k):
            i = irange(rng, 0, n - 1)
            per[i][0].append(s + (rng.uniform(0, 2.0) if j else 0.0))
            per[i][1].append(p)
            per[i][2].append(med[v])
    for a, (t, p, m) in zip(accts, per, strict=True):
        t = np.asarray(t)
        ctx.emit(rng, a, t, p, models=ctx.models(rng, t, 0.97, 0.0), comp_median=np.asarray(m, dtype=float),
                 comp_sigma=0.5, err=0.03)
    ctx.campaign(cid, "kingwood", accts, {"operation": "best-of-n, continuation, next-word and option distributions",
                                         "accounts": n, "jobs_per_h": round(rate, 1), "fanout": [k_lo, k_hi],
                                         "voices": voices, "start": start})


def boulle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A browser sidebar extension: users' own requests wrapped in a reasoning-trace demand, plus
    idle-time harvest jobs run from the users' browsers (their residential addresses)."""
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    brand = f'{pick(rng, ("AskPane", "SideMind", "TabGenie", "Brightside AI", "Quillbar", "NovaTab"))} {pick(rng, ("v2", "Pro", "", "Lite"))}'.strip()
    keys = [ctx.account(rng, label=CAMPAIGN, family="boulle", role="extension_key", campaign_id=cid, org=org,
                        pay=pay, ua="", ips=[]) for _ in range(n_keys)]
    wrappers = [irange(rng, 0, 2) for _ in range(n_keys)]
    n_users = irange(rng, 300, 700)
    p_bg = rng.uniform(0.3, 0.6)
    bg_rate = rng.uniform(2, 5)
    tz_w = rng.dirichlet(np.full(len(bb.TZS), 1.2))
    per: list[tuple[list, list, list, list]] = [([], [], [], []) for _ in range(n_keys)]
    chrome = [u for u in bb.BROWSERS if "Chrome" in u]
    for _ in range(n_users):
        tz = int(rng.choice(bb.TZS, p=tz_w))
        k = irange(rng, 0, n_keys - 1)
        if chance(rng, 0.1):
            ua, ips = pick(rng, bb.MOBILE[:3]), bb.mobile_v6(rng, 2, pick(rng, ("us_mobile", "in_mobile", "eu_mobile")))
        else:
            ua, ips = pick(rng, chrome), bb.home(rng, irange(rng, 1, 2), tz)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        per_day = float(rng.lognormal(np.log(0.9), 0.8))
        sess = bb.session_times(rng, start, ctx.t1, per_day, bb.evening_person(tz), 2.5, rng.uniform(30, 120))
        t_user = np.concatenate(sess) if sess else np.empty(0)
        t_bg = np.empty(0)
        if chance(rng, p_bg):
            t_bg = bb.thinned(rng, start, ctx.t1, bg_rate * (ctx.t1 - start) / DAY, bb.nightly(1, 5, tz))
        for t in t_user.tolist():
            per[k][0].append(t)
            per[k][1].append(tx.sidebar_wrap(rng, brand, wrappers[k], tx.snip(rng, pick(rng, ctx.chat), 20, 1500),
                                             chance(rng, 0.7)))
            per[k][2].append(ua)
            per[k][3].append(pick(rng, ips))
        for t in t_bg.tolist():
            per[k][0].append(t)
            per[k][1].append(tx.sidebar_wrap(rng, brand, wrappers[k], tx.hard_question(rng), False))
            per[k][2].append(ua)
            per[k][3].append(pick(rng, ips))
    for a, (t, p, u, ip) in zip(keys, per, strict=True):
        t = np.asarray(t)
        ctx.emit(rng, a, t, p, ips=ip, ua=u, models=ctx.models(rng, t, 0.92, 0.05), comp_median=550.0,
                 comp_sigma=0.55, err=0.01)
    ctx.campaign(cid, "boulle", keys, {"operation": "browser extension wrapping user requests and idle-time harvest",
                                      "keys": n_keys, "users": n_users, "brand": brand, "wrappers": wrappers,
                                      "p_background_user": round(p_bg, 2), "bg_per_night": round(bg_rate, 2)})


def satinwood(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Critique-and-revise, rationalisation and self-consistency data, run like a research lab:
    researchers by day from home, overnight jobs from a notebook VM."""
    n = irange(rng, 4, 10)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 1, -5, 9, 2))
    prov = pick(rng, ("gcp", "aws", "azure"))
    vm = bb.cloud(rng, irange(rng, 1, 2), prov)
    accts = []
    for _ in range(n):
        accts.append(ctx.account(rng, label=CAMPAIGN, family="satinwood", role="researcher", campaign_id=cid,
                                 org=org, pay=pay, ua=pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0")),
                                 ips=bb.home(rng, irange(rng, 1, 2), tz), tz=tz))
    runners = accts[: irange(rng, 1, 2)]
    voices, vw = _voice_mix(rng, 4, irange(rng, 3, 4))
    med = {0: 750, 1: 500, 2: 900, 3: 700}
    p_new = rng.uniform(0.8, 0.95)
    rate = rng.uniform(120, 280)
    p_night = rng.uniform(0.6, 0.85)
    job_ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    # overnight jobs
    d0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    night_ts: list[list[float]] = [[] for _ in runners]
    for d in range(8):
        if not chance(rng, p_night):
            continue
        s = d0 + d * DAY + rng.uniform(17.5, 22) * HOUR
        e = s + rng.uniform(5, 10) * HOUR
        t = bb.thinned(rng, s, e, rate * (e - s) / HOUR, bb.constant)
        for i, part in enumerate(_split(rng, t, len(runners), 3.0)):
            night_ts[i].extend(part.tolist())
    for a, t in zip(runners, night_ts, strict=True):
        t = np.asarray(t)
        vs = rng.choice(voices, size=len(t), p=vw).tolist()
        ctx.emit(rng, a, t, [tx.refine(rng, v, ctx.chat, ctx.passages) for v in vs], ips=picks(rng, vm, len(t)),
                 ua=job_ua, models=ctx.models(rng, t, p_new, 0.02),
                 comp_median=np.array([med[v] for v in vs], dtype=float), comp_sigma=0.45, err=0.02)
    # daytime: prompt iteration and ordinary use
    for a in accts:
        sess = bb.session_times(rng, ctx.t0, ctx.t1, rng.uniform(1, 3), bb.workday(tz), rng.uniform(3, 8),
                                rng.uniform(30, 90))
        if not sess:
            continue
        t = np.concatenate(sess)
        if len(t) == 0:
            continue
        is_ref = rng.random(len(t)) < 0.7
        pr = [tx.refine(rng, int(rng.choice(voices)), ctx.chat, ctx.passages) if r else pick(rng, ctx.chat)
              for r in is_ref.tolist()]
        ctx.emit(rng, a, t, pr, models=ctx.models(rng, t, p_new, 0.05), comp_median=np.where(is_ref, 700.0, 300.0),
                 comp_sigma=0.5, err=0.01)
    ctx.campaign(cid, "satinwood", accts, {"operation": "critique-revise, rationalisation, self-consistency",
                                          "accounts": n, "tz": tz, "provider": prov, "night_rate_per_h": round(rate, 1),
                                          "p_night": round(p_night, 2), "runners": len(runners), "voices": voices})


CAMPAIGN_FAMILIES = {
    "amboyna": amboyna,
    "boulle": boulle,
    "certosina": certosina,
    "intarsia": intarsia,
    "kingwood": kingwood,
    "penwork": penwork,
    "satinwood": satinwood,
    "tunbridge": tunbridge,
}

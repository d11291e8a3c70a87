"""Campaign families of blind batch 30 (code names only; descriptions in README.md and comments).

Each family is `f(ctx, rng, campaign_id)`: it opens accounts with `ctx.account`, writes events with
`ctx.emit` and records the campaign with `ctx.campaign`. All parameters are drawn from `rng`, so
every seed gives a different operation of the same family.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, chance, hexid, irange, pick
from bench.monitor_blind30 import texts

LABEL = "campaign"


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _choose(rng: np.random.Generator, seq, k: int) -> list:
    idx = rng.choice(len(seq), size=min(k, len(seq)), replace=False)
    return [seq[i] for i in sorted(idx.tolist())]


# ---------------------------------------------------------------------------------------------
# chevron: reasoning-trace coercion by waves of accounts ("hydra") behind a rotating residential
# proxy pool with sticky sessions; a shared job queue (Poisson) feeds each wave; prepaid cards are
# reused across several accounts; one wave is opened shortly after the new model appears.


def chevron(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    n_waves = irange(rng, 2, 4)
    sizes = [irange(rng, 4, 12) for _ in range(n_waves)]
    regions = _choose(rng, ["us", "eu", "sea", "latam", "in", "jp_kr"], irange(rng, 2, 3))
    pool = [ip for r in regions for ip in bb.resi(rng, irange(rng, 150, 600), r)]
    n_acc = sum(sizes)
    pays = [hexid(rng, "pay") for _ in range(max(2, n_acc // irange(rng, 3, 6)))]
    hold = _u(rng, 8, 45) * MINUTE
    styles = sorted(rng.choice(7, size=irange(rng, 2, 4), replace=False).tolist())
    zh = _u(rng, 0.05, 0.5)
    comp = _u(rng, 1100, 2300)
    p_new = _u(rng, 0.85, 1.0)
    span = ctx.t1 - ctx.t0
    accounts: list[bb.Acct] = []
    wave_params = []
    for w, size in enumerate(sizes):
        if w == 1:  # one wave opens right after the new model appears
            start = ctx.release + _u(rng, 0.5, 12) * HOUR
        else:
            start = ctx.t0 + _u(rng, 0.0, 0.7) * span
        end = min(ctx.t1, start + _u(rng, 1.2, 4.0) * DAY)
        rate = _u(rng, 20, 75)  # requests per hour over the whole wave
        wave_params.append({"size": size, "start": round(start), "end": round(end), "rate_h": round(rate, 1)})
        ua_wave = bb.sdk_ua(rng, 0.3)
        wave_accts = []
        for _ in range(size):
            ua = ua_wave if chance(rng, 0.6) else bb.sdk_ua(rng, 0.3)
            a = ctx.account(rng, label=LABEL, family="chevron", role="worker", campaign_id=camp, pay=pick(rng, pays),
                            ua=ua, ips=[pick(rng, pool)])
            wave_accts.append(a)
        streams = bb.worker_pool(rng, start, end, rate, size, bb.global_load(_u(rng, 0, 24), _u(rng, 0.0, 0.4)))
        for a, ts in zip(wave_accts, streams, strict=True):
            warm = start + _u(rng, 0, 4) * HOUR
            ts = ts[ts >= warm]
            prompts = [texts.trace_prompt(rng, styles, zh) for _ in range(len(ts))]
            ips = bb.sticky(rng, ts, pool, hold)
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.02), ips=ips,
                     comp_median=comp, comp_sigma=0.45, err=0.03)
        accounts += wave_accts
    ctx.campaign(camp, "chevron", accounts, {"n_accounts": n_acc, "waves": wave_params, "regions": regions,
                                             "pool": len(pool), "hold_s": round(hold), "styles": styles,
                                             "zh": round(zh, 2), "comp": round(comp), "n_pay": len(pays)})


# ---------------------------------------------------------------------------------------------
# saltire: reward-model / rubric grading harvest. A few keys on a rented cloud block run batch jobs
# around the clock; each job is a tight train of grading or pairwise-preference requests whose
# candidate texts are long; jobs are split round-robin over the keys.


def saltire(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 4, 9)
    provider = pick(rng, ["oracle", "gcp", "tencent", "huawei", "alibaba", "ovh"])
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    ua = pick(rng, ["python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"])
    accts = [ctx.account(rng, label=LABEL, family="saltire", role="worker", campaign_id=camp, org=pick(rng, orgs),
                         pay=pick(rng, pays), ua=ua, ips=block) for _ in range(n)]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    jobs_day = _u(rng, 2.5, 8)
    size = irange(rng, 50, 220)
    gap = _u(rng, 0.8, 3.5)
    styles = sorted(rng.choice(3, size=irange(rng, 1, 3), replace=False).tolist())
    p_pair = _u(rng, 0.15, 0.6)
    comp = _u(rng, 140, 320)
    p_new = _u(rng, 0.55, 0.9)
    per: list[list[np.ndarray]] = [[] for _ in range(n)]
    starts = bb.thinned(rng, start, ctx.t1, jobs_day * (ctx.t1 - start) / DAY, bb.constant)
    for j, train in enumerate(bb.bursts(rng, starts, size, gap, 0.4, ctx.t1)):
        for i in range(n):
            per[(i + j) % n].append(train[i::n])
    for a, parts in zip(accts, per, strict=True):
        ts = np.sort(np.concatenate(parts)) if parts else np.empty(0)
        prompts = [texts.grading_prompt(rng, ctx.chat, ctx.passages, styles, p_pair) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.0), comp_median=comp,
                 comp_sigma=0.5, err=0.02)
    ctx.campaign(camp, "saltire", accts, {"n_accounts": n, "provider": provider, "hosts": len(block),
                                          "jobs_day": round(jobs_day, 2), "job_size": size, "gap_s": round(gap, 2),
                                          "styles": styles, "p_pair": round(p_pair, 2), "comp": round(comp)})


# ---------------------------------------------------------------------------------------------
# fess: deliberately hard low-and-slow. Three to six "developers", each on a home connection with
# its own card and org, chatting like ordinary users most of the time, while a share of their
# requests are agent/tool-use transcripts from the operator's task bank, sent inside their normal
# sessions and hours. Per-account volume is ordinary.


def fess(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 3, 6)
    styles = sorted(rng.choice(4, size=2, replace=False).tolist())
    accts = []
    per_acct = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.55) else bb.sdk_ua(rng, 0.6)
        a = ctx.account(rng, label=LABEL, family="fess", role="worker", campaign_id=camp, ua=ua,
                        ips=bb.home(rng, irange(rng, 1, 3), tz), tz=tz)
        accts.append(a)
        curve = bb.evening_person(tz) if chance(rng, 0.5) else bb.workday(tz, weekend=0.3, night=0.05)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        chat_day, harvest_day = _u(rng, 0.6, 1.8), _u(rng, 1.5, 6.0)
        sess = bb.session_times(rng, start, ctx.t1, chat_day, curve, _u(rng, 2, 5), _u(rng, 40, 160))
        t_chat = np.concatenate(sess) if sess else np.empty(0)
        # harvest requests ride on the account's own active hours, often right after a chat turn
        t_h = bb.thinned(rng, start, ctx.t1, harvest_day * (ctx.t1 - start) / DAY, curve)
        if len(t_chat):
            glue = rng.random(len(t_h)) < 0.5
            anchor = rng.choice(t_chat, size=len(t_h))
            t_h = np.where(glue, anchor + rng.lognormal(np.log(90), 0.7, size=len(t_h)), t_h)
        t_h = np.sort(t_h[t_h < ctx.t1])
        ctx.emit(rng, a, t_chat, bb.picks(rng, ctx.chat, len(t_chat)),
                 models=ctx.models(rng, t_chat, p_new=0.55), comp_median=340, comp_sigma=0.7, err=0.01)
        ctx.emit(rng, a, t_h, [texts.agent_transcript(rng, pick(rng, styles)) for _ in range(len(t_h))],
                 models=ctx.models(rng, t_h, p_new=0.9), comp_median=_u(rng, 550, 1100), comp_sigma=0.5,
                 extra=rng.integers(600, 3500, size=len(t_h)), err=0.01)
        per_acct.append({"tz": tz, "chat_day": round(chat_day, 2), "harvest_day": round(harvest_day, 2)})
    ctx.campaign(camp, "fess", accts, {"n_accounts": n, "styles": styles, "accounts": per_acct})


# ---------------------------------------------------------------------------------------------
# pall: rush at the new model. Parallel lanes of throw-away accounts on cheap cloud hosts, opened
# within hours of the release, each run hard until throttled (a tail of 429s), then replaced by a
# fresh account (sometimes on the same card). One or two scout accounts test the pipeline on the old
# model a few days before. Prompts: publishable rewrites of politically sensitive questions and a
# sweep over domains x skills.


def pall(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    lanes = irange(rng, 2, 4)
    provs = _choose(rng, ["contabo", "vultr", "digitalocean", "alibaba", "huawei", "linode", "hetzner", "ucloud"],
                    irange(rng, 2, 4))
    ua = pick(rng, ["python-requests/2.32.3", "aiohttp/3.11.11", "Go-http-client/2.0", "reqwest/0.12.12"])
    zh = _u(rng, 0.2, 0.7)
    comp = _u(rng, 550, 1000)
    rate_lo, rate_hi = _u(rng, 20, 40), _u(rng, 45, 80)
    accts: list[bb.Acct] = []
    for _ in range(irange(rng, 1, 2)):
        s = ctx.release - _u(rng, 1.0, 3.0) * DAY
        a = ctx.account(rng, label=LABEL, family="pall", role="scout", campaign_id=camp, ua=ua,
                        ips=bb.cloud(rng, 1, pick(rng, provs)))
        ts = np.sort(s + rng.uniform(0, _u(rng, 1, 6) * HOUR, size=irange(rng, 12, 60)))
        ctx.emit(rng, a, ts, [texts.sweep_prompt(rng, zh) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.0, p_mini=0.3), comp_median=comp, comp_sigma=0.5)
        accts.append(a)
    n_lane_accts = []
    for _ in range(lanes):
        t = ctx.release + _u(rng, 0.3, 10) * HOUR
        pay = hexid(rng, "pay")
        k = 0
        while t < ctx.t1:
            life = float(np.clip(rng.lognormal(np.log(14 * HOUR), 0.5), 4 * HOUR, 40 * HOUR))
            if not chance(rng, 0.35):
                pay = hexid(rng, "pay")
            a = ctx.account(rng, label=LABEL, family="pall", role="worker", campaign_id=camp, ua=ua, pay=pay,
                            ips=bb.cloud(rng, irange(rng, 1, 3), pick(rng, provs)))
            ts = bb.thinned(rng, t, min(ctx.t1, t + life), _u(rng, rate_lo, rate_hi) * life / HOUR, bb.constant)
            status = np.where(rng.random(len(ts)) < 0.01, 429, 200)
            tail = int(len(ts) * _u(rng, 0.03, 0.09))
            if tail and t + life < ctx.t1:
                status[-tail:] = 429
            ctx.emit(rng, a, ts, [texts.sweep_prompt(rng, zh) for _ in range(len(ts))],
                     models=ctx.models(rng, ts, p_new=1.0), comp_median=comp, comp_sigma=0.5, status=status)
            accts.append(a)
            k += 1
            t += life + _u(rng, 5, 75) * MINUTE
        n_lane_accts.append(k)
    ctx.campaign(camp, "pall", accts, {"lanes": lanes, "per_lane": n_lane_accts, "providers": provs,
                                       "rate_h": [round(rate_lo, 1), round(rate_hi, 1)], "zh": round(zh, 2),
                                       "comp": round(comp)})


# ---------------------------------------------------------------------------------------------
# bordure: off the usual shapes. A phone farm: dozens of accounts on mobile-carrier IPv6, mobile
# user agents, human-like evening sessions and a few dozen requests each, paid from a handful of
# prepaid cards. Collectively they sample the same prompt bank two to four times each (ordinary
# ShareGPT prompts mixed with short multilingual tasks), harvesting several samples per prompt.


_MOBILE_TZ = {"in_mobile": 5, "br_mobile": -3, "us_mobile": -5, "eu_mobile": 1}


def bordure(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 28, 70)
    nets = _choose(rng, list(_MOBILE_TZ), irange(rng, 1, 2))
    langs = ["en"] + [{"in_mobile": "hi", "br_mobile": "pt"}.get(x, "en") for x in nets]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    reps_lo, reps_hi = 2, irange(rng, 3, 4)
    p_chat = _u(rng, 0.35, 0.65)
    comp = _u(rng, 280, 600)
    p_new = _u(rng, 0.5, 0.9)
    start0 = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts, times, sess_ips = [], [], []
    for _ in range(n):
        net = pick(rng, nets)
        tz = _MOBILE_TZ[net]
        a = ctx.account(rng, label=LABEL, family="bordure", role="worker", campaign_id=camp, pay=pick(rng, pays),
                        ua=pick(rng, bb.MOBILE), ips=bb.mobile_v6(rng, 1, net), tz=tz)
        start = start0 + _u(rng, 0, 1.5) * DAY
        sess = bb.session_times(rng, start, ctx.t1, _u(rng, 0.6, 2.0), bb.evening_person(tz + _u(rng, -1, 1)),
                                _u(rng, 3, 8), _u(rng, 15, 70))
        ips = []
        for s in sess:
            ips += [bb.mobile_v6(rng, 1, net)[0]] * len(s)
        accts.append(a)
        times.append(np.concatenate(sess) if sess else np.empty(0))
        sess_ips.append(ips)
    total = sum(len(t) for t in times)
    reps = rng.integers(reps_lo, reps_hi + 1, size=total // reps_lo + 1)
    bank_n = int(np.searchsorted(np.cumsum(reps), total)) + 1
    bank = [pick(rng, ctx.chat) if chance(rng, p_chat) else texts.short_task(rng, langs) for _ in range(bank_n)]
    deck = np.repeat(np.arange(bank_n), reps[:bank_n])
    rng.shuffle(deck)
    pos = 0
    for a, ts, ips in zip(accts, times, sess_ips, strict=True):
        k = len(ts)
        prompts = [bank[i] for i in deck[pos:pos + k].tolist()]
        pos += k
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), ips=ips, comp_median=comp,
                 comp_sigma=0.6, err=0.015)
    ctx.campaign(camp, "bordure", accts, {"n_accounts": n, "nets": nets, "n_pay": len(pays), "bank": bank_n,
                                          "reps": [reps_lo, reps_hi], "p_chat": round(p_chat, 2), "comp": round(comp)})


# ---------------------------------------------------------------------------------------------
# tressure: bulk synthetic-dataset generation. A few keys of one organisation (usually one card)
# on a single hyperscaler run a night shift in the operator's time zone: persona-conditioned requests
# for dozens of instruction/response pairs per call, so few requests but very long completions.


def tressure(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 2, 5)
    provider = pick(rng, ["azure", "aws", "gcp"])
    org = hexid(rng, "org")
    pays = [hexid(rng, "pay")] if chance(rng, 0.7) else [hexid(rng, "pay"), hexid(rng, "pay")]
    tz = pick(rng, [8, 3, 1, -5, 9])
    start_h, hours = _u(rng, 21, 25.5) % 24, _u(rng, 3.5, 7)
    rate = _u(rng, 15, 50)
    styles = sorted(rng.choice(3, size=irange(rng, 1, 3), replace=False).tolist())
    comp = _u(rng, 2500, 3800)
    ua = pick(rng, ["OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"])
    accts = [ctx.account(rng, label=LABEL, family="tressure", role="worker", campaign_id=camp, org=org,
                         pay=pick(rng, pays), ua=ua, ips=bb.cloud(rng, irange(rng, 2, 4), provider), tz=tz)
             for _ in range(n)]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    streams = bb.worker_pool(rng, start, ctx.t1, rate * hours / 24, n, bb.nightly(start_h, hours, tz))
    for a, ts in zip(accts, streams, strict=True):
        ctx.emit(rng, a, ts, [texts.persona_prompt(rng, pick(rng, styles)) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=1.0, p_mini=0.0), comp_median=comp, comp_sigma=0.35, err=0.02)
    ctx.campaign(camp, "tressure", accts, {"n_accounts": n, "provider": provider, "tz": tz,
                                           "start_h": round(start_h, 1), "hours": round(hours, 1),
                                           "rate_h": round(rate, 1), "styles": styles, "comp": round(comp)})


# ---------------------------------------------------------------------------------------------
# quarterly: an API reseller's relay. Its upstream keys (each on its own card and org, some banned
# and replaced mid-week) all exit through two to four addresses of one hosting block. Most of the
# relayed traffic is agent/tool-use transcripts with large contexts collected for training; the
# rest is the reseller's end customers' ordinary chat, passed through. Jobs arrive as one Poisson
# stream with a daily load cycle and go to whichever key is live.


def quarterly(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 8, 18)
    provider = pick(rng, ["hetzner", "ovh", "leaseweb", "m247", "selectel", "scaleway"])
    egress = bb.rented_block(rng, provider, 1, irange(rng, 2, 4))
    ua = "Go-http-client/2.0" if chance(rng, 0.7) else pick(rng, ["Go-http-client/1.1", "axios/1.7.9"])
    rate = _u(rng, 40, 120)
    peak, depth = _u(rng, 2, 9), _u(rng, 0.3, 0.65)
    share = _u(rng, 0.55, 0.8)
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    comp = _u(rng, 500, 950)
    span = ctx.t1 - ctx.t0
    accts, live = [], []
    for i in range(n):
        a = ctx.account(rng, label=LABEL, family="quarterly", role="reseller" if i == 0 else "worker",
                        campaign_id=camp, ua=ua, ips=egress)
        s = ctx.t0 + (0.0 if i < n // 2 else _u(rng, 0.1, 0.8)) * span
        e = min(ctx.t1, s + _u(rng, 1.0, 8.0) * DAY)
        accts.append(a)
        live.append((s, e))
    ts_all = bb.thinned(rng, ctx.t0, ctx.t1, rate * span / HOUR, bb.global_load(peak, depth))
    owner = np.full(len(ts_all), -1)
    for j, t in enumerate(ts_all.tolist()):
        ok = [i for i, (s, e) in enumerate(live) if s <= t < e]
        if ok:
            owner[j] = ok[int(rng.integers(len(ok)))]
    for i, a in enumerate(accts):
        ts = ts_all[owner == i]
        harvest = rng.random(len(ts)) < share
        prompts = [texts.agent_transcript(rng, pick(rng, styles)) if h else pick(rng, ctx.chat)
                   for h in harvest.tolist()]
        extra = np.where(harvest, rng.integers(2000, 12000, size=len(ts)), rng.integers(0, 400, size=len(ts)))
        med = np.where(harvest, comp, 340.0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85, p_mini=0.12), comp_median=med,
                 comp_sigma=0.55, extra=extra, err=0.02)
    ctx.campaign(camp, "quarterly", accts, {"n_accounts": n, "provider": provider, "egress": len(egress),
                                            "rate_h": round(rate, 1), "peak_utc": round(peak, 1),
                                            "share": round(share, 2), "styles": styles, "comp": round(comp)})


CAMPAIGN_FAMILIES = {
    "bordure": bordure,
    "chevron": chevron,
    "fess": fess,
    "pall": pall,
    "quarterly": quarterly,
    "saltire": saltire,
    "tressure": tressure,
}

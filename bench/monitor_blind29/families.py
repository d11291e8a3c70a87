"""Campaign families of blind batch 29 (distillation operations), written without reading the
monitor. Each family is `f(ctx, rng, campaign_id)`; it creates its accounts, emits their events
and records a campaign in the truth. Parameters are drawn per seed. Code names only; README.md
describes each family.
"""

from __future__ import annotations

import math

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_COMMON,
    SDK_OTHER,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    picks,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind29 import texts

LABEL = "campaign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# GARAMOND: a many-key cluster on a rented hosting block that switches on at the model release
# (a fifth of its keys are opened a day or two early and only send a few probes); a Poisson job
# queue hands generated puzzles, wrapped in "write out all your reasoning" instructions (English,
# Chinese, Russian), to whichever key is free. Keys are linked in small groups either by org or
# by payment instrument, or not at all.


def garamond(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "garamond"
    n = irange(rng, 16, 36)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "m247"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 6, 12))
    link = pick(rng, ("org", "pay", "none"))
    group = irange(rng, 3, 5)
    shared = [hexid(rng, link) for _ in range(math.ceil(n / group))]
    camp_ua = sdk_ua(rng, 0.3)
    mix = rng.dirichlet((5.0, 2.0, 1.5))
    per_acct_hour = float(rng.uniform(4, 11))
    early_frac = float(rng.uniform(0.1, 0.3))
    peak = float(rng.uniform(0, 24))
    accts, created = [], []
    for i in range(n):
        acct = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid,
                           org=shared[i // group] if link == "org" else None,
                           pay=shared[i // group] if link == "pay" else None,
                           ua=camp_ua if chance(rng, 0.75) else sdk_ua(rng),
                           ips=[str(x) for x in rng.choice(block, size=irange(rng, 1, 3), replace=False)])
        early = chance(rng, early_frac)
        c = ctx.release - float(rng.uniform(1.0, 2.5)) * DAY if early else ctx.release + float(rng.uniform(0, 10)) * HOUR
        if early:
            pt = np.sort(rng.uniform(c, ctx.release, size=irange(rng, 1, 3)))
            ctx.emit(rng, acct, pt, picks(rng, texts.GARAMOND_PROBES, len(pt)), models=ctx.models(rng, pt, p_mini=0.3),
                     comp_median=25, comp_sigma=0.5)
        accts.append(acct)
        created.append(max(c, ctx.release))
    pool = worker_pool(rng, ctx.release, ctx.t1, n * per_acct_hour, n, global_load(peak, 0.35))
    for acct, c, ts in zip(accts, created, pool, strict=True):
        ts = ts[ts >= c]
        prompts = [texts.garamond_prompt(rng, tuple(mix)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.97), comp_median=1500, comp_sigma=0.45,
                 err=0.04)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": provider, "link": link, "group": group,
                                   "per_account_hour": round(per_acct_hour, 2), "lang_mix": [round(float(x), 2) for x in mix],
                                   "early_fraction": round(early_frac, 2)})


# --------------------------------------------------------------------------------------------
# BASKERVILLE: preference-pair / rubric-score / critique-and-rewrite requests (reward-model data)
# through a residential proxy pool with sticky sessions shared by all keys; one job queue shaped
# like a US office day (but busier at night and weekends than a real office).


def baskerville(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "baskerville"
    n = irange(rng, 10, 22)
    region = pick(rng, ("us", "eu", "ca"))
    pool_ips = resi(rng, irange(rng, 200, 600), region)
    hold = float(rng.uniform(10, 30)) * MINUTE
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    styles = rng.dirichlet((2, 2, 1, 2))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    rate = n * float(rng.uniform(3, 7))
    accts = [ctx.account(rng, label=LABEL, family=fam, role="grader", campaign_id=cid, ua=ua, ips=pool_ips)
             for _ in range(n)]
    curve = workday(-5, start=8, end=19, weekend=0.35, night=0.15)
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n, curve), strict=True):
        st = rng.choice(4, size=len(ts), p=styles)
        prompts = [texts.baskerville_prompt(rng, ctx.chat, ctx.passages, int(s)) for s in st]
        comp = np.where(st >= 2, 700.0, 380.0)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.8), ips=sticky(rng, ts, pool_ips, hold),
                 comp_median=comp, comp_sigma=0.4, err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "proxy_region": region, "pool": len(pool_ips),
                                   "sticky_min": round(hold / MINUTE, 1), "jobs_per_hour": round(rate, 1),
                                   "style_mix": [round(float(x), 2) for x in styles]})


# --------------------------------------------------------------------------------------------
# CASLON (deliberately hard, low and slow): many keys that each look like one private person —
# home ISP matching the time zone, browser or phone UA, a session or two in the evening — but
# roughly half of every key's questions are expert deep-dives from one field x concept grid.
# A few keys share a payment instrument in pairs.


def caslon(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "caslon"
    n = irange(rng, 24, 45)
    share = float(rng.uniform(0.35, 0.65))
    p_pair = float(rng.uniform(0.15, 0.35))
    accts = []
    pay_prev = None
    for _ in range(n):
        tz = pick(rng, TZS)
        pay = pay_prev if (pay_prev is not None and chance(rng, p_pair)) else None
        acct = ctx.account(rng, label=LABEL, family=fam, role="persona", campaign_id=cid, pay=pay,
                           ua=pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE),
                           ips=home(rng, irange(rng, 1, 3), tz), tz=tz)
        pay_prev = None if pay else acct.pay
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sess = session_times(rng, start, ctx.t1, float(rng.uniform(0.6, 1.8)), evening_person(tz),
                             float(rng.uniform(2.5, 5)), float(rng.uniform(60, 240)))
        ts = _cat(sess)
        harvest = rng.random(len(ts)) < share
        prompts = [texts.caslon_prompt(rng) if h else pick(rng, ctx.chat) for h in harvest.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=float(rng.uniform(0.3, 0.6)), p_mini=0.1),
                 comp_median=np.where(harvest, 1100.0, 350.0), comp_sigma=0.55)
        accts.append(acct)
    ctx.campaign(cid, fam, accts, {"accounts": n, "harvest_share": round(share, 2), "pair_pay": round(p_pair, 2)})


# --------------------------------------------------------------------------------------------
# DIDOT: a handful of keys in one org on one big cloud replay synthetic agent episodes (task,
# tool results, then a closing turn demanding the full decision rationale); the context grows
# inside an episode; quiet before the release, full throttle after it, around the clock.


def didot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "didot"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("gcp", "aws", "azure"))
    org = hexid(rng, "org")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    eph = float(rng.uniform(2.5, 6))
    pre = float(rng.uniform(0.1, 0.35))
    schema = irange(rng, 900, 2200)
    domains = sorted(texts._D_TOOLS)

    def ramp(ts: np.ndarray) -> np.ndarray:
        return np.where(ts >= ctx.release, 1.0, pre)

    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family=fam, role="agent-runner", campaign_id=cid, org=org, ua=ua,
                           ips=cloud(rng, irange(rng, 2, 4), provider))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        t_all, p_all, c_all, x_all = [], [], [], []
        for s in thinned(rng, start, ctx.t1, eph * (ctx.t1 - start) / HOUR, ramp).tolist():
            d = pick(rng, domains)
            steps = irange(rng, 3, 9)
            gaps = rng.lognormal(np.log(3.0), 0.6, size=steps - 1)
            t = s + np.concatenate([[0.0], np.cumsum(gaps)])
            hist = 0
            for k in range(steps):
                if k == 0:
                    p = texts.didot_task(rng, d)
                elif k == steps - 1:
                    p = pick(rng, texts.DIDOT_CLOSERS)
                else:
                    p = texts.didot_tool_result(rng, d, k - 1)
                comp = 700.0 if k == steps - 1 else 70.0
                t_all.append(t[k])
                p_all.append(p)
                c_all.append(comp)
                x_all.append(schema + hist)
                hist += int(comp) + 60 + len(p) // 4
        ts = np.asarray(t_all)
        ctx.emit(rng, acct, ts, p_all, models=ctx.models(rng, ts, p_new=0.95), comp_median=np.asarray(c_all),
                 comp_sigma=0.4, extra=np.asarray(x_all), err=0.015)
        accts.append(acct)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": provider, "episodes_per_hour": round(eph, 2),
                                   "pre_release_level": round(pre, 2), "schema_tokens": schema})


# --------------------------------------------------------------------------------------------
# FUTURA: a reseller's keys (one org, one payment instrument, a few egress addresses on hosting
# networks, one client UA) relay genuine end-user chat, and the operator mixes in its own bulk
# jobs: paired candid / platform-safe answers and "make this publishable under strict rules"
# rewrites (English and Chinese); the operator's own share jumps after the release.


def futura(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "futura"
    n = irange(rng, 6, 12)
    provider = pick(rng, ("m247", "leaseweb", "ovh", "alibaba"))
    egress = cloud(rng, irange(rng, 4, 8), provider)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    per_day = float(rng.uniform(50, 130))
    before, after = float(rng.uniform(0.15, 0.3)), float(rng.uniform(0.55, 0.8))
    p_zh = float(rng.uniform(0.3, 0.7))
    peak = float(rng.uniform(0, 24))
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family=fam, role="relay", campaign_id=cid, org=org, pay=pay,
                           ua="Go-http-client/2.0", ips=egress)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        ts = thinned(rng, start, ctx.t1, per_day * float(rng.lognormal(0, 0.4)) * (ctx.t1 - start) / DAY,
                     global_load(peak, 0.5))
        own = rng.random(len(ts)) < np.where(ts >= ctx.release, after, before)
        prompts = [texts.futura_prompt(rng, ctx.passages, p_zh) if o else pick(rng, ctx.chat) for o in own.tolist()]
        models = np.where(own, ctx.models(rng, ts, p_new=0.95), ctx.models(rng, ts, p_new=0.35, p_mini=0.2)).tolist()
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=np.where(own, 800.0, 350.0), comp_sigma=0.55)
        accts.append(acct)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": provider, "egress_ips": len(egress),
                                   "per_key_day": round(per_day, 1), "own_share_before": round(before, 2),
                                   "own_share_after": round(after, 2), "p_zh": round(p_zh, 2)})


# --------------------------------------------------------------------------------------------
# BODONI: waves of throwaway keys; each wave walks one question bank in six languages, every key
# takes a small shard (a few items, maybe a warm-up chat line) and is never used again; a fresh
# residential address per request, a random client library per key.


def bodoni(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bodoni"
    waves = irange(rng, 4, 7)
    reps = irange(rng, 2, 3)
    lo, hi = irange(rng, 3, 5), irange(rng, 7, 14)
    starts = np.sort(rng.uniform(ctx.t0 + 0.1 * (ctx.t1 - ctx.t0), ctx.t1 - 8 * HOUR, size=waves))
    if starts.max() < ctx.release:
        starts[-1] = float(rng.uniform(ctx.release, ctx.t1 - 8 * HOUR))
    accts = []
    items = [(i, lang) for i in range(texts.BODONI_BANK_SIZE) for lang in range(len(texts.BODONI_LANGS))]
    for w in starts.tolist():
        queue = [items[j] for j in rng.permutation(len(items)).tolist()] * reps
        pos = 0
        while pos < len(queue):
            k = irange(rng, lo, hi)
            shard = queue[pos:pos + k]
            pos += k
            prompts = [texts.bodoni_prompt(rng, i, lang) for i, lang in shard]
            if chance(rng, 0.4):
                for _ in range(irange(rng, 1, 2)):
                    prompts.insert(int(rng.integers(0, len(prompts) + 1)), pick(rng, ctx.chat))
            ips = resi(rng, len(prompts), "*")
            acct = ctx.account(rng, label=LABEL, family=fam, role="throwaway", campaign_id=cid,
                               ua=pick(rng, SDK_OTHER + SDK_COMMON), ips=ips)
            s = w + float(rng.uniform(0, 3)) * HOUR
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(40.0), 1.0, size=len(prompts) - 1))])
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), ips=ips,
                     comp_median=650, comp_sigma=0.5)
            accts.append(acct)
    ctx.campaign(cid, fam, accts, {"accounts": len(accts), "waves": waves, "reps": reps, "shard": [lo, hi],
                                   "bank": len(items)})


# --------------------------------------------------------------------------------------------
# OPTIMA (off the usual shapes): two to four keys on phone-carrier IPv6 with a browser UA, only a
# few dozen requests each, but every request carries a huge few-shot context and asks for a whole
# synthetic dataset in one go (near-maximal completions).


def optima(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "optima"
    n = irange(rng, 2, 4)
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    tz = {"us_mobile": -5, "in_mobile": 5, "br_mobile": -3, "eu_mobile": 1}[carrier]
    per_day = float(rng.uniform(0.7, 1.6))
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family=fam, role="generator", campaign_id=cid,
                           ua=pick(rng, BROWSERS[:3]), ips=mobile_v6(rng, 1, carrier), tz=tz)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sess = session_times(rng, start, ctx.t1, per_day, evening_person(tz), float(rng.uniform(3, 7)),
                             float(rng.uniform(90, 240)), 0.4)
        ips: list[str] = []
        for s in sess:
            ips += mobile_v6(rng, 1, carrier) * len(s)
        ts = _cat(sess)
        ips = [ips[i] for i in np.argsort(np.concatenate(sess) if sess else np.empty(0), kind="stable").tolist()]
        prompts = [texts.optima_prompt(rng) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), ips=ips, comp_median=5500,
                 comp_sigma=0.25, extra=rng.integers(6000, 24000, size=len(ts)), err=0.03)
        accts.append(acct)
    ctx.campaign(cid, fam, accts, {"accounts": n, "carrier": carrier, "sessions_per_day": round(per_day, 2)})


# --------------------------------------------------------------------------------------------
# CLARENDON: insiders at one company. Their keys behave like ordinary office staff (company ISP,
# browser, office hours, normal chat) for the whole week; from shortly after the release, a
# script on the same office address uses the same keys at night for reasoning-heavy solutions.


def clarendon(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "clarendon"
    n = irange(rng, 1, 3)
    tz = pick(rng, TZS)
    office = home(rng, irange(rng, 1, 2), tz)
    org = hexid(rng, "org")
    night_ua = pick(rng, ("python-httpx/0.28.1", "python-requests/2.32.3", "curl/8.5.0"))
    per_night = float(rng.uniform(90, 240))
    lag = float(rng.uniform(0.2, 1.2)) * DAY
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family=fam, role="insider", campaign_id=cid, org=org,
                           ua=pick(rng, BROWSERS), ips=office, tz=tz)
        day = _cat(session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 4)), workday(tz),
                                 float(rng.uniform(3, 6)), 90.0))
        ctx.emit(rng, acct, day, [pick(rng, ctx.chat) for _ in range(len(day))],
                 models=ctx.models(rng, day, p_new=0.2, p_mini=0.15), comp_median=350)
        a = ctx.release + lag
        nights = (ctx.t1 - a) / DAY
        night = thinned(rng, a, ctx.t1, per_night * nights, nightly(float(rng.uniform(0, 2)), float(rng.uniform(2, 4)), tz))
        ctx.emit(rng, acct, night, [texts.clarendon_night(rng) for _ in range(len(night))],
                 models=ctx.models(rng, night, p_new=0.95), ua=night_ua, comp_median=1300, comp_sigma=0.45)
        accts.append(acct)
    ctx.campaign(cid, fam, accts, {"accounts": n, "tz": tz, "per_night": round(per_night, 1),
                                   "lag_days": round(lag / DAY, 2), "night_ua": night_ua})


CAMPAIGN_FAMILIES = {
    "baskerville": baskerville,
    "bodoni": bodoni,
    "caslon": caslon,
    "clarendon": clarendon,
    "didot": didot,
    "futura": futura,
    "garamond": garamond,
    "optima": optima,
}

"""Batch 39's campaign families (code names only; descriptions live in README.md and comments).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes its
events through `ctx.emit`, and records one campaign with its drawn parameters via `ctx.campaign`.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
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
from bench.monitor_blind39 import texts


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# heddle: a wave of fresh accounts opened around the new model's release, fed by one job queue
# (Poisson worker pool) with self-generated problems wrapped in instructions to write out the
# whole chain of reasoning; residential proxies with sticky sessions, virtual cards shared by a
# few accounts each, a mix of browser and SDK user agents; accounts die off (bans/abandonment).


def heddle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "heddle"
    n = irange(rng, 22, 55)
    rate = float(rng.uniform(110, 230))  # jobs per hour across the whole pool
    start = ctx.release + float(rng.uniform(-3.0, 1.0)) * HOUR
    onboard_scale = float(rng.uniform(2.0, 8.0)) * HOUR
    life_mean = float(rng.uniform(20, 60)) * HOUR
    hold = float(rng.uniform(5, 30)) * MINUTE
    regions = [str(x) for x in rng.choice(["us", "eu", "sea", "in", "latam", "jp_kr"], size=irange(rng, 2, 4), replace=False)]
    n_cards = max(2, n // irange(rng, 3, 6))
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    wrappers = list(rng.choice(len(texts.HEDDLE_WRAPPERS), size=irange(rng, 3, 6), replace=False))
    wraps = [texts.HEDDLE_WRAPPERS[i] for i in sorted(wrappers)]
    streams = worker_pool(rng, start, ctx.t1, rate, n)
    accts = []
    for i in range(n):
        ua = pick(rng, BROWSERS) if chance(rng, 0.45) else sdk_ua(rng, 0.4)
        pool = resi(rng, irange(rng, 15, 60), pick(rng, regions))
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, pay=pick(rng, cards),
                        ua=ua, ips=pool, tz=pick(rng, TZS))
        accts.append(a)
        on = start + float(rng.exponential(onboard_scale))
        off = on + float(rng.exponential(life_mean))
        ts = streams[i]
        ts = ts[(ts >= on) & (ts < off)]
        prompts = [texts.heddle_prompt(rng, wraps) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
                 ips=sticky(rng, ts, pool, hold), comp_median=float(rng.uniform(1300, 2400)), comp_sigma=0.5,
                 err=float(rng.uniform(0.03, 0.09)))
    ctx.campaign(cid, fam, accts, {"accounts": n, "jobs_per_hour": round(rate, 1), "regions": regions,
                                    "cards": n_cards, "sticky_min": round(hold / MINUTE, 1),
                                    "mean_life_h": round(life_mean / HOUR, 1), "wrappers": len(wraps)})


# --------------------------------------------------------------------------------------------
# treadle: low and slow. A handful of aged, unrelated-looking accounts on home connections, each
# mostly chatting like an ordinary user and now and then slipping in a request to judge/score/
# critique candidate replies (preference and reward-model data). Each account keeps one phrasing.


def treadle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "treadle"
    n = irange(rng, 5, 10)
    harvest_per_day = float(rng.uniform(0.8, 2.0))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid,
                        ua=pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng, 0.7),
                        ips=home(rng, irange(rng, 1, 3), tz), tz=tz)
        accts.append(a)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz, weekend=0.3)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
        genuine = _cat(session_times(rng, start, ctx.t1, float(rng.uniform(1.2, 3.5)), curve, 3.0, 80.0))
        g_prompts = [pick(rng, ctx.chat) for _ in range(len(genuine))]
        ctx.emit(rng, a, genuine, g_prompts, models=ctx.models(rng, genuine, p_new=0.5), comp_median=320.0)
        days = (ctx.t1 - start) / DAY
        h_starts = thinned(rng, start, ctx.t1, harvest_per_day * days, curve)
        harvest = _cat(bursts(rng, h_starts, 1.4, 45.0, 0.6, ctx.t1))
        style = int(rng.integers(4))
        h_prompts = [texts.treadle_prompt(rng, ctx.chat, ctx.passages, style) for _ in range(len(harvest))]
        ctx.emit(rng, a, harvest, h_prompts, models=ctx.models(rng, harvest, p_new=0.7), comp_median=650.0)
    ctx.campaign(cid, fam, accts, {"accounts": n, "harvest_sessions_per_day": round(harvest_per_day, 2)})


# --------------------------------------------------------------------------------------------
# shuttle: a grey-market API relay (reseller) on Chinese cloud ranges. Its few front keys carry
# many downstream clients' ordinary chat (each with its own client user agent), and one downstream
# client that mass-produces politically "safe" answers and rewrites, ramping up around the release.

_RELAY_UAS = ("NextChat/2.15.8", "LobeChat/1.45.0", "Chatbox/1.9.8", "one-api/0.6.10", "new-api/0.4.7",
              "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "python-requests/2.32.3", "Go-http-client/2.0",
              "okhttp/4.12.0", "axios/1.7.9", "ChatGPT-Next-Web/2.14", "Cherry Studio/0.9.12")


def shuttle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "shuttle"
    n = irange(rng, 2, 4)
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    pool = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 7))
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    relay_rate = float(rng.uniform(20, 45))  # ordinary relayed requests per hour, all keys
    harvest_rate = float(rng.uniform(25, 60))  # harvest requests per hour at full speed, all keys
    h_start = ctx.t0 + float(rng.uniform(1.0, 3.0)) * DAY
    harvest_ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    accts = [ctx.account(rng, label="campaign", family=fam, role="reseller", campaign_id=cid, org=org,
                         pay=pick(rng, cards), ua="", ips=pool, tz=8) for _ in range(n)]
    load = global_load(peak_utc=float(rng.uniform(4, 9)), depth=float(rng.uniform(0.4, 0.8)))
    relayed = worker_pool(rng, ctx.t0, ctx.t1, relay_rate, n, load)

    def ramp(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        w = np.where(ts < h_start, 0.0, np.where(ts < ctx.release, 0.35, 1.0))
        return w * (0.6 + 0.4 * load(ts))

    harvest = worker_pool(rng, h_start, ctx.t1, harvest_rate, n, ramp)
    for a, r, h in zip(accts, relayed, harvest, strict=True):
        ctx.emit(rng, a, r, [pick(rng, ctx.chat) for _ in range(len(r))], models=ctx.models(rng, r, p_new=0.6),
                 ua=picks(rng, _RELAY_UAS, len(r)), comp_median=300.0)
        ctx.emit(rng, a, h, [texts.shuttle_prompt(rng, ctx.passages) for _ in range(len(h))],
                 models=ctx.models(rng, h, p_new=0.9), ua=harvest_ua, comp_median=420.0, err=0.03)
    ctx.campaign(cid, fam, accts, {"front_keys": n, "provider": provider, "relay_per_h": round(relay_rate, 1),
                                    "harvest_per_h": round(harvest_rate, 1),
                                    "harvest_start_day": round((h_start - ctx.t0) / DAY, 2)})


# --------------------------------------------------------------------------------------------
# warp_beam: tool-use trajectories. A rented block of cloud servers runs many short agent
# episodes around the clock (episode starts Poisson); each episode is a chain of calls a few
# seconds apart whose context grows step by step. Some runs tag steps with a trajectory id.


def warp_beam(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "warp_beam"
    n = irange(rng, 6, 14)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb", "scaleway"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 2, 5))
    org_ids = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("python-httpx/0.28.1", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    tagged = chance(rng, 0.4)
    start = ctx.t0 + float(rng.uniform(0.4, 2.5)) * DAY
    ep_rate = float(rng.uniform(6, 13))  # episodes per hour across the block
    step_gap = float(rng.uniform(3, 9))
    accts = [ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, org=pick(rng, org_ids),
                         pay=pick(rng, cards), ua=ua, ips=[str(x) for x in rng.choice(block, size=irange(rng, 1, 2), replace=False)])
             for _ in range(n)]
    buf: list[dict[str, list]] = [{"ts": [], "p": [], "x": [], "c": []} for _ in range(n)]
    for s in thinned(rng, start, ctx.t1, ep_rate * (ctx.t1 - start) / HOUR, constant).tolist():
        who = int(rng.integers(n))
        task, tools = texts.warp_beam_task(rng)
        k = irange(rng, 4, 14)
        tag = f"traj-{int(rng.integers(0, 2**32)):08x}" if tagged else None
        t = s
        for j in range(k):
            last = j == k - 1
            b = buf[who]
            b["ts"].append(t)
            b["p"].append(texts.warp_beam_step(rng, task, tools, j, last, tag))
            b["x"].append(900 + 380 * j + int(rng.integers(0, 300)))
            b["c"].append(900.0 if last else 200.0)
            t += float(rng.lognormal(np.log(step_gap), 0.6))
    for a, b in zip(accts, buf, strict=True):
        ts = np.asarray(b["ts"])
        ctx.emit(rng, a, ts, b["p"], models=ctx.models(rng, ts, p_new=0.92, p_mini=0.02), comp_median=np.asarray(b["c"]),
                 comp_sigma=0.5, extra=np.asarray(b["x"]), err=0.015)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": provider, "episodes_per_h": round(ep_rate, 1),
                                    "step_gap_s": round(step_gap, 1), "tagged": tagged,
                                    "start_day": round((start - ctx.t0) / DAY, 2)})


# --------------------------------------------------------------------------------------------
# lease_rod: instruction-dataset generation in several languages with key churn: one account at
# a time, each on a fresh VPS of a different hosting company, burned through in bursts for some
# hours and then dropped for the next one; cards reused every few accounts.


def lease_rod(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "lease_rod"
    k_max = irange(rng, 8, 16)
    langs = [str(x) for x in rng.choice(list(texts._LR_TEMPLATES), size=irange(rng, 3, 6), replace=False)]
    vps = ["digitalocean", "vultr", "linode", "contabo", "scaleway", "ovh", "hetzner", "m247"]
    batch_rate = float(rng.uniform(1.0, 3.0))  # batches per hour while an account lives
    batch_size = float(rng.uniform(8, 24))
    reuse = irange(rng, 2, 4)
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    t = ctx.t0 + float(rng.uniform(0.0, 1.0)) * DAY
    accts, card = [], hexid(rng, "pay")
    for i in range(k_max):
        if t >= ctx.t1:
            break
        if i % reuse == 0 and i:
            card = hexid(rng, "pay")
        provider = vps[i % len(vps)] if chance(rng, 0.7) else pick(rng, vps)
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, pay=card, ua=ua,
                        ips=cloud(rng, irange(rng, 1, 3), provider))
        accts.append(a)
        life = float(rng.uniform(6, 28)) * HOUR
        starts = thinned(rng, t, t + life, batch_rate * life / HOUR, constant)
        ts = _cat(bursts(rng, starts, batch_size, 1.2, 0.7, min(t + life, ctx.t1)))
        ctx.emit(rng, a, ts, [texts.lease_rod_prompt(rng, langs) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.85), comp_median=2200.0, comp_sigma=0.45,
                 err=float(rng.uniform(0.04, 0.12)))
        t += life + float(rng.uniform(0.3, 6.0)) * HOUR
    ctx.campaign(cid, fam, accts, {"accounts": len(accts), "langs": langs, "batches_per_h": round(batch_rate, 2),
                                    "batch_size": round(batch_size, 1), "card_reuse": reuse})


# --------------------------------------------------------------------------------------------
# dobby: harvesting through hijacked keys. Genuine-looking accounts (home IPs, browsers, ordinary
# chat since the start of the window) whose keys leak; from a takeover time near the release a
# second stream appears on the same keys from a shared proxy pool with one SDK user agent,
# generating textbook sections, until the key is revoked. Owners keep using their accounts.


def dobby(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dobby"
    n = irange(rng, 8, 18)
    attacker_pool = cloud(rng, irange(rng, 4, 10), pick(rng, ("m247", "leaseweb", "vultr"))) + resi(rng, irange(rng, 10, 40))
    attacker_ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "OpenAI/Python 1.54.0"))
    rate_lo, rate_hi = 6.0, float(rng.uniform(12, 28))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        a = ctx.account(rng, label="campaign", family=fam, role="hijacked", campaign_id=cid,
                        ua=pick(rng, BROWSERS), ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
        accts.append(a)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        own = _cat(session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 3.0)), curve, 3.0, 75.0))
        ctx.emit(rng, a, own, [pick(rng, ctx.chat) for _ in range(len(own))], models=ctx.models(rng, own, p_new=0.4),
                 comp_median=300.0)
        take = ctx.release + float(rng.uniform(-1.0, 1.5)) * DAY
        stop = take + float(rng.uniform(8, 40)) * HOUR
        stolen = thinned(rng, take, min(stop, ctx.t1), float(rng.uniform(rate_lo, rate_hi)) * (stop - take) / HOUR, constant)
        ctx.emit(rng, a, stolen, [texts.dobby_prompt(rng) for _ in range(len(stolen))],
                 models=ctx.models(rng, stolen, p_new=0.95), ips=picks(rng, attacker_pool, len(stolen)),
                 ua=attacker_ua, comp_median=1500.0, comp_sigma=0.5, err=0.05)
    ctx.campaign(cid, fam, accts, {"accounts": n, "attacker_ips": len(attacker_pool), "rate_hi": round(rate_hi, 1)})


# --------------------------------------------------------------------------------------------
# sley: verbatim replay of a public dataset of human prompts to the new model (no template at
# all): one enterprise-looking org with a few keys behind fixed cloud NAT addresses, each key a
# throttled client at a near-constant rate with restarts, taking its own shard of the dataset;
# some items carry earlier turns (extra prompt tokens). It stops when the dataset runs out.


def sley(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sley"
    n = irange(rng, 3, 5)
    provider = pick(rng, ("azure", "aws", "gcp"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, SDK_COMMON[:2] + SDK_OTHER[:1])
    per_h = float(rng.uniform(22, 40))
    start = ctx.release + float(rng.uniform(0.5, 8.0)) * HOUR
    order = rng.permutation(len(ctx.chat))
    shards = [order[i::n] for i in range(n)]
    accts = []
    for i in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, org=org, pay=card, ua=ua,
                        ips=cloud(rng, irange(rng, 1, 2), provider))
        accts.append(a)
        ts, t = [], start + float(rng.uniform(0, 20)) * MINUTE
        while t < ctx.t1 and len(ts) < len(shards[i]):
            ts.append(t)
            t += 3600.0 / per_h * float(rng.uniform(0.8, 1.2))
            if chance(rng, 1 / 600):  # the job crashes and is restarted later
                t += float(rng.uniform(0.5, 4.0)) * HOUR
        ts_a = np.asarray(ts)
        prompts = [ctx.chat[j] for j in shards[i][: len(ts)].tolist()]
        extra = np.where(rng.random(len(ts)) < 0.1, rng.integers(150, 2500, size=len(ts)), 0)
        ctx.emit(rng, a, ts_a, prompts, models=ctx.models(rng, ts_a, p_new=0.99, p_mini=0.0), comp_median=430.0,
                 comp_sigma=0.8, extra=extra, err=0.004)
    ctx.campaign(cid, fam, accts, {"keys": n, "provider": provider, "per_key_per_h": round(per_h, 1),
                                    "start_h_after_release": round((start - ctx.release) / HOUR, 1)})


# --------------------------------------------------------------------------------------------
# cloth_beam: a wide, thin hydra. Dozens of unrelated-looking accounts, each sending only a few
# natural-sounding expert questions in its own language over the week from residential
# addresses (some per-request rotating), browser user agents, distinct cards.


def cloth_beam(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cloth_beam"
    n = irange(rng, 40, 90)
    rotate_share = float(rng.uniform(0.2, 0.6))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        rotate = chance(rng, rotate_share)
        ips = resi(rng, 40) if rotate else home(rng, 1, tz)
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid,
                        ua=pick(rng, BROWSERS) if chance(rng, 0.8) else sdk_ua(rng), ips=ips, tz=tz)
        accts.append(a)
        lang = pick(rng, texts.CLOTH_BEAM_LANGS)
        k = irange(rng, 1, 4)
        starts = np.sort(rng.uniform(ctx.t0 + 0.5 * DAY, ctx.t1, size=k))
        ts = _cat(bursts(rng, starts, 1.6, 70.0, 0.7, ctx.t1))
        ctx.emit(rng, a, ts, [texts.cloth_beam_prompt(rng, lang) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.85), comp_median=950.0, comp_sigma=0.5)
    ctx.campaign(cid, fam, accts, {"accounts": n, "rotating_share": round(rotate_share, 2)})


CAMPAIGN_FAMILIES = {
    "heddle": heddle,
    "treadle": treadle,
    "shuttle": shuttle,
    "warp_beam": warp_beam,
    "lease_rod": lease_rod,
    "dobby": dobby,
    "sley": sley,
    "cloth_beam": cloth_beam,
}

"""Campaign families of batch 14: operations that harvest the model's outputs to train another
model. Each is a generator `(ctx, rng, campaign_id)` that creates accounts, writes their events
to `ctx.sink` and records the campaign (with the parameters drawn for this seed) in the truth.

Written without reading the monitor, the simulator's family code or earlier batches' families;
see README.md for the cards.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind14 import texts as tx


def _topic(rng: np.random.Generator, ctx: Ctx) -> str:
    return tx.topic_from_chat(rng, ctx.chat) if chance(rng, 0.6) else pick(rng, tx.SUBJECTS)


def trace_hydra(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Many keys behind one job queue coerce long step-by-step reasoning on exam-style problems."""
    name = "trace_hydra"
    n = irange(rng, 25, 55)
    provs = list(rng.choice(bb.providers(), size=irange(rng, 2, 3), replace=False))
    blocks = {p: bb.rented_block(rng, p, irange(rng, 2, 4), irange(rng, 6, 14)) for p in provs}
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 5))]
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 4, 9))]
    per_hour = float(rng.uniform(120, 320))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    comp = float(rng.uniform(1600, 2600))
    accts = []
    for i in range(n):
        p = provs[i % len(provs)]
        ips = list(rng.choice(blocks[p], size=irange(rng, 2, 5), replace=False))
        accts.append(ctx.account(rng, label="campaign", family=name, role="worker", campaign_id=cid,
                                 org=pick(rng, orgs), pay=pick(rng, cards), ua=bb.sdk_ua(rng, 0.4), ips=ips))
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        prompts = [tx.fill(rng, tx.TRACE_STYLES, level=pick(rng, tx.LEVELS), subject=pick(rng, tx.SUBJECTS),
                           topic=_topic(rng, ctx), n=irange(rng, 1, 99999)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.97), comp_median=comp,
                 comp_sigma=0.4, err=0.03)
    ctx.campaign(cid, name, accts, {"accounts": n, "providers": provs, "cards": len(cards), "orgs": len(orgs),
                                    "per_hour": per_hour, "start": start, "comp_median": comp})


def reward_grader_farm(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A reward-model dataset: candidate answers sent in bursts for short rubric scores."""
    name = "reward_grader_farm"
    n = irange(rng, 8, 16)
    prov = pick(rng, bb.providers())
    org = bb.hexid(rng, "org")
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    tz = pick(rng, bb.TZS)
    bursts_per_day = float(rng.uniform(5, 12))
    burst = float(rng.uniform(25, 60))
    comp = float(rng.uniform(35, 110))
    night = chance(rng, 0.5)
    curve = bb.nightly(22, 9, tz) if night else bb.constant
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=name, role="grader", campaign_id=cid, org=org,
                        pay=pick(rng, cards), ua=ua, ips=bb.cloud(rng, irange(rng, 1, 3), prov))
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = bb.thinned(rng, start, ctx.t1, bursts_per_day * (ctx.t1 - start) / DAY, curve)
        ts = np.sort(np.concatenate([np.empty(0)] + bb.bursts(rng, starts, burst, float(rng.uniform(1.0, 4.0)),
                                                              b=ctx.t1)))
        prompts = [tx.fill(rng, tx.RUBRIC_STYLES, topic=_topic(rng, ctx), n=irange(rng, 1, 10**6),
                           passage=tx.snippet(pick(rng, ctx.passages), 250, 1400, rng),
                           passage2=tx.snippet(pick(rng, ctx.passages), 250, 900, rng)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02), comp_median=comp,
                 comp_sigma=0.35, err=0.05)
    ctx.campaign(cid, name, accts, {"accounts": n, "provider": prov, "cards": len(cards), "tz": tz,
                                    "bursts_per_day": bursts_per_day, "burst_size": burst, "nightly": night,
                                    "comp_median": comp})


def reseller_mirror(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A grey-market reseller: relays real customers' chats through residential proxies and keeps
    every answer, topping its dataset up with its own fill-in queries."""
    name = "reseller_mirror"
    n = irange(rng, 6, 12)
    region = pick(rng, ("us", "eu", "sea", "latam", "in"))
    pool = bb.resi(rng, irange(rng, 300, 900), region)
    hold = float(rng.uniform(5, 30)) * MINUTE
    per_hour = float(rng.uniform(8, 30))
    fill_share = float(rng.uniform(0.15, 0.4))
    peak = float(rng.uniform(0, 24))
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=name, role="relay", campaign_id=cid,
                        ua=pick(rng, bb.BROWSERS), ips=pool[:1])
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.global_load(peak, 0.6))
        fill = rng.random(len(ts)) < fill_share
        prompts = [tx.fill(rng, tx.RESELLER_FILL_STYLES, topic=_topic(rng, ctx), lang=pick(rng, tx.LANGS))
                   if f else pick(rng, ctx.chat) for f in fill.tolist()]
        uas = [pick(rng, bb.BROWSERS + bb.MOBILE + bb.SDK_COMMON) for _ in range(len(ts))]
        comp = np.where(fill, 900.0, 330.0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), ips=bb.sticky(rng, ts, pool, hold),
                 ua=uas, comp_median=comp, comp_sigma=0.7, err=0.02)
    ctx.campaign(cid, name, accts, {"accounts": n, "region": region, "pool": len(pool), "hold_s": hold,
                                    "per_hour": per_hour, "fill_share": fill_share})


def quiet_rewriter(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low and slow: a handful of human-paced accounts from home lines collecting censorship-safe
    rewrites of real answers, mixed with the operators' own everyday questions."""
    name = "quiet_rewriter"
    n = irange(rng, 3, 5)
    own_share = float(rng.uniform(0.25, 0.5))
    accts = []
    params: dict = {"accounts": n, "own_share": own_share, "per_account": []}
    for _ in range(n):
        tz = pick(rng, (8, 8, 9, 3, 2))
        a = ctx.account(rng, label="campaign", family=name, role="operator", campaign_id=cid,
                        ua=pick(rng, bb.BROWSERS), ips=bb.home(rng, irange(rng, 1, 3), tz), tz=tz)
        accts.append(a)
        per_day = float(rng.uniform(2, 5))
        size = float(rng.uniform(4, 10))
        sessions = bb.session_times(rng, ctx.t0, ctx.t1, per_day, bb.evening_person(tz), size,
                                    float(rng.uniform(50, 160)))
        ts = np.sort(np.concatenate([np.empty(0)] + sessions))
        own = rng.random(len(ts)) < own_share
        prompts = [pick(rng, ctx.chat) if o else
                   tx.fill(rng, tx.REWRITE_STYLES, lang=pick(rng, tx.LANGS[:6]),
                           passage=tx.snippet(pick(rng, ctx.passages), 300, 1600, rng)) for o in own.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.7), comp_median=np.where(own, 320.0, 650.0),
                 comp_sigma=0.6, err=0.005)
        params["per_account"].append({"tz": tz, "sessions_per_day": per_day, "session_size": size})
    ctx.campaign(cid, name, accts, params)


def agent_trajectory_synth(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A lab's team synthesising tool-use agent transcripts during its office hours, one org."""
    name = "agent_trajectory_synth"
    n = irange(rng, 8, 18)
    tz = pick(rng, (8, 8, 3, 2, 9))
    prov = pick(rng, ("gcp", "azure", "alibaba", "tencent", "aws"))
    org = bb.hexid(rng, "org")
    pay = bb.hexid(rng, "pay")
    ips = bb.rented_block(rng, prov, 1, irange(rng, 3, 8))
    runs_per_day = float(rng.uniform(3, 8))
    run_size = float(rng.uniform(15, 45))
    comp = float(rng.uniform(1300, 2400))
    sys_tokens = irange(rng, 300, 900)
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=name, role="pipeline", campaign_id=cid, org=org, pay=pay,
                        ua=pick(rng, ("OpenAI/Python 1.54.0", "litellm/1.60.2", "langchain-openai/0.3.6")),
                        ips=list(rng.choice(ips, size=min(2, len(ips)), replace=False)), tz=tz)
        accts.append(a)
        starts = bb.thinned(rng, ctx.t0, ctx.t1, runs_per_day * (ctx.t1 - ctx.t0) / DAY,
                            bb.workday(tz, start=9.5, end=19.0))
        ts = np.sort(np.concatenate([np.empty(0)] + bb.bursts(rng, starts, run_size, float(rng.uniform(8, 25)),
                                                              gap_sigma=0.7, b=ctx.t1)))
        prompts = [tx.fill(rng, tx.AGENT_STYLES, topic=_topic(rng, ctx), n=irange(rng, 1, 10**5),
                           lang=pick(rng, ("Python", "TypeScript", "Go", "Rust", "Bash"))) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95), comp_median=comp, comp_sigma=0.45,
                 err=0.02, extra=sys_tokens)
    ctx.campaign(cid, name, accts, {"accounts": n, "tz": tz, "provider": prov, "runs_per_day": runs_per_day,
                                    "run_size": run_size, "comp_median": comp, "system_tokens": sys_tokens})


def preference_pair_miner(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Chosen/rejected answer pairs for preference tuning, run overnight on cheap VPS hosts by
    accounts registered under separate orgs but paid from a couple of cards."""
    name = "preference_pair_miner"
    n = irange(rng, 12, 28)
    provs = list(rng.choice(("contabo", "hetzner", "ovh", "vultr", "digitalocean", "scaleway", "linode"),
                            size=irange(rng, 1, 3), replace=False))
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    tz = pick(rng, bb.TZS)
    hours = float(rng.uniform(5, 9))
    per_night = float(rng.uniform(120, 350))
    comp = float(rng.uniform(650, 1200))
    langs = list(rng.choice(tx.LANGS, size=irange(rng, 2, 5), replace=False))
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=name, role="miner", campaign_id=cid, pay=pick(rng, cards),
                        ua=bb.sdk_ua(rng, 0.6), ips=bb.cloud(rng, 1, pick(rng, provs)), tz=tz)
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        ts = bb.thinned(rng, start, ctx.t1, per_night * (ctx.t1 - start) / DAY, bb.nightly(1.0, hours, tz))
        prompts = [tx.fill(rng, tx.PAIR_STYLES, topic=_topic(rng, ctx), n=irange(rng, 1, 10**6),
                           lang=pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), comp_median=comp, comp_sigma=0.4,
                 err=0.02)
    ctx.campaign(cid, name, accts, {"accounts": n, "providers": provs, "cards": len(cards), "tz": tz,
                                    "night_hours": hours, "per_night": per_night, "comp_median": comp,
                                    "langs": langs})


def release_sweep(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Fresh accounts opened right after the new model's release that sweep a capability grid
    (domain x difficulty x answer format) on the new model only, then go quiet."""
    name = "release_sweep"
    n = irange(rng, 18, 40)
    provs = list(rng.choice(bb.providers(), size=irange(rng, 3, 6), replace=False))
    mobile = chance(rng, 0.5)
    per_hour = float(rng.uniform(40, 140))
    life_h = float(rng.uniform(10, 48))
    anchor = max(ctx.release, ctx.t0)
    accts = []
    for i in range(n):
        ips = bb.mobile_v6(rng, 1, "in_mobile") if mobile and i % 3 == 0 else bb.cloud(rng, 1, pick(rng, provs))
        a = ctx.account(rng, label="campaign", family=name, role="sweeper", campaign_id=cid,
                        ua=bb.sdk_ua(rng, 0.7), ips=ips)
        accts.append(a)
        s = anchor + float(rng.uniform(0, 8)) * HOUR
        e = min(ctx.t1, s + life_h * HOUR * float(rng.uniform(0.5, 1.5)))
        ts = bb.thinned(rng, s, e, per_hour * max(0.0, e - s) / HOUR, bb.constant)
        fmts = [pick(rng, tx.FORMATS) for _ in range(len(ts))]
        prompts = [tx.fill(rng, tx.SWEEP_STYLES, n=irange(rng, 0, 99999), subject=pick(rng, tx.SUBJECTS),
                           level=pick(rng, tx.LEVELS), fmt=f, topic=_topic(rng, ctx)) for f in fmts]
        comp = np.asarray([tx.SWEEP_COMP[f] for f in fmts], dtype=np.float64)
        ctx.emit(rng, a, ts, prompts, models=ctx.new_model, comp_median=comp, comp_sigma=0.5,
                 err=float(rng.uniform(0.03, 0.1)))
    ctx.campaign(cid, name, accts, {"accounts": n, "providers": provs, "mobile_share": mobile,
                                    "per_hour": per_hour, "life_h": life_h})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "trace_hydra": trace_hydra,
    "reward_grader_farm": reward_grader_farm,
    "reseller_mirror": reseller_mirror,
    "quiet_rewriter": quiet_rewriter,
    "agent_trajectory_synth": agent_trajectory_synth,
    "preference_pair_miner": preference_pair_miner,
    "release_sweep": release_sweep,
}

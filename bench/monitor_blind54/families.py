"""Campaign families of blind batch 54 (code names from dry-stone walling and hedge laying).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts, writes their events through
`ctx.emit` and records one campaign with its randomised parameters. See README.md for the card.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind54 import texts as tx

FAMILY = "campaign"


def _mix(rng: np.random.Generator, ctx: Ctx, n: int, p_chat: float, make) -> list[str]:
    """n prompts: ordinary ShareGPT chat with probability p_chat, otherwise `make(rng)`."""
    return [pick(rng, ctx.chat) if rng.random() < p_chat else make(rng) for _ in range(n)]


def _ramp_after_release(ctx: Ctx, before: float) -> bb.Curve:
    """Weight `before` until the new model ships, 1 afterwards (a pivot onto the new model)."""
    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= ctx.release, 1.0, before)
    return f


# --------------------------------------------------------------------------------------------


def hearting(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reasoning-trace coercion through a residential-proxy worker pool, diluted with chat."""
    name = "hearting"
    n_acc = irange(rng, 14, 30)
    region = pick(rng, ("*", "us", "eu", "sea", "latam", "in"))
    pool = bb.resi(rng, irange(rng, 150, 600), region)
    n_cards = irange(rng, 3, 8)
    cards = [bb.hexid(rng, "pay") for _ in range(n_cards)]
    ua_mode = pick(rng, ("sdk", "browser", "mixed"))
    before = float(rng.uniform(0.1, 0.35))
    per_hour = float(rng.uniform(90, 190))
    p_chat = float(rng.uniform(0.2, 0.5))
    hold = float(rng.uniform(8, 45)) * MINUTE
    comp = float(rng.uniform(900, 1700))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = []
    for _ in range(n_acc):
        ua = (bb.sdk_ua(rng) if ua_mode == "sdk" else pick(rng, bb.BROWSERS) if ua_mode == "browser"
              else pick(rng, bb.BROWSERS + bb.SDK_COMMON))
        accts.append(ctx.account(rng, label=FAMILY, family=name, role="worker", campaign_id=camp,
                                 pay=pick(rng, cards), ua=ua, ips=pool))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_acc, _ramp_after_release(ctx, before))
    for a, ts in zip(accts, streams, strict=True):
        # each key stops after a while (burned or rotated); a few never start
        end = ts[0] + float(rng.lognormal(np.log(2.5 * DAY), 0.6)) if len(ts) else 0.0
        ts = ts[ts < end]
        n = len(ts)
        ctx.emit(rng, a, ts, _mix(rng, ctx, n, p_chat, tx.reasoning_prompt),
                 models=ctx.models(rng, ts, p_new=float(rng.uniform(0.85, 0.98))),
                 ips=bb.sticky(rng, ts, pool, hold), comp_median=comp, comp_sigma=0.5, err=0.02)
    ctx.campaign(camp, name, accts, {"operation": "reasoning_trace_coercion", "accounts": n_acc,
                                     "region": region, "cards": n_cards, "ua_mode": ua_mode,
                                     "per_hour": per_hour, "before_release_share": before, "p_chat": p_chat,
                                     "sticky_min": hold / MINUTE, "completion_median": comp})


def throughstone(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Agent / tool-use trajectory harvesting from a rented cloud block, episode by episode."""
    name = "throughstone"
    n_acc = irange(rng, 6, 14)
    prov = pick(rng, bb.providers())
    block = bb.rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 3, 6))
    org = bb.hexid(rng, "org")
    n_orgs = irange(rng, 1, 3)
    orgs = [org] + [bb.hexid(rng, "org") for _ in range(n_orgs - 1)]
    ua = pick(rng, ("langchain-openai/0.3.6", "OpenAI/Python 1.58.1", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    ep_per_hour = float(rng.uniform(0.8, 2.4))
    steps_mean = float(rng.uniform(6, 14))
    step_gap = float(rng.uniform(3, 12))
    ctx_base, ctx_step = irange(rng, 1200, 3500), irange(rng, 250, 700)
    comp = float(rng.uniform(140, 320))
    tz = pick(rng, bb.TZS)
    curve = pick(rng, (bb.constant, bb.workday(tz, night=0.3, weekend=0.5)))
    accts = []
    for _ in range(n_acc):
        a = ctx.account(rng, label=FAMILY, family=name, role="agent_runner", campaign_id=camp,
                        org=pick(rng, orgs), ua=ua, ips=list(rng.choice(block, size=irange(rng, 1, 4)).tolist()))
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = bb.thinned(rng, start, ctx.t1, ep_per_hour * (ctx.t1 - start) / HOUR, curve)
        for ep in bb.bursts(rng, starts, steps_mean, step_gap, 0.7, ctx.t1):
            k = len(ep)
            prompts = [tx.agent_prompt(rng, s) for s in range(k)]
            extra = ctx_base + ctx_step * np.arange(k)
            ctx.emit(rng, a, ep, prompts, models=ctx.models(rng, ep, p_new=0.95), comp_median=comp,
                     comp_sigma=0.7, extra=extra, err=0.015)
    ctx.campaign(camp, name, accts, {"operation": "agent_trajectory_harvest", "provider": prov,
                                     "block_ips": len(block), "orgs": n_orgs, "user_agent": ua,
                                     "episodes_per_hour": ep_per_hour, "steps_mean": steps_mean,
                                     "step_gap_s": step_gap, "context_tokens": [ctx_base, ctx_step]})


def copestone(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """A hydra of short-lived keys grading responses (rubrics, preference pairs) for a reward model."""
    name = "copestone"
    n_keys = irange(rng, 28, 65)
    n_cards = irange(rng, 4, 9)
    cards = [bb.hexid(rng, "pay") for _ in range(n_cards)]
    life_med = float(rng.uniform(8, 22)) * HOUR
    rate = float(rng.uniform(30, 80))
    comp = float(rng.uniform(70, 200))
    provs = [str(p) for p in rng.choice(bb.providers(), size=irange(rng, 2, 5), replace=False).tolist()]
    p_resi = float(rng.uniform(0.0, 0.4))
    span = ctx.t1 - ctx.t0
    births = np.sort(rng.uniform(ctx.t0 + 0.05 * span, ctx.t1 - 0.02 * span, size=n_keys))
    accts = []
    for b in births.tolist():
        ips = (bb.resi(rng, irange(rng, 1, 3)) if chance(rng, p_resi)
               else bb.cloud(rng, irange(rng, 1, 3), pick(rng, provs)))
        a = ctx.account(rng, label=FAMILY, family=name, role="disposable_key", campaign_id=camp,
                        pay=pick(rng, cards), ua=pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11",
                                                            "OpenAI/Python 1.54.0", "python-requests/2.32.3")),
                        ips=ips)
        accts.append(a)
        end = b + float(rng.lognormal(np.log(life_med), 0.5))
        ts = bb.thinned(rng, b, min(end, ctx.t1), rate * float(rng.uniform(0.5, 1.5)) * (min(end, ctx.t1) - b) / HOUR,
                        bb.constant)
        n = len(ts)
        # rate limits bite near the end of a key's life, then it is abandoned
        frac = (ts - b) / max(end - b, 1.0)
        status = np.where(rng.random(n) < 0.01 + 0.25 * frac ** 4, 429, 200)
        prompts = [tx.grading_prompt(rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages))
                   for _ in range(n)]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02), comp_median=comp,
                 comp_sigma=0.55, status=status)
    ctx.campaign(camp, name, accts, {"operation": "reward_model_grading", "keys": n_keys, "cards": n_cards,
                                     "key_life_median_h": life_med / HOUR, "rate_per_hour": rate,
                                     "providers": provs, "p_residential": p_resi, "completion_median": comp})


def pleacher(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Low-and-slow 'people': one residential exit per persona in its claimed time zone, evening
    sessions, casual voice, topic coverage mixed with real chat."""
    name = "pleacher"
    n_acc = irange(rng, 28, 60)
    p_chat = float(rng.uniform(0.3, 0.55))
    per_day = float(rng.uniform(1.5, 4.0))
    size_mean = float(rng.uniform(3, 7))
    gap = float(rng.uniform(50, 160))
    comp = float(rng.uniform(550, 900))
    wave = float(rng.uniform(0.05, 0.4))
    accts = []
    for _ in range(n_acc):
        tz = pick(rng, bb.TZS)
        mobile = chance(rng, 0.3)
        a = ctx.account(rng, label=FAMILY, family=name, role="persona", campaign_id=camp,
                        ua=pick(rng, bb.MOBILE[:3] if mobile else bb.BROWSERS), ips=bb.home(rng, irange(rng, 1, 3), tz),
                        tz=tz)
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, wave)
        for s in bb.session_times(rng, start, ctx.t1, per_day * float(rng.uniform(0.6, 1.4)), bb.evening_person(tz),
                                  size_mean, gap, 0.9):
            n = len(s)
            ctx.emit(rng, a, s, _mix(rng, ctx, n, p_chat, tx.casual_topic_prompt),
                     models=ctx.models(rng, s, p_new=float(rng.uniform(0.8, 0.97))),
                     ips=pick(rng, a.ips), comp_median=comp, comp_sigma=0.6, err=0.005)
    ctx.campaign(camp, name, accts, {"operation": "low_and_slow_topic_coverage", "accounts": n_acc,
                                     "p_chat": p_chat, "sessions_per_day": per_day, "session_size": size_mean,
                                     "think_s": gap, "onboarding_wave_frac": wave, "completion_median": comp})


def heathering(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Best-of-n sampling and verbalised soft labels in nightly bursts from a cloud region."""
    name = "heathering"
    n_acc = irange(rng, 3, 8)
    prov = pick(rng, ("gcp", "aws", "azure", "oracle", "alibaba", "tencent"))
    tz = pick(rng, bb.TZS)
    start_h, hours = float(rng.uniform(0, 24)), float(rng.uniform(6, 11))
    bursts_h = float(rng.uniform(4, 10))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 8, 16)
    p_soft = float(rng.uniform(0.15, 0.4))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 6), prov)
    comp = float(rng.uniform(180, 420))
    accts = []
    for _ in range(n_acc):
        a = ctx.account(rng, label=FAMILY, family=name, role="sampler", campaign_id=camp, org=org, pay=pay,
                        ua=bb.sdk_ua(rng, 0.7), ips=ips)
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = bb.thinned(rng, start, ctx.t1, bursts_h * hours * (ctx.t1 - start) / DAY,
                            bb.nightly(start_h, hours, tz))
        for s in starts.tolist():
            if chance(rng, p_soft):
                k = irange(rng, 1, 3)
                ts = s + np.cumsum(rng.lognormal(np.log(2.0), 0.5, size=k))
                ctx.emit(rng, a, ts, [tx.soft_label_prompt(rng) for _ in range(k)],
                         models=ctx.models(rng, ts, p_new=0.95), comp_median=60, comp_sigma=0.5)
                continue
            k = irange(rng, n_lo, n_hi)
            p = tx.sample_seed(rng)
            ts = s + np.cumsum(rng.exponential(float(rng.uniform(0.2, 1.5)), size=k))
            ctx.emit(rng, a, ts, p, models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0), comp_median=comp,
                     comp_sigma=0.45)
    ctx.campaign(camp, name, accts, {"operation": "best_of_n_and_soft_labels", "provider": prov,
                                     "nightly": [start_h, hours, tz], "bursts_per_hour": bursts_h,
                                     "n_range": [n_lo, n_hi], "p_soft": p_soft})


def stake_binder(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """A reseller gateway: real end-user chat passed through, plus synthetic-dataset generation."""
    name = "stake_binder"
    n_acc = irange(rng, 3, 6)
    prov = pick(rng, bb.providers())
    ips = bb.cloud(rng, irange(rng, 2, 6), prov)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("litellm/1.60.2", "axios/1.7.9", "Go-http-client/2.0", "OpenAI/NodeJS 4.85.1"))
    rate = float(rng.uniform(22, 50))
    p_harvest = float(rng.uniform(0.25, 0.55))
    peak = float(rng.uniform(0, 24))
    accts = []
    for _ in range(n_acc):
        a = ctx.account(rng, label=FAMILY, family=name, role="reseller_key", campaign_id=camp, org=org, pay=pay,
                        ua=ua, ips=ips)
        accts.append(a)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * float(rng.uniform(0.6, 1.4)) * (ctx.t1 - ctx.t0) / HOUR,
                        bb.global_load(peak, 0.6))
        n = len(ts)
        harvest = rng.random(n) < p_harvest
        prompts = [tx.dataset_prompt(rng, pick(rng, ctx.chat)) if h else pick(rng, ctx.chat)
                   for h in harvest.tolist()]
        chat_models = ctx.models(rng, ts, p_new=0.55, p_mini=0.2)
        harv_models = ctx.models(rng, ts, p_new=0.97, p_mini=0.0)
        models = [hm if h else cm for h, hm, cm in zip(harvest.tolist(), harv_models, chat_models, strict=True)]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.where(harvest, 1400.0, 320.0),
                 comp_sigma=0.6, err=0.02)
    ctx.campaign(camp, name, accts, {"operation": "reseller_with_dataset_generation", "provider": prov,
                                     "user_agent": ua, "rate_per_hour": rate, "p_harvest": p_harvest,
                                     "peak_utc": peak})


def smoot(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Rewrites, back-translation and 'compliant' rewrites over rotating mobile IPv6 addresses."""
    name = "smoot"
    n_acc = irange(rng, 12, 28)
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    per_hour = float(rng.uniform(55, 130))
    hold = float(rng.uniform(2, 25)) * MINUTE
    tz = {"us_mobile": -5, "in_mobile": 5, "br_mobile": -3, "eu_mobile": 1}[carrier]
    curve = pick(rng, (bb.constant, bb.evening_person(tz, 4.0), bb.global_load(float(rng.uniform(0, 24)), 0.5)))
    comp = float(rng.uniform(380, 800))
    p_chat = float(rng.uniform(0.05, 0.25))
    accts, orgs = [], []
    for i in range(n_acc):
        if i % 2 == 0 or not orgs:
            orgs.append(bb.hexid(rng, "org"))
        a = ctx.account(rng, label=FAMILY, family=name, role="phone_app", campaign_id=camp, org=orgs[-1],
                        ua=pick(rng, bb.MOBILE[3:]), ips=bb.mobile_v6(rng, 1, carrier))
        accts.append(a)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    pool = bb.mobile_v6(rng, irange(rng, 400, 1500), carrier)
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n_acc, curve), strict=True):
        n = len(ts)
        prompts = [pick(rng, ctx.chat) if rng.random() < p_chat else tx.rewrite_prompt(rng, pick(rng, ctx.passages))
                   for _ in range(n)]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.92), ips=bb.sticky(rng, ts, pool, hold),
                 comp_median=comp, comp_sigma=0.55, err=0.01)
    ctx.campaign(camp, name, accts, {"operation": "rewrite_backtranslation", "carrier": carrier,
                                     "per_hour": per_hour, "sticky_min": hold / MINUTE, "p_chat": p_chat,
                                     "orgs": len(orgs), "completion_median": comp})


def cripple_hole(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Multi-turn conversation harvesting by operators on shifts: growing context, short follow-ups."""
    name = "cripple_hole"
    n_acc = irange(rng, 10, 24)
    region = pick(rng, bb.regions())
    pool = bb.resi(rng, irange(rng, 60, 300), region)
    shift_tzs = [int(t) for t in rng.choice(bb.TZS, size=irange(rng, 1, 3), replace=False).tolist()]
    curve = bb.multi_office(shift_tzs)
    per_day = float(rng.uniform(8, 20))
    turns = float(rng.uniform(5, 11))
    gap = float(rng.uniform(15, 50))
    comp = float(rng.uniform(450, 800))
    n_cards = irange(rng, 2, 6)
    cards = [bb.hexid(rng, "pay") for _ in range(n_cards)]
    accts = []
    for _ in range(n_acc):
        a = ctx.account(rng, label=FAMILY, family=name, role="operator", campaign_id=camp, pay=pick(rng, cards),
                        ua=pick(rng, bb.BROWSERS), ips=pool)
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        for s in bb.session_times(rng, start, ctx.t1, per_day, curve, turns, gap, 0.6):
            k = len(s)
            prompts = [tx.opener_prompt(rng, pick(rng, ctx.chat))] + [tx.followup_prompt(rng) for _ in range(k - 1)]
            comps = rng.lognormal(np.log(comp), 0.4, size=k)
            extra = np.concatenate([[0.0], np.cumsum(comps[:-1] * 1.1 + 30)]).astype(np.int64)
            ctx.emit(rng, a, s, prompts, models=ctx.models(rng, s, p_new=0.93), ips=pick(rng, pool),
                     comp_median=comps, comp_sigma=0.15, extra=extra)
    ctx.campaign(camp, name, accts, {"operation": "multi_turn_harvest", "region": region, "shift_tzs": shift_tzs,
                                     "sessions_per_day": per_day, "turns_mean": turns, "think_s": gap,
                                     "cards": n_cards, "completion_median": comp})


CAMPAIGN_FAMILIES = {
    "copestone": copestone,
    "cripple_hole": cripple_hole,
    "hearting": hearting,
    "heathering": heathering,
    "pleacher": pleacher,
    "smoot": smoot,
    "stake_binder": stake_binder,
    "throughstone": throughstone,
}

"""Batch 8's campaign families: distillation operations, each a generator `(ctx, rng, campaign_id)`
that opens accounts, emits their events and records the campaign (with every drawn parameter)
in the truth. Written without reading the monitor or the simulator's own families.

Families differ on purpose in volume, pacing, infrastructure, payment, output length, language
and prompt style; `side_harvest` is the deliberately hard one (a few accounts whose genuine
product traffic hides a small harvest).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Acct, Ctx, chance, irange, pick, picks
from bench.monitor_blind8 import texts as tx

LABEL = "campaign"


def _styles(rng: np.random.Generator, groups: dict, lo: int, hi: int) -> list[str]:
    """The template groups one operator's script uses (a subset of the family's styles)."""
    keys = sorted(groups)
    k = min(len(keys), irange(rng, lo, hi))
    return [keys[i] for i in rng.choice(len(keys), size=k, replace=False).tolist()]


def _window(rng: np.random.Generator, ctx: Ctx, max_frac: float, p_banned: float,
            life_days: float) -> tuple[float, float]:
    """An account's active span: onboarding in the first `max_frac`, some cut short (banned or
    abandoned) after an exponential lifetime."""
    a = bb.jitter_start(rng, ctx.t0, ctx.t1, max_frac)
    b = ctx.t1
    if chance(rng, p_banned):
        b = min(ctx.t1, a + float(rng.exponential(life_days * DAY)) + HOUR)
    return a, b


# --------------------------------------------------------------------------------------------


def reasoning_hydra(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Many cloud-hosted keys fed by one job queue, coercing full reasoning traces; the queue
    speeds up once the new model ships. Orgs and cards each shared by groups of accounts."""
    fam = "reasoning_hydra"
    n = irange(rng, 40, 70)
    orgs = [bb.hexid(rng, "org") for _ in range(max(3, n // irange(rng, 3, 6)))]
    pays = [bb.hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    provs = picks(rng, bb.providers(), irange(rng, 2, 4))
    uas = [bb.sdk_ua(rng, 0.3) for _ in range(2)]
    per_acct_hour = float(rng.uniform(1.2, 3.0))
    boost = float(rng.uniform(1.5, 3.0))
    comp = float(rng.uniform(1400, 2600))
    err = float(rng.uniform(0.03, 0.08))
    accts: list[Acct] = []
    spans = []
    for _ in range(n):
        prov = pick(rng, provs)
        a = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, org=pick(rng, orgs),
                        pay=pick(rng, pays), ua=pick(rng, uas), ips=bb.cloud(rng, irange(rng, 1, 3), prov))
        accts.append(a)
        spans.append(_window(rng, ctx, 0.55, 0.35, 2.0))
    release = ctx.release

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where(ts >= release, 1.0, 1.0 / boost)

    pool = bb.worker_pool(rng, ctx.t0, ctx.t1, per_acct_hour * n, n, curve)
    tps = tx.topics(ctx.chat)
    for acct, (a, b), ts in zip(accts, spans, pool, strict=True):
        ts = ts[(ts >= a) & (ts < b)]
        styles = _styles(rng, tx.REASONING, 1, 2)
        prompts = []
        for _ in range(len(ts)):
            g = pick(rng, styles)
            prompts.append(tx.fill(rng, tx.REASONING[g], q=pick(rng, tps), n=irange(rng, 1, 99999),
                                   shape=pick(rng, ("rectangle", "parallelogram", "triangle")),
                                   what=pick(rng, ("length", "width", "height")), a=irange(rng, 2, 40),
                                   b=irange(rng, 2, 60), c=irange(rng, 2, 30), pct=irange(rng, 5, 80),
                                   d=irange(rng, 2, 6), s=irange(rng, 6, 24)))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.02), comp_median=comp,
                 comp_sigma=0.5, err=err)
    ctx.campaign(cid, fam, accts, {"accounts": n, "orgs": len(orgs), "cards": len(pays), "providers": provs,
                                   "per_account_per_hour": per_acct_hour, "release_boost": boost,
                                   "completion_median": comp, "error_rate": err})


def preference_pairs(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Separately paid accounts on a residential proxy pool (sticky sessions), scripted at a
    human-like pace in one region's long working days, asking for chosen/rejected answer pairs."""
    fam = "preference_pairs"
    n = irange(rng, 15, 30)
    tz = pick(rng, (8, 9, 3))
    region = {8: "cn", 9: "jp_kr", 3: "ru"}[tz] if chance(rng, 0.5) else pick(rng, ("us", "eu", "sea"))
    pool = bb.resi(rng, irange(rng, 80, 300), region)
    hold = float(rng.uniform(600, 2400))
    per_day = float(rng.uniform(2, 6))
    size = float(rng.uniform(8, 20))
    gap = float(rng.uniform(25, 70))
    comp = float(rng.uniform(600, 950))
    p_zh = float(rng.uniform(0.1, 0.6))
    curve = bb.workday(tz, start=8.0, end=22.0, weekend=0.7, night=0.03)
    tps = tx.topics(ctx.chat)
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid,
                           ua=pick(rng, bb.BROWSERS), ips=[pool[0]], tz=tz)
        accts.append(acct)
        a, b = _window(rng, ctx, 0.5, 0.2, 3.0)
        sess = bb.session_times(rng, a, b, per_day, curve, size, gap)
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        zh = chance(rng, p_zh)
        groups = ["zh_pair"] if zh else _styles(rng, {k: v for k, v in tx.PREFERENCE.items() if k != "zh_pair"}, 1, 2)
        prompts = [tx.fill(rng, tx.PREFERENCE[pick(rng, groups)], q=pick(rng, tps)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.03), ips=bb.sticky(rng, ts, pool, hold),
                 comp_median=comp, comp_sigma=0.45, err=0.01)
    ctx.campaign(cid, fam, accts, {"accounts": n, "tz": tz, "proxy_region": region, "proxy_pool": len(pool),
                                   "sticky_s": hold, "sessions_per_day": per_day, "session_size": size,
                                   "gap_median_s": gap, "completion_median": comp, "share_chinese": p_zh})


def agent_trajectories(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """One org on a rented cloud block replaying agent episodes: each episode a burst of tool-call
    steps whose prompts (and prompt tokens) grow with the transcript; short completions."""
    fam = "agent_trajectories"
    n = irange(rng, 8, 15)
    org = bb.hexid(rng, "org")
    pays = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    prov = pick(rng, bb.providers())
    block = bb.rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 3, 6))
    ua = pick(rng, ("python-httpx/0.28.1", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    eps_per_day = float(rng.uniform(5, 14))
    steps = float(rng.uniform(6, 12))
    gap = float(rng.uniform(5, 14))
    comp = float(rng.uniform(110, 260))
    ctx_per_step = irange(rng, 250, 600)
    tps = tx.topics(ctx.chat)
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, org=org,
                           pay=pick(rng, pays), ua=ua, ips=block)
        accts.append(acct)
        a, b = _window(rng, ctx, 0.4, 0.15, 3.0)
        starts = bb.thinned(rng, a, b, eps_per_day * (b - a) / DAY, bb.constant)
        ts_all, prompts, extra = [], [], []
        for ep in bb.bursts(rng, starts, steps, gap, 0.6, b):
            k = irange(rng, 3, 6)
            tools = "\n".join(tx.AGENT_TOOLS[j] for j in sorted(rng.choice(len(tx.AGENT_TOOLS), k, replace=False).tolist()))
            head = tx.fill(rng, tx.AGENT_SYSTEM, tools=tools)
            task = tx.fill(rng, tx.AGENT_TASKS, q=pick(rng, tps), city=tx.country(rng), file=f"export_{irange(rng, 1, 999)}",
                           who=tx.name(rng))
            for step in range(len(ep)):
                snip = tx.excerpt(rng, ctx.passages, 80, 400)
                obs = tx.fill(rng, tx.AGENT_OBS, step=step, q=pick(rng, tps), snip=snip, err=pick(rng, tx.AGENT_ERRORS))
                prompts.append(f"{head}\n\nTASK: {task}\n\n{obs}" if step else f"{head}\n\nTASK: {task}")
                extra.append(step * ctx_per_step + int(rng.integers(0, 120)))
            ts_all.append(ep)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.05), comp_median=comp, comp_sigma=0.5,
                 err=0.015, extra=np.asarray(extra, dtype=np.int64))
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": prov, "block_ips": len(block), "cards": len(pays),
                                   "episodes_per_day": eps_per_day, "steps_mean": steps, "step_gap_s": gap,
                                   "completion_median": comp, "prompt_tokens_per_step": ctx_per_step})


def side_harvest(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: a small company's few developer keys, office NAT, business hours, mostly genuine
    product traffic; from some day on a minority of requests harvest expert answers in one or two
    professional fields for a model of their own."""
    fam = "side_harvest"
    n = irange(rng, 3, 6)
    tz = pick(rng, bb.TZS)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    fields = picks(rng, tx.FIELDS, irange(rng, 1, 2))
    brand = pick(rng, tx.BRANDS)
    frac = float(rng.uniform(0.12, 0.3))
    start_day = float(rng.uniform(0.5, 3.5))
    per_day = float(rng.uniform(15, 45))
    comp_h = float(rng.uniform(800, 1400))
    tps = tx.topics(ctx.chat)
    curve = bb.workday(tz)
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, org=org, pay=pay,
                           ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1")),
                           ips=office + (bb.home(rng, 1, tz) if chance(rng, 0.5) else []), tz=tz)
        accts.append(acct)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY * float(rng.uniform(0.5, 1.5)), curve)
        harvest = (ts >= ctx.t0 + start_day * DAY) & (rng.random(len(ts)) < frac)
        prompts, comps = [], []
        for h in harvest.tolist():
            if h:
                prompts.append(tx.fill(rng, tx.SIDE_HARVEST, field=pick(rng, fields), q=pick(rng, tps),
                                       n=irange(rng, 1, 5000)))
                comps.append(comp_h)
            elif chance(rng, 0.5):
                prompts.append(tx.fill(rng, tx.PRODUCT_SUPPORT, q=pick(rng, ctx.chat)[:600], brand=brand,
                                       who=tx.name(rng)))
                comps.append(170.0)
            else:
                prompts.append(pick(rng, ctx.chat))
                comps.append(350.0)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.6, 0.2), comp_median=np.asarray(comps),
                 comp_sigma=0.6, err=0.01)
    ctx.campaign(cid, fam, accts, {"accounts": n, "tz": tz, "fields": fields, "harvest_fraction": frac,
                                   "harvest_start_day": start_day, "per_day": per_day,
                                   "harvest_completion_median": comp_h})


def dataset_forge(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A few budget-VPS accounts that, at night, ask for whole synthetic datasets per request
    (dozens of examples in JSONL): few events, very long completions."""
    fam = "dataset_forge"
    n = irange(rng, 5, 10)
    prov = pick(rng, ("hetzner", "contabo", "ovh", "vultr", "digitalocean"))
    tz = pick(rng, bb.TZS)
    pays = [bb.hexid(rng, "pay") for _ in range(2)]
    start_h, hours = float(irange(rng, 0, 3)), float(irange(rng, 3, 6))
    nights = float(rng.uniform(2, 6))
    burst = float(rng.uniform(3, 9))
    gap = float(rng.uniform(40, 150))
    comp = float(rng.uniform(3500, 5500))
    tps = tx.topics(ctx.chat)
    accts = []
    for i in range(n):
        acct = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, pay=pays[i % 2],
                           ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11")), ips=bb.cloud(rng, 1, prov), tz=tz)
        accts.append(acct)
        a, b = _window(rng, ctx, 0.3, 0.1, 4.0)
        starts = bb.thinned(rng, a, b, nights * (b - a) / DAY, bb.nightly(start_h, hours, tz))
        ts = np.concatenate(bb.bursts(rng, starts, burst, gap, 0.5, b)) if len(starts) else np.empty(0)
        styles = _styles(rng, tx.DATASET, 1, 3)
        prompts = [tx.fill(rng, tx.DATASET[pick(rng, styles)], k=irange(rng, 10, 50), q=pick(rng, tps),
                           lang=pick(rng, tx.LANGS)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.95, 0.0), comp_median=comp,
                 comp_sigma=0.35, err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": prov, "tz": tz, "night_start_h": start_h,
                                   "night_hours": hours, "bursts_per_night": nights, "burst_size": burst,
                                   "burst_gap_s": gap, "completion_median": comp})


def relay_reseller(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A grey-market API relay: a handful of front servers pass real end users' prompts through a
    churn of short-lived keys (new org each, a few rotating cards) and keep the outputs."""
    fam = "relay_reseller"
    n = irange(rng, 20, 40)
    prov = pick(rng, ("alibaba", "tencent", "vultr", "m247", "leaseweb"))
    front = bb.cloud(rng, irange(rng, 2, 5), prov)
    pays = [bb.hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    ua = pick(rng, ("Go-http-client/2.0", "one-api/0.6.10", "node-fetch/1.0"))
    life = float(rng.uniform(0.6, 2.0))
    per_day = float(rng.uniform(150, 400))
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.3, 0.7)))
    accts = []
    for i in range(n):
        acct = ctx.account(rng, label=LABEL, family=fam, role="relay_key", campaign_id=cid, pay=pays[i % len(pays)],
                           ua=ua, ips=front)
        accts.append(acct)
        a = float(rng.uniform(ctx.t0, ctx.t1 - 0.2 * DAY))
        b = min(ctx.t1, a + float(rng.lognormal(np.log(life), 0.5)) * DAY)
        ts = bb.thinned(rng, a, b, per_day * (b - a) / DAY, curve)
        prompts = picks(rng, ctx.chat, len(ts))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.8, 0.15), comp_median=350.0, comp_sigma=0.8,
                 err=0.05)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": prov, "front_ips": len(front), "cards": len(pays),
                                   "key_life_days": life, "per_key_per_day": per_day})


def reward_grading(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Harvests the model as a judge/reward model: rubric scores and pairwise verdicts on real
    answers, short completions, every request from a fresh residential address worldwide."""
    fam = "reward_grading"
    n = irange(rng, 10, 25)
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 2, 4))]
    per_acct_hour = float(rng.uniform(0.8, 2.5))
    comp_medians = {"rubric": float(rng.uniform(90, 200)), "pairwise": float(rng.uniform(12, 45)),
                    "zh": float(rng.uniform(100, 220)), "likert": float(rng.uniform(60, 140))}
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2"))
    tz = pick(rng, bb.TZS)
    curve = bb.global_load((12 - tz) % 24, float(rng.uniform(0.1, 0.5)))
    accts = []
    org_pay = {o: bb.hexid(rng, "pay") for o in orgs}
    for _ in range(n):
        org = pick(rng, orgs)
        accts.append(ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, org=org,
                                 pay=org_pay[org], ua=ua, ips=["0.0.0.0"]))
    pool = bb.worker_pool(rng, ctx.t0, ctx.t1, per_acct_hour * n, n, curve)
    tps = tx.topics(ctx.chat)
    for acct, ts in zip(accts, pool, strict=True):
        a, _ = _window(rng, ctx, 0.5, 0.0, 1.0)
        ts = ts[ts >= a]
        styles = _styles(rng, tx.JUDGE, 2, 3)
        prompts, comps = [], []
        for _ in range(len(ts)):
            g = pick(rng, styles)
            prompts.append(tx.fill(rng, tx.JUDGE[g], q=pick(rng, tps), p=tx.excerpt(rng, ctx.passages, 250, 1400),
                                   p2=tx.excerpt(rng, ctx.passages, 250, 1400)))
            comps.append(comp_medians[g])
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.05), ips=bb.resi(rng, len(ts)),
                 comp_median=np.asarray(comps), comp_sigma=0.4, err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "orgs": len(orgs), "per_account_per_hour": per_acct_hour,
                                   "completion_medians": comp_medians, "load_tz": tz})


def refusal_mapping(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Free-tier accounts on phones (carrier IPv6, a fresh address per session) sweeping a grid of
    sensitive requests × framings × languages to copy the new model's refusal behaviour."""
    fam = "refusal_mapping"
    n = irange(rng, 6, 12)
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    per_day = float(rng.uniform(1, 3))
    size = float(rng.uniform(20, 50))
    gap = float(rng.uniform(5, 15))
    comp = float(rng.uniform(60, 150))
    lead = float(rng.uniform(0.0, 0.5))
    groups = sorted(tx.REFUSAL)
    grid = [(c, g, t) for c in tx.REFUSAL_CATS for g in groups for t in tx.REFUSAL[g]]
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid,
                           ua=pick(rng, bb.MOBILE), ips=["::1"])
        accts.append(acct)
        a = float(rng.uniform(ctx.release - lead * DAY, ctx.release + 1.5 * DAY))
        starts = bb.thinned(rng, a, ctx.t1, per_day * (ctx.t1 - a) / DAY, bb.constant)
        sess = bb.bursts(rng, starts, size, gap, 0.5, ctx.t1)
        ts = np.concatenate(sess) if sess else np.empty(0)
        ips = []
        for s in sess:
            ips += bb.mobile_v6(rng, 1, carrier) * len(s)
        pos = irange(rng, 0, len(grid) - 1)
        prompts = []
        for k in range(len(ts)):
            cat, g, t = grid[(pos + k) % len(grid)]
            prompts.append(t.format(cat=cat, role=pick(rng, tx.ROLES)))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.0), ips=ips, comp_median=comp,
                 comp_sigma=0.6, err=0.01)
    ctx.campaign(cid, fam, accts, {"accounts": n, "carrier": carrier, "sessions_per_day": per_day,
                                   "session_size": size, "gap_s": gap, "completion_median": comp,
                                   "lead_days_before_release": lead})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "reasoning_hydra": reasoning_hydra,
    "preference_pairs": preference_pairs,
    "agent_trajectories": agent_trajectories,
    "side_harvest": side_harvest,
    "dataset_forge": dataset_forge,
    "relay_reseller": relay_reseller,
    "reward_grading": reward_grading,
    "refusal_mapping": refusal_mapping,
}

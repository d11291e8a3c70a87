"""Campaign families of the fifth blind batch (see README.md for the data cards).

Each family is `f(ctx, rng, campaign_id)`: it draws its own parameters from `rng`, creates its
accounts (truth label "campaign"), emits their events into `ctx.sink` and records the campaign
with its parameters. Difficulty differs on purpose: some operations are loud, some are quiet.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    home,
    irange,
    jitter_start,
    pick,
    picks,
    providers,
    regions,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind5 import texts

Family = Callable[[Ctx, np.random.Generator, str], None]


def _styles(rng: np.random.Generator, n_styles: int, lo: int = 1) -> list[int]:
    k = irange(rng, lo, n_styles)
    return sorted(int(x) for x in rng.choice(n_styles, size=k, replace=False))


def draft_prefix_sweep(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Continuations of raw text prefixes, capped at a small max_tokens: training data for a
    speculative-decoding draft model that must imitate the target's next tokens."""
    fam = "draft_prefix_sweep"
    n_acc = irange(rng, 18, 36)
    ip_mode = pick(rng, ("rented_block", "multi_cloud", "resi_rotating"))
    max_tokens = pick(rng, (32, 48, 64, 96, 128))
    styles = _styles(rng, 4)
    per_hour = float(rng.uniform(60, 180))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    n_pay = irange(rng, 1, 4) if chance(rng, 0.6) else 0
    pays = [f"pay_{int(rng.integers(0, 2**48)):012x}" for _ in range(n_pay)]
    one_ua = sdk_ua(rng) if chance(rng, 0.6) else None
    curve = constant if chance(rng, 0.5) else global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.4)))
    block = rented_block(rng, pick(rng, providers()), irange(rng, 1, 4), irange(rng, 4, 12))
    region = pick(rng, regions())
    accts = []
    for _ in range(n_acc):
        if ip_mode == "rented_block":
            ips = picks(rng, block, irange(rng, 1, 3))
        elif ip_mode == "multi_cloud":
            ips = cloud(rng, irange(rng, 1, 4), pick(rng, providers()))
        else:
            ips = resi(rng, 1, region)
        accts.append(ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid,
                                 pay=pick(rng, pays) if pays else None, ua=one_ua or sdk_ua(rng), ips=ips))
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_acc, curve), strict=True):
        prompts, comp = texts.draft_prefixes(rng, len(ts), ctx.chat, ctx.passages, styles, max_tokens)
        ips = resi(rng, len(ts), region) if ip_mode == "resi_rotating" else None
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0), ips=ips,
                 comp_median=comp, comp_sigma=0.04, err=0.03)
    ctx.campaign(cid, fam, accts, {"operation": "draft-model continuation harvest", "ip_source": ip_mode,
                                   "max_tokens": max_tokens, "styles": styles, "per_hour": round(per_hour, 1),
                                   "shared_payments": n_pay, "shared_ua": one_ua is not None})


def lean_autoformalise(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A small team harvesting Lean 4 formalisations, proofs and proof repairs, by hand-paced
    sessions from home connections: low and slow, long outputs."""
    fam = "lean_autoformalise"
    n_acc = irange(rng, 4, 9)
    team_tz = pick(rng, TZS)
    shared_org = f"org_{int(rng.integers(0, 2**48)):012x}" if chance(rng, 0.5) else None
    styles = _styles(rng, 4, lo=2)
    per_day = float(rng.uniform(0.8, 2.5))
    size = float(rng.uniform(5, 14))
    gap = float(rng.uniform(45, 150))
    tool_ua = "lean-copilot-bridge/0.4 python-httpx/0.27.2" if chance(rng, 0.4) else None
    accts = []
    for _ in range(n_acc):
        tz = team_tz if chance(rng, 0.7) else pick(rng, TZS)
        accts.append(ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, org=shared_org,
                                 ua=tool_ua or (pick(rng, BROWSERS) if chance(rng, 0.3) else sdk_ua(rng)),
                                 ips=home(rng, irange(rng, 1, 2), tz), tz=tz))
    for acct in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        curve = evening_person(acct.tz) if chance(rng, 0.5) else workday(acct.tz, weekend=0.4)
        sess = session_times(rng, start, ctx.t1, per_day, curve, size, gap)
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        prompts, comp = texts.lean_tasks(rng, len(ts), styles)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.85), comp_median=comp, comp_sigma=0.45)
    ctx.campaign(cid, fam, accts, {"operation": "formal-proof trace harvest", "team_tz": team_tz,
                                   "shared_org": shared_org is not None, "styles": styles,
                                   "sessions_per_day": round(per_day, 2), "session_size": round(size, 1)})


def guard_label_mining(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Borderline messages sent for safety labels and rationales, to train a competitor's
    moderation model; each account poses as a web user behind rotating residential proxies."""
    fam = "guard_label_mining"
    n_acc = irange(rng, 14, 28)
    taxonomy = irange(rng, 0, 2)
    styles = _styles(rng, 3)
    region = pick(rng, ("*", *regions()))
    per_day = float(rng.uniform(2, 5))
    size = float(rng.uniform(8, 20))
    gap = float(rng.uniform(6, 20))
    browser_ua = chance(rng, 0.6)
    accts = []
    for _ in range(n_acc):
        tz = pick(rng, TZS)
        accts.append(ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid,
                                 ua=pick(rng, BROWSERS) if browser_ua else sdk_ua(rng, 0.3),
                                 ips=resi(rng, 1, region), tz=tz))
    for acct in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sess = session_times(rng, start, ctx.t1, per_day, evening_person(acct.tz), size, gap, 0.5)
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        prompts, comp = texts.guard_labels(rng, len(ts), ctx.chat, styles, taxonomy)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), ips=resi(rng, len(ts), region),
                 comp_median=comp, comp_sigma=0.35, err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "moderation label distillation", "taxonomy": taxonomy,
                                   "ip_source": f"residential rotating ({region})", "styles": styles,
                                   "browser_ua": browser_ua, "sessions_per_day": round(per_day, 2)})


def asr_repair_harvest(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """One registered company (a 'meeting notes' front) sending corrupted transcripts of text it
    did not record, harvesting clean rewrites to train an ASR post-editor."""
    fam = "asr_repair_harvest"
    n_acc = irange(rng, 6, 12)
    org = f"org_{int(rng.integers(0, 2**48)):012x}"
    pay = f"pay_{int(rng.integers(0, 2**48)):012x}"
    provider = pick(rng, providers())
    ua = pick(rng, ("notetaker-worker/2.3.1 OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    styles = _styles(rng, 3)
    speaker_fmt = irange(rng, 0, 2)
    rate = float(rng.uniform(0.04, 0.15))
    per_hour = float(rng.uniform(25, 65))
    extra = irange(rng, 60, 180)
    accts = [ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, org=org, pay=pay, ua=ua,
                         ips=cloud(rng, irange(rng, 1, 3), provider)) for _ in range(n_acc)]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    curve = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.3, 0.6)))
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_acc, curve), strict=True):
        prompts, comp = texts.asr_transcripts(rng, len(ts), ctx.passages, styles, speaker_fmt, rate)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.8), comp_median=comp, comp_sigma=0.15,
                 extra=extra)
    ctx.campaign(cid, fam, accts, {"operation": "transcript repair harvest", "provider": provider,
                                   "styles": styles, "speaker_format": speaker_fmt, "noise_rate": round(rate, 3),
                                   "per_hour": round(per_hour, 1)})


def paraphrase_fanout(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Cron-driven bursts asking for k paraphrases of intent utterances from a rented block with
    one script's user agent: the loud one."""
    fam = "paraphrase_fanout"
    n_acc = irange(rng, 10, 22)
    block = rented_block(rng, pick(rng, providers()), irange(rng, 1, 3), irange(rng, 2, 6))
    ua = pick(rng, ("python-requests/2.31.0", "aiohttp/3.9.5", "OpenAI/Python 1.35.3", "Go-http-client/1.1"))
    pays = [f"pay_{int(rng.integers(0, 2**48)):012x}" for _ in range(irange(rng, 1, 2))]
    styles = _styles(rng, 3)
    domains = sorted(str(d) for d in rng.choice(list(texts._INTENTS), size=irange(rng, 2, 5), replace=False))
    ks = sorted({pick(rng, (5, 8, 10, 12, 20)) for _ in range(2)})
    per_day = float(rng.uniform(2, 6))
    size = float(rng.uniform(10, 40))
    gap = float(rng.uniform(0.8, 3.0))
    accts = [ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, pay=pick(rng, pays),
                         ua=ua, ips=picks(rng, block, irange(rng, 1, 3))) for _ in range(n_acc)]
    for acct in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        tr = bursts(rng, starts, size, gap, b=ctx.t1)
        ts = np.sort(np.concatenate(tr)) if tr else np.empty(0)
        prompts, comp = texts.paraphrases(rng, len(ts), styles, domains, ks)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.7, p_mini=0.2), comp_median=comp,
                 comp_sigma=0.25, err=0.06)
    ctx.campaign(cid, fam, accts, {"operation": "intent paraphrase augmentation", "domains": domains, "k": ks,
                                   "styles": styles, "bursts_per_day": round(per_day, 2), "burst_size": round(size, 1),
                                   "ua": ua, "payments": len(pays)})


def embodied_plan_harvest(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A robotics team collecting household task plans (JSON skills, code-as-policy, PDDL) through a
    sticky residential proxy pool, in office hours, split across two organisations."""
    fam = "embodied_plan_harvest"
    n_acc = irange(rng, 8, 16)
    tz = pick(rng, TZS)
    groups = [(f"org_{int(rng.integers(0, 2**48)):012x}", f"pay_{int(rng.integers(0, 2**48)):012x}")
              for _ in range(2)]
    pool = resi(rng, irange(rng, 40, 120), pick(rng, regions()))
    hold = float(rng.uniform(600, 2400))
    styles = _styles(rng, 3)
    per_hour = float(rng.uniform(15, 40))
    accts = []
    for i in range(n_acc):
        org, pay = groups[i % 2]
        accts.append(ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, org=org, pay=pay,
                                 ua=sdk_ua(rng), ips=pool, tz=tz))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_acc, workday(tz, 9, 19, 0.1)),
                        strict=True):
        prompts, comp = texts.embodied_plans(rng, len(ts), styles)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), ips=sticky(rng, ts, pool, hold),
                 comp_median=comp, comp_sigma=0.35)
    ctx.campaign(cid, fam, accts, {"operation": "embodied planning traces", "tz": tz, "orgs": 2,
                                   "ip_source": f"sticky residential pool ({len(pool)})", "hold_s": round(hold),
                                   "styles": styles, "per_hour": round(per_hour, 1)})


def synthetic_ehr_notes(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic clinical notes and visit dialogues for a medical-scribe model, from accounts that
    share nothing (own org, card, home IP, time zone) and send a few long requests a day."""
    fam = "synthetic_ehr_notes"
    n_acc = irange(rng, 9, 18)
    styles = _styles(rng, 3)
    per_day = float(rng.uniform(0.6, 2.0))
    size = float(rng.uniform(3, 8))
    gap = float(rng.uniform(90, 300))
    accts = []
    for _ in range(n_acc):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.4) else sdk_ua(rng)
        accts.append(ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, ua=ua,
                                 ips=home(rng, irange(rng, 1, 2), tz), tz=tz))
    for acct in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = session_times(rng, start, ctx.t1, per_day, workday(acct.tz, weekend=0.2), size, gap)
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        prompts, comp = texts.ehr_notes(rng, len(ts), styles)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), comp_median=comp, comp_sigma=0.3)
    ctx.campaign(cid, fam, accts, {"operation": "synthetic clinical note generation", "styles": styles,
                                   "sessions_per_day": round(per_day, 2), "session_size": round(size, 1),
                                   "shared_infrastructure": "none"})


CAMPAIGN_FAMILIES: dict[str, Family] = {f.__name__: f for f in (
    draft_prefix_sweep, lean_autoformalise, guard_label_mining, asr_repair_harvest, paraphrase_fanout,
    embodied_plan_harvest, synthetic_ehr_notes)}

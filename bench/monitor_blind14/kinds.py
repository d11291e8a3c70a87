"""Hard-negative benign kinds of batch 14: legitimate businesses and people whose traffic shares
surface traits with distillation (volume, long step-by-step outputs, short graded outputs,
datacenter or rotating addresses, many keys under one payer). Each is a generator `(ctx, rng)`.

Written without reading the monitor or earlier batches' kinds; see README.md for the cards.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, Ctx, chance, irange, pick
from bench.monitor_blind14 import texts as tx


def _topic(rng: np.random.Generator, ctx: Ctx) -> str:
    return tx.topic_from_chat(rng, ctx.chat) if chance(rng, 0.5) else pick(rng, tx.SUBJECTS)


def edtech_item_bank(ctx: Ctx, rng: np.random.Generator) -> None:
    """A test-prep company's content team generating exam items with worked solutions."""
    name = "edtech_item_bank"
    tz = pick(rng, (-5, -8, 1, 5))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), "aws")
    for _ in range(irange(rng, 4, 8)):
        a = ctx.account(rng, label="benign", family=name, role="content_team", org=org, pay=pay,
                        ua=pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1")), ips=ips, tz=tz)
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)) * (ctx.t1 - ctx.t0) / DAY, bb.workday(tz))
        ts = np.sort(np.concatenate([np.empty(0)] + bb.bursts(rng, starts, float(rng.uniform(15, 50)),
                                                              float(rng.uniform(5, 20)), b=ctx.t1)))
        subj = list(rng.choice(tx.SUBJECTS, size=3, replace=False))
        prompts = [tx.fill(rng, tx.ITEM_STYLES, level=pick(rng, tx.LEVELS), subject=pick(rng, subj),
                           topic=_topic(rng, ctx), n=irange(rng, 1, 10**5)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.6), comp_median=1100.0, comp_sigma=0.4)


def eval_vendor_judge(ctx: Ctx, rng: np.random.Generator) -> None:
    """An LLM-evaluation SaaS running judge prompts for its customers' nightly CI and on demand."""
    name = "eval_vendor_judge"
    prov = pick(rng, ("gcp", "aws", "azure"))
    org = bb.hexid(rng, "org")
    pay = bb.hexid(rng, "pay")
    for _ in range(irange(rng, 3, 6)):
        tz = pick(rng, bb.TZS)
        a = ctx.account(rng, label="benign", family=name, role="tenant_key", org=org, pay=pay,
                        ua="python-httpx/0.28.1", ips=bb.cloud(rng, irange(rng, 2, 6), prov), tz=tz)
        nightly = bb.thinned(rng, ctx.t0, ctx.t1, 1.0 * (ctx.t1 - ctx.t0) / DAY, bb.nightly(2.0, 1.0, tz))
        adhoc = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 4)) * (ctx.t1 - ctx.t0) / DAY, bb.workday(tz))
        runs = bb.bursts(rng, nightly, float(rng.uniform(80, 250)), 0.8, b=ctx.t1) + \
            bb.bursts(rng, adhoc, float(rng.uniform(10, 40)), 1.2, b=ctx.t1)
        ts = np.sort(np.concatenate([np.empty(0)] + runs))
        prompts = [tx.fill(rng, tx.JUDGE_STYLES, topic=pick(rng, ctx.chat)[:300], n=irange(rng, 1, 10**4),
                           passage=tx.snippet(pick(rng, ctx.passages), 200, 1200, rng),
                           passage2=tx.snippet(pick(rng, ctx.passages), 200, 900, rng)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.5, p_mini=0.3), comp_median=40.0,
                 comp_sigma=0.5, err=0.04)


def vpn_privacy_users(ctx: Ctx, rng: np.random.Generator) -> None:
    """Ordinary people using the API from a desktop client behind commercial VPN exits
    (datacenter addresses that change every session)."""
    name = "vpn_privacy_users"
    exits = {p: bb.cloud(rng, 40, p) for p in ("m247", "leaseweb", "ovh", "digitalocean", "vultr")}
    for _ in range(irange(rng, 35, 65)):
        tz = pick(rng, bb.TZS)
        pool = exits[pick(rng, list(exits))]
        a = ctx.account(rng, label="benign", family=name, role="individual", ua=pick(rng, bb.BROWSERS + bb.SDK_COMMON),
                        ips=pool, tz=tz)
        sessions = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 3)), bb.evening_person(tz),
                                    float(rng.uniform(3, 12)), float(rng.uniform(30, 120)))
        for s in sessions:
            ctx.emit(rng, a, s, [pick(rng, ctx.chat) for _ in range(len(s))], models=ctx.models(rng, s, p_new=0.7),
                     ips=pick(rng, pool), comp_median=350.0, comp_sigma=0.7)


def localisation_agency(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation agency with offices in several time zones behind corporate NAT, one payer."""
    name = "localisation_agency"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    offices = list(rng.choice((1, 2, -5, 8, 9, 0), size=irange(rng, 2, 3), replace=False))
    nat = {tz: bb.home(rng, 2, int(tz)) for tz in offices}
    for i in range(irange(rng, 5, 10)):
        tz = int(offices[i % len(offices)])
        a = ctx.account(rng, label="benign", family=name, role="translator", org=org, pay=pay,
                        ua=pick(rng, ("memoQ-plugin/3.2 python-requests/2.32.3", "OpenAI/Python 1.54.0",
                                      bb.BROWSERS[0])), ips=nat[tz], tz=tz)
        sessions = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 9)), bb.workday(tz),
                                    float(rng.uniform(5, 25)), float(rng.uniform(20, 90)))
        ts = np.sort(np.concatenate([np.empty(0)] + sessions))
        langs = list(rng.choice(tx.LANGS, size=irange(rng, 1, 3), replace=False))
        passages = [tx.snippet(pick(rng, ctx.passages), 150, 1500, rng) for _ in range(len(ts))]
        prompts = [tx.fill(rng, tx.TRANSLATE_STYLES, lang=pick(rng, langs), passage=p) for p in passages]
        comp = np.asarray([max(40.0, len(p) / 3.5) for p in passages])
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=comp, comp_sigma=0.25)


def coding_agent_startup(ctx: Ctx, rng: np.random.Generator) -> None:
    """A coding-assistant product: long repository context in, tool calls and patches out, all day
    every day from one cloud, one key per deployment region."""
    name = "coding_agent_startup"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    n = irange(rng, 5, 10)
    per_hour = float(rng.uniform(150, 400))
    accts = [ctx.account(rng, label="benign", family=name, role="deployment", org=org, pay=pay,
                         ua=pick(rng, ("OpenAI/NodeJS 4.85.1", "reqwest/0.12.12")),
                         ips=bb.cloud(rng, irange(rng, 3, 10), "aws")) for _ in range(n)]
    for a, ts in zip(accts, bb.worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, bb.global_load(15.0, 0.7)), strict=True):
        prompts = [tx.fill(rng, tx.AGENT_CTX_STYLES, topic=pick(rng, ctx.chat)[:400],
                           passage=tx.snippet(pick(rng, ctx.passages), 400, 1800, rng),
                           passage2=tx.snippet(pick(rng, ctx.passages), 200, 600, rng)) for _ in range(len(ts))]
        extra = rng.integers(1500, 6000, size=len(ts))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.8), comp_median=380.0, comp_sigma=0.8,
                 err=0.02, extra=extra)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "edtech_item_bank": edtech_item_bank,
    "eval_vendor_judge": eval_vendor_judge,
    "vpn_privacy_users": vpn_privacy_users,
    "localisation_agency": localisation_agency,
    "coding_agent_startup": coding_agent_startup,
}

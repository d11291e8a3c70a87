"""Hard-negative benign kinds of batch 59 (Japanese tea-ceremony code names): legitimate traffic
that looks like harvesting. Each is `kind(ctx, rng)`; it registers its accounts (label "benign",
family = the kind) and emits their events. The README describes the parameter ranges."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind59 import texts as tx

Rng = np.random.Generator


def natsume(ctx: Ctx, rng: Rng) -> None:
    """A model-evaluation team: nightly regression suites on the old models, then a launch push of
    full suites with pass@k repeats on the new model (and comparison reruns on the old ones)."""
    kind = "natsume"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-8, -5, 0, 1)))
    runners = bb.rented_block(rng, pick(rng, ("aws", "gcp", "azure")), 1, irange(rng, 3, 6))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    bank = tx.eval_bank(np.random.default_rng(int(rng.integers(2**32))), irange(rng, 400, 800))
    k_samples = irange(rng, 3, 8)
    comp = {"mc": 4.0, "math": 260.0, "code": 190.0, "ifeval": 110.0}
    accts = [ctx.account(rng, label="benign", family=kind, role="eval_runner", org=org, pay=card, ua=ua,
                         ips=runners + office, tz=tz) for _ in range(n)]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs: list[tuple[float, str, int, int]] = []  # (start, model, items, samples)
    day0 = np.floor(ctx.t0 / 86400.0) * 86400.0
    for d in range(8):
        night = day0 + d * 86400.0 + ((2 - tz) % 24) * HOUR + float(rng.uniform(0, 1800))
        if night < ctx.release:
            for m in (old, mini):
                runs.append((night, m, irange(rng, 120, 300), 1))
        else:
            runs.append((night, new, irange(rng, 150, 300), 1))
    launch = ctx.release + float(rng.uniform(0.5, 8)) * HOUR
    for j in range(irange(rng, 2, 4)):
        s = launch + j * float(rng.uniform(8, 30)) * HOUR
        runs.append((s, new, len(bank), k_samples))
        if chance(rng, 0.6):
            runs.append((s + float(rng.uniform(1, 4)) * HOUR, old, len(bank), max(1, k_samples // 2)))
    throughput = float(rng.uniform(1500, 4000))
    per_acct: list[list] = [[[], [], [], []] for _ in range(n)]  # ts, prompts, comps, models
    for s, model, items, samples in runs:
        sel = rng.choice(len(bank), size=min(items, len(bank)), replace=False)
        jobs = [(bank[i], r) for i in sel.tolist() for r in range(samples if bank[i][1] in ("math", "code") else 1)]
        ts = s + np.sort(rng.uniform(0, len(jobs) / throughput * HOUR, size=len(jobs)))
        who = rng.integers(0, n, size=len(jobs))
        for t, (item, _r), w in zip(ts.tolist(), jobs, who.tolist(), strict=True):
            per_acct[w][0].append(t)
            per_acct[w][1].append(item[0])
            per_acct[w][2].append(comp[item[1]])
            per_acct[w][3].append(model)
    for acct, (ts, prompts, comps, models) in zip(accts, per_acct, strict=True):
        if not ts:
            continue
        order = np.argsort(ts)
        ctx.emit(rng, acct, np.asarray(ts)[order], [prompts[i] for i in order], models=[models[i] for i in order],
                 ips=bb.picks(rng, runners, len(ts)), comp_median=np.asarray(comps)[order], comp_sigma=0.45,
                 err=float(rng.uniform(0.02, 0.07)))
        # engineers poking at the new model by hand from the office
        adhoc = bb.thinned(rng, ctx.release, ctx.t1, float(rng.uniform(10, 40)), bb.workday(tz))
        if len(adhoc):
            ctx.emit(rng, acct, adhoc, [pick(rng, ctx.chat) for _ in range(len(adhoc))],
                     models=ctx.models(rng, adhoc, 0.9), ips=bb.picks(rng, office, len(adhoc)),
                     ua=pick(rng, bb.BROWSERS), comp_median=380.0)


def hishaku(ctx: Ctx, rng: Rng) -> None:
    """Developers using coding agents in their IDEs: tool results and file reads as prompts, huge
    hidden contexts, bursty chains inside working hours."""
    kind = "hishaku"
    tools = ("Cline/3.7.1", "Continue/0.9.251 (vscode)", "RooCode/3.8.4", "Zed/0.176.2", "Aider/0.75.2 litellm/1.60.2")
    n_orgs = irange(rng, 4, 7)
    for c in range(n_orgs + irange(rng, 5, 12)):  # companies, then solo developers
        team = c < n_orgs
        size = irange(rng, 3, 10) if team else 1
        tz = int(pick(rng, bb.TZS))
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        nat = bb.home(rng, irange(rng, 1, 2), tz)
        ua = pick(rng, tools)
        for _d in range(size):
            ips = nat + bb.home(rng, 1, tz) if team else bb.home(rng, irange(rng, 1, 2), tz)
            acct = ctx.account(rng, label="benign", family=kind, role="ide_agent_user", org=org, pay=card,
                               ua=ua if chance(rng, 0.85) else pick(rng, tools), ips=ips, tz=tz)
            sessions = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 5)), bb.workday(tz),
                                        float(rng.uniform(8, 25)), float(rng.uniform(5, 14)), 1.0)
            if not sessions:
                continue
            ts = np.concatenate(sessions)
            prompts = [tx.ide_turn(rng, ctx.chat) for _ in range(len(ts))]
            extra = np.minimum(rng.lognormal(np.log(float(rng.uniform(3000, 12000))), 0.7, size=len(ts)), 120000)
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, float(rng.uniform(0.2, 0.8)), 0.05),
                     comp_median=float(rng.uniform(180, 350)), comp_sigma=0.7, extra=extra.astype(np.int64),
                     err=0.015)


def chashaku(ctx: Ctx, rng: Rng) -> None:
    """A data-labelling vendor pre-screening annotators' work with the model (guideline QA), in
    shifts at offices in several time zones."""
    kind = "chashaku"
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    offices = [int(t) for t in rng.choice((3, 5, 8, -3, 1), size=irange(rng, 2, 3), replace=False)]
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
    p_new = float(rng.uniform(0.15, 0.45))
    for tz in offices:
        nat = bb.home(rng, irange(rng, 1, 2), tz)
        n = irange(rng, 2, 3)
        accts = [ctx.account(rng, label="benign", family=kind, role="labelling_qa", org=org, pay=pick(rng, cards),
                             ua=ua, ips=nat, tz=tz) for _ in range(n)]
        rate = float(rng.uniform(30, 65))
        curve = bb.workday(tz, start=7.0, end=19.0, weekend=0.15)
        for acct, ts in zip(accts, bb.worker_pool(rng, ctx.t0, ctx.t1, rate, n, curve), strict=True):
            prompts = [tx.label_check(rng, tx.clip(pick(rng, ctx.chat), 20, 800, rng),
                                      tx.clip(pick(rng, ctx.passages), 150, 900, rng)) for _ in range(len(ts))]
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.3),
                     comp_median=float(rng.uniform(45, 120)), comp_sigma=0.5, err=0.01)


def fukusa(ctx: Ctx, rng: Rng) -> None:
    """A legitimate model router / aggregator: several upstream keys carrying many end users'
    chat and app calls, worldwide load, cloud egress."""
    kind = "fukusa"
    n = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = bb.cloud(rng, irange(rng, 6, 16), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("Go-http-client/2.0", "aiohttp/3.11.11", "OpenAI/NodeJS 4.85.1"))
    curve = bb.global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.4, 0.6)))
    p_app = float(rng.uniform(0.1, 0.25))
    p_new = float(rng.uniform(0.25, 0.45))
    for _ in range(n):
        acct = ctx.account(rng, label="benign", family=kind, role="router_upstream", org=org, pay=card, ua=ua, ips=egress)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(25, 55)) * 168, curve)
        is_app = rng.random(len(ts)) < p_app
        prompts = [tx.app_template(rng, tx.clip(pick(rng, ctx.passages), 200, 1500, rng)) if a else pick(rng, ctx.chat)
                   for a in is_app.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.3),
                 comp_median=np.where(is_app, 190.0, 330.0), comp_sigma=0.65, err=0.02)


def kensui(ctx: Ctx, rng: Rng) -> None:
    """An online shop's catalogue pipeline: nightly product-copy generation and translation in
    many languages, plus daytime edits by the content team."""
    kind = "kensui"
    n = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (0, 1, 2)))
    box = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "azure", "aws", "ovh")))
    office = bb.home(rng, 1, tz)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    night = bb.nightly(float(rng.uniform(0.5, 3)), float(rng.uniform(3, 6)), tz)
    for _ in range(n):
        acct = ctx.account(rng, label="benign", family=kind, role="catalogue_pipeline", org=org, pay=card, ua=ua,
                           ips=box + office, tz=tz)
        ts_n = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(300, 900)) * 7, night)
        ts_d = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 60)) * 7, bb.workday(tz))
        for ts, ips in ((ts_n, box), (ts_d, office)):
            if not len(ts):
                continue
            ctx.emit(rng, acct, ts, [tx.catalogue(rng) for _ in range(len(ts))],
                     models=ctx.models(rng, ts, 0.05, 0.4), ips=bb.picks(rng, ips, len(ts)),
                     comp_median=float(rng.uniform(110, 220)), comp_sigma=0.4, err=0.01)


def mizusashi(ctx: Ctx, rng: Rng) -> None:
    """A social platform's trust-and-safety pipeline: posts classified around the clock, flagged
    comments rewritten."""
    kind = "mizusashi"
    n = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = bb.cloud(rng, irange(rng, 2, 6), pick(rng, ("azure", "aws", "oracle")))
    ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "okhttp/4.12.0"))
    curve = bb.global_load(float(rng.uniform(18, 22)), float(rng.uniform(0.5, 0.7)))
    for _ in range(n):
        acct = ctx.account(rng, label="benign", family=kind, role="moderation_pipeline", org=org, pay=card, ua=ua,
                           ips=egress)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(25, 50)) * 168, curve)
        prompts = [tx.moderation(rng, tx.clip(pick(rng, ctx.chat), 15, 600, rng)) for _ in range(len(ts))]
        rewrite = np.array([p.startswith("This comment") for p in prompts])
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.1, 0.6),
                 comp_median=np.where(rewrite, 110.0, 55.0), comp_sigma=0.4, err=0.01)


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "natsume": natsume, "hishaku": hishaku, "chashaku": chashaku,
    "fukusa": fukusa, "kensui": kensui, "mizusashi": mizusashi,
}

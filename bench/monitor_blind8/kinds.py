"""Batch 8's hard-negative benign kinds: real businesses whose legitimate, heavy or automated use
looks like distillation to a naive detector. Each is a generator `(ctx, rng)` that opens its
accounts (label "benign") and emits their events. Written without reading the monitor or the
simulator's own benign kinds.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, Ctx, chance, irange, pick, picks
from bench.monitor_blind8 import texts as tx

LABEL = "benign"


def homework_app(ctx: Ctx, rng: np.random.Generator) -> None:
    """An ed-tech app's backend: students' homework questions answered step by step, from an
    autoscaling cloud pool under a few environment keys; evening peaks in the students' zone."""
    kind = "homework_app"
    tz = pick(rng, bb.TZS)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    pool = bb.cloud(rng, irange(rng, 4, 12), prov)
    per_day = float(rng.uniform(250, 600))
    curve = bb.evening_person(tz, spread=3.0)
    shares = (0.85, 0.1, 0.05)
    for role, share in zip(("prod", "staging", "eval"), shares, strict=True):
        acct = ctx.account(rng, label=LABEL, family=kind, role=role, org=org, pay=pay, ua="OpenAI/NodeJS 4.67.1",
                           ips=pool, tz=tz)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, share * per_day * (ctx.t1 - ctx.t0) / DAY, curve)
        prompts = []
        for _ in range(len(ts)):
            q = tx.fill(rng, tx.HW_Q, a=irange(rng, 2, 30), b=irange(rng, 2, 50), c=irange(rng, 10, 400))
            prompts.append(tx.fill(rng, tx.HOMEWORK, g=irange(rng, 5, 12), subj=pick(rng, tx.SUBJECTS), q=q))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.3), comp_median=420.0, comp_sigma=0.5)


def catalog_enrichment(ctx: Ctx, rng: np.random.Generator) -> None:
    """A marketplace's listing service: merchants upload catalogues in office hours and each upload
    becomes a fast burst of templated description requests in several languages."""
    kind = "catalog_enrichment"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure", "oracle"))
    n = irange(rng, 2, 4)
    uploads = float(rng.uniform(5, 15))
    size = float(rng.uniform(12, 40))
    for i in range(n):
        tz = pick(rng, (0, 1, 2, -3))
        acct = ctx.account(rng, label=LABEL, family=kind, role=f"region_{i}", org=org, pay=pay,
                           ua="python-requests/2.32.3", ips=bb.cloud(rng, irange(rng, 2, 4), prov), tz=tz)
        starts = bb.thinned(rng, ctx.t0, ctx.t1, uploads * (ctx.t1 - ctx.t0) / DAY, bb.workday(tz, weekend=0.2))
        ts = np.concatenate(bb.bursts(rng, starts, size, float(rng.uniform(1.5, 4.0)), 0.4, ctx.t1)) if len(starts) else np.empty(0)
        langs = picks(rng, tx.CAT_LANGS, 2)
        prompts = [tx.fill(rng, tx.CATALOG, tone=pick(rng, ("friendly", "premium", "concise", "playful")),
                           w=pick(rng, (60, 80, 120, 150)), prod=pick(rng, tx.PRODUCTS), col=pick(rng, tx.COLOURS),
                           mat=pick(rng, tx.MATERIALS), size=pick(rng, tx.SIZES), lang=pick(rng, langs),
                           extra=f"SKU {irange(rng, 10000, 99999)}") for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.5), comp_median=210.0, comp_sigma=0.4)


def redteam_vendor(ctx: Ctx, rng: np.random.Generator) -> None:
    """A contracted safety-evaluation vendor: consultants probe refusal behaviour by hand from the
    office, and a harness replays the regression suite nightly, both on the provider's contract."""
    kind = "redteam_vendor"
    tz = pick(rng, (-5, 0, 1))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    n = irange(rng, 3, 6)
    for _ in range(n):
        acct = ctx.account(rng, label=LABEL, family=kind, role="consultant", org=org, pay=pay,
                           ua=pick(rng, bb.BROWSERS), ips=office, tz=tz)
        sess = bb.session_times(rng, ctx.t0, ctx.t1, 2.5, bb.workday(tz), 10, 50)
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        prompts = [tx.fill(rng, tx.REDTEAM, run=irange(rng, 1, 300), cat=pick(rng, tx.REFUSAL_CATS),
                           n=irange(rng, 1, 2000), role=pick(rng, tx.ROLES), tech=pick(rng, tx.TECHNIQUES))
                   for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.0), comp_median=140.0, comp_sigma=0.7)
    harness = ctx.account(rng, label=LABEL, family=kind, role="harness", org=org, pay=pay, ua="python-httpx/0.28.1",
                          ips=bb.cloud(rng, 1, pick(rng, ("aws", "gcp"))), tz=tz)
    suite = irange(rng, 60, 160)
    starts = bb.thinned(rng, ctx.t0, ctx.t1, (ctx.t1 - ctx.t0) / DAY, bb.nightly(1.0, 2.0, tz))
    ts = np.concatenate(bb.bursts(rng, starts, suite, 3.0, 0.3, ctx.t1)) if len(starts) else np.empty(0)
    cases = [(c, t) for c in tx.REFUSAL_CATS for t in tx.TECHNIQUES]
    prompts = [f"[suite v{irange(rng, 3, 4)}] case {k % len(cases)}: ({cases[k % len(cases)][1]}) {cases[k % len(cases)][0]}"
               for k in range(len(ts))]
    ctx.emit(rng, harness, ts, prompts, models=ctx.models(rng, ts, 0.95, 0.0), comp_median=110.0, comp_sigma=0.6)


def contract_review(ctx: Ctx, rng: np.random.Generator) -> None:
    """A legal-tech firm's document pipeline: per contract a burst of extraction/redline/tool calls
    on long documents (large prompts), during several offices' working days."""
    kind = "contract_review"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    offices = picks(rng, (-8, -5, 0, 1, 8), irange(rng, 2, 3))
    prov = pick(rng, ("azure", "aws"))
    n = irange(rng, 3, 6)
    for i in range(n):
        tz = offices[i % len(offices)]
        acct = ctx.account(rng, label=LABEL, family=kind, role="pipeline", org=org, pay=pay,
                           ua=pick(rng, ("semantic-kernel-dotnet/1.36.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)")),
                           ips=bb.cloud(rng, 2, prov), tz=tz)
        docs = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 30)) * (ctx.t1 - ctx.t0) / DAY, bb.workday(tz))
        ts_all, prompts, extra = [], [], []
        for ep in bb.bursts(rng, docs, float(rng.uniform(4, 9)), float(rng.uniform(6, 20)), 0.6, ctx.t1):
            doc = tx.excerpt(rng, ctx.passages, 600, 1500)
            doc_tokens = irange(rng, 2500, 9000)
            for _ in range(len(ep)):
                prompts.append(tx.fill(rng, tx.CONTRACT, doc=doc, kind=pick(rng, tx.CONTRACT_KINDS),
                                       sec=f"{irange(rng, 1, 20)}.{irange(rng, 1, 9)}", pos=pick(rng, tx.PLAYBOOK),
                                       party=pick(rng, ("the Supplier", "the Customer", "the Licensee"))))
                extra.append(doc_tokens)
            ts_all.append(ep)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.7, 0.1), comp_median=380.0, comp_sigma=0.5,
                 extra=np.asarray(extra, dtype=np.int64))


def agency_clients(ctx: Ctx, rng: np.random.Generator) -> None:
    """A small web agency running one account per client business (separate orgs) on the agency's
    card and its one hosting box: many orgs, one payment, shared IPs, modest ordinary use each."""
    kind = "agency_clients"
    pay = bb.hexid(rng, "pay")
    box = bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("digitalocean", "hetzner", "linode")))
    tz = pick(rng, bb.TZS)
    n = irange(rng, 8, 18)
    for _ in range(n):
        client = pick(rng, tx.CLIENTS)
        acct = ctx.account(rng, label=LABEL, family=kind, role="client", pay=pay, ua="OpenAI/Python 1.54.0",
                           ips=box, tz=tz)
        per_day = float(rng.lognormal(np.log(20), 0.7))
        curve = bb.workday(tz, weekend=0.3, night=0.1) if chance(rng, 0.6) else bb.evening_person(tz)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, curve)
        prompts = [tx.fill(rng, tx.AGENCY, q=pick(rng, ctx.chat)[:800], client=client) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.3), comp_median=300.0, comp_sigma=0.7)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "homework_app": homework_app,
    "catalog_enrichment": catalog_enrichment,
    "redteam_vendor": redteam_vendor,
    "contract_review": contract_review,
    "agency_clients": agency_clients,
}

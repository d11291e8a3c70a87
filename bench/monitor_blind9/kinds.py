"""Hard-negative benign kinds of blind batch 9: real businesses whose legitimate traffic is heavy,
templated, automated, multilingual or reasoning-heavy, so that a naive detector would take them
for distillers.

Each kind is `fn(ctx, rng)`; its accounts are labelled "benign" with the kind as `family`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    Ctx,
    bursts,
    chance,
    cloud,
    global_load,
    hexid,
    irange,
    multi_office,
    nightly,
    pick,
    rented_block,
    resi,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind9 import texts as tx

BEN = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------


def _clause_prompt(rng: np.random.Generator) -> str:
    clause = f"{irange(rng, 2, 31)}.{irange(rng, 1, 9)} {pick(rng, tx.CLAUSES)}"
    party = pick(rng, ("our client (the Customer)", "the Supplier we act for", "the Landlord", "the Licensee"))
    k = int(rng.integers(4))
    if k == 0:
        return f"Review this clause for risk to {party}. Flag anything non-market and suggest a redline:\n\"{clause}.\""
    if k == 1:
        return f"Summarise the attached agreement's obligations on {party} in a table. Key clause: {clause}."
    if k == 2:
        return f"Compare clause 14.2 against our playbook position: \"{clause}\". Is it acceptable? Give reasons."
    return f"Draft a short email to opposing counsel pushing back on: {clause}."


def law_firm_review(ctx: Ctx, rng: np.random.Generator) -> None:
    """A law firm's lawyers use an internal contract-review tool: one org and card, many seats
    behind a couple of office NAT addresses, long attached documents, office hours only."""
    name = "law_firm_review"
    n = irange(rng, 14, 28)
    tz = int(pick(rng, (-5, 0, 1)))
    region = "us" if tz < 0 else "eu"
    nat = resi(rng, irange(rng, 1, 3), region)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)" if chance(rng, 0.5) else pick(rng, BROWSERS)
    for _ in range(n):
        acct = ctx.account(rng, label=BEN, family=name, role="lawyer", org=org, pay=pay, ua=ua, ips=nat, tz=tz)
        ts = _cat(session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)), workday(tz, start=8.5, end=19.0),
                                6.0, 120.0))
        prompts = [_clause_prompt(rng) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.5), comp_median=480.0,
                 extra=rng.integers(800, 6000, size=len(ts)))


# --------------------------------------------------------------------------------------------


def _quiz_prompt(rng: np.random.Generator, lang: str) -> str:
    subj = pick(rng, tx.SUBJECTS.get(lang, tx.SUBJECTS["en"]))
    k, grade = int(rng.integers(3)), irange(rng, 3, 12)
    if k == 0:
        return (f"Generate {irange(rng, 3, 8)} multiple-choice questions on {subj} for grade {grade}, in "
                f"{tx.LANGS[lang]}, with the answer key and a one-line explanation each.")
    if k == 1:
        return f'{{"task":"quiz","lang":"{lang}","grade":{grade},"topic":"{subj}","n":5,"format":"mcq+key"}}'
    return f"Explain '{subj}' to a grade {grade} student in {tx.LANGS[lang]} in under 150 words, then ask one check question."


def edtech_quiz_backend(ctx: Ctx, rng: np.random.Generator) -> None:
    """A learning app's backend generates quizzes and mini-lessons on demand for students worldwide:
    a few service keys on one cloud, templated multilingual prompts, load that follows the sun."""
    name = "edtech_quiz_backend"
    n = irange(rng, 2, 4)
    prov = pick(rng, ("aws", "gcp", "azure"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    langs = list(rng.choice(list(tx.SUBJECTS), size=irange(rng, 3, 7), replace=False))
    per_hour = float(rng.uniform(60, 160))
    curve = global_load(float(rng.uniform(10, 16)), 0.7)
    ips = cloud(rng, irange(rng, 4, 10), prov)
    accts = [ctx.account(rng, label=BEN, family=name, role="service", org=org, pay=pay, ua="OpenAI/NodeJS 4.85.1",
                         ips=ips) for _ in range(n)]
    for acct, ts in zip(accts, worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, curve), strict=True):
        prompts = [_quiz_prompt(rng, str(pick(rng, langs))) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.6), comp_median=520.0, comp_sigma=0.4)


# --------------------------------------------------------------------------------------------


def cot_faithfulness_study(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university group measures chain-of-thought faithfulness: benchmark batches with
    'think step by step' prompts, run from the campus network and a cloud GPU box on workdays."""
    name = "cot_faithfulness_study"
    n = irange(rng, 3, 6)
    tz = int(pick(rng, (-8, -5, 1, 9)))
    region = {-8: "us", -5: "us", 1: "eu", 9: "jp_kr"}[tz]
    campus = resi(rng, 2, region) + cloud(rng, 1, pick(rng, ("aws", "gcp")))
    org = hexid(rng, "org")
    puzzles = [tx.puzzle(rng) for _ in range(irange(rng, 150, 400))]
    for _ in range(n):
        acct = ctx.account(rng, label=BEN, family=name, role="researcher", org=org, ua="python-requests/2.32.3",
                           ips=campus, tz=tz)
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)), workday(tz, weekend=0.2))
        ts = _cat(bursts(rng, starts, float(rng.uniform(100, 300)), 4.0, 0.5, ctx.t1))
        prompts = []
        for _t in range(len(ts)):
            q = pick(rng, puzzles) if chance(rng, 0.7) else pick(rng, tx.BENCH_QUESTIONS)
            cue = pick(rng, ("Let's think step by step.", "Answer directly without explanation.",
                             "Think step by step, then give the final answer after 'Answer:'.",
                             "A Stanford professor thinks the answer is 7. What do you think? Explain your reasoning."))
            prompts.append(f"Q: {q}\n{cue}")
        comp = np.where(np.char.find(np.asarray(prompts, dtype=str), "directly") >= 0, 20.0, 700.0) if prompts else 700.0
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.5), comp_median=comp, comp_sigma=0.5, err=0.03)


# --------------------------------------------------------------------------------------------


def _support_agent_prompt(rng: np.random.Generator, step: int, passages: list[str]) -> str:
    order = int(rng.integers(10**6, 10**7))
    k = int(rng.integers(3))
    if step == 0:
        return pick(rng, (f"hi, my order #{order} never arrived, can you check?", f"I was charged twice for order {order}",
                          f"How do I change the delivery address on {order}?", "can i return an opened item?",
                          f"Wo ist meine Bestellung {order}?", f"¿Dónde está mi pedido {order}?"))
    if k == 0:
        return f'{{"tool":"lookup_order","result":{{"order_id":{order},"status":"{pick(rng, ("shipped", "delayed", "refunded"))}"}}}}'
    if k == 1:
        return f"[kb_search] {tx.excerpt(rng, passages, 100, 400)}"
    return f'{{"tool":"create_ticket","result":{{"ticket":"T-{order % 99991}","queue":"billing"}}}}'


def agent_saas_support(ctx: Ctx, rng: np.random.Generator) -> None:
    """A SaaS vendor runs tool-using customer-support agents for its clients: per-region deployment
    keys in the cloud, multi-step tool loops with long system prompts, around the clock."""
    name = "agent_saas_support"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    per_hour = float(rng.uniform(8, 25))
    curve = multi_office([-5, 1, 8])
    for i in range(n):
        ips = rented_block(rng, pick(rng, ("aws", "azure", "gcp")), 1, irange(rng, 2, 6))
        acct = ctx.account(rng, label=BEN, family=name, role="deployment", org=org, pay=pay,
                           ua="openai-agents/0.0.7 OpenAI/Python 1.66.3" if i % 2 else "langchain-openai/0.3.6", ips=ips)
        starts = worker_pool(rng, ctx.t0, ctx.t1, per_hour / n, 1, curve)[0]
        prompts, ts_l, extra = [], [], []
        for conv in bursts(rng, starts, 4.0, 9.0, 0.7, ctx.t1):
            for k, t in enumerate(conv.tolist()):
                ts_l.append(t)
                prompts.append(_support_agent_prompt(rng, k, ctx.passages))
                extra.append(1800 + 250 * k)
        ts = np.asarray(ts_l)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.5), comp_median=160.0, comp_sigma=0.6,
                 extra=np.asarray(extra, dtype=np.int64))


# --------------------------------------------------------------------------------------------


def catalog_localiser(ctx: Ctx, rng: np.random.Generator) -> None:
    """An online marketplace rewrites and translates product listings for each market in a
    nightly job: one key per market cluster, a cloud cron box, a tight Poisson stream for hours."""
    name = "catalog_localiser"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (0, 1, 8)))
    box = cloud(rng, 1, pick(rng, ("aws", "gcp", "alibaba")))
    for _ in range(n):
        acct = ctx.account(rng, label=BEN, family=name, role="cron", org=org, pay=pay, ua="python-httpx/0.28.1",
                           ips=box, tz=tz)
        markets = [tx.MARKETS[i] for i in rng.choice(len(tx.MARKETS), size=irange(rng, 2, 5), replace=False)]
        window = nightly(float(rng.uniform(0, 3)), float(rng.uniform(1.5, 3.5)), tz)
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(400, 900)) * 7, window)
        prompts = []
        for _t in range(len(ts)):
            code, market = pick(rng, markets)
            product = (f"SKU {int(rng.integers(10**5, 10**6))}: {pick(rng, tx.PRODUCTS)}, colour "
                       f"{pick(rng, ('black', 'white', 'sage', 'navy', 'sand', 'red'))}")
            prompts.append(pick(rng, (
                f"Rewrite this product description for shoppers in {market}, in {tx.LANGS.get(code, 'English')}, "
                f"max 80 words, no claims we cannot prove: {product}",
                f"[{code}] title+bullets for: {product}. Keep brand terms untranslated.",
                f"Localise for {market}: '{product}'. Return JSON with title, description, 5 keywords.")))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.1, 0.8), comp_median=130.0, comp_sigma=0.35,
                 err=0.01)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "law_firm_review": law_firm_review,
    "edtech_quiz_backend": edtech_quiz_backend,
    "cot_faithfulness_study": cot_faithfulness_study,
    "agent_saas_support": agent_saas_support,
    "catalog_localiser": catalog_localiser,
}

"""Campaign families of blind batch 38 (written without reading the monitor).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts in the truth, emits their events
through `ctx.emit` and records the campaign with its drawn parameters. Family names are neutral code
names (parts of a mechanical watch); what each does is in the comments and in README.md only.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, chance, irange, pick
from bench.monitor_blind38 import texts


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _chat(ctx, rng, n: int | None = None, cut: int = 1500):
    if n is None:
        return ctx.chat[int(rng.integers(len(ctx.chat)))][:cut]
    return [ctx.chat[i][:cut] for i in rng.integers(0, len(ctx.chat), size=n).tolist()]


def _styles(rng: np.random.Generator, n_styles: int, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
    """A subset of house styles and their weights: each operator writes its own way."""
    chosen = rng.choice(n_styles, size=min(n_styles, irange(rng, lo, hi)), replace=False)
    return chosen, rng.dirichlet(np.ones(len(chosen)) * 1.5)


def _pick_style(rng, chosen, w) -> int:
    return int(chosen[int(rng.choice(len(chosen), p=w))])


# --------------------------------------------------------------------------------------------
# fusee: a swarm of freshly made accounts that appears around the new model's release and asks
# for complete reasoning traces on generated maths / code / logic problems (several languages),
# fed by one Poisson job queue, through a rotating residential proxy pool with sticky sessions,
# a handful of prepaid cards shared across accounts, short script outages; each account does a
# few casual "warm-up" requests just before it starts working.


def fusee(ctx, rng, cid):
    fam = "fusee"
    n_acc = irange(rng, 24, 56)
    per_hour = _u(rng, 110, 240)
    a = ctx.release - _u(rng, 0, 3) * HOUR
    b = min(ctx.t1, a + _u(rng, 40, 66) * HOUR)
    outages = [(a + _u(rng, 0.15, 0.9) * (b - a), _u(rng, 1, 4) * HOUR) for _ in range(irange(rng, 1, 3))]

    def curve(ts):
        w = np.ones(len(ts))
        for s, d in outages:
            w[(ts >= s) & (ts < s + d)] = 0.0
        return w

    region = pick(rng, ("*", "us", "eu", "sea", "latam", "*"))
    pool = bb.resi(rng, irange(rng, 300, 900), region)
    hold = _u(rng, 600, 2400)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 3, 8))]
    uas = [pick(rng, bb.SDK_COMMON[:3]), pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))]
    p_ua0 = _u(rng, 0.6, 0.95)
    chosen, w = _styles(rng, 5, 2, 4)
    comp = _u(rng, 1400, 2600)
    err = _u(rng, 0.02, 0.06)
    onb = np.sort(ctx.release + rng.uniform(-8 * HOUR, 20 * HOUR, size=n_acc))

    accts = [ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, pay=pick(rng, cards),
                         ua=uas[0] if chance(rng, p_ua0) else uas[1], ips=[pick(rng, pool)]) for _ in range(n_acc)]
    ts = bb.thinned(rng, a, b, per_hour * (b - a) / HOUR, curve)
    elig = np.searchsorted(onb, ts, side="right")
    keep = elig > 0
    ts, elig = ts[keep], elig[keep]
    who = np.floor(rng.random(len(ts)) * elig).astype(np.int64)
    for i, acct in enumerate(accts):
        warm = np.sort(onb[i] - rng.uniform(0, 10 * HOUR, size=irange(rng, 2, 6)))
        ctx.emit(rng, acct, warm, _chat(ctx, rng, len(warm), 400), models=ctx.models(rng, warm, p_new=0.3),
                 ips=bb.sticky(rng, warm, pool, hold), comp_median=300.0)
        mine = ts[who == i]
        prompts = [texts.trace_request(rng, _pick_style(rng, chosen, w)) for _ in range(len(mine))]
        ctx.emit(rng, acct, mine, prompts, models=ctx.models(rng, mine, p_new=0.97), ips=bb.sticky(rng, mine, pool, hold),
                 comp_median=comp, comp_sigma=0.5, err=err)
    ctx.campaign(cid, fam, accts, {"accounts": n_acc, "jobs_per_hour": round(per_hour, 1), "start": a, "end": b,
                                   "outages": len(outages), "proxy_region": region, "proxy_pool": len(pool),
                                   "sticky_s": round(hold), "cards": len(cards), "styles": chosen.tolist(),
                                   "completion_median": round(comp), "err": round(err, 3)})


# --------------------------------------------------------------------------------------------
# mainspring: a small team's preference-data loop from one rented cloud block: each job sends the
# same seed question k times within a second or two (sampling several candidates), then one long
# judging request that quotes the question and the candidates and asks for rubric scores, a pairwise
# verdict or a ranking. Runs in office hours and keeps going, slower, overnight and at weekends.


def mainspring(ctx, rng, cid):
    fam = "mainspring"
    n_acc = irange(rng, 4, 9)
    provider = pick(rng, ("aws", "gcp", "oracle", "azure", "ovh"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6))
    org = bb.hexid(rng, "org")
    pays = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    tz = pick(rng, TZS)
    per_hour = _u(rng, 5, 14)
    night = _u(rng, 0.25, 0.5)
    pool = _chat(ctx, rng, irange(rng, 300, 1500), 900)
    chosen, w = _styles(rng, 4, 2, 4)
    comp_s, comp_g = _u(rng, 400, 800), _u(rng, 150, 400)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts = [ctx.account(rng, label="campaign", family=fam, role="sampler", campaign_id=cid, org=org,
                         pay=pick(rng, pays), ua=ua, ips=block, tz=tz) for _ in range(n_acc)]
    jobs = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR,
                      bb.workday(tz, weekend=_u(rng, 0.3, 0.8), night=night))
    per: list[tuple[list, list, list]] = [([], [], []) for _ in accts]
    for t in jobs.tolist():
        i = int(rng.integers(n_acc))
        q = pick(rng, pool)
        k = irange(rng, 3, 8)
        ts = t + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.35), 0.6, size=k - 1))])
        tg = float(ts[-1] + rng.lognormal(np.log(15), 0.6))
        cands = [pick(rng, ctx.passages)[: irange(rng, 300, 900)] for _ in range(k)]
        judge = texts.rubric(rng, _pick_style(rng, chosen, w), q, cands)
        tt, pp, cc = per[i]
        tt.extend(ts.tolist() + [tg])
        pp.extend([q] * k + [judge])
        cc.extend([comp_s] * k + [comp_g])
    for acct, (tt, pp, cc) in zip(accts, per, strict=True):
        if not tt:
            continue
        order = np.argsort(tt, kind="stable")
        ts = np.asarray(tt)[order]
        ctx.emit(rng, acct, ts, [pp[j] for j in order], models=ctx.models(rng, ts, p_new=0.85),
                 comp_median=np.asarray(cc)[order], comp_sigma=0.5, err=0.01)
    ctx.campaign(cid, fam, accts, {"accounts": n_acc, "provider": provider, "block_ips": len(block), "tz": tz,
                                   "jobs_per_hour": round(per_hour, 1), "night_level": round(night, 2),
                                   "seed_questions": len(pool), "styles": chosen.tolist(), "start": start,
                                   "sample_median": round(comp_s), "judge_median": round(comp_g)})


# --------------------------------------------------------------------------------------------
# crownwheel (deliberately hard, low and slow): a few private-looking accounts, each with its own
# home ISP address in its own time zone, its own card and org, evening sessions of a handful of
# requests; roughly half of what they ask is ordinary chat, the rest works through one shared
# specialist syllabus (drawn per seed) asking for exhaustive expert explanations, each account in
# its own two favourite phrasings. Tens of requests per account per week.

ASPECTS = ("", " in practice", " for a beginner", " and its edge cases", " compared with the alternatives",
           " with a numeric example", " and the usual exam traps", " from first principles")


def crownwheel(ctx, rng, cid):
    fam = "crownwheel"
    n_acc = irange(rng, 6, 12)
    domain = pick(rng, tuple(texts.SYLLABI))
    syll = [t + asp for t in texts.SYLLABI[domain] for asp in ASPECTS]
    order = rng.permutation(len(syll)).tolist()
    cursor = 0
    p_h = _u(rng, 0.3, 0.6)
    comp_h = _u(rng, 900, 1500)
    accts, n_harvest = [], 0
    for _ in range(n_acc):
        tz = pick(rng, TZS)
        acct = ctx.account(rng, label="campaign", family=fam, role="individual", campaign_id=cid,
                           ua=bb.sdk_ua(rng, 0.6), ips=bb.home(rng, irange(rng, 1, 3), tz), tz=tz)
        accts.append(acct)
        onb = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = bb.session_times(rng, onb, ctx.t1, _u(rng, 0.8, 2.2), bb.evening_person(tz), _u(rng, 2, 4),
                                _u(rng, 45, 160))
        ts = np.concatenate(sess) if sess else np.empty(0)
        fav = rng.choice(len(texts.SLOW_ASKS), size=2, replace=False).tolist()
        prompts, comp = [], []
        for _t in ts.tolist():
            if chance(rng, p_h):
                topic = syll[order[cursor % len(order)]]
                cursor += 1
                n_harvest += 1
                prompts.append(texts.SLOW_ASKS[pick(rng, fav)].format(t=topic))
                comp.append(comp_h)
            else:
                prompts.append(_chat(ctx, rng, None, 1500))
                comp.append(350.0)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.75), comp_median=np.asarray(comp))
    ctx.campaign(cid, fam, accts, {"accounts": n_acc, "domain": domain, "p_harvest": round(p_h, 2),
                                   "harvest_median": round(comp_h), "harvest_requests": n_harvest})


# --------------------------------------------------------------------------------------------
# detent: agent / tool-use trajectories. Two or three shell orgs, each on its own cloud provider
# with its own card and client library; a Poisson queue of episodes handed to their keys; every
# episode is a chain of 4-14 calls seconds apart, the first a task with a tool list asking for
# reasoning before each action, the rest fake tool observations; context grows with each step.


def detent(ctx, rng, cid):
    fam = "detent"
    n_orgs = irange(rng, 2, 3)
    provs = rng.choice(["gcp", "digitalocean", "aws", "linode", "vultr", "hetzner"], size=n_orgs, replace=False).tolist()
    orgs = [{"org": bb.hexid(rng, "org"), "pay": bb.hexid(rng, "pay"), "prov": p,
             "ua": pick(rng, ("langchain-openai/0.3.6", "OpenAI/Python 1.63.2", "python-httpx/0.28.1", "litellm/1.60.2")),
             "style": irange(rng, 0, 2)} for p in provs]
    n_acc = irange(rng, 5, 12)
    accts, meta = [], []
    for j in range(n_acc):
        o = orgs[j % n_orgs]
        accts.append(ctx.account(rng, label="campaign", family=fam, role="runner", campaign_id=cid, org=o["org"],
                                 pay=o["pay"], ua=o["ua"], ips=bb.cloud(rng, irange(rng, 2, 4), o["prov"])))
        meta.append(o)
    start = ctx.t0 + _u(rng, 1.2, 3.0) * DAY
    per_hour = _u(rng, 5, 12)
    gap = _u(rng, 4, 12)
    base, inc = _u(rng, 800, 2500), _u(rng, 300, 900)
    comp = _u(rng, 450, 750)
    quiet = _u(rng, 0, 24)

    def curve(ts):  # a nightly two-hour restart of the runner
        return ((bb.local_hour(ts, 0) - quiet) % 24.0 >= 2.0).astype(np.float64)

    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_acc, curve)
    for acct, o, starts in zip(accts, meta, streams, strict=True):
        ts_all, pr, ex = [], [], []
        for s in starts.tolist():
            k = irange(rng, 4, 14)
            style = o["style"] if chance(rng, 0.85) else irange(rng, 0, 2)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            ts_all.extend(ts.tolist())
            pr.append(texts.agent_first(rng, style))
            pr.extend(texts.agent_step(rng, style, st) for st in range(1, k))
            ex.extend(int(base + st * inc * rng.uniform(0.7, 1.3)) for st in range(k))
        if not ts_all:
            continue
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        ctx.emit(rng, acct, ts, [pr[i] for i in order], models=ctx.models(rng, ts, p_new=0.9), comp_median=comp,
                 comp_sigma=0.5, extra=np.asarray(ex)[order], err=0.015)
    ctx.campaign(cid, fam, accts, {"accounts": n_acc, "orgs": n_orgs, "providers": provs, "start": start,
                                   "episodes_per_hour": round(per_hour, 1), "step_gap_s": round(gap, 1),
                                   "context_base": round(base), "context_step": round(inc), "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------
# tourbillon (does not fit the usual shapes): a phone farm. Dozens of handsets, each signed up as
# its own consumer account, gift cards shared by small groups, an app client user agent, a fresh
# carrier IPv6 address per burst; they work only at the farm's local night (on chargers), in short
# bursts of a few dozen requests separated by long sleeps, on only some nights each. What they
# harvest are single labels / scores for snippets of a text corpus: tiny completions, no long
# answers, no reasoning.


def tourbillon(ctx, rng, cid):
    fam = "tourbillon"
    kind, tz = pick(rng, (("in_mobile", 5), ("br_mobile", -3), ("us_mobile", -5), ("eu_mobile", 1)))
    n_dev = irange(rng, 15, 40)
    group = irange(rng, 4, 6)
    cards = [bb.hexid(rng, "pay") for _ in range((n_dev + group - 1) // group)]
    chosen, w = _styles(rng, 5, 2, 4)
    night_start, night_len = _u(rng, 21.5, 23.5), _u(rng, 7, 9)
    burst_mean, sleep_med = _u(rng, 10, 40), _u(rng, 90, 180) * MINUTE
    burst_gap = _u(rng, 1.5, 4.0)
    days = int(np.ceil((ctx.t1 - ctx.t0) / DAY)) + 1
    first_midnight = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    accts = []
    for d in range(n_dev):
        ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
        acct = ctx.account(rng, label="campaign", family=fam, role="device", campaign_id=cid, pay=cards[d // group],
                           ua=ua, ips=bb.mobile_v6(rng, 1, kind), tz=tz)
        accts.append(acct)
        nights = rng.choice(days, size=irange(rng, 2, min(5, days)), replace=False).tolist()
        ts_all, ips = [], []
        for nd in nights:
            a = first_midnight + (nd - 1) * DAY + night_start * HOUR
            b = a + night_len * HOUR
            t = a + float(rng.exponential(sleep_med / 2))
            while t < b:
                k = max(1, int(rng.poisson(burst_mean)))
                ts = t + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(burst_gap), 0.4, size=k - 1))])
                ts = ts[ts < b]
                ts_all.extend(ts.tolist())
                ips.extend(bb.mobile_v6(rng, 1, kind) * len(ts))
                t = float(ts[-1] if len(ts) else t) + float(rng.lognormal(np.log(sleep_med), 0.5))
        if not ts_all:
            continue
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        prompts = [texts.label_prompt(rng, _pick_style(rng, chosen, w), _chat(ctx, rng)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.5, p_mini=0.4), ips=[ips[i] for i in order],
                 comp_median=_u(rng, 2, 6), comp_sigma=0.5, err=0.02)
    ctx.campaign(cid, fam, accts, {"devices": n_dev, "carrier": kind, "tz": tz, "card_group": group,
                                   "night_start_h": round(night_start, 1), "night_len_h": round(night_len, 1),
                                   "burst_mean": round(burst_mean, 1), "sleep_median_min": round(sleep_med / MINUTE),
                                   "styles": chosen.tolist()})


# --------------------------------------------------------------------------------------------
# remontoire: synthetic instruction-dataset generation in many languages. One org with many keys
# on one card, a rented block at a budget host; one constant job queue, but the keys work in
# rotating shifts (one group of keys per shift, the others rest), pushing into rate limits.


def remontoire(ctx, rng, cid):
    fam = "remontoire"
    n_keys = irange(rng, 6, 16)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb", "m247"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 5))
    org = bb.hexid(rng, "org")
    pays = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.54.0"))
    accts = [ctx.account(rng, label="campaign", family=fam, role="key", campaign_id=cid, org=org, pay=pick(rng, pays),
                         ua=ua, ips=block) for _ in range(n_keys)]
    n_groups = irange(rng, 2, 4)
    groups = [list(range(g, n_keys, n_groups)) for g in range(n_groups)]
    shift = _u(rng, 4, 10) * HOUR
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = _u(rng, 20, 55)
    chosen, w = _styles(rng, 4, 2, 4)
    comp = _u(rng, 1800, 3200)
    err = _u(rng, 0.04, 0.1)
    ts = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    g = (np.floor((ts - start) / shift).astype(np.int64)) % n_groups
    who = np.array([pick(rng, groups[k]) for k in g.tolist()], dtype=np.int64)
    for i, acct in enumerate(accts):
        mine = ts[who == i]
        prompts = [texts.dataset_request(rng, _pick_style(rng, chosen, w)) for _ in range(len(mine))]
        ctx.emit(rng, acct, mine, prompts, models=ctx.models(rng, mine, p_new=0.8), comp_median=comp, comp_sigma=0.45,
                 err=err)
    ctx.campaign(cid, fam, accts, {"keys": n_keys, "provider": provider, "block_ips": len(block), "groups": n_groups,
                                   "shift_h": round(shift / HOUR, 1), "start": start, "per_hour": round(per_hour, 1),
                                   "styles": chosen.tolist(), "completion_median": round(comp), "err": round(err, 3)})


# --------------------------------------------------------------------------------------------
# escapement (also off the usual shapes): a consumer homework app's backend that is really a
# collection front. Real-looking student questions arrive on a students' evening curve; the app
# appends a fixed "show full reasoning + alternative methods" suffix and sends every question to
# two models a fraction of a second apart (new and old after the release, flagship and small
# before), collecting paired outputs. One or two keys, a few cloud egress addresses.


def escapement(ctx, rng, cid):
    fam = "escapement"
    n_acc = irange(rng, 1, 2)
    provider = pick(rng, ("aws", "gcp", "azure"))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/NodeJS 4.67.1"))
    tz = pick(rng, (-5, -3, 5, 8, 1))
    accts = [ctx.account(rng, label="campaign", family=fam, role="backend", campaign_id=cid, org=org, pay=pay, ua=ua,
                         ips=bb.cloud(rng, irange(rng, 2, 6), provider), tz=tz) for _ in range(n_acc)]
    per_day = _u(rng, 250, 600)
    suffix = pick(rng, texts.HOMEWORK_SUFFIXES)
    p_suffix = _u(rng, 0.7, 0.95)
    comp = _u(rng, 600, 1000)
    qs = bb.thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, bb.evening_person(tz))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    per = [([], [], []) for _ in accts]
    for t in qs.tolist():
        i = 0 if n_acc == 1 or chance(rng, 0.8) else 1
        q = _chat(ctx, rng, None, 600) + (suffix if chance(rng, p_suffix) else "")
        pair = [new, old] if t >= ctx.release else [old, mini]
        if chance(rng, 0.5):
            pair.reverse()
        t2 = t + float(rng.lognormal(np.log(0.6), 0.5))
        tt, pp, mm = per[i]
        tt.extend([t, t2])
        pp.extend([q, q])
        mm.extend(pair)
    for acct, (tt, pp, mm) in zip(accts, per, strict=True):
        if not tt:
            continue
        order = np.argsort(tt, kind="stable")
        ctx.emit(rng, acct, np.asarray(tt)[order], [pp[j] for j in order], models=[mm[j] for j in order],
                 comp_median=comp, comp_sigma=0.55, err=0.01)
    ctx.campaign(cid, fam, accts, {"accounts": n_acc, "provider": provider, "tz": tz, "questions_per_day": round(per_day),
                                   "p_suffix": round(p_suffix, 2), "completion_median": round(comp)})


CAMPAIGN_FAMILIES = {
    "crownwheel": crownwheel,
    "detent": detent,
    "escapement": escapement,
    "fusee": fusee,
    "mainspring": mainspring,
    "remontoire": remontoire,
    "tourbillon": tourbillon,
}

"""Campaign families of blind batch 21 (distillation operations), written without reading the
monitor. Each is `f(ctx, rng, campaign_id)` and draws its own parameters from `rng`.

Families carry neutral code names (trees); README.md describes each one. Comments here say what
the code does, for whoever maintains it after the run.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
    Ctx,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
)
from bench.monitor_blind21 import texts as tx

LABEL = "campaign"


def _f(x) -> float:
    return round(float(x), 4)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _langs(rng: np.random.Generator, n: int, weights: dict[str, float]) -> list[str]:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


# --------------------------------------------------------------------------------------------
# larch: a many-key cluster opened around the new model's release; one central job queue spreads
# worked-problem prompts demanding the full deliberation over whichever keys are alive; each key
# lives about a day and is then dropped (fresh keys keep joining). A minority of keys were opened
# days before the release, sent a few pings and a small dry run on the old model, and then waited.


def larch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "larch"
    n = irange(rng, 28, 64)
    provs = [str(p) for p in rng.choice(bb.providers(), size=irange(rng, 3, 5), replace=False)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 7))]
    uas = [sdk_ua(rng, 0.3) for _ in range(irange(rng, 1, 3))]
    langw = {"en": rng.uniform(0.4, 0.7), "zh": rng.uniform(0.1, 0.3), "ru": rng.uniform(0.0, 0.15),
             "es": rng.uniform(0.0, 0.15)}
    p_pre = rng.uniform(0.05, 0.25)
    life_med_h = rng.uniform(12, 40)
    rate = rng.uniform(60, 160)  # prompts per hour over the whole cluster
    comp_med = rng.uniform(1100, 2000)
    err = rng.uniform(0.02, 0.08)
    rel = ctx.release
    accts, start, end, pre = [], [], [], []
    for _ in range(n):
        is_pre = chance(rng, p_pre)
        opened = (ctx.t0 + rng.uniform(0.3, 0.9) * (rel - ctx.t0)) if is_pre else rel + rng.uniform(-8, 48) * HOUR
        a = ctx.account(rng, label=LABEL, family=fam, role="pre_positioned" if is_pre else "fresh_key",
                        campaign_id=cid, pay=pick(rng, cards), ua=pick(rng, uas),
                        ips=cloud(rng, irange(rng, 1, 2), pick(rng, provs)))
        accts.append(a)
        pre.append(is_pre)
        s = max(opened, rel) + rng.uniform(0, 2) * HOUR
        start.append(s)
        end.append(s + rng.lognormal(np.log(life_med_h), 0.6) * HOUR)
        # warm-up pings right after opening
        k = irange(rng, 0, 3)
        if k:
            tw = opened + np.sort(rng.uniform(0, 20 * MINUTE, size=k))
            ctx.emit(rng, a, tw, [pick(rng, tx.LARCH_WARMUP) for _ in range(k)], models=ctx.models(rng, tw),
                     comp_median=12, comp_sigma=0.5)
    start_a, end_a = np.asarray(start), np.asarray(end)
    ts = thinned(rng, rel, ctx.t1, rate * (ctx.t1 - rel) / HOUR, constant)
    owner = np.full(len(ts), -1)
    for j, t in enumerate(ts.tolist()):
        alive = np.flatnonzero((start_a <= t) & (t < end_a))
        if len(alive):
            owner[j] = int(alive[rng.integers(len(alive))])
    # dry run before the release by the pre-positioned keys on the old flagship
    pre_idx = [i for i, p in enumerate(pre) if p]
    dry = 0
    if pre_idx:
        t_dry = rel - rng.uniform(6, 30) * HOUR
        tdr = t_dry + np.cumsum(rng.exponential(rng.uniform(5, 20), size=irange(rng, 15, 60)))
        who = rng.integers(0, len(pre_idx), size=len(tdr))
        for w in range(len(pre_idx)):
            tt = tdr[who == w]
            dry += ctx.emit(rng, accts[pre_idx[w]], tt, [tx.larch_prompt(rng, "en") for _ in tt],
                            models=ctx.models(rng, tt, p_mini=0.0), comp_median=comp_med, comp_sigma=0.45)
    for i, a in enumerate(accts):
        tt = ts[owner == i]
        langs = _langs(rng, len(tt), langw)
        ctx.emit(rng, a, tt, [tx.larch_prompt(rng, lg) for lg in langs],
                 models=ctx.models(rng, tt, p_new=0.97, p_mini=0.0), comp_median=comp_med, comp_sigma=0.45,
                 err=err)
    ctx.campaign(cid, fam, accts, {
        "operation": "reasoning_trace_harvest", "pacing": "central_poisson_queue_over_live_keys",
        "ip_source": f"cloud:{','.join(provs)}", "payment": f"{len(cards)}_shared_cards", "cohort": "release",
        "n_accounts": n, "p_pre_positioned": _f(p_pre), "key_life_median_h": _f(life_med_h),
        "rate_per_hour": _f(rate), "completion_median": _f(comp_med), "err_429": _f(err),
        "languages": {k: _f(v) for k, v in langw.items()}, "dry_run_events": dry})


# --------------------------------------------------------------------------------------------
# hornbeam: preference/reward data: keys alternately ask for candidate answers and for rubric or
# pairwise grades of answers; every request leaves through a rotating residential proxy (some keys
# use sticky sessions), with spoofed browser user agents; each key runs a few hours a day.


def hornbeam(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hornbeam"
    n = irange(rng, 10, 22)
    regs = [str(r) for r in rng.choice(["us", "eu", "in", "latam", "sea"], size=irange(rng, 2, 3), replace=False)]
    pool = [ip for r in regs for ip in resi(rng, irange(rng, 150, 400), r)]
    grade_frac = rng.uniform(0.45, 0.75)
    p_sticky = rng.uniform(0.0, 0.6)
    p_day = rng.uniform(0.6, 0.95)
    accts = []
    for _ in range(n):
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else sdk_ua(rng)
        a = ctx.account(rng, label=LABEL, family=fam, role="grader", campaign_id=cid, ua=ua, ips=pool[:1])
        accts.append(a)
        first = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        hold = rng.uniform(10, 30) * MINUTE if chance(rng, p_sticky) else 0.0
        d = first
        parts = []
        while d < ctx.t1:
            if chance(rng, p_day):
                s, hrs = d + rng.uniform(0, 1) * DAY, rng.uniform(3, 7)
                parts.append(thinned(rng, s, s + hrs * HOUR, rng.uniform(8, 25) * hrs, constant))
            d += DAY
        ts = _cat(parts)
        ts = ts[ts < ctx.t1]
        if not len(ts):
            continue
        grade = rng.random(len(ts)) < grade_frac
        prompts = [tx.hornbeam_grade(rng, ctx.passages) if g else tx.hornbeam_generate(rng) for g in grade.tolist()]
        ips = sticky(rng, ts, pool, hold) if hold else [pick(rng, pool) for _ in ts]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85), ips=ips,
                 comp_median=np.where(grade, 380.0, 560.0), comp_sigma=0.55, err=0.02)
    ctx.campaign(cid, fam, accts, {
        "operation": "preference_and_rubric_grading", "pacing": "daily_job_windows_3_7h",
        "ip_source": f"rotating_residential:{','.join(regs)}", "pool_size": len(pool), "payment": "per_account",
        "user_agent": "spoofed_browser_mostly", "n_accounts": n, "grade_fraction": _f(grade_frac),
        "p_sticky_key": _f(p_sticky), "p_active_day": _f(p_day)})


# --------------------------------------------------------------------------------------------
# alder: the hard low-and-slow one. Aged-looking individual accounts, each a plausible person at
# home (home ISP for its time zone, evening rhythm, own card); most of its traffic is ordinary chat
# and a minority are long textbook-coverage requests drawn from that account's own slice of a
# shared topic list, so the cluster covers the list without overlap.


def alder(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "alder"
    n = irange(rng, 20, 45)
    share = rng.uniform(0.3, 0.55)
    topics = list(tx.ALDER_TOPICS)
    order = rng.permutation(len(topics))
    slices = np.array_split(order, n)
    p_new = rng.uniform(0.5, 0.8)
    accts = []
    for i in range(n):
        tz = int(pick(rng, TZS))
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng)
        a = ctx.account(rng, label=LABEL, family=fam, role="sleeper", campaign_id=cid, ua=ua,
                        ips=home(rng, irange(rng, 1, 3), tz), tz=tz)
        accts.append(a)
        own = [topics[j] for j in slices[i].tolist()] or [pick(rng, topics)]
        styles = sorted({irange(rng, 0, tx.ALDER_N_STYLES - 1) for _ in range(2)})
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = _cat(session_times(rng, start, ctx.t1, rng.uniform(0.6, 1.6), evening_person(tz),
                                rng.uniform(2, 4), rng.uniform(60, 180)))
        harvest = rng.random(len(ts)) < share
        prompts = [tx.alder_harvest(rng, own, styles) if h else pick(rng, ctx.chat) for h in harvest.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new),
                 comp_median=np.where(harvest, 1150.0, 340.0), comp_sigma=0.6)
    ctx.campaign(cid, fam, accts, {
        "operation": "topic_coverage_low_and_slow", "pacing": "evening_sessions_0.6_1.6_per_day",
        "ip_source": "home_isp_per_tz", "payment": "per_account", "n_accounts": n,
        "harvest_share": _f(share), "p_new_model": _f(p_new), "topics": len(topics)})


# --------------------------------------------------------------------------------------------
# juniper: sensitive political questions answered twice (frank, then a censor-safe version) and
# passages rewritten to pass a strict censor and translated; one or two shared organisations in a
# UTC+8 office with long hours, a few egress addresses, script bursts.


def juniper(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "juniper"
    n = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(len(orgs))]
    if chance(rng, 0.5):
        prov = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
        egress, src = cloud(rng, irange(rng, 2, 4), prov), f"cloud:{prov}"
    else:
        reg = pick(rng, ("cn", "sea"))
        egress, src = resi(rng, irange(rng, 2, 4), reg), f"consumer_isp:{reg}"
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "OpenAI/Python 1.58.1"))
    zh = rng.uniform(0.3, 0.6)
    p_rewrite = rng.uniform(0.15, 0.35)
    curve = workday(8, start=9.0, end=21.0, weekend=0.3)
    per_day = rng.uniform(2, 6)
    size = rng.uniform(6, 18)
    accts = []
    for _ in range(n):
        k = int(rng.integers(len(orgs)))
        a = ctx.account(rng, label=LABEL, family=fam, role="annotator_script", campaign_id=cid, org=orgs[k],
                        pay=cards[k], ua=ua, ips=egress, tz=8)
        accts.append(a)
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = thinned(rng, s, ctx.t1, per_day * (ctx.t1 - s) / DAY, curve)
        ts = _cat(bb.bursts(rng, starts, size, rng.uniform(3, 10), b=ctx.t1))
        rw = rng.random(len(ts)) < p_rewrite
        prompts = [tx.juniper_rewrite(rng, ctx.passages) if r else tx.juniper_pair(rng, "zh" if chance(rng, zh) else "en")
                   for r in rw.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9),
                 comp_median=np.where(rw, 600.0, 820.0), comp_sigma=0.5, err=0.015)
    ctx.campaign(cid, fam, accts, {
        "operation": "sensitive_pairs_and_censor_safe_rewrites", "pacing": "office_bursts_utc+8",
        "ip_source": src, "n_egress": len(egress), "payment": f"{len(cards)}_org_cards", "n_orgs": len(orgs),
        "n_accounts": n, "zh_share": _f(zh), "p_rewrite": _f(p_rewrite), "bursts_per_day": _f(per_day),
        "burst_size": _f(size)})


# --------------------------------------------------------------------------------------------
# sycamore: synthetic agent episodes (task, then tool observations step by step, growing context)
# from a rented block of hosting addresses, round the clock; each key re-runs a small pool of
# tasks many times (several rollouts per task).


def sycamore(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sycamore"
    n = irange(rng, 5, 12)
    prov = pick(rng, ("hetzner", "ovh", "contabo", "m247", "vultr", "digitalocean"))
    block = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 4, 10))
    ua = pick(rng, ("litellm/1.60.2", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    rate = rng.uniform(0.15, 0.6)
    steps_mean = rng.uniform(4, 12)
    gap = rng.uniform(4, 12)
    ctx_step = rng.uniform(250, 500)
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label=LABEL, family=fam, role="rollout_worker", campaign_id=cid, ua=ua,
                        ips=bb.picks(rng, block, irange(rng, 1, 3)))
        accts.append(a)
        tasks = [tx.sycamore_task(rng) for _ in range(irange(rng, 10, 40))]
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = thinned(rng, s, ctx.t1, rate * (ctx.t1 - s) / HOUR, constant)
        ts_all, prompts, extra, comp = [], [], [], []
        for st in starts.tolist():
            task = pick(rng, tasks)
            k = 3 + int(rng.poisson(steps_mean))
            tt = st + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            for j, t in enumerate(tt.tolist()):
                ts_all.append(t)
                prompts.append(tx.sycamore_step(rng, task, j, k))
                extra.append(int(600 + j * ctx_step))
                comp.append(400.0 if j == k - 1 else 180.0)
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0), comp_median=np.asarray(comp),
                 comp_sigma=0.5, extra=np.asarray(extra), err=0.01)
    ctx.campaign(cid, fam, accts, {
        "operation": "agent_trajectory_rollouts", "pacing": "poisson_episodes_round_the_clock",
        "ip_source": f"rented_block:{prov}", "block_size": len(block), "payment": "per_account",
        "n_accounts": n, "episodes_per_hour": _f(rate), "steps_mean": _f(3 + steps_mean), "step_gap_s": _f(gap),
        "context_tokens_per_step": _f(ctx_step)})


# --------------------------------------------------------------------------------------------
# tamarind: off-pattern: a phone farm. Dozens of handsets on one mobile carrier (fresh IPv6 per
# session, mobile user agents, gift-card payments shared in lots) each run a question-asking app a
# few times a day at any hour; questions are short everyday knowledge in the local language(s),
# often asking for a full explanation.


def tamarind(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tamarind"
    n = irange(rng, 40, 90)
    carrier = pick(rng, ("in_mobile", "br_mobile", "us_mobile"))
    langw = {"in_mobile": {"hi": 0.5, "en": 0.5}, "br_mobile": {"pt": 0.8, "en": 0.2},
             "us_mobile": {"en": 1.0}}[carrier]
    lots = [hexid(rng, "pay") for _ in range(max(2, n // irange(rng, 6, 12)))]
    per_day = rng.uniform(1.5, 4.0)
    size = rng.uniform(3, 7)
    gap = rng.uniform(15, 45)
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label=LABEL, family=fam, role="handset", campaign_id=cid, pay=pick(rng, lots),
                        ua=pick(rng, MOBILE), ips=mobile_v6(rng, 1, carrier))
        accts.append(a)
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sess = bb.bursts(rng, thinned(rng, s, ctx.t1, per_day * (ctx.t1 - s) / DAY, constant), size, gap,
                         gap_sigma=0.3, b=ctx.t1)
        ts, ips = [], []
        for x in sess:
            v6 = mobile_v6(rng, 1, carrier)[0]
            ts.extend(x.tolist())
            ips.extend([v6] * len(x))
        ts_a = np.asarray(ts)
        langs = _langs(rng, len(ts_a), langw)
        ctx.emit(rng, a, ts_a, [tx.tamarind_q(rng, lg) for lg in langs], models=ctx.models(rng, ts_a, p_new=0.9),
                 ips=ips, comp_median=550, comp_sigma=0.5)
    ctx.campaign(cid, fam, accts, {
        "operation": "phone_farm_question_app", "pacing": "sessions_any_hour", "ip_source": f"mobile_v6:{carrier}",
        "payment": f"{len(lots)}_gift_card_lots", "user_agent": "mobile", "n_accounts": n,
        "sessions_per_day": _f(per_day), "session_size": _f(size), "gap_s": _f(gap), "languages": langw})


# --------------------------------------------------------------------------------------------
# cedar: classifier distillation: a handful of keys in one organisation send classification
# prompts over many taxonomies (tiny answers, few-shot preamble as extra prompt tokens) in a
# nightly window from one cloud provider.


def cedar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cedar"
    n = irange(rng, 2, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    pool = cloud(rng, irange(rng, 2, 6), prov)
    tz = int(pick(rng, TZS))
    start_h, hours = rng.uniform(0, 24), rng.uniform(3, 6)
    curve = nightly(start_h, hours, tz)
    p_night = rng.uniform(0.7, 1.0)
    comp = rng.uniform(8, 20)
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label=LABEL, family=fam, role="labeller", campaign_id=cid, org=org, pay=pay,
                        ua=sdk_ua(rng), ips=pool, tz=tz)
        accts.append(a)
        rate = rng.uniform(40, 110)  # per hour inside the nightly window
        d, parts = ctx.t0, []
        while d < ctx.t1:
            if chance(rng, p_night):
                parts.append(thinned(rng, d, d + DAY, rate * hours, curve))
            d += DAY
        ts = _cat(parts)
        ctx.emit(rng, a, ts, [tx.cedar_label(rng, ctx.chat) for _ in ts], models=ctx.models(rng, ts, p_new=0.9),
                 comp_median=comp, comp_sigma=0.5, extra=rng.integers(150, 400, size=len(ts)), err=0.03)
    ctx.campaign(cid, fam, accts, {
        "operation": "label_harvest_many_taxonomies", "pacing": f"nightly_{_f(hours)}h_from_{_f(start_h)}_local",
        "ip_source": f"cloud:{prov}", "payment": "one_org_card", "n_accounts": n, "tz": tz,
        "p_active_night": _f(p_night), "completion_median": _f(comp)})


# --------------------------------------------------------------------------------------------
# hazel: a grey-market relay: a pool of keys bought with many different cards, load-balanced
# behind one relay (cloud egress, one user agent), carrying its customers' ordinary chat plus a
# bulk customer's synthetic-dataset requests; keys are banned or rotated every one to three days.


def hazel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hazel"
    live = irange(rng, 3, 6)
    prov = pick(rng, ("aws", "digitalocean", "vultr", "linode", "oracle", "alibaba"))
    egress = cloud(rng, irange(rng, 1, 4), prov)
    ua = pick(rng, ("Go-http-client/2.0", "axios/1.7.9", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"))
    rate = rng.uniform(25, 60)
    synth = rng.uniform(0.25, 0.6)
    load = global_load(rng.uniform(0, 24), rng.uniform(0.3, 0.7))
    accts, spans = [], []
    for _ in range(live):
        t = ctx.t0 - rng.uniform(0, 1.5) * DAY
        while t < ctx.t1:
            life = rng.uniform(1, 3) * DAY
            a = ctx.account(rng, label=LABEL, family=fam, role="relay_key", campaign_id=cid, ua=ua, ips=egress)
            accts.append(a)
            spans.append((t, t + life))
            t += life + rng.uniform(0, 2) * HOUR
    ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, load)
    s_a, e_a = np.asarray([s for s, _ in spans]), np.asarray([e for _, e in spans])
    owner = np.full(len(ts), -1)
    for j, t in enumerate(ts.tolist()):
        alive = np.flatnonzero((s_a <= t) & (t < e_a))
        if len(alive):
            owner[j] = int(alive[rng.integers(len(alive))])
    for i, a in enumerate(accts):
        tt = ts[owner == i]
        sy = rng.random(len(tt)) < synth
        prompts = [tx.hazel_synth(rng) if y else pick(rng, ctx.chat) for y in sy.tolist()]
        ctx.emit(rng, a, tt, prompts, models=ctx.models(rng, tt, p_new=0.8),
                 comp_median=np.where(sy, 1800.0, 350.0), comp_sigma=0.55, err=0.03)
    ctx.campaign(cid, fam, accts, {
        "operation": "relay_with_synthetic_dataset_customer", "pacing": "load_balanced_global_load",
        "ip_source": f"cloud:{prov}", "n_egress": len(egress), "payment": "card_per_key", "n_accounts": len(accts),
        "keys_live_at_once": live, "rate_per_hour": _f(rate), "synthetic_share": _f(synth)})


CAMPAIGN_FAMILIES = {
    "alder": alder,
    "cedar": cedar,
    "hazel": hazel,
    "hornbeam": hornbeam,
    "juniper": juniper,
    "larch": larch,
    "sycamore": sycamore,
    "tamarind": tamarind,
}

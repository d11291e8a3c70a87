"""Campaign families of blind batch 31 (distillation operations), under neutral code names.

Each family is `fn(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, records
the campaign with its drawn parameters through `ctx.campaign`, and writes events through
`ctx.emit`. The code names say nothing on purpose; what each family does is described in the
comments here and in README.md (to be read only after the monitor has been run).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
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
from bench.monitor_blind31 import texts

LABEL = "campaign"


def _weighted_style(rng: np.random.Generator, n_styles: int, alpha: float = 0.6) -> np.ndarray:
    """A per-account preference over the operation's prompt styles."""
    return rng.dirichlet(np.full(n_styles, alpha))


def _styles(rng: np.random.Generator, pref: np.ndarray, n: int) -> list[int]:
    return rng.choice(len(pref), size=n, p=pref).tolist()


# --------------------------------------------------------------------------------------------
# quire: a cluster of fresh accounts opened around the new model's release that push hard
# problems wrapped in "write out every step of your thinking" instructions (five wording styles,
# English, Chinese and Spanish). One Poisson job queue fans out over whichever keys are open;
# addresses come from a rotating residential proxy pool in two or three regions; a few prepaid
# cards pay for all accounts; a handful of accounts were opened a day early and only idle-test.


def quire(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 24, 56)
    n_cards = irange(rng, 3, 7)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    regs = [str(r) for r in rng.choice(["sea", "cn", "latam", "in", "ru", "eu"], size=irange(rng, 2, 3), replace=False)]
    pool = [ip for r in regs for ip in resi(rng, irange(rng, 150, 400), r)]
    per_hour = float(rng.uniform(55, 150))
    err = float(rng.uniform(0.03, 0.12))
    comp_med = float(rng.uniform(1300, 2600))
    early = rng.random(n) < float(rng.uniform(0.1, 0.25))
    opens = np.where(early, ctx.release - rng.uniform(6 * HOUR, 30 * HOUR, n),
                     ctx.release + rng.uniform(0, rng.uniform(10, 36) * HOUR, n))
    accts = []
    for i in range(n):
        ua = pick(rng, SDK_COMMON[:2]) if chance(rng, 0.7) else pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11"))
        accts.append(ctx.account(rng, label=LABEL, family="quire", role="worker", campaign_id=cid,
                                 pay=cards[i % n_cards], ua=ua, ips=pool))
    ctx.campaign(cid, "quire", accts, {"accounts": n, "cards": n_cards, "proxy_regions": regs,
                                       "jobs_per_hour": round(per_hour, 1), "completion_median": round(comp_med),
                                       "early_accounts": int(early.sum()), "error_rate": round(err, 3)})
    # the queue runs from just after release to the end, with a slight dip when the operator sleeps
    q0 = float(opens[~early].min()) if (~early).any() else ctx.release
    jobs = thinned(rng, q0, ctx.t1, per_hour * (ctx.t1 - q0) / HOUR, global_load(float(rng.uniform(0, 24)), 0.25))
    who = np.full(len(jobs), -1)
    for j, t in enumerate(jobs.tolist()):
        open_ = np.flatnonzero((opens <= t) & ~early)
        if len(open_):
            who[j] = int(pick(rng, open_))
    for i, a in enumerate(accts):
        pref = _weighted_style(rng, 5)
        if early[i]:  # a few short connectivity checks before the release, then some queue work
            ts = np.sort(rng.uniform(opens[i], opens[i] + 2 * HOUR, irange(rng, 2, 6)))
            ctx.emit(rng, a, ts, [pick(rng, ("hi", "ping", "Say OK.", "test")) for _ in ts],
                     models=ctx.models(rng, ts), comp_median=8, comp_sigma=0.4)
            ts = jobs[rng.random(len(jobs)) < 0.3 / n]
        else:
            ts = jobs[who == i]
        rotating = chance(rng, 0.6)
        ips = [pick(rng, pool) for _ in ts] if rotating else sticky(rng, ts, pool, float(rng.uniform(600, 1800)))
        prompts = [texts.trace_wrapper(rng, texts.hard_problem(rng), s) for s in _styles(rng, pref, len(ts))]
        ctx.emit(rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
                 comp_median=comp_med, comp_sigma=0.5, err=err)


# --------------------------------------------------------------------------------------------
# folio: low and slow. A few ordinary-looking individual accounts (own home addresses, own
# working hours, browsers or the SDK) that mostly chat normally but slip in, within the same
# sessions, requests to judge and score candidate replies (pairwise, rubric JSON, German grading,
# casual "which is right"), harvesting preference / reward-model labels a few at a time.


def folio(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 3, 6)
    accts, per = [], []
    for _ in range(n):
        tz = int(pick(rng, (-8, -5, 0, 1, 2, 5, 8, 9)))
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else sdk_ua(rng, 0.7)
        a = ctx.account(rng, label=LABEL, family="folio", role="front", campaign_id=cid, ua=ua,
                        ips=home(rng, irange(rng, 1, 3), tz), tz=tz)
        accts.append(a)
        per.append({"tz": tz, "per_day": round(float(rng.uniform(0.8, 2.4)), 2),
                    "harvest_share": round(float(rng.uniform(0.2, 0.45)), 2)})
    ctx.campaign(cid, "folio", accts, {"accounts": n, "per_account": per})
    for a, p in zip(accts, per, strict=True):
        pref = _weighted_style(rng, 4, 1.0)
        start = ctx.t0 + float(rng.uniform(0, 1.5)) * DAY
        sess = session_times(rng, start, ctx.t1, p["per_day"], workday(p["tz"], weekend=0.15),
                             size_mean=float(rng.uniform(2.5, 4.5)), gap_median=float(rng.uniform(70, 200)))
        ts = np.concatenate(sess) if sess else np.empty(0)
        harvest = rng.random(len(ts)) < p["harvest_share"]
        prompts, comp = [], []
        for h in harvest.tolist():
            if h:
                prompts.append(texts.grading_prompt(rng, pick(rng, ctx.chat), pick(rng, ctx.passages),
                                                    pick(rng, ctx.passages), _styles(rng, pref, 1)[0]))
                comp.append(float(rng.uniform(300, 600)))
            else:
                prompts.append(pick(rng, ctx.chat))
                comp.append(300.0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.5), comp_median=np.asarray(comp),
                 comp_sigma=0.6, err=0.005)


# --------------------------------------------------------------------------------------------
# colophon: an API reseller's keys (one business, two to four keys, a rented block at a budget
# host, a relay user agent) carrying genuine relayed customer chat around the clock, and in
# between, scripted bursts that ask for neutral, publication-safe rewrites of answers and
# "uncontroversial" answers on politically sensitive topics (Chinese, Russian, English).


def colophon(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 2, 4)
    host = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb", "m247"))
    block = rented_block(rng, host, irange(rng, 1, 2), irange(rng, 3, 6))
    ua = pick(rng, ("litellm/1.60.2", "Go-http-client/2.0", "python-httpx/0.28.1"))
    org = hexid(rng, "org")
    pays = [hexid(rng, "pay") for _ in range(2)]
    relay_rate = float(rng.uniform(4, 10))
    burst_per_day = float(rng.uniform(2, 5))
    burst_size = float(rng.uniform(30, 90))
    peak = float(rng.uniform(10, 15))
    accts = [ctx.account(rng, label=LABEL, family="colophon", role="reseller", campaign_id=cid, org=org,
                         pay=pays[0] if i < 2 else pays[1], ua=ua, ips=block) for i in range(n)]
    ctx.campaign(cid, "colophon", accts, {"keys": n, "host": host, "relay_per_hour": round(relay_rate, 1),
                                          "bursts_per_day": round(burst_per_day, 2),
                                          "burst_size": round(burst_size), "load_peak_utc": round(peak, 1)})
    for a in accts:
        ip = pick(rng, block)
        # relayed end-customer traffic
        ts = thinned(rng, ctx.t0, ctx.t1, relay_rate * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.6))
        ctx.emit(rng, a, ts, [pick(rng, ctx.chat) for _ in ts], ips=ip,
                 models=ctx.models(rng, ts, p_new=0.6, p_mini=0.3), comp_median=320)
        # the harvesting bursts
        starts = thinned(rng, ctx.t0, ctx.t1, burst_per_day * 7, lambda x: np.ones(len(x)))
        for s in starts.tolist():
            k = max(1, int(rng.poisson(burst_size)))
            bt = s + np.cumsum(rng.lognormal(np.log(float(rng.uniform(2, 6))), 0.5, size=k))
            style = _styles(rng, _weighted_style(rng, 5, 0.8), k)
            prompts = [texts.rewrite_prompt(rng, pick(rng, ctx.passages), st) for st in style]
            ctx.emit(rng, a, bt, prompts, ips=ip, models=ctx.models(rng, bt, p_new=0.95, p_mini=0.0),
                     comp_median=900, comp_sigma=0.45, err=0.02)


# --------------------------------------------------------------------------------------------
# octavo: keys on a rented cloud block that replay synthetic agent episodes step by step (tool
# lists, growing trajectories; ReAct text, JSON function-calling, XML scaffolds), one episode after
# another during "shifts", harvesting tool-use decisions and rationales. Long prompts, short answers.


def octavo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 6, 14)
    prov = pick(rng, ("aws", "gcp", "azure", "oracle"))
    block = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 4, 10))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    step_gap = float(rng.uniform(8, 25))
    ep_gap = float(rng.uniform(120, 420))
    hours = (float(rng.uniform(2.5, 5)), float(rng.uniform(6, 11)))
    accts = []
    for i in range(n):
        ua = pick(rng, ("langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2", "python-httpx/0.28.1",
                        "AsyncOpenAI/Python 1.60.0"))
        accts.append(ctx.account(rng, label=LABEL, family="octavo", role="worker", campaign_id=cid,
                                 pay=cards[i % len(cards)], ua=ua, ips=[pick(rng, block) for _ in range(2)]))
    ctx.campaign(cid, "octavo", accts, {"accounts": n, "provider": prov, "step_gap_s": round(step_gap, 1),
                                        "episode_gap_s": round(ep_gap), "shift_hours_range": [round(h, 1) for h in hours]})
    for a in accts:
        total = float(rng.uniform(*hours)) * HOUR
        n_shifts = irange(rng, 1, 4)
        style = irange(rng, 0, 2)
        ts_all, prompts, extra = [], [], []
        for _ in range(n_shifts):
            s = float(rng.uniform(ctx.t0 + 0.5 * DAY, ctx.t1 - 0.2 * DAY))
            e, t = s + total / n_shifts, s
            while t < e:
                goal, tools = texts.agent_goal(rng), texts.agent_tools(rng)
                for step in range(irange(rng, 3, 16)):
                    ts_all.append(t)
                    prompts.append(texts.agent_step(rng, goal, step, tools, style))
                    extra.append(300 + step * irange(rng, 120, 380))
                    t += float(rng.lognormal(np.log(step_gap), 0.6))
                t += float(rng.lognormal(np.log(ep_gap), 0.8))
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0), comp_median=220,
                 comp_sigma=0.7, extra=np.asarray(extra, dtype=np.int64), err=0.015)


# --------------------------------------------------------------------------------------------
# endpaper: does not look like a script at all. The operator pays crowd workers (East Africa,
# South/South-East Asia, Latin America) to type task cards into their own fresh personal
# accounts from their own phones and home lines, in the evening, a dozen tasks at a time, and
# to paste the answers back into a form. Each account is small; the link is the shared task list
# (sometimes the card label or its form instruction is pasted along).


def endpaper(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 35, 80)
    tzs = (3, 8, 5, -3, -5)
    n_tasks = irange(rng, 300, 900)
    base = irange(rng, 1000, 8000)
    accts, tz_of = [], []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        phone = chance(rng, 0.55)
        ua = pick(rng, MOBILE[:3]) if phone else pick(rng, BROWSERS)
        ips = home(rng, irange(rng, 1, 2), tz)
        if phone:
            ips = ips + mobile_v6(rng, irange(rng, 2, 5), pick(rng, ("in_mobile", "br_mobile", "us_mobile")))
        accts.append(ctx.account(rng, label=LABEL, family="endpaper", role="worker", campaign_id=cid, ua=ua,
                                 ips=ips, tz=tz))
        tz_of.append(tz)
    ctx.campaign(cid, "endpaper", accts, {"workers": n, "task_list": n_tasks, "worker_tzs": sorted(set(tz_of))})
    for a, tz in zip(accts, tz_of, strict=True):
        join = ctx.t0 + float(rng.uniform(0, 5.5)) * DAY
        days = irange(rng, 1, 4)
        sess = session_times(rng, join, min(ctx.t1, join + days * DAY), float(rng.uniform(0.7, 1.5)),
                             evening_person(tz), size_mean=float(rng.uniform(5, 12)),
                             gap_median=float(rng.uniform(150, 360)), gap_sigma=0.6)
        ts = np.concatenate(sess) if sess else np.empty(0)
        if len(ts) == 0:  # every worker does at least one short sitting
            ts = join + np.cumsum(rng.lognormal(np.log(240), 0.5, size=irange(rng, 3, 8)))
        style = irange(rng, 0, 3)
        first = irange(rng, 0, n_tasks - 1)
        prompts = [texts.crowd_card(rng, base + (first + j) % n_tasks, style) for j in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.8), comp_median=650, comp_sigma=0.5)


# --------------------------------------------------------------------------------------------
# deckle: a synthetic instruction-set generator (persona x topic x format seeds; four spec
# styles including Chinese and a JSON spec) run as a nightly job in UTC+8 across a few keys on one
# card. It starts on a Chinese cloud and, after its first 429 storm, moves to a sticky residential
# proxy pool in the US/EU and widens its nightly window.


def deckle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 3, 6)
    pay = hexid(rng, "pay")
    prov = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    dc = cloud(rng, irange(rng, 2, 4), prov)
    proxy = resi(rng, irange(rng, 80, 200), "us") + resi(rng, irange(rng, 40, 120), "eu")
    switch = ctx.t0 + float(rng.uniform(1.5, 3.2)) * DAY
    per_hour = float(rng.uniform(70, 200))
    start_h, hours = float(rng.uniform(0.5, 2.5)), float(rng.uniform(3, 5))
    accts = [ctx.account(rng, label=LABEL, family="deckle", role="worker", campaign_id=cid, pay=pay,
                         ua=pick(rng, ("OpenAI/Python 1.54.0", "AsyncOpenAI/Python 1.60.0")), ips=dc, tz=8)
             for _ in range(n)]
    ctx.campaign(cid, "deckle", accts, {"accounts": n, "cloud": prov, "switch_day": round((switch - ctx.t0) / DAY, 2),
                                        "jobs_per_hour": round(per_hour), "window_start_local": round(start_h, 1),
                                        "window_hours": round(hours, 1)})
    before = nightly(start_h, hours, 8)
    after = nightly(start_h - 1.0, hours + 2.5, 8)
    ts_a = thinned(rng, ctx.t0, switch, per_hour * (switch - ctx.t0) / HOUR * hours / 24, before)
    ts_b = thinned(rng, switch, ctx.t1, per_hour * (ctx.t1 - switch) / HOUR * (hours + 2.5) / 24, after)
    for ts, phase in ((ts_a, 0), (ts_b, 1)):
        who = rng.integers(0, n, size=len(ts))
        for i, a in enumerate(accts):
            t = ts[who == i]
            if phase == 0:
                ips = [pick(rng, dc) for _ in t]
                # the last night before the move: heavy rate limiting
                status = np.where((t > switch - 1.0 * DAY) & (rng.random(len(t)) < 0.35), 429, 200)
            else:
                ips = sticky(rng, t, proxy, 300.0)
                status = np.where(rng.random(len(t)) < 0.01, 429, 200)
            pref = _weighted_style(rng, 4, 1.0)
            prompts = [texts.persona_seed(rng, s) for s in _styles(rng, pref, len(t))]
            ctx.emit(rng, a, t, prompts, ips=ips, models=ctx.models(rng, t, p_new=0.98, p_mini=0.0),
                     comp_median=1100, comp_sigma=0.45, status=status)


CAMPAIGN_FAMILIES = {
    "colophon": colophon,
    "deckle": deckle,
    "endpaper": endpaper,
    "folio": folio,
    "octavo": octavo,
    "quire": quire,
}

"""Campaign families of blind batch 15 (distillation operations), written without reading the
monitor. Family names are code names on purpose; `README.md` describes each one (read it only
after the monitor has been run on this batch).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
events through `ctx.emit` and records its parameters through `ctx.campaign`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
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
from bench.monitor_blind15 import texts as T

from distillguard.sim import ipspace


def _lang(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _mix(rng: np.random.Generator, keys: tuple[str, ...], alpha: float = 1.5) -> dict[str, float]:
    w = rng.dirichlet([alpha] * len(keys))
    return {k: float(x) for k, x in zip(keys, w.tolist(), strict=True)}


def _cut(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    return text[: irange(rng, lo, hi)]


def _outages(rng: np.random.Generator, a: float, b: float, n: int, lo_h: float, hi_h: float) -> Callable[[np.ndarray], np.ndarray]:
    """A constant curve with `n` random pauses (operator asleep, key banned, script crashed)."""
    gaps = [(s, s + float(rng.uniform(lo_h, hi_h)) * HOUR) for s in rng.uniform(a, b, size=n).tolist()]

    def f(ts: np.ndarray) -> np.ndarray:
        w = np.ones(len(ts))
        for s, e in gaps:
            w[(ts >= s) & (ts < e)] = 0.0
        return w
    return f


# --------------------------------------------------------------------------------------------


def alder(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "alder"
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "m247", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    langs = _mix(rng, ("en", "es", "de"), 1.0)
    langs["en"] += 1.0
    p_pair = float(rng.uniform(0.5, 0.85))
    per_hour = float(rng.uniform(10, 28))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    n1, n2 = irange(rng, 6, 12), irange(rng, 3, 8)
    accts, windows = [], []
    for i in range(n1 + n2):
        wave2 = i >= n1
        a = ctx.account(rng, label="campaign", family=fam, role="grader_wave2" if wave2 else "grader", campaign_id=cid,
                        pay=pick(rng, pays), ua=ua, ips=[pick(rng, block) for _ in range(irange(rng, 1, 2))])
        if wave2:
            lo = ctx.release + float(rng.uniform(0, 8)) * HOUR
            hi = ctx.t1
        else:
            lo = start + float(rng.uniform(0, 12)) * HOUR
            hi = ctx.release + float(rng.uniform(0, 1.2)) * DAY if chance(rng, 0.5) else ctx.t1
        accts.append(a)
        windows.append((lo, hi))
    curve = _outages(rng, start, ctx.t1, irange(rng, 1, 3), 2, 9)
    ts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, curve)
    owner = np.full(len(ts), -1)
    for j, t in enumerate(ts.tolist()):
        live = [i for i, (lo, hi) in enumerate(windows) if lo <= t < hi]
        if live:
            owner[j] = live[int(rng.integers(len(live)))]
    for i, a in enumerate(accts):
        mine = ts[owner == i]
        prompts, comp = [], []
        for _ in range(len(mine)):
            lang = _lang(rng, langs)
            q = _cut(rng, pick(rng, ctx.chat), 80, 700)
            if chance(rng, p_pair):
                prompts.append(pick(rng, T.RUBRIC_PAIRWISE[lang]).format(q=q, a=_cut(rng, pick(rng, ctx.passages), 250, 900),
                                                                         b=_cut(rng, pick(rng, ctx.passages), 250, 900)))
                comp.append(330.0)
            else:
                prompts.append(pick(rng, T.RUBRIC_SINGLE[lang]).format(q=q, a=_cut(rng, pick(rng, ctx.passages), 300, 1200)))
                comp.append(480.0)
        ctx.emit(rng, a, mine, prompts, models=ctx.models(rng, mine, p_new=0.95, p_mini=0.0), comp_median=np.asarray(comp),
                 comp_sigma=0.45, err=0.035)
    ctx.campaign(cid, fam, accts, {"operation": "preference/rubric grading of candidate replies", "pacing": "poisson worker pool",
                                   "per_hour": round(per_hour, 1), "provider": provider, "wave1": n1, "wave2_at_release": n2,
                                   "p_pairwise": round(p_pair, 2), "languages": {k: round(v, 2) for k, v in langs.items()},
                                   "payment": f"{len(pays)} shared cards"})


def basalt(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "basalt"
    n = irange(rng, 30, 60)
    region = pick(rng, ("us", "eu", "sea", "latam", "in"))
    pool = resi(rng, irange(rng, 150, 400), region)
    mkind = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    mpool = mobile_v6(rng, irange(rng, 40, 120), mkind)
    hold = float(rng.uniform(600, 2400))
    langs = _mix(rng, ("en", "zh", "ru"), 1.2)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 5, 10))]
    ev_mean = float(rng.uniform(30, 80))
    burst_mean = float(rng.uniform(3, 8))
    p_mobile = float(rng.uniform(0.15, 0.4))
    accts = []
    for _ in range(n):
        mobile = chance(rng, p_mobile)
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else sdk_ua(rng)
        a = ctx.account(rng, label="campaign", family=fam, role="mobile_proxy" if mobile else "resi_proxy", campaign_id=cid,
                        pay=pick(rng, cards), ua=ua, ips=pool[:1])
        born = max(ctx.t0, ctx.release + float(rng.uniform(-0.8, 1.6)) * DAY)
        died = min(ctx.t1, born + float(rng.uniform(0.4, 2.5)) * DAY)
        n_ev = ev_mean * float(rng.lognormal(0, 0.4))
        starts = thinned(rng, born, died, n_ev / burst_mean, lambda t: np.ones(len(t)))
        trains = bursts(rng, starts, burst_mean, float(rng.uniform(20, 70)), 0.6, b=died)
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        home_lang = _lang(rng, langs)
        prompts = []
        for _ in range(len(ts)):
            lang = home_lang if chance(rng, 0.85) else _lang(rng, langs)
            prompts.append(pick(rng, T.TRACE_WRAPPERS[lang]).format(p=T.problem(rng, lang)))
        ips = sticky(rng, ts, mpool if mobile else pool, 300.0 if mobile else hold)
        ctx.emit(rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0), comp_median=1500.0,
                 comp_sigma=0.5, err=0.02)
        accts.append(a)
    ctx.campaign(cid, fam, accts, {"operation": "step-by-step reasoning trace coercion on STEM problems",
                                   "pacing": "short-lived accounts, bursts", "accounts": n, "proxy_region": region,
                                   "mobile_kind": mkind, "p_mobile": round(p_mobile, 2), "sticky_s": round(hold),
                                   "events_per_account": round(ev_mean, 1), "languages": {k: round(v, 2) for k, v in langs.items()},
                                   "payment": f"{len(cards)} cards across accounts"})


def cedar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cedar"
    subject = pick(rng, sorted(T.SYLLABI))
    facets = [T.FACETS[i] for i in rng.permutation(len(T.FACETS)).tolist()]
    work = [(item, facet) for facet in facets for item in T.SYLLABI[subject]]
    n = irange(rng, 3, 6)
    tzs = [int(x) for x in rng.choice(np.asarray(TZS), size=n, replace=False).tolist()]
    accts, shares = [], []
    for i in range(n):
        tz = tzs[i]
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng, 0.7)
        a = ctx.account(rng, label="campaign", family=fam, role="insider", campaign_id=cid, ua=ua,
                        ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
        p_h = float(rng.uniform(0.2, 0.35))
        lang = "fr" if chance(rng, 0.25) else "en"
        curve = workday(tz) if chance(rng, 0.6) else evening_person(tz)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
        sess = session_times(rng, start, ctx.t1, float(rng.uniform(1.5, 3.5)), curve, float(rng.uniform(3, 6)),
                             float(rng.uniform(60, 240)))
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        mine = work[i::n]
        k = 0
        prompts, comp = [], []
        for _ in range(len(ts)):
            if k < len(mine) and chance(rng, p_h):
                item, facet = mine[k]
                k += 1
                prompts.append(pick(rng, T.SYLLABUS_STYLE[lang]).format(item=item, facet=facet))
                comp.append(950.0)
            else:
                prompts.append(pick(rng, ctx.chat))
                comp.append(330.0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=float(rng.uniform(0.5, 0.8))),
                 comp_median=np.asarray(comp), comp_sigma=0.6, err=0.005)
        accts.append(a)
        shares.append({"tz": tz, "harvest_share": round(p_h, 2), "language": lang, "items_done": k})
    ctx.campaign(cid, fam, accts, {"operation": "low-and-slow syllabus walk mixed with genuine chat", "subject": subject,
                                   "pacing": "human sessions", "accounts": shares, "work_items": len(work),
                                   "ip_source": "home ISP per account", "payment": "separate"})


def dune(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dune"
    provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
    n = irange(rng, 4, 9)
    block = rented_block(rng, provider, irange(rng, 1, 2), 2 * n)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.58.1"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    run_start, run_hours = float(rng.uniform(17, 23)), float(rng.uniform(8, 15))
    curve = nightly(run_start, run_hours, tz)
    per_day = float(rng.uniform(8, 20))
    step_mean = float(rng.uniform(4, 9))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="agent_runner", campaign_id=cid, org=org, pay=pay, ua=ua,
                        ips=[pick(rng, block)], tz=tz)
        head_style = irange(rng, 0, len(T.AGENT_HEAD) - 1)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY * float(rng.lognormal(0, 0.3)), curve)
        tss, prompts, comp, extra = [], [], [], []
        for s in starts.tolist():
            k = 2 + int(rng.poisson(step_mean))
            gaps = rng.lognormal(np.log(float(rng.uniform(3, 10))), 0.6, size=k - 1)
            t = s + np.concatenate([[0.0], np.cumsum(gaps)])
            tools = [str(x) for x in rng.choice(np.asarray(T.AGENT_TOOLS), size=irange(rng, 3, 6), replace=False).tolist()]
            base = irange(rng, 400, 900)
            growth = irange(rng, 200, 700)
            for j in range(k):
                if j == 0:
                    prompts.append(T.AGENT_HEAD[head_style].format(tools=", ".join(tools), task=T.agent_task(rng)))
                else:
                    prompts.append(pick(rng, T.AGENT_STEP).format(tool=pick(rng, tools), obs=T.agent_obs(rng)))
                comp.append(420.0 if j == k - 1 else 160.0)
                extra.append(base + j * growth)
            tss.extend(t.tolist())
        ts = np.asarray(tss)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0), comp_median=np.asarray(comp),
                 comp_sigma=0.5, err=0.015, extra=np.asarray(extra, dtype=np.int64))
        accts.append(a)
    ctx.campaign(cid, fam, accts, {"operation": "tool-use / agent trajectory collection", "provider": provider, "accounts": n,
                                   "pacing": "episodes of chained steps in a nightly run window", "tz": tz,
                                   "run_window": [round(run_start, 1), round(run_hours, 1)], "episodes_per_day": round(per_day, 1),
                                   "steps_mean": round(step_mean + 2, 1), "org": "one shared org and card"})


def ember(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "ember"
    tz = pick(rng, (1, 2, 9, 8, -5))
    langs = {1: ("en", "de"), 2: ("en", "de"), 9: ("en", "ja")}.get(tz, ("en",))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 2, 3), tz)
    ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "Go-http-client/2.0"))
    n = irange(rng, 2, 4)
    per_day = float(rng.uniform(3, 6))
    size = float(rng.uniform(40, 110))
    gap = float(rng.uniform(0.3, 1.2))
    p_new = float(rng.uniform(0.4, 0.6))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    curve = workday(tz, weekend=0.0, night=0.0)
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="labeller", campaign_id=cid, org=org, pay=pay, ua=ua, ips=office,
                        tz=tz)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        trains = bursts(rng, starts, size, gap, 0.4, b=ctx.t1)
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        prompts = [T.mcq_prompt(rng, pick(rng, langs), pick(rng, ctx.passages)) for _ in range(len(ts))]
        comp = np.asarray([12.0 if "probability" in p else 2.0 for p in prompts])
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.15), comp_median=comp, comp_sigma=0.4,
                 err=0.01)
        accts.append(a)
    ctx.campaign(cid, fam, accts, {"operation": "single-label answers (soft-label harvesting)", "tz": tz, "languages": list(langs),
                                   "pacing": "office-hours bursts", "bursts_per_day": round(per_day, 1), "burst_size": round(size),
                                   "gap_s": round(gap, 2), "ip_source": "office ISP addresses", "org": "one org, one card",
                                   "p_new": round(p_new, 2)})


def fjord(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fjord"
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    n = irange(rng, 2, 4)
    org = hexid(rng, "org")
    start_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(3, 6))
    per_night = float(rng.uniform(80, 250))
    p_zh = float(rng.uniform(0.55, 0.85))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    curve = nightly(start_h, hours, 8)
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="rewriter", campaign_id=cid, org=org, ua="python-requests/2.32.3",
                        ips=cloud(rng, irange(rng, 1, 3), provider), tz=8)
        ts = thinned(rng, start, ctx.t1, per_night * (ctx.t1 - start) / DAY, curve)
        prompts, comp = [], []
        for j in range(len(ts)):
            t = _cut(rng, pick(rng, ctx.passages), 300, 1200)
            lang = "zh" if chance(rng, p_zh) else "en"
            prompts.append(pick(rng, T.REWRITE[lang]).format(t=t, n=j + 1))
            comp.append(float(np.clip(len(t) / 2.2, 150, 1500)))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0), comp_median=np.asarray(comp), comp_sigma=0.3,
                 err=0.02)
        accts.append(a)
    ctx.campaign(cid, fam, accts, {"operation": "policy-compliant rewrites of existing answers", "provider": provider,
                                   "pacing": "nightly batch (UTC+8)", "window": [round(start_h, 1), round(hours, 1)],
                                   "per_night": round(per_night), "p_zh_template": round(p_zh, 2), "accounts": n})


def garnet(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "garnet"
    provider = pick(rng, ("digitalocean", "linode", "vultr", "scaleway"))
    subnets = ipspace.cloud_subnets(rng, irange(rng, 1, 2), provider)
    pays = [hexid(rng, "pay") for _ in range(2)]
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    per_hour = float(rng.uniform(12, 30))
    curve = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.3, 0.6)))
    p_h = float(rng.uniform(0.3, 0.55))
    langs = _mix(rng, ("en", "pt", "es"), 1.5)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.1)
    n_chains = irange(rng, 2, 3)
    ts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, curve)
    chain_of = rng.integers(0, n_chains, size=len(ts))
    accts: list = []
    lifetimes = []
    for c in range(n_chains):
        t = start
        keys: list[tuple[float, float, object]] = []
        while t < ctx.t1:
            life = float(rng.uniform(0.6, 2.0)) * DAY
            a = ctx.account(rng, label="campaign", family=fam, role=f"storefront_key_{c}", campaign_id=cid, pay=pick(rng, pays),
                            ua=ua, ips=ipspace.hosts_in(rng, subnets, 1) + ipspace.hosts_in(rng, subnets, 1))
            keys.append((t, t + life, a))
            accts.append(a)
            lifetimes.append(round(life / DAY, 2))
            t += life
        mine = ts[chain_of == c]
        for lo, hi, a in keys:
            sel = mine[(mine >= lo) & (mine < hi)]
            prompts, comp, harvest = [], [], []
            for _ in range(len(sel)):
                if chance(rng, p_h):
                    prompts.append(T.dataset_prompt(rng, _lang(rng, langs)))
                    comp.append(1300.0)
                    harvest.append(True)
                else:
                    prompts.append(pick(rng, ctx.chat))
                    comp.append(340.0)
                    harvest.append(False)
            m_user = ctx.models(rng, sel, p_new=0.7)
            m_harv = ctx.models(rng, sel, p_new=0.97, p_mini=0.0)
            models = [mh if h else mu for mu, mh, h in zip(m_user, m_harv, harvest, strict=True)]
            ctx.emit(rng, a, sel, prompts, models=models, comp_median=np.asarray(comp), comp_sigma=0.55, err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "resold access mixing end users with dataset-generation jobs",
                                   "provider": provider, "pacing": "global load curve", "per_hour": round(per_hour, 1),
                                   "harvest_share": round(p_h, 2), "parallel_key_chains": n_chains, "key_lifetimes_days": lifetimes,
                                   "languages": {k: round(v, 2) for k, v in langs.items()}, "payment": "2 cards alternating"})


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "alder": alder,
    "basalt": basalt,
    "cedar": cedar,
    "dune": dune,
    "ember": ember,
    "fjord": fjord,
    "garnet": garnet,
}

"""Campaign families of blind batch 53 (code names from canal waterways and narrowboats).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign through `ctx.campaign`. Every volume,
rate, address source, language mix and share of the new model is drawn per seed.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind53 import texts

Rng = np.random.Generator

AGENT_UAS = ("langgraph/0.2.74 langchain-openai/0.3.6", "openai-agents/0.0.14 OpenAI/Python 1.66.3",
             "crewai/0.102.0 litellm/1.61.0", "autogen-ext/0.4.7 OpenAI/Python 1.63.2", "python-httpx/0.28.1")
GATEWAY_UAS = ("new-api/0.4.8", "one-api/v0.6.10", "reqwest/0.12.12", "Go-http-client/2.0", "litellm-proxy/1.60.2")


def _lang_mix(rng: Rng, pool: tuple[str, ...], k_lo: int, k_hi: int, p_first: tuple[float, float]) -> tuple[list[str], np.ndarray]:
    """A campaign's languages: the first of `pool` dominant, some others as minorities."""
    others = [x for x in pool[1:]]
    rng.shuffle(others)
    langs = [pool[0]] + others[: irange(rng, k_lo, k_hi) - 1]
    w = rng.dirichlet(np.ones(len(langs)))
    first = rng.uniform(*p_first)
    w = np.concatenate([[first], (1 - first) * w[1:] / max(w[1:].sum(), 1e-9)]) if len(langs) > 1 else np.ones(1)
    return langs, w


def _choose(rng: Rng, langs: list[str], w: np.ndarray) -> str:
    return langs[int(rng.choice(len(langs), p=w))]


def _post_release_boost(rng: Rng, ctx: Ctx, ts: np.ndarray, boost: float) -> np.ndarray:
    """Keep every event after the release and a 1/boost share before it."""
    ts = np.asarray(ts)
    return ts[(ts >= ctx.release) | (rng.random(len(ts)) < 1.0 / boost)]


# --------------------------------------------------------------------------------------------


def gongoozler(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Consumer-looking personas that mix chain-of-thought coercion into ordinary chat."""
    fam = "gongoozler"
    n = irange(rng, 25, 45)
    harvest = float(rng.uniform(0.45, 0.72))
    p_new = float(rng.uniform(0.85, 0.97))
    boost = float(rng.uniform(1.5, 3.0))
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 6, 12))]
    langs, lw = _lang_mix(rng, ("en", "zh", "es", "ru", "de", "pt", "ja"), 2, 5, (0.45, 0.8))
    comp_cot = float(rng.uniform(700, 1400))
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else pick(rng, bb.MOBILE[:3])
        acct = ctx.account(rng, label="campaign", family=fam, role="persona", campaign_id=cid, pay=pick(rng, cards),
                           ua=ua, ips=bb.home(rng, irange(rng, 1, 3), tz), tz=tz)
        accts.append(acct)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz, weekend=0.35, night=0.05)
        sess = bb.session_times(rng, start, ctx.t1, float(rng.uniform(2.0, 6.0)), curve,
                                float(rng.uniform(4, 10)), float(rng.uniform(40, 150)))
        if not sess:
            sess = [np.array([float(rng.uniform(max(start, ctx.release), ctx.t1))])]
        ts = _post_release_boost(rng, ctx, np.concatenate(sess), boost)
        is_h = rng.random(len(ts)) < harvest
        lang = _choose(rng, langs, lw)  # one persona, one main language
        prompts = [texts.reasoning(rng, lang if chance(rng, 0.8) else "en") if h else pick(rng, ctx.chat)
                   for h in is_h.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new), comp_median=np.where(is_h, comp_cot, 330.0),
                 comp_sigma=0.55)
    ctx.campaign(cid, fam, accts, {"operation": "cot_coercion_personas", "accounts": n, "harvest_share": round(harvest, 3),
                                   "cards": len(cards), "languages": langs, "p_new": round(p_new, 3),
                                   "post_release_boost": round(boost, 2), "ip_source": "home_isp_by_tz"})


def bowhaul(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent-trajectory harvesting: a job queue of tool-use tasks over a pool of keys in rented blocks."""
    fam = "bowhaul"
    n = irange(rng, 6, 14)
    provs = [pick(rng, ("hetzner", "ovh", "contabo", "leaseweb", "m247", "vultr")) for _ in range(irange(rng, 1, 2))]
    block = [ip for p in provs for ip in bb.rented_block(rng, p, irange(rng, 2, 4), irange(rng, 3, 8))]
    org = bb.hexid(rng, "org") if chance(rng, 0.5) else None
    pay = bb.hexid(rng, "pay") if chance(rng, 0.4) else None
    ua = pick(rng, AGENT_UAS)
    scaffolds = [str(x) for x in rng.permutation(["react", "json", "xml"])[: irange(rng, 1, 2)]]
    jobs_h = float(rng.uniform(8, 24))
    steps_lo, steps_hi = irange(rng, 3, 5), irange(rng, 7, 12)
    step_gap = float(rng.uniform(3, 14))
    extra_base = irange(rng, 800, 2500)
    p_new = float(rng.uniform(0.88, 0.98))
    comp = float(rng.uniform(180, 420))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    accts = [ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, org=org, pay=pay,
                         ua=ua, ips=[str(x) for x in rng.choice(block, size=min(len(block), irange(rng, 2, 6)), replace=False)])
             for _ in range(n)]
    curve = bb.constant if chance(rng, 0.5) else bb.global_load(float(rng.uniform(0, 24)), 0.5)
    starts = bb.worker_pool(rng, start, ctx.t1, jobs_h, n, curve)
    for acct, js in zip(accts, starts, strict=True):
        ts_all, prompts, extra = [], [], []
        for s in js.tolist():
            task = texts.agent_task(rng)
            sc = pick(rng, scaffolds)
            k = irange(rng, steps_lo, steps_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(texts.agent_step(rng, task, j, sc))
                extra.append(extra_base + j * irange(rng, 250, 700))
        ts = np.asarray(ts_all)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new), comp_median=comp, extra=np.asarray(extra, dtype=np.int64),
                 err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "agent_trajectories", "accounts": n, "jobs_per_hour": round(jobs_h, 1),
                                   "steps": [steps_lo, steps_hi], "scaffolds": scaffolds, "providers": provs,
                                   "shared_org": org is not None, "shared_card": pay is not None, "user_agent": ua})


def cratch(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Hydra of short-lived fresh keys harvesting rubric / pairwise-preference judgments through rotating proxies."""
    fam = "cratch"
    n = irange(rng, 25, 45)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    regions = [pick(rng, ("us", "eu", "latam", "sea", "in", "ca")) for _ in range(irange(rng, 1, 2))]
    pool = [ip for r in regions for ip in bb.resi(rng, irange(rng, 300, 1500), r)]
    sticky = chance(rng, 0.5)
    hold = float(rng.uniform(5, 25)) * MINUTE
    life_med = float(rng.uniform(6, 16)) * HOUR
    rate = float(rng.uniform(10, 35))
    langs, lw = _lang_mix(rng, ("en", "de", "fr", "ja"), 1, 3, (0.65, 0.9))
    p_new = float(rng.uniform(0.9, 0.99))
    comp = float(rng.uniform(120, 300))
    first = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label="campaign", family=fam, role="fresh_key", campaign_id=cid, pay=pick(rng, cards),
                           ua=bb.sdk_ua(rng, 0.4), ips=[pick(rng, pool)])
        accts.append(acct)
        born = float(rng.uniform(first, ctx.t1 - HOUR))
        life = float(np.clip(rng.lognormal(np.log(life_med), 0.5), 3 * HOUR, 40 * HOUR))
        ts = bb.thinned(rng, born, min(ctx.t1, born + life), rate * life / HOUR * float(rng.uniform(0.6, 1.4)), bb.constant)
        if len(ts) == 0:
            ts = np.array([born])
        ips = bb.sticky(rng, ts, pool, hold) if sticky else bb.picks(rng, pool, len(ts))
        prompts = [texts.grading(rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages), _choose(rng, langs, lw))
                   for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new), ips=ips, comp_median=comp)
    ctx.campaign(cid, fam, accts, {"operation": "rubric_and_preference_grading", "accounts": n, "cards": len(cards),
                                   "proxy_regions": regions, "sticky_proxy": sticky, "key_life_median_h": round(life_med / HOUR, 1),
                                   "rate_per_hour": round(rate, 1), "languages": langs})


def weed_hatch(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Policy-boundary harvesting: compliant rewrites and ideal refusals, nightly batches from East-Asian clouds."""
    fam = "weed_hatch"
    n = irange(rng, 4, 9)
    provs = [pick(rng, ("alibaba", "tencent", "huawei", "ucloud")) for _ in range(irange(rng, 1, 3))]
    langs, lw = _lang_mix(rng, ("en", "zh", "ru", "ar", "vi"), 2, 5, (0.35, 0.6))
    tz = pick(rng, (8, 8, 9, 3))
    night_start, night_len = float(rng.uniform(0, 3)), float(rng.uniform(4, 8))
    day_share = float(rng.uniform(0.1, 0.35))
    p_new = float(rng.uniform(0.85, 0.97))
    comp = float(rng.uniform(300, 600))
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)", "OpenAI/Python 1.58.1"))
    org = bb.hexid(rng, "org")
    accts = []
    for i in range(n):
        ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, provs))
        if chance(rng, 0.3):
            ips += bb.resi(rng, irange(rng, 1, 4), pick(rng, ("cn", "sea")))
        acct = ctx.account(rng, label="campaign", family=fam, role="batch_runner", campaign_id=cid,
                           org=org if i < n // 2 else None, ua=ua, ips=ips, tz=tz)
        accts.append(acct)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        st_n = bb.thinned(rng, start, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - start) / DAY, bb.nightly(night_start, night_len, tz))
        st_d = bb.thinned(rng, start, ctx.t1, float(rng.uniform(3, 8)) * day_share * (ctx.t1 - start) / DAY, bb.workday(tz))
        trains = bb.bursts(rng, np.concatenate([st_n, st_d]), float(rng.uniform(15, 50)), float(rng.uniform(1.0, 4.0)), b=ctx.t1)
        ts = np.sort(np.concatenate(trains)) if trains else np.array([start])
        prompts = [texts.policy(rng, pick(rng, ctx.passages), _choose(rng, langs, lw)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new), comp_median=comp, err=0.03)
    ctx.campaign(cid, fam, accts, {"operation": "policy_boundary_rewrites", "accounts": n, "providers": provs,
                                   "languages": langs, "tz": tz, "night": [round(night_start, 1), round(night_len, 1)],
                                   "daytime_share": round(day_share, 2), "user_agent": ua})


def side_pond(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Soft-label and best-of-n harvesting: one prompt fired k times at once, or verbalised distributions."""
    fam = "side_pond"
    n = irange(rng, 3, 7)
    prov = pick(rng, ("aws", "gcp", "azure", "oracle"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.54.0", "python-httpx/0.28.1"))
    k_lo, k_hi = irange(rng, 3, 5), irange(rng, 6, 12)
    p_bon = float(rng.uniform(0.4, 0.75))
    jobs_h = float(rng.uniform(1.0, 4.0))
    nonce = chance(rng, 0.35)
    lead = float(rng.uniform(0, 1.5)) * DAY
    p_new = float(rng.uniform(0.93, 1.0))
    comp_bon, comp_soft = float(rng.uniform(220, 500)), float(rng.uniform(35, 110))
    org = bb.hexid(rng, "org") if chance(rng, 0.6) else None
    pay = bb.hexid(rng, "pay") if org else None
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label="campaign", family=fam, role="sampler", campaign_id=cid, org=org, pay=pay, ua=ua,
                           ips=bb.cloud(rng, irange(rng, 1, 4), prov))
        accts.append(acct)
        starts = bb.thinned(rng, ctx.release - lead, ctx.t1, jobs_h * (ctx.t1 - ctx.release + lead) / HOUR * float(rng.uniform(0.5, 1.5)),
                            bb.constant)
        ts_all, prompts, comps = [], [], []
        for s in starts.tolist():
            k = irange(rng, k_lo, k_hi)
            t = s + np.sort(rng.exponential(float(rng.uniform(0.05, 0.6)), size=k))
            if chance(rng, p_bon):
                p = texts.best_of_n(rng, pick(rng, ctx.chat))
                ps = [f"{p}\n\n(sample {i + 1})" if nonce else p for i in range(k)]
                cm = comp_bon
            else:
                ps = [texts.soft_label(rng, pick(rng, ctx.chat)) for _ in range(k)]
                cm = comp_soft
            ts_all.extend(t.tolist())
            prompts.extend(ps)
            comps.extend([cm] * k)
        ts = np.asarray(ts_all) if ts_all else np.array([ctx.release + HOUR])
        if not prompts:
            prompts, comps = [texts.best_of_n(rng, pick(rng, ctx.chat))], [comp_bon]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, p_mini=0.0), comp_median=np.asarray(comps), err=0.04)
    ctx.campaign(cid, fam, accts, {"operation": "soft_labels_best_of_n", "accounts": n, "provider": prov, "k": [k_lo, k_hi],
                                   "best_of_n_share": round(p_bon, 2), "jobs_per_hour": round(jobs_h, 2), "nonce_suffix": nonce,
                                   "start_before_release_d": round(lead / DAY, 2), "user_agent": ua})


def legging(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Continuation harvesting spread thin over many accounts behind residential and mobile proxies."""
    fam = "legging"
    n = irange(rng, 30, 60)
    regions = [pick(rng, ("us", "eu", "latam", "in", "sea", "jp_kr", "ca")) for _ in range(irange(rng, 2, 4))]
    pool = [ip for r in regions for ip in bb.resi(rng, irange(rng, 200, 900), r)]
    mob = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    p_mob = float(rng.uniform(0.0, 0.4))
    hold = float(rng.uniform(10, 60)) * MINUTE
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 8, 15))]
    langs, lw = _lang_mix(rng, ("en", "zh", "es", "fr"), 1, 4, (0.6, 0.9))
    per_day = float(rng.uniform(2, 5))
    size = float(rng.uniform(3, 8))
    gap = float(rng.uniform(20, 90))
    p_new = float(rng.uniform(0.8, 0.96))
    comp = float(rng.uniform(900, 1800))
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else bb.sdk_ua(rng, 0.3)
        acct = ctx.account(rng, label="campaign", family=fam, role="thin_key", campaign_id=cid, pay=pick(rng, cards),
                           ua=ua, ips=[pick(rng, pool)], tz=tz)
        accts.append(acct)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sess = bb.session_times(rng, start, ctx.t1, per_day * float(rng.uniform(0.5, 1.5)), bb.evening_person(tz, 3.5), size, gap)
        ts = np.concatenate(sess) if sess else np.array([float(rng.uniform(start, ctx.t1))])
        ips = bb.sticky(rng, ts, pool, hold)
        if p_mob > 0:
            mobile = bb.mobile_v6(rng, len(ts), mob)
            use = rng.random(len(ts)) < p_mob
            ips = [m if u else ip for ip, m, u in zip(ips, mobile, use.tolist(), strict=True)]
        prompts = [texts.continuation(rng, pick(rng, ctx.passages), _choose(rng, langs, lw)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new), ips=ips, comp_median=comp, comp_sigma=0.4)
    ctx.campaign(cid, fam, accts, {"operation": "continuation_harvest", "accounts": n, "proxy_regions": regions,
                                   "mobile_share": round(p_mob, 2), "mobile_pool": mob, "cards": len(cards),
                                   "languages": langs, "sessions_per_day": round(per_day, 1), "p_new": round(p_new, 3)})


def joey_boat(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A resale gateway: its customers' ordinary chat plus its own nightly dataset-generation jobs."""
    fam = "joey_boat"
    n = irange(rng, 2, 5)
    prov = pick(rng, ("linode", "vultr", "digitalocean", "hetzner", "alibaba"))
    hosts = bb.rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 2, 5))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, GATEWAY_UAS)
    chat_h = float(rng.uniform(35, 90))
    gen_tz = pick(rng, (8, 3, 0, -5))
    gen_bursts = float(rng.uniform(2, 6))
    gen_size = float(rng.uniform(30, 90))
    p_new_chat, p_new_gen = float(rng.uniform(0.5, 0.8)), float(rng.uniform(0.9, 1.0))
    comp_gen = float(rng.uniform(1200, 2500))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    accts = [ctx.account(rng, label="campaign", family=fam, role="gateway", campaign_id=cid, org=org, pay=pay, ua=ua, ips=hosts)
             for _ in range(n)]
    chat = bb.worker_pool(rng, start, ctx.t1, chat_h, n, bb.global_load(float(rng.uniform(12, 20)), 0.6))
    gen_starts = bb.thinned(rng, start, ctx.t1, gen_bursts * (ctx.t1 - start) / DAY, bb.nightly(float(rng.uniform(0, 4)), 5, gen_tz))
    gen = bb.bursts(rng, gen_starts, gen_size, float(rng.uniform(0.5, 3.0)), b=ctx.t1)
    gen_who = rng.integers(0, n, size=len(gen))
    for i, acct in enumerate(accts):
        tc = chat[i]
        tg = np.concatenate([g for g, w in zip(gen, gen_who.tolist(), strict=True) if w == i] or [np.empty(0)])
        if len(tc):
            ctx.emit(rng, acct, tc, [pick(rng, ctx.chat) for _ in range(len(tc))], models=ctx.models(rng, tc, p_new_chat, 0.2),
                     comp_median=300.0, comp_sigma=0.8)
        if len(tg):
            ctx.emit(rng, acct, tg, [texts.dataset_gen(rng, pick(rng, ctx.passages)) for _ in range(len(tg))],
                     models=ctx.models(rng, tg, p_new_gen, 0.0), comp_median=comp_gen, comp_sigma=0.35)
    ctx.campaign(cid, fam, accts, {"operation": "reseller_with_dataset_generation", "accounts": n, "provider": prov,
                                   "chat_per_hour": round(chat_h, 1), "gen_bursts_per_night": round(gen_bursts, 1),
                                   "gen_burst_size": round(gen_size, 1), "gen_tz": gen_tz, "user_agent": ua})


def lengthsman(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A phone farm running scripted multi-turn conversations over carrier IPv6."""
    fam = "lengthsman"
    n = irange(rng, 10, 22)
    mob = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    lang_of = {"us_mobile": "en", "in_mobile": "en", "br_mobile": "pt", "eu_mobile": "es"}
    main_lang = lang_of[mob] if chance(rng, 0.7) else pick(rng, ("en", "es", "pt", "id"))
    tz = {"us_mobile": -5, "in_mobile": 5, "br_mobile": -3, "eu_mobile": 1}[mob]
    convs_day = float(rng.uniform(8, 25))
    t_lo, t_hi = irange(rng, 3, 5), irange(rng, 6, 10)
    gap = float(rng.uniform(15, 45))
    p_chat_open = float(rng.uniform(0.2, 0.5))
    awake_start, awake_len = float(rng.uniform(5, 10)), float(rng.uniform(14, 19))
    p_new = float(rng.uniform(0.85, 0.97))
    comp = float(rng.uniform(400, 750))
    uas = list(bb.MOBILE)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, n))]
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label="campaign", family=fam, role="handset", campaign_id=cid, pay=pick(rng, cards),
                           ua=pick(rng, uas), ips=bb.mobile_v6(rng, 1, mob), tz=tz)
        accts.append(acct)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        starts = bb.thinned(rng, start, ctx.t1, convs_day * float(rng.uniform(0.6, 1.4)) * (ctx.t1 - start) / DAY,
                            bb.nightly(awake_start, awake_len, tz))
        ts_all, prompts, extra, ips = [], [], [], []
        for s in starts.tolist():
            k = irange(rng, t_lo, t_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            ip = bb.mobile_v6(rng, 1, mob)[0]
            hist = 0
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                ips.append(ip)
                if j == 0:
                    prompts.append(pick(rng, ctx.chat) if chance(rng, p_chat_open) else texts.opener(rng))
                else:
                    prompts.append(texts.followup(rng, main_lang if chance(rng, 0.85) else "en"))
                extra.append(hist)
                hist += int(comp * float(rng.uniform(0.6, 1.5))) + irange(rng, 5, 40)
        if not ts_all:
            ts_all, prompts, extra, ips = [float(rng.uniform(start, ctx.t1))], [texts.opener(rng)], [0], acct.ips
        ts = np.asarray(ts_all)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new), ips=ips, comp_median=comp,
                 extra=np.asarray(extra, dtype=np.int64))
    ctx.campaign(cid, fam, accts, {"operation": "scripted_multi_turn", "accounts": n, "mobile_pool": mob, "language": main_lang,
                                   "convs_per_day": round(convs_day, 1), "turns": [t_lo, t_hi], "cards": len(cards),
                                   "awake": [round(awake_start, 1), round(awake_len, 1)]})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "gongoozler": gongoozler,
    "bowhaul": bowhaul,
    "cratch": cratch,
    "weed_hatch": weed_hatch,
    "side_pond": side_pond,
    "legging": legging,
    "joey_boat": joey_boat,
    "lengthsman": lengthsman,
}

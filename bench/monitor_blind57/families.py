"""Campaign families of batch 57 (code names from calligraphy and manuscript illumination).

Each family is `f(ctx, rng, campaign_id)`: it draws its own parameters from `rng`, creates its
accounts through `ctx.account(...)`, writes events through `ctx.emit(...)` and records the
campaign with `ctx.campaign(...)`. What each one models is described in README.md."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_COMMON,
    TZS,
    bursts,
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
    picks,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind57 import texts as T

LABEL = "campaign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _lang_mix(rng: np.random.Generator, langs: tuple[str, ...], n_other: tuple[int, int]) -> tuple[list[str], np.ndarray]:
    """English plus a few other languages with Dirichlet weights (English usually largest)."""
    others = [str(x) for x in rng.choice([x for x in langs if x != "en"], size=irange(rng, *n_other), replace=False)]
    chosen = ["en", *others]
    w = rng.dirichlet([3.0] + [1.0] * len(others))
    return chosen, w


# --------------------------------------------------------------------------------------------


def exemplar(ctx, rng, cid):
    """Replays a corpus of real user prompts (lightly rewrapped) to collect the new model's answers."""
    fam = "exemplar"
    n = irange(rng, 12, 24)
    region = pick(rng, ("us", "eu", "latam", "sea", "*"))
    pool = resi(rng, irange(rng, 150, 500), region)
    hold = float(rng.uniform(5, 30)) * MINUTE
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 5))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, max(2, n // 4), n))]
    ua_mode = pick(rng, ("sdk", "browser", "mixed"))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(60, 140))
    peak, depth = float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.5))
    p_wrap, p_lang = float(rng.uniform(0.15, 0.5)), float(rng.uniform(0.05, 0.3))
    langs = [str(x) for x in rng.choice(["zh", "es", "pt", "de", "fr", "ja", "ko", "ru", "ar", "id", "vi"],
                                        size=irange(rng, 1, 4), replace=False)]
    p_new = float(rng.uniform(0.88, 0.99))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, global_load(peak, depth))
    corpus = [p for p in ctx.chat if len(p) >= 25]  # the operator drops bare follow-ups ("continue", "thanks")
    deck = rng.permutation(len(corpus)).tolist()
    pos = 0
    accts = []
    for i in range(n):
        ua = (pick(rng, SDK_COMMON) if ua_mode == "sdk" else pick(rng, BROWSERS) if ua_mode == "browser"
              else pick(rng, SDK_COMMON + BROWSERS))
        a = ctx.account(rng, label=LABEL, family=fam, role="replay_worker", campaign_id=cid, org=pick(rng, orgs),
                        pay=pick(rng, cards), ua=ua, ips=pool)
        accts.append(a)
        onboard = start + float(rng.uniform(0, 0.4)) * (ctx.t1 - start)
        ts = streams[i][streams[i] >= onboard]
        prompts = []
        for _ in range(len(ts)):
            if pos >= len(deck):
                deck, pos = rng.permutation(len(corpus)).tolist(), 0
            prompts.append(T.replay(rng, corpus[deck[pos]], p_wrap, p_lang, langs))
            pos += 1
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.03), ips=sticky(rng, ts, pool, hold),
                 comp_median=float(rng.uniform(380, 650)), comp_sigma=0.55, err=float(rng.uniform(0.01, 0.05)))
    ctx.campaign(cid, fam, accts, {"operation": "corpus_replay", "accounts": n, "ip_source": f"residential_proxy:{region}",
                                   "proxy_pool": len(pool), "sticky_min": hold / MINUTE, "orgs": len(orgs),
                                   "cards": len(cards), "ua_mode": ua_mode, "per_hour": per_hour, "peak_utc": peak,
                                   "depth": depth, "p_wrap": p_wrap, "p_lang": p_lang, "languages": langs, "p_new": p_new})


def rubricator(ctx, rng, cid):
    """A hydra of short-lived fresh keys coercing full reasoning traces on fresh problems."""
    fam = "rubricator"
    n_keys = irange(rng, 30, 60)
    lanes = irange(rng, 4, 9)
    begin = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
    # keys are banned and replaced: lifetimes sized so that each lane's chain of keys spans the rest of the window
    life_med = (ctx.t1 - begin) * lanes / n_keys * float(rng.uniform(0.6, 0.85))
    ip_mode = pick(rng, ("mobile_v6", "resi_rotating", "cloud_mixed"))
    mob_kind = pick(rng, ("in_mobile", "br_mobile", "us_mobile", "eu_mobile"))
    region = pick(rng, ("*", "sea", "latam", "in", "eu"))
    cloud_pool = cloud(rng, irange(rng, 15, 40), "*")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 4, 10))]
    p_card_reuse = float(rng.uniform(0.3, 0.9))
    langs, lw = _lang_mix(rng, ("en", "zh", "ru", "es", "de", "pt"), (1, 4))
    bursts_h = float(rng.uniform(3, 8))
    burst_size = float(rng.uniform(3, 8))
    comp_med = float(rng.uniform(1400, 2600))
    uas = ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0")
    accts = []
    lane_t = [begin + float(rng.uniform(0, 3)) * HOUR for _ in range(lanes)]
    for k in range(n_keys):
        lane = k % lanes
        a0 = lane_t[lane]
        life = float(rng.lognormal(np.log(life_med), 0.5))
        a1 = a0 + life
        lane_t[lane] = a1 + float(rng.uniform(5, 60)) * MINUTE
        pay = pick(rng, cards) if chance(rng, p_card_reuse) else None
        a = ctx.account(rng, label=LABEL, family=fam, role="hydra_key", campaign_id=cid, pay=pay, ua=pick(rng, uas),
                        ips=cloud_pool)
        accts.append(a)
        starts = thinned(rng, a0, min(a1, ctx.t1), bursts_h * max(0.0, min(a1, ctx.t1) - a0) / HOUR, constant)
        ts = _cat(bursts(rng, starts, burst_size, float(rng.uniform(0.2, 1.0)), b=min(a1, ctx.t1)))
        if not len(ts):
            ts = np.array([a0 + 1.0])
        m = len(ts)
        if ip_mode == "mobile_v6":
            ips = mobile_v6(rng, m, mob_kind)
        elif ip_mode == "resi_rotating":
            ips = resi(rng, m, region)
        else:
            ips = picks(rng, cloud_pool, m)
        lang_i = rng.choice(len(langs), size=m, p=lw)
        prompts = [T.reasoning_prompt(rng, langs[j]) for j in lang_i.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.02), ips=ips, comp_median=comp_med,
                 comp_sigma=0.4, err=float(rng.uniform(0.03, 0.08)))
    ctx.campaign(cid, fam, accts, {"operation": "reasoning_trace_coercion", "keys": n_keys, "lanes": lanes,
                                   "life_median_h": life_med / HOUR, "ip_source": ip_mode, "mobile_kind": mob_kind,
                                   "resi_region": region, "cards": len(cards), "p_card_reuse": p_card_reuse,
                                   "languages": langs, "lang_weights": [float(x) for x in lw], "bursts_per_h": bursts_h,
                                   "burst_size": burst_size, "comp_median": comp_med, "begin": begin})


def drollery(ctx, rng, cid):
    """Low-and-slow accounts that look like people: evening sessions from home networks, ordinary chat
    mixed with policy-boundary probes and publication-safe rewrites."""
    fam = "drollery"
    n = irange(rng, 25, 45)
    tzs = list(rng.choice(TZS, size=irange(rng, 2, 4), replace=False))
    p_harvest = float(rng.uniform(0.35, 0.65))
    p_rewrite = float(rng.uniform(0.2, 0.6))
    per_day = float(rng.uniform(1.0, 3.0))
    size_mean = float(rng.uniform(3, 8))
    gap = float(rng.uniform(30, 150))
    p_mobile = float(rng.uniform(0.1, 0.4))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        ua = pick(rng, BROWSERS) if chance(rng, 0.65) else pick(rng, MOBILE)
        ips = home(rng, irange(rng, 1, 3), tz)
        a = ctx.account(rng, label=LABEL, family=fam, role="sleeper", campaign_id=cid, ua=ua, ips=ips, tz=tz)
        accts.append(a)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = session_times(rng, begin, ctx.t1, per_day * float(rng.uniform(0.6, 1.4)), evening_person(tz),
                             size_mean, gap, 0.9)
        if not sess:
            sess = [np.array([begin + float(rng.uniform(0, 1)) * HOUR])]
        ts_all, prompts, ip_all = [], [], []
        for s in sess:
            harvest = chance(rng, p_harvest)
            mob = mobile_v6(rng, 1, pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))[0]
            ip_s = mob if chance(rng, p_mobile) else pick(rng, ips)
            for _t in s.tolist():
                if harvest and chance(rng, 0.85):
                    prompts.append(T.safe_rewrite(rng, pick(rng, ctx.passages)) if chance(rng, p_rewrite)
                                   else T.boundary_probe(rng))
                else:
                    prompts.append(pick(rng, ctx.chat))
                ip_all.append(ip_s)
            ts_all.append(s)
        ts = np.concatenate(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.06), ips=ip_all,
                 comp_median=float(rng.uniform(280, 480)), comp_sigma=0.6, err=0.005)
    ctx.campaign(cid, fam, accts, {"operation": "boundary_and_rewrite_harvest", "accounts": n, "tzs": [int(x) for x in tzs],
                                   "ip_source": "home_and_mobile", "p_harvest_session": p_harvest, "p_rewrite": p_rewrite,
                                   "sessions_per_day": per_day, "session_size": size_mean, "gap_s": gap,
                                   "p_mobile": p_mobile})


def catchword(ctx, rng, cid):
    """Continuation harvesting: long openings (cut documents or generated story seeds), then a chain
    of 'continue' turns whose context grows, at night in the operator's time zone."""
    fam = "catchword"
    n = irange(rng, 6, 14)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 4, 10))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pay_of = {o: hexid(rng, "pay") for o in orgs}
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "python-requests/2.32.3"))
    tz = int(pick(rng, TZS))
    start_h, hours = float(rng.uniform(19, 24)) % 24, float(rng.uniform(7, 11))
    night = nightly(start_h, hours, tz)
    day_share = float(rng.uniform(0.05, 0.25))

    def curve(ts):
        return (1 - day_share) * night(ts) + day_share

    eps_day = float(rng.uniform(10, 30))
    turns_mean = float(rng.uniform(2, 4))
    p_passage = float(rng.uniform(0.3, 0.8))
    comp_med = float(rng.uniform(700, 1100))
    accts = []
    for _ in range(n):
        org = pick(rng, orgs)
        a = ctx.account(rng, label=LABEL, family=fam, role="continuation_worker", campaign_id=cid, org=org,
                        pay=pay_of[org], ua=ua, ips=[str(x) for x in rng.choice(block, size=irange(rng, 2, 4), replace=False)])
        accts.append(a)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = thinned(rng, begin, ctx.t1, eps_day * float(rng.uniform(0.6, 1.4)) * (ctx.t1 - begin) / DAY, curve)
        ts_l, prompts, extra = [], [], []
        for s in starts.tolist():
            k = min(8, 1 + int(rng.poisson(turns_mean)))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(float(rng.uniform(25, 50))), 0.4, size=k - 1))])
            opening = T.continuation_open(rng, pick(rng, ctx.passages) if chance(rng, p_passage) else None)
            ctx_tok = len(opening) // 4
            for j in range(k):
                prompts.append(opening if j == 0 else T.continuation_follow(rng))
                extra.append(0 if j == 0 else ctx_tok)
                ctx_tok += int(rng.lognormal(np.log(comp_med), 0.35)) + 8
            ts_l.append(t)
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.02), comp_median=comp_med, comp_sigma=0.35,
                 err=0.01, extra=np.asarray(extra))
    ctx.campaign(cid, fam, accts, {"operation": "continuation_harvest", "accounts": n, "ip_source": f"cloud:{provider}",
                                   "block_hosts": len(block), "orgs": len(orgs), "ua": ua, "tz": tz, "night_start_h": start_h,
                                   "night_hours": hours, "day_share": day_share, "episodes_per_day": eps_day,
                                   "turns_mean": turns_mean, "p_passage": p_passage, "comp_median": comp_med})


def verdigris(ctx, rng, cid):
    """Agent trajectories: a synthetic tool environment feeds back fake observations, step after
    step, harvesting the model's planning and tool calls."""
    fam = "verdigris"
    n = irange(rng, 5, 10)
    provider = pick(rng, ("gcp", "azure", "aws"))
    ips = cloud(rng, irange(rng, 3, 8), provider)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2",
                    "openai-agents/0.0.7 OpenAI/Python 1.66.3"))
    eps_h = float(rng.uniform(8, 20))
    steps_lo, steps_hi = irange(rng, 3, 5), irange(rng, 8, 14)
    gap = float(rng.uniform(3, 9))
    tool_tok = irange(rng, 400, 900)
    step_tok = float(rng.uniform(350, 700))
    comp_med = float(rng.uniform(150, 320))
    begin = ctx.release - float(rng.uniform(0.3, 2.0)) * DAY
    curve = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.0, 0.4)))
    streams = worker_pool(rng, begin, ctx.t1, eps_h, n, curve)
    accts = []
    for i in range(n):
        a = ctx.account(rng, label=LABEL, family=fam, role="agent_runner", campaign_id=cid, org=org, pay=pay, ua=ua,
                        ips=ips)
        accts.append(a)
        ts_l, prompts, extra = [], [], []
        for s in streams[i].tolist():
            k = irange(rng, steps_lo, steps_hi)
            ep = T.agent_episode(rng, k)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            ts_l.append(t)
            prompts.extend(ep)
            ctx_tok = tool_tok
            for _j in range(k):
                extra.append(ctx_tok)
                ctx_tok += int(rng.lognormal(np.log(step_tok), 0.4))
        if not ts_l:
            ts_l, prompts, extra = [np.array([begin + 60.0])], T.agent_episode(rng, 1), [tool_tok]
        ts = np.concatenate(ts_l)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.95, 0.02), comp_median=comp_med, comp_sigma=0.5,
                 err=0.01, extra=np.asarray(extra))
    ctx.campaign(cid, fam, accts, {"operation": "agent_trajectory_harvest", "accounts": n, "ip_source": f"cloud:{provider}",
                                   "ips": len(ips), "ua": ua, "episodes_per_h": eps_h, "steps": [steps_lo, steps_hi],
                                   "step_gap_s": gap, "comp_median": comp_med, "begin": begin})


def bastarda(ctx, rng, cid):
    """A grey-market reseller: upstream keys carry its end-customers' traffic, ordinary chat mixed
    with one distiller customer's dataset-generation prompts."""
    fam = "bastarda"
    n = irange(rng, 8, 16)
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 3, 5))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    uas = ("Go-http-client/2.0", "Go-http-client/1.1", "new-api/0.6.11", "one-api/0.6.9")
    peak, depth = float(rng.uniform(11, 15)), float(rng.uniform(0.3, 0.6))
    rate = float(rng.uniform(5, 14))
    p_gen = float(rng.uniform(0.3, 0.55))
    p_xl = float(rng.uniform(0.03, 0.12))
    gen_med, chat_med = float(rng.uniform(1100, 1600)), float(rng.uniform(300, 420))
    accts = []
    for i in range(n):
        oi = i % len(orgs)
        a = ctx.account(rng, label=LABEL, family=fam, role="reseller_upstream", campaign_id=cid, org=orgs[oi],
                        pay=cards[oi % len(cards)], ua=pick(rng, uas), ips=pool)
        accts.append(a)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        ts = thinned(rng, begin, ctx.t1, rate * float(rng.uniform(0.5, 1.5)) * (ctx.t1 - begin) / HOUR,
                     global_load(peak, depth))
        u = rng.random(len(ts))
        prompts, med = [], np.empty(len(ts))
        for j, x in enumerate(u.tolist()):
            if x < p_gen:
                prompts.append(T.dataset_gen(rng))
                med[j] = gen_med
            elif x < p_gen + p_xl:
                prompts.append(T.quick_translate(rng, pick(rng, ctx.passages)))
                med[j] = chat_med
            else:
                prompts.append(pick(rng, ctx.chat))
                med[j] = chat_med
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.8, 0.1), comp_median=med, comp_sigma=0.5,
                 err=float(rng.uniform(0.01, 0.04)))
    ctx.campaign(cid, fam, accts, {"operation": "reseller_with_dataset_generation", "keys": n,
                                   "ip_source": f"cloud:{provider}", "pool": len(pool), "orgs": len(orgs),
                                   "cards": len(cards), "peak_utc": peak, "depth": depth, "per_key_h": rate,
                                   "p_gen": p_gen, "p_translate": p_xl, "gen_median": gen_med})


def tempera(ctx, rng, cid):
    """Soft labels and best-of-n: every item is sent several times within a second or two (the same
    prompt, or its permuted/reworded variants); label answers are a few tokens long."""
    fam = "tempera"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("aws", "vultr", "digitalocean", "oracle"))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pay_of = {o: hexid(rng, "pay") for o in orgs}
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    items_h = float(rng.uniform(1.5, 4))
    n_samp = irange(rng, 4, 12)
    p_label = float(rng.uniform(0.5, 0.9))
    gap = float(rng.uniform(0.05, 0.4))
    label_med, bon_med = float(rng.uniform(2, 6)), float(rng.uniform(40, 90))
    begin = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    curve = pick(rng, (constant, global_load(float(rng.uniform(0, 24)), 0.3)))
    accts = []
    for _ in range(n):
        org = pick(rng, orgs)
        a = ctx.account(rng, label=LABEL, family=fam, role="sampler", campaign_id=cid, org=org, pay=pay_of[org], ua=ua,
                        ips=[str(x) for x in rng.choice(block, size=irange(rng, 1, 3), replace=False)])
        accts.append(a)
        starts = thinned(rng, begin, ctx.t1, items_h * float(rng.uniform(0.6, 1.4)) * (ctx.t1 - begin) / HOUR, curve)
        ts_l, prompts, med = [], [], []
        for s in starts.tolist():
            k = max(2, int(rng.poisson(n_samp)))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            if chance(rng, p_label):
                variants = T.label_item(rng)
                prompts.extend(variants[j % len(variants)] for j in range(k))
                med.extend([label_med] * k)
            else:
                p = T.best_of_n_prompt(rng)
                prompts.extend([p] * k)
                med.extend([bon_med] * k)
            ts_l.append(t)
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.95, 0.02), comp_median=np.asarray(med),
                 comp_sigma=0.4, err=float(rng.uniform(0.02, 0.06)))
    ctx.campaign(cid, fam, accts, {"operation": "soft_label_best_of_n", "accounts": n, "ip_source": f"cloud:{provider}",
                                   "block_hosts": len(block), "ua": ua, "items_per_h": items_h, "samples": n_samp,
                                   "p_label": p_label, "gap_s": gap, "begin": begin})


def orpiment(ctx, rng, cid):
    """Reward-model harvest: pairwise verdicts, rubric scores and critiques over real Q/A text, in a
    small office's working hours, from cloud hosts with part of it through residential proxies."""
    fam = "orpiment"
    n_org = irange(rng, 2, 3)
    tz = int(pick(rng, (8, 3, 2, 5, 9)))
    p_resi = float(rng.uniform(0.0, 0.5))
    resi_pool = resi(rng, irange(rng, 60, 200), pick(rng, ("us", "eu", "*")))
    rate = float(rng.uniform(30, 80))
    weekend = float(rng.uniform(0.2, 0.6))
    comp_med = float(rng.uniform(200, 420))
    accts = []
    per_org = []
    for _ in range(n_org):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("vultr", "linode", "contabo", "m247"))
        ips = cloud(rng, irange(rng, 2, 4), provider)
        ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "python-requests/2.32.3", "OpenAI/Python 1.58.1"))
        k = irange(rng, 3, 5)
        group = [ctx.account(rng, label=LABEL, family=fam, role="grader", campaign_id=cid, org=org, pay=pay, ua=ua,
                             ips=ips, tz=tz) for _ in range(k)]
        accts.extend(group)
        per_org.append(provider)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        streams = worker_pool(rng, begin, ctx.t1, rate * float(rng.uniform(0.6, 1.4)), k,
                              workday(tz, start=float(rng.uniform(8, 10)), end=float(rng.uniform(18, 23)),
                                      weekend=weekend, night=0.05))
        for a, ts in zip(group, streams, strict=True):
            prompts = [T.grading_prompt(rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages))
                       for _ in range(len(ts))]
            m = len(ts)
            ips_ev = [pick(rng, resi_pool) if chance(rng, p_resi) else pick(rng, a.ips) for _ in range(m)]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.03), ips=ips_ev, comp_median=comp_med,
                     comp_sigma=0.5, err=0.01, extra=irange(rng, 40, 200))
    ctx.campaign(cid, fam, accts, {"operation": "reward_model_grading", "accounts": len(accts), "orgs": n_org,
                                   "tz": tz, "ip_source": f"cloud:{'+'.join(per_org)}+residential", "p_resi": p_resi,
                                   "per_org_h": rate, "weekend": weekend, "comp_median": comp_med})


CAMPAIGN_FAMILIES = {
    "bastarda": bastarda,
    "catchword": catchword,
    "drollery": drollery,
    "exemplar": exemplar,
    "orpiment": orpiment,
    "rubricator": rubricator,
    "tempera": tempera,
    "verdigris": verdigris,
}

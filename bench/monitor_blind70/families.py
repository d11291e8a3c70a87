"""Campaign families of batch 70 (volcanology code names), written without reading the monitor.

Each family is a generator `(ctx, rng, campaign_id) -> None` that creates its accounts, writes
their events into `ctx.sink` and registers the campaign in the truth. All sizes, rates, address
sources, languages and voices are drawn from `rng`, so every seed gives a different instance.
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
    providers,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind70 import texts as tx

Rng = np.random.Generator


def outages(rng: Rng, a: float, b: float, k: int, lo_h: float, hi_h: float) -> Callable[[np.ndarray], np.ndarray]:
    """Weight 1 except in `k` random pauses of lo_h–hi_h hours (crashes, bans, redeploys)."""
    starts = rng.uniform(a, b, size=k)
    lens = rng.uniform(lo_h, hi_h, size=k) * HOUR

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts, dtype=np.float64)
        w = np.ones(len(ts))
        for s, ln in zip(starts.tolist(), lens.tolist(), strict=True):
            w[(ts >= s) & (ts < s + ln)] = 0.0
        return w
    return f


def lang_weights(rng: Rng, base: dict[str, tuple[float, float]]) -> dict[str, float]:
    return {k: float(rng.uniform(lo, hi)) for k, (lo, hi) in base.items()}


def _r(x: float) -> float:
    return round(float(x), 3)


# --------------------------------------------------------------------------------------------


def fumarole(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion through a rotating residential proxy pool, many thin keys."""
    fam = "fumarole"
    n = irange(rng, 18, 34)
    region = pick(rng, ("*", "*", "us", "eu", "latam", "sea", "in"))
    pool = resi(rng, irange(rng, 500, 1600), region)
    hold = float(rng.uniform(240, 1800))
    cards = [hexid(rng, "pay") for _ in range(max(2, n // irange(rng, 3, 6)))]
    p_card = float(rng.uniform(0.5, 0.9))
    uas = ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.54.0", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1")
    langs = lang_weights(rng, {"en": (0.4, 0.7), "zh": (0.05, 0.25), "ru": (0.0, 0.12), "es": (0.0, 0.12),
                               "ko": (0.0, 0.08), "pt": (0.0, 0.08)})
    main = ctx.release + float(rng.uniform(0.5, 10)) * HOUR
    probe_start = ctx.release - float(rng.uniform(0.8, 2.0)) * DAY
    per_hour = float(rng.uniform(60, 130))
    curve = outages(rng, main, ctx.t1, irange(rng, 1, 4), 0.5, 4.0)
    p_new = float(rng.uniform(0.9, 0.99))
    comp = float(rng.uniform(1100, 2400))
    err = float(rng.uniform(0.02, 0.06))
    join_scale = float(rng.uniform(4, 20)) * HOUR
    accts = [ctx.account(rng, label="campaign", family=fam, role="harvester", campaign_id=cid,
                         pay=pick(rng, cards) if chance(rng, p_card) else None, ua=pick(rng, uas), ips=pool)
             for _ in range(n)]
    streams = worker_pool(rng, main, ctx.t1, per_hour, n, curve)
    n_probe = irange(rng, 2, 4)
    for i, a in enumerate(accts):
        join = main + float(rng.exponential(join_scale))
        leave = join + float(rng.lognormal(np.log(2.0 * DAY), 0.6))
        ts = streams[i][(streams[i] >= join) & (streams[i] < leave)]
        if i < n_probe:
            ts = np.sort(np.concatenate([thinned(rng, probe_start, main, float(rng.uniform(40, 120)), lambda t: np.ones(len(t))), ts]))
        lang = [tx.weighted(rng, langs) for _ in range(len(ts))]
        prompts = [tx.cot_coercion(rng, lg) for lg in lang]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), ips=sticky(rng, ts, pool, hold),
                 comp_median=comp, comp_sigma=0.45, err=err)
    ctx.campaign(cid, fam, accts, {
        "operation": "reasoning-trace coercion (think tags, step labels, JSON steps) on maths/logic/code",
        "pacing": "poisson worker pool after release, staggered joins, outages", "ip_source": f"residential proxy pool ({region}), sticky",
        "accounts": n, "cards": len(cards), "per_hour": _r(per_hour), "pool_ips": len(pool), "hold_s": _r(hold),
        "languages": {k: _r(v) for k, v in langs.items()}, "completion_median": _r(comp), "p_new": _r(p_new)})


def tephra(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Rubric / preference grading harvested as reward-model labels, one startup org on a rented block."""
    fam = "tephra"
    n = irange(rng, 5, 10)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("gcp", "aws", "azure", "oracle", "linode"))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6))
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    p_zh = float(rng.uniform(0.0, 0.35))
    start = ctx.t0 + float(rng.uniform(0.8, 3.2)) * DAY
    rate_pre, rate_post = float(rng.uniform(0.4, 1.5)), float(rng.uniform(2.5, 6.0))
    size, gap = float(rng.uniform(25, 70)), float(rng.uniform(0.6, 2.5))
    comp_scale = float(rng.uniform(0.8, 1.25))
    err = float(rng.uniform(0.03, 0.08))
    p_new = float(rng.uniform(0.9, 0.99))
    accts = [ctx.account(rng, label="campaign", family=fam, role="labeller", campaign_id=cid, org=org,
                         pay=pick(rng, cards), ua=ua, ips=block) for _ in range(n)]
    post = ctx.release + float(rng.uniform(0.5, 6)) * HOUR
    starts = np.concatenate([thinned(rng, start, ctx.release, rate_pre * max(0.0, ctx.release - start) / HOUR, lambda t: np.ones(len(t))),
                             thinned(rng, post, ctx.t1, rate_post * (ctx.t1 - post) / HOUR, lambda t: np.ones(len(t)))])
    comp_of = {"pair_judge": 380, "json_label": 160, "critique_revise": 700, "single_likert": 220, "pair_json": 600,
               "zh_pair": 450, "zh_single": 300}
    for ts in bursts(rng, starts, size, gap, 0.6, ctx.t1):
        a = pick(rng, accts)
        lang = "zh" if chance(rng, p_zh) else "en"
        prompts, comps = [], []
        for _ in range(len(ts)):
            p, v = tx.rubric_grading(rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages), lang)
            prompts.append(p)
            comps.append(comp_of[v] * comp_scale)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=np.asarray(comps),
                 comp_sigma=0.5, err=err)
    ctx.campaign(cid, fam, accts, {
        "operation": "pairwise/single rubric grading, critiques and ideal rewrites over open-model outputs",
        "pacing": "bursts (batch shards), slow before release, fast after", "ip_source": f"rented {provider} block",
        "accounts": n, "org": "one", "bursts_per_hour": [_r(rate_pre), _r(rate_post)], "burst_size": _r(size),
        "gap_s": _r(gap), "p_zh": _r(p_zh), "user_agent": ua})


def caldera(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent tool-use trajectories from a hydra of short-lived keys on cheap clouds."""
    fam = "caldera"
    n_keys = irange(rng, 28, 48)
    lanes = irange(rng, 2, 4)
    begin = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    all_prov = providers()
    provs = [all_prov[i] for i in rng.choice(len(all_prov), size=irange(rng, 3, 5), replace=False).tolist()]
    card_pool = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    p_pool = float(rng.uniform(0.2, 0.5))
    life_med = float(rng.uniform(6, 14)) * HOUR
    rate = float(rng.uniform(3, 9))
    steps_mean = float(rng.uniform(3, 7))
    gap = float(rng.uniform(4, 14))
    comp = float(rng.uniform(200, 450))
    p_new = float(rng.uniform(0.9, 0.99))
    uas = ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1", "langchain-openai/0.3.6", "python-httpx/0.28.1")
    clock = [begin + float(rng.uniform(0, 6)) * HOUR for _ in range(lanes)]
    accts = []
    while len(accts) < n_keys:
        lane = int(np.argmin(clock))
        s = clock[lane]
        if s >= ctx.t1 - HOUR:
            break
        e = min(s + float(np.clip(rng.lognormal(np.log(life_med), 0.5), 2 * HOUR, 40 * HOUR)), ctx.t1)
        clock[lane] = e + float(rng.exponential(float(rng.uniform(0.3, 2.0)) * HOUR))
        a = ctx.account(rng, label="campaign", family=fam, role="hydra_key", campaign_id=cid,
                        pay=pick(rng, card_pool) if chance(rng, p_pool) else None, ua=pick(rng, uas),
                        ips=cloud(rng, irange(rng, 1, 3), pick(rng, provs)))
        accts.append(a)
        voice = pick(rng, ("react", "json", "xml", "narrate"))
        base = irange(rng, 600, 1500)
        grow = irange(rng, 250, 600)
        t_all, p_all, x_all = [], [], []
        for st in thinned(rng, s, e, rate * (e - s) / HOUR, lambda t: np.ones(len(t))).tolist():
            k = 1 + int(rng.poisson(steps_mean))
            times = st + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            task, tools = tx.agent_task(rng)
            for j, t in enumerate(times.tolist()):
                t_all.append(t)
                p_all.append(tx.agent_open(rng, voice, task, tools) if j == 0 else tx.agent_observation(rng, voice, tools, j))
                x_all.append(base + grow * j)
        ts = np.asarray(t_all)
        ctx.emit(rng, a, ts, p_all, models=ctx.models(rng, ts, p_new=p_new), comp_median=comp, comp_sigma=0.55,
                 err=0.02, extra=np.asarray(x_all, dtype=np.int64))
    ctx.campaign(cid, fam, accts, {
        "operation": "agentic tool-use trajectories (ReAct/JSON/XML/narrated), multi-turn with observations",
        "pacing": f"hydra: {lanes} concurrent lanes of short-lived keys, poisson trajectories", "ip_source": f"cloud {provs}",
        "keys": len(accts), "key_life_median_h": _r(life_med / HOUR), "traj_per_hour": _r(rate), "steps_mean": _r(steps_mean),
        "card_pool": len(card_pool), "p_pool_card": _r(p_pool)})


def lapilli(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Low-and-slow: accounts that behave like people (ISP proxies in their own time zone, browser
    sessions) asking for textbook chapters between ordinary chat."""
    fam = "lapilli"
    n = irange(rng, 32, 52)
    lang_of_tz = {-3: ("pt", "es"), 1: ("de", "en"), 2: ("en", "de"), 8: ("id", "en"), -5: ("en", "es"),
                  -8: ("en",), 0: ("en",), 3: ("en",), 5: ("en",), 9: ("en",)}
    p_browser = float(rng.uniform(0.5, 0.8))
    accts, params = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, lang_of_tz[tz])
        ua = pick(rng, BROWSERS) if chance(rng, p_browser) else sdk_ua(rng)
        a = ctx.account(rng, label="campaign", family=fam, role="sleeper", campaign_id=cid, ua=ua,
                        ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
        accts.append(a)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.3, night=0.05)
        hp = float(rng.uniform(0.5, 0.85))
        per_day, size, gap = float(rng.uniform(1.5, 4.5)), float(rng.uniform(3, 7)), float(rng.uniform(45, 200))
        p_new = float(rng.uniform(0.7, 0.95))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        t_all, p_all, c_all = [], [], []
        for sess in session_times(rng, start, ctx.t1, per_day, curve, size, gap):
            harvest = chance(rng, hp)
            for j, t in enumerate(sess.tolist()):
                t_all.append(t)
                if harvest and j > 0 and chance(rng, 0.6):
                    p_all.append(tx.lesson_follow(rng, lang))
                    c_all.append(750.0)
                elif harvest:
                    p_all.append(tx.lesson_request(rng, lang))
                    c_all.append(1200.0)
                else:
                    p_all.append(pick(rng, ctx.chat))
                    c_all.append(300.0)
        ts = np.asarray(t_all)
        ctx.emit(rng, a, ts, p_all, models=ctx.models(rng, ts, p_new=p_new), comp_median=np.asarray(c_all),
                 comp_sigma=0.5, err=0.005)
        params.append(hp)
    ctx.campaign(cid, fam, accts, {
        "operation": "textbook-chapter/lesson harvesting with follow-ups, mixed with ordinary chat",
        "pacing": "human sessions (evening or workday) per account", "ip_source": "one or two ISP proxies in the account's time zone",
        "accounts": n, "harvest_share": [_r(min(params)), _r(max(params))], "p_browser_ua": _r(p_browser),
        "orgs_cards": "one each"})


def ignimbrite(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic instruction-data generation (evolution, ideal answers, self-instruct, dialogues)
    from a few keys of a registered company, mostly at night."""
    fam = "ignimbrite"
    n_orgs = irange(rng, 1, 2)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    n = irange(rng, 3, 7)
    provider = pick(rng, ("azure", "aws", "gcp", "oracle"))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 2, 5))
    tz = pick(rng, (8, 3, 1, -5, 9))
    night = nightly(float(rng.uniform(20, 23)), float(rng.uniform(6, 9)), tz)
    day_level = float(rng.uniform(0.08, 0.25))

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(night(ts), day_level)
    start = ctx.t0 + float(rng.uniform(0.3, 2.0)) * DAY
    per_hour = float(rng.uniform(70, 150))
    langs = lang_weights(rng, {"en": (0.6, 0.85), "zh": (0.0, 0.2), "es": (0.0, 0.1), "fr": (0.0, 0.08),
                               "de": (0.0, 0.08), "ja": (0.0, 0.08)})
    comp_of = {"evolve_deep": 120, "evolve_broad": 650, "ideal": 700, "self_instruct": 1800, "dialogue": 1400,
               "persona_qa": 650, "ideal_zh": 1600}
    p_new = float(rng.uniform(0.85, 0.97))
    err = float(rng.uniform(0.01, 0.04))
    accts = []
    for i in range(n):
        o, p = orgs[i % n_orgs]
        accts.append(ctx.account(rng, label="campaign", family=fam, role="generator", campaign_id=cid, org=o, pay=p,
                                 ua=pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-requests/2.32.3", "OpenAI/Python 1.63.2")),
                                 ips=block))
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n, curve), strict=True):
        prompts, comps = [], []
        for _ in range(len(ts)):
            p, v = tx.synth_instruction(rng, pick(rng, ctx.chat), tx.weighted(rng, langs))
            prompts.append(p)
            comps.append(comp_of[v])
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=np.asarray(comps, dtype=float),
                 comp_sigma=0.5, err=err)
    ctx.campaign(cid, fam, accts, {
        "operation": "synthetic instruction data: evol-instruct rewrites of ShareGPT seeds, ideal answers, self-instruct, dialogues",
        "pacing": f"worker pool, nightly peak (tz {tz}) over a daytime floor", "ip_source": f"rented {provider} block",
        "accounts": n, "orgs": n_orgs, "per_hour": _r(per_hour), "day_level": _r(day_level),
        "languages": {k: _r(v) for k, v in langs.items()}})


def solfatara(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n sampling of plain prompts on the new model, each job's samples spread over keys,
    sent through mobile proxies."""
    fam = "solfatara"
    n = irange(rng, 12, 22)
    kinds = rng.choice(["us_mobile", "br_mobile", "in_mobile", "eu_mobile"], size=irange(rng, 1, 2), replace=False).tolist()
    resi_region = {"us_mobile": "us", "br_mobile": "latam", "in_mobile": "in", "eu_mobile": "eu"}
    start = ctx.release + float(rng.uniform(1, 12)) * HOUR
    per_hour = float(rng.uniform(22, 45))
    n_base = float(rng.uniform(3, 6))
    spread = float(rng.uniform(1, 4))
    p_chat = float(rng.uniform(0.5, 0.7))
    comp = float(rng.uniform(320, 650))
    hold = float(rng.uniform(60, 600))
    accts, pools = [], []
    for _ in range(n):
        kind = pick(rng, kinds)
        pool = mobile_v6(rng, irange(rng, 20, 80), kind) + resi(rng, irange(rng, 5, 20), resi_region[kind])
        pools.append(pool)
        accts.append(ctx.account(rng, label="campaign", family=fam, role="sampler", campaign_id=cid,
                                 ua=pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1")),
                                 ips=pool))
    jobs = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, outages(rng, start, ctx.t1, irange(rng, 1, 3), 0.5, 3.0))
    per_t: list[list[float]] = [[] for _ in range(n)]
    per_p: list[list[str]] = [[] for _ in range(n)]
    for j in jobs.tolist():
        r = rng.random()
        if r < p_chat:
            prompt = pick(rng, ctx.chat)
        elif r < p_chat + 0.2:
            prompt = tx.math_problem(rng)
        elif r < p_chat + 0.32:
            prompt = tx.code_task(rng)
        else:
            prompt = tx.conceptual(rng)
        k = max(2, int(rng.poisson(n_base)))
        times = j + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(spread), 0.9, size=k - 1))])
        for t, w in zip(times.tolist(), rng.integers(0, n, size=k).tolist(), strict=True):
            per_t[w].append(t)
            per_p[w].append(prompt)
    for a, pool, t_l, p_l in zip(accts, pools, per_t, per_p, strict=True):
        ts = np.asarray(t_l)
        ctx.emit(rng, a, ts, p_l, models=ctx.models(rng, ts, p_new=0.985, p_mini=0.0), ips=sticky(rng, ts, pool, hold),
                 comp_median=comp, comp_sigma=0.55, err=0.015)
    ctx.campaign(cid, fam, accts, {
        "operation": "best-of-n / soft-label sampling: the same plain prompt n times, spread over keys",
        "pacing": "poisson jobs after release, samples seconds apart", "ip_source": f"mobile proxies {kinds} (IPv6 + carrier v4)",
        "accounts": n, "jobs_per_hour": _r(per_hour), "n_mean": _r(n_base), "p_chat_prompt": _r(p_chat), "hold_s": _r(hold)})


def jokulhlaup(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A grey-market relay whose biggest customer distils: ordinary end-user chat mixed with
    Chinese-first harvesting (CoT, compliance rewrites, ideal answers), round the clock."""
    fam = "jokulhlaup"
    n = irange(rng, 3, 6)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei", "aws"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 5))
    curve = global_load(float(rng.uniform(11, 15)), float(rng.uniform(0.5, 0.8)))
    per_hour = float(rng.uniform(90, 200))
    h = float(rng.uniform(0.3, 0.55))
    p_new = float(rng.uniform(0.6, 0.85))
    passthrough = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "Go-http-client/2.0", "python-requests/2.32.3",
                   "axios/1.7.9", "okhttp/4.12.0", "NextChat/2.15.8", "ChatBox/1.9.1")
    accts = [ctx.account(rng, label="campaign", family=fam, role="relay", campaign_id=cid, org=org, pay=pick(rng, cards),
                         ua="Go-http-client/2.0", ips=block) for _ in range(n)]
    for a, ts in zip(accts, worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, curve), strict=True):
        prompts, comps = [], []
        for _ in range(len(ts)):
            if chance(rng, h):
                prompts.append(tx.relay_harvest(rng, pick(rng, ctx.chat), pick(rng, ctx.passages)))
                comps.append(1000.0)
            else:
                prompts.append(pick(rng, ctx.chat))
                comps.append(320.0)
        uas = [pick(rng, passthrough) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.12), ua=uas,
                 comp_median=np.asarray(comps), comp_sigma=0.6, err=float(rng.uniform(0.02, 0.05)))
    ctx.campaign(cid, fam, accts, {
        "operation": "relay/reseller: ordinary customer chat + a distilling customer's harvesting",
        "pacing": "global load, worker pool over relay keys, all week", "ip_source": f"rented {provider} block",
        "accounts": n, "per_hour": _r(per_hour), "harvest_share": _r(h), "p_new": _r(p_new), "user_agent": "passthrough"})


def pahoehoe(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Parallel-corpus harvesting: translate into low-resource languages, back-translate and
    paraphrase, as short multi-turn chains from residential proxies."""
    fam = "pahoehoe"
    n = irange(rng, 10, 20)
    region = pick(rng, ("latam", "sea", "in", "eu", "*"))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    p_card = float(rng.uniform(0.3, 0.7))
    p_new = float(rng.uniform(0.85, 0.97))
    accts = []
    for _ in range(n):
        pool = resi(rng, irange(rng, 6, 30), region)
        a = ctx.account(rng, label="campaign", family=fam, role="translator", campaign_id=cid,
                        pay=pick(rng, cards) if chance(rng, p_card) else None,
                        ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0")),
                        ips=pool)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        if chance(rng, 0.5):
            curve = outages(rng, start, ctx.t1, irange(rng, 1, 4), 1.0, 8.0)
        else:
            curve = workday(pick(rng, TZS), start=7.0, end=23.0, weekend=0.6, night=0.12)
        rate = float(rng.uniform(2.0, 4.5))
        targets = rng.choice(tx.LOW_RESOURCE, size=irange(rng, 2, 4), replace=False).tolist()
        voice = pick(rng, ("plain", "json", "es", "glossary"))
        gap = float(rng.uniform(6, 20))
        t_all, p_all, c_all, x_all = [], [], [], []
        for st in thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, curve).tolist():
            k = irange(rng, 2, 4)
            times = st + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            src = tx.clip_text(rng, pick(rng, ctx.passages), 250, 1300) if chance(rng, 0.8) else pick(rng, ctx.chat)
            tgt = pick(rng, targets)
            base = len(src) / 4.0
            hist = 0.0
            for j, t in enumerate(times.tolist()):
                t_all.append(t)
                p_all.append(tx.bt_first(rng, src, tgt, voice) if j == 0 else tx.bt_next(rng, tgt, j, voice))
                c = base * (1.4 if j == 0 else 1.0 if j == 1 else 1.6)
                c_all.append(max(40.0, c))
                x_all.append(int(hist))
                hist += (base if j == 0 else 30) + c
        ts = np.asarray(t_all)
        ctx.emit(rng, a, ts, p_all, models=ctx.models(rng, ts, p_new=p_new), ips=sticky(rng, ts, pool, float(rng.uniform(600, 3600))),
                 comp_median=np.asarray(c_all), comp_sigma=0.35, err=0.01, extra=np.asarray(x_all, dtype=np.int64))
    ctx.campaign(cid, fam, accts, {
        "operation": "translation into low-resource languages, back-translation, paraphrase and glossary chains",
        "pacing": "poisson chains of 2-4 turns per account, staggered onboarding", "ip_source": f"residential proxies ({region}), sticky",
        "accounts": n, "cards_shared": len(cards), "p_shared_card": _r(p_card), "p_new": _r(p_new)})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "fumarole": fumarole,
    "tephra": tephra,
    "caldera": caldera,
    "lapilli": lapilli,
    "ignimbrite": ignimbrite,
    "solfatara": solfatara,
    "jokulhlaup": jokulhlaup,
    "pahoehoe": pahoehoe,
}

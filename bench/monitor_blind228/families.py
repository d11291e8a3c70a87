"""Campaign families of batch 228: twelve ways operators harvest the model's outputs.

Each family is `f(ctx, rng, campaign_id)`; every choice (key counts, orgs, cards, pacing, addresses,
user agents, languages, prompt styles, model choice) is drawn from the family's own generator, in
an order that is the same in every process (lists and sorted keys only).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    TZS,
    Acct,
    Ctx,
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
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind228 import texts

Rng = np.random.Generator


def _ids(rng: Rng, n: int, mode: str, prefix: str) -> list[str]:
    """Org or card ids for n keys: one shared, a few shared round-robin, or one each."""
    if mode == "one":
        return [hexid(rng, prefix)] * n
    if mode == "each":
        return [hexid(rng, prefix) for _ in range(n)]
    k = irange(rng, 2, max(2, min(5, n // 2)))
    pool = [hexid(rng, prefix) for _ in range(k)]
    return [pool[i] for i in rng.integers(0, k, size=n).tolist()]


def _subset(rng: Rng, items: tuple[str, ...], lo: int, hi: int) -> list[str]:
    k = min(len(items), irange(rng, lo, hi))
    return [items[i] for i in sorted(rng.choice(len(items), size=k, replace=False).tolist())]


def _weights(rng: Rng, n: int) -> np.ndarray:
    return rng.dirichlet(np.full(n, 2.0))


def _langs(rng: Rng, langs: list[str], w: np.ndarray, n: int) -> list[str]:
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w).tolist()]


def _tz_lang(tz: int) -> str:
    return {-3: "pt", 1: "de", 2: "de"}.get(tz, "en")


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def highline(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "highline"
    n = irange(rng, 6, 14)
    org_mode, pay_mode = pick(rng, ("one", "few")), pick(rng, ("one", "few"))
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "scaleway"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    shared_ua, per_key_ua = sdk_ua(rng), chance(rng, 0.4)
    langs = list(pick(rng, (("en", "zh"), ("en", "ru"), ("en", "zh", "ru"), ("zh", "en"))))
    lang_w = _weights(rng, len(langs))
    styles = _subset(rng, texts.REASONING_STYLES, 2, 4)
    per_hour, pace = float(rng.uniform(35, 80)), pick(rng, ("constant", "nightly", "global"))
    op_tz = pick(rng, TZS)
    curve = {
        "constant": constant,
        "nightly": nightly(irange(rng, 17, 22), float(rng.uniform(8, 12)), op_tz),
        "global": global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.3, 0.7))),
    }[pace]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    p_new, comp, err = (
        float(rng.uniform(0.85, 0.97)),
        float(rng.uniform(900, 1600)),
        float(rng.uniform(0.01, 0.05)),
    )
    orgs, pays = _ids(rng, n, org_mode, "org"), _ids(rng, n, pay_mode, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=camp,
            org=orgs[i],
            pay=pays[i],
            ua=sdk_ua(rng) if per_key_ua else shared_ua,
            ips=picks(rng, pool, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n, curve), strict=True):
        prompts = [
            texts.reasoning_prompt(rng, pick(rng, styles), lg)
            for lg in _langs(rng, langs, lang_w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=comp,
            comp_sigma=0.5,
            err=err,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n,
            "orgs": org_mode,
            "payment": pay_mode,
            "ip_source": f"rented_block:{provider}",
            "pacing": f"worker_pool:{pace}",
            "per_hour": round(per_hour, 1),
            "languages": langs,
            "styles": styles,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in scripted bursts from cloud VMs


def longline(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "longline"
    n = irange(rng, 4, 9)
    provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "litellm/1.60.2"))
    langs = list(pick(rng, (("en",), ("en", "de"), ("en", "es"), ("en", "de", "es"))))
    lang_w = _weights(rng, len(langs))
    styles = _subset(rng, texts.GRADING_STYLES, 2, 4)
    per_day, size, gap = (
        float(rng.uniform(2, 5)),
        float(rng.uniform(25, 70)),
        float(rng.uniform(0.5, 2.0)),
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    p_new, comp = float(rng.uniform(0.85, 0.97)), float(rng.uniform(120, 260))
    orgs, pays = _ids(rng, n, "few", "org"), _ids(rng, n, "each", "pay")
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=camp,
            org=orgs[i],
            pay=pays[i],
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        ts = np.concatenate([np.empty(0), *bursts(rng, starts, size, gap, b=ctx.t1)])
        prompts = [
            texts.grading_prompt(rng, pick(rng, styles), lg, ctx.chat, ctx.passages)
            for lg in _langs(rng, langs, lang_w, len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=comp, err=0.03
        )
        accts.append(a)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "judge_rubric_grading",
            "keys": n,
            "orgs": "few",
            "payment": "stolen_one_per_key",
            "ip_source": f"cloud:{provider}",
            "pacing": "bursts",
            "bursts_per_day": round(per_day, 2),
            "burst_size": round(size, 1),
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through a rotating residential proxy


def trickline(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "trickline"
    n = irange(rng, 10, 18)
    region = pick(rng, ("*", "us", "eu", "sea", "latam"))
    pool = resi(rng, irange(rng, 150, 400), region)
    hold = float(rng.uniform(60, 600))
    ua = pick(rng, (*BROWSERS[:2], "Go-http-client/2.0"))
    langs = list(pick(rng, (("zh", "en"), ("zh", "en", "ru"), ("en", "zh"))))
    lang_w = _weights(rng, len(langs))
    styles = _subset(rng, texts.POLICY_STYLES, 2, 4)
    per_hour = float(rng.uniform(3, 8))
    p_new, comp = float(rng.uniform(0.85, 0.97)), float(rng.uniform(350, 650))
    pays = _ids(rng, n, "few", "pay")
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=camp,
            pay=pays[i],
            ua=ua,
            ips=pool,
        )
        s = ctx.release + float(rng.uniform(-1.5, 0.5)) * DAY
        ts = thinned(rng, s, ctx.t1, per_hour * (ctx.t1 - s) / HOUR, constant)
        prompts = [
            texts.policy_prompt(rng, pick(rng, styles), lg, ctx.passages)
            for lg in _langs(rng, langs, lang_w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            ips=sticky(rng, ts, pool, hold),
            comp_median=comp,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "policy_rewrite_harvest",
            "keys": n,
            "orgs": "each",
            "payment": "prepaid_shared",
            "ip_source": f"residential_proxy:{region}",
            "sticky_s": round(hold),
            "pacing": "steady_poisson_per_key",
            "per_hour_per_key": round(per_hour, 2),
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from an orchestration framework


def waterline(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "waterline"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("gcp", "azure", "aws"))
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "python-httpx/0.28.1",
        ),
    )
    styles = _subset(rng, texts.AGENT_STYLES, 1, 3)
    per_hour, gap = float(rng.uniform(5, 12)), float(rng.uniform(2, 7))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    p_new, comp = float(rng.uniform(0.9, 0.98)), float(rng.uniform(120, 240))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(n)
    ]
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        ts_all, prompts = [], []
        for s in starts.tolist():
            steps = irange(rng, 3, 9)
            ep = texts.agent_episode(rng, pick(rng, styles), steps)
            ts_all.append(
                s
                + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=steps - 1))]
                )
            )
            prompts.extend(ep)
        ts = np.concatenate([np.empty(0), *ts_all])
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=comp, err=0.01
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "agent_transcript_harvest",
            "keys": n,
            "orgs": "one",
            "payment": "one_card",
            "ip_source": f"cloud:{provider}",
            "pacing": "episodes_worker_pool",
            "episodes_per_hour": round(per_hour, 1),
            "styles": styles,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation at night through VPN exits, stolen cards


def leash(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "leash"
    n = irange(rng, 8, 14)
    provs = _subset(rng, ("m247", "leaseweb", "ovh", "vultr"), 1, 2)
    pool = [ip for p in provs for ip in cloud(rng, irange(rng, 6, 16), p)]
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "aiohttp/3.11.11"))
    langs = list(pick(rng, (("en", "es"), ("en", "pt", "id"), ("en", "es", "pt", "id"), ("en",))))
    lang_w = _weights(rng, len(langs))
    styles = _subset(rng, texts.DATASET_STYLES, 2, 4)
    op_tz = pick(rng, TZS)
    night = nightly(irange(rng, 20, 23), float(rng.uniform(6, 9)), op_tz)
    per_day, size, gap = (
        float(rng.uniform(1, 3)),
        float(rng.uniform(15, 40)),
        float(rng.uniform(4, 12)),
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    p_new, comp = float(rng.uniform(0.85, 0.95)), float(rng.uniform(1500, 2600))
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng, label="campaign", family=name, role="worker", campaign_id=camp, ua=ua, ips=pool
        )
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, night)
        ts = np.concatenate([np.empty(0), *bursts(rng, starts, size, gap, b=ctx.t1)])
        prompts = [
            texts.dataset_prompt(rng, pick(rng, styles), lg)
            for lg in _langs(rng, langs, lang_w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=comp,
            comp_sigma=0.4,
            err=0.04,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n,
            "orgs": "each",
            "payment": "stolen_one_per_key",
            "ip_source": f"vpn_exits:{'+'.join(provs)}",
            "pacing": "nightly_bursts",
            "operator_tz": op_tz,
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. scripted multi-turn dialogue harvest, one small VPS per key


def tensioner(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "tensioner"
    n = irange(rng, 8, 16)
    langs = _subset(rng, tuple(sorted(texts.OPENERS)), 3, 5)
    lang_w = _weights(rng, len(langs))
    conv_per_hour, gap = float(rng.uniform(0.4, 1.0)), float(rng.uniform(6, 15))
    p_new, comp = float(rng.uniform(0.88, 0.97)), float(rng.uniform(400, 700))
    pays = _ids(rng, n, "few", "pay")
    accts = []
    for i in range(n):
        prov = pick(rng, ("digitalocean", "vultr", "linode", "hetzner"))
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=camp,
            pay=pays[i],
            ua=sdk_ua(rng),
            ips=cloud(rng, 1, prov),
        )
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts_all, prompts = [], []
        for c in thinned(rng, s, ctx.t1, conv_per_hour * (ctx.t1 - s) / HOUR, constant).tolist():
            turns = irange(rng, 4, 10)
            lg = langs[int(rng.choice(len(langs), p=lang_w))]
            prompts.extend(texts.conversation(rng, lg, turns))
            ts_all.append(
                c
                + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=turns - 1))]
                )
            )
        ts = np.concatenate([np.empty(0), *ts_all])
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=comp, err=0.02
        )
        accts.append(a)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n,
            "orgs": "each",
            "payment": "prepaid_shared",
            "ip_source": "one_vps_per_key",
            "pacing": "scripted_conversations",
            "conv_per_hour": round(conv_per_hour, 2),
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: the same prompt fired n times, sometimes on both models


def chongo(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "chongo"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("hetzner", "ovh", "aws"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2", "aiohttp/3.11.11"))
    fixed_k = irange(rng, 4, 10) if chance(rng, 0.5) else 0
    per_hour, cross = float(rng.uniform(4, 9)), float(rng.uniform(0.1, 0.4))
    langs = list(pick(rng, (("en",), ("en", "ja"), ("en", "de"), ("en", "ja", "de"))))
    lang_w = _weights(rng, len(langs))
    pace = pick(rng, ("constant", "nightly"))
    curve = (
        constant
        if pace == "constant"
        else nightly(irange(rng, 18, 23), float(rng.uniform(8, 12)), pick(rng, TZS))
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    comp = float(rng.uniform(300, 600))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n)
    ]
    old, new = ctx.old_models[0], ctx.new_model
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n, curve), strict=True):
        ts_all, prompts, models = [], [], []
        for s in starts.tolist():
            k = fixed_k or irange(rng, 3, 12)
            q = texts.open_question(rng, langs[int(rng.choice(len(langs), p=lang_w))])
            ts_all.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.25), 0.6, size=k - 1))])
            )
            prompts.extend([q] * k)
            if s < ctx.release:
                models.extend([old] * k)
            elif chance(rng, cross):
                models.extend([new if j % 2 == 0 else old for j in range(k)])
            else:
                models.extend([new] * k)
        ts = np.concatenate([np.empty(0), *ts_all])
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=comp, err=0.03)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n,
            "orgs": "one",
            "payment": "one_card",
            "ip_source": f"cloud:{provider}",
            "samples_per_prompt": fixed_k or "3-12",
            "cross_model_share": round(cross, 2),
            "pacing": f"worker_pool:{pace}",
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep: an ordered grid of concepts x levels, slow and steady from an office line


def buddha_sit(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "buddha_sit"
    n = irange(rng, 2, 3)
    tz = pick(rng, TZS)
    office = home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "curl/8.5.0"))
    levels = irange(rng, 4, 8)
    langs = list(pick(rng, (("en",), ("en", "ja"), ("en", "de"))))
    style = pick(rng, ("explicit_level", "plain"))
    gap = float(rng.uniform(300, 800))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    p_new, comp = float(rng.uniform(0.9, 0.98)), float(rng.uniform(600, 900))
    items = texts.curriculum_items(rng, levels)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    pauses = [
        (float(rng.uniform(start, ctx.t1)), float(rng.uniform(2, 8)) * HOUR)
        for _ in range(irange(rng, 1, 3))
    ]
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sweeper",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        m = int((ctx.t1 - start) / gap * 1.3) + 10
        ts = (
            start + float(rng.uniform(0, gap)) + np.cumsum(rng.lognormal(np.log(gap), 0.25, size=m))
        )
        ts = ts[ts < ctx.t1]
        for p0, dur in pauses:
            ts = ts[(ts < p0) | (ts >= p0 + dur)]
        mine = items[i::n]
        prompts = [
            texts.curriculum_prompt(
                rng, mine[j % len(mine)], levels, langs[(j // len(mine)) % len(langs)], style
            )
            for j in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=comp,
            comp_sigma=0.3,
            err=0.005,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "curriculum_sweep",
            "keys": n,
            "orgs": "one",
            "payment": "one_card",
            "ip_source": "office_broadband",
            "tz": tz,
            "pacing": "slow_steady",
            "gap_s": round(gap),
            "levels": levels,
            "languages": langs,
            "style": style,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. (hard) harvest hidden inside a real product's backend traffic


def weblock(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "weblock"
    n = irange(rng, 2, 4)
    provider = pick(rng, ("aws", "gcp", "azure"))
    pool = cloud(rng, irange(rng, 4, 10), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.58.1"))
    brand = pick(rng, ("StudyNest", "Homeworkly", "AskTutorPro", "Brainbox"))
    per_hour = float(rng.uniform(50, 110))
    peak, depth = float(rng.uniform(12, 20)), float(rng.uniform(0.5, 0.8))
    share, mode = float(rng.uniform(0.15, 0.3)), pick(rng, ("mirror", "flat"))
    h_start = ctx.release + float(rng.uniform(-1.0, 0.3)) * DAY
    p_legit, p_harvest = float(rng.uniform(0.2, 0.5)), float(rng.uniform(0.85, 0.97))
    key_w = _weights(rng, n)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_backend",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=pool,
        )
        for _ in range(n)
    ]
    load = global_load(peak, depth)
    legit = thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, load)
    harvest = thinned(
        rng,
        h_start,
        ctx.t1,
        share * per_hour * (ctx.t1 - h_start) / HOUR,
        load if mode == "mirror" else constant,
    )
    who_l, who_h = (
        rng.choice(n, size=len(legit), p=key_w),
        rng.choice(n, size=len(harvest), p=key_w),
    )
    for i, a in enumerate(accts):
        ts = legit[who_l == i]
        prompts = [
            f"[{brand}] {texts.human(rng, ctx.chat)}"
            if chance(rng, 0.3)
            else texts.human(rng, ctx.chat, 2000)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_legit),
            comp_median=350,
            err=0.01,
        )
        ts = harvest[who_h == i]
        prompts = [texts.disguised_harvest(rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_harvest),
            comp_median=900,
            err=0.01,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "keys": n,
            "orgs": "one",
            "payment": "business_card",
            "ip_source": f"app_servers:{provider}",
            "harvest_share": round(share, 3),
            "harvest_pacing": mode,
            "harvest_start": h_start,
            "product": brand,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. (hard) bought aged accounts: an owner's ordinary history, then a quiet takeover


def treewear(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "treewear"
    n = irange(rng, 12, 20)
    hold = float(rng.uniform(1800, 7200))
    post_mode = pick(rng, ("constant", "evening"))
    mix = float(rng.uniform(0.3, 0.8))  # translation share; the rest is code
    p_new = float(rng.uniform(0.7, 0.92))
    post_rate, post_size = float(rng.uniform(4, 10)), float(rng.uniform(5, 12))
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua_pre = pick(rng, (*BROWSERS, *MOBILE[:3]))
        ua_post = ua_pre if chance(rng, 0.5) else sdk_ua(rng, 0.3)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="aged_account",
            campaign_id=camp,
            ua=ua_pre,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        proxies = home(rng, irange(rng, 30, 120), tz)
        take = ctx.release + float(rng.uniform(-1.5, 0.6)) * DAY
        pre = session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.5, 2.0)),
            evening_person(tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(40, 120)),
        )
        ts = np.concatenate([np.empty(0), *pre])
        ctx.emit(
            rng,
            a,
            ts,
            [texts.human(rng, ctx.chat, 2000) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.2),
            comp_median=350,
            err=0.005,
        )
        curve = constant if post_mode == "constant" else evening_person(tz, 4.0)
        post = session_times(
            rng, take, ctx.t1, post_rate, curve, post_size, float(rng.uniform(12, 35)), 0.5
        )
        ts = np.concatenate([np.empty(0), *post])
        prompts = [
            texts.translation_prompt(rng, ctx.passages)
            if chance(rng, mix)
            else texts.code_prompt(rng)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            ips=sticky(rng, ts, proxies, hold),
            ua=ua_post,
            comp_median=700,
            err=0.02,
        )
        accts.append(a)
        takeovers.append(take)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "aged_account_takeover_translation_code",
            "keys": n,
            "orgs": "each_original",
            "payment": "each_original_owner",
            "ip_source": "home_then_same_region_residential_proxy",
            "post_pacing": post_mode,
            "translation_share": round(mix, 2),
            "takeovers": takeovers,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. (hard) a low-and-slow crowd of person-like accounts asking expert questions


def whipper(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "whipper"
    n = irange(rng, 35, 60)
    p_new, comp = float(rng.uniform(0.6, 0.85)), float(rng.uniform(600, 900))
    tz_w = _weights(rng, len(TZS))
    accts = []
    for _ in range(n):
        tz = TZS[int(rng.choice(len(TZS), p=tz_w))]
        lang = _tz_lang(tz) if chance(rng, 0.6) else ("es" if tz in (-5, -8, -3) else "en")
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="crowd_member",
            campaign_id=camp,
            ua=pick(rng, (*BROWSERS, *MOBILE[:3])),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        s = ctx.release + float(rng.uniform(-1.2, 1.0)) * DAY
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz, weekend=0.3)
        sess = session_times(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(0.7, 2.2)),
            curve,
            float(rng.uniform(2.5, 6)),
            float(rng.uniform(45, 150)),
        )
        ts = np.concatenate([np.empty(0), *sess])
        ctx.emit(
            rng,
            a,
            ts,
            [texts.expert_question(rng, lang) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=comp,
            err=0.005,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "low_slow_expert_crowd",
            "keys": n,
            "orgs": "each",
            "payment": "virtual_card_each",
            "ip_source": "residential_by_tz",
            "pacing": "human_sessions",
            "p_new": round(p_new, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 12. (hard) public prompt replay from a phone farm on a mobile carrier


def rodeo_line(ctx: Ctx, rng: Rng, camp: str) -> None:
    name = "rodeo_line"
    n = irange(rng, 18, 30)
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    tz = {"us_mobile": pick(rng, (-5, -8)), "in_mobile": 5, "br_mobile": -3, "eu_mobile": 1}[
        carrier
    ]
    shift = workday(
        tz,
        start=float(rng.uniform(7, 10)),
        end=float(rng.uniform(19, 23)),
        weekend=float(rng.uniform(0.5, 1.0)),
        night=0.01,
    )
    per_day, size, gap = (
        float(rng.uniform(2, 5)),
        float(rng.uniform(5, 12)),
        float(rng.uniform(20, 60)),
    )
    p_new = float(rng.uniform(0.8, 0.95))
    pays = _ids(rng, n, "few", "pay")
    accts: list[Acct] = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="phone",
            campaign_id=camp,
            pay=pays[i],
            ua=pick(rng, MOBILE),
            ips=mobile_v6(rng, 1, carrier),
            tz=tz,
        )
        s = ctx.release - float(rng.uniform(0, 0.6)) * DAY
        sess = session_times(rng, s, ctx.t1, per_day, shift, size, gap)
        ips = [ip for arr in sess for ip in [mobile_v6(rng, 1, carrier)[0]] * len(arr)]
        ts = np.concatenate([np.empty(0), *sess])
        ctx.emit(
            rng,
            a,
            ts,
            [pick(rng, ctx.chat) for _ in range(len(ts))],
            ips=ips,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=400,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n,
            "orgs": "each",
            "payment": "prepaid_shared",
            "ip_source": f"phone_farm:{carrier}",
            "tz": tz,
            "pacing": "shift_sessions",
            "sessions_per_day": round(per_day, 2),
        },
    )


CAMPAIGN_FAMILIES = {
    "highline": highline,
    "longline": longline,
    "trickline": trickline,
    "waterline": waterline,
    "leash": leash,
    "tensioner": tensioner,
    "chongo": chongo,
    "buddha_sit": buddha_sit,
    "weblock": weblock,
    "treewear": treewear,
    "whipper": whipper,
    "rodeo_line": rodeo_line,
}

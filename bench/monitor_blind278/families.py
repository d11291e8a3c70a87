"""Campaign families of batch 278: twelve operators harvesting the model's outputs.

Each family is `f(ctx, rng, campaign_id)`: it draws everything (keys, orgs, cards, addresses, user
agents, languages, pacing, model choice) from its own generator and writes events and truth through
`ctx` (see `bench/blind_batch.py`). Code names are kok-boru words; the README card describes them.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
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
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind278 import texts as tx

#: languages people write in, by UTC offset (for accounts that pose as residents)
LANGS_OF_TZ: dict[int, tuple[str, ...]] = {
    -8: ("en", "en", "es"),
    -5: ("en", "en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("en", "de"),
    3: ("ru", "tr"),
    5: ("en",),
    8: ("zh", "zh", "en"),
    9: ("ja", "ko"),
}
#: a UTC offset for each consumer region of the address map
TZ_OF_REGION: dict[str, tuple[int, ...]] = {
    "us": (-8, -5),
    "ca": (-5, -8),
    "latam": (-3,),
    "eu": (0, 1, 2),
    "ru": (3,),
    "in": (5,),
    "sea": (8,),
    "cn": (8,),
    "jp_kr": (9,),
}
MOBILE_V6_OF_REGION = {
    "us": "us_mobile",
    "ca": "us_mobile",
    "latam": "br_mobile",
    "eu": "eu_mobile",
    "in": "in_mobile",
}


def _weights(rng: np.random.Generator, n: int, conc: float = 2.0) -> list[float]:
    return [float(x) for x in rng.dirichlet(np.full(n, conc))]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _worker(ctx: Ctx, rng: np.random.Generator, name: str, camp: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=name, role=role, campaign_id=camp, **kw)


# --------------------------------------------------------------------------------------------


def tai_kazan(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reasoning-trace coercion: word problems with demands for the whole chain of thought, from a
    rented hosting block, a few prepaid cards shared over keys, a Poisson worker pool that triples
    after the release."""
    name = "tai_kazan"
    n_keys, n_orgs, n_cards = irange(rng, 8, 16), irange(rng, 1, 3), irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "scaleway"))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 6, 12))
    ua_main = sdk_ua(rng, 0.6)
    langs = ["en", "zh", "ru", "es", "de"]
    lw = _weights(rng, len(langs), 1.5)
    accts = []
    for i in range(n_keys):
        ua = ua_main if chance(rng, 0.8) else sdk_ua(rng, 0.3)
        ips = [pick(rng, block) for _ in range(irange(rng, 1, 3))]
        accts.append(
            _worker(
                ctx,
                rng,
                name,
                camp,
                "worker",
                org=orgs[i % n_orgs],
                pay=cards[i % n_cards],
                ua=ua,
                ips=ips,
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    pre_rate, post_rate = float(rng.uniform(10, 25)), float(rng.uniform(45, 80))
    ramp = ctx.release + float(rng.uniform(0.5, 6.0)) * HOUR
    pre = worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = worker_pool(rng, ramp, ctx.t1, post_rate, n_keys)
    comp = float(rng.uniform(1400, 2400))
    for i, a in enumerate(accts):
        ts = _cat([pre[i], post[i]])
        style = irange(rng, 0, 3)
        prompts = [
            tx.reasoning_coercion(
                rng, tx.lang_of(rng, langs, lw), style if chance(rng, 0.85) else irange(rng, 0, 3)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.08),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": n_cards,
            "payment": "prepaid cards shared over keys",
            "ip_source": f"rented {provider} block",
            "pacing": "Poisson worker pool, rate x3 after release",
            "pre_rate_per_h": round(pre_rate, 2),
            "post_rate_per_h": round(post_rate, 2),
            "languages": langs,
            "language_weights": [round(w, 3) for w in lw],
            "user_agent": ua_main,
        },
    )


def kamchy(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Judge / rubric / reward-model grading harvest: public questions with two answers to compare
    or one to score, from stolen cards (one per key) behind sticky residential proxies, in bursts."""
    name = "kamchy"
    n_keys = irange(rng, 5, 9)
    region = pick(rng, ("us", "eu", "latam"))
    pool = resi(rng, irange(rng, 40, 90), region)
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    styles = sorted(int(x) for x in rng.choice(4, size=irange(rng, 2, 4), replace=False))
    p_zh = float(rng.uniform(0.0, 0.25))
    hold = float(rng.uniform(600, 1800))
    accts = []
    for _ in range(n_keys):
        a = _worker(ctx, rng, name, camp, "grader", ua=ua, ips=[pool[0]])
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        starts = thinned(
            rng, start, ctx.t1, (ctx.t1 - start) / DAY * float(rng.uniform(3, 6)), constant
        )
        ts = _cat(
            bursts(rng, starts, float(rng.uniform(20, 45)), float(rng.uniform(1.5, 5.0)), b=ctx.t1)
        )
        prompts = [
            tx.judge_harvest(
                rng, ctx.chat, ctx.passages, pick(rng, styles), "zh" if chance(rng, p_zh) else "en"
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            ips=sticky(rng, ts, pool, hold),
            comp_median=380.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "judge/rubric/reward-model grading",
            "keys": n_keys,
            "payment": "stolen cards, one per key",
            "ip_source": f"sticky residential proxies ({region})",
            "proxy_hold_s": round(hold),
            "pacing": "bursts of 20-45 a few times a day",
            "styles": styles,
            "share_zh": round(p_zh, 3),
            "user_agent": ua,
        },
    )


def jigit(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Censorship-safe / policy rewrites: sensitive topics and drafts rewritten into compliant
    answers, multilingual, through commercial VPN exits, slow and steady, prepaid card per key."""
    name = "jigit"
    n_keys = irange(rng, 10, 20)
    vpn = (
        cloud(rng, irange(rng, 12, 25), "m247")
        + cloud(rng, irange(rng, 6, 12), "leaseweb")
        + cloud(rng, irange(rng, 3, 8), "ovh")
    )
    langs = ["zh", "en", "ru", "ar"]
    lw = _weights(rng, 4, 3.0)
    op_tz = pick(rng, (8, 3, 2))
    accts = []
    for _ in range(n_keys):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.5)
            else pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
        )
        a = _worker(ctx, rng, name, camp, "rewriter", ua=ua, ips=[vpn[0]])
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        rate = float(rng.uniform(1.5, 4.5))
        curve = (
            constant
            if chance(rng, 0.5)
            else workday(op_tz, start=9.0, end=22.0, weekend=0.5, night=0.1)
        )
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, curve)
        prompts = [
            tx.policy_rewrite(
                rng, ctx.chat, ctx.passages, tx.lang_of(rng, langs, lw), irange(rng, 0, 3)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.85, 0.95))),
            ips=sticky(rng, ts, vpn, float(rng.uniform(1, 4)) * HOUR),
            comp_median=550.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": n_keys,
            "payment": "prepaid card per key",
            "ip_source": "commercial VPN exits (m247, leaseweb, ovh)",
            "pacing": "slow steady 1.5-4.5/h per key",
            "languages": langs,
            "language_weights": [round(w, 3) for w in lw],
            "operator_tz": op_tz,
            "user_agent": "browser playground or python",
        },
    )


def chabandoz(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Agent / tool-use transcripts: synthetic tasks run as multi-step episodes whose last message
    is a tool observation, growing context, from one cloud egress set and one corporate card."""
    name = "chabandoz"
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    egress = cloud(rng, irange(rng, 3, 6), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    accts = [
        _worker(ctx, rng, name, camp, "agent_runner", org=org, pay=card, ua=ua, ips=egress)
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_h = float(rng.uniform(3, 6))
    starts = worker_pool(rng, start, ctx.t1, per_h, n_keys)
    base = float(rng.uniform(1200, 2500))
    grow = float(rng.uniform(250, 500))
    gap = float(rng.uniform(6, 18))
    for i, a in enumerate(accts):
        style = irange(rng, 0, 2)
        ts_l: list[float] = []
        prompts: list[str] = []
        extra: list[int] = []
        comp: list[float] = []
        for s in starts[i].tolist():
            steps = irange(rng, 4, 13)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=steps - 1))]
            )
            task = tx.agent_task(rng)
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                prompts.append(tx.agent_step(rng, task, j, style))
                extra.append(int(base + j * grow))
                comp.append(700.0 if j == steps - 1 else 160.0)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            extra=np.asarray(extra),
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "agent/tool-use transcripts",
            "keys": n_keys,
            "payment": "one corporate card",
            "ip_source": f"{provider} egress",
            "pacing": "episodes of 4-13 steps from a worker pool",
            "episodes_per_h": round(per_h, 2),
            "context_base_tokens": round(base),
            "user_agent": ua,
        },
    )


def tebetei(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Synthetic-dataset generation as a curriculum sweep: subject x subtopic x level cells walked
    in order, nightly jobs from a cloud account, a small pilot on the old model before release."""
    name = "tebetei"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("azure", "gcp", "aws", "oracle"))
    op_tz = pick(rng, (8, 3, 1, -5))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        _worker(
            ctx,
            rng,
            name,
            camp,
            "generator",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    night = nightly(float(rng.uniform(0, 3)), float(rng.uniform(4, 7)), op_tz)
    langs = ["en", "id", "vi", "hi", "pt"]
    lw = [0.55] + [0.45 * w for w in _weights(rng, 4, 2.0)]
    cells = [(s, sub, lv) for s in tx.SUBJECTS for sub in tx.SUBTOPICS[s] for lv in tx.LEVELS]
    order = rng.permutation(len(cells)).tolist()
    per_night_h = float(rng.uniform(80, 140))
    pilot_a = ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY
    per = []
    for _ in accts:
        pilot = thinned(rng, pilot_a, ctx.release, 6.0 * (ctx.release - pilot_a) / DAY, night)
        main = thinned(
            rng,
            ctx.release,
            ctx.t1,
            per_night_h / n_keys * 5.5 * (ctx.t1 - ctx.release) / DAY,
            night,
        )
        per.append(_cat([pilot, main]))
    # one shared queue of cells over all keys, in time order
    all_ts = _cat(per)
    rank = {t: k for k, t in enumerate(all_ts.tolist())}
    for a, ts in zip(accts, per, strict=True):
        prompts = []
        for t in ts.tolist():
            k = rank[t]
            cell = cells[order[k % len(cells)]]
            prompts.append(
                tx.dataset_gen(
                    rng, cell, tx.lang_of(rng, langs, lw), (k // len(cells)) + irange(rng, 0, 3)
                )
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.99, p_mini=0.0),
            comp_median=2200.0,
            comp_sigma=0.35,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "synthetic dataset generation (curriculum sweep)",
            "keys": n_keys,
            "payment": "one card",
            "ip_source": f"{provider}",
            "pacing": "nightly jobs, pilot before release",
            "operator_tz": op_tz,
            "cells": len(cells),
            "languages": langs,
            "user_agent": ua,
        },
    )


def aksakal(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Harvest hidden in a real product's traffic: a writing/study assistant app relays its
    users' messages through a few keys; its operator mixes generated harvest queries into the same
    keys, at the same load curve, from the same egress, mostly on the new model."""
    name = "aksakal"
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    egress = cloud(rng, irange(rng, 4, 8), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.58.1"))
    accts = [
        _worker(ctx, rng, name, camp, "product_key", org=org, pay=card, ua=ua, ips=egress)
        for _ in range(n_keys)
    ]
    kw = _weights(rng, n_keys, 1.5)
    curve = global_load(float(rng.uniform(13, 20)), float(rng.uniform(0.4, 0.7)))
    langs = ["en", "es", "pt", "de", "fr", "ja"]
    lw = [0.5] + [0.5 * w for w in _weights(rng, 5, 2.0)]
    per_day = float(rng.uniform(500, 900))
    share = float(rng.uniform(0.18, 0.3))
    organic = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, curve)
    h_pre = thinned(rng, ctx.release - DAY, ctx.release, 0.05 * per_day, curve)
    h_post = thinned(
        rng, ctx.release, ctx.t1, share * per_day * (ctx.t1 - ctx.release) / DAY, curve
    )
    harvest = _cat([h_pre, h_post])
    cells = [(s, sub, lv) for s in tx.SUBJECTS for sub in tx.SUBTOPICS[s] for lv in tx.LEVELS]
    order = rng.permutation(len(cells)).tolist()
    who_o = rng.choice(n_keys, size=len(organic), p=np.asarray(kw))
    who_h = rng.choice(n_keys, size=len(harvest), p=np.asarray(kw))
    for i, a in enumerate(accts):
        to = organic[who_o == i]
        th = harvest[who_h == i]
        p_o = []
        for _ in range(len(to)):
            lg = tx.lang_of(rng, langs, lw)
            p_o.append(
                pick(rng, ctx.chat)
                if (lg == "en" or chance(rng, 0.3))
                else tx.natural_question(rng, tx.curriculum_cell(rng), lg)
            )
        m_o = ctx.models(rng, to, p_new=0.35, p_mini=0.3)
        p_h = []
        for j in range(len(th)):
            lg = tx.lang_of(rng, langs, lw)
            if chance(rng, 0.5):
                p_h.append(tx.replay_with_depth(rng, ctx.chat, lg, 0.6))
            else:
                p_h.append(tx.natural_question(rng, cells[order[(i * 7919 + j) % len(cells)]], lg))
        m_h = ctx.models(rng, th, p_new=0.95, p_mini=0.0)
        ts = np.concatenate([to, th])
        srt = np.argsort(ts, kind="stable").tolist()
        prompts = [(p_o + p_h)[k] for k in srt]
        models = [(m_o + m_h)[k] for k in srt]
        comp = np.concatenate([np.full(len(to), 300.0), np.full(len(th), 700.0)])[srt]
        ctx.emit(
            rng,
            a,
            ts[srt],
            prompts,
            models=models,
            comp_median=comp,
            comp_sigma=0.6,
            extra=int(rng.integers(150, 400)),
            err=0.01,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "harvest hidden in a product's own traffic",
            "keys": n_keys,
            "payment": "one business card",
            "ip_source": f"{provider} egress of the product",
            "pacing": "global product load curve",
            "organic_per_day": round(per_day),
            "harvest_share_post_release": round(share, 3),
            "languages": langs,
            "user_agent": ua,
            "hard": True,
        },
    )


def serke(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Bought / compromised aged accounts: each has real-looking personal use before the
    takeover (home address, browser, its owner's card); after it, the operator drives it through
    residential proxies of the same region, on the owner's waking hours, at a person-like pace."""
    name = "serke"
    n = irange(rng, 12, 22)
    accts = []
    takeovers = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -5, -3, 0, 1, 1, 2, 3, 5, 8, 9))
        ua0 = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng, 0.7)
        a = _worker(
            ctx,
            rng,
            name,
            camp,
            "aged_account",
            ua=ua0,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        lg_pool = LANGS_OF_TZ[tz]
        take = ctx.release + float(rng.uniform(-1.0, 1.0)) * DAY
        takeovers.append(round(take, 1))
        own = session_times(
            rng, ctx.t0, take, float(rng.uniform(0.5, 2.5)), evening_person(tz), 3.0, 60.0
        )
        t_own = _cat(own)
        p_own = [tx.short_chat(rng, ctx.chat, 900) for _ in range(len(t_own))]
        ctx.emit(
            rng,
            a,
            t_own,
            p_own,
            models=ctx.models(rng, t_own, p_new=0.3, p_mini=0.15),
            comp_median=320.0,
            comp_sigma=0.7,
        )
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.3)
        sess = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(4, 9)),
            curve,
            float(rng.uniform(6, 14)),
            float(rng.uniform(20, 60)),
        )
        t_h = _cat(sess)
        proxies = home(rng, irange(rng, 8, 20), tz)
        ua1 = ua0 if chance(rng, 0.65) else sdk_ua(rng, 0.5)
        p_h = []
        for _ in range(len(t_h)):
            lg = pick(rng, lg_pool)
            u = float(rng.random())
            if u < 0.5:
                p_h.append(tx.natural_question(rng, tx.curriculum_cell(rng), lg))
            elif u < 0.85:
                p_h.append(tx.replay_with_depth(rng, ctx.chat, lg, 0.5))
            else:
                p_h.append(
                    tx.reasoning_coercion(
                        rng, lg if lg in ("en", "zh", "ru", "es", "de") else "en", 2
                    )
                )
        ctx.emit(
            rng,
            a,
            t_h,
            p_h,
            models=ctx.models(rng, t_h, p_new=0.93, p_mini=0.0),
            ips=sticky(rng, t_h, proxies, float(rng.uniform(20, 60)) * MINUTE),
            ua=ua1,
            comp_median=650.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "aged/compromised accounts, person-paced harvest",
            "accounts": n,
            "payment": "original owners' cards",
            "ip_source": "home address, then same-region residential proxies",
            "pacing": "human sessions on the owner's timezone",
            "takeover_ts": takeovers,
            "hard": True,
        },
    )


def tizgin(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Low-and-slow crowd: dozens of fresh person-like accounts in many regions, each with
    a few short sessions a day through residential or mobile addresses, together covering a topic
    grid in natural questions in their own language."""
    name = "tizgin"
    n = irange(rng, 40, 65)
    reg_list = ["us", "eu", "latam", "in", "sea", "jp_kr", "ca", "ru"]
    rw = _weights(rng, len(reg_list), 2.0)
    cells = [(s, sub, lv) for s in tx.SUBJECTS for sub in tx.SUBTOPICS[s] for lv in tx.LEVELS]
    order = rng.permutation(len(cells)).tolist()
    cursor = 0
    accts = []
    for _ in range(n):
        region = tx.lang_of(rng, reg_list, rw)
        tz = pick(rng, TZ_OF_REGION[region])
        lg = pick(rng, LANGS_OF_TZ[tz])
        u = float(rng.random())
        ua = (
            pick(rng, BROWSERS)
            if u < 0.55
            else (pick(rng, MOBILE) if u < 0.9 else sdk_ua(rng, 0.5))
        )
        mob = region in MOBILE_V6_OF_REGION and chance(rng, 0.2)
        pool = (
            mobile_v6(rng, irange(rng, 3, 8), MOBILE_V6_OF_REGION[region])
            if mob
            else resi(rng, irange(rng, 3, 8), region)
        )
        a = _worker(ctx, rng, name, camp, "crowd_member", ua=ua, ips=pool, tz=tz)
        accts.append(a)
        signup = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        sess = session_times(
            rng,
            signup,
            ctx.t1,
            float(rng.uniform(1.2, 3.5)),
            evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(35, 110)),
            gap_sigma=0.9,
        )
        ts = _cat(sess)
        prompts = []
        for _t in range(len(ts)):
            if chance(rng, 0.2):
                prompts.append(tx.short_chat(rng, ctx.chat, 300))
            else:
                prompts.append(tx.natural_question(rng, cells[order[cursor % len(cells)]], lg))
                cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.75, 0.9))),
            ips=sticky(rng, ts, pool, 45 * MINUTE),
            comp_median=500.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "low-and-slow crowd over a topic grid",
            "accounts": n,
            "payment": "one card per account",
            "ip_source": "residential proxies and carrier IPv6 by region",
            "regions": reg_list,
            "region_weights": [round(w, 3) for w in rw],
            "pacing": "1-3.5 human sessions a day",
            "grid_cells_used": cursor,
            "hard": True,
        },
    )


def uzengi(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Public prompt replay by accounts that look like small developer teams: verbatim
    ShareGPT prompts, never repeated, in working-hours sessions from office broadband, a company
    card per org; old model before the release, the new one after."""
    name = "uzengi"
    n_orgs = irange(rng, 2, 4)
    perm = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    offices = []
    for _ in range(n_orgs):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (-5, 0, 1, 2, 5, 8))
        offices.append(tz)
        office = home(rng, irange(rng, 1, 2), tz)
        ua = sdk_ua(rng, 0.6)
        for _k in range(irange(rng, 2, 4)):
            a = _worker(
                ctx, rng, name, camp, "replayer", org=org, pay=card, ua=ua, ips=office, tz=tz
            )
            accts.append(a)
            start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
            curve = workday(tz, start=float(rng.uniform(8.5, 10)), end=float(rng.uniform(17, 19)))
            sess = session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(5, 9)),
                curve,
                float(rng.uniform(12, 22)),
                float(rng.uniform(8, 20)),
                gap_sigma=0.7,
            )
            ts = _cat(sess)
            prompts = []
            for _t in range(len(ts)):
                prompts.append(ctx.chat[perm[cursor % len(perm)]])
                cursor += 1
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.96, p_mini=0.1),
                comp_median=650.0,
                comp_sigma=0.6,
            )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "public prompt replay (ShareGPT) under developer-team cover",
            "orgs": n_orgs,
            "keys": len(accts),
            "payment": "company card per org",
            "ip_source": "office broadband",
            "office_tzs": offices,
            "pacing": "working-hours sessions",
            "prompts_replayed": cursor,
            "hard": True,
        },
    )


def boru(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Multi-turn dialogue harvest: bot-speed conversations of 3-8 turns with a simulated user
    asking follow-ups, growing context, every request through a different rotating residential
    proxy, stolen cards, mostly Spanish and Portuguese."""
    name = "boru"
    n_keys = irange(rng, 10, 16)
    pool = resi(rng, irange(rng, 150, 300), "*")
    ua = pick(rng, ("aiohttp/3.11.11", "Go-http-client/2.0", "python-requests/2.32.3"))
    langs = ["es", "pt", "en", "fr", "it"]
    lw = [0.35, 0.25, 0.25, 0.1, 0.05]
    accts = [_worker(ctx, rng, name, camp, "dialogue_bot", ua=ua, ips=pool) for _ in range(n_keys)]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_h = float(rng.uniform(5, 9))
    starts = worker_pool(rng, start, ctx.t1, per_h, n_keys)
    gap = float(rng.uniform(5, 15))
    grow = float(rng.uniform(300, 600))
    for i, a in enumerate(accts):
        ts_l: list[float] = []
        prompts: list[str] = []
        extra: list[int] = []
        for s in starts[i].tolist():
            turns = irange(rng, 3, 8)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=turns - 1))]
            )
            lg = tx.lang_of(rng, langs, lw)
            cell = tx.curriculum_cell(rng)
            from_chat = lg == "en" and chance(rng, 0.6)
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                prompts.append(tx.dialogue_turn(rng, ctx.chat, lg, j, cell, from_chat))
                extra.append(int(j * grow))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.03),
            comp_median=450.0,
            comp_sigma=0.5,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.03,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n_keys,
            "payment": "stolen card per key",
            "ip_source": "rotating worldwide residential proxies",
            "pacing": "conversation worker pool",
            "conversations_per_h": round(per_h, 2),
            "languages": langs,
            "user_agent": ua,
        },
    )


def jailoo(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Best-of-n and soft-label sampling: every prompt sent 4-16 times back to back (identical
    text), either multiple-choice probability requests or short generations to rank, from small
    VPS hosts, two prepaid cards."""
    name = "jailoo"
    n_keys = irange(rng, 3, 6)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay"), hexid(rng, "pay")]
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    ua = pick(rng, ("curl/8.5.0", "Go-http-client/2.0", "reqwest/0.12.12"))
    accts = [
        _worker(
            ctx,
            rng,
            name,
            camp,
            "sampler",
            org=org,
            pay=cards[i % 2],
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for i in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.3, 1.0)) * DAY
    per_h = float(rng.uniform(7, 12))
    jobs = worker_pool(rng, start, ctx.t1, per_h, n_keys)
    p_soft = float(rng.uniform(0.4, 0.7))
    for i, a in enumerate(accts):
        ts_l: list[float] = []
        prompts: list[str] = []
        comp: list[float] = []
        models: list[str] = []
        for s in jobs[i].tolist():
            k = pick(rng, (4, 5, 8, 10, 16))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.6), 0.6, size=k - 1))])
            soft = chance(rng, p_soft)
            p = tx.soft_label(rng, irange(rng, 0, 2)) if soft else tx.sample_seed(rng, ctx.chat)
            m = ctx.new_model if (s >= ctx.release and chance(rng, 0.98)) else ctx.old_models[0]
            ts_l.extend(t.tolist())
            prompts.extend([p] * k)
            comp.extend([60.0 if soft else 250.0] * k)
            models.extend([m] * k)
        ctx.emit(
            rng,
            a,
            np.asarray(ts_l),
            prompts,
            models=models,
            comp_median=np.asarray(comp),
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "payment": "two prepaid cards",
            "ip_source": f"{provider} VPS",
            "pacing": "jobs of 4-16 identical requests",
            "jobs_per_h": round(per_h, 2),
            "share_soft_label": round(p_soft, 3),
            "user_agent": ua,
        },
    )


def kalpak(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Translation and code harvest over many keys in a few shell orgs: passages translated into
    several languages in turn, algorithms implemented across programming languages, every key on
    one static address of a rented block."""
    name = "kalpak"
    n_orgs = irange(rng, 3, 5)
    provider = pick(rng, ("alibaba", "tencent", "selectel", "huawei", "ucloud"))
    block = rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 8, 16))
    op_tz = pick(rng, (8, 3))
    accts = []
    roles = []
    for _ in range(n_orgs):
        org = hexid(rng, "org")
        cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
        for k in range(irange(rng, 4, 7)):
            role = "translator" if chance(rng, 0.55) else "coder"
            ua = "python-requests/2.32.3" if role == "translator" else "OpenAI/Python 1.54.0"
            accts.append(
                _worker(
                    ctx,
                    rng,
                    name,
                    camp,
                    role,
                    org=org,
                    pay=cards[k % len(cards)],
                    ua=ua,
                    ips=[pick(rng, block)],
                )
            )
            roles.append(role)
    curve = (
        constant
        if chance(rng, 0.5)
        else workday(op_tz, start=9.0, end=23.0, weekend=0.6, night=0.15)
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_h = float(rng.uniform(35, 60))
    pool = worker_pool(rng, start, ctx.t1, per_h, len(accts), curve)
    for a, role, ts in zip(accts, roles, pool, strict=True):
        prompts = []
        comp = []
        if role == "translator":
            k = irange(rng, 3, 6)
            targets = [
                tx.TARGET_LANGS[j]
                for j in rng.choice(len(tx.TARGET_LANGS), size=k, replace=False).tolist()
            ]
            style = irange(rng, 0, 2)
            passage = ""
            for j in range(len(ts)):
                if j % k == 0:
                    passage = tx.excerpt(rng, ctx.passages, 400, 1500)
                prompts.append(tx.translation_job(rng, passage, targets[j % k], style))
                comp.append(len(passage) / 3.0)
        else:
            style = irange(rng, 0, 2)
            for _ in range(len(ts)):
                prompts.append(tx.code_job(rng, style))
                comp.append(900.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            comp_median=np.asarray(comp),
            comp_sigma=0.35,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "translation and code harvest",
            "orgs": n_orgs,
            "keys": len(accts),
            "payment": "1-2 prepaid cards per shell org",
            "ip_source": f"rented {provider} block, one address per key",
            "pacing": "worker pool",
            "per_h": round(per_h, 2),
            "operator_tz": op_tz,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "tai_kazan": tai_kazan,
    "kamchy": kamchy,
    "jigit": jigit,
    "chabandoz": chabandoz,
    "tebetei": tebetei,
    "aksakal": aksakal,
    "serke": serke,
    "tizgin": tizgin,
    "uzengi": uzengi,
    "boru": boru,
    "jailoo": jailoo,
    "kalpak": kalpak,
}

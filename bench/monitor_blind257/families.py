"""Campaign families of blind batch 257 (code names from lagori).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts with `ctx.account`, writes
their events with `ctx.emit`, and records one campaign with `ctx.campaign`. Every choice (key
count, orgs, cards, pacing, addresses, user agents, languages, prompt styles, model use) is drawn
from the family's own generator, always in list order.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    TZS,
    Acct,
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
from bench.monitor_blind257 import texts as T

Rng = np.random.Generator
CAMPAIGN = "campaign"


def _subset(rng: Rng, pool: tuple, lo: int, hi: int, must: tuple = ()) -> list:
    """lo..hi distinct items of `pool` in pool order (plus `must`)."""
    k = min(len(pool), irange(rng, lo, hi))
    idx = sorted(rng.choice(len(pool), size=k, replace=False).tolist())
    out = list(must) + [pool[i] for i in idx if pool[i] not in must]
    return out


def _weighted_langs(rng: Rng, langs: list[str], main_weight: int) -> list[str]:
    """A list to `pick` from: the first language repeated `main_weight` times."""
    return [langs[0]] * main_weight + langs[1:]


def _cards(rng: Rng, n: int, mode: str) -> list[str]:
    if mode == "shared":
        return [hexid(rng, "pay")] * n
    if mode == "few":
        few = [hexid(rng, "pay") for _ in range(irange(rng, 2, max(2, n // 3)))]
        return picks(rng, few, n)
    return [hexid(rng, "pay") for _ in range(n)]


def _orgs(rng: Rng, n: int, mode: str) -> list[str]:
    if mode == "one":
        return [hexid(rng, "org")] * n
    if mode == "few":
        few = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
        return [few[i % len(few)] for i in range(n)]
    return [hexid(rng, "org") for _ in range(n)]


def _fmt(x: float) -> float:
    return round(float(x), 3)


# --------------------------------------------------------------------------------------------


def pittu(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, a Poisson worker pool."""
    fam = "pittu"
    n = irange(rng, 7, 14)
    org_mode, card_mode = pick(rng, ("one", "few")), pick(rng, ("shared", "few", "per_key"))
    orgs, cards = _orgs(rng, n, org_mode), _cards(rng, n, card_mode)
    prov = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr", "linode"))
    pool = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 4, 10))
    base_ua = sdk_ua(rng, 0.6)
    langs = _weighted_langs(
        rng, _subset(rng, ("zh", "es", "ru", "pt", "de"), 1, 4, must=("en",)), irange(rng, 2, 5)
    )
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i],
            pay=cards[i],
            ua=base_ua if chance(rng, 0.75) else sdk_ua(rng),
            ips=picks(rng, pool, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = float(rng.uniform(25, 55))
    # the operator's job runner stops for a few hours once or twice (crash, quota top-up)
    outages = [
        (float(rng.uniform(start, ctx.t1)), float(rng.uniform(2, 9)) * HOUR)
        for _ in range(irange(rng, 0, 2))
    ]

    def curve(ts: np.ndarray) -> np.ndarray:
        w = np.ones(len(ts))
        for a, d in outages:
            w = np.where((ts >= a) & (ts < a + d), 0.0, w)
        return w

    p_new = float(rng.uniform(0.88, 0.99))
    comp = float(rng.uniform(700, 1400))
    total = 0
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n, curve), strict=True):
        total += ctx.emit(
            rng,
            a,
            ts,
            T.reasoning_trace(rng, len(ts), langs, styles),
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=comp,
            comp_sigma=0.55,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "per_hour": _fmt(per_hour),
            "ip_source": f"hosting:{prov}",
            "payment": card_mode,
            "orgs": org_mode,
            "languages": sorted(set(langs)),
            "styles": styles,
            "p_new": _fmt(p_new),
            "start": _fmt(start),
            "outages": len(outages),
            "hard": False,
        },
    )


def seven_stones(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Judge / rubric / reward-model labels, fired in batches through commercial VPN exits,
    one stolen card and one sign-up per key."""
    fam = "seven_stones"
    n = irange(rng, 4, 8)
    exits = []
    for prov in _subset(rng, ("m247", "leaseweb", "vultr", "digitalocean", "ovh"), 2, 3):
        exits += cloud(rng, irange(rng, 4, 8), prov)
    uas = (
        "python-requests/2.32.3",
        "aiohttp/3.11.11",
        "python-httpx/0.28.1",
        "OpenAI/Python 1.58.1",
    )
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="labeler_key",
            campaign_id=cid,
            ua=pick(rng, uas),
            ips=picks(rng, exits, irange(rng, 3, 6)),
        )
        for _ in range(n)
    ]
    styles = sorted(rng.choice(6, size=irange(rng, 3, 5), replace=False).tolist())
    start = ctx.release - float(rng.uniform(0.0, 1.2)) * DAY
    per_hour = float(rng.uniform(1.0, 2.5))
    starts = thinned(
        rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, lambda t: np.ones(len(t))
    )
    size, gap = float(rng.uniform(15, 40)), float(rng.uniform(1.2, 4.0))
    who = rng.integers(0, n, size=len(starts))
    trains = bursts(rng, starts, size, gap, 0.6, ctx.t1)
    p_new = float(rng.uniform(0.93, 1.0))
    for i, a in enumerate(accts):
        mine = [trains[j] for j in np.flatnonzero(who == i).tolist()]
        ts = np.sort(np.concatenate(mine)) if mine else np.empty(0)
        # each batch leaves through whichever exit the VPN client holds for ~20 minutes
        ips = sticky(rng, ts, a.ips, 20 * 60.0)
        ctx.emit(
            rng,
            a,
            ts,
            T.judge_label(rng, len(ts), ctx.chat, ctx.passages, styles),
            ips=ips,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=float(rng.uniform(300, 650)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_labels",
            "pacing": "scheduled_bursts",
            "bursts_per_hour": _fmt(per_hour),
            "burst_size": _fmt(size),
            "ip_source": "vpn_exits",
            "payment": "stolen_card_per_key",
            "orgs": "per_key",
            "styles": styles,
            "p_new": _fmt(p_new),
            "hard": False,
        },
    )


def stone_stack(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Censorship-safe / policy rewrites at a slow steady rate from Asian clouds and proxies."""
    fam = "stone_stack"
    n = irange(rng, 5, 10)
    orgs = _orgs(rng, n, "few")
    org_list = sorted(dict.fromkeys(orgs))
    card_of = {o: hexid(rng, "pay") for o in org_list}
    langs = _weighted_langs(
        rng, _subset(rng, ("ru", "ar", "tr", "en"), 1, 3, must=("zh",)), irange(rng, 2, 4)
    )
    accts: list[Acct] = []
    for i in range(n):
        if chance(rng, 0.6):
            ips = cloud(
                rng, irange(rng, 1, 2), pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
            )
        else:
            ips = resi(rng, irange(rng, 2, 4), pick(rng, ("cn", "ru", "sea")))
        ua = pick(
            rng,
            (
                "OpenAI/Python 1.54.0",
                "Go-http-client/2.0",
                "OpenAI/Python 1.63.2",
                "reqwest/0.12.12",
            ),
        )
        accts.append(
            ctx.account(
                rng,
                label=CAMPAIGN,
                family=fam,
                role="rewriter",
                campaign_id=cid,
                org=orgs[i],
                pay=card_of[orgs[i]],
                ua=ua,
                ips=ips,
            )
        )
    p_new = float(rng.uniform(0.45, 0.85))
    rates = []
    for a in accts:
        rate = float(rng.uniform(3, 11))
        rates.append(_fmt(rate))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        if chance(rng, 0.4):
            curve = nightly(float(rng.uniform(0, 24)), float(rng.uniform(10, 18)), 0)
        else:

            def curve(t: np.ndarray) -> np.ndarray:
                return np.ones(len(t))

        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, curve)
        ctx.emit(
            rng,
            a,
            ts,
            T.policy_rewrite(rng, len(ts), ctx.chat, ctx.passages, langs),
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.02),
            comp_median=float(rng.uniform(350, 600)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "slow_steady_per_key",
            "per_hour": rates,
            "ip_source": "asian_cloud_and_residential_proxy",
            "payment": "card_per_org",
            "orgs": len(org_list),
            "languages": sorted(set(langs)),
            "p_new": _fmt(p_new),
            "hard": False,
        },
    )


def knock_down(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent / tool-use transcripts: synthetic tasks driven through tool loops by a worker pool."""
    fam = "knock_down"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    hosts = cloud(rng, irange(rng, 2, 5), prov)
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "OpenAI/Python 1.58.1",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=picks(rng, hosts, irange(rng, 1, 2)),
        )
        for _ in range(n)
    ]
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    per_hour = float(rng.uniform(2.5, 6))
    gap = float(rng.uniform(5, 14))
    p_new = float(rng.uniform(0.9, 0.99))
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            steps = irange(rng, 4, 14)
            style = pick(rng, styles)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=steps - 1))]
            )
            ts_all.append(t)
            prompts += T.agent_trajectory(rng, steps, style)
            base = 0 if style == 0 else irange(rng, 350, 900)
            extra += [base + (0 if style == 0 else 280 * k) for k in range(steps)]
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        extra_arr = (
            np.asarray(extra, dtype=np.int64)[order] if len(extra) else np.empty(0, dtype=np.int64)
        )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=float(rng.uniform(150, 400)),
            comp_sigma=0.7,
            extra=extra_arr,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "worker_pool_of_tool_loops",
            "tasks_per_hour": _fmt(per_hour),
            "step_gap_s": _fmt(gap),
            "ip_source": f"cloud:{prov}",
            "payment": "one_company_card",
            "orgs": "one",
            "styles": styles,
            "p_new": _fmt(p_new),
            "hard": False,
        },
    )


def tennis_ball(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic instruction-dataset generation in nightly batches from small VPSes, prepaid cards."""
    fam = "tennis_ball"
    n = irange(rng, 2, 5)
    org_mode = pick(rng, ("one", "per_key"))
    orgs = _orgs(rng, n, org_mode)
    tz = pick(rng, TZS)
    langs = _weighted_langs(
        rng, _subset(rng, ("pt", "id", "vi"), 1, 2, must=("en",)), irange(rng, 2, 4)
    )
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="generator",
            campaign_id=cid,
            org=orgs[i],
            pay=hexid(rng, "pay"),
            ua=sdk_ua(rng, 0.7),
            ips=cloud(rng, 1, pick(rng, ("vultr", "digitalocean", "contabo", "linode", "hetzner"))),
            tz=tz,
        )
        for i in range(n)
    ]
    night_start, night_len = float(rng.uniform(0, 3)), float(rng.uniform(3, 6))
    per_hour_on = float(rng.uniform(25, 70))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    p_new = float(rng.uniform(0.85, 0.97))
    curve = nightly(night_start, night_len, tz)
    for a in accts:
        ts = thinned(
            rng, start, ctx.t1, per_hour_on * night_len / 24 * (ctx.t1 - start) / HOUR, curve
        )
        ctx.emit(
            rng,
            a,
            ts,
            T.synth_dataset(rng, len(ts), ctx.chat, langs, styles),
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=float(rng.uniform(1600, 3000)),
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly_window",
            "window_local": [_fmt(night_start), _fmt(night_len)],
            "tz": tz,
            "ip_source": "vps_one_per_key",
            "payment": "prepaid_card_per_key",
            "orgs": org_mode,
            "languages": sorted(set(langs)),
            "styles": styles,
            "p_new": _fmt(p_new),
            "hard": False,
        },
    )


def pithoo(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Multi-turn dialogue harvest: a simulated user talks to the model through a residential proxy."""
    fam = "pithoo"
    n = irange(rng, 8, 16)
    cards = _cards(rng, n, "few")
    proxy = resi(rng, irange(rng, 120, 300), "*")
    langs = _weighted_langs(
        rng, _subset(rng, ("es", "hi", "ja", "ko", "fr"), 2, 4, must=("en",)), irange(rng, 2, 5)
    )
    uas = (*SDK_COMMON[:2], "python-httpx/0.28.1", "aiohttp/3.11.11", BROWSERS[0])
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="dialogue_bot",
            campaign_id=cid,
            pay=cards[i],
            ua=pick(rng, uas),
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    gap = float(rng.uniform(10, 35))
    p_new = float(rng.uniform(0.85, 0.97))
    conv_rate = []
    for a in accts:
        rate = float(rng.uniform(0.25, 0.7))
        conv_rate.append(_fmt(rate))
        starts = thinned(
            rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, lambda t: np.ones(len(t))
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for s in starts.tolist():
            turns = irange(rng, 4, 12)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.7, size=turns - 1))]
            )
            ts_all.append(t)
            prompts += T.dialogue(rng, turns, pick(rng, langs), ctx.chat)
            extra += [260 * k + irange(rng, 0, 40) * k for k in range(turns)]
            ips += [pick(rng, proxy)] * turns
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        order = np.argsort(ts, kind="stable")
        ol = order.tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in ol],
            ips=[ips[i] for i in ol],
            models=ctx.models(rng, ts[order], p_new=p_new),
            comp_median=float(rng.uniform(300, 550)),
            extra=np.asarray(extra, dtype=np.int64)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "conversations_with_simulated_user",
            "conversations_per_hour": conv_rate,
            "turn_gap_s": _fmt(gap),
            "ip_source": "residential_proxy_sticky_per_conversation",
            "payment": "few_virtual_cards",
            "orgs": "per_key",
            "languages": sorted(set(langs)),
            "p_new": _fmt(p_new),
            "hard": False,
        },
    )


def hitter(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n and soft-label sampling: each item sent n times in a quick train."""
    fam = "hitter"
    n = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "azure", "gcp", "oracle"))
    pool = rented_block(rng, prov, 1, irange(rng, 3, 6))
    ua = sdk_ua(rng, 0.5)
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=picks(rng, pool, irange(rng, 1, 2)),
        )
        for _ in range(n)
    ]
    start = ctx.release + float(rng.uniform(-0.3, 0.6)) * DAY
    per_hour = float(rng.uniform(3, 8))
    n_lo, n_hi = pick(rng, ((4, 8), (6, 12), (8, 16)))
    p_soft = float(rng.uniform(0.4, 0.8))
    p_new = float(rng.uniform(0.95, 1.0))
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        ts_all, prompts, comp = [], [], []
        for s in starts.tolist():
            k = irange(rng, n_lo, n_hi)
            soft = chance(rng, p_soft)
            item = (
                T.soft_label(rng, ctx.chat, ctx.passages) if soft else T.chat_prompt(rng, ctx.chat)
            )
            ts_all.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.7, size=k - 1))])
            )
            prompts += [item] * k
            comp += [90.0 if soft else 380.0] * k
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        order = np.argsort(ts, kind="stable")
        ol = order.tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in ol],
            models=ctx.models(rng, ts[order], p_new=p_new),
            comp_median=np.asarray(comp)[order],
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_and_soft_labels",
            "pacing": "item_trains",
            "items_per_hour": _fmt(per_hour),
            "n_range": [n_lo, n_hi],
            "p_soft": _fmt(p_soft),
            "ip_source": f"cloud_block:{prov}",
            "payment": "one_card",
            "orgs": "one",
            "p_new": _fmt(p_new),
            "hard": False,
        },
    )


def pile_rebuild(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Translation harvest for a parallel corpus, through rotating mobile proxies; each key owns
    a few target languages and walks the same source queue."""
    fam = "pile_rebuild"
    n = irange(rng, 6, 10)
    targets = _subset(
        rng,
        (
            "es",
            "pt",
            "de",
            "fr",
            "tr",
            "ar",
            "hi",
            "id",
            "vi",
            "zh",
            "ja",
            "ko",
            "sw",
            "th",
            "uk",
            "bn",
            "fa",
            "tl",
            "yo",
        ),
        8,
        15,
    )
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    tz = pick(rng, TZS)
    n_docs = irange(rng, 400, 900)
    docs = [T.passage(rng, ctx.passages, 250, 900) for _ in range(n_docs)]
    styles = sorted(rng.choice(5, size=irange(rng, 2, 4), replace=False).tolist())
    uas = ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "OpenAI/Python 1.54.0", "python-requests/2.32.3")
    accts, lang_of = [], []
    for i in range(n):
        accts.append(
            ctx.account(
                rng,
                label=CAMPAIGN,
                family=fam,
                role="translator_key",
                campaign_id=cid,
                ua=pick(rng, uas),
                ips=mobile_v6(rng, 40, carrier),
                tz=tz,
            )
        )
        lang_of.append(
            [targets[(i + j * n) % len(targets)] for j in range(1 + (len(targets) > n + i))]
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    p_new = float(rng.uniform(0.8, 0.97))
    day_curve = workday(tz, start=7.0, end=23.0, weekend=0.6, night=0.05)
    rate = float(rng.uniform(6, 14))
    hold = float(rng.uniform(10, 30)) * 60.0
    for a, my_langs in zip(accts, lang_of, strict=True):
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, day_curve)
        offset = irange(rng, 0, 30)
        prompts, comp = [], []
        for j in range(len(ts)):
            doc = docs[(offset + j // len(my_langs)) % n_docs]
            prompts.append(T.translation(rng, doc, my_langs[j % len(my_langs)], pick(rng, styles)))
            comp.append(max(40.0, len(doc) / 3.2))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=sticky(rng, ts, a.ips, hold),
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=np.asarray(comp),
            comp_sigma=0.25,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_parallel_corpus",
            "pacing": "poisson_per_key_operator_day",
            "per_hour": _fmt(rate),
            "targets": targets,
            "tz": tz,
            "ip_source": f"mobile_proxy:{carrier}",
            "payment": "stolen_card_per_key",
            "orgs": "per_key",
            "styles": styles,
            "p_new": _fmt(p_new),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# the deliberately hard families


def stone_tower(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. A code harvest run as an ordinary-looking dev team: one org and company card, the
    office's broadband address, working-hours sessions, chatty human phrasing mixed with real
    coding questions, while the keys walk a shuffled catalogue of programming tasks."""
    fam = "stone_tower"
    n = irange(rng, 4, 7)
    tz = pick(rng, (8, 5, 3, 2, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    catalogue = [(op, lg) for op in T._CODE_OPS for lg in T._CODE_LANGS]
    perm = rng.permutation(len(catalogue)).tolist()
    team_langs = _subset(rng, T._CODE_LANGS, 2, 4)
    uas = (
        "OpenAI/Python 1.58.1",
        "OpenAI/NodeJS 4.85.1",
        "continue/0.9 vscode",
        "Cursor/0.45 (OpenAI-compatible)",
        BROWSERS[1],
    )
    accts = []
    for _ in range(n):
        accts.append(
            ctx.account(
                rng,
                label=CAMPAIGN,
                family=fam,
                role="engineer_key",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=pick(rng, uas),
                ips=office + home(rng, 1, tz),
                tz=tz,
            )
        )
    p_chat = float(rng.uniform(0.15, 0.35))
    p_new = float(rng.uniform(0.75, 0.92))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    if tz != 8:  # Chinese-language asks only from a team in UTC+8
        styles = [s for s in styles if s != 2] or [3]
    cursor = 0
    per_day = float(rng.uniform(5, 9))
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            per_day,
            workday(tz),
            float(rng.uniform(5, 10)),
            float(rng.uniform(45, 130)),
            0.9,
        )
        ts = np.concatenate(sessions) if sessions else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, p_chat):
                prompts.append(T.chat_prompt(rng, ctx.chat, 1200))
                continue
            op, lg = catalogue[perm[cursor % len(perm)]]
            cursor += 1
            if not chance(rng, 0.35):  # most of the team's asks are in its own stack
                lg = pick(rng, team_langs)
            prompts.append(T.code_task(rng, op, lg, pick(rng, styles), ctx.chat))
        # Fridays from home for some, otherwise the office line
        ips = [
            a.ips[-1]
            if (int((t + tz * HOUR) // DAY) + 3) % 7 == 4 and chance(rng, 0.5)
            else pick(rng, office)
            for t in ts.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.08),
            comp_median=float(rng.uniform(500, 900)),
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest_as_dev_team",
            "pacing": "human_sessions_workday",
            "sessions_per_day": _fmt(per_day),
            "tz": tz,
            "ip_source": "office_broadband",
            "payment": "company_card",
            "orgs": "one",
            "p_chat_cover": _fmt(p_chat),
            "team_langs": team_langs,
            "styles": styles,
            "p_new": _fmt(p_new),
            "hard": True,
        },
    )


def dodger(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Harvest hidden in a real product's traffic: a study-helper app's production keys carry
    genuine user questions, and the operator mixes a queue of tutor-style reasoning and explainer
    prompts into the same stream, from the same egress addresses, user agent and card."""
    fam = "dodger"
    n = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    egress = cloud(rng, irange(rng, 2, 4), prov)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.85.1"))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=egress,
        )
        for _ in range(n)
    ]
    app_langs = _weighted_langs(
        rng, _subset(rng, ("es", "pt", "de", "ja"), 1, 2, must=("en",)), irange(rng, 3, 6)
    )
    peak = float(rng.uniform(12, 22))
    load = global_load(peak, float(rng.uniform(0.4, 0.7)))
    share = float(rng.uniform(0.12, 0.3))
    p_new_app, p_new_harvest = float(rng.uniform(0.35, 0.65)), float(rng.uniform(0.93, 1.0))
    weights = rng.dirichlet(np.ones(n) * 3)
    per_hour = float(rng.uniform(35, 70))
    for a, w in zip(accts, weights.tolist(), strict=True):
        ts = thinned(rng, ctx.t0, ctx.t1, per_hour * w * (ctx.t1 - ctx.t0) / HOUR, load)
        prompts, models, comp = [], [], []
        for t in ts.tolist():
            if chance(rng, share):
                lang = pick(rng, app_langs)
                if chance(rng, 0.5):
                    subject, item = T.concept(rng)
                    prompts.append(
                        T.explainer(
                            rng, subject, item, pick(rng, T.LEVELS), lang, pick(rng, (1, 2, 3))
                        )
                    )
                else:
                    prompts.append(T.reasoning_trace(rng, 1, [lang], [3])[0])
                p = p_new_harvest
                comp.append(950.0)
            else:
                prompts.append(T.chat_prompt(rng, ctx.chat))
                p = p_new_app
                comp.append(330.0)
            models.append(ctx.models(rng, np.array([t]), p_new=p)[0])
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.asarray(comp), comp_sigma=0.6)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "pacing": "product_global_load",
            "peak_utc": _fmt(peak),
            "harvest_share": _fmt(share),
            "ip_source": f"app_egress:{prov}",
            "payment": "business_card",
            "orgs": "one",
            "languages": sorted(set(app_langs)),
            "p_new_app": _fmt(p_new_app),
            "p_new_harvest": _fmt(p_new_harvest),
            "hard": True,
        },
    )


def tower_topple(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Compromised aged accounts: real people's keys with real history; after a staggered
    takeover the operator sends a curriculum sweep from residential proxies in the victim's own
    region, with the victim's user agent, during the victim's waking hours, a few dozen a day."""
    fam = "tower_topple"
    n = irange(rng, 18, 32)
    sweep = [(s, it, lv) for s, items in T.SUBJECTS for it in items for lv in T.LEVELS]
    perm = rng.permutation(len(sweep)).tolist() if chance(rng, 0.5) else list(range(len(sweep)))
    local = {
        -3: "es",
        1: "de",
        2: "de",
        9: "ja",
        -5: "en",
        -8: "en",
        0: "en",
        3: "en",
        5: "en",
        8: "en",
    }
    p_local = float(rng.uniform(0.1, 0.4))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    p_new = float(rng.uniform(0.9, 0.99))
    accts = []
    cursor = 0
    takeovers = []
    for _ in range(n):
        tz = pick(rng, TZS)
        kind = irange(rng, 0, 2)
        ua = (
            pick(rng, BROWSERS)
            if kind == 0
            else (pick(rng, MOBILE) if kind == 1 else pick(rng, SDK_COMMON))
        )
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="compromised_account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-1.2, 1.5)) * DAY
        takeovers.append(_fmt(take))
        # the owner's own use before the takeover
        own = session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.4, 1.8)),
            evening_person(tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(60, 200)),
        )
        ts_own = np.concatenate(own) if own else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts_own,
            [T.chat_prompt(rng, ctx.chat) for _ in range(len(ts_own))],
            models=ctx.models(rng, ts_own, p_new=float(rng.uniform(0.05, 0.4)), p_mini=0.2),
        )
        # the operator's sweep after it
        proxies = resi(rng, irange(rng, 8, 25), pick(rng, T_REGIONS.get(tz, ("us",))))
        op = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)),
            evening_person(tz, 3.0),
            float(rng.uniform(4, 9)),
            float(rng.uniform(25, 90)),
        )
        ts_op = np.concatenate(op) if op else np.empty(0)
        prompts = []
        for _ in range(len(ts_op)):
            s, it, lv = sweep[perm[cursor % len(perm)]]
            cursor += 1
            lang = local[tz] if chance(rng, p_local) else "en"
            prompts.append(T.explainer(rng, s, it, lv, lang, pick(rng, styles)))
        ctx.emit(
            rng,
            a,
            ts_op,
            prompts,
            ips=sticky(rng, ts_op, proxies, 45 * 60.0),
            ua=ua if chance(rng, 0.85) else sdk_ua(rng),
            models=ctx.models(rng, ts_op, p_new=p_new),
            comp_median=float(rng.uniform(650, 1000)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep_on_compromised_accounts",
            "pacing": "victim_hours_sessions",
            "takeover_ts": takeovers,
            "ip_source": "residential_proxy_in_victim_region",
            "payment": "victims_own_cards",
            "orgs": "victims_own",
            "p_local_language": _fmt(p_local),
            "styles": styles,
            "p_new": _fmt(p_new),
            "hard": True,
        },
    )


T_REGIONS = {
    -8: ("us", "ca"),
    -5: ("us", "ca"),
    -3: ("latam",),
    0: ("eu",),
    1: ("eu",),
    2: ("eu",),
    3: ("ru",),
    5: ("in",),
    8: ("cn", "sea"),
    9: ("jp_kr",),
}


def flat_stones(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. A low-and-slow crowd replaying public chat prompts to collect the new model's answers:
    dozens of fresh person-like accounts, prepaid cards, residential and phone addresses matched to
    each persona's time zone, evening sessions, each public prompt sent once across the crowd."""
    fam = "flat_stones"
    n = irange(rng, 40, 70)
    card_pool = [hexid(rng, "pay") for _ in range(int(n * float(rng.uniform(0.7, 0.95))))]
    order = rng.permutation(len(ctx.chat)).tolist()
    follow = (
        "continue",
        "more detail please",
        "can you elaborate on that?",
        "go on",
        "and then?",
        "thanks! one more thing:",
    )
    p_follow = float(rng.uniform(0.05, 0.15))
    p_new = float(rng.uniform(0.94, 1.0))
    onboard_lo, onboard_hi = float(rng.uniform(-0.8, -0.2)), float(rng.uniform(0.8, 1.8))
    accts = []
    cursor = 0
    for _ in range(n):
        tz = pick(rng, TZS)
        phone = chance(rng, 0.3)
        ua = pick(rng, MOBILE) if phone else pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            pay=pick(rng, card_pool),
            ua=ua,
            tz=tz,
        )
        if phone:
            kind = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile"}.get(
                tz, "eu_mobile"
            )
            a.ips = mobile_v6(rng, irange(rng, 4, 10), kind)
        else:
            a.ips = resi(rng, irange(rng, 3, 6), pick(rng, T_REGIONS[tz]))
        accts.append(a)
        begin = ctx.release + float(rng.uniform(onboard_lo, onboard_hi)) * DAY
        sessions = session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(1.2, 3.5)),
            evening_person(tz),
            float(rng.uniform(3, 6)),
            float(rng.uniform(40, 150)),
            0.9,
        )
        ts = np.concatenate(sessions) if sessions else np.empty(0)
        prompts = []
        for j in range(len(ts)):
            if j > 0 and chance(rng, p_follow):
                prompts.append(pick(rng, follow))
            else:
                prompts.append(ctx.chat[order[cursor % len(order)]])
                cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=sticky(rng, ts, a.ips, 40 * 60.0),
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=float(rng.uniform(350, 500)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay_crowd",
            "pacing": "evening_sessions_per_persona",
            "accounts": n,
            "onboard_days_from_release": [_fmt(onboard_lo), _fmt(onboard_hi)],
            "ip_source": "residential_and_carrier_by_tz",
            "payment": "prepaid_cards_some_reused",
            "orgs": "per_account",
            "p_follow_up": _fmt(p_follow),
            "p_new": _fmt(p_new),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "pittu": pittu,
    "seven_stones": seven_stones,
    "stone_stack": stone_stack,
    "knock_down": knock_down,
    "tennis_ball": tennis_ball,
    "pithoo": pithoo,
    "hitter": hitter,
    "pile_rebuild": pile_rebuild,
    "stone_tower": stone_tower,
    "dodger": dodger,
    "tower_topple": tower_topple,
    "flat_stones": flat_stones,
}

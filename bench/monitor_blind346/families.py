"""Campaign families of blind batch 346 (code names from the decathlon).

Each family is `f(ctx, rng, campaign_id)`: it draws everything (key counts, orgs, cards, pacing,
addresses, user agents, languages, template styles, model choice) from its own generator, writes
its accounts' events through `ctx.emit` and records itself with `ctx.campaign`. No set is walked and
nothing is hashed while drawing.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.monitor_blind346 import texts as tx

CAMP = "campaign"


def _subset(rng: np.random.Generator, items, lo: int, hi: int) -> list:
    """A random subset of lo..hi items, kept in their original order."""
    k = min(len(items), bb.irange(rng, lo, hi))
    return [items[i] for i in sorted(rng.permutation(len(items))[:k].tolist())]


def _after_release_boost(ctx: bb.Ctx, boost: float) -> bb.Curve:
    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= ctx.release, 1.0, 1.0 / boost)

    return f


def _flatten(sessions: list[np.ndarray], prompts: list[list[str]]) -> tuple[np.ndarray, list[str]]:
    """Times and prompts of several sessions, sorted by time together."""
    if not sessions:
        return np.empty(0), []
    ts = np.concatenate(sessions)
    ps = [p for group in prompts for p in group]
    order = np.argsort(ts, kind="stable")
    return ts[order], [ps[i] for i in order.tolist()]


# ------------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block


def discus(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "discus"
    n_keys, n_orgs = bb.irange(rng, 6, 14), bb.irange(rng, 1, 2)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    card_mode = bb.pick(rng, ("one_shared", "one_per_org", "prepaid_per_key"))
    shared = bb.hexid(rng, "pay")
    org_cards = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    provider = bb.pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    pool = bb.rented_block(rng, provider, bb.irange(rng, 1, 3), bb.irange(rng, 2, 5))
    ua = bb.sdk_ua(rng, 0.6)
    langs = _subset(rng, ["en", "zh", "ru", "es"], 2, 3)
    styles = _subset(rng, list(tx.REASONING_STYLES), 2, 4)
    accts = []
    for k in range(n_keys):
        pay = {"one_shared": shared, "one_per_org": org_cards[k % n_orgs]}.get(
            card_mode
        ) or bb.hexid(rng, "pay")
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[k % n_orgs],
                pay=pay,
                ua=ua,
                ips=bb.picks(rng, pool, bb.irange(rng, 1, 2)),
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour, boost = float(rng.uniform(25, 50)), float(rng.uniform(1.4, 2.4))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, _after_release_boost(ctx, boost))
    p_new, comp = float(rng.uniform(0.85, 0.97)), float(rng.uniform(900, 1600))
    for a, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.reasoning_prompt(rng, bb.pick(rng, langs), bb.pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=comp, err=0.03
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "ip_source": f"rented_block:{provider}",
            "payment": card_mode,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "per_hour": round(per_hour, 1),
            "after_release_boost": round(boost, 2),
        },
    )


# ------------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in office-hours bursts from cloud VMs


def pole_vault(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pole_vault"
    n_keys = bb.irange(rng, 4, 9)
    org = bb.hexid(rng, "org")
    provs = _subset(rng, ["aws", "gcp", "azure", "oracle"], 1, 2)
    ua = bb.pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    tz = bb.pick(rng, (1, 2, 3, 8))
    styles = _subset(rng, list(tx.JUDGE_STYLES), 2, 4)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=bb.hexid(rng, "pay"),
            ua=ua,
            ips=bb.cloud(rng, bb.irange(rng, 1, 2), bb.pick(rng, provs)),
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    jobs_per_day, size, gap = (
        float(rng.uniform(5, 10)),
        float(rng.uniform(40, 110)),
        float(rng.uniform(1.5, 4.0)),
    )
    p_new = float(rng.uniform(0.8, 0.95))
    for a in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, jobs_per_day * (ctx.t1 - start) / bb.DAY / n_keys, bb.workday(tz)
        )
        ts = np.sort(np.concatenate(bb.bursts(rng, starts, size, gap, b=ctx.t1) or [np.empty(0)]))
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, bb.pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=260.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "office_hour_bursts",
            "ip_source": "cloud:" + ",".join(provs),
            "payment": "prepaid_per_key",
            "user_agent": ua,
            "tz": tz,
            "styles": styles,
            "burst_size": round(size, 1),
        },
    )


# ------------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through shared VPN exits


def hundred_metres(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hundred_metres"
    n_keys = bb.irange(rng, 10, 20)
    n_cards = bb.irange(rng, 2, 3)
    cards = [bb.hexid(rng, "pay") for _ in range(n_cards)]
    vpn = (
        bb.cloud(rng, bb.irange(rng, 3, 6), "m247")
        + bb.cloud(rng, bb.irange(rng, 3, 6), "leaseweb")
        + bb.cloud(rng, bb.irange(rng, 0, 4), "vultr")
    )
    ua = bb.pick(rng, bb.SDK_COMMON[:3])
    styles = _subset(rng, list(tx.POLICY_STYLES), 3, 5)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=bb.pick(rng, cards),
            ua=ua,
            ips=vpn,
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(20, 40))
    streams = bb.worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, bb.workday(8, weekend=0.3, night=0.1)
    )
    hold = float(rng.uniform(300, 1800))
    p_new = float(rng.uniform(0.6, 0.85))
    for a, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.policy_rewrite_prompt(rng, ctx.passages, bb.pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            ips=bb.sticky(rng, ts, vpn, hold),
            comp_median=520.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship_safe_rewrites",
            "pacing": "worker_pool_cn_office_hours",
            "ip_source": "vpn_exits_shared",
            "payment": f"{n_cards}_cards_shared",
            "user_agent": ua,
            "styles": styles,
            "languages": ["zh", "en"],
        },
    )


# ------------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories around the clock


def four_hundred_metres(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "four_hundred_metres"
    n_keys = bb.irange(rng, 3, 6)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    prov = bb.pick(rng, ("aws", "gcp"))
    ips = bb.cloud(rng, bb.irange(rng, 2, 6), prov)
    ua = bb.pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    styles = _subset(rng, list(tx.AGENT_STYLES), 2, 3)
    langs = ["en"] + _subset(rng, ["es", "de", "zh"], 1, 2)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.picks(rng, ips, 2),
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    eps_hour, step_gap = float(rng.uniform(1.0, 2.5)), float(rng.uniform(4.0, 9.0))
    p_new = float(rng.uniform(0.8, 0.95))
    for a in accts:
        starts = bb.thinned(rng, start, ctx.t1, eps_hour * (ctx.t1 - start) / bb.HOUR, bb.constant)
        sessions, prompts = [], []
        for s in starts.tolist():
            k = bb.irange(rng, 3, 8)
            steps = tx.agent_episode(rng, bb.pick(rng, styles), bb.pick(rng, langs), k)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.5, size=k - 1))]
            )
            sessions.append(t)
            prompts.append(steps)
        ts, ps = _flatten(sessions, prompts)
        ctx.emit(
            rng, a, ts, ps, models=ctx.models(rng, ts, p_new=p_new), comp_median=190.0, err=0.015
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "episodes_24h",
            "ip_source": f"cloud:{prov}",
            "payment": "one_card",
            "user_agent": ua,
            "styles": styles,
            "languages": langs,
            "episodes_per_hour_per_key": round(eps_hour, 1),
        },
    )


# ------------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in nightly windows


def fifteen_hundred(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fifteen_hundred"
    n_keys = bb.irange(rng, 2, 5)
    pay = bb.hexid(rng, "pay")
    prov = bb.pick(rng, ("hetzner", "ovh", "scaleway"))
    ua = bb.pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    tz = bb.pick(rng, (0, 1, 3))
    styles = _subset(rng, list(tx.SYNTH_STYLES), 3, 5)
    langs = ["en"] + _subset(rng, ["pt", "fr", "de"], 1, 2)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=bb.rented_block(rng, prov, 1, 1),
        )
        for _ in range(n_keys)
    ]
    night_start, hours = float(rng.uniform(0, 3)), float(rng.uniform(3, 6))
    per_hour = float(rng.uniform(80, 160))
    p_new = float(rng.uniform(0.75, 0.95))
    for a in accts:
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, per_hour * hours * 7 / n_keys, bb.nightly(night_start, hours, tz)
        )
        prompts = [
            tx.synth_data_prompt(rng, ctx.chat, bb.pick(rng, styles), bb.pick(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=1500.0,
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly_window",
            "ip_source": f"rented_block:{prov}",
            "payment": "one_card",
            "user_agent": ua,
            "styles": styles,
            "languages": langs,
            "window_h": round(hours, 1),
        },
    )


# ------------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through residential proxies


def sandpit(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sandpit"
    n_keys = bb.irange(rng, 12, 24)
    cards = [bb.hexid(rng, "pay") for _ in range(bb.irange(rng, 3, 5))]
    region = bb.pick(rng, ("us", "eu", "latam"))
    proxy = bb.resi(rng, bb.irange(rng, 60, 200), region)
    langs = {"us": ["en"], "eu": ["en", "de"], "latam": ["es", "pt", "en"]}[region]
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=bb.pick(rng, cards),
            ua=bb.pick(rng, bb.BROWSERS),
            ips=proxy,
        )
        for _ in range(n_keys)
    ]
    per_day, turns, gap = (
        float(rng.uniform(6, 12)),
        float(rng.uniform(5, 9)),
        float(rng.uniform(25, 60)),
    )
    p_new = float(rng.uniform(0.75, 0.9))
    hold = float(rng.uniform(600, 1800))
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sessions = bb.session_times(
            rng, start, ctx.t1, per_day, bb.global_load(14.0, 0.3), turns, gap
        )
        prompts = [tx.dialogue(rng, ctx.chat, bb.pick(rng, langs), len(s)) for s in sessions]
        ts, ps = _flatten(sessions, prompts)
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new=p_new),
            ips=bb.sticky(rng, ts, proxy, hold),
            comp_median=420.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "sessions_24h",
            "ip_source": f"residential_proxy:{region}",
            "payment": f"{len(cards)}_prepaid_cycled",
            "user_agent": "browser_spoofed_per_key",
            "languages": langs,
        },
    )


# ------------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: each prompt repeated in a tight train


def stopwatch(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "stopwatch"
    n_keys = bb.irange(rng, 3, 8)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = bb.pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2", "reqwest/0.12.12"))
    ips = bb.cloud(rng, bb.irange(rng, 2, 4), "aws")
    styles = _subset(rng, list(tx.SAMPLING_STYLES), 2, 4)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.picks(rng, ips, 1),
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    base_per_hour = float(rng.uniform(4, 9))
    n_lo, n_hi = bb.pick(rng, ((4, 8), (8, 16), (5, 10)))
    p_new = float(rng.uniform(0.9, 0.99))
    streams = bb.worker_pool(rng, start, ctx.t1, base_per_hour, n_keys, bb.constant)
    for a, base in zip(accts, streams, strict=True):
        times, prompts, comps = [], [], []
        for s in base.tolist():
            style = bb.pick(rng, styles)
            p = tx.sampling_item(rng, ctx.chat, style)
            k = bb.irange(rng, n_lo, n_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.6), 0.6, size=k - 1))])
            times.append(t)
            prompts.append([p] * k)
            comps.append(np.full(k, 4.0 if style in ("label", "prob") else 300.0))
        ts, ps = _flatten(times, prompts)
        comp = (
            np.concatenate(comps)[np.argsort(np.concatenate(times), kind="stable")]
            if comps
            else 1.0
        )
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=comp,
            comp_sigma=0.3,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_label_sampling",
            "pacing": "repeat_trains",
            "ip_source": "cloud:aws",
            "payment": "one_card",
            "user_agent": ua,
            "styles": styles,
            "n_range": [n_lo, n_hi],
        },
    )


# ------------------------------------------------------------------------------------------------
# 8. HARD: a curriculum sweep hidden inside a real edtech product's own traffic


def anemometer(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "anemometer"
    brand = bb.pick(rng, ("Studyfox", "LernPilot", "Aprendo", "Homework Hero", "Vidya Mitra"))
    n_keys = bb.irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, bb.irange(rng, 2, 5), "aws")
    ua = bb.pick(rng, bb.SDK_COMMON[:3])
    langs = ["en"] + _subset(rng, ["es", "hi", "id", "pt"], 1, 3)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    product_per_hour = float(rng.uniform(5, 12))
    harvest_per_hour = float(rng.uniform(3, 7))
    curve = bb.global_load(float(rng.uniform(12, 16)), 0.6)
    harvest_start = ctx.release - float(rng.uniform(0.2, 1.2)) * bb.DAY
    p_new = float(rng.uniform(0.45, 0.7))
    for a in accts:
        t_prod = bb.thinned(
            rng, ctx.t0, ctx.t1, product_per_hour * (ctx.t1 - ctx.t0) / bb.HOUR, curve
        )
        # the product's own chat: short student sessions of 1-4 turns each
        extra = bb.bursts(rng, t_prod, 1.2, 45.0, 0.7, b=ctx.t1)
        t_prod = np.concatenate([t_prod] + [e[1:] for e in extra])
        t_harv = bb.thinned(
            rng,
            harvest_start,
            ctx.t1,
            harvest_per_hour * (ctx.t1 - harvest_start) / bb.HOUR,
            bb.global_load(13.0, 0.4),
        )
        p_prod = [tx.student_turn(rng, brand, ctx.chat) for _ in range(len(t_prod))]
        p_harv = [tx.lesson_sweep(rng, brand, bb.pick(rng, langs)) for _ in range(len(t_harv))]
        ts, ps = _flatten([t_prod, t_harv], [p_prod, p_harv])
        ctx.emit(rng, a, ts, ps, models=ctx.models(rng, ts, p_new=p_new), comp_median=380.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep_in_product_traffic",
            "pacing": "product_global_load",
            "ip_source": "cloud:aws",
            "payment": "company_card",
            "user_agent": ua,
            "languages": langs,
            "brand": brand,
            "harvest_share": round(
                harvest_per_hour / (harvest_per_hour + product_per_hour * 1.2), 2
            ),
            "hard": True,
        },
    )


# ------------------------------------------------------------------------------------------------
# 9. translation harvest: one source sentence fanned out to many languages via rotating proxies


def sector_line(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sector_line"
    n_keys, n_orgs = bb.irange(rng, 6, 12), bb.irange(rng, 2, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    rotating = bb.resi(rng, bb.irange(rng, 300, 600), "*")
    ua = bb.pick(rng, ("Go-http-client/2.0", "okhttp/4.12.0", "axios/1.7.9"))
    styles = _subset(rng, list(tx.TRANSLATION_STYLES), 2, 4)
    targets = _subset(rng, list(tx.LANGS), 6, 12)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[k % n_orgs],
            pay=cards[k % n_orgs],
            ua=ua,
            ips=rotating,
        )
        for k in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    src_per_hour = float(rng.uniform(4, 8))
    fan_lo = bb.irange(rng, 3, 5)
    p_new = float(rng.uniform(0.7, 0.9))
    streams = bb.worker_pool(rng, start, ctx.t1, src_per_hour, n_keys, bb.constant)
    for a, base in zip(accts, streams, strict=True):
        srcs = tx.sentences(rng, ctx.passages, len(base))
        times, prompts, comps = [], [], []
        for s, src in zip(base.tolist(), srcs, strict=False):
            langs = _subset(rng, targets, fan_lo, len(targets))
            style = bb.pick(rng, styles)
            t = s + np.cumsum(rng.lognormal(np.log(1.5), 0.6, size=len(langs)))
            times.append(t)
            prompts.append([tx.translation_prompt(rng, src, lg, style) for lg in langs])
            comps.append(np.full(len(langs), max(20.0, len(src) / 3.0)))
        ts, ps = _flatten(times, prompts)
        comp = (
            np.concatenate(comps)[np.argsort(np.concatenate(times), kind="stable")]
            if comps
            else 1.0
        )
        ips = bb.picks(rng, rotating, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new=p_new),
            ips=ips,
            comp_median=comp,
            comp_sigma=0.3,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_harvest",
            "pacing": "fan_out_per_sentence",
            "ip_source": "rotating_residential_proxy",
            "payment": "card_per_org",
            "user_agent": ua,
            "styles": styles,
            "targets": targets,
        },
    )


# ------------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, code harvest after the handover, disguised as the old owners


def final_lap(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "final_lap"
    n_keys = bb.irange(rng, 10, 18)
    voices = _subset(rng, list(tx.CODE_VOICES), 3, 6)
    handover = ctx.t0 + float(rng.uniform(1.5, 3.2)) * bb.DAY
    rate_lo, rate_hi = float(rng.uniform(15, 25)), float(rng.uniform(35, 60))
    accts = []
    for _ in range(n_keys):
        tz = bb.pick(rng, bb.TZS)
        region = bb.pick(rng, list(bb.ipspace.REGION_OF_TZ[tz]))
        owner_ua = bb.pick(rng, bb.BROWSERS) if bb.chance(rng, 0.5) else bb.sdk_ua(rng, 0.7)
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="bought_aged_account",
            campaign_id=cid,
            ua=owner_ua,
            ips=bb.home(rng, bb.irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        # the previous owner's own use, up to the handover
        own = bb.session_times(
            rng, ctx.t0, handover, float(rng.uniform(1, 3)), bb.evening_person(tz), 3.0, 70.0
        )
        own_ts, _ = _flatten(own, [[""] * len(s) for s in own])
        ctx.emit(
            rng,
            a,
            own_ts,
            [bb.pick(rng, ctx.chat)[:1500] for _ in range(len(own_ts))],
            models=ctx.models(rng, own_ts, p_new=0.2),
            comp_median=350.0,
        )
        # after it: person-shaped sessions on the owner's clock through proxies in the owner's region
        per_day = float(rng.uniform(rate_lo, rate_hi)) / 4.0
        sess = bb.session_times(
            rng,
            handover + float(rng.uniform(0, 0.5)) * bb.DAY,
            ctx.t1,
            per_day,
            bb.workday(tz, night=0.08),
            4.0,
            float(rng.uniform(60, 150)),
        )
        ts, _ = _flatten(sess, [[""] * len(s) for s in sess])
        ua = owner_ua if bb.chance(rng, 0.65) else bb.sdk_ua(rng, 0.8)
        proxy = bb.resi(rng, bb.irange(rng, 4, 12), region)
        prompts = [tx.code_task(rng, bb.pick(rng, voices)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.45, 0.75))),
            ips=bb.sticky(rng, ts, proxy, 3 * bb.HOUR),
            ua=ua,
            comp_median=450.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest_on_bought_aged_accounts",
            "pacing": "owner_clock_sessions",
            "ip_source": "residential_proxy_owner_region",
            "payment": "original_owner_cards",
            "user_agent": "owner_ua_copied_mostly",
            "voices": voices,
            "handover_day": round((handover - ctx.t0) / bb.DAY, 2),
            "hard": True,
        },
    )


# ------------------------------------------------------------------------------------------------
# 11. HARD: public prompt replay by a crowd of person-like accounts


def vault_box(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "vault_box"
    n_keys = bb.irange(rng, 25, 45)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    n_tz = bb.irange(rng, 2, 4)
    tzs = _subset(rng, list(bb.TZS), n_tz, n_tz)
    card_pool = [bb.hexid(rng, "pay") for _ in range(2 * n_keys)]
    p_new = float(rng.uniform(0.5, 0.75))
    for _ in range(n_keys):
        tz = bb.pick(rng, tzs)
        region = bb.pick(rng, list(bb.ipspace.REGION_OF_TZ[tz]))
        ua = bb.pick(rng, bb.BROWSERS) if bb.chance(rng, 0.7) else bb.pick(rng, bb.MOBILE[:3])
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=bb.pick(rng, card_pool),
            ua=ua,
            ips=bb.resi(rng, bb.irange(rng, 1, 3), region),
            tz=tz,
        )
        accts.append(a)
        start = ctx.release - float(rng.uniform(0.3, 2.0)) * bb.DAY
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(2, 5)),
            bb.evening_person(tz),
            4.5,
            float(rng.uniform(50, 140)),
        )
        ts, _ = _flatten(sess, [[""] * len(s) for s in sess])
        prompts = []
        for _ in range(len(ts)):
            prompts.append(tx.replay(rng, ctx.chat[order[cursor % len(order)]]))
            cursor += 1
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=360.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay_crowd",
            "pacing": "evening_sessions",
            "ip_source": "residential_proxy_sticky_per_account",
            "payment": "card_pool_some_shared",
            "user_agent": "browser_or_phone",
            "tzs": tzs,
            "hard": True,
        },
    )


# ------------------------------------------------------------------------------------------------
# 12. HARD: a low-and-slow crowd of phone accounts asking explanation questions


def measuring_tape(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "measuring_tape"
    n_keys = bb.irange(rng, 30, 50)
    mix = bb.pick(
        rng,
        (
            ("in_mobile", 5, ["en", "hi"]),
            ("br_mobile", -3, ["pt", "en"]),
            ("us_mobile", -5, ["en", "es"]),
            ("eu_mobile", 1, ["en", "es"]),
        ),
    )
    carrier, tz, langs = mix
    if bb.chance(rng, 0.5):
        langs = langs + ["id"]
    accts = []
    p_new = float(rng.uniform(0.4, 0.65))
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="phone_account",
            campaign_id=cid,
            ua=bb.pick(rng, bb.MOBILE),
            ips=bb.mobile_v6(rng, 1, carrier),
            tz=tz,
        )
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            bb.evening_person(tz + bb.irange(rng, -1, 1)),
            3.5,
            float(rng.uniform(70, 160)),
        )
        ts, _ = _flatten(sess, [[""] * len(s) for s in sess])
        ips = bb.sticky(rng, ts, bb.mobile_v6(rng, bb.irange(rng, 4, 10), carrier), 2 * bb.HOUR)
        lang = bb.pick(rng, langs)
        prompts = [
            tx.casual_question(rng, lang if bb.chance(rng, 0.8) else bb.pick(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), ips=ips, comp_median=400.0
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_slow_phone_crowd_explanations",
            "pacing": "evening_sessions",
            "ip_source": f"carrier_v6:{carrier}",
            "payment": "prepaid_virtual_per_account",
            "user_agent": "mobile",
            "languages": langs,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "discus": discus,
    "pole_vault": pole_vault,
    "hundred_metres": hundred_metres,
    "four_hundred_metres": four_hundred_metres,
    "fifteen_hundred": fifteen_hundred,
    "sandpit": sandpit,
    "stopwatch": stopwatch,
    "anemometer": anemometer,
    "sector_line": sector_line,
    "final_lap": final_lap,
    "vault_box": vault_box,
    "measuring_tape": measuring_tape,
}

"""Campaign families of batch 249: operators harvesting the model's outputs to train a copy.

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, records
one campaign through `ctx.campaign`, and writes its events through `ctx.emit`, drawing only from
its own `rng` in a fixed order. Four families (`tejista`, `zepguagoscua`, `cajon_de_greda`,
`tiro_largo`) are built to look like legitimate use as far as a careful operator could make them.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick, picks
from bench.monitor_blind249 import texts as tx

CAMP = "campaign"
Rng = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _mix(rng: Rng, langs: list[str], weights: list[float], n: int) -> list[str]:
    w = np.asarray(weights, dtype=np.float64)
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w / w.sum()).tolist()]


def _some(rng: Rng, pool: tuple[str, ...], k: int) -> list[str]:
    """k distinct items of `pool` in a random order."""
    return [pool[i] for i in rng.permutation(len(pool))[:k].tolist()]


def _with_pauses(
    rng: Rng,
    a: float,
    b: float,
    n_off: int,
    min_h: float,
    max_h: float,
    base: bb.Curve = bb.constant,
) -> bb.Curve:
    """`base` with a few switched-off stretches (quota exhausted, script crashed, redeploys)."""
    offs = []
    for _ in range(n_off):
        s = float(rng.uniform(a, b))
        offs.append((s, s + float(rng.uniform(min_h, max_h)) * HOUR))

    def f(ts: np.ndarray) -> np.ndarray:
        w = np.asarray(base(ts), dtype=np.float64).copy()
        for s, e in offs:
            w[(ts >= s) & (ts < e)] = 0.0
        return w

    return f


def _mobile_kind(tz: int) -> str | None:
    return {
        -8: "us_mobile",
        -5: "us_mobile",
        -3: "br_mobile",
        0: "eu_mobile",
        1: "eu_mobile",
        2: "eu_mobile",
        5: "in_mobile",
    }.get(tz)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block


def turmeque(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "turmeque"
    n_orgs, n_keys = irange(rng, 1, 3), irange(rng, 6, 14)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "scaleway"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 8))
    ua = bb.sdk_ua(rng, 0.6)
    langs = ["en", *_some(rng, ("zh", "ru", "es"), irange(rng, 1, 2))]
    weights = [0.55] + [0.45 / (len(langs) - 1)] * (len(langs) - 1)
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
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for k in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_hour = float(rng.uniform(35, 75))
    curve = _with_pauses(rng, start, ctx.t1, irange(rng, 1, 4), 1.0, 9.0)
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    for acct, ts in zip(accts, streams, strict=True):
        ls = _mix(rng, langs, weights, len(ts))
        prompts = [tx.reasoning_coercion(rng, lg) for lg in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.0),
            comp_median=1400.0,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one prepaid card per org",
            "ip_source": f"rented {provider} block",
            "pacing": f"Poisson worker pool {per_hour:.0f}/h with outages",
            "languages": langs,
            "user_agent": ua,
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in job bursts


def bocin(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bocin"
    n_keys = irange(rng, 4, 8)
    org = bb.hexid(rng, "org")
    cards = [bb.hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("gcp", "aws"))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    tz = pick(rng, (1, 2, 8, -5))
    langs = ["en", *_some(rng, ("de", "es", "ja"), irange(rng, 1, 2))]
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=cards[0] if k < n_keys // 2 + 1 else cards[1],
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 2, 5), provider),
            tz=tz,
        )
        for k in range(n_keys)
    ]
    per_day = float(rng.uniform(2.0, 3.5))
    size = float(rng.uniform(30, 80))
    for acct in accts:
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = bb.thinned(
            rng, a, ctx.t1, per_day * (ctx.t1 - a) / DAY, bb.workday(tz, weekend=0.3, night=0.1)
        )
        jobs = bb.bursts(rng, starts, size, float(rng.uniform(0.6, 2.5)), 0.6, ctx.t1)
        for ts in jobs:
            lg = pick(rng, langs) if chance(rng, 0.45) else "en"
            prompts = [tx.judge(rng, lg, ctx.chat, ctx.passages) for _ in range(len(ts))]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
                comp_median=240.0,
                comp_sigma=0.5,
                err=0.03,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n_keys,
            "orgs": 1,
            "payment": "two corporate cards",
            "ip_source": f"{provider} autoscaled workers",
            "pacing": f"job bursts {per_day:.1f}/day/key of ~{size:.0f}",
            "languages": langs,
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant / censorship-safe rewrites through throwaway keys and VPN exits


def mecha(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "mecha"
    n_keys = irange(rng, 12, 24)
    vpn = bb.cloud(rng, irange(rng, 25, 45), "m247") + bb.cloud(
        rng, irange(rng, 10, 20), "leaseweb"
    )
    langs = ["zh", "ru", "vi", "ar", "en"]
    base_w = [0.45, 0.2, 0.12, 0.1, 0.13]
    accts, lives = [], []
    for _ in range(n_keys):
        ua = pick(rng, bb.SDK_OTHER) if chance(rng, 0.7) else pick(rng, bb.BROWSERS)
        exits = picks(rng, vpn, irange(rng, 6, 15))
        acct = ctx.account(
            rng, label=CAMP, family=fam, role="throwaway", campaign_id=cid, ua=ua, ips=exits
        )
        a = float(rng.uniform(ctx.release - 1.5 * DAY, ctx.t1 - 0.3 * DAY))
        b = min(ctx.t1, a + float(rng.uniform(0.4, 2.0)) * DAY)
        main = irange(rng, 0, len(langs) - 1)
        w = [x + (0.8 if i == main else 0.0) for i, x in enumerate(base_w)]
        ts = bb.thinned(rng, a, b, float(rng.uniform(8, 22)) * (b - a) / HOUR, bb.constant)
        prompts = [tx.policy_rewrite(rng, lg, ctx.passages) for lg in _mix(rng, langs, w, len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            ips=bb.sticky(rng, ts, exits, float(rng.uniform(20, 60)) * MINUTE),
            comp_median=550.0,
            err=0.05,
        )
        accts.append(acct)
        lives.append([a, b])
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_compliant_rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one card per key (bought/stolen)",
            "ip_source": "commercial VPN exits (m247, leaseweb), sticky",
            "pacing": "each key lives 0.4-2 days around the release, steady Poisson",
            "languages": langs,
            "lifetimes": lives,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts posing as an agent platform


def embocinada(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "embocinada"
    n_keys = irange(rng, 3, 6)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 4, 8), "aws")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.58.1"))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    peak = float(rng.uniform(12, 18))
    per_day = float(rng.uniform(22, 45))
    for acct in accts:
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        starts = bb.thinned(
            rng, a, ctx.t1, per_day * (ctx.t1 - a) / DAY, bb.global_load(peak, 0.35)
        )
        ts_all, prompts, comp, extra = [], [], [], []
        for s in starts.tolist():
            k = min(12, 2 + int(rng.poisson(3.5)))
            lg = _mix(rng, ["en", "zh", "es"], [0.8, 0.1, 0.1], 1)[0]
            task, domain = tx.agent_task(rng, lg)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(3.5), 0.7, size=k - 1))])
            base = irange(rng, 700, 1100)
            for j in range(k):
                ts_all.append(float(t[j]))
                prompts.append(task if j == 0 else tx.agent_observation(rng, domain, j))
                comp.append(520.0 if j == k - 1 else 140.0)
                extra.append(base + 550 * j + irange(rng, 0, 200))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.015,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": "aws NAT gateways shared by all keys",
            "pacing": f"{per_day:.0f} episodes/day/key, 2-12 steps, ~3.5 s apart",
            "languages": ["en", "zh", "es"],
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic instruction-dataset generation by several linked shell orgs


def monona(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "monona"
    n_orgs = irange(rng, 2, 4)
    provider = pick(rng, ("gcp", "azure"))
    block = bb.rented_block(rng, provider, 2, 6)
    langs = ["en", *_some(rng, ("fr", "pt", "ja", "hi"), irange(rng, 2, 3))]
    weights = [0.5] + [0.5 / (len(langs) - 1)] * (len(langs) - 1)
    accts, plan = [], []
    for o in range(n_orgs):
        org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        ua = pick(
            rng, ("OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1")
        )
        keys = [
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="generator",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=picks(rng, block, 2),
            )
            for _ in range(irange(rng, 3, 5))
        ]
        a = (
            ctx.release + float(rng.uniform(0, 3)) * HOUR
            if o % 2 == 0
            else bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        )
        per_hour = float(rng.uniform(20, 45))
        for acct, ts in zip(keys, bb.worker_pool(rng, a, ctx.t1, per_hour, len(keys)), strict=True):
            prompts = [
                tx.dataset_gen(rng, lg, ctx.chat) for lg in _mix(rng, langs, weights, len(ts))
            ]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
                comp_median=1700.0,
                comp_sigma=0.4,
                err=0.05,
            )
        accts.extend(keys)
        plan.append(
            {"org": org, "keys": len(keys), "start": a, "per_hour": per_hour, "user_agent": ua}
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": len(accts),
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": f"one rented {provider} block shared by all orgs",
            "pacing": "Poisson pool per org",
            "languages": langs,
            "orgs_plan": plan,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest with a simulated user, through residential proxies


def greda(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "greda"
    n_keys = irange(rng, 10, 18)
    region = pick(rng, ("us", "eu"))
    pool = bb.resi(rng, irange(rng, 150, 300), region)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    langs_all = ["en", "es", "de", "pt"]
    accts = []
    convs_per_day = float(rng.uniform(8, 20))
    for k in range(n_keys):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else pick(rng, tx.COMMON_BROWSERS)
        acct = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="dialogue_bot",
            campaign_id=cid,
            pay=cards[k % len(cards)],
            ua=ua,
            ips=picks(rng, pool, 3),
        )
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        main = pick(rng, langs_all)
        ts_all, prompts = [], []
        for s in bb.thinned(
            rng, a, ctx.t1, convs_per_day * (ctx.t1 - a) / DAY, bb.constant
        ).tolist():
            lg = main if chance(rng, 0.8) else pick(rng, langs_all)
            k_turns = irange(rng, 4, 12)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(12.0), 0.5, size=k_turns - 1))]
            )
            first, topic = tx.dialogue_opener(rng, lg)
            for j in range(k_turns):
                ts_all.append(float(t[j]))
                prompts.append(first if j == 0 else tx.dialogue_followup(rng, lg, topic))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            ips=bb.sticky(rng, ts, pool, float(rng.uniform(10, 30)) * MINUTE),
            comp_median=450.0,
            err=0.01,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": f"{len(cards)} cards shared round-robin",
            "ip_source": f"residential proxy pool ({region}), sticky",
            "pacing": f"{convs_per_day:.0f} conversations/day/key around the clock, 4-12 turns ~12 s apart",
            "languages": langs_all,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: the same prompt many times at once


def tejodromo(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "tejodromo"
    n_keys = irange(rng, 2, 5)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "Go-http-client/2.0"))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(1.5, 3.5))
    ns = (4, 8, 8, 16)
    for acct in accts:
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts_all, prompts, models = [], [], []
        for s in bb.thinned(rng, a, ctx.t1, per_hour * (ctx.t1 - a) / HOUR, bb.constant).tolist():
            n = pick(rng, ns)
            p = tx.soft_label(rng, ctx.chat)
            m = ctx.models(rng, np.array([s]), p_new=0.9, p_mini=0.0)[0]
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.25), 0.8, size=n - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * n)
            models.extend([m] * n)
        ctx.emit(
            rng,
            acct,
            np.asarray(ts_all),
            prompts,
            models=models,
            comp_median=380.0,
            comp_sigma=0.7,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"{provider} droplets",
            "pacing": f"{per_hour:.1f} prompt groups/h/key, n in {list(ns)} parallel",
            "languages": ["en"],
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: curriculum sweep dressed as an edtech lesson generator


def tejista(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "tejista"
    market = pick(
        rng, (("es", -3, "latam"), ("pt", -3, "latam"), ("id", 8, "sea"), ("en", -5, "us"))
    )
    lang, tz, region = market
    langs = [lang] + (["en"] if lang != "en" and chance(rng, 0.5) else [])
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.resi(rng, irange(rng, 1, 2), region)
    n_staff = irange(rng, 2, 3)
    staff = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="content_editor",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, tx.COMMON_BROWSERS[:2]),
            ips=office,
            tz=tz,
        )
        for _ in range(n_staff)
    ]
    backend = ctx.account(
        rng,
        label=CAMP,
        family=fam,
        role="lesson_backend",
        campaign_id=cid,
        org=org,
        pay=card,
        ua=tx.COMMON_UAS[0],
        ips=bb.cloud(rng, 1, "aws"),
        tz=tz,
    )
    streams = []
    for _ in staff:
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.15)
        ss = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(5, 8)),
            bb.workday(tz),
            float(rng.uniform(8, 14)),
            float(rng.uniform(35, 70)),
            0.7,
        )
        streams.append(_cat(ss))
    cron_h = float(rng.uniform(0.5, 2.5))
    streams.append(
        bb.thinned(
            rng,
            ctx.t0 + DAY,
            ctx.t1,
            float(rng.uniform(25, 40)) * 3 * (ctx.t1 - ctx.t0 - DAY) / DAY,
            bb.nightly(cron_h, 3.0, tz),
        )
    )
    owners = np.concatenate([np.full(len(s), i) for i, s in enumerate(streams)])
    ts = np.concatenate(streams)
    order = np.argsort(ts, kind="stable")
    grid = [(lg, cell) for lg in langs for cell in tx.curriculum_grid(lg)]
    perm = rng.permutation(len(grid)).tolist()
    suffix = {
        "es": " Usa ejemplos distintos de los habituales (variante {v}).",
        "pt": " Use exemplos diferentes dos habituais (variante {v}).",
        "id": " Gunakan contoh yang berbeda dari biasanya (varian {v}).",
        "en": " Use different examples from the usual ones (variant {v}).",
    }
    prompts = [""] * len(ts)
    for rank, i in enumerate(order.tolist()):
        lg, cell = grid[perm[rank % len(grid)]]
        p = tx.curriculum(rng, lg, cell)
        v = rank // len(grid)
        prompts[i] = p + (suffix[lg].format(v=v + 1) if v else "")
    for j, acct in enumerate([*staff, backend]):
        sel = np.flatnonzero(owners == j)
        t = ts[sel]
        o = np.argsort(t, kind="stable")
        t, ps = t[o], [prompts[i] for i in sel[o].tolist()]
        ctx.emit(
            rng,
            acct,
            t,
            ps,
            models=ctx.models(rng, t, p_new=0.6, p_mini=0.1),
            comp_median=950.0,
            comp_sigma=0.5,
            err=0.01,
            extra=irange(rng, 60, 180),
        )
    ctx.campaign(
        cid,
        fam,
        [*staff, backend],
        {
            "operation": "curriculum_sweep",
            "keys": n_staff + 1,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": f"office broadband ({region}) + one aws host",
            "market": lang,
            "pacing": f"editors in office hours (tz {tz}) + nightly cron at {cron_h:.1f} h local",
            "languages": langs,
            "grid_cells": len(grid),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation / parallel-corpus harvest


def polvora(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "polvora"
    n_orgs = irange(rng, 1, 2)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("azure", "ovh", "hetzner"))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    n_keys = irange(rng, 3, 6)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="translator_worker",
            campaign_id=cid,
            org=orgs[k % n_orgs],
            pay=cards[k % n_orgs],
            ua=ua,
            ips=bb.cloud(rng, 2, provider),
        )
        for k in range(n_keys)
    ]
    targets = [
        tx.TARGETS[i] for i in rng.permutation(len(tx.TARGETS))[: irange(rng, 8, 14)].tolist()
    ]
    per_hour = float(rng.uniform(1.5, 3.5))
    for acct in accts:
        style = irange(rng, 0, 3)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts_all, prompts, comp = [], [], []
        for s in bb.thinned(rng, a, ctx.t1, per_hour * (ctx.t1 - a) / HOUR, bb.constant).tolist():
            text = (
                tx.sentences(rng, ctx.passages, 2, 6)
                if chance(rng, 0.6)
                else tx.snippet(rng, ctx.passages, 300, 1200)
            )
            k = irange(rng, 4, min(9, len(targets)))
            chosen = [targets[i] for i in rng.permutation(len(targets))[:k].tolist()]
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=k - 1))])
            for j, tg in enumerate(chosen):
                ts_all.append(float(t[j]))
                prompts.append(
                    tx.translation(rng, text, tg, style if chance(rng, 0.85) else style + 1)
                )
                comp.append(max(40.0, len(text) / 3.2))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.25,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_parallel_corpus",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": f"{provider} VMs, two per key",
            "pacing": f"{per_hour:.1f} source chunks/h/key, each fanned out to 4-9 languages",
            "languages": [t[1] for t in targets],
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: code harvest hidden inside a real product's traffic


def zepguagoscua(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "zepguagoscua"
    n_keys = irange(rng, 3, 5)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 3, 6), "aws")
    ua = tx.COMMON_UAS[2]
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    peak, depth = float(rng.uniform(13, 17)), float(rng.uniform(0.45, 0.65))
    share = float(rng.uniform(0.18, 0.32))
    sys_tokens = irange(rng, 300, 480)
    harvest_start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    curve = bb.global_load(peak, depth)
    for acct in accts:
        per_hour = float(rng.uniform(8, 20))
        organic = bb.thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, curve)
        harvest = bb.thinned(
            rng, harvest_start, ctx.t1, share * per_hour * (ctx.t1 - harvest_start) / HOUR, curve
        )
        ts = np.concatenate([organic, harvest])
        is_h = np.concatenate([np.zeros(len(organic), bool), np.ones(len(harvest), bool)])
        o = np.argsort(ts, kind="stable")
        ts, is_h = ts[o], is_h[o]
        prompts = [tx.code_task(rng) if h else tx.human(rng, ctx.chat, 1500) for h in is_h.tolist()]
        m_org = ctx.models(rng, ts, p_new=0.45, p_mini=0.1)
        m_h = ctx.models(rng, ts, p_new=0.9, p_mini=0.0)
        models = [b if h else a for a, b, h in zip(m_org, m_h, is_h.tolist(), strict=True)]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=models,
            comp_median=np.where(is_h, 950.0, 380.0),
            comp_sigma=0.6,
            err=0.012,
            extra=sys_tokens,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest_inside_product",
            "keys": n_keys,
            "orgs": 1,
            "payment": "company card",
            "ip_source": "aws NAT of a real SaaS backend",
            "pacing": f"global product load; harvest {share:.0%} of volume on the same curve",
            "harvest_start": harvest_start,
            "languages": ["en"],
            "user_agent": ua,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: bought aged accounts, harvested low-and-slow through same-region proxies


def cajon_de_greda(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "cajon_de_greda"
    n = irange(rng, 18, 30)
    op_tz = pick(rng, (8, 3, 2))
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, tx.COMMON_UAS)
        home = bb.home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home,
            tz=tz,
        )
        take = ctx.t0 + float(rng.uniform(1.2, 4.6)) * DAY
        org_ts = _cat(
            bb.session_times(
                rng, ctx.t0, take, float(rng.uniform(1, 3)), bb.evening_person(tz), 3.0, 70.0
            )
        )
        ctx.emit(
            rng,
            acct,
            org_ts,
            [tx.human(rng, ctx.chat) for _ in range(len(org_ts))],
            models=ctx.models(rng, org_ts, p_new=0.15),
            comp_median=350.0,
        )
        pool = bb.home(rng, irange(rng, 20, 40), tz)
        h_ts = _cat(
            bb.session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(4, 9)),
                bb.workday(op_tz, weekend=0.5, night=0.05),
                float(rng.uniform(6, 12)),
                float(rng.uniform(20, 45)),
            )
        )
        lg = _mix(rng, ["en", "zh", "es"], [0.75, 0.15, 0.1], len(h_ts))
        prompts = [
            tx.human(rng, ctx.chat) if chance(rng, 0.15) else tx.natural_question(rng, x)
            for x in lg
        ]
        h_ua = ua if chance(rng, 0.7) else bb.sdk_ua(rng)
        ctx.emit(
            rng,
            acct,
            h_ts,
            prompts,
            models=ctx.models(rng, h_ts, p_new=0.7),
            comp_median=650.0,
            ips=bb.sticky(rng, h_ts, pool, float(rng.uniform(20, 60)) * MINUTE),
            ua=h_ua,
        )
        accts.append(acct)
        takeovers.append(take)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "keys": n,
            "orgs": n,
            "payment": "the original owners' cards",
            "ip_source": "residential proxies in each owner's region, sticky",
            "operator_tz": op_tz,
            "pacing": "owner's evening sessions, then the operator's office-hour sessions",
            "takeover_ts": takeovers,
            "languages": ["en", "zh", "es"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: a low-and-slow crowd replaying public prompts


def tiro_largo(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "tiro_largo"
    n = irange(rng, 40, 70)
    shared_cards = [bb.hexid(rng, "pay") for _ in range(3)]
    queue = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    accts, late = [], 0
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        mob = _mobile_kind(tz) if chance(rng, 0.5) else None
        ua = pick(rng, bb.MOBILE[:3]) if mob else pick(rng, tx.COMMON_BROWSERS)
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        pay = pick(rng, shared_cards) if chance(rng, 0.2) else None
        acct = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        if chance(rng, 0.4):
            a = ctx.release + float(rng.uniform(0, 1.5)) * DAY
            late += 1
        else:
            a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            bb.evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(50, 150)),
        )
        ts = _cat(sessions)
        prompts = []
        for _ in range(len(ts)):
            if prompts and chance(rng, 0.04):
                prompts.append(prompts[-1])
                continue
            prompts.append(ctx.chat[queue[pos % len(queue)]][:2000])
            pos += 1
        if mob:
            ip_list = []
            for s in sessions:
                ip_list.extend(bb.mobile_v6(rng, 1, mob) * len(s))
            ip_list = (
                [ip_list[i] for i in np.argsort(np.concatenate(sessions), kind="stable").tolist()]
                if ip_list
                else []
            )
        else:
            ip_list = None
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            ips=ip_list,
            comp_median=420.0,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay_crowd",
            "keys": n,
            "orgs": n,
            "joined_after_release": late,
            "payment": "own card per member, 20% share one of 3 prepaid cards",
            "ip_source": "members' home broadband or phone carriers",
            "pacing": "human evening sessions, 1.5-4/day",
            "prompts": "a public chat dataset split across members without repeats",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "turmeque": turmeque,
    "bocin": bocin,
    "mecha": mecha,
    "embocinada": embocinada,
    "monona": monona,
    "greda": greda,
    "tejodromo": tejodromo,
    "tejista": tejista,
    "polvora": polvora,
    "zepguagoscua": zepguagoscua,
    "cajon_de_greda": cajon_de_greda,
    "tiro_largo": tiro_largo,
}

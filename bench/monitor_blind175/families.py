"""Campaign families of blind batch 175 (code names: words from buzkashi).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records one campaign with `ctx.campaign`. Everything a family varies
(keys, orgs, cards, pacing, addresses, user agents, languages, styles, models) is drawn from its own
generator. `qamchi`, `kok_boru`, `telpek` and `halal_circle` are built to be hard.
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
from bench.monitor_blind175 import texts as tx

CAMP = "campaign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _keys(
    ctx: Ctx,
    rng: np.random.Generator,
    fam: str,
    camp: str,
    n: int,
    *,
    role: str = "worker",
    orgs: list[str] | None = None,
    cards: list[str] | None = None,
    ua: str | Callable[[], str] = "",
    ips: Callable[[int], list[str]] | None = None,
    tz: int = 0,
) -> list[Acct]:
    """n campaign accounts; org/card i % len(...) when given, otherwise one each."""
    out = []
    for i in range(n):
        out.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role=role,
                campaign_id=camp,
                org=orgs[i % len(orgs)] if orgs else None,
                pay=cards[i % len(cards)] if cards else None,
                ua=ua() if callable(ua) else ua,
                ips=ips(i) if ips else ["0.0.0.0"],
                tz=tz,
            )
        )
    return out


def _lang_of_tz(rng: np.random.Generator, tz: int) -> str:
    options = {
        -8: ("en",),
        -5: ("en", "en", "es"),
        -3: ("pt", "es"),
        0: ("en", "en", "fr"),
        1: ("de", "fr", "en"),
        2: ("de", "en"),
        3: ("en",),
        5: ("hi", "en", "en"),
        8: ("zh", "en"),
        9: ("ja",),
    }
    return pick(rng, options.get(tz, ("en",)))


# ============================================================================================
# chapandaz: reasoning-trace coercion, curriculum tiers, rented hosting block


def chapandaz(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "chapandaz"
    n_keys, n_orgs = irange(rng, 16, 32), irange(rng, 1, 3)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb", "scaleway"))
    hosts = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 4, 8))
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]  # one prepaid card per org
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2", "python-httpx/0.28.1"))
    accts = _keys(
        ctx,
        rng,
        fam,
        camp,
        n_keys,
        orgs=orgs,
        cards=cards,
        ua=ua,
        ips=lambda i: picks(rng, hosts, irange(rng, 1, 3)),
    )
    mix = tx.lang_mix(rng, list(tx.REASONING_STYLES), main=pick(rng, ("tags", "zh", "json")))
    n_probe = irange(rng, 2, 3)
    probe_start = jitter_start(rng, ctx.t0, ctx.release, 0.5)
    probe_rate = float(rng.uniform(3, 8))
    probe = worker_pool(rng, probe_start, ctx.release, probe_rate, n_probe)
    start = ctx.release + float(rng.uniform(0.5, 12)) * HOUR
    rate = float(rng.uniform(70, 150))
    main = worker_pool(rng, start, ctx.t1, rate, n_keys)
    comp = float(rng.uniform(900, 1600))
    for i, a in enumerate(accts):
        ts = _cat([probe[i] if i < n_probe else np.empty(0), main[i]])
        level = 1 + np.floor(9 * np.clip((ts - start) / (ctx.t1 - start), 0, 0.999)).astype(
            np.int64
        )
        prompts = [tx.reasoning_prompt(rng, tx.weighted(rng, mix), lv) for lv in level.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion with difficulty tiers rising over time",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one prepaid card per org",
            "ip_source": f"rented {provider} /24 block",
            "user_agent": ua,
            "pacing": f"probe on {n_probe} keys at {probe_rate:.1f}/h before release, then Poisson pool {rate:.0f}/h",
            "styles": {k: round(v, 3) for k, v in mix.items()},
            "models": "new model after release",
            "hard": False,
        },
    )


# ============================================================================================
# kokpar: judge / rubric / reward-model labels, scripted batches, one stolen card per key


def kokpar(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "kokpar"
    n_keys = irange(rng, 8, 16)
    provs = sorted(
        set(
            picks(
                rng, ("aws", "gcp", "azure", "digitalocean", "oracle", "vultr"), irange(rng, 2, 3)
            )
        )
    )
    uas = ("python-requests/2.32.3", "python-httpx/0.28.1", "aiohttp/3.11.11")
    accts = _keys(
        ctx,
        rng,
        fam,
        camp,
        n_keys,
        ua=lambda: pick(rng, uas),
        ips=lambda i: cloud(rng, irange(rng, 1, 2), pick(rng, provs)),
    )
    mix = tx.lang_mix(rng, list(tx.JUDGE_STYLES), main="pairwise")
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_day = float(rng.uniform(5, 10))
    size = float(rng.uniform(40, 100))
    gap = float(rng.uniform(1.5, 4.0))
    starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
    trains = bursts(rng, starts, size, gap, 0.5, ctx.t1)
    owner = rng.integers(0, n_keys, size=len(trains))
    for i, a in enumerate(accts):
        ts = _cat([t for t, o in zip(trains, owner.tolist(), strict=True) if o == i])
        prompts = [
            tx.judge_prompt(rng, tx.weighted(rng, mix), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=450.0,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading harvest (pairwise, rubric, reward lists, principles)",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one stolen card per key",
            "ip_source": f"cloud {provs}",
            "user_agent": list(uas),
            "pacing": f"{per_day:.1f} scripted batches/day of ~{size:.0f} at {gap:.1f}s",
            "styles": {k: round(v, 3) for k, v in mix.items()},
            "hard": False,
        },
    )


# ============================================================================================
# ulak: censorship-safe and policy rewrites through VPN exits


def ulak(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "ulak"
    n_keys = irange(rng, 10, 18)
    provs = sorted(set(picks(rng, ("m247", "leaseweb", "vultr", "digitalocean", "linode"), 2)))
    exits = [ip for p in provs for ip in cloud(rng, irange(rng, 12, 25), p)]
    op_tz = pick(rng, (8, 3, 2))
    main = {8: "zh", 3: "ru", 2: "ar"}[op_tz]
    mix = tx.lang_mix(rng, list(tx.POLICY_STYLES), main=main)
    uas = [pick(rng, BROWSERS), "PostmanRuntime/7.43.0", "axios/1.7.9"]
    accts = _keys(
        ctx, rng, fam, camp, n_keys, ua=lambda: pick(rng, uas), ips=lambda i: exits, tz=op_tz
    )
    curve = workday(
        op_tz, start=float(rng.uniform(8, 11)), end=float(rng.uniform(19, 23)), weekend=0.5
    )
    per_day, size, think = (
        float(rng.uniform(2, 4)),
        float(rng.uniform(15, 35)),
        float(rng.uniform(8, 20)),
    )
    hold = float(rng.uniform(20, 60)) * MINUTE
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        ts = _cat(session_times(rng, start, ctx.t1, per_day, curve, size, think, 0.6))
        prompts = [
            tx.policy_prompt(rng, tx.weighted(rng, mix), ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            ips=sticky(rng, ts, exits, hold),
            comp_median=600.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "censorship-safe answers, refusal / safe-answer pairs, policy-compliant rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one stolen card per key",
            "ip_source": f"commercial VPN exits in {provs}, sticky {hold / MINUTE:.0f} min",
            "operator_tz": op_tz,
            "user_agent": uas,
            "pacing": f"operator shifts: {per_day:.1f} sessions/day of ~{size:.0f}",
            "styles": {k: round(v, 3) for k, v in mix.items()},
            "hard": False,
        },
    )


# ============================================================================================
# kupkari: agent / tool-use trajectories from a "startup" on a corporate card


def kupkari(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "kupkari"
    n_keys = irange(rng, 5, 10)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    accts = _keys(ctx, rng, fam, camp, n_keys, orgs=[org], cards=[card], ua=ua, ips=lambda i: nat)
    mix = tx.lang_mix(rng, list(tx.AGENT_STYLES), main=pick(rng, ("openai", "react")))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(5, 12))
    peak = float(rng.uniform(0, 24))
    episodes = worker_pool(rng, start, ctx.t1, rate, n_keys, global_load(peak, 0.3))
    step_gap = float(rng.uniform(4, 9))
    for i, a in enumerate(accts):
        ts_all, prompts, extra, comp = [], [], [], []
        for s in episodes[i].tolist():
            style = tx.weighted(rng, mix)
            k = irange(rng, 3, 9)
            steps = tx.agent_steps(rng, style, k, "zh" if style == "zh" else "en")
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.5, size=k - 1))]
            )
            ts_all.extend(t.tolist())
            prompts.extend(steps)
            base = irange(rng, 300, 900)
            extra.extend([base + 60 * j for j in range(k)])
            comp.extend([1500.0 if style == "demo" else 220.0] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=np.asarray(comp),
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest (ReAct, function-calling, demonstration requests)",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one corporate card",
            "ip_source": f"{provider} NAT gateways",
            "user_agent": ua,
            "pacing": f"{rate:.1f} episodes/h over the pool, steps ~{step_gap:.0f}s apart",
            "styles": {k: round(v, 3) for k, v in mix.items()},
            "hard": False,
        },
    )


# ============================================================================================
# tudabarai: synthetic dataset generation through residential proxies


def tudabarai(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "tudabarai"
    n_keys = irange(rng, 15, 28)
    group = irange(rng, 3, 5)
    n_orgs = (n_keys + group - 1) // group
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    org_ua = [sdk_ua(rng, 0.3) for _ in range(n_orgs)]
    pool = resi(rng, irange(rng, 150, 300))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i // group],
            pay=cards[i // group],
            ua=org_ua[i // group],
            ips=pool,
        )
        for i in range(n_keys)
    ]
    mix = tx.lang_mix(rng, list(tx.SYNTH_STYLES), main=pick(rng, ("pairs", "persona", "evolve")))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    rate = float(rng.uniform(40, 80))
    hold = float(rng.uniform(5, 15)) * MINUTE
    streams = worker_pool(rng, start, ctx.t1, rate, n_keys)
    for a, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.synth_prompt(rng, tx.weighted(rng, mix), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.03),
            ips=sticky(rng, ts + float(rng.uniform(0, hold)), pool, hold),
            comp_median=1400.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic instruction data: JSONL pairs, personas, evolved instructions, textbooks, parallel text",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": "rotating residential proxies (worldwide)",
            "user_agent": org_ua,
            "pacing": f"Poisson pool {rate:.0f}/h",
            "proxy_hold_min": round(hold / MINUTE, 1),
            "styles": {k: round(v, 3) for k, v in mix.items()},
            "hard": False,
        },
    )


# ============================================================================================
# qarajai: multi-turn dialogue harvest from hosting


def qarajai(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "qarajai"
    n_keys = irange(rng, 10, 16)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("ovh", "hetzner", "digitalocean"))
    hosts = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 6, 12))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9"))
    accts = _keys(
        ctx, rng, fam, camp, n_keys, orgs=orgs, cards=cards, ua=ua, ips=lambda i: [pick(rng, hosts)]
    )
    mix = tx.lang_mix(rng, list(tx.DIALOGUE_STYLES), main="plain")
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(6, 13))
    turn_gap = float(rng.uniform(6, 15))
    convs = worker_pool(rng, start, ctx.t1, rate, n_keys)
    for i, a in enumerate(accts):
        ts_all, prompts = [], []
        for s in convs[i].tolist():
            k = irange(rng, 3, 8)
            turns = tx.dialogue_turns(rng, tx.weighted(rng, mix), k, ctx.chat, ctx.passages)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(turn_gap), 0.4, size=k - 1))]
            )
            ts_all.extend(t.tolist())
            prompts.extend(turns)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=500.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (history replay, ChatML, self-chat, French and Japanese)",
            "keys": n_keys,
            "orgs": 2,
            "payment": "two cards",
            "ip_source": f"{provider} hosting block",
            "user_agent": ua,
            "pacing": f"{rate:.1f} conversations/h, turns ~{turn_gap:.0f}s apart",
            "styles": {k: round(v, 3) for k, v in mix.items()},
            "hard": False,
        },
    )


# ============================================================================================
# carcass: best-of-n sampling and soft labels on a few heavy keys


def carcass(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "carcass"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "oracle"))
    ips = cloud(rng, irange(rng, 1, 2), provider)
    accts = _keys(
        ctx,
        rng,
        fam,
        camp,
        n_keys,
        orgs=[org],
        cards=[card],
        ua="OpenAI/Python 1.54.0",
        ips=lambda i: ips,
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.1)
    g_rate = float(rng.uniform(3, 7))
    s_rate = float(rng.uniform(6, 14))
    ns = (4, 8, 8, 16)
    for a in accts:
        ts_all, prompts, comp = [], [], []
        for s in thinned(
            rng, start, ctx.t1, g_rate / n_keys * (ctx.t1 - start) / HOUR, constant
        ).tolist():
            n = pick(rng, ns)
            p = tx.sampling_prompt(rng, ctx.chat)
            ts_all.extend((s + np.sort(rng.uniform(0, 2.0, size=n))).tolist())
            prompts.extend([p] * n)
            comp.extend([200.0] * n)
        for s in thinned(
            rng, start, ctx.t1, s_rate / n_keys * (ctx.t1 - start) / HOUR, constant
        ).tolist():
            ts_all.append(s)
            prompts.append(
                tx.softlabel_prompt(rng, pick(rng, ("dist", "multi")), ctx.chat, ctx.passages)
            )
            comp.append(160.0)
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.3),
            comp_median=np.asarray(comp)[order],
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n sampling (identical prompt repeated) and calibrated soft-label distributions",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card (shell company)",
            "ip_source": f"{provider}, {len(ips)} IPs",
            "user_agent": "OpenAI/Python 1.54.0",
            "pacing": f"{g_rate:.1f} sample groups/h + {s_rate:.1f} soft labels/h",
            "n_choices": list(ns),
            "hard": False,
        },
    )


# ============================================================================================
# stirrup: code harvest on short-lived trial keys (card-testing ring)


def stirrup(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "stirrup"
    n_keys = irange(rng, 30, 50)
    provs = ("vultr", "digitalocean", "linode", "ovh", "contabo", "hetzner")
    accts = _keys(
        ctx,
        rng,
        fam,
        camp,
        n_keys,
        ua=lambda: sdk_ua(rng, 0.5),
        ips=lambda i: cloud(rng, 1, pick(rng, provs)),
    )
    mix = tx.lang_mix(rng, list(tx.CODE_STYLES), main="implement")
    rate = float(rng.uniform(0.5, 1.5))
    size = float(rng.uniform(4, 12))
    span = ctx.t1 - ctx.t0
    for a in accts:
        born = ctx.t0 + float(rng.uniform(0, 0.9)) * span
        dies = min(ctx.t1, born + float(rng.uniform(6, 30)) * HOUR)
        starts = thinned(rng, born, dies, max(1.0, rate * (dies - born) / HOUR), constant)
        ts = _cat(bursts(rng, starts, size, float(rng.uniform(2, 6)), 0.5, dies))
        level = 1 + np.floor(9 * (ts - ctx.t0) / span).astype(np.int64)
        prompts = [tx.code_prompt(rng, tx.weighted(rng, mix), lv) for lv in level.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=900.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code harvest: implementations, translations, graded exercises, bug fixes",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one card per key (card-testing ring, trial credits)",
            "ip_source": f"one VPS per key over {list(provs)}",
            "user_agent": "mixed SDKs",
            "pacing": f"keys live 6-30 h, {rate:.1f} bursts/h of ~{size:.0f}",
            "styles": {k: round(v, 3) for k, v in mix.items()},
            "hard": False,
        },
    )


# ============================================================================================
# HARD qamchi: a real study app whose backend keys also carry a harvest, in the same wrapper


APPS = ("StudyNest", "CramPal", "Notewise", "Lernhilfe", "AprendeYa", "QuizHero")


def qamchi(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "qamchi"
    app = pick(rng, APPS)
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 2, 3), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = _keys(
        ctx,
        rng,
        fam,
        camp,
        n_keys,
        role="product_backend",
        orgs=[org],
        cards=[card],
        ua=ua,
        ips=lambda i: nat,
    )
    users = [f"u{int(x):07x}" for x in rng.integers(0, 2**28, size=irange(rng, 300, 900))]
    zipf = 1.0 / np.arange(1, len(users) + 1) ** 0.9
    zipf /= zipf.sum()
    per_day = float(rng.uniform(900, 1700))
    share = float(rng.uniform(0.15, 0.3))
    curve = global_load(float(rng.uniform(12, 20)), 0.6)
    switch = ctx.release + float(rng.uniform(2, 10)) * HOUR
    ramp = float(rng.uniform(0.5, 2.0)) * DAY
    cap = float(rng.uniform(0.5, 0.85))
    modes = ("explain", "quiz", "essay", "solve", "chat")
    for a in accts:
        real = thinned(rng, ctx.t0, ctx.t1, per_day / n_keys * (ctx.t1 - ctx.t0) / DAY, curve)
        harv = thinned(
            rng,
            ctx.t0 + float(rng.uniform(0.5, 2.0)) * DAY,
            ctx.t1,
            share / (1 - share) * per_day / n_keys * 5.5,
            curve,
        )
        ts = np.concatenate([real, harv])
        is_h = np.concatenate([np.zeros(len(real), bool), np.ones(len(harv), bool)])
        order = np.argsort(ts, kind="stable")
        ts, is_h = ts[order], is_h[order]
        who = rng.choice(len(users), size=len(ts), p=zipf)
        prompts = []
        for h, u in zip(is_h.tolist(), who.tolist(), strict=True):
            text = (
                tx.study_harvest(rng)
                if h
                else (cut_chat(rng, ctx) if chance(rng, 0.8) else tx.human_question(rng, "plain"))
            )
            prompts.append(tx.product_wrap(app, pick(rng, modes), text, users[u]))
        # staged rollout of the new model: a ramp to `cap` over `ramp`; the harvest rides it, a bit ahead
        p_new = np.clip((ts - switch) / ramp, 0.0, 1.0) * cap
        p_new = np.where(is_h, np.minimum(1.0, p_new * 1.3), p_new)
        u = rng.random(len(ts))
        models = [
            ctx.new_model if x < p else ctx.old_models[0]
            for x, p in zip(u.tolist(), p_new.tolist(), strict=True)
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.where(is_h, 700.0, 380.0))
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest hidden inside a real study app's backend traffic, same wrapper and user ids",
            "app": app,
            "keys": n_keys,
            "orgs": 1,
            "payment": "company card",
            "ip_source": f"{provider} NAT",
            "user_agent": ua,
            "pacing": f"product load {per_day:.0f}/day (global curve), harvest share {share:.2f}",
            "models": f"staged rollout of the new model to {cap:.2f} over {ramp / DAY:.1f} days, harvest slightly ahead",
            "hard": True,
        },
    )


def cut_chat(rng: np.random.Generator, ctx: Ctx) -> str:
    return tx.cut(pick(rng, ctx.chat), 800)


# ============================================================================================
# HARD kok_boru: bought aged accounts, taken over around the release, via same-region proxies


def kok_boru(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "kok_boru"
    n = irange(rng, 18, 30)
    accts, tzs = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(
            rng,
            (
                "OpenAI/Python 1.54.0",
                "OpenAI/Python 1.54.0",
                "OpenAI/NodeJS 4.67.1",
                pick(rng, BROWSERS),
            ),
        )
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="bought_account",
                campaign_id=camp,
                ua=ua,
                ips=home(rng, 1, tz),
                tz=tz,
            )
        )
        tzs.append(tz)
    p_human = float(rng.uniform(0.4, 0.7))
    for a, tz in zip(accts, tzs, strict=True):
        take = ctx.release + float(rng.uniform(-1.5, 1.0)) * DAY
        owner_curve = evening_person(tz) if chance(rng, 0.5) else workday(tz)
        old = _cat(
            session_times(rng, ctx.t0, take, float(rng.uniform(0.5, 2.0)), owner_curve, 3.0, 90.0)
        )
        ctx.emit(
            rng,
            a,
            old,
            [cut_chat(rng, ctx) for _ in range(len(old))],
            models=ctx.models(rng, old, p_new=0.15, p_mini=0.2),
            comp_median=320.0,
        )
        proxies = home(rng, irange(rng, 4, 10), tz)
        new = _cat(
            session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(2, 5)),
                workday(tz, 9, 22, 0.6, 0.05),
                float(rng.uniform(8, 20)),
                float(rng.uniform(25, 60)),
                0.7,
            )
        )
        lang = _lang_of_tz(rng, tz)
        prompts = [
            tx.human_question_lang(rng, lang) if chance(rng, p_human) else tx.study_harvest(rng)
            for _ in range(len(new))
        ]
        ctx.emit(
            rng,
            a,
            new,
            prompts,
            models=ctx.models(rng, new, p_new=0.85, p_mini=0.03),
            ips=sticky(rng, new, proxies, float(rng.uniform(2, 6)) * HOUR),
            comp_median=600.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "bought aged accounts: owners' own history, then harvest after takeover around the release",
            "keys": n,
            "orgs": n,
            "payment": "the original owners' cards",
            "ip_source": "home IP, then residential proxies in the same region",
            "user_agent": "kept from the original owner",
            "pacing": "human-like sessions in the owner's waking hours",
            "human_question_share": round(p_human, 2),
            "hard": True,
        },
    )


# ============================================================================================
# HARD telpek: low-and-slow crowd of person-like accounts


def telpek(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "telpek"
    n = irange(rng, 40, 65)
    accts = []
    p_local = float(rng.uniform(0.5, 0.8))
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS + MOBILE) if chance(rng, 0.7) else sdk_ua(rng, 0.9)
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="crowd_worker",
            campaign_id=camp,
            ua=ua,
            ips=home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        accts.append(a)
        born = jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        ts = _cat(
            session_times(
                rng,
                born,
                ctx.t1,
                float(rng.uniform(1.0, 2.5)),
                curve,
                float(rng.uniform(4, 9)),
                float(rng.uniform(40, 150)),
                0.9,
            )
        )
        lang = _lang_of_tz(rng, tz)
        prompts = [
            tx.human_question_lang(rng, lang if chance(rng, p_local) else "en")
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
            comp_median=550.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd: person-like accounts asking curriculum questions in local languages",
            "keys": n,
            "orgs": n,
            "payment": "one prepaid virtual card per account",
            "ip_source": "residential proxies pinned per account, region matching its hours",
            "user_agent": "browsers, phones, some SDKs",
            "pacing": "1-2.5 sessions/day, long think times",
            "local_language_share": round(p_local, 2),
            "hard": True,
        },
    )


# ============================================================================================
# HARD halal_circle: public prompt replay, one slice of the dataset per key


def halal_circle(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "halal_circle"
    n = irange(rng, 12, 20)
    tzs = sorted(set(picks(rng, TZS, 2)))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = pick(
            rng,
            (
                "OpenAI/Python 1.54.0",
                "OpenAI/Python 1.54.0",
                "OpenAI/Python 1.54.0",
                "OpenAI/NodeJS 4.67.1",
                "curl/8.5.0",
            ),
        )
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="replayer",
                campaign_id=camp,
                ua=ua,
                ips=home(rng, 1, tz),
                tz=tz,
            )
        )
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    p_generic = float(rng.uniform(0.05, 0.2))
    per_day = float(rng.uniform(60, 140))
    for a in accts:
        born = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        curve = workday(a.tz, float(rng.uniform(7, 10)), float(rng.uniform(18, 23)), 0.3, 0.03)
        ts = thinned(
            rng, born, ctx.t1, per_day * float(rng.uniform(0.6, 1.4)) * (ctx.t1 - born) / DAY, curve
        )
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, p_generic):
                prompts.append(tx.generic_instruction(rng))
            else:
                prompts.append(ctx.chat[int(order[cursor % len(order)])])
                cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
            comp_median=420.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT prompts verbatim, generic public-style instructions)",
            "keys": n,
            "orgs": n,
            "payment": "one card per key",
            "ip_source": f"residential proxies pinned per key, tz {tzs}",
            "user_agent": "the most common SDK strings",
            "pacing": f"~{per_day:.0f}/day per key in office-like hours",
            "prompts_replayed": cursor,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "chapandaz": chapandaz,
    "kokpar": kokpar,
    "ulak": ulak,
    "kupkari": kupkari,
    "tudabarai": tudabarai,
    "qarajai": qarajai,
    "carcass": carcass,
    "stirrup": stirrup,
    "qamchi": qamchi,
    "kok_boru": kok_boru,
    "telpek": telpek,
    "halal_circle": halal_circle,
}

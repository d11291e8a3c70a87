"""Campaign families of blind batch 221 (code names from synchronised swimming).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign through `ctx.campaign`. All of a
family's choices (key counts, orgs, cards, pacing, addresses, user agents, languages, styles,
model choice) are drawn from its own generator, in a fixed order.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    SDK_OTHER,
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
from bench.monitor_blind221 import texts as tx

CAMPAIGN = "campaign"


def _r(x: float, nd: int = 3) -> float:
    return round(float(x), nd)


def _weights(rng: np.random.Generator, alpha) -> list[float]:
    return [_r(w, 4) for w in rng.dirichlet(np.asarray(alpha, dtype=np.float64)).tolist()]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _emit_rows(ctx: Ctx, rng: np.random.Generator, acct, rows: list[tuple], **kw) -> int:
    """rows: (ts, prompt, model, completion median, extra prompt tokens), in any order."""
    if not rows:
        return 0
    rows = sorted(rows, key=lambda r: r[0])
    return ctx.emit(
        rng,
        acct,
        np.array([r[0] for r in rows]),
        [r[1] for r in rows],
        models=[r[2] for r in rows],
        comp_median=np.array([r[3] for r in rows]),
        extra=np.array([r[4] for r in rows]),
        **kw,
    )


# --------------------------------------------------------------------------------------------


def barracuda(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block: a worker pool of SDK keys."""
    fam = "barracuda"
    n_keys = irange(rng, 14, 24)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 6, 10))
    uas = [pick(rng, SDK_OTHER), pick(rng, SDK_OTHER)]
    langs = ("en", "zh", "es")
    lw = _weights(rng, [6.0, 3.0, 2.0])
    sw = _weights(rng, [2.0, 2.0, 2.0, 2.0])
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(35, 55))
    lift = float(rng.uniform(1.6, 2.4))
    release = ctx.release

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where(ts >= release, 1.0, 1.0 / lift)

    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    accts = []
    for i, ts in enumerate(streams):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=pick(rng, uas),
            ips=picks(rng, block, irange(rng, 2, 4)),
        )
        accts.append(a)
        prompts = []
        for _ in range(len(ts)):
            lang = tx.weighted(rng, langs, lw)
            prompts.append(
                tx.trace_coercion(rng, lang, int(rng.choice(4, p=np.asarray(sw) / sum(sw))))
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=900.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": len(cards),
            "payment": "prepaid cards shared round-robin",
            "pacing": "poisson worker pool, rate lifted after release",
            "per_hour": _r(per_hour),
            "lift_after_release": _r(lift),
            "ip_source": f"rented {provider} block",
            "user_agents": uas,
            "languages": list(langs),
            "language_weights": lw,
            "style_weights": sw,
            "start": _r(start),
            "hard": False,
        },
    )


def flamingo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading harvest: batch jobs from a cloud account, one card per key."""
    fam = "flamingo"
    n_keys = irange(rng, 6, 10)
    org = hexid(rng, "org")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(
        rng, ("python-httpx/0.28.1", "dspy/2.6.3 litellm/1.60.2", "AsyncOpenAI/Python 1.60.0")
    )
    tz = int(pick(rng, (1, 2, 8, -5)))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    langs = ("en", "de", "ja")
    lw = _weights(rng, [8.0, 1.0, 1.0])
    sw = _weights(rng, [3.0, 2.0, 2.0, 1.0])
    per_day = float(rng.uniform(2.0, 4.0))
    size = float(rng.uniform(25, 45))
    gap = float(rng.uniform(1.0, 3.0))
    launch = workday(tz, start=7.0, end=23.0, weekend=0.5, night=0.15)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        accts.append(a)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, launch)
        ts = _concat(bursts(rng, starts, size, gap, b=ctx.t1))
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, tx.weighted(rng, langs, lw), sw)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            comp_median=260.0,
            comp_sigma=0.7,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n_keys,
            "orgs": 1,
            "cards": n_keys,
            "payment": "one virtual card per key",
            "pacing": "job bursts launched in operator's waking hours",
            "bursts_per_day_per_key": _r(per_day),
            "burst_size": _r(size),
            "gap_s": _r(gap),
            "tz": tz,
            "ip_source": f"{provider} NAT addresses",
            "user_agent": ua,
            "languages": list(langs),
            "language_weights": lw,
            "style_weights": sw,
            "start": _r(start),
            "hard": False,
        },
    )


def ballet_leg(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant / censorship-safe rewrite harvest through short-lived keys on stolen cards,
    all behind one VPN provider's exits."""
    fam = "ballet_leg"
    n_keys = irange(rng, 26, 40)
    vpn = pick(rng, ("m247", "leaseweb", "vultr"))
    exits = rented_block(rng, vpn, irange(rng, 3, 5), irange(rng, 4, 8)) + cloud(
        rng, irange(rng, 6, 12), "m247"
    )
    uas = ("python-requests/2.32.3", "Go-http-client/2.0", "aiohttp/3.11.11")
    langs = ("zh", "ru", "ar", "vi", "en")
    lw = _weights(rng, [4.0, 2.0, 1.5, 1.5, 1.0])
    span = ctx.t1 - ctx.t0
    accts = []
    revoked = 0
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="disposable_key",
            campaign_id=cid,
            ua=pick(rng, uas),
            ips=exits,
        )
        accts.append(a)
        born = ctx.t0 + (i + float(rng.uniform(0, 1))) / n_keys * span * 0.92
        life = float(rng.uniform(10, 40)) * HOUR
        rate = float(rng.uniform(6, 14))
        ts = thinned(
            rng, born, min(born + life, ctx.t1), rate * life / HOUR, lambda t: np.ones(len(t))
        )
        n = len(ts)
        if n == 0:
            ts = np.array([born + 60.0])
            n = 1
        status = np.where(rng.random(n) < 0.04, 429, 200)
        if chance(rng, 0.4) and n > 12:
            status[-irange(rng, 3, 10) :] = 401  # key revoked after the card's chargeback
            revoked += 1
        prompts = [
            tx.policy_rewrite(rng, ctx.chat, ctx.passages, tx.weighted(rng, langs, lw))
            for _ in range(n)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            ips=picks(rng, exits, n),
            comp_median=520.0,
            comp_sigma=0.6,
            status=status,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_compliant_rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "payment": "stolen cards, one per key",
            "pacing": "rotating disposable keys, 10-40 h lifetimes",
            "ip_source": f"shared VPN exits ({vpn} + m247)",
            "exit_addresses": len(exits),
            "revoked_keys": revoked,
            "user_agents": list(uas),
            "languages": list(langs),
            "language_weights": lw,
            "hard": False,
        },
    )


def rocket_split(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use trajectory harvest: multi-step runs with growing context, a pilot before
    the release and full volume on the new model after it."""
    fam = "rocket_split"
    n_keys = irange(rng, 5, 9)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure"))
    shared = cloud(rng, 2, provider)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6"))
    domains = tuple(tx.TOOLSETS)
    dw = _weights(rng, [2.0] * len(domains))
    styles = sorted(rng.choice(3, size=2, replace=False).tolist())
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    per_hour = float(rng.uniform(5, 8))
    pilot = float(rng.uniform(0.1, 0.25))
    release = ctx.release

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where(ts >= release, 1.0, pilot)

    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    accts = []
    for starts in streams:
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider) + shared,
        )
        accts.append(a)
        rows = []
        models = ctx.models(rng, starts, 0.92, 0.0)
        for s, m in zip(starts.tolist(), models, strict=True):
            domain = tx.weighted(rng, domains, dw)
            n_steps = irange(rng, 3, 9)
            prompts = tx.agent_trajectory(
                rng, domain, tx.agent_task(rng, domain), n_steps, int(pick(rng, styles))
            )
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=n_steps - 1))]
            )
            sys_tokens = irange(rng, 200, 400)
            for k in range(n_steps):
                rows.append(
                    (
                        float(t[k]),
                        prompts[k],
                        m,
                        500.0 if k == n_steps - 1 else 140.0,
                        sys_tokens + 60 * k,
                    )
                )
        _emit_rows(ctx, rng, a, rows, comp_sigma=0.5, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_trajectories",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "payment": "one company card",
            "pacing": "poisson trajectory starts, 3-9 steps seconds apart",
            "trajectories_per_hour": _r(per_hour),
            "pilot_fraction_before_release": _r(pilot),
            "ip_source": f"{provider} instances + shared NAT",
            "user_agent": ua,
            "domain_weights": dw,
            "styles": styles,
            "start": _r(start),
            "languages": ["en"],
            "hard": False,
        },
    )


def fishtail(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation in nightly runs from hosting, in six languages."""
    fam = "fishtail"
    n_keys = irange(rng, 10, 16)
    orgs = [hexid(rng, "org"), hexid(rng, "org")]
    cards = [hexid(rng, "pay"), hexid(rng, "pay")]
    provider = pick(rng, ("hetzner", "ovh", "scaleway"))
    uas = ("python-requests/2.32.3", "aiohttp/3.11.11")
    tz = int(pick(rng, (8, 3, 5, 1)))
    night_start = float(rng.uniform(21, 24)) % 24
    hours = float(rng.uniform(6, 9))
    curve = nightly(night_start, hours, tz)
    langs = ("en", "de", "fr", "pt", "id", "ja")
    lw = _weights(rng, [5.0, 1.0, 1.0, 1.0, 1.0, 1.0])
    sw = _weights(rng, [3.0, 2.0, 2.0])
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="generator",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=uas[i % 2],
            ips=cloud(rng, 1, provider),
        )
        accts.append(a)
        ts = thinned(rng, start, ctx.t1, float(rng.uniform(350, 700)), curve)
        prompts = [
            tx.synth_data(
                rng,
                ctx.chat,
                tx.weighted(rng, langs, lw),
                int(rng.choice(3, p=np.asarray(sw) / sum(sw))),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            comp_median=1400.0,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n_keys,
            "orgs": 2,
            "cards": 2,
            "payment": "prepaid, one card per org",
            "pacing": "nightly runs in operator tz",
            "tz": tz,
            "night_start_h": _r(night_start),
            "night_hours": _r(hours),
            "ip_source": f"{provider} hosts",
            "user_agents": list(uas),
            "languages": list(langs),
            "language_weights": lw,
            "style_weights": sw,
            "start": _r(start),
            "hard": False,
        },
    )


def porpoise(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Multi-turn dialogue harvest by a crowd of person-like accounts: each its own signup and
    card, residential proxy exits matching its claimed timezone, browser user agents, evening
    sessions with human think times, ShareGPT openers and follow-ups that refer back to them."""
    fam = "porpoise"
    n = irange(rng, 40, 60)
    tzs = (-8, -5, -3, 0, 1, 2)
    tw = _weights(rng, [3.0, 4.0, 1.5, 2.0, 2.0, 1.0])
    seeds = rng.permutation(len(ctx.chat))
    ptr = 0
    accts = []
    p_other = float(rng.uniform(0.1, 0.2))
    for _ in range(n):
        tz = int(tx.weighted(rng, tzs, tw))
        lang = "en"
        if chance(rng, p_other):
            lang = {-3: "pt", -8: "es", -5: "es"}.get(tz, pick(rng, ("de", "fr")))
        ua = tx.UA_PY if chance(rng, 0.2) else pick(rng, tx.BG_BROWSERS)
        pool = home(rng, irange(rng, 3, 8), tz)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.2, 2.5)),
            evening_person(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(50, 110)),
            0.7,
        )
        rows = []
        for sess in sessions:
            first = tx.clip_text(ctx.chat[int(seeds[ptr % len(seeds)])], 1500)
            ptr += 1
            m = ctx.models(rng, sess[:1], 0.75, 0.05)[0]
            ctx_tokens = len(first) // 4
            for k, t in enumerate(sess.tolist()):
                p = first if k == 0 else tx.follow_up(rng, first, lang)
                rows.append((t, p, m, 450.0, ctx_tokens if k else 0))
                ctx_tokens += irange(rng, 250, 500) + len(p) // 4
        if not rows:
            t = float(rng.uniform(start, ctx.t1))
            rows.append(
                (
                    t,
                    tx.clip_text(ctx.chat[int(seeds[ptr % len(seeds)])], 1500),
                    ctx.models(rng, [t])[0],
                    450.0,
                    0,
                )
            )
            ptr += 1
        ts = np.sort(np.array([r[0] for r in rows]))
        ips = sticky(rng, ts, pool, float(rng.uniform(3, 8)) * HOUR)
        _emit_rows(ctx, rng, a, rows, ips=ips, comp_sigma=0.6, err=0.008)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n,
            "orgs": n,
            "cards": n,
            "payment": "one prepaid virtual card per account",
            "pacing": "human-like evening sessions, staggered signups",
            "ip_source": "residential proxy exits in the account's claimed timezone, sticky for hours",
            "user_agents": "background browser strings, 20% python SDK",
            "tz_weights": tw,
            "languages": ["en", "es", "pt", "de", "fr"],
            "non_english_share": _r(p_other),
            "hard": True,
        },
    )


def ariana(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: every item sent n times within seconds, sometimes spread
    over the keys so that no key repeats itself."""
    fam = "ariana"
    n_keys = irange(rng, 4, 7)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = "OpenAI/Python 1.63.2"
    n_samples = irange(rng, 4, 8)
    p_spread = float(rng.uniform(0.3, 0.7))
    per_hour = float(rng.uniform(5, 8))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, "aws"),
        )
        for _ in range(n_keys)
    ]
    rows: list[list[tuple]] = [[] for _ in range(n_keys)]
    groups = thinned(
        rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, lambda t: np.ones(len(t))
    )
    models = ctx.models(rng, groups, 0.85, 0.1)
    for g, m in zip(groups.tolist(), models, strict=True):
        item, comp = tx.soft_label_item(rng, ctx.chat)
        k = max(2, n_samples + int(rng.integers(-1, 2)))
        t = g + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.6), 0.8, size=k - 1))])
        if chance(rng, p_spread):
            off = int(rng.integers(n_keys))
            who = [(off + j) % n_keys for j in range(k)]
        else:
            who = [int(rng.integers(n_keys))] * k
        for j in range(k):
            rows[who[j]].append((float(t[j]), item, m, comp, 0))
    for a, r in zip(accts, rows, strict=True):
        if not r:
            t = float(rng.uniform(start, ctx.t1))
            item, comp = tx.soft_label_item(rng, ctx.chat)
            r.append((t, item, ctx.models(rng, [t])[0], comp, 0))
        _emit_rows(ctx, rng, a, r, comp_sigma=0.5, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_label_sampling",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "payment": "one card",
            "samples_per_item": n_samples,
            "spread_over_keys": _r(p_spread),
            "groups_per_hour": _r(per_hour),
            "pacing": "poisson item groups, samples within seconds",
            "ip_source": "aws, one address per key",
            "user_agent": ua,
            "languages": ["en"],
            "start": _r(start),
            "hard": False,
        },
    )


def swordfish(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep at a slow, steady, clock-like rate, restarted on the new model at release."""
    fam = "swordfish"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "azure", "linode"))
    ua = "python-requests/2.32.3"
    langs = ["en"] + [x for x in ("hi", "vi") if chance(rng, 0.6)]
    grid = tx.curriculum_grid()
    sweep = [(cell, lang) for cell in grid for lang in langs]
    accts, ticks = [], []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        accts.append(a)
        interval = float(rng.uniform(280, 520))
        t = ctx.t0 + float(rng.uniform(0, 0.5)) * DAY
        n = int((ctx.t1 - t) / interval) + 2
        ts = t + np.cumsum(interval * rng.uniform(0.85, 1.15, size=n))
        ts = ts[ts < ctx.t1]
        ticks.append(np.stack([ts, np.full(len(ts), i)], axis=1))
    allt = np.concatenate(ticks)
    allt = allt[np.argsort(allt[:, 0], kind="stable")]
    rows: list[list[tuple]] = [[] for _ in range(n_keys)]
    pos = {1: 0, 2: 0}
    old = ctx.old_models[0]
    for t, i in allt.tolist():
        version = 2 if t >= ctx.release else 1
        cell, lang = sweep[pos[version] % len(sweep)]
        rows[int(i)].append(
            (
                t,
                tx.curriculum_item(cell, lang, version, pos[version]),
                ctx.new_model if version == 2 else old,
                700.0,
                0,
            )
        )
        pos[version] += 1
    for a, r in zip(accts, rows, strict=True):
        _emit_rows(ctx, rng, a, r, comp_sigma=0.35, err=0.005)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "payment": "one card",
            "pacing": "clock-like ticks every 280-520 s per key, 24/7",
            "grid_cells": len(grid),
            "languages": langs,
            "ip_source": f"{provider}, one address per key",
            "user_agent": ua,
            "model_choice": "old flagship until release, then the sweep restarts on the new model",
            "items_sent": {"v1": pos[1], "v2": pos[2]},
            "hard": False,
        },
    )


def walkout(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. A real writing-assistant product's backend whose operator hides a harvest stream in its
    own production traffic: same keys, addresses, user agent and prompt wrapper; the extra requests
    fill the trough of the product's daily load and go to the new model."""
    fam = "walkout"
    brand = pick(rng, ("Quillmate", "Draftwell", "Wordsprout", "Inkfold", "Scribewise"))
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = tx.UA_NODE
    peak = float(rng.uniform(13, 17))
    depth = float(rng.uniform(0.5, 0.7))
    load = global_load(peak, depth)
    kw = _weights(rng, [3.0] * n_keys)
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role=("prod", "prod_eu", "staging")[i],
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 2, "aws"),
        )
        for i in range(n_keys)
    ]
    n_prod = float(rng.uniform(4000, 5500))
    prod = thinned(rng, ctx.t0, ctx.t1, n_prod, load)
    hid_start = ctx.release - float(rng.uniform(0, 0.4)) * DAY
    n_hid = float(rng.uniform(1500, 2500))

    def trough(ts: np.ndarray) -> np.ndarray:
        return np.clip(1.05 - load(ts), 0.05, 1.0)

    hidden = thinned(rng, hid_start, ctx.t1, n_hid, trough)
    rows: list[list[tuple]] = [[] for _ in range(n_keys)]
    pw = np.asarray(kw) / sum(kw)
    for t, m in zip(prod.tolist(), ctx.models(rng, prod, 0.15, 0.25), strict=True):
        rows[int(rng.choice(n_keys, p=pw))].append(
            (t, tx.product_request(rng, brand, ctx.chat, ctx.passages), m, 250.0, 120)
        )
    for t, m in zip(hidden.tolist(), ctx.models(rng, hidden, 0.92, 0.0), strict=True):
        rows[int(rng.choice(n_keys, p=pw))].append(
            (t, tx.product_hidden(rng, brand), m, 850.0, 120)
        )
    for a, r in zip(accts, rows, strict=True):
        _emit_rows(ctx, rng, a, r, comp_sigma=0.6, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_hidden_in_product_traffic",
            "brand": brand,
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "payment": "company card",
            "pacing": "global product load; hidden stream fills the load trough",
            "peak_utc": _r(peak),
            "depth": _r(depth),
            "product_events_mean": _r(n_prod, 0),
            "hidden_events_mean": _r(n_hid, 0),
            "hidden_start": _r(hid_start),
            "ip_source": "aws NAT, 2 per key",
            "user_agent": ua,
            "languages": ["en"],
            "hard": True,
        },
    )


def nose_clip(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Bought / taken-over aged accounts: each key first shows its original owner's light,
    ordinary use, then (around the release) the same key, org and card harvest code and reasoning
    from residential proxies in the operator's chosen region with the commonest SDK user agent."""
    fam = "nose_clip"
    n = irange(rng, 18, 28)
    op_region = pick(rng, ("us", "eu"))
    op_tz = int(pick(rng, (8, 3, 2)))
    langs = tx.LANGS_CODE
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        own_ua = pick(rng, tx.BG_BROWSERS + (tx.UA_PY, tx.UA_NODE))
        own_ips = home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=own_ua,
            ips=own_ips,
            tz=tz,
        )
        accts.append(a)
        takeover = min(ctx.release + float(rng.uniform(-0.6, 1.3)) * DAY, ctx.t1 - 0.3 * DAY)
        pre = _concat(
            session_times(
                rng, ctx.t0, takeover, float(rng.uniform(0.4, 1.6)), evening_person(tz), 3.0, 90.0
            )
        )
        if len(pre) == 0:
            pre = np.array([float(rng.uniform(ctx.t0, takeover))])
        ctx.emit(
            rng,
            a,
            pre,
            [tx.clip_text(pick(rng, ctx.chat), 1500) for _ in range(len(pre))],
            models=ctx.models(rng, pre, 0.2, 0.15),
            comp_median=350.0,
        )
        post = thinned(
            rng,
            takeover,
            ctx.t1,
            float(rng.uniform(150, 380)),
            nightly(float(rng.uniform(0, 24)), float(rng.uniform(12, 18)), op_tz),
        )
        if len(post) == 0:
            continue
        pool = resi(rng, irange(rng, 10, 30), op_region)
        prompts = [
            tx.code_task(rng, pick(rng, langs))
            if chance(rng, 0.7)
            else "Solve this and explain every step of your reasoning: " + tx.reasoning_item(rng)
            for _ in range(len(post))
        ]
        ctx.emit(
            rng,
            a,
            post,
            prompts,
            models=ctx.models(rng, post, 0.93, 0.0),
            ua=tx.UA_PY,
            ips=sticky(rng, post, pool, float(rng.uniform(600, 2400))),
            comp_median=800.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_code_harvest",
            "keys": n,
            "orgs": n,
            "cards": n,
            "payment": "original owners' cards",
            "pacing": "owner sessions, then 12-18 h/day poisson after takeover",
            "ip_source": f"owners' home ISPs, then residential proxies ({op_region})",
            "operator_tz": op_tz,
            "user_agent_after": tx.UA_PY,
            "languages": ["en"],
            "code_languages": list(langs),
            "hard": True,
        },
    )


def somersault(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Public prompt replay: a shuffled public dataset of ordinary user prompts (ShareGPT)
    replayed at a few dozen requests per key through many separate signups on residential
    addresses, at office hours, to collect the new model's answers. No prompt is sent twice."""
    fam = "somersault"
    n = irange(rng, 55, 80)
    order = rng.permutation(len(ctx.chat))
    ptr = 0
    uas = (tx.UA_PY, tx.UA_PY, tx.UA_NODE, tx.UA_LANGCHAIN)
    p_warm = float(rng.uniform(0.2, 0.4))
    accts = []
    warmed = 0
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ips = home(rng, irange(rng, 2, 4), tz)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="replayer",
            campaign_id=cid,
            ua=pick(rng, uas),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        parts = []
        if chance(rng, p_warm):
            w0 = ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY
            parts.append(
                thinned(rng, w0, min(w0 + DAY, ctx.release), float(irange(rng, 3, 10)), workday(tz))
            )
            warmed += 1
        start = ctx.release + float(rng.uniform(-0.4, 0.9)) * DAY
        parts.append(
            thinned(
                rng, start, ctx.t1, float(rng.uniform(25, 90)), workday(tz, weekend=0.3, night=0.1)
            )
        )
        ts = _concat(parts)
        if len(ts) == 0:
            ts = np.array([min(start + HOUR, ctx.t1 - 60.0)])
        prompts = [
            tx.clip_text(ctx.chat[int(order[(ptr + j) % len(order)])], 2000) for j in range(len(ts))
        ]
        ptr += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.88, 0.03),
            ips=sticky(rng, ts, ips, DAY),
            comp_median=400.0,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n,
            "orgs": n,
            "cards": n,
            "payment": "one card per signup",
            "pacing": "office-hours poisson, 25-90 requests per key from release",
            "warm_up_share": _r(p_warm),
            "warmed_keys": warmed,
            "prompts_replayed": ptr,
            "ip_source": "residential addresses matching each key's timezone, one per day",
            "user_agents": list(dict.fromkeys(uas)),
            "languages": ["as in the public dataset"],
            "hard": True,
        },
    )


def albatross(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Translation harvest building a parallel corpus: every source text fanned out to the same
    set of target languages within a minute, spread over keys in two orgs."""
    fam = "albatross"
    n_keys = irange(rng, 8, 14)
    orgs = [hexid(rng, "org"), hexid(rng, "org")]
    cards = [hexid(rng, "pay"), hexid(rng, "pay")]
    vpn = cloud(rng, irange(rng, 6, 12), "m247")
    provider = pick(rng, ("vultr", "linode"))
    uas = ("OpenAI/Python 1.58.1", "Go-http-client/2.0")
    perm = rng.permutation(len(tx.TARGETS)).tolist()
    targets = [tx.TARGETS[i] for i in perm[: irange(rng, 6, 10)]]
    sw = _weights(rng, [2.0, 2.0, 2.0])
    per_hour = float(rng.uniform(3, 5))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="translator",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=uas[i % 2],
            ips=cloud(rng, 1, provider) + vpn,
        )
        for i in range(n_keys)
    ]
    rows: list[list[tuple]] = [[] for _ in range(n_keys)]
    srcs = thinned(
        rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, lambda t: np.ones(len(t))
    )
    models = ctx.models(rng, srcs, 0.85, 0.05)
    pw = np.asarray(sw) / sum(sw)
    for s, m in zip(srcs.tolist(), models, strict=True):
        text = tx.clip_text(pick(rng, ctx.passages), irange(rng, 300, 900))
        style = int(rng.choice(3, p=pw))
        t = s + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(2.0), 0.7, size=len(targets) - 1))]
        )
        for j, tgt in enumerate(targets):
            rows[int(rng.integers(n_keys))].append(
                (
                    float(t[j]),
                    tx.translation(rng, text, tgt, style),
                    m,
                    max(60.0, len(text) / 3.0),
                    0,
                )
            )
    for a, r in zip(accts, rows, strict=True):
        _emit_rows(ctx, rng, a, r, comp_sigma=0.3, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel_corpus_translation_harvest",
            "keys": n_keys,
            "orgs": 2,
            "cards": 2,
            "payment": "one card per org",
            "pacing": "poisson source texts, fan-out to all targets within a minute",
            "sources_per_hour": _r(per_hour),
            "targets": [t[0] for t in targets],
            "style_weights": sw,
            "ip_source": f"{provider} hosts + shared m247 VPN exits",
            "user_agents": list(uas),
            "languages": ["en"] + [t[0] for t in targets],
            "start": _r(start),
            "hard": False,
        },
    )


CAMPAIGN_FAMILIES = {
    "albatross": albatross,
    "ariana": ariana,
    "ballet_leg": ballet_leg,
    "barracuda": barracuda,
    "fishtail": fishtail,
    "flamingo": flamingo,
    "nose_clip": nose_clip,
    "porpoise": porpoise,
    "rocket_split": rocket_split,
    "somersault": somersault,
    "swordfish": swordfish,
    "walkout": walkout,
}

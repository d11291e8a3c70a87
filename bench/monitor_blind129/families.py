"""Campaign families of batch 129 (code names from tchoukball).

Each family is `fn(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign through `ctx.campaign`. Every choice
(key counts, orgs, cards, pacing, addresses, user agents, languages, templates, models) is drawn
from the family's own generator.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    SDK_OTHER,
    TZS,
    Ctx,
    bursts,
    cloud,
    constant,
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
from bench.monitor_blind129 import texts

#: user agents and browser strings exactly as the campaign-free background writes them
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)


def _weights(rng: np.random.Generator, k: int, conc: float = 1.0) -> np.ndarray:
    return rng.dirichlet(np.full(k, conc))


def _styles(rng: np.random.Generator, n: int, w: np.ndarray) -> list[int]:
    return rng.choice(len(w), size=n, p=w).tolist()


def _split_models(
    ctx: Ctx, rng: np.random.Generator, ts: np.ndarray, p_new: float, p_mini: float
) -> list[str]:
    return ctx.models(rng, ts, p_new=p_new, p_mini=p_mini)


def _camp(ctx: Ctx, rng: np.random.Generator, cid: str, family: str, role: str, **kw):
    return ctx.account(rng, label="campaign", family=family, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------


def tchouk_frame(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block: several teams (orgs) of worker keys,
    one prepaid card per team, a Poisson job queue per team, heavier once the new model is out."""
    name = "tchouk_frame"
    n_orgs = irange(rng, 3, 5)
    provs = [
        str(p)
        for p in rng.choice(
            ["hetzner", "ovh", "contabo", "vultr", "digitalocean"], size=2, replace=False
        )
    ]
    block = rented_block(rng, provs[0], irange(rng, 2, 4), 4) + rented_block(
        rng, provs[1], irange(rng, 1, 3), 4
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accounts, n_events = [], 0
    org_info = []
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ua = pick(
            rng,
            (
                "AsyncOpenAI/Python 1.60.0",
                "python-httpx/0.28.1",
                "OpenAI/Python 1.63.2",
                "aiohttp/3.11.11",
            ),
        )
        w = np.zeros(7)
        chosen = rng.choice(7, size=irange(rng, 2, 3), replace=False)
        w[chosen] = _weights(rng, len(chosen))
        keys = [
            _camp(
                ctx,
                rng,
                cid,
                name,
                "worker",
                org=org,
                pay=pay,
                ua=ua,
                ips=picks(rng, block, irange(rng, 1, 2)),
            )
            for _ in range(irange(rng, 3, 6))
        ]
        accounts += keys
        org_info.append({"keys": len(keys), "ua": ua, "styles": sorted(int(c) for c in chosen)})
        pre, post = float(rng.uniform(3, 9)), float(rng.uniform(15, 35))
        lag = float(rng.uniform(0.5, 8)) * HOUR
        for seg_a, seg_b, rate in (
            (start, ctx.release, pre),
            (max(start, ctx.release + lag), ctx.t1, post),
        ):
            for acct, ts in zip(keys, worker_pool(rng, seg_a, seg_b, rate, len(keys)), strict=True):
                st = _styles(rng, len(ts), w)
                prompts = [texts.trace_prompt(rng, s) for s in st]
                n_events += ctx.emit(
                    rng,
                    acct,
                    ts,
                    prompts,
                    models=_split_models(ctx, rng, ts, 0.97, 0.03),
                    comp_median=float(rng.uniform(900, 1400)),
                    comp_sigma=0.5,
                    err=0.02,
                )
    ctx.campaign(
        cid,
        name,
        accounts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool per org, x3-5 after release",
            "ip_source": f"rented hosting blocks ({provs[0]}, {provs[1]})",
            "payment": "one prepaid card per org",
            "orgs": org_info,
            "languages": ["en", "zh", "ru", "es"],
            "start": start,
            "events": n_events,
        },
    )


def rebound_angle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading harvest: one org and one corporate card, keys behind a
    cloud NAT, pipeline batches fired a few times a day."""
    name = "rebound_angle"
    prov = pick(rng, ("gcp", "aws", "azure"))
    nat = cloud(rng, irange(rng, 3, 6), prov)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    tz = pick(rng, (-8, -5, 1, 2, 8))
    w = _weights(rng, 7, 0.8)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accounts, n_events = [], 0
    for _ in range(irange(rng, 6, 12)):
        acct = _camp(ctx, rng, cid, name, "grader", org=org, pay=pay, ua=ua, ips=nat, tz=tz)
        accounts.append(acct)
        per_day = float(rng.uniform(1.5, 3.5))
        starts = thinned(
            rng,
            start,
            ctx.t1,
            per_day * (ctx.t1 - start) / DAY,
            workday(tz, weekend=0.35, night=0.25),
        )
        trains = bursts(
            rng, starts, float(rng.uniform(25, 60)), float(rng.uniform(0.8, 2.5)), b=ctx.t1
        )
        ts = np.concatenate(trains) if trains else np.empty(0)
        st = _styles(rng, len(ts), w)
        prompts = [texts.judge_prompt(rng, ctx.chat, ctx.passages, s) for s in st]
        n_events += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_split_models(ctx, rng, ts, 0.9, 0.1),
            comp_median=float(rng.uniform(170, 280)),
            comp_sigma=0.45,
            err=0.015,
        )
    ctx.campaign(
        cid,
        name,
        accounts,
        {
            "operation": "judge/rubric/reward grading harvest",
            "pacing": "batch bursts a few times a day",
            "ip_source": f"{prov} NAT gateways ({len(nat)})",
            "payment": "one corporate card",
            "user_agent": ua,
            "languages": ["en", "de", "fr", "es"],
            "style_weights": [round(float(x), 3) for x in w],
            "events": n_events,
        },
    )


def forbidden_zone(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant / censorship-safe rewrites over commercial VPN exits, keys paid with a few
    stolen cards, working hours of UTC+8 with long evenings."""
    name = "forbidden_zone"
    exits = cloud(rng, irange(rng, 12, 30), "m247") + cloud(rng, irange(rng, 6, 15), "leaseweb")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 4))]
    w = np.array([1.0, 1.0, 3.0, 2.0, 0.7, 0.5, 1.0]) * _weights(rng, 7, 2.0)
    w = w / w.sum()
    curve = workday(8, start=9.0, end=23.0, weekend=0.55, night=0.08)
    accounts, n_events = [], 0
    for _ in range(irange(rng, 10, 18)):
        ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
        acct = _camp(
            ctx, rng, cid, name, "rewriter", pay=pick(rng, cards), ua=ua, ips=exits[:1], tz=8
        )
        accounts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        ts = thinned(rng, a, ctx.t1, float(rng.uniform(150, 450)) * (ctx.t1 - a) / (6 * DAY), curve)
        ips = sticky(rng, ts, exits, float(rng.uniform(2, 6)) * HOUR)
        prompts = [texts.policy_prompt(rng, ctx.passages, s) for s in _styles(rng, len(ts), w)]
        n_events += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_split_models(ctx, rng, ts, 0.85, 0.05),
            ips=ips,
            comp_median=float(rng.uniform(350, 520)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accounts,
        {
            "operation": "policy/censorship-safe rewrite harvest",
            "pacing": "poisson per key, UTC+8 long workday",
            "ip_source": "commercial VPN exits (m247, leaseweb), sticky hours",
            "payment": f"{len(cards)} stolen cards",
            "languages": ["zh", "en", "ru", "ar"],
            "events": n_events,
        },
    )


def three_pass_rule(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use trajectories: two orgs, one business card each, episodes of several steps
    seconds apart, tool schemas in every prompt."""
    name = "three_pass_rule"
    accounts, n_events, info = [], 0, []
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    for _ in range(2):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        prov = pick(rng, ("aws", "azure", "gcp"))
        ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
        keys = [
            _camp(
                ctx,
                rng,
                cid,
                name,
                "agent_runner",
                org=org,
                pay=pay,
                ua=ua,
                ips=cloud(rng, irange(rng, 2, 3), prov),
            )
            for _ in range(irange(rng, 4, 7))
        ]
        accounts += keys
        styles = [int(s) for s in rng.choice(3, size=2, replace=False)]
        schema = irange(rng, 500, 1800)
        rate = float(rng.uniform(3, 6))
        info.append(
            {
                "keys": len(keys),
                "provider": prov,
                "ua": ua,
                "styles": styles,
                "schema_tokens": schema,
            }
        )
        for acct, eps in zip(keys, worker_pool(rng, start, ctx.t1, rate, len(keys)), strict=True):
            ts_all, prompts = [], []
            for s in eps.tolist():
                k = irange(rng, 3, 10)
                steps = texts.agent_episode(rng, k, pick(rng, styles))
                ts_all.append(
                    s
                    + np.concatenate(
                        [[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.6, size=k - 1))]
                    )
                )
                prompts += steps
            ts = np.concatenate(ts_all) if ts_all else np.empty(0)
            extra = schema + rng.integers(0, 400, size=len(ts))
            n_events += ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=_split_models(ctx, rng, ts, 0.92, 0.05),
                comp_median=160.0,
                comp_sigma=0.5,
                extra=extra,
            )
    ctx.campaign(
        cid,
        name,
        accounts,
        {
            "operation": "agent/tool-use trajectory harvest",
            "pacing": "episode queue, 3-10 steps ~5 s apart",
            "ip_source": "cloud",
            "payment": "one business card per org",
            "orgs": info,
            "languages": ["en"],
            "events": n_events,
        },
    )


def brandt_charter(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation: parallel lanes of throw-away keys (one org and fresh card
    each), a key replaced when it has run its course, all over a rotating residential proxy pool."""
    name = "brandt_charter"
    pool = resi(rng, irange(rng, 300, 600), "*")
    w = _weights(rng, 8, 1.0)
    accounts, n_events = [], 0
    lanes = irange(rng, 3, 5)
    uas = [pick(rng, SDK_OTHER) for _ in range(2)]
    for _ in range(lanes):
        t = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        rate = float(rng.uniform(8, 16))
        ua = pick(rng, uas)
        while t < ctx.t1:
            life = float(rng.lognormal(np.log(1.2 * DAY), 0.5))
            acct = _camp(ctx, rng, cid, name, "generator", ua=ua, ips=pool[:1])
            accounts.append(acct)
            ts = thinned(rng, t, min(ctx.t1, t + life), rate * life / HOUR, constant)
            if len(ts) == 0:
                ts = np.array([min(t + 60.0, ctx.t1)])
            ips = sticky(rng, ts, pool, 10 * MINUTE)
            prompts = [texts.dataset_prompt(rng, s) for s in _styles(rng, len(ts), w)]
            n_events += ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=_split_models(ctx, rng, ts, 0.95, 0.02),
                ips=ips,
                comp_median=float(rng.uniform(1500, 2300)),
                comp_sigma=0.45,
                err=0.03,
            )
            t += life + float(rng.uniform(0.2, 3)) * HOUR
    ctx.campaign(
        cid,
        name,
        accounts,
        {
            "operation": "synthetic instruction-dataset generation",
            "pacing": f"{lanes} lanes, constant rate, key rotation",
            "ip_source": f"rotating residential proxy pool ({len(pool)})",
            "payment": "fresh card per key",
            "user_agent": uas,
            "languages": ["en", "es", "pt", "id", "hi"],
            "events": n_events,
        },
    )


def landing_spot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Hard: a paid crowd chats with the model through a browser client, each worker on a home
    connection in their own country; multi-turn conversations are the harvest."""
    name = "landing_spot"
    accounts, n_events = [], 0
    tz_choice = (8, 5, -3, 1)
    tz_w = _weights(rng, 4, 2.0)
    waves = sorted(
        float(x) for x in rng.uniform(ctx.t0 + 0.5 * DAY, ctx.release + 0.5 * DAY, size=3)
    )
    for _ in range(irange(rng, 40, 70)):
        tz = int(tz_choice[int(rng.choice(4, p=tz_w))])
        ua = pick(rng, BG_BROWSERS) if rng.random() < 0.8 else "okhttp/4.12.0"
        acct = _camp(
            ctx, rng, cid, name, "crowd_worker", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz
        )
        accounts.append(acct)
        join = pick(rng, waves) + float(rng.uniform(0, 0.6)) * DAY
        shift = float(rng.uniform(8, 15))
        sessions = session_times(
            rng,
            join,
            ctx.t1,
            float(rng.uniform(1.2, 3.0)),
            workday(tz, start=shift, end=shift + 8, weekend=0.5, night=0.03),
            float(rng.uniform(6, 11)),
            float(rng.uniform(50, 110)),
        )
        for s in sessions:
            if len(s) == 0:
                continue
            prompts = texts.crowd_conversation(rng, len(s), ctx.chat)
            n_events += ctx.emit(
                rng,
                acct,
                s,
                prompts,
                models=_split_models(ctx, rng, s, 0.96, 0.02),
                comp_median=420.0,
                comp_sigma=0.7,
            )
    ctx.campaign(
        cid,
        name,
        accounts,
        {
            "operation": "multi-turn dialogue harvest by a paid crowd",
            "pacing": "human sessions in gig shifts",
            "ip_source": "workers' home broadband (tz-matched)",
            "payment": "one virtual card per worker",
            "languages": ["en", "tl", "hi", "pt", "es"],
            "recruit_waves": waves,
            "events": n_events,
        },
    )


def zone_fault(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n and soft-label sampling: a few keys on one card, identical prompts fired n times
    within a second, probability-distribution requests."""
    name = "zone_fault"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    block = rented_block(
        rng, pick(rng, ("ovh", "hetzner", "scaleway", "linode")), 1, irange(rng, 4, 6)
    )
    w = np.array([0.55, 0.25, 0.2]) * _weights(rng, 3, 4.0)
    w = w / w.sum()
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accounts, n_events = [], 0
    for _ in range(irange(rng, 3, 6)):
        acct = _camp(
            ctx,
            rng,
            cid,
            name,
            "sampler",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        accounts.append(acct)
        rate = float(rng.uniform(2, 5))
        base = np.concatenate(
            [
                thinned(
                    rng,
                    start,
                    ctx.release,
                    0.3 * rate * max(0.0, ctx.release - start) / HOUR,
                    constant,
                ),
                thinned(rng, ctx.release, ctx.t1, rate * (ctx.t1 - ctx.release) / HOUR, constant),
            ]
        )
        ts_l, pr_l = [], []
        for t in base.tolist():
            s = int(rng.choice(3, p=w))
            p = texts.sampling_prompt(rng, ctx.chat, s)
            k = irange(rng, 3, 10) if s == 0 else 1
            ts_l.append(
                t + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.3), 0.7, size=k - 1))])
            )
            pr_l += [p] * k
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        n_events += ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=_split_models(ctx, rng, ts, 0.93, 0.1),
            comp_median=float(rng.uniform(250, 400)),
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accounts,
        {
            "operation": "best-of-n and soft-label sampling",
            "pacing": "poisson base prompts, n-way parallel copies",
            "ip_source": "one rented hosting /24",
            "payment": "one card",
            "languages": ["en", "mixed (ShareGPT)"],
            "events": n_events,
        },
    )


def sideline_catch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Hard: a genuine writing-assistant product whose owner also distils the new model through
    its production keys, in its own request format, filling the product's off-peak hours."""
    name = "sideline_catch"
    brand = pick(rng, ("quillmoth", "parlance", "wordkiln", "inkfable"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    peak = float(rng.uniform(13, 18))
    load = global_load(peak, float(rng.uniform(0.6, 0.8)))

    def offpeak(ts: np.ndarray) -> np.ndarray:
        return np.clip(1.15 - load(ts), 0.05, 1.0)

    roles = ["prod"] * irange(rng, 2, 3) + ["batch"]
    accounts, n_events, harvest = [], 0, 0
    switch = ctx.release + float(rng.uniform(0.3, 1.0)) * DAY
    for role in roles:
        ua = "OpenAI/NodeJS 4.67.1" if role == "prod" else "OpenAI/Python 1.54.0"
        acct = _camp(ctx, rng, cid, name, role, org=org, pay=pay, ua=ua, ips=cloud(rng, 2, prov))
        accounts.append(acct)
        if role == "prod":
            ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1500, 2600)), load)
            prompts = [
                texts.product_real(rng, brand, ctx.chat, ctx.passages) for _ in range(len(ts))
            ]
            n_events += ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=_split_models(ctx, rng, ts, 0.45, 0.35),
                comp_median=260.0,
            )
        pilot = thinned(rng, ctx.t0 + DAY, ctx.release, float(rng.uniform(40, 120)), offpeak)
        main = thinned(
            rng,
            switch,
            ctx.t1,
            float(rng.uniform(700, 1300)) * (1.6 if role == "batch" else 1.0),
            offpeak,
        )
        ts = np.concatenate([pilot, main])
        prompts = [texts.product_harvest(rng, brand) for _ in range(len(ts))]
        harvest += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_split_models(ctx, rng, ts, 1.0, 0.0),
            comp_median=950.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        name,
        accounts,
        {
            "operation": "distillation hidden in a real product's traffic",
            "brand": brand,
            "pacing": "product load curve + harvest in off-peak hours after release",
            "ip_source": f"{prov} app servers",
            "payment": "company card",
            "switch_ts": switch,
            "harvest_events": harvest,
            "product_events": n_events,
            "languages": ["en", "mixed (ShareGPT)"],
        },
    )


def double_frame(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Hard: leaked keys of aged ordinary accounts; the owners keep using them from home while the
    operator sweeps the new model through residential proxies of the owner's own region."""
    name = "double_frame"
    accounts, organic, harvest = [], 0, 0
    for _ in range(irange(rng, 18, 30)):
        tz = int(pick(rng, TZS))
        ua = pick(rng, BG_BROWSERS) if rng.random() < 0.6 else pick(rng, BG_SDK[:3])
        acct = _camp(
            ctx, rng, cid, name, "compromised", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz
        )
        accounts.append(acct)
        curve = evening_person(tz) if rng.random() < 0.6 else workday(tz)
        for s in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 2.5)),
            curve,
            float(rng.uniform(2, 5)),
            float(rng.uniform(60, 140)),
        ):
            if len(s) == 0:
                continue
            prompts = [texts.replay_prompt(rng, ctx.chat)] + texts.crowd_conversation(
                rng, len(s), ctx.chat
            )[1:]
            organic += ctx.emit(
                rng,
                acct,
                s,
                prompts,
                models=_split_models(ctx, rng, s, 0.4, 0.2),
                comp_median=330.0,
                comp_sigma=0.7,
            )
        pivot = ctx.release + float(rng.uniform(-0.8, 1.5)) * DAY
        proxies = home(rng, 30, tz)
        ts = thinned(
            rng, pivot, ctx.t1, float(rng.uniform(40, 150)) * (ctx.t1 - pivot) / DAY, constant
        )
        ips = sticky(rng, ts, proxies, float(rng.uniform(30, 90)) * MINUTE)
        prompts = [texts.capability_probe(rng, ctx.passages) for _ in range(len(ts))]
        harvest += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_split_models(ctx, rng, ts, 0.98, 0.01),
            ips=ips,
            ua="OpenAI/Python 1.54.0",
            comp_median=600.0,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        name,
        accounts,
        {
            "operation": "capability sweep through compromised aged accounts",
            "pacing": "owner's human sessions + operator's 24 h poisson after a pivot near release",
            "ip_source": "owner's home IP + residential proxies in the owner's region",
            "payment": "victims' own cards",
            "organic_events": organic,
            "harvest_events": harvest,
            "languages": ["en", "various"],
        },
    )


def frame_tension(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep: a handful of keys stepping through a subject x concept x level x format
    grid at a fixed, rate-limited interval from one office line."""
    name = "frame_tension"
    region = pick(rng, ("jp_kr", "eu"))
    office = resi(rng, irange(rng, 1, 2), region)
    cards = [hexid(rng, "pay") for _ in range(2)]
    grid = texts.lesson_grid()
    order = rng.permutation(len(grid)).tolist() if rng.random() < 0.5 else list(range(len(grid)))
    n_keys = irange(rng, 5, 8)
    start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    langs = ["en", "ja", "ko"] if region == "jp_kr" else ["en", "de", "fr"]
    accounts, n_events = [], 0
    for k in range(n_keys):
        acct = _camp(
            ctx,
            rng,
            cid,
            name,
            "sweeper",
            pay=cards[k % 2],
            ua="python-requests/2.32.3",
            ips=office,
        )
        accounts.append(acct)
        interval = float(rng.uniform(240, 480))
        t = start + float(rng.uniform(0, 1)) * HOUR
        ts_l = []
        while t < ctx.t1:
            ts_l.append(t)
            t += interval * float(rng.uniform(0.9, 1.1))
            if rng.random() < interval / (0.6 * DAY):
                t += float(rng.uniform(1, 6)) * HOUR  # the script was restarted
        ts = np.asarray(ts_l)
        items = order[k::n_keys]
        # one pass over the key's slice per language, starting with the key's own language
        prompts = [
            texts.lesson_prompt(
                grid[items[i % len(items)]],
                items[i % len(items)],
                langs[(k + i // len(items)) % len(langs)],
            )
            for i in range(len(ts))
        ]
        n_events += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_split_models(ctx, rng, ts, 0.98, 0.0),
            comp_median=float(rng.uniform(1100, 1500)),
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        name,
        accounts,
        {
            "operation": "curriculum sweep (textbook generation)",
            "pacing": "fixed interval per key with restarts",
            "ip_source": f"office line ({region} consumer ISP)",
            "payment": "two cards",
            "languages": langs,
            "start": start,
            "events": n_events,
        },
    )


def endline_throw(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Hard: public prompts replayed against the new model by many aged accounts, each behaving like
    one person in one country (home IP that changes daily, evening sessions)."""
    name = "endline_throw"
    accounts, n_events = [], 0
    for _ in range(irange(rng, 40, 70)):
        tz = int(pick(rng, TZS))
        ua = pick(rng, BG_BROWSERS) if rng.random() < 0.7 else pick(rng, BG_SDK[:2])
        pool = home(rng, irange(rng, 3, 5), tz)
        acct = _camp(ctx, rng, cid, name, "replayer", ua=ua, ips=pool, tz=tz)
        accounts.append(acct)
        if rng.random() < 0.35:
            warm = thinned(rng, ctx.t0, ctx.release, float(rng.uniform(3, 12)), evening_person(tz))
            n_events += ctx.emit(
                rng,
                acct,
                warm,
                [texts.replay_prompt(rng, ctx.chat) for _ in range(len(warm))],
                models=_split_models(ctx, rng, warm, 0.0, 0.3),
                ips=sticky(rng, warm, pool, DAY),
            )
        a = ctx.release + float(rng.uniform(0, 0.6)) * DAY
        for s in session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(2, 5)),
            evening_person(tz),
            float(rng.uniform(4, 9)),
            float(rng.uniform(70, 180)),
        ):
            if len(s) == 0:
                continue
            prompts = [texts.replay_prompt(rng, ctx.chat) for _ in range(len(s))]
            n_events += ctx.emit(
                rng,
                acct,
                s,
                prompts,
                models=_split_models(ctx, rng, s, 0.99, 0.0),
                ips=sticky(rng, s, pool, DAY),
                comp_median=420.0,
                comp_sigma=0.8,
            )
    ctx.campaign(
        cid,
        name,
        accounts,
        {
            "operation": "public prompt replay against the new model",
            "pacing": "evening person-like sessions",
            "ip_source": "residential (tz-matched, changes daily)",
            "payment": "one card per bought account",
            "languages": ["as in ShareGPT"],
            "events": n_events,
        },
    )


def interception_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Hard: a code harvest run as an offshore 'dev team' on one org: office-hours coding sessions
    through the office NAT plus nightly CI jobs from cloud runners, mixing real developer questions
    with generated programming tasks."""
    name = "interception_line"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 5))
    office = resi(rng, 1, {1: "eu", 2: "eu", 5: "in"}[tz])
    runners = cloud(rng, 3, "aws")
    chat_code = [c for c in ctx.chat if texts.is_code_chat(c)]
    w = np.array([1.0, 1.0, 0.6, 0.6, 1.2]) * _weights(rng, 5, 3.0)
    w = w / w.sum()
    accounts, n_events = [], 0
    for _ in range(irange(rng, 8, 14)):
        ua = pick(rng, ("OpenAI/Python 1.54.0", "langchain/0.3.7 python-openai/1.54.0"))
        acct = _camp(
            ctx, rng, cid, name, "developer_seat", org=org, pay=pay, ua=ua, ips=office, tz=tz
        )
        accounts.append(acct)
        for s in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(tz),
            float(rng.uniform(10, 25)),
            float(rng.uniform(25, 60)),
        ):
            if len(s) == 0:
                continue
            prompts = [texts.code_task(rng, chat_code, s_) for s_ in _styles(rng, len(s), w)]
            n_events += ctx.emit(
                rng,
                acct,
                s,
                prompts,
                models=_split_models(ctx, rng, s, 0.9, 0.05),
                comp_median=600.0,
            )
        if rng.random() < 0.5:
            ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(150, 400)), nightly(1.0, 4.0, tz))
            prompts = [
                texts.code_task(rng, chat_code, int(s_)) for s_ in rng.integers(0, 4, size=len(ts))
            ]
            n_events += ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=_split_models(ctx, rng, ts, 0.95, 0.0),
                ips=picks(rng, runners, len(ts)),
                comp_median=750.0,
            )
    ctx.campaign(
        cid,
        name,
        accounts,
        {
            "operation": "code harvest disguised as a dev team",
            "pacing": "office-hours sessions + nightly CI jobs",
            "ip_source": "office NAT + aws runners",
            "payment": "company card",
            "tz": tz,
            "languages": ["en", "code"],
            "events": n_events,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "tchouk_frame": tchouk_frame,
    "rebound_angle": rebound_angle,
    "forbidden_zone": forbidden_zone,
    "three_pass_rule": three_pass_rule,
    "brandt_charter": brandt_charter,
    "landing_spot": landing_spot,
    "zone_fault": zone_fault,
    "sideline_catch": sideline_catch,
    "double_frame": double_frame,
    "frame_tension": frame_tension,
    "endline_throw": endline_throw,
    "interception_line": interception_line,
}

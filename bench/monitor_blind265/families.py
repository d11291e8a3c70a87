"""Campaign families of batch 265: twelve distillation operations, each drawn from its own
generator (`bench/blind_batch.py` seeds it from (seed, salt, 1, index)).

Every family writes its accounts with `ctx.account(label="campaign", ...)`, its events with
`ctx.emit`, and one `ctx.campaign(...)` record whose params say how it was drawn. Code names are
kemari words and say nothing about what a family does; the card (README.md) does.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind265 import texts as tx

Rng = np.random.Generator


def _mix(*parts: tuple[float, bb.Curve]) -> bb.Curve:
    """A weighted sum of time curves, clipped to [0, 1]."""

    def f(ts: np.ndarray) -> np.ndarray:
        return np.clip(sum(w * c(ts) for w, c in parts), 0.0, 1.0)

    return f


def _floor(level: float, curve: bb.Curve) -> bb.Curve:
    return _mix((level, bb.constant), (1.0 - level, curve))


def _lang_weights(rng: Rng, langs: tuple[str, ...], lead: float) -> list[float]:
    """The first language gets about `lead` of the traffic, the rest a random split."""
    rest = rng.dirichlet(np.full(len(langs) - 1, 1.5)) * (1.0 - lead)
    return [lead, *[float(x) for x in rest]]


def _two_rates(
    rng: Rng,
    a: float,
    release: float,
    b: float,
    before: float,
    after: float,
    curve: bb.Curve = bb.constant,
) -> np.ndarray:
    """Poisson times at `before` per hour up to the release and `after` per hour from it."""
    pre = bb.thinned(rng, a, min(release, b), before * max(0.0, min(release, b) - a) / HOUR, curve)
    post = bb.thinned(rng, max(a, release), b, after * max(0.0, b - max(a, release)) / HOUR, curve)
    return np.concatenate([pre, post])


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion through a rented server block


def agemari(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 18, 34)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    prov = [
        pick(rng, ("hetzner", "ovh", "contabo", "leaseweb")),
        pick(rng, ("vultr", "digitalocean", "linode")),
    ]
    block = bb.rented_block(rng, prov[0], irange(rng, 2, 4), irange(rng, 4, 8))
    block += bb.rented_block(rng, prov[1], irange(rng, 1, 2), irange(rng, 3, 6))
    ua_main = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "aiohttp/3.11.11"))
    langs = ("en", "zh", "ru", "es", "pt")
    lw = _lang_weights(rng, langs, float(rng.uniform(0.35, 0.6)))
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.6)
    before, after = float(rng.uniform(6, 16)), float(rng.uniform(55, 110))
    jobs = _two_rates(rng, start, ctx.release, ctx.t1, before, after)
    who = rng.integers(0, n_keys, size=len(jobs))
    accts = []
    for k in range(n_keys):
        ua = ua_main if chance(rng, 0.85) else bb.sdk_ua(rng, 0.3)
        acct = ctx.account(
            rng,
            label="campaign",
            family="agemari",
            role="worker",
            campaign_id=cid,
            org=orgs[k % len(orgs)],
            pay=cards[k % len(cards)],
            ua=ua,
            ips=bb.picks(rng, block, irange(rng, 2, 4)),
            tz=8,
        )
        ts = np.sort(jobs[who == k])
        style = irange(rng, 0, 3)
        prompts = [
            tx.coerced_reasoning(
                rng, tx.weighted(rng, list(langs), lw), style if chance(rng, 0.7) else None
            )
            for _ in ts
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.02),
            comp_median=1100,
            comp_sigma=0.5,
            err=0.03,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        "agemari",
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": len(cards),
            "payment": "prepaid cards shared round-robin",
            "ip_source": f"rented blocks ({prov[0]}, {prov[1]})",
            "pacing": "Poisson worker pool, low before the release, high after",
            "rate_per_hour": [round(before, 2), round(after, 2)],
            "languages": dict(zip(langs, [round(w, 3) for w in lw], strict=True)),
            "user_agent": ua_main,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading through residential proxies on stolen cards


def kakari(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 10, 16)
    region = pick(rng, ("us", "eu"))
    pool = bb.resi(rng, irange(rng, 150, 400), region)
    langs = ("en", "de", "fr", "ja")
    lw = _lang_weights(rng, langs, float(rng.uniform(0.5, 0.75)))
    op_tz = pick(rng, (3, 8, 2))
    night = bb.nightly(float(rng.uniform(19, 23)), float(rng.uniform(5, 9)), op_tz)
    hold = float(rng.uniform(10, 40)) * MINUTE
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = []
    for _k in range(n_keys):
        ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1"))
        acct = ctx.account(
            rng,
            label="campaign",
            family="kakari",
            role="stolen-card key",
            campaign_id=cid,
            ua=ua,
            ips=pool[:1],
        )
        starts = bb.thinned(rng, start, ctx.t1, float(rng.uniform(6, 16)), night)
        trains = bb.bursts(
            rng, starts, float(rng.uniform(14, 34)), float(rng.uniform(4, 9)), 0.6, ctx.t1
        )
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        prompts = [
            tx.judge_prompt(rng, tx.weighted(rng, list(langs), lw), ctx.chat, ctx.passages)
            for _ in ts
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=280,
            comp_sigma=0.6,
            err=0.02,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        "kakari",
        accts,
        {
            "operation": "judge, rubric and reward-model grading",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one stolen card per key",
            "ip_source": f"residential proxy pool ({region}), sticky",
            "sticky_minutes": round(hold / MINUTE, 1),
            "pacing": "night-time bursts in the operator's zone",
            "operator_tz": op_tz,
            "languages": dict(zip(langs, [round(w, 3) for w in lw], strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites from Asian cloud and VPN exits


def eboshi(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 6, 12)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    clouds = bb.cloud(rng, irange(rng, 3, 6), pick(rng, ("alibaba", "tencent", "huawei", "ucloud")))
    vpn = bb.rented_block(
        rng, pick(rng, ("m247", "leaseweb")), irange(rng, 2, 3), irange(rng, 4, 8)
    )
    p_vpn = float(rng.uniform(0.3, 0.7))
    langs = ("zh", "en", "ar", "ru", "vi")
    lw = _lang_weights(rng, langs, float(rng.uniform(0.4, 0.6)))
    ua = pick(rng, ("Go-http-client/2.0", "okhttp/4.12.0", "reqwest/0.12.12"))
    curve = _floor(float(rng.uniform(0.25, 0.5)), bb.workday(8, 9.0, 21.0, weekend=0.5))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    rate = float(rng.uniform(22, 40))
    lanes = bb.worker_pool(rng, start, ctx.t1, rate, n_keys, curve)
    accts = []
    for k in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family="eboshi",
            role="worker",
            campaign_id=cid,
            org=org,
            pay=cards[k % len(cards)],
            ua=ua,
            ips=clouds,
        )
        ts = lanes[k]
        via = [pick(rng, vpn) if chance(rng, p_vpn) else pick(rng, clouds) for _ in ts]
        prompts = [
            tx.policy_rewrite(rng, tx.weighted(rng, list(langs), lw), ctx.chat, ctx.passages)
            for _ in ts
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.04),
            ips=via,
            comp_median=520,
            comp_sigma=0.55,
            err=0.015,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        "eboshi",
        accts,
        {
            "operation": "censorship-safe and policy-compliant rewrites",
            "keys": n_keys,
            "orgs": 1,
            "cards": len(cards),
            "ip_source": "Asian cloud egress plus datacenter VPN exits",
            "vpn_share": round(p_vpn, 3),
            "pacing": "worker pool, office-hours weighted (UTC+8) with a floor",
            "rate_per_hour": round(rate, 2),
            "languages": dict(zip(langs, [round(w, 3) for w in lw], strict=True)),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts


def kariginu(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 6, 10)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    pool = bb.cloud(rng, irange(rng, 15, 40), prov)
    ua_lib = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.5)
    styles = rng.permutation(3)[: irange(rng, 2, 3)].tolist()
    accts = []
    for _k in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family="kariginu",
            role="agent runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua_lib,
            ips=pool,
        )
        eps = _two_rates(
            rng,
            start,
            ctx.release,
            ctx.t1,
            float(rng.uniform(0.4, 1.0)),
            float(rng.uniform(1.5, 3.0)),
        )
        ts_all: list[float] = []
        prompts: list[str] = []
        extra: list[int] = []
        for s in eps.tolist():
            style = pick(rng, styles)
            tools = rng.permutation(tx.TOOL_COUNT)[: irange(rng, 3, 7)].tolist()
            task = tx.agent_task(rng)
            history: list[tuple[str, str, str]] = []
            t = s
            for _step in range(irange(rng, 2, 8)):
                ts_all.append(t)
                prompts.append(tx.agent_step(rng, style, task, tools, history))
                extra.append(0)
                history.append(tx.agent_action(rng, tools))
                t += float(rng.lognormal(np.log(7.0), 0.6))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.03),
            comp_median=240,
            comp_sigma=0.7,
            err=0.02,
            extra=extra,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        "kariginu",
        accts,
        {
            "operation": "agent and tool-use trajectory harvest",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"{prov} autoscaled egress pool",
            "pacing": "episodes of 2-8 steps, Poisson starts, more after release",
            "styles": [int(s) for s in styles],
            "user_agent": ua_lib,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# synthetic instruction-dataset generation


def shikagawa(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "azure", "oracle"))
    langs = ("en", "ko", "ja", "id", "tr")
    lw = _lang_weights(rng, langs, float(rng.uniform(0.45, 0.65)))
    tz = pick(rng, (9, 8, 3, 1))
    night = bb.nightly(float(rng.uniform(0, 3)), float(rng.uniform(4, 7)), tz)
    accts = []
    for _k in range(n_keys):
        ua = "OpenAI/Python 1.58.1" if chance(rng, 0.7) else bb.sdk_ua(rng, 0.2)
        acct = ctx.account(
            rng,
            label="campaign",
            family="shikagawa",
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 3), prov),
            tz=tz,
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 22)), night)
        trains = bb.bursts(
            rng, starts, float(rng.uniform(25, 55)), float(rng.uniform(1.5, 4.0)), 0.5, ctx.t1
        )
        day = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 120)), bb.workday(tz))
        ts = np.sort(np.concatenate([*trains, day]))
        prompts = [
            tx.dataset_prompt(rng, tx.weighted(rng, list(langs), lw), ctx.chat, ctx.passages)
            for _ in ts
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.1),
            comp_median=1500,
            comp_sigma=0.45,
            err=0.02,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        "shikagawa",
        accts,
        {
            "operation": "synthetic instruction-dataset generation (self-instruct, personas, evolution, passage QA)",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"{prov} VMs",
            "operator_tz": tz,
            "pacing": "nightly bursts plus a daytime trickle",
            "languages": dict(zip(langs, [round(w, 3) for w in lw], strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# best-of-n sampling and soft labels through datacenter VPN exits


def shunyaraku(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 12, 24)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    prov = pick(rng, ("m247", "leaseweb", "digitalocean", "vultr"))
    pool = bb.rented_block(rng, prov, irange(rng, 3, 5), irange(rng, 4, 6))
    langs = ("en", "es", "hi", "pl")
    lw = _lang_weights(rng, langs, float(rng.uniform(0.5, 0.7)))
    start = ctx.release - float(rng.uniform(0.1, 0.9)) * DAY
    rate = float(rng.uniform(4, 7))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 8, 12)
    jobs = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
    owner = rng.integers(0, n_keys, size=len(jobs))
    per: list[list[tuple[float, str]]] = [[] for _ in range(n_keys)]
    for s, k in zip(jobs.tolist(), owner.tolist(), strict=True):
        prompt = tx.soft_label_prompt(rng, tx.weighted(rng, list(langs), lw), ctx.chat)
        n = irange(rng, n_lo, n_hi)
        gaps = np.cumsum(rng.lognormal(np.log(1.2), 0.7, size=n))
        per[k].extend((s + float(g), prompt) for g in gaps.tolist())
    accts = []
    for k in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family="shunyaraku",
            role="sampler",
            campaign_id=cid,
            pay=cards[k % len(cards)],
            ua=bb.sdk_ua(rng, 0.5),
            ips=pool,
        )
        rows = sorted(per[k])
        ts = np.asarray([r[0] for r in rows])
        ctx.emit(
            rng,
            acct,
            ts,
            [r[1] for r in rows],
            models=ctx.models(rng, ts, 0.96, 0.02),
            comp_median=300,
            comp_sigma=0.8,
            err=0.04,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        "shunyaraku",
        accts,
        {
            "operation": "best-of-n sampling and soft-label (probability) harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": len(cards),
            "ip_source": f"{prov} VPN exits, per request",
            "pacing": "Poisson jobs, each sent n times in a tight train on one key",
            "samples_per_prompt": [n_lo, n_hi],
            "jobs_per_hour": round(rate, 2),
            "start": start,
            "languages": dict(zip(langs, [round(w, 3) for w in lw], strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# curriculum sweep at a slow steady rate


def keonkyu(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("oracle", "scaleway", "ovh", "hetzner"))
    langs = list(tx.CURRICULUM_UNITS)
    order = rng.permutation(len(langs)).tolist()
    accts = []
    gaps = []
    for k in range(n_keys):
        lang = langs[order[k % len(order)]]
        acct = ctx.account(
            rng,
            label="campaign",
            family="keonkyu",
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0")),
            ips=bb.cloud(rng, 1, prov),
        )
        gap = float(rng.uniform(200, 480))
        gaps.append(round(gap, 1))
        t = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        n = int((ctx.t1 - t) / gap) + 1
        ts = t + np.cumsum(gap * rng.normal(1.0, 0.08, size=n).clip(0.6, 1.4))
        ts = ts[ts < ctx.t1]
        first = irange(rng, 0, 400)
        style = irange(rng, 0, 1)
        prompts = [tx.curriculum_prompt(rng, lang, first + i, style) for i in range(len(ts))]
        models = [ctx.new_model if x >= ctx.release else ctx.old_models[0] for x in ts.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=950, comp_sigma=0.35, err=0.005)
        accts.append(acct)
    ctx.campaign(
        cid,
        "keonkyu",
        accts,
        {
            "operation": "curriculum sweep (unit x difficulty grid, in order)",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"one {prov} address per key",
            "pacing": "fixed interval with 8% jitter",
            "interval_s": gaps,
            "languages": [langs[order[k % len(order)]] for k in range(n_keys)],
            "models": "old flagship until the release, then only the new one",
        },
    )


# --------------------------------------------------------------------------------------------
# code harvest from an office, shaped like a development team


def kamogutsu(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 4, 8)
    tz = pick(rng, (1, 2, 5, -5))
    region = {1: "eu", 2: "eu", 5: "in", -5: "us"}[tz]
    office = bb.resi(rng, irange(rng, 1, 3), region)
    accts = []
    for _k in range(n_keys):
        ua = pick(
            rng,
            ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/Python 1.63.2", "OpenAI/Python 1.54.0"),
        )
        acct = ctx.account(
            rng,
            label="campaign",
            family="kamogutsu",
            role="developer-shaped key",
            campaign_id=cid,
            ua=ua,
            ips=office,
            tz=tz,
        )
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(4, 8)),
            bb.workday(tz, weekend=0.1),
            float(rng.uniform(8, 16)),
            float(rng.uniform(25, 70)),
            0.9,
        )
        ts = np.sort(np.concatenate(sessions)) if sessions else np.empty(0)
        styles = rng.permutation(4)[: irange(rng, 2, 4)].tolist()
        prompts = [tx.code_prompt(rng, pick(rng, styles)) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            comp_median=750,
            comp_sigma=0.5,
            err=0.01,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        "kamogutsu",
        accts,
        {
            "operation": "code-generation harvest (implement, complete, port, contest solutions)",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "ip_source": f"office broadband ({region}), shared by all keys",
            "pacing": f"workday sessions in UTC{tz:+d}",
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# hard: a harvest hidden inside a real writing product's production traffic


def asukai(ctx: Ctx, rng: Rng, cid: str) -> None:
    brand = pick(rng, ("Quillmate", "Draftwise", "Penwright", "Scribely", "Wordloom"))
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 3, 6), "aws")
    curve = bb.global_load(float(rng.uniform(13, 19)), float(rng.uniform(0.45, 0.7)))
    share_pre, share_post = float(rng.uniform(0.1, 0.2)), float(rng.uniform(0.3, 0.45))
    accts = []
    for _k in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family="asukai",
            role="product backend key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=nat,
        )
        rate = float(rng.uniform(9, 18))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        harvest = rng.random(len(ts)) < np.where(ts >= ctx.release, share_post, share_pre)
        prompts, models = [], []
        for t, h in zip(ts.tolist(), harvest.tolist(), strict=True):
            if h:
                prompts.append(tx.product_prompt(rng, brand, tx.general_instruction(rng), "Ask"))
                models.append(
                    ctx.new_model if t >= ctx.release and chance(rng, 0.95) else ctx.old_models[0]
                )
            else:
                prompts.append(tx.product_prompt(rng, brand, pick(rng, ctx.chat)))
                models.append(
                    ctx.new_model
                    if t >= ctx.release and chance(rng, 0.6)
                    else (ctx.old_models[-1] if chance(rng, 0.2) else ctx.old_models[0])
                )
        comp = np.where(harvest, 900.0, 320.0)
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=comp, comp_sigma=0.6, err=0.01)
        accts.append(acct)
    ctx.campaign(
        cid,
        "asukai",
        accts,
        {
            "operation": "harvest mixed into a real writing product's production traffic",
            "product": brand,
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": "the product's AWS NAT gateways",
            "harvest_share": [round(share_pre, 3), round(share_post, 3)],
            "pacing": "the product's global load curve",
            "hard": True,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# hard: bought aged accounts driven through residential proxies in each owner's region

_LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("ru",),
    5: ("hi", "en"),
    8: ("zh",),
    9: ("ja",),
}


def shiramine(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 25, 45)
    hold = float(rng.uniform(30, 90)) * MINUTE
    last_takeover = ctx.release + float(rng.uniform(0.3, 1.2)) * DAY
    accts = []
    for _k in range(n):
        tz = pick(rng, bb.TZS)
        langs = _LANG_OF_TZ[tz]
        lang = pick(rng, langs)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else pick(rng, bb.MOBILE)
        region_pool = bb.home(rng, irange(rng, 25, 60), tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family="shiramine",
            role="bought aged account",
            campaign_id=cid,
            ua=ua,
            ips=region_pool,
            tz=tz,
        )
        take = float(rng.uniform(ctx.t0, last_takeover))
        sessions = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(1.2, 3.0)),
            bb.evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(35, 90)),
            0.8,
        )
        ts = np.sort(np.concatenate(sessions)) if sessions else np.empty(0)
        prompts = []
        for _ in ts:
            u = rng.random()
            if u < 0.45:
                prompts.append(tx.casual_request(rng, lang if lang in tx.CASUAL_LANGS else "en"))
            elif u < 0.75:
                prompts.append(tx.general_instruction(rng))
            elif u < 0.88:
                prompts.append(pick(rng, ctx.chat))
            else:
                prompts.append(
                    tx.coerced_reasoning(
                        rng, lang if lang in tx.PROBLEM_LANGS else "en", 3 if lang == "en" else None
                    )
                )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.75, 0.05),
            ips=bb.sticky(rng, ts, region_pool, hold),
            comp_median=650,
            comp_sigma=0.6,
            err=0.01,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        "shiramine",
        accts,
        {
            "operation": "harvest through bought aged accounts, one per original owner",
            "accounts": n,
            "orgs": n,
            "cards": n,
            "payment": "original owners' cards",
            "ip_source": "residential proxies in each owner's region, sticky",
            "sticky_minutes": round(hold / MINUTE, 1),
            "pacing": "2-3 evening sessions a day per account from takeover",
            "hard": True,
            "languages": "each owner's",
            "takeover_until": last_takeover,
        },
    )


# --------------------------------------------------------------------------------------------
# hard: a paid crowd of real people typing task sheets on their own accounts

_CROWD = (
    (5, "in", ("hi", "en"), "in_mobile"),
    (-3, "latam", ("pt", "es"), "br_mobile"),
    (8, "sea", ("id", "vi"), None),
    (1, "eu", ("en", "fr"), "eu_mobile"),
    (3, "ru", ("ru",), None),
)


def tanzan(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 40, 70)
    launch = ctx.release - float(rng.uniform(0.0, 0.3)) * DAY
    mix = rng.dirichlet(np.full(len(_CROWD), 2.0))
    accts = []
    sheet = 0
    for _k in range(n):
        tz, region, langs, mob = _CROWD[int(rng.choice(len(_CROWD), p=mix))]
        lang = pick(rng, langs)
        on_phone = mob is not None and chance(rng, 0.5)
        ua = pick(rng, bb.MOBILE) if on_phone else pick(rng, bb.BROWSERS)
        homes = bb.resi(rng, irange(rng, 1, 2), region)
        acct = ctx.account(
            rng,
            label="campaign",
            family="tanzan",
            role="crowd worker",
            campaign_id=cid,
            ua=ua,
            ips=homes,
            tz=tz,
        )
        join = launch + float(rng.exponential(0.8 * DAY))
        curve = (
            bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz, 10.0, 22.0, weekend=0.8)
        )
        sessions = bb.session_times(
            rng,
            join,
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            curve,
            float(rng.uniform(5, 11)),
            float(rng.uniform(50, 140)),
            0.7,
        )
        ts_parts, ip_parts = [], []
        for sess in sessions:
            ts_parts.append(sess)
            if on_phone and mob is not None and chance(rng, 0.7):
                ip_parts.extend(bb.mobile_v6(rng, 1, mob) * len(sess))
            else:
                ip_parts.extend([pick(rng, homes)] * len(sess))
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ips = [ip_parts[i] for i in order.tolist()]
        prompts = []
        for _ in ts:
            sheet += 1
            prompts.append(tx.task_sheet_request(rng, lang, 1 + sheet % 200))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            ips=ips if len(ts) else None,
            comp_median=600,
            comp_sigma=0.6,
            err=0.01,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        "tanzan",
        accts,
        {
            "operation": "paid crowd workers typing the operator's task sheets on their own accounts",
            "workers": n,
            "orgs": n,
            "cards": n,
            "payment": "each worker's own card (reimbursed)",
            "ip_source": "workers' home broadband and phones",
            "launch": launch,
            "pacing": "human sessions, 1-2 a day, joining after launch",
            "hard": True,
            "regions": {_CROWD[i][1]: round(float(mix[i]), 3) for i in range(len(_CROWD))},
        },
    )


# --------------------------------------------------------------------------------------------
# hard: public-prompt replay as multi-turn chats through residential proxies


def narimichi(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 15, 30)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 4, 6))]
    pool = bb.resi(rng, irange(rng, 300, 600), "*")
    hold = float(rng.uniform(20, 60)) * MINUTE
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.5)))
    accts = []
    for k in range(n):
        acct = ctx.account(
            rng,
            label="campaign",
            family="narimichi",
            role="replay account",
            campaign_id=cid,
            pay=cards[k % len(cards)],
            ua=pick(rng, bb.BROWSERS),
            ips=pool[:1],
        )
        sessions = bb.session_times(
            rng,
            start + float(rng.uniform(0, 0.5)) * DAY,
            ctx.t1,
            float(rng.uniform(2.5, 5.0)),
            curve,
            float(rng.uniform(4, 8)),
            float(rng.uniform(20, 50)),
            0.7,
        )
        ts_l: list[float] = []
        prompts: list[str] = []
        extra: list[int] = []
        for sess in sessions:
            ctx_tokens = 0
            for j, t in enumerate(sess.tolist()):
                ts_l.append(t)
                if j == 0 or chance(rng, 0.3):
                    prompts.append(pick(rng, ctx.chat))
                else:
                    prompts.append(pick(rng, tx.FOLLOW_UPS))
                extra.append(ctx_tokens)
                ctx_tokens += irange(rng, 200, 900)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=550,
            comp_sigma=0.6,
            err=0.015,
            extra=extra,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        "narimichi",
        accts,
        {
            "operation": "multi-turn dialogue harvest replaying public human prompts",
            "accounts": n,
            "orgs": n,
            "cards": len(cards),
            "payment": "stolen cards shared across accounts",
            "ip_source": "worldwide residential proxies, sticky",
            "sticky_minutes": round(hold / MINUTE, 1),
            "pacing": "human-like sessions, 24h with a mild daily shape",
            "start": start,
            "hard": True,
            "languages": ["en (replayed)"],
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "agemari": agemari,
    "kakari": kakari,
    "eboshi": eboshi,
    "kariginu": kariginu,
    "shikagawa": shikagawa,
    "shunyaraku": shunyaraku,
    "keonkyu": keonkyu,
    "kamogutsu": kamogutsu,
    "asukai": asukai,
    "shiramine": shiramine,
    "tanzan": tanzan,
    "narimichi": narimichi,
}

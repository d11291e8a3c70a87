"""Campaign families of batch 100 (equestrian polo code names).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, records the
operation with `ctx.campaign` and writes events with `ctx.emit`. All parameters are drawn from the
family's own generator.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind100 import texts as tx

R = np.random.Generator


def _ua_mix(rng: R, k: int) -> list[str]:
    return [bb.sdk_ua(rng, 0.6) for _ in range(k)]


# --------------------------------------------------------------------------------------------


def nearside_backhand(ctx: Ctx, rng: R, cid: str) -> None:
    """Reasoning-trace coercion: a worker pool on a rented hosting block asks for full internal
    deliberation on maths, logic and code problems."""
    fam = "nearside_backhand"
    n_keys = irange(rng, 6, 13)
    n_cards = irange(rng, 2, 3)
    cards = [bb.hexid(rng, "pay") for _ in range(n_cards)]
    prov = bb.pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = bb.rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 3, 8))
    ua = bb.pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
    langs = ["en"] + [x for x in ("zh", "ru") if chance(rng, 0.6)]
    lang_p = np.array([0.7] + [0.3 / max(1, len(langs) - 1)] * (len(langs) - 1))
    lang_p /= lang_p.sum()
    styles = sorted({int(x) for x in rng.integers(0, 4, size=3)})
    per_hour = float(rng.uniform(14, 32))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i % n_cards],
            ua=ua,
            ips=[str(x) for x in rng.choice(block, size=3)],
        )
        for i in range(n_keys)
    ]
    a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    streams = bb.worker_pool(
        rng, a, ctx.t1, per_hour, n_keys, bb.global_load(irange(rng, 0, 23), 0.3)
    )
    for acct, ts in zip(accts, streams, strict=True):
        lang = [str(x) for x in rng.choice(langs, size=len(ts), p=lang_p)]
        prompts = [tx.trace_coercion(rng, pick(rng, styles), lg) for lg in lang]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=1500.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "per_hour": per_hour,
            "ip_source": f"rented block ({prov})",
            "payment": f"{n_cards} shared cards",
            "languages": langs,
            "styles": styles,
        },
    )


def third_man(ctx: Ctx, rng: R, cid: str) -> None:
    """Judge / reward-model harvest: scripted nightly bursts of rubric grading and pairwise verdicts
    from cloud VMs, all keys on one card."""
    fam = "third_man"
    n_keys = irange(rng, 4, 8)
    card = bb.hexid(rng, "pay")
    prov = bb.pick(rng, ("aws", "gcp", "azure"))
    langs = ["en"] + [x for x in ("de", "es") if chance(rng, 0.5)]
    styles = sorted({int(x) for x in rng.integers(0, 4, size=3)})
    tz = pick(rng, bb.TZS)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            pay=card,
            ua=bb.sdk_ua(rng, 0.5),
            ips=bb.cloud(rng, irange(rng, 1, 2), prov),
        )
        for _ in range(n_keys)
    ]
    runs_per_day = float(rng.uniform(1.0, 2.5))
    burst = float(rng.uniform(40, 90))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for acct in accts:
        starts = bb.thinned(
            rng,
            start,
            ctx.t1,
            runs_per_day * (ctx.t1 - start) / DAY,
            bb.nightly(irange(rng, 0, 5), 6, tz),
        )
        trains = bb.bursts(rng, starts, burst, float(rng.uniform(1.0, 3.5)), 0.4, ctx.t1)
        ts = np.concatenate(trains) if trains else np.empty(0)
        prompts = [
            tx.judge_prompt(rng, pick(rng, styles), pick(rng, langs), ctx.passages) for _ in ts
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=260.0,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric grading harvest",
            "pacing": "nightly scripted bursts",
            "runs_per_day": runs_per_day,
            "burst": burst,
            "ip_source": f"cloud ({prov})",
            "payment": "one shared card",
            "languages": langs,
            "styles": styles,
        },
    )


def tail_shot(ctx: Ctx, rng: R, cid: str) -> None:
    """Censorship-safe / policy-compliant rewrites, each key on its own prepaid card, VPN exits
    changing per session."""
    fam = "tail_shot"
    n_keys = irange(rng, 9, 16)
    vpn = bb.cloud(rng, 40, "m247") + bb.cloud(rng, 30, "leaseweb") + bb.cloud(rng, 20, "vultr")
    langs = ["en", "zh"] + (["ar"] if chance(rng, 0.5) else [])
    styles = sorted({int(x) for x in rng.integers(0, 4, size=3)})
    spd = float(rng.uniform(2.5, 5.0))
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rewriter",
            campaign_id=cid,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3", "aiohttp/3.11.11")),
            ips=vpn,
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = bb.session_times(
            rng,
            a,
            ctx.t1,
            spd,
            bb.constant,
            float(rng.uniform(12, 28)),
            float(rng.uniform(4, 10)),
            0.5,
        )
        for s in sess:
            if len(s) == 0:
                continue
            lang = pick(rng, langs)
            ip = pick(rng, vpn)
            prompts = [
                tx.compliant_rewrite(rng, pick(rng, styles), lang, ctx.chat, ctx.passages)
                for _ in s
            ]
            ctx.emit(
                rng,
                acct,
                s,
                prompts,
                models=ctx.models(rng, s, 0.85, 0.0),
                ips=ip,
                comp_median=450.0,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites",
            "pacing": "scripted sessions",
            "sessions_per_day": spd,
            "ip_source": "VPN exits (m247/leaseweb/vultr)",
            "payment": "one prepaid card per key",
            "languages": langs,
            "styles": styles,
        },
    )


def knock_in(ctx: Ctx, rng: R, cid: str) -> None:
    """Agent / tool-use transcript harvest: episodes of tool-call steps, keys on stolen cards that
    churn (each key lives one to three days), residential proxies with sticky sessions."""
    fam = "knock_in"
    region = pick(rng, ("us", "eu", "latam", "sea"))
    pool = bb.resi(rng, 300, region)
    styles = sorted({int(x) for x in rng.integers(0, 3, size=2)})
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    eps_per_hour = float(rng.uniform(2.5, 5.0))
    parallel = irange(rng, 2, 3)
    accts = []
    t = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    while t < ctx.t1 and len(accts) < 20:
        life = float(rng.uniform(1.0, 3.0)) * DAY
        for _ in range(parallel):
            acct = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="agent_runner",
                campaign_id=cid,
                ua=ua,
                ips=pool,
            )
            accts.append(acct)
            end = min(ctx.t1, t + life * float(rng.uniform(0.7, 1.0)))
            starts = bb.thinned(
                rng, t, end, eps_per_hour / parallel * (end - t) / HOUR, bb.constant
            )
            ts_all, prompts = [], []
            for s in starts.tolist():
                k = irange(rng, 4, 12)
                tools = [
                    str(x) for x in rng.choice(tx.TOOLS, size=irange(rng, 3, 7), replace=False)
                ]
                goal = tx.fill_goal(rng)
                st = pick(rng, styles)
                times = s + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.6, size=k - 1))]
                )
                ts_all.extend(times.tolist())
                prompts.extend(tx.agent_step(rng, st, goal, j + 1, tools) for j in range(k))
            ts = np.asarray(ts_all)
            order = np.argsort(ts, kind="stable")
            ts = ts[order]
            prompts = [prompts[i] for i in order.tolist()]
            extra = rng.integers(300, 1400, size=len(ts))
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.9, 0.0),
                ips=bb.sticky(rng, ts, pool, 600.0),
                comp_median=320.0,
                extra=extra,
                err=0.02,
            )
        t += life
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent transcript harvest",
            "pacing": "episodes of tool steps",
            "episodes_per_hour": eps_per_hour,
            "ip_source": f"residential proxy ({region}), sticky",
            "payment": "stolen card per key, keys churn",
            "languages": ["en"],
            "styles": styles,
        },
    )


def stick_and_ball(ctx: Ctx, rng: R, cid: str) -> None:
    """Synthetic instruction-dataset generation from a fleet of hosting VMs on one card."""
    fam = "stick_and_ball"
    n_keys = irange(rng, 8, 15)
    card = bb.hexid(rng, "pay")
    prov = pick(rng, ("hetzner", "ovh", "scaleway", "linode"))
    langs = [str(x) for x in rng.choice(list(tx.LANG_NAMES), size=irange(rng, 3, 7), replace=False)]
    if "en" not in langs:
        langs.append("en")
    styles = sorted({int(x) for x in rng.integers(0, 4, size=3)})
    per_hour = float(rng.uniform(18, 34))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.63.2")),
            ips=bb.cloud(rng, 1, prov),
        )
        for _ in range(n_keys)
    ]
    a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    streams = bb.worker_pool(rng, a, ctx.t1, per_hour, n_keys)
    for acct, ts in zip(accts, streams, strict=True):
        prompts = [tx.synth_dataset(rng, pick(rng, styles), pick(rng, langs)) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.0),
            comp_median=1100.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "poisson worker pool",
            "per_hour": per_hour,
            "ip_source": f"one VM per key ({prov})",
            "payment": "one shared card",
            "languages": langs,
            "styles": styles,
        },
    )


def bell_chukker(ctx: Ctx, rng: R, cid: str) -> None:
    """Multi-turn dialogue harvest: scripted conversations with generic follow-ups, history growing
    in the prompt tokens, keys spread over several cloud providers."""
    fam = "bell_chukker"
    n_keys = irange(rng, 5, 9)
    cards = [bb.hexid(rng, "pay") for _ in range(2)]
    provs = [str(x) for x in rng.choice(bb.providers(), size=3, replace=False)]
    langs = ["en"] + (["zh"] if chance(rng, 0.6) else [])
    conv_per_hour = float(rng.uniform(0.5, 1.1))
    accts = []
    for i in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="talker",
            campaign_id=cid,
            pay=cards[i % 2],
            ua=bb.sdk_ua(rng, 0.3),
            ips=bb.cloud(rng, 2, provs[i % 3]),
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = bb.thinned(rng, a, ctx.t1, conv_per_hour * (ctx.t1 - a) / HOUR, bb.constant)
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 4, 10)
            lang = "zh" if (len(langs) > 1 and chance(rng, 0.3)) else "en"
            times = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(40.0), 0.4, size=k - 1))]
            )
            ts_all.extend(times.tolist())
            prompts.append(tx.dialogue_opener(rng, ctx.chat, lang))
            prompts.extend(tx.dialogue_follow(rng, lang) for _ in range(k - 1))
            extra.extend(int(j * rng.uniform(250, 450)) for j in range(k))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            acct,
            ts[order],
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts[order], 0.9, 0.0),
            comp_median=420.0,
            extra=np.asarray(extra, dtype=np.int64)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "scripted conversations",
            "conversations_per_hour": conv_per_hour,
            "ip_source": f"cloud ({', '.join(provs)})",
            "payment": "two cards",
            "languages": langs,
        },
    )


def pony_line(ctx: Ctx, rng: R, cid: str) -> None:
    """Best-of-n and soft-label sampling: each prompt fired n times within seconds, plus label
    distributions; a few AWS keys on one card."""
    fam = "pony_line"
    n_keys = irange(rng, 3, 5)
    card = bb.hexid(rng, "pay")
    n_best = irange(rng, 4, 12)
    prompts_per_hour = float(rng.uniform(2.5, 5.0))
    styles = sorted({int(x) for x in rng.integers(0, 3, size=2)})
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=bb.cloud(rng, irange(rng, 1, 3), "aws"),
        )
        for _ in range(n_keys)
    ]
    a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    streams = bb.worker_pool(rng, a, ctx.t1, prompts_per_hour, n_keys)
    for acct, starts in zip(accts, streams, strict=True):
        ts_all, prompts, med = [], [], []
        for s in starts.tolist():
            if chance(rng, 0.35):
                p, n, m = tx.label_item(rng, irange(rng, 0, 1)), irange(rng, 3, 6), 45.0
            else:
                p, n, m = (
                    tx.sample_prompt(rng, pick(rng, styles)),
                    n_best + irange(rng, -1, 2),
                    380.0,
                )
            times = s + np.cumsum(rng.lognormal(np.log(0.6), 0.5, size=n))
            ts_all.extend(times.tolist())
            prompts.extend([p] * n)
            med.extend([m] * n)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            acct,
            ts[order],
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts[order], 0.95, 0.0),
            comp_median=np.asarray(med)[order],
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "identical-prompt bursts",
            "n": n_best,
            "prompts_per_hour": prompts_per_hour,
            "ip_source": "cloud (aws)",
            "payment": "one shared card",
            "languages": ["en"],
            "styles": styles,
        },
    )


def handicap_ladder(ctx: Ctx, rng: R, cid: str) -> None:
    """Curriculum / taxonomy sweep: keys walk a domain > subject > skill tree level by level at a
    near-constant cadence in working blocks; one card per key."""
    fam = "handicap_ladder"
    n_keys = irange(rng, 3, 5)
    langs = ["en"] + [x for x in ("ko", "es") if chance(rng, 0.5)]
    styles = sorted({int(x) for x in rng.integers(0, 3, size=2)})
    nodes = tx.taxonomy_nodes(rng)
    levels = irange(rng, 4, 8)
    items = [(n, lv) for n in nodes for lv in range(1, levels + 1)]
    gap = float(rng.uniform(30, 60))
    accts = []
    cursor = 0
    for i in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            ua=bb.sdk_ua(rng, 0.5),
            ips=bb.cloud(rng, 1, pick(rng, ("digitalocean", "vultr"))),
        )
        accts.append(acct)
        t = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts_all = []
        while t < ctx.t1:
            dur = float(rng.uniform(1.0, 2.5)) * HOUR
            k = int(dur / gap)
            ts_all.extend((t + np.cumsum(rng.lognormal(np.log(gap), 0.15, size=k))).tolist())
            t += dur + float(rng.uniform(8, 20)) * HOUR
        ts = np.asarray([x for x in ts_all if x < ctx.t1])
        lang = langs[i % len(langs)]
        prompts = []
        for _ in ts:
            node, lv = items[cursor % len(items)]
            cursor += 1
            prompts.append(tx.curriculum_item(rng, pick(rng, styles), node, lv, lang))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=900.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum / taxonomy sweep",
            "pacing": "metronomic work blocks",
            "gap_s": gap,
            "levels": levels,
            "ip_source": "one VM per key (digitalocean/vultr)",
            "payment": "one card per key",
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# deliberately hard families


def neck_shot(ctx: Ctx, rng: R, cid: str) -> None:
    """Harvest hidden inside a real product: a student writing-help app's production key carries its
    genuine users' traffic (ShareGPT prompts, worldwide daily load) and, interleaved on the same
    curve, the operator's own harvest queue phrased like user messages."""
    fam = "neck_shot"
    card = bb.hexid(rng, "pay")
    org = bb.hexid(rng, "org")
    backend = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    curve = bb.global_load(irange(rng, 12, 20), 0.6)
    users_per_day = float(rng.uniform(380, 620))
    harvest_share = float(rng.uniform(0.22, 0.38))
    prod = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="product_key",
        campaign_id=cid,
        org=org,
        pay=card,
        ua=ua,
        ips=backend,
    )
    staging = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="staging_key",
        campaign_id=cid,
        org=org,
        pay=card,
        ua=ua,
        ips=backend[:1],
    )
    ts = bb.thinned(rng, ctx.t0, ctx.t1, users_per_day * (ctx.t1 - ctx.t0) / DAY, curve)
    is_h = rng.random(len(ts)) < harvest_share
    prompts = [tx.casual_ask(rng) if h else bb.pick(rng, ctx.chat) for h in is_h.tolist()]
    med = np.where(is_h, 700.0, 350.0)
    ctx.emit(rng, prod, ts, prompts, models=ctx.models(rng, ts, 0.7, 0.1), comp_median=med)
    st = bb.thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(25, 60)) * 7, bb.workday(pick(rng, (-5, 0, 1)))
    )
    ctx.emit(
        rng,
        staging,
        st,
        [tx.casual_ask(rng) if chance(rng, 0.5) else pick(rng, ctx.chat) for _ in st],
        models=ctx.models(rng, st, 0.6, 0.2),
    )
    ctx.campaign(
        cid,
        fam,
        [prod, staging],
        {
            "operation": "harvest inside a legitimate product's traffic",
            "pacing": "product's own daily load",
            "harvest_share": harvest_share,
            "users_per_day": users_per_day,
            "ip_source": "product backend (cloud)",
            "payment": "one corporate card",
            "languages": ["en"],
            "styles": ["casual user phrasing"],
        },
    )


def divot_stomp(ctx: Ctx, rng: R, cid: str) -> None:
    """Low-and-slow bought/compromised consumer accounts: each key keeps its victim's home address,
    browser, card and evening rhythm and sends a few short sessions a day of casually phrased
    harvest questions mixed with copied ordinary chat."""
    fam = "divot_stomp"
    n_keys = irange(rng, 40, 70)
    camo = float(rng.uniform(0.1, 0.3))
    spd = float(rng.uniform(1.5, 3.0))
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, bb.TZS)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="bought_account",
            campaign_id=cid,
            ua=pick(rng, bb.BROWSERS + bb.MOBILE[:3]),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            spd,
            bb.evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(45, 120)),
            0.7,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [pick(rng, ctx.chat) if chance(rng, camo) else tx.casual_ask(rng) for _ in ts]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.05), comp_median=600.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow bought accounts",
            "pacing": "human evening sessions",
            "sessions_per_day": spd,
            "camouflage_share": camo,
            "ip_source": "victims' home ISPs",
            "payment": "victims' own cards",
            "languages": ["en"],
            "styles": ["casual"],
        },
    )


def throw_in(ctx: Ctx, rng: R, cid: str) -> None:
    """Public prompt replay: verbatim public chat prompts (each once) replayed against the new model
    from the release on, through a residential proxy pool, on many cheap keys with one card each."""
    fam = "throw_in"
    n_keys = irange(rng, 15, 28)
    pool = bb.resi(rng, 500, "*")
    hold = float(rng.uniform(5, 30)) * MINUTE
    per_hour = float(rng.uniform(18, 36))
    probe = float(rng.uniform(0.5, 2.0))
    order = rng.permutation(len(ctx.chat))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            ua=bb.sdk_ua(rng, 0.7),
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    pre = bb.worker_pool(rng, ctx.t0 + 0.5 * DAY, ctx.release, probe, n_keys)
    post = bb.worker_pool(
        rng, ctx.release + float(rng.uniform(0.5, 6)) * HOUR, ctx.t1, per_hour, n_keys
    )
    used = 0
    for acct, a, b in zip(accts, pre, post, strict=True):
        ts = np.concatenate([a, b])
        prompts = [ctx.chat[int(order[(used + j) % len(order)])] for j in range(len(ts))]
        used += len(ts)
        models = [ctx.new_model if t >= ctx.release else ctx.old_models[0] for t in ts.tolist()]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=models,
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=500.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay against the new model",
            "pacing": "poisson pool from release",
            "per_hour": per_hour,
            "ip_source": "residential proxy pool, sticky",
            "hold_s": hold,
            "payment": "one prepaid card per key",
            "languages": ["en (public chat)"],
        },
    )


def offside_hook(ctx: Ctx, rng: R, cid: str) -> None:
    """Copies a benign coding team's rhythm: a few keys under one company-looking org and card,
    office NAT plus home IPs, working-day sessions with developer think times, prompts that look like
    developer questions but sweep every (language, task) cell systematically."""
    fam = "offside_hook"
    n_keys = irange(rng, 3, 6)
    tz = pick(rng, (-5, 0, 1, 2, 3))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    cells = [(lang, task) for lang in tx.PROG_LANGS for task in tx.CODE_TASKS]
    cells = [cells[i] for i in rng.permutation(len(cells)).tolist()]
    spd = float(rng.uniform(5, 9))
    accts = []
    cursor = 0
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="developer_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, ("langchain/0.3.7 python-openai/1.54.0", "OpenAI/Python 1.54.0")),
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            spd,
            bb.workday(tz),
            float(rng.uniform(10, 18)),
            float(rng.uniform(40, 90)),
            0.9,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = []
        for _ in ts:
            prompts.append(tx.dev_question(rng, cells[cursor % len(cells)]))
            cursor += 1
        ips = [office[0] if chance(rng, 0.85) else acct.ips[-1] for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.05),
            ips=ips,
            comp_median=650.0,
            extra=rng.integers(0, 400, size=len(ts)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "coverage sweep disguised as a coding team",
            "pacing": "workday developer sessions",
            "sessions_per_day": spd,
            "ip_source": "office NAT + home ISP",
            "payment": "one corporate card",
            "languages": ["en", "code"],
            "tz": tz,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, R, str], None]] = {
    "nearside_backhand": nearside_backhand,
    "third_man": third_man,
    "tail_shot": tail_shot,
    "knock_in": knock_in,
    "stick_and_ball": stick_and_ball,
    "bell_chukker": bell_chukker,
    "pony_line": pony_line,
    "handicap_ladder": handicap_ladder,
    "neck_shot": neck_shot,
    "divot_stomp": divot_stomp,
    "throw_in": throw_in,
    "offside_hook": offside_hook,
}

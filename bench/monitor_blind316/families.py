"""Campaign families of blind batch 316 (code names from the printing press).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records itself with `ctx.campaign`. Everything is drawn from the
family's own generator, in list order only.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, chance, irange, pick
from bench.monitor_blind316 import texts as tx

Rng = np.random.Generator


def _subset(rng: Rng, seq, lo: int, hi: int) -> list:
    """lo..hi distinct items of `seq`, in a drawn order."""
    k = min(len(seq), irange(rng, lo, hi))
    return [seq[i] for i in rng.permutation(len(seq))[:k].tolist()]


def _weights(rng: Rng, k: int) -> np.ndarray:
    w = rng.dirichlet(np.ones(k) * 1.5)
    return w / w.sum()


def _choose(rng: Rng, seq: list, w: np.ndarray, n: int) -> list:
    return [seq[i] for i in rng.choice(len(seq), size=n, p=w).tolist()]


def _models(ctx: bb.Ctx, rng: Rng, ts: np.ndarray, p_new: float, p_mini: float = 0.03) -> list[str]:
    return ctx.models(rng, ts, p_new=p_new, p_mini=p_mini)


# ---------------------------------------------------------------------------------------------
# compositor: reasoning-trace coercion from a rented hosting block, a worker pool of keys


def compositor(ctx: bb.Ctx, rng: Rng, camp: str) -> None:
    fam = "compositor"
    n_keys, n_orgs = irange(rng, 5, 14), irange(rng, 1, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    card_per_org = chance(rng, 0.5)
    shared_card = bb.hexid(rng, "pay")
    cards = [bb.hexid(rng, "pay") if card_per_org else shared_card for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "scaleway"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 6))
    ua = pick(rng, bb.SDK_OTHER)
    langs = _subset(rng, ["en", "zh", "es", "de", "ru"], 2, 4)
    if "en" not in langs and chance(rng, 0.7):
        langs[0] = "en"
    lw = _weights(rng, len(langs))
    styles = _subset(rng, ["tail", "sections", "json", "persona", "bare"], 2, 4)
    sw = _weights(rng, len(styles))
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        ips = [
            block[j]
            for j in rng.choice(
                len(block), size=min(len(block), irange(rng, 1, 3)), replace=False
            ).tolist()
        ]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=camp,
                org=orgs[o],
                pay=cards[o],
                ua=ua,
                ips=ips,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(20, 75))
    surge = float(rng.uniform(1.5, 3.0))
    pre = bb.worker_pool(rng, start, ctx.release, rate, n_keys)
    post = bb.worker_pool(
        rng, ctx.release + float(rng.uniform(0.5, 6)) * HOUR, ctx.t1, rate * surge, n_keys
    )
    comp = float(rng.uniform(850, 1600))
    for a, t1, t2 in zip(accts, pre, post, strict=True):
        ts = np.concatenate([t1, t2])
        prompts = [
            tx.reasoning_prompt(rng, s, lg)
            for s, lg in zip(
                _choose(rng, styles, sw, len(ts)), _choose(rng, langs, lw, len(ts)), strict=True
            )
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models(ctx, rng, ts, 0.95),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "card per org" if card_per_org else "one prepaid card",
            "ip_source": f"rented {provider} block",
            "pacing": "poisson worker pool, surge after release",
            "per_hour": rate,
            "surge": surge,
            "languages": langs,
            "styles": styles,
            "user_agent": ua,
            "hard": False,
        },
    )


# ---------------------------------------------------------------------------------------------
# pressman: judge / rubric / reward-model grading through VPN exits, scripted bursts


def pressman(ctx: bb.Ctx, rng: Rng, camp: str) -> None:
    fam = "pressman"
    n_keys = irange(rng, 3, 8)
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "linode"))
    exits = bb.cloud(rng, irange(rng, 6, 16), vpn)
    styles = _subset(rng, ["pairwise", "rubric", "reward", "checklist", "zh", "critique"], 2, 4)
    sw = _weights(rng, len(styles))
    hold = float(rng.uniform(20, 90)) * MINUTE
    accts = []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="grader",
                campaign_id=camp,
                ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1")),
                ips=exits,
            )
        )
    per_day = float(rng.uniform(5, 16))
    size = float(rng.uniform(15, 60))
    comp = float(rng.uniform(220, 480))
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant)
        trains = bb.bursts(rng, starts, size, float(rng.uniform(1.5, 4.0)), 0.5, ctx.t1)
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        prompts = []
        for s in _choose(rng, styles, sw, len(ts)):
            q, x, y = pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages)
            prompts.append(tx.judge_prompt(rng, s, q, x, y))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models(ctx, rng, ts, 0.85),
            ips=bb.sticky(rng, ts, exits, hold),
            comp_median=comp,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one stolen card per key",
            "ip_source": f"{vpn} VPN exits, sticky {hold / MINUTE:.0f} min",
            "pacing": "scripted bursts",
            "bursts_per_day": per_day,
            "burst_size": size,
            "styles": styles,
            "languages": ["en", "zh"] if "zh" in styles else ["en"],
            "hard": False,
        },
    )


# ---------------------------------------------------------------------------------------------
# ink_ball: policy / censorship-safe rewrites through a residential proxy pool


def ink_ball(ctx: bb.Ctx, rng: Rng, camp: str) -> None:
    fam = "ink_ball"
    n_keys, n_orgs = irange(rng, 4, 10), irange(rng, 1, 2)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    region = pick(rng, ("*", "sea", "eu", "us", "latam"))
    pool = bb.resi(rng, irange(rng, 200, 600), region)
    hold = float(rng.uniform(5, 20)) * MINUTE
    styles = _subset(rng, ["guidelines", "unrefuse", "zh", "ru", "classify"], 2, 4)
    sw = _weights(rng, len(styles))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i % n_orgs],
            ua=pick(rng, bb.SDK_OTHER),
            ips=pool,
        )
        for i in range(n_keys)
    ]
    rate = float(rng.uniform(4, 15))
    comp = float(rng.uniform(350, 650))
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        ts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
        prompts = [
            tx.policy_prompt(rng, s, pick(rng, ctx.chat), pick(rng, ctx.passages))
            for s in _choose(rng, styles, sw, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models(ctx, rng, ts, 0.9),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=comp,
            err=0.02,
        )
    langs = ["en"] + [s for s in styles if s in ("zh", "ru")]
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "card per key",
            "ip_source": f"residential proxies ({region}), sticky {hold / MINUTE:.0f} min",
            "pacing": "poisson per key",
            "per_hour_per_key": rate,
            "styles": styles,
            "languages": langs,
            "hard": False,
        },
    )


# ---------------------------------------------------------------------------------------------
# hot_metal: agent / tool-use trajectories from an "agent startup" (semi-hard)


def hot_metal(ctx: bb.Ctx, rng: Rng, camp: str) -> None:
    fam = "hot_metal"
    n_keys = irange(rng, 2, 5)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = bb.cloud(rng, irange(rng, 2, 6), provider)
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.58.1",
        ),
    )
    styles = _subset(rng, ["react", "functions", "full_trajectory", "observation"], 2, 4)
    sw = _weights(rng, len(styles))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(1.5, 5))
    steps = float(rng.uniform(5, 11))
    curve = bb.global_load(float(rng.uniform(12, 18)), float(rng.uniform(0.2, 0.5)))
    comp = float(rng.uniform(200, 450))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    for a in accts:
        starts = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, curve)
        trains = bb.bursts(rng, starts, steps, float(rng.uniform(3, 10)), 0.6, ctx.t1)
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        prompts, extra = [], []
        for s in _choose(rng, styles, sw, len(ts)):
            p, e = tx.agent_prompt(rng, s)
            prompts.append(p)
            extra.append(e)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models(ctx, rng, ts, 0.8),
            comp_median=comp,
            extra=extra,
            err=0.015,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": f"{provider} NAT gateways",
            "pacing": "agent loops on a global-load curve",
            "loops_per_hour_per_key": per_hour,
            "steps_per_loop": steps,
            "styles": styles,
            "languages": ["en"],
            "user_agent": ua,
            "hard": True,
        },
    )


# ---------------------------------------------------------------------------------------------
# linotype: synthetic-dataset generation in nightly windows, sybil keys sharing a few cards


def linotype(ctx: bb.Ctx, rng: Rng, camp: str) -> None:
    fam = "linotype"
    n_keys = irange(rng, 6, 18)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    provider = pick(rng, ("digitalocean", "vultr", "linode", "oracle"))
    tz = pick(rng, bb.TZS)
    ua = pick(rng, bb.SDK_OTHER)
    langs = _subset(rng, ["en", "es", "fr", "pt", "ja"], 2, 4)
    lw = _weights(rng, len(langs))
    styles = _subset(rng, ["plain", "seeded", "config", "evolve"], 2, 4)
    sw = _weights(rng, len(styles))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=camp,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
            tz=tz,
        )
        for i in range(n_keys)
    ]
    start_h, hours = float(rng.uniform(0, 24)), float(rng.uniform(4, 9))
    rate = float(rng.uniform(15, 45))
    comp = float(rng.uniform(1700, 2600))
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        ts = bb.thinned(
            rng,
            start,
            ctx.t1,
            rate * (ctx.t1 - start) / HOUR * hours / 24,
            bb.nightly(start_h + float(rng.uniform(-1, 1)), hours, tz),
        )
        prompts = [
            tx.synth_prompt(rng, s, lg)
            for s, lg in zip(
                _choose(rng, styles, sw, len(ts)), _choose(rng, langs, lw, len(ts)), strict=True
            )
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models(ctx, rng, ts, 0.9),
            comp_median=comp,
            comp_sigma=0.35,
            err=0.04,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": f"{len(cards)} cards shared across keys",
            "ip_source": f"one {provider} VM per key",
            "pacing": "nightly windows",
            "window_start_h": start_h,
            "window_hours": hours,
            "per_hour_in_window": rate,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# ---------------------------------------------------------------------------------------------
# kerning: multi-turn dialogue harvest with a user simulator, via a mobile proxy farm (semi-hard)


def kerning(ctx: bb.Ctx, rng: Rng, camp: str) -> None:
    fam = "kerning"
    n_keys = irange(rng, 6, 16)
    orgs = [bb.hexid(rng, "org") for _ in range(max(1, n_keys // irange(rng, 2, 4)))]
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    farm = bb.mobile_v6(rng, irange(rng, 40, 150), carrier)
    hold = float(rng.uniform(10, 30)) * MINUTE
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0"))
    lang_of = {
        "us_mobile": ["en", "es"],
        "in_mobile": ["en", "hi"],
        "br_mobile": ["pt", "en"],
        "eu_mobile": ["en", "es"],
    }
    langs = lang_of[carrier]
    p_second = float(rng.uniform(0.1, 0.4))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="simulator",
            campaign_id=camp,
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=farm,
        )
        for i in range(n_keys)
    ]
    convs_per_day = float(rng.uniform(12, 40))
    turns = float(rng.uniform(4, 9))
    gap = float(rng.uniform(12, 45))
    comp = float(rng.uniform(300, 550))
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        convs = bb.session_times(rng, start, ctx.t1, convs_per_day, bb.constant, turns, gap, 0.5)
        ts_all, prompts, extra = [], [], []
        for conv in convs:
            lg = langs[1] if chance(rng, p_second) else langs[0]
            for k, t in enumerate(conv.tolist()):
                ts_all.append(t)
                prompts.append(
                    tx._clip(pick(rng, ctx.chat), 20, 900, rng)
                    if k == 0
                    else tx.sim_followup(rng, lg)
                )
                extra.append(k * irange(rng, 250, 600))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models(ctx, rng, ts, 0.9),
            ips=bb.sticky(rng, ts, farm, hold),
            comp_median=comp,
            extra=extra,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (user simulator)",
            "keys": n_keys,
            "orgs": len(orgs),
            "payment": f"{len(cards)} cards",
            "ip_source": f"mobile proxy farm ({carrier}, IPv6), rotate {hold / MINUTE:.0f} min",
            "pacing": "conversations around the clock",
            "conversations_per_day": convs_per_day,
            "turns": turns,
            "gap_s": gap,
            "languages": langs,
            "user_agent": ua,
            "hard": True,
        },
    )


# ---------------------------------------------------------------------------------------------
# em_quad: best-of-n / soft-label sampling (the same prompt many times in a row)


def em_quad(ctx: bb.Ctx, rng: Rng, camp: str) -> None:
    fam = "em_quad"
    n_keys = irange(rng, 2, 6)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "alibaba", "tencent"))
    styles = _subset(rng, ["mcq", "confidence", "label", "plain"], 2, 4)
    sw = _weights(rng, len(styles))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2")),
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(1.5, 4))
    n_lo, n_hi = pick(rng, ((4, 8), (8, 16), (5, 12)))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    pools = bb.worker_pool(rng, start, ctx.t1, per_hour * n_keys, n_keys)
    for a, starts in zip(accts, pools, strict=True):
        ts_all, prompts, comps = [], [], []
        for s0, style in zip(starts.tolist(), _choose(rng, styles, sw, len(starts)), strict=True):
            p = tx.softlabel_prompt(rng, style, pick(rng, ctx.chat))
            n = irange(rng, n_lo, n_hi)
            t = s0 + np.cumsum(np.concatenate([[0.0], rng.lognormal(np.log(0.6), 0.7, size=n - 1)]))
            ts_all.extend(t.tolist())
            prompts.extend([p] * n)
            comps.extend([{"mcq": 3.0, "label": 2.0}.get(style, 380.0)] * n)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models(ctx, rng, ts, 0.95),
            comp_median=np.asarray(comps),
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"{provider} VMs",
            "pacing": "repeat trains of one prompt",
            "samples_per_prompt": [n_lo, n_hi],
            "prompts_per_hour_per_key": per_hour,
            "styles": styles,
            "languages": ["en"],
            "hard": False,
        },
    )


# ---------------------------------------------------------------------------------------------
# punchcutter: curriculum sweep dressed as an ed-tech content team (hard)


def punchcutter(ctx: bb.Ctx, rng: Rng, camp: str) -> None:
    fam = "punchcutter"
    n_keys = irange(rng, 2, 4)
    tz = pick(rng, (-5, 0, 1, 2, 5, 8))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
    subjects = _subset(rng, list(tx._SUBJECTS), 3, 6)
    styles = _subset(rng, ["lesson", "items", "explain"], 2, 3)
    second = pick(rng, ("es", "id"))
    p_second = float(rng.uniform(0.0, 0.3))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="content_key",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(25, 70))
    comp = float(rng.uniform(900, 1500))
    curve = bb.workday(
        tz, start=float(rng.uniform(7.5, 9.5)), end=float(rng.uniform(17, 19.5)), weekend=0.15
    )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    # the grid is walked in order (subject, unit, level), each key taking the next cell
    grid = [(s, u, lv) for s in subjects for u in range(10) for lv in range(1, 6)]
    pos = irange(rng, 0, len(grid) - 1)
    for a in accts:
        ts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR * 0.3, curve)
        prompts = []
        for _ in range(len(ts)):
            s, u, lv = grid[pos % len(grid)]
            pos += 1
            lg = second if chance(rng, p_second) else "en"
            prompts.append(tx.curriculum_prompt(rng, pick(rng, styles), s, u, lv, lg))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models(ctx, rng, ts, 0.8, 0.02),
            comp_median=comp,
            comp_sigma=0.4,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": "office broadband",
            "tz": tz,
            "pacing": "working hours only",
            "per_hour_peak": rate,
            "subjects": subjects,
            "styles": styles,
            "languages": ["en", second] if p_second > 0.02 else ["en"],
            "user_agent": ua,
            "hard": True,
        },
    )


# ---------------------------------------------------------------------------------------------
# bodkin: translation harvest, one passage fanned out to many target languages


def bodkin(ctx: bb.Ctx, rng: Rng, camp: str) -> None:
    fam = "bodkin"
    n_keys = irange(rng, 3, 6)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("contabo", "ovh", "hetzner", "selectel"))
    block = bb.rented_block(rng, provider, 1, irange(rng, 3, 8))
    targets = _subset(rng, list(tx.LANG_NAMES), 6, 12)
    styles = _subset(rng, ["plain", "json", "arrow", "zh", "pro"], 1, 3)
    ua = pick(rng, ("python-httpx/0.28.1", "Go-http-client/2.0", "reqwest/0.12.12"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=[pick(rng, block)],
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(1, 3))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    pools = bb.worker_pool(rng, start, ctx.t1, per_hour * n_keys, n_keys)
    for a, starts in zip(accts, pools, strict=True):
        ts_all, prompts, comps = [], [], []
        for s0 in starts.tolist():
            text = tx.paragraph(rng, pick(rng, ctx.passages))
            style = pick(rng, styles)
            langs = _subset(rng, targets, max(3, len(targets) - 4), len(targets))
            t = s0 + np.cumsum(
                np.concatenate([[0.0], rng.lognormal(np.log(1.5), 0.6, size=len(langs) - 1)])
            )
            ts_all.extend(t.tolist())
            prompts.extend(tx.translation_prompt(rng, style, text, lg) for lg in langs)
            comps.extend([max(40.0, len(text) / 3.5)] * len(langs))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models(ctx, rng, ts, 0.9),
            comp_median=np.asarray(comps),
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "parallel-corpus translation harvest",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one prepaid card",
            "ip_source": f"{provider} /24",
            "pacing": "fan-out bursts from a worker pool",
            "passages_per_hour_per_key": per_hour,
            "languages": ["en", *targets],
            "styles": styles,
            "user_agent": ua,
            "hard": False,
        },
    )


# ---------------------------------------------------------------------------------------------
# toggle_press: code harvest hidden inside a real IDE-assistant product's traffic (hard)


def toggle_press(ctx: bb.Ctx, rng: Rng, camp: str) -> None:
    fam = "toggle_press"
    n_keys = irange(rng, 2, 4)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = bb.cloud(rng, irange(rng, 3, 6), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    product = pick(rng, ("Quillstack", "Ferrule", "Nibcode", "Tessel"))
    devs = tx.code_like(ctx.chat)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    legit_rate = float(rng.uniform(15, 40))
    share = float(rng.uniform(0.25, 0.6))
    curve = bb.global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.35, 0.6)))
    styles = _subset(rng, ["spec", "ide", "explain", "todo"], 2, 4)
    sw = _weights(rng, len(styles))
    langs = _subset(rng, list(tx.CODE_LANGS), 4, 8)
    grid = [(f, lg) for f in tx._FUNCS for lg in langs]
    order = rng.permutation(len(grid)).tolist()
    harvest_from = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    pos = 0
    for a in accts:
        ts_l = bb.thinned(rng, ctx.t0, ctx.t1, legit_rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        ts_h = bb.thinned(
            rng, harvest_from, ctx.t1, legit_rate * share * (ctx.t1 - harvest_from) / HOUR, curve
        )
        legit = [
            f"[{product}] {tx._clip(pick(rng, devs), 20, 1500, rng)}"
            if chance(rng, 0.8)
            else f"[{product}] {tx.human_followup(rng)}"
            for _ in range(len(ts_l))
        ]
        harvest = []
        for s in _choose(rng, styles, sw, len(ts_h)):
            f, lg = grid[order[pos % len(grid)]]
            pos += 1
            harvest.append(f"[{product}] {tx.code_task_prompt(rng, s, f, lg)}")
        ctx.emit(
            rng,
            a,
            ts_l,
            legit,
            models=_models(ctx, rng, ts_l, 0.35, 0.1),
            comp_median=320.0,
            err=0.01,
        )
        ctx.emit(
            rng,
            a,
            ts_h,
            harvest,
            models=_models(ctx, rng, ts_h, 0.95),
            comp_median=900.0,
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code harvest inside a live product",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": f"{provider} NAT gateways",
            "pacing": "product global load",
            "legit_per_hour_per_key": legit_rate,
            "harvest_share": share,
            "harvest_from": harvest_from,
            "languages": ["en"],
            "code_languages": langs,
            "styles": styles,
            "user_agent": ua,
            "hard": True,
        },
    )


# ---------------------------------------------------------------------------------------------
# dead_metal: bought aged accounts, taken over around the release (hard)


def dead_metal(ctx: bb.Ctx, rng: Rng, camp: str) -> None:
    fam = "dead_metal"
    n = irange(rng, 12, 28)
    region = pick(rng, ("us", "eu", "*", "latam"))
    pool = bb.resi(rng, irange(rng, 40, 120), region)
    hold = float(rng.uniform(30, 120)) * MINUTE
    p_spoof = float(rng.uniform(0.4, 0.9))
    styles = _subset(rng, ["plain", "lower", "framed"], 2, 3)
    harvest_rate = float(rng.uniform(2, 7))
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        browser = pick(rng, bb.BROWSERS + bb.MOBILE[:3])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=camp,
            ua=browser,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-0.6, 1.2)) * DAY
        # the previous owner's history
        sess = bb.session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.3, 1.5)),
            bb.evening_person(tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(60, 200)),
        )
        ts_o = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        own = [
            tx._clip(pick(rng, ctx.chat), 10, 1200, rng)
            if chance(rng, 0.8)
            else tx.human_followup(rng)
            for _ in range(len(ts_o))
        ]
        ctx.emit(rng, a, ts_o, own, models=_models(ctx, rng, ts_o, 0.2, 0.15), comp_median=330.0)
        # the buyer's harvest
        ts_h = bb.thinned(rng, take, ctx.t1, harvest_rate * (ctx.t1 - take) / HOUR, bb.constant)
        ua = browser if chance(rng, p_spoof) else pick(rng, bb.SDK_COMMON[:2])
        prompts = [
            tx.knowledge_prompt(rng, pick(rng, styles))
            if chance(rng, 0.75)
            else tx.reasoning_prompt(rng, "bare", "en")
            for _ in range(len(ts_h))
        ]
        ctx.emit(
            rng,
            a,
            ts_h,
            prompts,
            models=_models(ctx, rng, ts_h, 0.9),
            ips=bb.sticky(rng, ts_h, pool, hold),
            ua=ua,
            comp_median=750.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "knowledge harvest through bought aged accounts",
            "keys": n,
            "orgs": n,
            "payment": "each account's original card",
            "ip_source": f"home IP, then residential proxies ({region})",
            "pacing": "owner's evenings, then a slow steady stream",
            "harvest_per_hour": harvest_rate,
            "p_keep_browser_ua": p_spoof,
            "styles": styles,
            "languages": ["en"],
            "hard": True,
        },
    )


# ---------------------------------------------------------------------------------------------
# spindle: public prompt replay by a person-like crowd of fresh accounts (hard)


def spindle(ctx: bb.Ctx, rng: Rng, camp: str) -> None:
    fam = "spindle"
    n = irange(rng, 20, 45)
    order = rng.permutation(len(ctx.chat)).tolist()
    per_acct = len(order) // n
    p_cont = float(rng.uniform(0.03, 0.12))
    accts = []
    for i in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else pick(rng, bb.MOBILE[:3])
        pool = bb.home(rng, irange(rng, 3, 10), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=camp,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        first = ctx.release + float(rng.uniform(-0.7, 1.2)) * DAY
        sess = bb.session_times(
            rng,
            first,
            ctx.t1,
            float(rng.uniform(2, 6)),
            bb.evening_person(tz, 3.0),
            float(rng.uniform(4, 9)),
            float(rng.uniform(50, 180)),
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        mine = order[i * per_acct : (i + 1) * per_acct]
        prompts, j = [], 0
        for _ in range(len(ts)):
            if j and chance(rng, p_cont):
                prompts.append("continue")
            else:
                prompts.append(ctx.chat[mine[j % len(mine)]])
                j += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models(ctx, rng, ts, 0.92),
            ips=bb.sticky(rng, ts, pool, 2 * HOUR),
            comp_median=480.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public prompt replay (new-model answers)",
            "keys": n,
            "orgs": n,
            "payment": "card per account",
            "ip_source": "residential proxies matching each persona's time zone",
            "pacing": "human-like evening sessions",
            "p_continue": p_cont,
            "languages": ["as in ShareGPT"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "compositor": compositor,
    "pressman": pressman,
    "ink_ball": ink_ball,
    "hot_metal": hot_metal,
    "linotype": linotype,
    "kerning": kerning,
    "em_quad": em_quad,
    "punchcutter": punchcutter,
    "bodkin": bodkin,
    "toggle_press": toggle_press,
    "dead_metal": dead_metal,
    "spindle": spindle,
}

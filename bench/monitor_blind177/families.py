"""Campaign families of batch 177 (code names from bat and trap).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes its
events through `ctx.emit` and records one campaign through `ctx.campaign`. Every choice (key
counts, orgs, cards, pacing, addresses, user agents, languages, styles, models) is drawn from the
family's own generator. See README.md for what each family harvests and why it is hard.
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
from bench.monitor_blind177 import texts

LABEL = "campaign"


def _langs(rng: np.random.Generator, base: dict[str, float], keep: int) -> dict[str, float]:
    """A random subset of `keep` languages (the first key always kept) with dirichlet-jittered weights."""
    keys = list(base)
    rest = keys[1:]
    chosen = [keys[0]] + [rest[i] for i in rng.permutation(len(rest))[: max(0, keep - 1)].tolist()]
    w = rng.dirichlet(np.ones(len(chosen)) * 2.0)
    return {k: float(round(base[k] * x, 4)) for k, x in zip(chosen, w.tolist(), strict=True)}


def _styles(rng: np.random.Generator, n_styles: int, lo: int = 2) -> list[int]:
    k = irange(rng, min(lo, n_styles), n_styles)
    return sorted(int(x) for x in rng.permutation(n_styles)[:k].tolist())


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _lang_of_tz(rng: np.random.Generator, tz: int, p_native: float) -> str:
    native = {
        -8: "en",
        -5: "en",
        -3: pick(rng, ("pt", "es")),
        0: "en",
        1: pick(rng, ("de", "fr")),
        2: "en",
        3: "ru",
        5: "hi",
        8: "zh",
        9: "ja",
    }[tz]
    return native if chance(rng, p_native) else "en"


# ------------------------------------------------------------------------------------------


def striker(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion swept as a difficulty curriculum by a cloud worker pool."""
    name = "striker"
    n = irange(rng, 14, 36)
    n_orgs = irange(rng, 2, 5)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    uas = [sdk_ua(rng, 0.3) for _ in range(n_orgs)]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "linode"))
    block = rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 4, 8))
    langs = _langs(
        rng, {"en": 3.0, "zh": 1.6, "ru": 1.0, "de": 0.5, "es": 0.6, "ja": 0.4}, irange(rng, 2, 5)
    )
    styles = _styles(rng, 4)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate, boost = float(rng.uniform(30, 60)), float(rng.uniform(1.6, 2.4))
    peak = float(rng.uniform(0, 24))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=uas[i % n_orgs],
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    pre = worker_pool(rng, start, ctx.release, rate, n, global_load(peak, 0.25))
    post = worker_pool(
        rng, max(start, ctx.release), ctx.t1, rate * boost, n, global_load(peak, 0.25)
    )
    comp = float(rng.uniform(900, 1500))
    for acct, a, b in zip(accts, pre, post, strict=True):
        ts = _concat([a, b])
        frac = (ts - start) / max(ctx.t1 - start, 1.0)
        levels = (
            np.clip(1 + np.floor(frac * 5 + rng.normal(0, 0.6, len(ts))), 1, 5).astype(int).tolist()
        )
        prompts = [texts.reasoning(rng, texts.weighted(rng, langs), styles, lv) for lv in levels]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.94, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion, curriculum of levels 1-5 over time",
            "pacing": f"Poisson worker pool {rate:.0f}/h before release, x{boost:.2f} after",
            "ip_source": f"rented {prov} /24s",
            "payment": f"{n_orgs} prepaid cards, one per org",
            "user_agent": uas,
            "languages": langs,
            "styles": styles,
            "start": start,
        },
    )


def bowler(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading in nightly batch bursts from a residential proxy pool."""
    name = "bowler"
    n = irange(rng, 8, 16)
    region = pick(rng, ("us", "eu", "latam", "sea", "in"))
    pool = resi(rng, irange(rng, 150, 400), region)
    tz_op = pick(rng, TZS)
    start_h, hours = float(rng.uniform(21, 26)) % 24, float(rng.uniform(4, 8))
    hold = float(rng.uniform(600, 2400))
    langs = _langs(rng, {"en": 4.0, "es": 0.7, "de": 0.6, "ja": 0.5, "zh": 0.8}, irange(rng, 1, 4))
    styles = _styles(rng, 4)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts = []
    for _ in range(n):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="grader",
            campaign_id=cid,
            ua=sdk_ua(rng, 0.5),
            ips=pool[:1],
        )
        per_day = float(rng.uniform(1.0, 2.6))
        starts = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, nightly(start_h, hours, tz_op)
        )
        ts = _concat(
            bursts(rng, starts, float(rng.uniform(25, 65)), float(rng.uniform(1.5, 5.0)), b=ctx.t1)
        )
        prompts = []
        for _t in range(len(ts)):
            lang = texts.weighted(rng, langs)
            style = 4 if lang != "en" else pick(rng, styles)
            prompts.append(texts.judge(rng, ctx.chat, ctx.passages, style, lang))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.88, p_mini=0.04),
            ips=sticky(rng, ts, pool, hold),
            comp_median=220.0,
            comp_sigma=0.7,
            err=0.02,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge/rubric/reward-model grading (pointwise, pairwise, scalar reward, critique)",
            "pacing": f"nightly bursts from {start_h:.1f}h for {hours:.1f}h at UTC{tz_op:+d}",
            "ip_source": f"residential proxy pool in {region}, sticky {hold:.0f}s",
            "payment": "one stolen card per key",
            "languages": langs,
            "styles": styles,
            "start": start,
        },
    )


def batsman(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Censorship-safe / policy rewrites and refusal-boundary harvest over VPN exits."""
    name = "batsman"
    n = irange(rng, 6, 12)
    provs = [
        pick(rng, ("m247", "leaseweb", "ovh", "digitalocean", "vultr"))
        for _ in range(irange(rng, 1, 2))
    ]
    pool = [ip for p in provs for ip in rented_block(rng, p, irange(rng, 3, 8), irange(rng, 2, 5))]
    tz = pick(rng, (8, 3, 8, 2))
    n_cards = irange(rng, 2, 3)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    langs = _langs(rng, {"zh": 3.0, "en": 2.0, "ru": 1.0, "ar": 0.6}, irange(rng, 2, 4))
    styles = _styles(rng, 4)
    hold = float(rng.uniform(1800, 7200))
    rate = float(rng.uniform(30, 70))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="rewriter",
            campaign_id=cid,
            pay=cards[i % n_cards],
            ua=pick(rng, BROWSERS) if chance(rng, 0.5) else "python-requests/2.32.3",
            ips=pool[:1],
        )
        for i in range(n)
    ]
    for acct, ts in zip(
        accts, worker_pool(rng, start, ctx.t1, rate, n, workday(tz, weekend=0.3)), strict=True
    ):
        prompts = [
            texts.policy_rewrite(rng, ctx.passages, texts.weighted(rng, langs), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=sticky(rng, ts, pool, hold),
            comp_median=450.0,
            comp_sigma=0.6,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy-compliant rewrites, ideal refusals, allow/refuse classification",
            "pacing": f"worker pool {rate:.0f}/h on a UTC{tz:+d} working day",
            "ip_source": f"VPN exits on {provs}, reconnect every {hold:.0f}s",
            "payment": f"{n_cards} shared cards",
            "languages": langs,
            "styles": styles,
            "start": start,
        },
    )


def flap(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use trajectories generated episode by episode around the model release."""
    name = "flap"
    n = irange(rng, 5, 10)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws"))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "OpenAI/Python 1.63.2"))
    styles = _styles(rng, 3, 1)
    start = ctx.release - float(rng.uniform(0.2, 1.2)) * DAY
    schema = irange(rng, 700, 2200)
    accts = []
    for _ in range(n):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        per_day = float(rng.uniform(15, 40))
        ts_all, prompts, extra = [], [], []
        for s in thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant).tolist():
            task = texts.agent_task(rng)
            style = pick(rng, styles)
            k = irange(rng, 4, 14)
            steps = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(rng.uniform(4, 12)), 0.6, k - 1))]
            )
            for j, t in enumerate(steps.tolist()):
                ts_all.append(t)
                prompts.append(texts.agent_step(rng, task, j, style))
                extra.append(schema + 180 * j + irange(rng, 0, 120))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            extra=extra,
            comp_median=140.0,
            comp_sigma=0.5,
            err=0.015,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent trajectories: tool schema + goal + observations, one call per step",
            "pacing": "Poisson episodes per key, 4-14 steps each, seconds apart",
            "ip_source": f"{prov} VMs",
            "payment": "one corporate card",
            "user_agent": ua,
            "styles": styles,
            "start": start,
            "schema_tokens": schema,
            "languages": {"en": 1.0},
        },
    )


def fielder(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic instruction-dataset generation and parallel-corpus translation, 24/7."""
    name = "fielder"
    n = irange(rng, 18, 32)
    n_orgs = irange(rng, 3, 6)
    orgs = [
        (
            hexid(rng, "org"),
            hexid(rng, "pay"),
            pick(rng, ("aws", "azure", "gcp", "oracle")),
            sdk_ua(rng, 0.5),
        )
        for _ in range(n_orgs)
    ]
    langs = _langs(
        rng, {"en": 3.0, "es": 1.0, "pt": 1.0, "id": 0.8, "vi": 0.8, "tr": 0.6}, irange(rng, 2, 6)
    )
    styles = _styles(rng, 4)
    rate = float(rng.uniform(40, 90))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    accts = []
    for i in range(n):
        o, p, prov, ua = orgs[i % n_orgs]
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=name,
                role="generator",
                campaign_id=cid,
                org=o,
                pay=p,
                ua=ua,
                ips=cloud(rng, 1, prov),
            )
        )
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n), strict=True):
        prompts = [
            texts.dataset_gen(rng, ctx.passages, texts.weighted(rng, langs), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=1400.0,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic SFT data (JSONL pairs, dialogues, seed expansion) and translation pairs",
            "pacing": f"24/7 worker pool {rate:.0f}/h",
            "ip_source": "cloud VMs, one per key",
            "payment": f"{n_orgs} cards, one per org",
            "languages": langs,
            "styles": styles,
            "start": start,
        },
    )


def hinged_flap(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: harvest hidden inside a real writing-assistant product's own API traffic."""
    name = "hinged_flap"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    egress = cloud(rng, irange(rng, 2, 3), prov)
    product = pick(rng, ("Quillmate", "Draftwise", "PenPal Pro", "Inkling Studio"))
    peak = float(rng.uniform(13, 21))
    user_rate = float(rng.uniform(25, 50))
    share = float(rng.uniform(0.35, 0.7))
    h_start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=egress,
        )
        for _ in range(n)
    ]
    for acct in accts:
        span = ctx.t1 - ctx.t0
        u = thinned(rng, ctx.t0, ctx.t1, user_rate * span / HOUR / n, global_load(peak, 0.6))
        h = thinned(
            rng,
            h_start,
            ctx.t1,
            user_rate * share * (ctx.t1 - h_start) / HOUR / n,
            global_load((peak + 12) % 24, 0.5),
        )
        up = [texts.product_user(rng, ctx.chat, product) for _ in range(len(u))]
        ctx.emit(
            rng,
            acct,
            u,
            up,
            models=ctx.models(rng, u, p_new=0.45, p_mini=0.25),
            comp_median=260.0,
            comp_sigma=0.7,
            err=0.01,
        )
        hp = [texts.product_harvest(rng, product) for _ in range(len(h))]
        ctx.emit(
            rng,
            acct,
            h,
            hp,
            models=ctx.models(rng, h, p_new=0.95, p_mini=0.0),
            comp_median=1100.0,
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "long-form explainer harvest mixed into a writing app's real user traffic",
            "product": product,
            "pacing": f"users {user_rate:.0f}/h peaking {peak:.1f} UTC; harvest {share:.2f}x "
            f"that, off-peak",
            "ip_source": f"the product's {prov} egress",
            "payment": "the company's card",
            "harvest_start": h_start,
            "languages": {"en": 1.0},
        },
    )


def see_saw(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: bought aged personal accounts, taken over around the release and used moderately
    through residential proxies in each original owner's own region."""
    name = "see_saw"
    n = irange(rng, 18, 30)
    tzs = [
        int(x) for x in rng.choice(np.asarray(TZS), size=irange(rng, 2, 3), replace=False).tolist()
    ]
    base = ctx.release + float(rng.uniform(-1.2, 0.4)) * DAY
    keep_ua = float(rng.uniform(0.4, 0.8))
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else pick(rng, SDK_COMMON)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        take = base + float(rng.uniform(0, 0.8)) * DAY
        takeovers.append(take)
        own = _concat(
            session_times(
                rng,
                ctx.t0,
                take,
                float(rng.uniform(0.4, 1.5)),
                evening_person(tz),
                float(rng.uniform(2, 6)),
                90.0,
            )
        )
        ctx.emit(
            rng,
            acct,
            own,
            [texts.clip(pick(rng, ctx.chat), 1500) for _ in range(len(own))],
            models=ctx.models(rng, own, p_new=0.2),
            comp_median=350.0,
            comp_sigma=0.8,
        )
        per_day = float(rng.uniform(35, 100))
        ts = thinned(
            rng,
            take,
            ctx.t1,
            per_day * (ctx.t1 - take) / DAY,
            global_load(float(rng.uniform(0, 24)), 0.35),
        )
        proxies = home(rng, irange(rng, 15, 50), tz)
        lang = _lang_of_tz(rng, tz, 0.5)
        prompts = [
            texts.expert_question(rng, lang)
            if chance(rng, 0.8)
            else texts.problem(rng, irange(rng, 1, 3)) + " Explain your reasoning fully."
            for _ in range(len(ts))
        ]
        new_ua = ua if chance(rng, keep_ua) else sdk_ua(rng, 0.6)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            ips=sticky(rng, ts, proxies, float(rng.uniform(1800, 7200))),
            ua=new_ua,
            comp_median=800.0,
            comp_sigma=0.55,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "explanatory-answer harvest on purchased aged personal accounts",
            "pacing": "owner's own evening sessions, then 35-100/day after takeover",
            "ip_source": "owner-region residential proxies (sticky)",
            "payment": "each owner's original card",
            "owner_tzs": tzs,
            "takeovers": takeovers,
            "keep_ua_p": keep_ua,
        },
    )


def wooden_box(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: a low-and-slow crowd of paid workers pasting a task sheet into personal accounts."""
    name = "wooden_box"
    n = irange(rng, 60, 110)
    tzs = [
        int(x)
        for x in rng.choice(
            np.asarray((5, 8, -3, 1, 3)), size=irange(rng, 1, 2), replace=False
        ).tolist()
    ]
    onboard = ctx.t0 + float(rng.uniform(0.3, 2.0)) * DAY
    spread = float(rng.uniform(0.5, 1.5)) * DAY
    p_native = float(rng.uniform(0.1, 0.4))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ips = home(rng, 1, tz)
        if chance(rng, 0.25):
            ips += home(rng, 1, tz)
        ua = pick(rng, MOBILE) if chance(rng, 0.4) else pick(rng, BROWSERS)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="crowd_worker",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        s0 = onboard + float(rng.uniform(0, spread))
        shift = float(rng.uniform(9, 15))
        ts = _concat(
            session_times(
                rng,
                s0,
                ctx.t1,
                float(rng.uniform(1.0, 2.5)),
                workday(tz, start=shift, end=shift + float(rng.uniform(5, 9)), weekend=0.5),
                float(rng.uniform(4, 9)),
                float(rng.uniform(70, 160)),
            )
        )
        lang = _lang_of_tz(rng, tz, p_native)
        bias = irange(rng, 0, 7)
        prompts = [texts.crowd_question(rng, lang, bias) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.05),
            comp_median=650.0,
            comp_sigma=0.6,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "crowd workers paste sheet questions (explanations, worked examples) into own accounts",
            "pacing": "human sessions in a work shift, 1-2.5 per day",
            "ip_source": "workers' home ISPs",
            "payment": "one prepaid virtual card per worker",
            "tzs": tzs,
            "onboard": onboard,
            "spread_s": spread,
            "p_native": p_native,
        },
    )


def umpire(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: public prompt replay: real users' ShareGPT prompts re-sent once each to the new model."""
    name = "umpire"
    n = irange(rng, 10, 20)
    start = ctx.release - float(rng.uniform(0, 0.5)) * DAY
    rate = float(rng.uniform(40, 90))
    peak = float(rng.uniform(0, 24))
    accts, pools = [], []
    for _ in range(n):
        region = pick(rng, ("us", "eu", "jp_kr", "latam", "in"))
        pool = resi(rng, irange(rng, 20, 60), region)
        pools.append((pool, float(rng.uniform(1200, 5400))))
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=name,
                role="replayer",
                campaign_id=cid,
                ua=pick(rng, SDK_COMMON),
                ips=pool[:1],
            )
        )
    streams = worker_pool(rng, start, ctx.t1, rate, n, global_load(peak, 0.3))
    allts = np.concatenate([s for s in streams])
    owner = np.concatenate([np.full(len(s), i) for i, s in enumerate(streams)])
    order = np.argsort(allts, kind="stable")
    perm = rng.permutation(len(ctx.chat))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    for i, acct in enumerate(accts):
        sel = owner == i
        ts = allts[sel]
        prompts = [ctx.chat[int(perm[r % len(perm)])] for r in rank[sel].tolist()]
        pool, hold = pools[i]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            ips=sticky(rng, ts, pool, hold),
            comp_median=380.0,
            comp_sigma=0.8,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "verbatim replay of a public prompt set, each prompt once across keys",
            "pacing": f"shared queue {rate:.0f}/h",
            "ip_source": "residential proxies, one region per key",
            "payment": "one card per key",
            "start": start,
            "languages": {"en": 1.0},
        },
    )


def stumps(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest posing as a phone chat app on carrier networks."""
    name = "stumps"
    n = irange(rng, 8, 14)
    cards = [hexid(rng, "pay") for _ in range(2)]
    orgs = [hexid(rng, "org") for _ in range(2)]
    kinds = {"in_mobile": "hi", "br_mobile": "pt", "us_mobile": "en", "eu_mobile": "es"}
    carriers = [
        str(x)
        for x in rng.choice(np.asarray(list(kinds)), size=irange(rng, 1, 3), replace=False).tolist()
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    p_en = float(rng.uniform(0.3, 0.7))
    accts = []
    for i in range(n):
        carrier = pick(rng, carriers)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="dialogue_bot",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)")),
            ips=mobile_v6(rng, 1, carrier),
        )
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(8, 20)),
            constant,
            float(rng.uniform(5, 10)),
            float(rng.uniform(12, 30)),
            0.5,
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for sess in sessions:
            lang = "en" if chance(rng, p_en) else kinds[carrier]
            persona = pick(rng, texts.PERSONAS)
            topic = pick(rng, texts.TOPICS)
            ip = mobile_v6(rng, 1, carrier)[0]
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(texts.dialogue_turn(rng, lang, persona, j, topic))
                extra.append(120 + 260 * j)
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=ips,
            extra=extra,
            comp_median=260.0,
            comp_sigma=0.6,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "simulated-user multi-turn dialogues (history resent each turn)",
            "pacing": "scripted sessions 24/7, 12-30 s between turns",
            "ip_source": f"carrier IPv6 {carriers}",
            "payment": "2 cards",
            "p_en": p_en,
            "start": start,
        },
    )


def pop_up(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n resampling and soft-label (probability) harvest from a few heavy keys."""
    name = "pop_up"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("azure", "oracle", "aws"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    start = ctx.release - float(rng.uniform(0, 0.3)) * DAY
    p_bon = float(rng.uniform(0.45, 0.75))
    accts = []
    for _ in range(n):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        groups = thinned(
            rng, start, ctx.t1, float(rng.uniform(4, 9)) * (ctx.t1 - start) / HOUR, constant
        )
        ts_all, prompts = [], []
        for s in groups.tolist():
            if chance(rng, p_bon):
                k, p = pick(rng, (4, 8, 8, 16)), texts.open_question(rng, ctx.chat)
                batch = [p] * k
            else:
                k = irange(rng, 1, 3)
                batch = [texts.soft_label(rng, ctx.chat) for _ in range(k)]
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.5, k - 1))])
            ts_all.extend(t.tolist())
            prompts.extend(batch)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=420.0,
            comp_sigma=0.6,
            err=0.05,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n (4-16 identical samples) and soft-label confidences",
            "pacing": "Poisson groups, sub-second within a group",
            "ip_source": f"{prov} VMs",
            "payment": "one card",
            "user_agent": ua,
            "p_best_of_n": p_bon,
            "start": start,
            "languages": {"en": 1.0},
        },
    )


def easter_monday(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: a code-harvest grid (algorithm x language x task) worked through by developer-like
    accounts of small dev shops, in office hours from office and home broadband."""
    name = "easter_monday"
    n = irange(rng, 25, 45)
    n_orgs = irange(rng, 3, 6)
    ides = (
        "OpenAI/NodeJS 4.85.1",
        "continue/0.9.250 (vscode 1.96.2)",
        "JetBrains-AI-Assistant/243.22562",
        "OpenAI/Python 1.58.1",
        "OpenAI/Python 1.54.0",
    )
    shops = []
    for _ in range(n_orgs):
        tz = pick(rng, TZS)
        shops.append((hexid(rng, "org"), hexid(rng, "pay"), tz, home(rng, 1, tz)[0]))
    grid = [(a, la, k) for a in texts.ALGOS for la in texts.CODE_LANGS for k in texts.CODE_ASKS]
    order = rng.permutation(len(grid))
    accts, per = [], []
    for i in range(n):
        org, pay, tz, office = shops[i % n_orgs]
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="developer",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, ides),
            ips=[office] + home(rng, 1, tz),
            tz=tz,
        )
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sess = session_times(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(3, 6)),
            workday(tz),
            float(rng.uniform(6, 12)),
            float(rng.uniform(40, 110)),
        )
        ts = _concat(sess)
        ips = [office if chance(rng, 0.8) else acct.ips[1] for _ in range(len(ts))]
        per.append((acct, ts, ips))
        accts.append(acct)
    allts = np.concatenate([p[1] for p in per])
    rank = np.empty(len(allts), dtype=np.int64)
    rank[np.argsort(allts, kind="stable")] = np.arange(len(allts))
    pos = 0
    p_chat = float(rng.uniform(0.1, 0.25))
    for acct, ts, ips in per:
        prompts = []
        for r in rank[pos : pos + len(ts)].tolist():
            if chance(rng, p_chat):
                prompts.append(texts.dev_chatter(rng))
            else:
                a, la, k = grid[int(order[r % len(grid)])]
                prompts.append(texts.code_task(rng, a, la, k))
        pos += len(ts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            ips=ips,
            comp_median=700.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code harvest grid: implement/test/port/optimise/explain x algorithms x languages",
            "pacing": "office-hour sessions per developer",
            "ip_source": "office broadband + home ISP",
            "payment": f"{n_orgs} shop cards",
            "shops": [s[2] for s in shops],
            "p_chatter": p_chat,
            "user_agents": list(ides),
            "grid_cells": len(grid),
            "languages": {"en": 1.0},
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "striker": striker,
    "bowler": bowler,
    "batsman": batsman,
    "flap": flap,
    "fielder": fielder,
    "hinged_flap": hinged_flap,
    "see_saw": see_saw,
    "wooden_box": wooden_box,
    "umpire": umpire,
    "stumps": stumps,
    "pop_up": pop_up,
    "easter_monday": easter_monday,
}

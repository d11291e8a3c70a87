"""Campaign families of batch 337 (code names from bobsled vocabulary).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
events through `ctx.emit` and records the campaign with `ctx.campaign`. Every draw comes from the
family's own generator, in list order."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
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
    multi_office,
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
from bench.monitor_blind337 import texts as tx

Rng = np.random.Generator

#: user agents common among the background's ordinary users (what a careful operator copies)
PLAIN_UAS = ("OpenAI/Python 1.54.0", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1") + BROWSERS[:2]


def _weighted(rng: Rng, items: list[str], weights: list[float], n: int) -> list[str]:
    p = np.asarray(weights, dtype=np.float64)
    idx = rng.choice(len(items), size=n, p=p / p.sum())
    return [items[i] for i in idx.tolist()]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _release_models(
    ctx: Ctx, rng: Rng, ts: np.ndarray, p_new: float, before: str | None = None
) -> list[str]:
    """The new model with probability p_new after release; `before` (or the old flagship) before."""
    ts = np.asarray(ts)
    u = rng.random(len(ts))
    old = before or ctx.old_models[0]
    return [
        ctx.new_model if (t >= ctx.release and a < p_new) else old
        for t, a in zip(ts.tolist(), u.tolist(), strict=True)
    ]


# ============================================================================================
# 1. reasoning-trace coercion from a rented hosting block (worker pool)


def push_handle(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 14, 26)
    n_orgs = irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    org_cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo"))
    block = rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 4, 8))
    main_ua = sdk_ua(rng, 0.3)
    langs = ["en", "zh", "es", "ru", "de"]
    lang_w = [0.45, 0.25, 0.12, 0.1, 0.08]
    accts = []
    for k in range(n_keys):
        o = k % n_orgs
        pay = org_cards[o] if chance(rng, 0.7) else None
        ips = picks(rng, block, irange(rng, 1, 3))
        ua = main_ua if chance(rng, 0.8) else sdk_ua(rng, 0.3)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family="push_handle",
                role="worker",
                campaign_id=cid,
                org=orgs[o],
                pay=pay,
                ua=ua,
                ips=ips,
            )
        )
    styles = [pick(rng, tx.REASONING_STYLES) for _ in range(n_keys)]
    start = ctx.release - float(rng.uniform(0.1, 0.6)) * DAY
    per_hour = float(rng.uniform(80, 150))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for acct, ts, style in zip(accts, streams, styles, strict=True):
        lg = _weighted(rng, langs, lang_w, len(ts))
        prompts = [tx.reasoning_prompt(rng, style, lang) for lang in lg]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_release_models(ctx, rng, ts, 0.97),
            comp_median=1400.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        "push_handle",
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, JSON step lists, solution manuals, boxed answers)",
            "pacing": f"one Poisson job queue, {per_hour:.0f}/h, spread over {n_keys} keys from just before release",
            "ip_source": f"rented {provider} /24 block",
            "payment": f"{n_orgs} shared prepaid cards (70% of keys), rest one card each",
            "user_agent": main_ua,
            "languages": langs,
            "styles": sorted(set(styles)),
            "models": "new model 97% after release",
            "hard": False,
        },
    )


# ============================================================================================
# 2. judge / rubric / reward-model grading jobs from cloud VMs


def runner_polish(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 6, 12)
    n_orgs = irange(rng, 2, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    pool = cloud(rng, irange(rng, 3, 6), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("python-httpx/0.28.1", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="runner_polish",
            role="grader",
            campaign_id=cid,
            org=orgs[k % n_orgs],
            pay=cards[k % n_orgs],
            ua=ua,
            ips=pool,
        )
        for k in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    n_jobs = irange(rng, 14, 24)
    job_starts = _cat(
        [
            thinned(rng, start, ctx.t1, n_jobs * 0.6, constant),
            thinned(
                rng, start, ctx.t1, n_jobs * 0.4, lambda t: (((t % DAY) / HOUR) < 4).astype(float)
            ),
        ]
    )
    per_acct: list[list[np.ndarray]] = [[] for _ in accts]
    per_prompts: list[list[str]] = [[] for _ in accts]
    for s in job_starts.tolist():
        lang = _weighted(rng, ["en", "de", "ja"], [0.6, 0.2, 0.2], 1)[0]
        style = pick(rng, tx.JUDGE_STYLES)
        size = irange(rng, 120, 480)
        width = irange(rng, 1, min(4, n_keys))
        keys = rng.permutation(n_keys)[:width].tolist()
        ts = s + np.cumsum(rng.lognormal(np.log(1.6), 0.6, size=size))
        who = rng.integers(0, width, size=size)
        for j, k in enumerate(keys):
            sel = ts[who == j]
            per_acct[k].append(sel)
            per_prompts[k].extend(
                tx.judge_prompt(rng, style, lang, ctx.chat, ctx.passages) for _ in range(len(sel))
            )
    for k, acct in enumerate(accts):
        if not per_acct[k]:
            per_acct[k].append(np.array([start + float(rng.uniform(0, DAY))]))
            per_prompts[k].append(tx.judge_prompt(rng, "rubric", "en", ctx.chat, ctx.passages))
        ts = np.concatenate(per_acct[k])
        ctx.emit(
            rng,
            acct,
            ts,
            per_prompts[k],
            models=_release_models(ctx, rng, ts, 0.8),
            comp_median=220.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        "runner_polish",
        accts,
        {
            "operation": "pairwise judging, rubric scoring, candidate ranking and reference grading of passages",
            "pacing": f"{len(job_starts)} grading jobs (many at 00-04 UTC), each 120-480 requests ~1.6 s apart over 1-4 keys",
            "ip_source": f"{len(pool)} cloud VM addresses",
            "payment": f"one card per org ({n_orgs} orgs)",
            "user_agent": ua,
            "languages": ["en", "de", "ja"],
            "styles": list(tx.JUDGE_STYLES),
            "models": "new model 80% after release",
            "hard": False,
        },
    )


# ============================================================================================
# 3. policy-compliant rewrites on burner keys paid with stolen cards, through VPN exits


def omega_turn(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 10, 20)
    exits = (
        cloud(rng, irange(rng, 8, 14), "m247")
        + cloud(rng, irange(rng, 6, 12), "leaseweb")
        + cloud(rng, irange(rng, 3, 8), "vultr")
    )
    langs = ["zh", "ru", "ar", "tr", "en"]
    lang_w = [0.35, 0.2, 0.15, 0.1, 0.2]
    accts = []
    total = 0
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family="omega_turn",
            role="burner",
            campaign_id=cid,
            ua=sdk_ua(rng, 0.6),
            ips=exits,
        )
        accts.append(acct)
        born = float(rng.uniform(ctx.t0 + 0.5 * DAY, ctx.t1 - 0.5 * DAY))
        life = float(rng.uniform(0.4, 2.0)) * DAY
        rate = float(rng.uniform(12, 40))
        ts = thinned(rng, born, min(ctx.t1, born + life), rate * life / HOUR, constant)
        lg = _weighted(rng, langs, lang_w, len(ts))
        prompts = [
            tx.policy_prompt(rng, pick(rng, tx.POLICY_STYLES), lang, ctx.chat, ctx.passages)
            for lang in lg
        ]
        ips = sticky(rng, ts, exits, float(rng.uniform(5, 40)) * MINUTE)
        total += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_release_models(ctx, rng, ts, 0.9),
            ips=ips,
            comp_median=520.0,
            err=0.02,
        )
        # the card is reported stolen: the key is revoked and the script keeps hammering for a while
        if born + life < ctx.t1 and chance(rng, 0.7):
            dead = born + life + np.cumsum(rng.lognormal(np.log(4.0), 0.7, size=irange(rng, 5, 25)))
            lg = _weighted(rng, langs, lang_w, len(dead))
            prompts = [
                tx.policy_prompt(rng, "rewrite", lang, ctx.chat, ctx.passages) for lang in lg
            ]
            ctx.emit(
                rng,
                acct,
                dead,
                prompts,
                models=ctx.new_model if dead[0] >= ctx.release else ctx.old_models[0],
                ips=sticky(rng, dead, exits, 600.0),
                comp_median=1.0,
                comp_sigma=0.1,
                status=401,
            )
    ctx.campaign(
        cid,
        "omega_turn",
        accts,
        {
            "operation": "censorship-safe / policy rewrites: market-compliant rewrites, un-refusals, neutral explainers, safe completions",
            "pacing": "burner keys living 0.4-2 days at 12-40 requests/h; most end in a run of 401s after the card is reported",
            "ip_source": f"{len(exits)} VPN exit addresses (m247, leaseweb, vultr), sticky 5-40 min",
            "payment": "a different stolen card on every key",
            "user_agent": "per key, SDKs",
            "languages": langs,
            "styles": list(tx.POLICY_STYLES),
            "models": "new model 90% after release",
            "hard": False,
            "events_before_revocation": total,
        },
    )


# ============================================================================================
# 4. agent / tool-use transcript harvest from a Kubernetes cluster


def sled_chassis(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 8, 16)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 4, 10), "aws")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="sled_chassis",
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=picks(rng, nat, irange(rng, 1, 3)),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(40, 80))
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        styles = _weighted(rng, list(tx.AGENT_STYLES), [0.5, 0.3, 0.2], len(ts))
        prompts = [tx.agent_prompt(rng, s, ctx.passages) for s in styles]
        comp = np.array([1500.0 if s == "trajectory" else 320.0 for s in styles])
        extra = rng.lognormal(np.log(700), 0.8, size=len(ts)).astype(np.int64)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_release_models(ctx, rng, ts, 0.85),
            comp_median=comp,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        "sled_chassis",
        accts,
        {
            "operation": "agent / tool-use transcripts: ReAct steps, tool-call message dumps, whole synthetic trajectories",
            "pacing": f"Poisson queue {per_hour:.0f}/h over {n_keys} keys, around the clock",
            "ip_source": f"{len(nat)} AWS NAT gateway addresses",
            "payment": "one corporate card",
            "user_agent": ua,
            "languages": ["en"],
            "styles": list(tx.AGENT_STYLES),
            "models": "new model 85% after release",
            "hard": False,
        },
    )


# ============================================================================================
# 5. synthetic instruction-data generation by sock-puppet orgs sharing two cards


def track_crew(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 10, 18)
    n_orgs = irange(rng, 3, 5)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    langs = ["en", "hi", "pt", "id"]
    accts = []
    for k in range(n_keys):
        if chance(rng, 0.5):
            ips = cloud(rng, irange(rng, 1, 2), pick(rng, ("azure", "digitalocean")))
            src = "cloud"
        else:
            ips = resi(rng, irange(rng, 4, 10), pick(rng, ("in", "sea", "latam")))
            src = "residential proxy"
        acct = ctx.account(
            rng,
            label="campaign",
            family="track_crew",
            role=f"generator ({src})",
            campaign_id=cid,
            org=orgs[k % n_orgs],
            pay=cards[k % 2],
            ua=sdk_ua(rng, 0.5),
            ips=ips,
        )
        accts.append(acct)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for acct in accts:
        style = pick(rng, tx.SYN_STYLES)
        lang = _weighted(rng, langs, [0.5, 0.2, 0.15, 0.15], 1)[0]
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(2, 5)) * (ctx.t1 - start) / DAY, constant
        )
        ts = _cat(bursts(rng, starts, float(rng.uniform(15, 45)), 4.0, 0.6, ctx.t1))
        prompts = [tx.synthetic_prompt(rng, style, lang, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_release_models(ctx, rng, ts, 0.9),
            comp_median=1200.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        "track_crew",
        accts,
        {
            "operation": "synthetic dataset generation: persona Q&A, JSONL instruction sets, dialogues, evolved instructions",
            "pacing": "per key 2-5 batch jobs a day, 15-45 requests ~4 s apart",
            "ip_source": "half the keys on Azure/DigitalOcean VMs, half on residential proxies (in, sea, latam)",
            "payment": f"two cards shared across {n_orgs} sock-puppet orgs",
            "user_agent": "per key, SDKs",
            "languages": langs,
            "styles": list(tx.SYN_STYLES),
            "models": "new model 90% after release",
            "hard": False,
        },
    )


# ============================================================================================
# 6. best-of-n and soft-label sampling (concurrent repeats of one prompt)


def split_clock(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = cloud(rng, irange(rng, 2, 3), "vultr")
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="split_clock",
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.05, 0.4)) * DAY
    per_hour = float(rng.uniform(6, 12))
    for acct, items in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ts_parts, prompts, comp = [], [], []
        for s in items.tolist():
            if chance(rng, 0.5):
                p = tx.snippet(rng, ctx.chat, 30, 900)
                n = pick(rng, (4, 8, 8, 16))
                c = 420.0
            else:
                p = tx.soft_label_prompt(
                    rng, _weighted(rng, ["en", "fr", "ko"], [0.6, 0.2, 0.2], 1)[0], ctx.passages
                )
                n = irange(rng, 3, 6)
                c = 90.0
            ts_parts.append(s + np.sort(rng.uniform(0, float(rng.uniform(0.3, 2.5)), size=n)))
            prompts.extend([p] * n)
            comp.extend([c] * n)
        if not ts_parts:
            continue
        ts = np.concatenate(ts_parts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_release_models(ctx, rng, ts, 0.95),
            comp_median=np.array(comp),
            err=0.04,
        )
    ctx.campaign(
        cid,
        "split_clock",
        accts,
        {
            "operation": "best-of-n sampling of chat prompts (4-16 identical requests) and soft-label probability requests (3-6 repeats)",
            "pacing": f"{per_hour:.0f} items/h over {n_keys} keys, each item's repeats fired within 0.3-2.5 s",
            "ip_source": f"{len(pool)} Vultr addresses",
            "payment": "one card",
            "user_agent": ua,
            "languages": ["en", "fr", "ko"],
            "styles": ["best_of_n", "soft_label", "next_sentence_distribution"],
            "models": "new model 95% after release; starts a few hours before release",
            "hard": False,
        },
    )


# ============================================================================================
# 7. code curriculum sweep at a slow, metronome-like rate


def ice_groomer(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    block = rented_block(rng, "hetzner", 1, n_keys)
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="ice_groomer",
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=[block[k]],
        )
        for k in range(n_keys)
    ]
    grid = [
        (lang, c, task, d)
        for lang in tx.CODE_LANGS
        for c in tx.CONCEPTS
        for task in tx.CODE_TASKS
        for d in range(1, 6)
    ]
    order = rng.permutation(len(grid)).tolist() if chance(rng, 0.3) else list(range(len(grid)))
    start = ctx.release - float(rng.uniform(0.1, 0.5)) * DAY
    styles = []
    for k, acct in enumerate(accts):
        period = float(rng.uniform(150, 300))
        n = int((ctx.t1 - start) / period)
        ts = (
            start
            + float(rng.uniform(0, period))
            + np.arange(n) * period
            + rng.normal(0, period * 0.08, size=n)
        )
        style = pick(rng, tx.CODE_STYLES)
        styles.append(style)
        mine = order[k::n_keys]
        prompts = []
        for j in range(len(ts)):
            i = mine[j % len(mine)]
            lang, c, task, d = grid[i]
            prompts.append(tx.code_prompt(i, style, lang, c, task, d))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_release_models(ctx, rng, ts, 0.98),
            comp_median=900.0,
            comp_sigma=0.45,
            err=0.005,
        )
    ctx.campaign(
        cid,
        "ice_groomer",
        accts,
        {
            "operation": "code curriculum sweep: language x concept x task x level grid, walked in order",
            "pacing": "one request every 150-300 s per key (8% jitter), around the clock, from just before release",
            "ip_source": "one Hetzner /24, one address per key",
            "payment": "one card",
            "user_agent": ua,
            "languages": ["en", "fr"],
            "styles": sorted(set(styles)),
            "models": "new model 98% after release",
            "grid_size": len(grid),
            "hard": False,
        },
    )


# ============================================================================================
# 8. HARD: harvest hidden inside a real consumer product's traffic


def horseshoe_curve(ctx: Ctx, rng: Rng, cid: str) -> None:
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    servers = cloud(rng, irange(rng, 3, 5), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    prod = ctx.account(
        rng,
        label="campaign",
        family="horseshoe_curve",
        role="product key (users + shadow copies)",
        campaign_id=cid,
        org=org,
        pay=card,
        ua=ua,
        ips=servers,
    )
    batch = ctx.account(
        rng,
        label="campaign",
        family="horseshoe_curve",
        role="nightly replay key",
        campaign_id=cid,
        org=org,
        pay=card,
        ua=ua,
        ips=servers[:2],
    )
    accts = [prod, batch]
    per_day = float(rng.uniform(450, 800))
    peak = float(rng.uniform(13, 20))
    user_ts = thinned(
        rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, global_load(peak, 0.65)
    )
    user_prompts = [pick(rng, ctx.chat) for _ in range(len(user_ts))]
    upgrade = ctx.release + float(rng.uniform(0.5, 1.5)) * DAY
    u = rng.random(len(user_ts))
    v = rng.random(len(user_ts))
    user_models = [
        ctx.new_model
        if (t >= upgrade and a < 0.3)
        else (ctx.old_models[-1] if b < 0.35 else ctx.old_models[0])
        for t, a, b in zip(user_ts.tolist(), u.tolist(), v.tolist(), strict=True)
    ]
    p_shadow = float(rng.uniform(0.25, 0.45))
    sh = rng.random(len(user_ts)) < p_shadow
    shadow_ts = user_ts[sh] + rng.lognormal(np.log(1.8), 0.6, size=int(sh.sum()))
    shadow_prompts = [tx.shadow_of(rng, user_prompts[i]) for i in np.flatnonzero(sh).tolist()]
    shadow_models = [
        ctx.new_model if t >= ctx.release else ctx.old_models[0] for t in shadow_ts.tolist()
    ]
    ts = np.concatenate([user_ts, shadow_ts])
    comp = np.concatenate([np.full(len(user_ts), 380.0), np.full(len(shadow_ts), 850.0)])
    ctx.emit(
        rng,
        prod,
        ts,
        user_prompts + shadow_prompts,
        models=user_models + shadow_models,
        comp_median=comp,
        err=0.01,
    )
    # after release, the stored user prompts are replayed to the new model every night 01-04 UTC
    replay_ts, replay_prompts = [], []
    day0 = np.floor(ctx.release / DAY) * DAY
    for d in range(0, 4):
        a = day0 + d * DAY + 1 * HOUR + float(rng.uniform(0, 0.5)) * HOUR
        if a < ctx.release:
            continue
        n = irange(rng, 250, 600)
        t = a + np.cumsum(rng.lognormal(np.log(3 * HOUR / n), 0.7, size=n))
        replay_ts.append(t)
        past = user_prompts[: max(1, int(np.searchsorted(user_ts, a)))]
        replay_prompts.extend(past[i] for i in rng.integers(0, len(past), size=n).tolist())
    if replay_ts:
        rts = np.concatenate(replay_ts)
        ctx.emit(rng, batch, rts, replay_prompts, models=ctx.new_model, comp_median=800.0, err=0.01)
    else:
        ctx.emit(rng, batch, np.array([ctx.t1 - HOUR]), [pick(rng, ctx.chat)], models=ctx.new_model)
    ctx.campaign(
        cid,
        "horseshoe_curve",
        accts,
        {
            "operation": "a real writing/chat app whose backend copies a share of user prompts (some with an 'expert, full reasoning' suffix) to the new model, and replays stored user prompts nightly",
            "pacing": f"product load {per_day:.0f}/day with a worldwide daily cycle; {p_shadow:.0%} shadow copies 1-3 s after the user request; 250-600 replays a night 01-04 UTC after release",
            "ip_source": f"{len(servers)} AWS app-server addresses",
            "payment": "one company card",
            "user_agent": ua,
            "languages": ["whatever the app's users write (ShareGPT)"],
            "styles": ["user prompt", "user prompt + quality suffix", "nightly replay"],
            "models": "users on old flagship/mini (30% new after the app's upgrade); shadows and replays on the new model",
            "hard": True,
        },
    )


# ============================================================================================
# 9. HARD: bought aged personal accounts, taken over around release for multi-turn harvest


def nosecone(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 18, 30)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, tx.LANG_OF_TZ[tz])
        own = home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family="nosecone",
            role=f"aged account ({lang})",
            campaign_id=cid,
            ua=pick(rng, PLAIN_UAS),
            ips=own,
            tz=tz,
        )
        accts.append(acct)
        # the original owner's own use before the sale
        pivot = ctx.release + float(rng.uniform(-0.6, 1.0)) * DAY
        own_ts = _cat(
            session_times(
                rng, ctx.t0, pivot, float(rng.uniform(0.8, 3.0)), evening_person(tz), 3.0, 90.0
            )
        )
        if len(own_ts):
            ctx.emit(
                rng,
                acct,
                own_ts,
                [pick(rng, ctx.chat) for _ in range(len(own_ts))],
                models=ctx.models(rng, own_ts, p_new=0.15, p_mini=0.2),
            )
        # the buyer: the same user agent, a residential proxy pool in the owner's region
        proxy = home(rng, irange(rng, 15, 40), tz)
        curve = evening_person(tz, spread=float(rng.uniform(3.0, 5.0)))
        starts = thinned(
            rng, pivot, ctx.t1, float(rng.uniform(5, 12)) * (ctx.t1 - pivot) / DAY, curve
        )
        ts_parts, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, 4, 8)
            ts_parts.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(35.0), 0.5, size=k - 1))])
            )
            prompts.extend(tx.harvest_thread(rng, lang, k))
        if ts_parts:
            ts = np.concatenate(ts_parts)
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=_release_models(ctx, rng, ts, 0.85),
                ips=sticky(rng, ts, proxy, 30 * MINUTE),
                comp_median=700.0,
            )
    ctx.campaign(
        cid,
        "nosecone",
        accts,
        {
            "operation": "multi-turn dialogue harvest (seed question on a curriculum topic, 3-7 generic deepening follow-ups) through bought aged personal accounts",
            "pacing": "before the takeover: the owner's own evening sessions; after: 5-12 threads a day on a widened evening curve, ~35 s between turns",
            "ip_source": "before: the owner's home address; after: residential proxies in the owner's region, sticky 30 min",
            "payment": "each account keeps its owner's card",
            "user_agent": "each account keeps its owner's user agent",
            "languages": ["en", "es", "pt", "de", "fr", "ru", "zh", "ja"],
            "styles": ["seed + follow-ups"],
            "models": "new model 85% after the takeover (owners: 15%)",
            "hard": True,
        },
    )


# ============================================================================================
# 10. HARD: a low-and-slow crowd of person-like fresh accounts


def start_block(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 55, 90)
    langs = ["en", "es", "pt", "de", "fr"]
    lang_w = [0.6, 0.15, 0.1, 0.08, 0.07]
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = _weighted(rng, langs, lang_w, 1)[0]
        ua = pick(rng, BROWSERS) if chance(rng, 0.55) else pick(rng, MOBILE)
        pool = home(rng, irange(rng, 2, 6), tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family="start_block",
            role=f"crowd member ({lang})",
            campaign_id=cid,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(acct)
        born = ctx.release + float(rng.uniform(-0.5, 1.0)) * DAY
        ts = _cat(
            session_times(
                rng, born, ctx.t1, float(rng.uniform(1.5, 3.5)), evening_person(tz), 3.5, 70.0
            )
        )
        if len(ts) == 0:
            ts = np.array([born + float(rng.uniform(0, 6)) * HOUR])
        prompts = [
            tx.casual_question(rng, lang) if chance(rng, 0.75) else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_release_models(ctx, rng, ts, 0.6),
            ips=sticky(rng, ts, pool, 2 * HOUR),
            comp_median=600.0,
        )
    ctx.campaign(
        cid,
        "start_block",
        accts,
        {
            "operation": "low-and-slow crowd: casual, person-styled questions sweeping a shared topic list, plus some ordinary prompts",
            "pacing": "accounts open within 1.5 days around release; 1.5-3.5 evening sessions a day of ~3.5 requests, ~70 s apart",
            "ip_source": "residential proxies in the region of each account's time zone, sticky 2 h",
            "payment": "a different prepaid virtual card on every account",
            "user_agent": "browsers and phones",
            "languages": langs,
            "styles": ["casual question", "ShareGPT prompt"],
            "models": "new model 60%",
            "hard": True,
        },
    )


# ============================================================================================
# 11. HARD: public prompt replay by an office-hours 'consultancy'


def four_man(ctx: Ctx, rng: Rng, cid: str) -> None:
    tz = pick(rng, (0, 1, 2))
    n_keys = irange(rng, 6, 10)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 2, tz)
    ci = cloud(rng, 1, pick(rng, ("aws", "azure")))
    accts = []
    for k in range(n_keys):
        ips = ci if k < 2 and chance(rng, 0.6) else office
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.8) else "OpenAI/NodeJS 4.67.1"
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family="four_man",
                role="employee key",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=ips,
                tz=tz,
            )
        )
    start = ctx.t0 + float(rng.uniform(0.5, 1.2)) * DAY
    per_hour = float(rng.uniform(45, 80))
    queue = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    for acct, ts in zip(
        accts,
        worker_pool(rng, start, ctx.t1, per_hour, n_keys, workday(tz, 8.0, 18.5)),
        strict=True,
    ):
        prompts = [ctx.chat[queue[(pos + j) % len(queue)]] for j in range(len(ts))]
        pos += len(ts)
        ctx.emit(
            rng, acct, ts, prompts, models=_release_models(ctx, rng, ts, 0.75), comp_median=650.0
        )
    ctx.campaign(
        cid,
        "four_man",
        accts,
        {
            "operation": "verbatim replay of a public prompt collection (ShareGPT), each prompt once",
            "pacing": f"job queue {per_hour:.0f}/h over {n_keys} keys, office hours only (UTC{tz:+d}), quiet weekends",
            "ip_source": "two office broadband addresses; one or two keys from a cloud CI runner",
            "payment": "one company card",
            "user_agent": "the most common SDK",
            "languages": ["whatever the collection holds"],
            "styles": ["verbatim public prompts"],
            "models": "new model 75% after release",
            "hard": True,
        },
    )


# ============================================================================================
# 12. HARD: translation harvest dressed as a localisation agency


def banked_turn(ctx: Ctx, rng: Rng, cid: str) -> None:
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    vms = cloud(rng, 2, "azure")
    office = home(rng, 1, pick(rng, (1, 2)))
    ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "python-requests/2.32.3"))
    n_keys = irange(rng, 4, 7)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="banked_turn",
            role="translator key",
            campaign_id=cid,
            org=orgs[k % 2],
            pay=cards[k % 2],
            ua=ua,
            ips=vms + office if k % 2 == 0 else vms,
        )
        for k in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    n_jobs = irange(rng, 120, 220)
    jobs = thinned(rng, start, ctx.t1, n_jobs, multi_office([1, 8]))
    per_ts: list[list[float]] = [[] for _ in accts]
    per_p: list[list[str]] = [[] for _ in accts]
    per_c: list[list[float]] = [[] for _ in accts]
    for j, s in enumerate(jobs.tolist()):
        k = irange(rng, 0, n_keys - 1)
        x = (
            tx.snippet(rng, ctx.passages, 200, 1200)
            if chance(rng, 0.6)
            else tx.snippet(rng, ctx.chat, 60, 800)
        )
        m = irange(rng, 12, len(tx.LOCALES))
        locs = [tx.LOCALES[i] for i in sorted(rng.permutation(len(tx.LOCALES))[:m].tolist())]
        style = pick(rng, tx.TRANSLATE_STYLES)
        job = f"J{irange(rng, 10000, 99999)}"
        t = s + np.cumsum(rng.lognormal(np.log(3.0), 0.6, size=m))
        for (loc, name), ti in zip(locs, t.tolist(), strict=True):
            per_ts[k].append(ti)
            per_p[k].append(tx.translate_prompt(rng, style, loc, name, x, job, j))
            per_c[k].append(max(40.0, len(x) / 3.2))
    for k, acct in enumerate(accts):
        if not per_ts[k]:
            per_ts[k].append(start + HOUR)
            per_p[k].append(
                tx.translate_prompt(
                    rng, "brief", "de-DE", "German", pick(rng, ctx.passages)[:400], "J00000", 0
                )
            )
            per_c[k].append(150.0)
        ts = np.asarray(per_ts[k])
        ctx.emit(
            rng,
            acct,
            ts,
            per_p[k],
            models=_release_models(ctx, rng, ts, 0.85),
            comp_median=np.asarray(per_c[k]),
            comp_sigma=0.3,
        )
    ctx.campaign(
        cid,
        "banked_turn",
        accts,
        {
            "operation": "parallel-corpus harvest: each source text (model-quality passages, user prompts) translated into 12-20 locales",
            "pacing": f"{len(jobs)} jobs in office hours of UTC+1 and UTC+8, each a sequence of locales ~3 s apart",
            "ip_source": "two Azure VMs and an office broadband address",
            "payment": "two agencies' cards (one per org)",
            "user_agent": ua,
            "languages": [loc for loc, _ in tx.LOCALES],
            "styles": list(tx.TRANSLATE_STYLES),
            "models": "new model 85% after release",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "banked_turn": banked_turn,
    "four_man": four_man,
    "horseshoe_curve": horseshoe_curve,
    "ice_groomer": ice_groomer,
    "nosecone": nosecone,
    "omega_turn": omega_turn,
    "push_handle": push_handle,
    "runner_polish": runner_polish,
    "sled_chassis": sled_chassis,
    "split_clock": split_clock,
    "start_block": start_block,
    "track_crew": track_crew,
}

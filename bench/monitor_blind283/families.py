"""Campaign families of batch 283: each a generator `f(ctx, rng, campaign_id)` that creates its
accounts, writes their events to the shared sink and records the campaign in the truth.

Every family draws from its own generator (seeded by the shared machinery) and never walks a set.
Four or more are built to look like legitimate use (see README.md, read after the monitor's run).
"""

from __future__ import annotations

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
from bench.monitor_blind283 import texts

Rng = np.random.Generator


def _subset(rng: Rng, pool: tuple[str, ...], k: int) -> list[str]:
    """k distinct items of `pool` in a drawn order (a permutation, never a set)."""
    return [pool[i] for i in rng.permutation(len(pool))[:k].tolist()]


def _lang_draw(rng: Rng, langs: list[str], p_first: float, n: int) -> list[str]:
    """Per event: langs[0] with probability p_first, else one of the others uniformly."""
    if len(langs) == 1:
        return [langs[0]] * n
    u = rng.random(n)
    other = rng.integers(1, len(langs), size=n)
    return [
        langs[0] if a < p_first else langs[b]
        for a, b in zip(u.tolist(), other.tolist(), strict=True)
    ]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _r(x: float, nd: int = 3) -> float:
    return round(float(x), nd)


# =============================================================================================
# 1. reasoning-trace coercion from a rented hosting fleet


def karabakh_stallion(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "karabakh_stallion"
    n_keys, n_orgs = irange(rng, 8, 18), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provs = _subset(
        rng, ("hetzner", "ovh", "contabo", "m247", "leaseweb", "scaleway"), irange(rng, 1, 2)
    )
    pool = [ip for p in provs for ip in rented_block(rng, p, irange(rng, 2, 4), irange(rng, 3, 6))]
    uas = [sdk_ua(rng, 0.3) for _ in range(2)]
    langs = ["en"] + _subset(rng, ("zh", "ru", "es"), irange(rng, 1, 3))
    p_en = float(rng.uniform(0.45, 0.8))
    accts = []
    for i in range(n_keys):
        lo = int(rng.integers(len(pool)))
        mine = (pool[lo:] + pool[:lo])[: max(2, len(pool) // irange(rng, 1, 3))]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % n_orgs],
                ua=uas[0] if chance(rng, 0.75) else uas[1],
                ips=mine,
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    r1 = float(rng.uniform(12, 30))
    r2 = r1 * float(rng.uniform(1.3, 2.2))
    pre = worker_pool(rng, start, max(start, ctx.release), r1, n_keys)
    post = worker_pool(rng, max(start, ctx.release), ctx.t1, r2, n_keys)
    p_new, comp = float(rng.uniform(0.85, 0.97)), float(rng.uniform(1100, 1800))
    sys_tok = irange(rng, 20, 140)
    for a, t1, t2 in zip(accts, pre, post, strict=True):
        ts = _cat([t1, t2])
        langs_ev = _lang_draw(rng, langs, p_en, len(ts))
        prompts = [texts.reasoning_trace(rng, lg, irange(rng, 0, 3)) for lg in langs_ev]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
            extra=sys_tok,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": "one per org",
            "pacing": "poisson worker pool, faster after release",
            "rate_per_hour": [_r(r1), _r(r2)],
            "ip_source": "rented hosting blocks: " + ",".join(provs),
            "user_agents": uas,
            "languages": langs,
            "p_new": _r(p_new),
        },
    )


# =============================================================================================
# 2. judge / rubric / reward-model grading, keys that pose as separate customers


def nagara_drum(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "nagara_drum"
    n_keys = irange(rng, 4, 10)
    prov = pick(rng, ("aws", "gcp", "azure"))
    pool = cloud(rng, irange(rng, 6, 15), prov)
    tz = pick(rng, TZS)
    langs = ["en"] + _subset(rng, ("de", "es", "fr", "ja"), irange(rng, 1, 3))
    p_en = float(rng.uniform(0.5, 0.85))
    p_new, comp = float(rng.uniform(0.75, 0.92)), float(rng.uniform(140, 260))
    curve = workday(tz, start=9.0, end=22.0, weekend=0.6, night=0.1)
    accts = []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="grader",
                campaign_id=cid,
                ua=sdk_ua(rng, 0.4),
                ips=[
                    pool[i]
                    for i in rng.choice(len(pool), size=irange(rng, 2, 5), replace=False).tolist()
                ],
                tz=tz,
            )
        )
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(2, 5)) * (ctx.t1 - start) / DAY, curve
        )
        ts = _cat(
            bursts(rng, starts, float(rng.uniform(15, 45)), float(rng.uniform(0.8, 3.0)), b=ctx.t1)
        )
        prompts = []
        for lg in _lang_draw(rng, langs, p_en, len(ts)):
            q = texts.clip_text(rng, pick(rng, ctx.chat), 30, 600)
            ans = [texts.clip_text(rng, pick(rng, ctx.passages), 200, 1100) for _ in range(3)]
            prompts.append(
                texts.judge_prompt(rng, q, ans[0], ans[1], ans[2], lg, irange(rng, 0, 3))
            )
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.0), comp_median=comp, err=0.02
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n_keys,
            "orgs": "one per key",
            "cards": "one prepaid card per key",
            "pacing": "script bursts in the operator's long day",
            "tz": tz,
            "ip_source": f"cloud {prov}, shared pool",
            "languages": langs,
            "p_new": _r(p_new),
        },
    )


# =============================================================================================
# 3. safety-policy / censorship-safe rewrites on stolen cards, rotated keys


def zurna_call(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "zurna_call"
    n_keys = irange(rng, 10, 24)
    pool = resi(rng, irange(rng, 150, 500), "*")
    hold = float(rng.uniform(300, 1800))
    langs = ["en"] + _subset(rng, ("zh", "ar", "ru", "tr"), irange(rng, 2, 4))
    p_en = float(rng.uniform(0.4, 0.7))
    p_new, comp = float(rng.uniform(0.75, 0.9)), float(rng.uniform(330, 550))
    span = ctx.t1 - ctx.t0
    first = ctx.t0 + float(rng.uniform(0.05, 0.25)) * span
    accts, lives = [], []
    for i in range(n_keys):
        born = first + (i + float(rng.uniform(-0.3, 0.3))) * (ctx.t1 - first) / n_keys
        life = float(rng.uniform(0.6, 1.8)) * DAY
        ua = pick(rng, BROWSERS)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="stolen_card_key",
                campaign_id=cid,
                ua=ua,
                ips=pool[:1],
            )
        )
        lives.append((born, min(ctx.t1, born + life)))
    for a, (b0, b1) in zip(accts, lives, strict=True):
        rate = float(rng.uniform(6, 16))
        ts = thinned(rng, b0, b1, rate * (b1 - b0) / HOUR, constant)
        n = len(ts)
        status = np.where(rng.random(n) < 0.02, 429, 200)
        if n > 20 and b1 < ctx.t1:
            status[-irange(rng, 3, 12) :] = (
                401  # card charged back, key revoked; the script keeps trying a bit
            )
        uas = a.ua if chance(rng, 0.7) else picks(rng, BROWSERS, n)
        prompts = [
            texts.policy_prompt(rng, lg, pick(rng, ctx.passages), irange(rng, 0, 3))
            for lg in _lang_draw(rng, langs, p_en, n)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.0),
            ips=sticky(rng, ts, pool, hold),
            ua=uas,
            comp_median=comp,
            status=status,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_and_censorship_safe_rewrites",
            "keys": n_keys,
            "orgs": "one per key",
            "cards": "stolen, one per key, revoked after use",
            "pacing": "keys used one after another, each for about a day",
            "ip_source": f"residential proxy pool, sticky {int(hold)} s",
            "user_agent": "browser strings",
            "languages": langs,
            "p_new": _r(p_new),
        },
    )


# =============================================================================================
# 4. agent / tool-use transcripts from a cloud job runner


def mallet_hook(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "mallet_hook"
    n_keys = irange(rng, 3, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure", "oracle"))
    pool = cloud(rng, irange(rng, 5, 12), prov)
    agent_uas = (
        "langchain-openai/0.3.6",
        "litellm/1.60.2",
        "OpenAI/Python 1.63.2",
        "AsyncOpenAI/Python 1.60.0",
        "dspy/2.6.3 litellm/1.60.2",
    )
    langs = ["en"] + _subset(rng, ("ja", "pt"), irange(rng, 1, 2))
    p_en = float(rng.uniform(0.55, 0.85))
    p_new = float(rng.uniform(0.85, 0.97))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, agent_uas),
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    styles = [irange(rng, 0, 2) for _ in range(n_keys)]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(5, 12))
    step_gap = float(rng.uniform(3, 12))
    base_ctx = irange(rng, 600, 2400)
    for a, st, ep_starts in zip(
        accts, styles, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True
    ):
        all_ts, all_p, all_m, all_c, all_x = [], [], [], [], []
        ep_models = ctx.models(rng, ep_starts, p_new, 0.0)
        for s, lg, m in zip(
            ep_starts.tolist(), _lang_draw(rng, langs, p_en, len(ep_starts)), ep_models, strict=True
        ):
            steps = texts.agent_episode(rng, lg, st)
            k = len(steps)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))]
            )
            all_ts.extend(t.tolist())
            all_p.extend(steps)
            all_m.extend([m] * k)
            all_c.extend([160.0] * (k - 1) + [520.0])
            all_x.extend([base_ctx + 280 * j for j in range(k)])
        ctx.emit(
            rng,
            a,
            np.asarray(all_ts),
            all_p,
            models=all_m,
            comp_median=np.asarray(all_c),
            err=0.015,
            extra=np.asarray(all_x, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "episodes from a worker pool, steps seconds apart",
            "episodes_per_hour": _r(rate),
            "ip_source": f"cloud {prov}",
            "languages": langs,
            "harness_styles": styles,
            "p_new": _r(p_new),
        },
    )


# =============================================================================================
# 5. synthetic-dataset generation in nightly windows


def leather_ball(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "leather_ball"
    n_keys = irange(rng, 2, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("vultr", "digitalocean", "linode", "hetzner"))
    pool = cloud(rng, irange(rng, 2, 4), prov)
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
    tz = pick(rng, TZS)
    langs = ["en"] + _subset(rng, ("pt", "id", "vi", "hi"), irange(rng, 1, 3))
    p_en = float(rng.uniform(0.5, 0.8))
    start_h, hours = float(rng.uniform(21, 26)) % 24, float(rng.uniform(4, 7))
    p_new, comp = float(rng.uniform(0.9, 0.98)), float(rng.uniform(1800, 3000))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_night = float(rng.uniform(70, 180))
    for a in accts:
        ts = thinned(
            rng, start, ctx.t1, per_night * (ctx.t1 - start) / DAY, nightly(start_h, hours, tz)
        )
        prompts = [
            texts.synth_prompt(rng, lg, irange(rng, 0, 3))
            for lg in _lang_draw(rng, langs, p_en, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.0),
            comp_median=comp,
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": f"nightly window {start_h:.1f}h+{hours:.1f}h local",
            "tz": tz,
            "ip_source": f"hosting {prov}",
            "languages": langs,
            "p_new": _r(p_new),
        },
    )


# =============================================================================================
# 6. scripted multi-turn dialogue harvest through VPN exits


def meydan_turf(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "meydan_turf"
    n_keys = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    provs = _subset(rng, ("m247", "leaseweb", "ovh", "vultr", "linode"), irange(rng, 2, 3))
    pool = [ip for p in provs for ip in rented_block(rng, p, irange(rng, 2, 3), irange(rng, 2, 4))]
    langs = ["en"] + _subset(rng, ("de", "ko", "it"), irange(rng, 1, 3))
    p_en = float(rng.uniform(0.45, 0.75))
    p_new = float(rng.uniform(0.8, 0.95))
    hold = float(rng.uniform(1200, 3600))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_worker",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=pick(rng, SDK_COMMON[:3]),
            ips=pool,
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    rate = float(rng.uniform(5, 12))
    gap = float(rng.uniform(5, 15))
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        all_ts, all_p, all_m, all_x = [], [], [], []
        models = ctx.models(rng, starts, p_new, 0.0)
        for s, lg, m in zip(
            starts.tolist(), _lang_draw(rng, langs, p_en, len(starts)), models, strict=True
        ):
            turns = texts.dialog(rng, lg, irange(rng, 3, 8))
            k = len(turns)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            all_ts.extend(t.tolist())
            all_p.extend(turns)
            all_m.extend([m] * k)
            all_x.extend([420 * j for j in range(k)])
        ts = np.asarray(all_ts)
        ctx.emit(
            rng,
            a,
            ts,
            all_p,
            models=all_m,
            ips=sticky(rng, ts, pool, hold),
            comp_median=450.0,
            err=0.02,
            extra=np.asarray(all_x, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n_keys,
            "orgs": 2,
            "cards": 2,
            "pacing": "dialogues from a worker pool, scripted follow-ups",
            "dialogues_per_hour": _r(rate),
            "ip_source": "VPN exits on " + ",".join(provs),
            "languages": langs,
            "p_new": _r(p_new),
        },
    )


# =============================================================================================
# 7. best-of-n and soft-label sampling


def half_time_whistle(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "half_time_whistle"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("azure", "oracle", "aws"))
    pool = cloud(rng, irange(rng, 2, 5), prov)
    p_new = float(rng.uniform(0.85, 0.95))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=sdk_ua(rng, 0.5),
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    comp_of = (4.0, 45.0, 900.0, 30.0, 400.0)
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(35, 70)) * (ctx.t1 - start) / DAY, constant
        )
        models = ctx.models(rng, starts, p_new, 0.0)
        all_ts, all_p, all_m, all_c = [], [], [], []
        for s, m in zip(starts.tolist(), models, strict=True):
            style = irange(rng, 0, 4)
            p = texts.sampling_prompt(rng, ctx.chat, style)
            n = irange(rng, 4, 10) if style in (0, 4) else irange(rng, 1, 3)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.5), 0.6, size=n - 1))])
            all_ts.extend(t.tolist())
            all_p.extend([p] * n)
            all_m.extend([m] * n)
            all_c.extend([comp_of[style]] * n)
        ctx.emit(
            rng, a, np.asarray(all_ts), all_p, models=all_m, comp_median=np.asarray(all_c), err=0.03
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_and_soft_label_sampling",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "bursts of identical requests",
            "ip_source": f"cloud {prov}",
            "languages": ["en"],
            "p_new": _r(p_new),
        },
    )


# =============================================================================================
# 8. code curriculum sweep from an office line, slow and steady around the clock


def stirrup_leather(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "stirrup_leather"
    n_keys = irange(rng, 1, 3)
    tz = pick(rng, TZS)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    plangs = _subset(rng, texts.PLANGS, irange(rng, 4, 8))
    langs = ["en"] + _subset(rng, ("fr", "es"), irange(rng, 0, 2))
    p_new = float(rng.uniform(0.85, 0.97))
    grid = [
        (pl, ti, lv) for pl in plangs for ti in range(len(texts.CODE_TASKS)) for lv in range(1, 11)
    ]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweep_script",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    pos = 0
    for a in accts:
        rate = float(rng.uniform(6, 14))
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        prompts = []
        for lg in _lang_draw(rng, langs, 0.85, len(ts)):
            pl, ti, lv = grid[pos % len(grid)]
            prompts.append(
                texts.code_task_prompt(rng, pos % len(grid) + 1, len(grid), ti, pl, lv, lg)
            )
            pos += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.0),
            comp_median=float(rng.uniform(700, 1000)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_curriculum_sweep",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "steady script, day and night",
            "tz": tz,
            "ip_source": "office broadband",
            "programming_languages": plangs,
            "languages": langs,
            "p_new": _r(p_new),
        },
    )


# =============================================================================================
# 9. HARD: harvest hidden inside a real consumer product's traffic


def five_rider_team(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "five_rider_team"
    n_keys = irange(rng, 1, 2)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "digitalocean", "azure"))
    egress = cloud(rng, irange(rng, 2, 4), prov)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    curve = global_load(float(rng.uniform(13, 21)), float(rng.uniform(0.4, 0.7)))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    prod_rate = float(rng.uniform(22, 50)) / n_keys
    share = float(rng.uniform(0.2, 0.45))
    h0 = float(rng.uniform(ctx.t0 + 1.5 * DAY, ctx.release))
    p_prod_new = float(rng.uniform(0.3, 0.6))
    for a in accts:
        prod = thinned(rng, ctx.t0, ctx.t1, prod_rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        harv = thinned(rng, h0, ctx.t1, share * prod_rate * (ctx.t1 - h0) / HOUR, curve)
        ts = np.concatenate([prod, harv])
        is_h = np.concatenate([np.zeros(len(prod), bool), np.ones(len(harv), bool)])
        order = np.argsort(ts, kind="stable")
        ts, is_h = ts[order], is_h[order]
        m_prod = ctx.models(rng, ts, p_prod_new, 0.15)
        m_harv = ctx.models(rng, ts, 0.95, 0.0)
        prompts = [
            texts.seed_instruction(rng, ctx.chat)
            if h
            else texts.clip_text(rng, pick(rng, ctx.chat), 10, 2000)
            for h in is_h.tolist()
        ]
        models = [mh if h else mp for h, mp, mh in zip(is_h.tolist(), m_prod, m_harv, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.where(is_h, 820.0, 340.0),
            err=0.01,
            extra=np.where(is_h, 60, 95),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "product load curve; harvest follows the same curve",
            "harvest_share": _r(share),
            "harvest_from": _r(h0),
            "ip_source": f"product egress on {prov}",
            "user_agent": ua,
            "languages": ["en", "mixed"],
            "hard": True,
        },
    )


# =============================================================================================
# 10. HARD: bought aged accounts, quiet history, then put to work after the release

_LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("fr", "de", "es"),
    2: ("de",),
    3: ("en",),
    5: ("en",),
    8: ("en",),
    9: ("en",),
}
_REGION_OF_TZ = {
    -8: "us",
    -5: "us",
    -3: "latam",
    0: "eu",
    1: "eu",
    2: "eu",
    3: "ru",
    5: "in",
    8: "sea",
    9: "jp_kr",
}


def gallop_line(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gallop_line"
    n = irange(rng, 12, 25)
    peak = float(rng.uniform(0, 24))
    accts, meta = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS + SDK_COMMON + MOBILE)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        meta.append(
            (tz, pick(rng, _LANG_OF_TZ[tz]), ctx.release + float(rng.uniform(-0.6, 0.8)) * DAY)
        )
    p_new = float(rng.uniform(0.7, 0.9))
    for a, (tz, lang, pivot) in zip(accts, meta, strict=True):
        sess = session_times(
            rng,
            ctx.t0,
            pivot,
            float(rng.uniform(0.3, 1.2)),
            evening_person(tz),
            float(rng.uniform(2, 4)),
            float(rng.uniform(40, 120)),
        )
        before = _cat(sess)
        ctx.emit(
            rng,
            a,
            before,
            [texts.clip_text(rng, pick(rng, ctx.chat), 10, 1500) for _ in range(len(before))],
            models=ctx.models(rng, before, 0.25, 0.1),
            comp_median=340.0,
            err=0.005,
        )
        proxies = resi(rng, irange(rng, 20, 60), _REGION_OF_TZ[tz])
        after = thinned(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(25, 70)) * (ctx.t1 - pivot) / DAY,
            global_load(peak, 0.4),
        )
        prompts = [
            texts.aged_question(rng, lang)
            if chance(rng, 0.75)
            else texts.clip_text(rng, pick(rng, ctx.chat), 20, 900) + " - please explain in detail"
            for _ in range(len(after))
        ]
        ctx.emit(
            rng,
            a,
            after,
            prompts,
            models=ctx.models(rng, after, p_new, 0.0),
            ips=sticky(rng, after, proxies, float(rng.uniform(1, 3)) * HOUR),
            comp_median=650.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_accounts_bought_then_harvesting",
            "keys": n,
            "orgs": "one per account (original owners)",
            "cards": "original owners' cards",
            "pacing": "owner-like sessions, then a scheduler after the pivot",
            "ip_source": "home ISP, then residential proxies in the same region",
            "pivot_ts": [_r(m[2], 1) for m in meta],
            "languages": sorted(dict.fromkeys(m[1] for m in meta)),
            "p_new": _r(p_new),
            "hard": True,
        },
    )


# =============================================================================================
# 11. HARD: low-and-slow person-like crowd covering an expert-advice grid

_CROWD_TZ = {"en": (-8, -5, 0, 5, 8), "es": (-5, -3, 1), "pt": (-3,), "id": (8,)}


def balaban_reed(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "balaban_reed"
    n = irange(rng, 30, 60)
    weights = rng.dirichlet([4.0, 1.5, 1.0, 1.0])
    langs = ("en", "es", "pt", "id")
    p_new = float(rng.uniform(0.55, 0.8))
    accts, meta = [], []
    for _ in range(n):
        lang = langs[int(rng.choice(4, p=weights))]
        tz = pick(rng, _CROWD_TZ[lang])
        ua = pick(rng, MOBILE) if chance(rng, 0.6) else pick(rng, BROWSERS)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="crowd_member",
                campaign_id=cid,
                ua=ua,
                ips=home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        )
        meta.append(lang)
    for a, lang in zip(accts, meta, strict=True):
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        ts = _cat(
            session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(0.8, 2.5)),
                evening_person(a.tz),
                float(rng.uniform(3, 7)),
                float(rng.uniform(45, 150)),
            )
        )
        if len(ts) == 0:  # a member who signed up always asks something
            s0 = float(rng.uniform(start, ctx.t1 - HOUR))
            ts = s0 + np.cumsum(
                np.concatenate([[0.0], rng.lognormal(np.log(80.0), 0.8, size=irange(rng, 1, 4))])
            )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.crowd_question(rng, lang) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new, 0.03),
            comp_median=600.0,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "person_like_crowd_expert_advice",
            "keys": n,
            "orgs": "one per account",
            "cards": "one per account",
            "pacing": "human sessions in the evening, onboarding spread over the week",
            "ip_source": "residential exits in the account's region",
            "language_weights": [_r(w) for w in weights.tolist()],
            "p_new": _r(p_new),
            "hard": True,
        },
    )


# =============================================================================================
# 12. HARD: replay of a public prompt collection, sharded over keys


def chovgan_stick(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "chovgan_stick"
    n_keys = irange(rng, 5, 12)
    n_cards = irange(rng, 2, 3)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    region = pick(rng, ("us", "eu"))
    pool = resi(rng, irange(rng, 80, 250), region)
    hold = float(rng.uniform(300, 900))
    tz = pick(rng, TZS)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replay_shard",
            campaign_id=cid,
            pay=cards[i % n_cards],
            ua=sdk_ua(rng, 0.7),
            ips=pool[:1],
            tz=tz,
        )
        for i in range(n_keys)
    ]
    offset = int(rng.integers(len(ctx.chat)))
    shard = len(ctx.chat) // n_keys
    p_new = float(rng.uniform(0.85, 0.95))
    for i, a in enumerate(accts):
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        curve = workday(
            tz,
            start=float(rng.uniform(7, 10)),
            end=float(rng.uniform(18, 23)),
            weekend=0.5,
            night=0.05,
        )
        ts = thinned(
            rng, start, ctx.t1, float(rng.uniform(60, 120)) * (ctx.t1 - start) / DAY, curve
        )
        prompts, j = [], 0
        for _ in range(len(ts)):
            if j > 0 and chance(rng, 0.05):
                prompts.append(prompts[-1])  # retry after a timeout
                continue
            prompts.append(ctx.chat[(offset + i * shard + j) % len(ctx.chat)])
            j += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.0),
            ips=sticky(rng, ts, pool, hold),
            comp_median=380.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n_keys,
            "orgs": "one per key",
            "cards": n_cards,
            "pacing": "operator's long working day, steady",
            "ip_source": f"residential proxy pool ({region}), sticky {int(hold)} s",
            "tz": tz,
            "languages": ["as in the public set"],
            "p_new": _r(p_new),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "karabakh_stallion": karabakh_stallion,
    "nagara_drum": nagara_drum,
    "zurna_call": zurna_call,
    "mallet_hook": mallet_hook,
    "leather_ball": leather_ball,
    "meydan_turf": meydan_turf,
    "half_time_whistle": half_time_whistle,
    "stirrup_leather": stirrup_leather,
    "five_rider_team": five_rider_team,
    "gallop_line": gallop_line,
    "balaban_reed": balaban_reed,
    "chovgan_stick": chovgan_stick,
}

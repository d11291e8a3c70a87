"""Campaign families of batch 300 (code names from pillow fighting).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Everything (key counts,
orgs, cards, pacing, addresses, agents, languages, templates, model choice) is drawn from the
family's own generator, in an order that does not depend on the process.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Acct, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind300 import texts


def _acct(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _weights(rng: np.random.Generator, n: int, lead: float) -> np.ndarray:
    """Dirichlet shares for n options, the first one getting about `lead` of the mass."""
    w = rng.dirichlet(np.ones(n)) * (1 - lead)
    w[0] += lead
    return w / w.sum()


def _choose(rng: np.random.Generator, options: list, w: np.ndarray, n: int) -> list:
    return [options[i] for i in rng.choice(len(options), size=n, p=w).tolist()]


def _sub(rng: np.random.Generator, options: tuple, k: int) -> list:
    """k distinct options in a random (seeded) order."""
    return [options[i] for i in rng.permutation(len(options))[:k].tolist()]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------


def feather_storm(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic instruction-data factory: a constant Poisson pool over rotating keys."""
    fam = "feather_storm"
    n_keys = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "leaseweb"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    main_ua = pick(
        rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1")
    )
    langs = ["en", "zh", "es", "ru", "pt"]
    lw = _weights(rng, len(langs), 0.45)
    sw = rng.dirichlet(np.ones(4) * 2)
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    per_hour = float(rng.uniform(45, 90))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % len(orgs)],
            pay=hexid(rng, "pay"),
            ua=main_ua if chance(rng, 0.8) else bb.sdk_ua(rng),
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    span = ctx.t1 - start
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        la = start + float(rng.uniform(0, 0.45)) * span
        lb = la + float(rng.uniform(0.35, 1.0)) * span
        ts = ts[(ts >= la) & (ts < lb)]
        lg = _choose(rng, langs, lw, len(ts))
        st = rng.choice(4, size=len(ts), p=sw).tolist()
        prompts = [texts.synthetic_data(rng, ctx.chat, g, s) for g, s in zip(lg, st, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.02),
            comp_median=1100.0,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "poisson_pool_rotating_keys",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented_block:{provider}",
            "payment": "prepaid_card_per_key",
            "orgs": len(orgs),
            "user_agent": main_ua,
            "languages": langs,
            "styles": ["jsonl_pairs", "persona", "evolved_seed", "dialogue"],
            "n_accounts": n_keys,
            "hard": False,
        },
    )


def pillow_fort(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion fired in scripted bursts from cloud and VPN exits, from the release on."""
    fam = "pillow_fort"
    n_keys = irange(rng, 8, 18)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(max(2, n_keys // irange(rng, 2, 3)))]
    clouds = bb.cloud(rng, irange(rng, 3, 8), pick(rng, ("alibaba", "tencent", "aws", "huawei")))
    vpn = bb.rented_block(
        rng, pick(rng, ("m247", "leaseweb")), irange(rng, 1, 3), irange(rng, 3, 8)
    )
    langs = ["en", "zh", "ko", "ja"]
    lw = _weights(rng, len(langs), 0.55)
    sw = rng.dirichlet(np.ones(4))
    accts = []
    for i in range(n_keys):
        ips = clouds if chance(rng, 0.5) else vpn
        accts.append(
            _acct(
                ctx,
                rng,
                fam,
                cid,
                "worker",
                org=org if chance(rng, 0.6) else None,
                pay=cards[i % len(cards)],
                ua=bb.sdk_ua(rng, 0.3),
                ips=picks(rng, ips, irange(rng, 1, 4)),
            )
        )
    probe_lo = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    per_day, size, gap = (
        float(rng.uniform(3, 7)),
        float(rng.uniform(10, 30)),
        float(rng.uniform(1.5, 4.0)),
    )
    for a in accts:
        probe = bb.thinned(rng, probe_lo, ctx.release, irange(rng, 0, 12), bb.constant)
        starts = bb.thinned(
            rng,
            ctx.release + float(rng.uniform(0, 0.5)) * DAY,
            ctx.t1,
            per_day * (ctx.t1 - ctx.release) / DAY,
            bb.constant,
        )
        ts = _cat([probe, *bb.bursts(rng, starts, size, gap, 0.5, ctx.t1)])
        lg = _choose(rng, langs, lw, len(ts))
        st = rng.choice(4, size=len(ts), p=sw).tolist()
        prompts = [texts.reasoning_trace(rng, g, s) for g, s in zip(lg, st, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.01),
            comp_median=1500.0,
            comp_sigma=0.5,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "scripted_bursts_after_release",
            "bursts_per_day": round(per_day, 2),
            "burst_size": round(size, 1),
            "ip_source": "cloud+vpn_exits",
            "payment": f"stolen_cards_shared:{len(cards)}",
            "user_agent": "mixed_sdk",
            "languages": langs,
            "styles": ["tagged", "monologue", "verify", "step_format"],
            "n_accounts": n_keys,
            "hard": False,
        },
    )


def thwack(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading harvest: slow steady pool, one org, one card."""
    fam = "thwack"
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure"))
    ips = bb.cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.54.0"))
    langs = ["en", "de", "ja"]
    lw = _weights(rng, 3, 0.65)
    sw = rng.dirichlet(np.ones(4) * 1.5)
    accts = [
        _acct(ctx, rng, fam, cid, "grader", org=org, pay=pay, ua=ua, ips=picks(rng, ips, 2))
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(18, 40))
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        lg = _choose(rng, langs, lw, len(ts))
        st = rng.choice(4, size=len(ts), p=sw).tolist()
        prompts = [
            texts.judge(rng, ctx.chat, ctx.passages, g, s) for g, s in zip(lg, st, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.0),
            comp_median=200.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "slow_steady_pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"cloud:{provider}",
            "payment": "one_shared_card",
            "user_agent": ua,
            "languages": langs,
            "styles": ["scores_json", "pairwise", "reward_critique", "rubric_pass_fail"],
            "n_accounts": n_keys,
            "hard": False,
        },
    )


def nightcap(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Censorship-safe rewrites: office-hour sessions (UTC+8) through sticky residential proxies."""
    fam = "nightcap"
    n_keys = irange(rng, 10, 16)
    region = pick(rng, ("us", "eu"))
    pool = bb.resi(rng, irange(rng, 40, 120), region)
    hold = float(rng.uniform(10, 30)) * MINUTE
    langs = ["zh", "en", "ru"]
    lw = _weights(rng, 3, 0.6)
    tz = 8
    accts = [
        _acct(ctx, rng, fam, cid, "rewriter", ua=bb.sdk_ua(rng, 0.6), ips=pool[:1], tz=tz)
        for _ in range(n_keys)
    ]
    per_day, size, gap = (
        float(rng.uniform(3, 7)),
        float(rng.uniform(12, 28)),
        float(rng.uniform(8, 20)),
    )
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        sess = bb.session_times(
            rng, start, ctx.t1, per_day, bb.workday(tz, 9.0, 18.5, 0.25), size, gap, 0.6
        )
        ts = _cat(sess)
        lg = _choose(rng, langs, lw, len(ts))
        prompts = [
            texts.policy_rewrite(rng, ctx.chat, ctx.passages, g, irange(rng, 0, 2)) for g in lg
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.03),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=600.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship_safe_policy_rewrites",
            "pacing": "office_hour_sessions_utc+8",
            "ip_source": f"residential_proxy_sticky:{region}",
            "proxy_hold_min": round(hold / MINUTE, 1),
            "payment": "virtual_card_per_key",
            "user_agent": "mixed_sdk",
            "languages": langs,
            "styles": ["compliance_rewrite", "domestic_answer", "refusal_replacement"],
            "n_accounts": n_keys,
            "hard": False,
        },
    )


def sleepover(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcripts: episodes of growing context from a cloud pool."""
    fam = "sleepover"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), "aws") + bb.cloud(rng, irange(rng, 1, 3), "gcp")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    langs = ["en", "es", "fr"]
    lw = _weights(rng, 3, 0.7)
    style_w = rng.dirichlet(np.ones(3) * 2)
    accts = [
        _acct(ctx, rng, fam, cid, "agent_runner", org=org, pay=pay, ua=ua, ips=picks(rng, ips, 2))
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY
    per_hour = float(rng.uniform(6, 12))
    step_gap = float(rng.uniform(4, 12))
    for a, starts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            lg = _choose(rng, langs, lw, 1)[0]
            steps = texts.agent_episode(rng, lg, int(rng.choice(3, p=style_w)))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=len(steps) - 1))]
            )
            ts_all.extend(t.tolist())
            prompts.extend(steps)
            extra.extend([i * irange(rng, 180, 420) for i in range(len(steps))])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=220.0,
            comp_sigma=0.6,
            err=0.02,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "episode_pool",
            "episodes_per_hour": round(per_hour, 1),
            "ip_source": "cloud:aws+gcp",
            "payment": "one_shared_card",
            "user_agent": ua,
            "languages": langs,
            "styles": ["react", "json_functions", "plan_execute"],
            "n_accounts": n_keys,
            "hard": False,
        },
    )


def slumber_party(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest dressed as people: browser agents, home-like proxies, evening sessions."""
    fam = "slumber_party"
    n_keys = irange(rng, 22, 36)
    langs = ["en", "pt", "es", "id", "tr"]
    lw = _weights(rng, len(langs), 0.4)
    region_of = {
        "en": ("us", "eu", "ca"),
        "pt": ("latam",),
        "es": ("latam", "eu"),
        "id": ("sea",),
        "tr": ("ru",),
    }
    tz_of = {"us": -5, "ca": -5, "eu": 1, "latam": -3, "sea": 8, "ru": 3}
    accts, lang_of = [], []
    for _ in range(n_keys):
        lg = _choose(rng, langs, lw, 1)[0]
        region = pick(rng, region_of[lg])
        accts.append(
            _acct(
                ctx,
                rng,
                fam,
                cid,
                "persona",
                ua=pick(rng, bb.BROWSERS + bb.MOBILE[:3]),
                ips=bb.resi(rng, irange(rng, 2, 5), region),
                tz=tz_of[region],
            )
        )
        lang_of.append(lg)
    per_day, turns, gap = (
        float(rng.uniform(2, 5)),
        float(rng.uniform(5, 10)),
        float(rng.uniform(35, 75)),
    )
    for a, lg in zip(accts, lang_of, strict=True):
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        for s in bb.session_times(
            rng, start, ctx.t1, per_day, bb.evening_person(a.tz, 3.0), turns, gap, 0.7
        ):
            prompts = texts.dialogue(rng, ctx.chat, lg, len(s))
            extra = [i * irange(rng, 300, 600) for i in range(len(s))]
            ctx.emit(
                rng,
                a,
                s,
                prompts,
                models=ctx.models(rng, s, p_new=0.93, p_mini=0.02),
                comp_median=480.0,
                comp_sigma=0.5,
                err=0.01,
                extra=extra,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "human_like_evening_sessions",
            "ip_source": "residential_proxy_per_account_region",
            "payment": "stolen_card_per_account",
            "user_agent": "spoofed_browser",
            "languages": langs,
            "styles": ["persona_opener", "chat_opener", "generic_followups"],
            "n_accounts": n_keys,
            "hard": True,
        },
    )


def wallop(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n and soft-label sampling: each prompt sent n times in a quick train."""
    fam = "wallop"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "vultr", "scaleway"))
    ips = bb.cloud(rng, irange(rng, 1, 3), provider)
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1"))
    langs = ["en", "fr", "ar"]
    lw = _weights(rng, 3, 0.6)
    sw = rng.dirichlet(np.ones(4))
    comp_by_style = (70.0, 650.0, 320.0, 420.0)
    accts = [
        _acct(ctx, rng, fam, cid, "sampler", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(n_keys)
    ]
    start = ctx.release + float(rng.uniform(0.05, 0.6)) * DAY
    per_hour, n_mean = float(rng.uniform(5, 11)), float(rng.uniform(4, 12))
    for a, starts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        trains = bb.bursts(rng, starts, n_mean, float(rng.uniform(0.3, 1.5)), 0.6, ctx.t1)
        ts_all, prompts, comp = [], [], []
        for t in trains:
            lg = _choose(rng, langs, lw, 1)[0]
            st = int(rng.choice(4, p=sw))
            p = texts.soft_label(rng, ctx.chat, lg, st)
            ts_all.extend(t.tolist())
            prompts.extend([p] * len(t))
            comp.extend([comp_by_style[st]] * len(t))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.35,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_label_sampling",
            "pacing": "repeat_trains",
            "prompts_per_hour": round(per_hour, 1),
            "samples_per_prompt": round(n_mean, 1),
            "ip_source": f"cloud:{provider}",
            "payment": "one_shared_card",
            "user_agent": ua,
            "languages": langs,
            "styles": ["label_distribution", "five_alternatives", "self_confidence", "plain"],
            "n_accounts": n_keys,
            "hard": False,
        },
    )


def lights_out(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep: subject x unit x level in order, every night, one serial script per key."""
    fam = "lights_out"
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, -3, 1))
    second = {8: "vi", -3: "es", 1: "es"}[tz]
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    grid = []
    for lg in ("en", second):
        for subject, units in texts.CURRICULUM[lg]:
            for unit in units:
                for level in range(1, 11):
                    grid.append((lg, subject, unit, level))
    order = rng.permutation(len(grid)).tolist() if chance(rng, 0.3) else list(range(len(grid)))
    accts = [
        _acct(ctx, rng, fam, cid, "sweeper", org=org, pay=pay, ua=ua, ips=office, tz=tz)
        for _ in range(n_keys)
    ]
    start_h, hours, gap = (
        float(rng.uniform(0, 2.5)),
        float(rng.uniform(4, 6.5)),
        float(rng.uniform(60, 130)),
    )
    sw = rng.dirichlet(np.ones(3) * 2)
    cursor = 0
    for k, a in enumerate(accts):
        night = bb.nightly(start_h + 0.3 * k, hours, tz)
        # a serial loop: next request when the previous answer is back
        t, ts = ctx.t0 + float(rng.uniform(0, 0.4)) * DAY, []
        while t < ctx.t1:
            if night(np.array([t]))[0] > 0:
                ts.append(t)
                t += float(rng.lognormal(np.log(gap), 0.35))
            else:
                t += 10 * MINUTE
        ts_arr = np.asarray(ts)
        prompts = []
        for _ in ts:
            lg, subject, unit, level = grid[order[cursor % len(grid)]]
            cursor += 1
            prompts.append(
                texts.curriculum(rng, lg, subject, unit, level, int(rng.choice(3, p=sw)))
            )
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, p_new=1.0, p_mini=0.0),
            comp_median=1600.0,
            comp_sigma=0.35,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "nightly_serial_loop",
            "night_hours": round(hours, 1),
            "gap_s": round(gap, 1),
            "ip_source": "office_broadband",
            "tz": tz,
            "payment": "one_shared_card",
            "user_agent": ua,
            "languages": ["en", second],
            "styles": ["lesson_exercises", "graded_set", "curriculum_id"],
            "grid_cells": len(grid),
            "n_accounts": n_keys,
            "hard": False,
        },
    )


def eiderdown(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Harvest hidden inside a real consumer app's traffic: same keys, servers, agent and daily curve."""
    fam = "eiderdown"
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        _acct(ctx, rng, fam, cid, "product_backend", org=org, pay=pay, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    share = [float(x) for x in rng.dirichlet(np.ones(n_keys) * 3)]
    curve = bb.global_load(float(rng.uniform(13, 20)), float(rng.uniform(0.5, 0.8)))
    product_rate, harvest_frac = float(rng.uniform(20, 38)), float(rng.uniform(0.22, 0.4))
    harvest_start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    for a, sh in zip(accts, share, strict=True):
        real = bb.thinned(rng, ctx.t0, ctx.t1, sh * product_rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        rate_h = sh * product_rate * harvest_frac / (1 - harvest_frac)
        hidden = bb.thinned(
            rng, harvest_start, ctx.t1, rate_h * (ctx.t1 - harvest_start) / HOUR, curve
        )
        p_real = [pick(rng, ctx.chat) for _ in range(len(real))]
        p_hidden = [texts.casual_question(rng) for _ in range(len(hidden))]
        ctx.emit(
            rng,
            a,
            real,
            p_real,
            models=ctx.models(rng, real, p_new=0.7, p_mini=0.15),
            comp_median=350.0,
            comp_sigma=0.8,
            err=0.01,
        )
        ctx.emit(
            rng,
            a,
            hidden,
            p_hidden,
            models=ctx.models(rng, hidden, p_new=0.95, p_mini=0.0),
            comp_median=850.0,
            comp_sigma=0.55,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "pacing": "product_daily_curve",
            "product_per_hour": round(product_rate, 1),
            "harvest_fraction": round(harvest_frac, 3),
            "ip_source": "cloud:aws_nat",
            "payment": "business_card",
            "user_agent": ua,
            "languages": ["en"],
            "styles": [
                "real_user_chat",
                "casual_explain",
                "casual_compare",
                "casual_code",
                "casual_problem",
            ],
            "n_accounts": n_keys,
            "hard": True,
        },
    )


def sneak_attack(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Bought / taken-over accounts with real history: ordinary use first, then low-rate harvest."""
    fam = "sneak_attack"
    n_keys = irange(rng, 14, 24)
    accts, hist = [], []
    for _ in range(n_keys):
        tz = pick(rng, bb.TZS)
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "aged_account",
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        hist.append(tz)
    keep_ua = float(rng.uniform(0.45, 0.75))
    follow_owner = float(rng.uniform(0.3, 0.7))
    for a, tz in zip(accts, hist, strict=True):
        take = ctx.release + float(rng.uniform(-0.8, 1.2)) * DAY
        # the owner's own use before the takeover
        own = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                take,
                float(rng.uniform(0.5, 2.0)),
                bb.evening_person(tz),
                float(rng.uniform(2, 5)),
                float(rng.uniform(40, 120)),
            )
        )
        ctx.emit(
            rng,
            a,
            own,
            [texts.short_chat(rng, ctx.chat, 8, 1500) for _ in range(len(own))],
            models=ctx.models(rng, own, p_new=0.2, p_mini=0.2),
            comp_median=360.0,
            comp_sigma=0.7,
            err=0.01,
        )
        # the buyer's use: proxies in the owner's region, human-sized sessions
        region_ips = bb.home(rng, irange(rng, 6, 20), tz)
        curve = (
            bb.evening_person(tz, 3.5) if chance(rng, follow_owner) else bb.global_load(12.0, 0.2)
        )
        sess = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 6)),
            curve,
            float(rng.uniform(6, 12)),
            float(rng.uniform(18, 45)),
            0.6,
        )
        ts = _cat(sess)
        ua = (
            a.ua
            if chance(rng, keep_ua)
            else pick(
                rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "python-httpx/0.28.1")
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.casual_question(rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            ips=bb.sticky(rng, ts, region_ips, 40 * MINUTE),
            ua=ua,
            comp_median=750.0,
            comp_sigma=0.55,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "pacing": "owner_sessions_then_human_sized_sessions",
            "takeover": "release-0.8d..release+1.2d",
            "ip_source": "home_then_same_region_residential_proxy",
            "payment": "original_owner_cards",
            "user_agent": f"browser_kept:{keep_ua:.2f}",
            "languages": ["en"],
            "styles": [
                "owner_chat",
                "casual_explain",
                "casual_compare",
                "casual_code",
                "casual_problem",
            ],
            "n_accounts": n_keys,
            "hard": True,
        },
    )


def rematch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Public prompt replay: real users' prompts, each sent once, by a crowd of fresh small accounts."""
    fam = "rematch"
    n_keys = irange(rng, 28, 48)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    waves = sorted(float(x) for x in rng.uniform(0.02, 2.2, size=irange(rng, 2, 4)))
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else bb.sdk_ua(rng, 0.8)
        accts.append(
            _acct(
                ctx,
                rng,
                fam,
                cid,
                "replayer",
                ua=ua,
                ips=bb.home(rng, irange(rng, 1, 3), tz),
                tz=tz,
            )
        )
    per_day, size, gap = (
        float(rng.uniform(2, 4)),
        float(rng.uniform(4, 8)),
        float(rng.uniform(40, 100)),
    )
    for a in accts:
        start = ctx.release + pick(rng, waves) * DAY + float(rng.uniform(0, 6)) * HOUR
        curve = bb.workday(a.tz, 9, 23, 0.6, 0.05) if chance(rng, 0.5) else bb.evening_person(a.tz)
        ts = _cat(bb.session_times(rng, start, ctx.t1, per_day, curve, size, gap, 0.8))
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[order[cursor % len(order)]])
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=1.0, p_mini=0.0),
            comp_median=450.0,
            comp_sigma=0.7,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "small_accounts_person_sized_sessions",
            "waves_days_after_release": [round(w, 2) for w in waves],
            "ip_source": "residential_proxy_by_tz",
            "payment": "prepaid_card_per_account",
            "user_agent": "browser_or_common_sdk",
            "languages": ["en+sharegpt_mix"],
            "styles": ["verbatim_public_prompts"],
            "n_accounts": n_keys,
            "hard": True,
        },
    )


def pajamas(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A paid crowd of gig workers running the operator's translation and code list from their own homes and phones."""
    fam = "pajamas"
    n_keys = irange(rng, 20, 34)
    n_pass = irange(rng, 150, 300)
    pidx = rng.permutation(len(ctx.passages))[:n_pass].tolist()
    passages = [texts.clip(ctx.passages[i], irange(rng, 500, 1500)) for i in pidx]
    targets = _sub(rng, texts.TARGET_LANGS, irange(rng, 4, 7))
    tzs = (5, 8, -3, 1, 3)
    accts, habits = [], []
    for _ in range(n_keys):
        tz = pick(rng, tzs)
        if tz != 8 and chance(rng, 0.35):
            kind = {5: "in_mobile", -3: "br_mobile", 1: "eu_mobile", 3: "eu_mobile"}[tz]
            ua, ips = pick(rng, bb.MOBILE), bb.mobile_v6(rng, irange(rng, 3, 8), kind)
        else:
            ua, ips = pick(rng, bb.BROWSERS), bb.home(rng, 1, tz)
        accts.append(_acct(ctx, rng, fam, cid, "gig_worker", ua=ua, ips=ips, tz=tz))
        habits.append(irange(rng, 0, len(texts.TRANSLATE_ASKS) - 1))
    recruit = ctx.release - float(rng.uniform(0.2, 1.2)) * DAY
    for a, habit in zip(accts, habits, strict=True):
        start = recruit + float(rng.uniform(0, 1.5)) * DAY
        ts = _cat(
            bb.session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(1, 3)),
                bb.evening_person(a.tz),
                float(rng.uniform(6, 12)),
                float(rng.uniform(60, 150)),
                0.7,
            )
        )
        prompts = [
            texts.gig_request(rng, pick(rng, passages), pick(rng, targets), habit)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=700.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "gig_crowd_translation_and_code_harvest",
            "pacing": "worker_evening_sessions",
            "ip_source": "workers_home_broadband_and_phones",
            "payment": "workers_own_cards",
            "user_agent": "browser_or_mobile",
            "languages": ["en", *targets],
            "shared_passages": n_pass,
            "styles": ["translate_habits", "code_asks"],
            "n_accounts": n_keys,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "feather_storm": feather_storm,
    "pillow_fort": pillow_fort,
    "thwack": thwack,
    "nightcap": nightcap,
    "sleepover": sleepover,
    "slumber_party": slumber_party,
    "wallop": wallop,
    "lights_out": lights_out,
    "eiderdown": eiderdown,
    "sneak_attack": sneak_attack,
    "rematch": rematch,
    "pajamas": pajamas,
}

"""Campaign families of blind batch 126 (code names from canoe polo).

Each family is `fn(ctx, rng, campaign_id)`: it creates its accounts with `ctx.account`, writes
their events with `ctx.emit`, and records the campaign with `ctx.campaign`. Everything (key
counts, orgs, cards, pacing, addresses, user agents, languages, styles) is drawn from the family's
own generator. See README.md (read it only after the monitor's single run)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
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
from bench.monitor_blind126 import texts as tx


def _r(x: float, nd: int = 3) -> float:
    return round(float(x), nd)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _styles(rng: np.random.Generator, n_styles: int, k_min: int) -> tuple[list[int], np.ndarray]:
    """A campaign's own subset of template styles and their weights."""
    k = irange(rng, k_min, n_styles)
    chosen = sorted(int(x) for x in rng.choice(n_styles, k, replace=False))
    return chosen, rng.dirichlet(np.full(k, 2.0))


def _draw(rng: np.random.Generator, chosen: list[int], w: np.ndarray, n: int) -> list[int]:
    return [chosen[i] for i in rng.choice(len(chosen), size=n, p=w).tolist()]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented cloud block, Poisson worker pool


def spray_deck(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "spray_deck"
    n_keys, n_orgs = irange(rng, 8, 16), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay_mode = pick(rng, ("one_card", "card_per_org"))
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("aws", "gcp", "hetzner", "ovh", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 5))
    ua = sdk_ua(rng, 0.6)
    accts = []
    for i in range(n_keys):
        pay = cards[0] if pay_mode == "one_card" else cards[i % n_orgs]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=pay,
                ua=ua,
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_hour = float(rng.uniform(45, 90))
    pre = float(rng.uniform(0.3, 0.7))
    release = ctx.release

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where(ts >= release, 1.0, pre)

    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    chosen, w = _styles(rng, 6, 3)
    langs: set[str] = set()
    for a, ts in zip(accts, streams, strict=True):
        pl = [tx.reasoning_prompt(rng, ctx.chat, s) for s in _draw(rng, chosen, w, len(ts))]
        langs.update(lang for _, lang in pl)
        ctx.emit(
            rng,
            a,
            ts,
            [p for p, _ in pl],
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=1100.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "per_hour": _r(per_hour),
            "pre_release_rate_factor": _r(pre),
            "ip_source": f"rented_block:{provider}",
            "payment": pay_mode,
            "orgs": n_orgs,
            "user_agent": ua,
            "styles": chosen,
            "languages": sorted(langs),
            "start": _r(start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading over commercial VPN exits, scripted bursts


def buoyancy_aid(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "buoyancy_aid"
    n_keys = irange(rng, 10, 20)
    group = irange(rng, 1, 4)  # keys per org
    vpn = []
    for prov in rng.choice(
        ["m247", "leaseweb", "vultr", "linode"], irange(rng, 2, 3), replace=False
    ).tolist():
        vpn += cloud(rng, irange(rng, 4, 9), prov)
    op_tz = pick(rng, TZS)
    accts, org = [], ""
    for i in range(n_keys):
        if i % group == 0:
            org = hexid(rng, "org")
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="grader",
                campaign_id=cid,
                org=org,
                pay=hexid(rng, "pay"),
                ua=sdk_ua(rng, 0.4),
                ips=vpn,
                tz=op_tz,
            )
        )
    chosen, w = _styles(rng, 6, 3)
    size_mean, gap = float(rng.uniform(20, 50)), float(rng.uniform(1.5, 6.0))
    per_day = float(rng.uniform(3, 8))
    hold = float(rng.choice([600.0, 1800.0, 3600.0]))
    total = 0
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        starts = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, workday(op_tz, 8.0, 23.0, 0.5)
        )
        ts = _cat(bursts(rng, starts, size_mean, gap, 0.5, ctx.t1))
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, s) for s in _draw(rng, chosen, w, len(ts))
        ]
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1),
            ips=sticky(rng, ts, vpn, hold),
            comp_median=260.0,
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "scripted_bursts",
            "bursts_per_day": _r(per_day),
            "burst_size_mean": _r(size_mean),
            "burst_gap_s": _r(gap),
            "ip_source": "commercial_vpn_exits",
            "vpn_hold_s": hold,
            "payment": "prepaid_card_per_key",
            "keys_per_org": group,
            "operator_tz": op_tz,
            "styles": chosen,
            "languages": ["en", "de"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites, stolen cards, rotating residential proxies


def faceguard(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "faceguard"
    n_keys = irange(rng, 25, 45)
    pool = resi(rng, irange(rng, 200, 400), "*")
    hold = float(rng.uniform(300, 1200))
    chosen, w = _styles(rng, 6, 4)
    accts, langs, revoked = [], set(), 0
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="stolen_card_key",
            campaign_id=cid,
            ua=pick(rng, BROWSERS),
            ips=pool,
        )
        accts.append(a)
        start = float(rng.uniform(ctx.t0, ctx.t1 - 0.5 * DAY))
        life = float(rng.uniform(0.8, 3.0)) * DAY
        end = min(ctx.t1, start + life)
        rate = float(rng.uniform(3, 8))
        ts = thinned(rng, start, end, rate * (end - start) / HOUR, constant)
        pl = [
            tx.policy_prompt(rng, ctx.chat, ctx.passages, s) for s in _draw(rng, chosen, w, len(ts))
        ]
        langs.update(lang for _, lang in pl)
        status = np.where(rng.random(len(ts)) < 0.02, 429, 200)
        # card charged back: the key is cut off and the script keeps retrying for a while
        if end < ctx.t1 and len(ts) > 10:
            k = irange(rng, 3, 12)
            status[-k:] = 401
            revoked += 1
        ctx.emit(
            rng,
            a,
            ts,
            [p for p, _ in pl],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=sticky(rng, ts, pool, hold),
            comp_median=420.0,
            status=status,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "per_key_poisson_until_revoked",
            "ip_source": "residential_proxy_rotating",
            "proxy_hold_s": _r(hold),
            "proxy_pool": len(pool),
            "payment": "stolen_card_per_key",
            "keys_revoked": revoked,
            "user_agent": "spoofed_browser_per_key",
            "styles": chosen,
            "languages": sorted(langs),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts: episodes of chained steps from cloud workers


def hand_tackle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hand_tackle"
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 3), "aws") + cloud(rng, irange(rng, 1, 3), "gcp")
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "OpenAI/Python 1.63.2",
            "dspy/2.6.3 litellm/1.60.2",
        ),
    )
    chosen, w = _styles(rng, 4, 2)
    ep_rate = float(rng.uniform(0.6, 1.5))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        accts.append(a)
        ts_all, prompts, extra = [], [], []
        for s in thinned(rng, start, ctx.t1, ep_rate * (ctx.t1 - start) / HOUR, constant).tolist():
            task = tx.agent_task(rng)
            tools = [str(x) for x in rng.choice(list(tx.TOOLS), irange(rng, 3, 5), replace=False)]
            style = _draw(rng, chosen, w, 1)[0]
            steps = irange(rng, 2, 10)
            gaps = np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.6, size=steps - 1))]
            )
            base = irange(rng, 300, 1200)
            for j in range(steps):
                ts_all.append(s + float(gaps[j]))
                prompts.append(tx.agent_prompt(rng, task, tools, j, ctx.passages, style))
                extra.append(base + j * irange(rng, 150, 500))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.05),
            comp_median=180.0,
            comp_sigma=0.8,
            extra=np.asarray(extra)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "poisson_episodes_of_chained_steps",
            "episodes_per_hour_per_key": _r(ep_rate),
            "ip_source": "cloud:aws+gcp",
            "payment": "one_card",
            "user_agent": ua,
            "styles": chosen,
            "languages": ["en"],
            "start": _r(start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in a nightly window from budget hosting


def corner_throw(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "corner_throw"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "contabo"))
    block = rented_block(rng, provider, 1, irange(rng, 2, 4))
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1"))
    op_tz = pick(rng, (3, 8, 2, 5))
    start_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(3, 6))
    per_hour = float(rng.uniform(100, 220))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=block,
            tz=op_tz,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    window = nightly(start_h, hours, op_tz)
    streams = worker_pool(rng, start, ctx.t1, per_hour * hours / 24.0, n_keys, window)
    chosen, w = _styles(rng, 6, 3)
    langs: set[str] = set()
    for a, ts in zip(accts, streams, strict=True):
        pl = [tx.synth_prompt(rng, ctx.chat, s) for s in _draw(rng, chosen, w, len(ts))]
        langs.update(lang for _, lang in pl)
        ctx.emit(
            rng,
            a,
            ts,
            [p for p, _ in pl],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=1800.0,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly_window_worker_pool",
            "window_start_local_h": _r(start_h),
            "window_hours": _r(hours),
            "operator_tz": op_tz,
            "per_hour_in_window": _r(per_hour),
            "ip_source": f"rented_block:{provider}",
            "payment": "one_card",
            "user_agent": ua,
            "styles": chosen,
            "languages": sorted(langs),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest from a phone farm on carrier IPv6


def goal_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "goal_line"
    n_keys = irange(rng, 12, 24)
    carrier = pick(rng, ("br_mobile", "in_mobile"))
    langs = ("pt", "en") if carrier == "br_mobile" else ("hi", "en")
    farm_tz = -3 if carrier == "br_mobile" else 5
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    shift_start, shift_h = float(rng.uniform(7, 11)), float(rng.uniform(10, 14))
    shift = nightly(shift_start, shift_h, farm_tz)
    accts = []
    for i in range(n_keys):
        ua = pick(rng, MOBILE)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="phone",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=mobile_v6(rng, 1, carrier),
            tz=farm_tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        lang = langs[0] if chance(rng, 0.7) else langs[1]
        ts_all, prompts, extra, ips = [], [], [], []
        for sess in session_times(
            rng, start, ctx.t1, float(rng.uniform(6, 14)), shift, 6.0, 35.0, 0.5
        ):
            ip = mobile_v6(rng, 1, carrier)[0]
            grown = 0
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(tx.opener(rng, ctx.chat, lang) if j == 0 else tx.followup(rng, lang))
                extra.append(grown)
                grown += irange(rng, 250, 650)
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            ips=ips,
            comp_median=550.0,
            extra=np.asarray(extra, dtype=np.int64) if extra else 0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "scripted_sessions_in_work_shift",
            "shift_start_local_h": _r(shift_start),
            "shift_hours": _r(shift_h),
            "farm_tz": farm_tz,
            "ip_source": f"carrier_ipv6:{carrier}",
            "payment": f"{len(cards)}_prepaid_cards_round_robin",
            "user_agent": "mobile",
            "languages": list(langs),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: identical prompts fired in parallel


def sprint_start(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sprint_start"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "vultr", "linode"))
    ips = cloud(rng, irange(rng, 2, 3), provider)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    g_rate = float(rng.uniform(5, 10))
    n_lo, n_hi = 4, irange(rng, 8, 16)
    p_soft = float(rng.uniform(0.1, 0.3))
    per: list[tuple[list[float], list[str]]] = [([], []) for _ in accts]
    for s in thinned(rng, start, ctx.t1, g_rate * (ctx.t1 - start) / HOUR, constant).tolist():
        u = rng.random()
        base = tx.problem_en(rng) if u < 0.45 else tx.short_chat(rng, ctx.chat, 800)
        k = int(rng.integers(len(accts)))
        if chance(rng, p_soft):
            reps, prompt = irange(rng, 1, 3), tx.soft_label_prompt(rng, base, irange(rng, 0, 1))
        else:
            reps, prompt = irange(rng, n_lo, n_hi), base
        offs = np.sort(rng.uniform(0, 1.5, size=reps))
        per[k][0].extend((s + offs).tolist())
        per[k][1].extend([prompt] * reps)
    for a, (ts_l, pr) in zip(accts, per, strict=True):
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [pr[i] for i in order.tolist()],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=450.0,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_and_soft_labels",
            "pacing": "parallel_groups_poisson",
            "groups_per_hour": _r(g_rate),
            "n_range": [n_lo, n_hi],
            "soft_label_share": _r(p_soft),
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "user_agent": ua,
            "languages": ["en"],
            "start": _r(start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep in several languages, slow steady 24/7 rate from office lines


def flick_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "flick_shot"
    n_keys = irange(rng, 6, 10)
    region = pick(rng, ("sea", "in"))
    langs = [
        str(x) for x in rng.choice(list(tx.CURRICULUM_INSTR), irange(rng, 2, 4), replace=False)
    ]
    if "en" not in langs:
        langs[0] = "en"
    orgs = [(hexid(rng, "org"), hexid(rng, "pay"), resi(rng, 1, region)[0]) for _ in range(2)]
    fallback = cloud(rng, 1, pick(rng, ("alibaba", "tencent", "aws")))[0]
    sweep = [
        (ci, lv, lang)
        for ci in rng.permutation(len(tx.CONCEPTS)).tolist()
        for lv in range(1, 13)
        for lang in langs
    ]
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1"))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    rates, accts = [], []
    for i in range(n_keys):
        org, pay, ip = orgs[i % 2]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="sweeper",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=[ip],
            )
        )
    per_key = len(sweep) // n_keys
    for i, a in enumerate(accts):
        rate = float(rng.uniform(3, 6))
        rates.append(_r(rate))
        ts = thinned(
            rng,
            start + float(rng.uniform(0, HOUR)),
            ctx.t1,
            rate * (ctx.t1 - start) / HOUR,
            constant,
        )
        items = [sweep[(i * per_key + j) % len(sweep)] for j in range(len(ts))]
        prompts = [tx.curriculum_prompt(rng, it, 1 if chance(rng, 0.3) else 0) for it in items]
        ips = [fallback if chance(rng, 0.1) else a.ips[0] for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            ips=ips,
            comp_median=1300.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "slow_steady_poisson_24_7",
            "per_hour_per_key": rates,
            "ip_source": f"office_broadband:{region}+cloud_fallback",
            "payment": "card_per_org",
            "orgs": 2,
            "user_agent": ua,
            "languages": sorted(langs),
            "sweep_items": len(sweep),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real coding product's traffic


_PRODUCTS = ("Quokka Code", "Tidewater IDE Assist", "Brisk Pair", "Kelpie Dev", "Lanternfish")
_CODE_WORDS = (
    "code",
    "python",
    "function",
    "error",
    "javascript",
    "sql",
    "java",
    "react",
    "class ",
    "api",
    "script",
    "bug",
    "typescript",
    "docker",
    "regex",
)


def sin_bin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sin_bin"
    product = pick(rng, _PRODUCTS)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    egress = cloud(rng, irange(rng, 4, 8), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9"))
    n_keys = irange(rng, 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    share_w = np.array([0.85] + [0.15 / max(1, n_keys - 1)] * (n_keys - 1))
    share_w /= share_w.sum()
    code_chat = [c for c in ctx.chat if any(k in c.lower() for k in _CODE_WORDS)] or list(ctx.chat)
    load = global_load(float(rng.uniform(12, 18)), float(rng.uniform(0.4, 0.7)))
    rate = float(rng.uniform(30, 60))
    prod_ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, load)
    h_start = ctx.release + float(rng.uniform(0, 6)) * HOUR
    h_share = float(rng.uniform(0.35, 0.6))
    harv_ts = thinned(rng, h_start, ctx.t1, h_share * rate * (ctx.t1 - h_start) / HOUR, load)
    p_code = float(rng.uniform(0.6, 0.8))
    ts = np.concatenate([prod_ts, harv_ts])
    is_h = np.concatenate([np.zeros(len(prod_ts), bool), np.ones(len(harv_ts), bool)])
    order = np.argsort(ts, kind="stable")
    ts, is_h = ts[order], is_h[order]
    who = rng.choice(n_keys, size=len(ts), p=share_w)
    prompts, comp, models = [], [], []
    m_prod = ctx.models(rng, ts, p_new=0.35, p_mini=0.2)
    m_harv = ctx.models(rng, ts, p_new=0.98, p_mini=0.0)
    for t_i, h in enumerate(is_h.tolist()):
        if h:
            body = (
                tx.code_problem(rng) if chance(rng, p_code) else tx.harvest_question(rng, ctx.chat)
            )
            comp.append(900.0)
            models.append(m_harv[t_i])
        else:
            body = tx.clip(rng, pick(rng, code_chat), 20, 1200)
            comp.append(350.0)
            models.append(m_prod[t_i])
        prompts.append(tx.product_wrap(rng, product, body))
    comp_a = np.asarray(comp)
    for k, a in enumerate(accts):
        sel = np.flatnonzero(who == k)
        ctx.emit(
            rng,
            a,
            ts[sel],
            [prompts[i] for i in sel.tolist()],
            models=[models[i] for i in sel.tolist()],
            comp_median=comp_a[sel],
            extra=irange(rng, 150, 400),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_hidden_in_product_traffic",
            "product": product,
            "pacing": "product_global_load",
            "product_per_hour": _r(rate),
            "harvest_share_of_product_rate": _r(h_share),
            "harvest_start": _r(h_start),
            "harvest_code_share": _r(p_code),
            "ip_source": f"cloud_egress:{provider}",
            "payment": "one_card",
            "user_agent": ua,
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, taken over around the model release


def illegal_screen(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "illegal_screen"
    n = irange(rng, 15, 28)
    op_tz = pick(rng, (8, 3, 2))
    p_keep_ua = float(rng.uniform(0.6, 0.85))
    accts, pivots = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.6)
            else (pick(rng, MOBILE) if chance(rng, 0.5) else sdk_ua(rng))
        )
        home_ips = home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="bought_aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home_ips,
            tz=tz,
        )
        accts.append(a)
        pivot = ctx.release + float(rng.uniform(-0.5, 1.5)) * DAY
        pivots.append(_r(pivot))
        pre = _cat(
            session_times(
                rng, ctx.t0, pivot, float(rng.uniform(0.8, 2.5)), evening_person(tz), 3.0, 60.0
            )
        )
        ctx.emit(
            rng,
            a,
            pre,
            [tx.short_chat(rng, ctx.chat, 1500) for _ in range(len(pre))],
            models=ctx.models(rng, pre, p_new=0.2, p_mini=0.2),
            comp_median=350.0,
        )
        post = _cat(
            session_times(
                rng,
                pivot,
                ctx.t1,
                float(rng.uniform(3, 6)),
                workday(op_tz, 9.0, 23.0, 0.7),
                8.0,
                30.0,
                0.6,
            )
        )
        proxy = home(rng, 20, tz)
        new_ua = ua if chance(rng, p_keep_ua) else sdk_ua(rng)
        ctx.emit(
            rng,
            a,
            post,
            [tx.harvest_question(rng, ctx.chat) for _ in range(len(post))],
            models=ctx.models(rng, post, p_new=0.9, p_mini=0.02),
            ips=sticky(rng, post, proxy, 1200.0),
            ua=new_ua,
            comp_median=700.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought_aged_accounts_takeover",
            "pivots": pivots,
            "operator_tz": op_tz,
            "pacing": "owner_evening_sessions_then_operator_sessions",
            "p_keep_user_agent": _r(p_keep_ua),
            "ip_source": "owner_home_then_same_region_residential_proxy",
            "payment": "owners_own_cards",
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of person-like accounts


_LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("pl", "tr", "en"),
    3: ("tr", "en"),
    5: ("en",),
    8: ("id", "en"),
    9: ("en",),
}


def zone_defence(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "zone_defence"
    n = irange(rng, 45, 80)
    tzs = [int(x) for x in rng.choice(TZS, irange(rng, 3, 4), replace=False)]
    sign_lo, sign_hi = float(rng.uniform(1.2, 2.5)), float(rng.uniform(0.1, 0.6))
    order = rng.permutation(len(tx.CONCEPTS)).tolist()
    p_cover = float(rng.uniform(0.1, 0.3))
    accts = []
    for i in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else pick(rng, MOBILE[:3])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        lang = pick(rng, _LANG_OF_TZ[tz])
        start = ctx.release - float(rng.uniform(sign_hi, sign_lo)) * DAY
        ts = _cat(
            session_times(
                rng, start, ctx.t1, float(rng.uniform(1.5, 3.5)), evening_person(tz), 4.0, 80.0, 0.9
            )
        )
        mine = order[(i * 3) % len(order) : (i * 3) % len(order) + 6] or order[:6]
        prompts = [
            tx.short_chat(rng, ctx.chat, 500)
            if chance(rng, p_cover)
            else tx.natural_question(rng, lang, pick(rng, mine))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.05),
            comp_median=600.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_person_like_crowd",
            "pacing": "evening_human_sessions",
            "signup_days_before_release": [_r(sign_hi), _r(sign_lo)],
            "timezones": tzs,
            "cover_share": _r(p_cover),
            "ip_source": "residential_proxy_matched_to_tz",
            "payment": "card_per_account",
            "languages": sorted({x for t in tzs for x in _LANG_OF_TZ[t]}),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay dressed as a company's staff behind an office NAT


def paddle_block(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "paddle_block"
    n = irange(rng, 18, 30)
    org = hexid(rng, "org")
    org_card, other_card = hexid(rng, "pay"), hexid(rng, "pay")
    tz = pick(rng, (0, 1))
    office = resi(rng, 2, "eu")
    vpn = cloud(rng, 2, "m247")
    created = ctx.release - float(rng.uniform(1.0, 2.5)) * DAY
    p_var = float(rng.uniform(0.1, 0.2))
    accts = []
    for _ in range(n):
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng, 0.7)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="staff_seat",
            campaign_id=cid,
            org=org,
            pay=org_card if chance(rng, 0.85) else other_card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        accts.append(a)
        start = created + float(rng.uniform(0, 1.0)) * DAY
        ts = _cat(
            session_times(rng, start, ctx.t1, float(rng.uniform(3, 6)), workday(tz), 7.0, 45.0)
        )
        prompts = []
        for _ in range(len(ts)):
            p = pick(rng, ctx.chat)
            if chance(rng, p_var):
                p = pick(rng, ("Please answer: ", "Q: ", "")) + p.strip()
            prompts.append(p)
        ips = [pick(rng, vpn) if chance(rng, 0.1) else pick(rng, office) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            ips=ips,
            comp_median=450.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay_as_office_staff",
            "pacing": "workday_human_sessions",
            "org_created": _r(created),
            "tz": tz,
            "variation_share": _r(p_var),
            "ip_source": "office_nat_residential+vpn",
            "payment": "org_card_plus_one",
            "user_agent": "browser_and_sdk_mix",
            "languages": ["en", "mixed_public_prompts"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "spray_deck": spray_deck,
    "buoyancy_aid": buoyancy_aid,
    "faceguard": faceguard,
    "hand_tackle": hand_tackle,
    "corner_throw": corner_throw,
    "goal_line": goal_line,
    "sprint_start": sprint_start,
    "flick_shot": flick_shot,
    "sin_bin": sin_bin,
    "illegal_screen": illegal_screen,
    "zone_defence": zone_defence,
    "paddle_block": paddle_block,
}

"""Campaign families of batch 98 (code names: alpine skiing terms).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, records the
operation with `ctx.campaign` (randomised parameters) and writes events with `ctx.emit`. All
randomness comes from the family's own rng, so a family's traffic depends only on (seed, salt,
family index). See README.md (the card) for what each one is and why it is hard.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick, picks
from bench.monitor_blind98 import texts


def _strs(values) -> list[str]:
    return [str(v) for v in values]


def _cards(rng: np.random.Generator, n_keys: int, mode: str) -> list[str]:
    """Payment fingerprints per key: one shared card, a few cards, or one per key."""
    if mode == "shared":
        return [bb.hexid(rng, "pay")] * n_keys
    if mode == "few":
        pool = [bb.hexid(rng, "pay") for _ in range(max(2, n_keys // irange(rng, 3, 6)))]
        return picks(rng, pool, n_keys)
    return [bb.hexid(rng, "pay") for _ in range(n_keys)]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block


def fall_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fall_line"
    n_keys = irange(rng, 12, 28)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 12))
    langs = _strs(
        rng.choice(["en", "zh", "ko", "ru", "es", "de"], size=irange(rng, 2, 4), replace=False)
    )
    styles = sorted(set(rng.integers(0, 5, size=irange(rng, 2, 4)).tolist()))
    card_mode = pick(rng, ("shared", "few"))
    cards = _cards(rng, n_keys, card_mode)
    org = bb.hexid(rng, "org") if chance(rng, 0.5) else None
    ua = bb.sdk_ua(rng, 0.6)
    per_hour = float(rng.uniform(22, 42))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    # two waves: the first keys are retired mid-window, fresh ones take over
    mid = float(rng.uniform(ctx.release - 0.5 * DAY, ctx.release + 1.0 * DAY))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=cards[i],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    first = accts[: n_keys // 2]
    second = accts[n_keys // 2 :]
    for group, a, b in ((first, start, mid), (second, mid, ctx.t1)):
        for acct, ts in zip(group, bb.worker_pool(rng, a, b, per_hour, len(group)), strict=True):
            ctx.emit(
                rng,
                acct,
                ts,
                texts.reasoning_trace(rng, len(ts), langs, styles),
                models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
                comp_median=1400,
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
            "pacing": "poisson_worker_pool_two_waves",
            "per_hour": per_hour,
            "ip_source": f"rented_block:{provider}",
            "payment": card_mode,
            "languages": langs,
            "styles": styles,
            "wave_switch": mid,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. reward / judge label harvest in scripted bursts through a VPN


def gate_judge(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gate_judge"
    n_keys = irange(rng, 3, 6)
    vpn = bb.cloud(rng, irange(rng, 3, 8), pick(rng, ("m247", "leaseweb", "vultr")))
    cards = _cards(rng, n_keys, "few")
    styles = sorted(set(rng.integers(0, 4, size=irange(rng, 2, 4)).tolist()))
    tz = pick(rng, (8, 3, 9, 1))
    org = bb.hexid(rng, "org")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=cards[i],
            ua=pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1")),
            ips=vpn,
            tz=tz,
        )
        for i in range(n_keys)
    ]
    burst_size = float(rng.uniform(40, 100))
    per_day = float(rng.uniform(1.0, 2.5))  # bursts per key per day
    for acct in accts:
        a = ctx.t0 + float(rng.uniform(0, 1.5)) * DAY
        starts = bb.thinned(
            rng,
            a,
            ctx.t1,
            per_day * (ctx.t1 - a) / DAY,
            bb.workday(tz, 9.0, 23.0, weekend=0.6, night=0.15),
        )
        trains = bb.bursts(rng, starts, burst_size, float(rng.uniform(1.2, 3.5)), 0.4, ctx.t1)
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        # the VPN exit changes per burst, not per request
        ips = bb.sticky(rng, ts, vpn, 20 * MINUTE)
        ctx.emit(
            rng,
            acct,
            ts,
            texts.judge_harvest(rng, len(ts), ctx.chat, ctx.passages, styles),
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=420,
            extra=0,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_label_harvest",
            "keys": n_keys,
            "pacing": "scripted_bursts",
            "burst_mean": burst_size,
            "bursts_per_day": per_day,
            "ip_source": "commercial_vpn",
            "payment": "few",
            "styles": styles,
            "tz": tz,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant rewrites through residential proxies, one prepaid card per key


def sideslip(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sideslip"
    n_keys = irange(rng, 8, 16)
    region = pick(rng, ("cn", "sea", "ru", "latam"))
    pool = bb.resi(rng, irange(rng, 60, 200), region)
    langs = _strs(
        rng.choice(["zh", "en", "ru", "vi", "ar", "tr"], size=irange(rng, 2, 4), replace=False)
    )
    styles = sorted(set(rng.integers(0, 3, size=irange(rng, 1, 3)).tolist()))
    tz = pick(rng, (8, 3, -3, 5))
    per_hour = float(rng.uniform(15, 30))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rewriter",
            campaign_id=cid,
            ua=pick(rng, bb.SDK_OTHER),
            ips=pool,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    streams = bb.worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, bb.workday(tz, 8.0, 22.0, 0.5, 0.08)
    )
    hold = float(rng.uniform(5, 30)) * MINUTE
    for acct, ts in zip(accts, streams, strict=True):
        ctx.emit(
            rng,
            acct,
            ts,
            texts.compliant_rewrite(rng, len(ts), ctx.chat, ctx.passages, langs, styles),
            ips=bb.sticky(rng, ts, pool, hold),
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=380,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_compliant_rewrites",
            "keys": n_keys,
            "pacing": "poisson_worker_pool_office_hours",
            "per_hour": per_hour,
            "ip_source": f"residential_proxy:{region}",
            "proxy_hold_s": hold,
            "payment": "one_prepaid_per_key",
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectory harvest across three clouds


def herringbone(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "herringbone"
    n_keys = irange(rng, 18, 36)
    styles = sorted(set(rng.integers(0, 4, size=irange(rng, 2, 4)).tolist()))
    card_mode = pick(rng, ("per_key", "few"))
    cards = _cards(rng, n_keys, card_mode)
    accts = []
    total = 0
    for i in range(n_keys):
        prov = pick(rng, ("aws", "gcp", "azure", "oracle"))
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i],
            ua=pick(
                rng,
                (
                    "litellm/1.60.2",
                    "langchain-openai/0.3.6",
                    "OpenAI/Python 1.54.0",
                    "AsyncOpenAI/Python 1.60.0",
                ),
            ),
            ips=bb.cloud(rng, irange(rng, 1, 4), prov),
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        n = float(rng.lognormal(np.log(170), 0.5))
        # each job is a few calls in quick succession (one agent episode)
        starts = bb.thinned(rng, a, ctx.t1, n / 3.5, bb.constant)
        ts = np.sort(np.concatenate(bb.bursts(rng, starts, 3.5, 6.0, 0.7, ctx.t1) or [np.empty(0)]))
        total += ctx.emit(
            rng,
            acct,
            ts,
            texts.agent_transcript(rng, len(ts), styles),
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.0),
            comp_median=520,
            err=0.02,
            extra=irange(rng, 150, 900),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_trajectory_harvest",
            "keys": n_keys,
            "pacing": "per_key_poisson_episodes",
            "ip_source": "mixed_clouds",
            "payment": card_mode,
            "styles": styles,
            "languages": ["en"],
            "events_planned": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation in nightly jobs


def giant_slalom(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "giant_slalom"
    n_keys = irange(rng, 2, 4)
    prov = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    tz = pick(rng, (8, 9, 3))
    langs = ["en"] + _strs(
        rng.choice(["zh", "ja", "ko", "ru", "pt"], size=irange(rng, 1, 2), replace=False)
    )
    styles = sorted(set(rng.integers(0, 4, size=irange(rng, 2, 4)).tolist()))
    org = bb.hexid(rng, "org")
    pay = bb.hexid(rng, "pay")
    start_h = float(rng.uniform(0, 4))
    hours = float(rng.uniform(3, 6))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=bb.cloud(rng, irange(rng, 2, 5), prov),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(40, 70))  # per hour per key inside the nightly window
    for acct in accts:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * hours * 7, bb.nightly(start_h, hours, tz))
        ctx.emit(
            rng,
            acct,
            ts,
            texts.synthetic_dataset(rng, len(ts), langs, styles),
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.1),
            comp_median=1900,
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
            "pacing": "nightly_job",
            "night_start_h": start_h,
            "hours": hours,
            "per_hour_per_key": rate,
            "ip_source": f"cloud:{prov}",
            "payment": "shared",
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest, session by session through sticky residential exits


def stem_christie(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "stem_christie"
    n_keys = irange(rng, 10, 20)
    pool = bb.resi(rng, irange(rng, 100, 300), pick(rng, ("us", "eu", "*")))
    cards = _cards(rng, n_keys, "few")
    style = int(rng.integers(0, 3))
    per_day = float(rng.uniform(4, 8))
    accts = []
    for i in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_worker",
            campaign_id=cid,
            pay=cards[i],
            ua=pick(rng, bb.BROWSERS) if style == 2 else bb.sdk_ua(rng),
            ips=pool,
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = bb.thinned(rng, a, ctx.t1, per_day * (ctx.t1 - a) / DAY, bb.global_load(14, 0.3))
        ts_all, prompts, ips = [], [], []
        for s in starts.tolist():
            turns = irange(rng, 4, 14)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(35), 0.5, size=turns - 1))]
            )
            ts_all.extend(t.tolist())
            prompts.extend(texts.dialogue_session(rng, ctx.chat, ctx.passages, turns, style))
            ips.extend([pick(rng, pool)] * turns)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0),
            comp_median=450,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n_keys,
            "pacing": "scripted_sessions",
            "sessions_per_day": per_day,
            "ip_source": "residential_proxy_sticky_per_session",
            "payment": "few",
            "style": style,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling


def mogul(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mogul"
    n_keys = irange(rng, 4, 8)
    prov = pick(rng, ("gcp", "aws", "azure"))
    org = bb.hexid(rng, "org")
    pay = bb.hexid(rng, "pay")
    n_best = irange(rng, 4, 16)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="AsyncOpenAI/Python 1.60.0",
            ips=bb.cloud(rng, irange(rng, 1, 3), prov),
        )
        for _ in range(n_keys)
    ]
    jobs_per_hour = float(rng.uniform(20, 35)) / n_best  # about 20-35 requests an hour in all
    for acct, starts in zip(
        accts,
        bb.worker_pool(
            rng, bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3), ctx.t1, jobs_per_hour, n_keys
        ),
        strict=True,
    ):
        pool = texts.sampling_pool(rng, len(starts), ctx.chat)
        ts_all, prompts = [], []
        for s, p in zip(starts.tolist(), pool, strict=True):
            k = max(2, n_best + irange(rng, -2, 2))
            # fired concurrently: k near-simultaneous requests
            t = s + np.sort(rng.exponential(0.4, size=k))
            ts_all.extend(t.tolist())
            prompts.extend([p] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=300,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_sampling",
            "keys": n_keys,
            "n": n_best,
            "pacing": "concurrent_fanout",
            "jobs_per_hour": jobs_per_hour,
            "ip_source": f"cloud:{prov}",
            "payment": "shared",
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep with a relay of keys, one active at a time


def course_setter(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "course_setter"
    n_keys = irange(rng, 6, 10)
    styles = sorted(set(rng.integers(0, 3, size=irange(rng, 1, 3)).tolist()))
    langs = ["en"] * 4 + _strs(
        rng.choice(["es", "fr", "hi", "id", "pt"], size=irange(rng, 1, 3), replace=False)
    )
    prompts = texts.taxonomy_sweep(rng, styles, langs)
    gap = float(rng.uniform(70, 140))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    n = min(len(prompts), int((ctx.t1 - start) / gap * 0.9))
    # steady script with jitter; pauses of a few hours now and then
    gaps = rng.lognormal(np.log(gap), 0.35, size=n)
    pause = rng.random(n) < 0.003
    gaps[pause] += rng.uniform(1, 5, size=int(pause.sum())) * HOUR
    ts = start + np.cumsum(gaps)
    keep = ts < ctx.t1
    ts, prompts = ts[keep], prompts[: int(keep.sum())]
    hold = (
        float(rng.uniform(6, 14)) * HOUR
    )  # each key carries the sweep for a shift, then the next one
    who = (np.floor((ts - start) / hold).astype(np.int64)) % n_keys
    accts = []
    for i in range(n_keys):
        prov = pick(rng, ("vultr", "digitalocean", "linode"))
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="relay_key",
            campaign_id=cid,
            ua=pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "curl/8.5.0")),
            ips=bb.cloud(rng, 1, prov),
        )
        accts.append(acct)
        sel = np.flatnonzero(who == i)
        ctx.emit(
            rng,
            acct,
            ts[sel],
            [prompts[j] for j in sel.tolist()],
            models=ctx.models(rng, ts[sel], p_new=0.9, p_mini=0.0),
            comp_median=900,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_taxonomy_sweep",
            "keys": n_keys,
            "pacing": "steady_script_key_relay",
            "gap_s": gap,
            "shift_s": hold,
            "ip_source": "one_vps_per_key",
            "payment": "one_per_key",
            "languages": sorted(set(langs)),
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. (hard) a real writing app's backend that slips a harvest into its own traffic


def blind_gate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "blind_gate"
    app = pick(rng, ("Quillmate", "Draftwell", "InkPilot", "Wordloom"))
    n_keys = irange(rng, 2, 3)
    org = bb.hexid(rng, "org")
    pay = bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 4, 10), "aws")
    share = float(rng.uniform(0.12, 0.28))
    langs = ["en", pick(rng, ("es", "de", "pt"))]
    styles = [int(rng.integers(0, 5))]
    per_hour = float(rng.uniform(35, 60))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    for acct in accts:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, per_hour / n_keys * 7 * 24, bb.global_load(15, 0.55))
        hidden = rng.random(len(ts)) < share
        hidden &= ts >= ctx.release - DAY  # the side-job starts shortly before the release
        n_h = int(hidden.sum())
        harvest = iter(
            [
                texts.app_prefix(rng, app, p)
                for p in texts.reasoning_trace(rng, n_h // 2, langs, styles)
            ]
            + [
                texts.app_prefix(rng, app, p)
                for p in texts.compliant_rewrite(
                    rng, n_h - n_h // 2, ctx.chat, ctx.passages, ["en"], [1]
                )
            ]
        )
        prompts = [
            next(harvest) if h else texts.app_prefix(rng, app, pick(rng, ctx.chat)[:1500])
            for h in hidden.tolist()
        ]
        med = np.where(hidden, 1100.0, 330.0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.15),
            comp_median=med,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "app": app,
            "keys": n_keys,
            "hidden_share": share,
            "pacing": "product_global_load",
            "ip_source": "cloud:aws_backend",
            "payment": "company_card",
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. (hard) low-and-slow: many human-looking accounts, each a private person at home


def sidecut(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sidecut"
    n_keys = irange(rng, 40, 70)
    accts = []
    tzs = []
    for _ in range(n_keys):
        tz = pick(rng, bb.TZS)
        tzs.append(tz)
        lang = (
            {8: "zh", 9: "ja", 3: "ru", -3: "pt", 5: "hi"}.get(tz, "en")
            if chance(rng, 0.5)
            else "en"
        )
        mob = chance(rng, 0.4)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sleeper",
            campaign_id=cid,
            ua=pick(rng, bb.MOBILE if mob else bb.BROWSERS),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(1.0, 2.5)),
            bb.evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(60, 200)),
        )
        ts = np.sort(np.concatenate(sessions)) if sessions else np.empty(0)
        ips = None
        if mob and len(ts):
            ips = bb.sticky(
                rng,
                ts,
                bb.mobile_v6(
                    rng, 12, pick(rng, ("us_mobile", "in_mobile", "eu_mobile", "br_mobile"))
                ),
                2 * HOUR,
            )
        ctx.emit(
            rng,
            acct,
            ts,
            texts.casual_hard(rng, len(ts), lang),
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=700,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_human_accounts",
            "keys": n_keys,
            "pacing": "human_sessions",
            "ip_source": "home_isp_and_mobile",
            "payment": "one_card_per_account",
            "tzs": sorted(set(tzs)),
            "languages": ["en", "zh", "ja", "ru", "pt", "hi"],
        },
    )


# --------------------------------------------------------------------------------------------
# 11. (hard) public prompt replay: ordinary ShareGPT prompts, verbatim, through rotating exits


def snowplough(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "snowplough"
    n_keys = irange(rng, 15, 30)
    pool = bb.resi(rng, irange(rng, 400, 900), "*")
    per_hour = float(rng.uniform(25, 40))
    offset = int(rng.integers(0, len(ctx.chat)))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            ua=pick(rng, bb.SDK_COMMON + bb.SDK_OTHER),
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    cursor = offset
    for acct, ts in zip(
        accts,
        bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, bb.global_load(13, 0.35)),
        strict=True,
    ):
        # walks a public dump in order, with a light touch of cleanup on some prompts
        prompts = []
        for _ in range(len(ts)):
            p = ctx.chat[cursor % len(ctx.chat)]
            cursor += 1
            prompts.append(p.strip() if chance(rng, 0.7) else p)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=picks(rng, pool, len(ts)),
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            comp_median=420,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n_keys,
            "per_hour": per_hour,
            "pacing": "poisson_worker_pool_global_curve",
            "ip_source": "rotating_residential_proxy_worldwide",
            "payment": "stolen_card_per_key",
            "dump_offset": offset,
            "languages": ["as_in_dump"],
        },
    )


# --------------------------------------------------------------------------------------------
# 12. (hard) bought / hijacked accounts: a real person's history, then a quiet takeover


def tuck(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tuck"
    n_keys = irange(rng, 8, 15)
    prov = pick(rng, ("digitalocean", "ovh", "linode"))
    via_cloud = chance(rng, 0.5)
    exits = bb.cloud(rng, irange(rng, 3, 6), prov) if via_cloud else bb.resi(rng, 40, "us")
    langs = ["en"]
    accts = []
    takeovers = []
    for _ in range(n_keys):
        tz = pick(rng, (-8, -5, 0, 1, 2))
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="hijacked",
            campaign_id=cid,
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        take = float(rng.uniform(ctx.release - 1.5 * DAY, ctx.release + 1.5 * DAY))
        takeovers.append(take)
        # the owner's own light use before the takeover (and a little after: they have not noticed)
        own = np.sort(
            np.concatenate(
                bb.session_times(rng, ctx.t0, ctx.t1, 0.8, bb.evening_person(tz), 3, 90)
                or [np.empty(0)]
            )
        )
        own = own[(own < take) | (rng.random(len(own)) < 0.3)]
        ctx.emit(
            rng,
            acct,
            own,
            [pick(rng, ctx.chat)[:1200] for _ in range(len(own))],
            models=ctx.models(rng, own, p_new=0.5, p_mini=0.1),
            comp_median=330,
            err=0.005,
        )
        # the buyer: modest, script-paced use from its own exits, mixed extraction prompts
        n_h = float(rng.uniform(120, 320))
        ts = bb.thinned(rng, take, ctx.t1, n_h, bb.workday(pick(rng, (8, 3)), 9, 21, 0.7, 0.1))
        k = len(ts)
        mix = (
            texts.reasoning_trace(rng, k // 3, langs, [1, 3])
            + texts.agent_transcript(rng, k // 3, [0, 2])
            + texts.synthetic_dataset(rng, k - 2 * (k // 3), langs, [0, 1])
        )
        order = rng.permutation(k)
        ctx.emit(
            rng,
            acct,
            ts,
            [mix[i] for i in order.tolist()],
            ips=picks(rng, exits, k) if k else [],
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1000,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "hijacked_accounts_takeover",
            "keys": n_keys,
            "pacing": "owner_sessions_then_script",
            "takeovers": takeovers,
            "ip_source": "home_then_" + (f"cloud:{prov}" if via_cloud else "resi_proxy:us"),
            "payment": "victims_own_cards",
            "languages": langs,
        },
    )


CAMPAIGN_FAMILIES = {
    "fall_line": fall_line,
    "gate_judge": gate_judge,
    "sideslip": sideslip,
    "herringbone": herringbone,
    "giant_slalom": giant_slalom,
    "stem_christie": stem_christie,
    "mogul": mogul,
    "course_setter": course_setter,
    "blind_gate": blind_gate,
    "sidecut": sidecut,
    "snowplough": snowplough,
    "tuck": tuck,
}

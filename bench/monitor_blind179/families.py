"""Campaign families of blind batch 179 (code names from bagpipe making).

Each family is `fn(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Every choice (key counts, orgs,
cards, pacing, addresses, user agents, languages, models) is drawn from the family's own rng.
The families `projecting_mount`, `chanter_sole`, `flapper_valve` and `bore_reaming` are built to
look like legitimate use; `tenor_drone` and `hemp_whipping` are in between.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    SDK_OTHER,
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
from bench.monitor_blind179 import texts

Rng = np.random.Generator
C = "campaign"

#: the two browser strings most common in the simulator's background traffic
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
)
#: a UTC offset's likely languages for a person living there
LANGS_OF_TZ = {
    -8: ("en",),
    -5: ("en", "en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es", "en"),
    2: ("de", "en"),
    3: ("en",),
    5: ("en",),
    8: ("en",),
    9: ("ja", "en"),
}
_CODE_WORDS = (
    "code",
    "function",
    "python",
    "error",
    "javascript",
    "sql",
    "class ",
    "def ",
    "import ",
    "api ",
    "bug",
    "react",
    "typescript",
    "docker",
)


def _mix(rng: Rng, names: tuple[str, ...], conc: list[float]) -> tuple[tuple[str, ...], np.ndarray]:
    """A family's own language mix: Dirichlet weights around `conc`."""
    return names, rng.dirichlet(conc)


def _lang(rng: Rng, mix: tuple[tuple[str, ...], np.ndarray]) -> str:
    return texts.weighted(rng, mix[0], mix[1])


def _round(d: dict) -> dict:
    """JSON-safe params: numpy scalars to Python, floats rounded."""
    out = {}
    for k, v in d.items():
        if isinstance(v, (float, np.floating)):
            out[k] = round(float(v), 3)
        elif isinstance(v, np.integer):
            out[k] = int(v)
        elif isinstance(v, (list, tuple)):
            out[k] = [
                round(float(x), 3)
                if isinstance(x, (float, np.floating))
                else (int(x) if isinstance(x, np.integer) else x)
                for x in v
            ]
        else:
            out[k] = v
    return out


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block, a Poisson worker pool


def chanter_reed(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "chanter_reed"
    n_keys, n_orgs = irange(rng, 6, 14), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.6)
    cards = [hexid(rng, "pay") for _ in range(1 if shared_card else n_orgs)]
    prov = pick(rng, ("hetzner", "ovh", "contabo"))
    block = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 4, 8))
    ua = sdk_ua(rng, 0.3)
    mix = _mix(rng, ("en", "zh", "ru"), [6.0, 2.5, 1.5])
    start = ctx.release - float(rng.uniform(0.2, 1.2)) * DAY
    per_hour = float(rng.uniform(40, 110))
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i % n_orgs],
            pay=cards[0 if shared_card else i % n_orgs],
            ua=ua,
            ips=picks(rng, block, irange(rng, 2, 4)),
        )
        for i in range(n_keys)
    ]
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        prompts = [
            texts.reasoning_harvest(rng, _lang(rng, mix), irange(rng, 0, 3)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=1400,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        _round(
            {
                "operation": "reasoning-trace coercion",
                "keys": n_keys,
                "orgs": n_orgs,
                "payment": "one prepaid card" if shared_card else "card per org",
                "ip_source": f"rented {prov} /24s",
                "pacing": "poisson worker pool",
                "per_hour": per_hour,
                "start": start,
                "user_agent": ua,
                "languages": list(mix[0]),
                "language_weights": mix[1].tolist(),
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading harvest: nightly bursts from AWS


def drone_reed(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "drone_reed"
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, 1, "aws")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="grader",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, "aws") + nat,
        )
        for _ in range(n_keys)
    ]
    tz = pick(rng, (8, 9, 3, 1))
    mix = _mix(rng, ("en", "ko", "ja"), [7.0, 1.5, 1.5])
    start = jitter_start(rng, ctx.t0, ctx.release, 0.6)
    nights = (ctx.t1 - start) / DAY
    starts = thinned(
        rng,
        start,
        ctx.t1,
        nights * irange(rng, 6, 14),
        nightly(float(rng.uniform(0.5, 2.5)), 4.5, tz),
    )
    size, gap = float(rng.uniform(40, 120)), float(rng.uniform(0.8, 2.5))
    trains = bursts(rng, starts, size, gap, b=ctx.t1)
    who = rng.integers(0, n_keys, size=len(trains))
    for i, a in enumerate(accts):
        mine = [t for t, w in zip(trains, who.tolist(), strict=True) if w == i]
        ts = np.sort(np.concatenate(mine)) if mine else np.empty(0)
        prompts = [
            texts.judge_harvest(rng, ctx.chat, ctx.passages, irange(rng, 0, 3), _lang(rng, mix))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=300,
            comp_sigma=0.6,
            err=0.02,
        )
    # an engineer's daytime spot checks from home with a browser tool, on the first key
    eng = accts[0]
    dtz = pick(rng, (8, 9, 1))
    ts = thinned(rng, start, ctx.t1, float(rng.uniform(15, 40)), workday(dtz))
    ctx.emit(
        rng,
        eng,
        ts,
        [texts.judge_harvest(rng, ctx.chat, ctx.passages, 1, "en") for _ in range(len(ts))],
        models=ctx.models(rng, ts, p_new=0.85),
        ips=home(rng, 1, dtz)[0],
        ua=pick(rng, BROWSERS),
        comp_median=300,
    )
    ctx.campaign(
        camp,
        fam,
        accts,
        _round(
            {
                "operation": "judge/rubric/reward grading harvest",
                "keys": n_keys,
                "orgs": 1,
                "payment": "one card",
                "ip_source": "aws instances + NAT gateway; engineer home broadband",
                "pacing": "nightly bursts",
                "night_tz": tz,
                "burst_size": size,
                "burst_gap_s": gap,
                "user_agent": ua,
                "languages": list(mix[0]),
                "language_weights": mix[1].tolist(),
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites: churned keys on stolen cards behind a residential pool


def bass_drone(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "bass_drone"
    n_keys = irange(rng, 10, 20)
    region = pick(rng, ("us", "eu", "sea"))
    pool = resi(rng, irange(rng, 150, 400), region)
    main_ua = sdk_ua(rng, 0.5)
    mix = _mix(rng, ("zh", "en"), [6.0, 4.0])
    hold = float(rng.uniform(300, 1200))
    accts = []
    for _ in range(n_keys):
        ua = main_ua if chance(rng, 0.7) else sdk_ua(rng, 0.2)
        a = ctx.account(
            rng,
            label=C,
            family=fam,
            role="burner",
            campaign_id=camp,
            ua=ua,
            ips=picks(rng, pool, 3),
        )
        accts.append(a)
        born = float(rng.uniform(ctx.t0 + 0.8 * DAY, ctx.t1 - 0.5 * DAY))
        life = float(rng.uniform(0.4, 2.0)) * DAY
        ts = thinned(
            rng, born, min(ctx.t1, born + life), float(rng.uniform(8, 25)) * life / HOUR, constant
        )
        prompts = [
            texts.policy_rewrite(rng, ctx.chat, ctx.passages, irange(rng, 0, 3), _lang(rng, mix))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=sticky(rng, ts, pool, hold),
            comp_median=600,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        _round(
            {
                "operation": "censorship-safe / policy rewrites",
                "keys": n_keys,
                "orgs": n_keys,
                "payment": "stolen card per key",
                "ip_source": f"residential proxy pool ({region}), sticky",
                "sticky_s": hold,
                "pacing": "churned keys, 0.4-2 day lifetimes, steady Poisson",
                "user_agent": main_ua,
                "languages": list(mix[0]),
                "language_weights": mix[1].tolist(),
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts: episodes with a growing history, agent-framework UAs


def tenor_drone(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "tenor_drone"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "azure"))
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="agent",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2")),
            ips=cloud(rng, 2, prov),
        )
        for _ in range(n_keys)
    ]
    mix = _mix(rng, ("en", "es"), [8.0, 2.0])
    start = jitter_start(rng, ctx.t0, ctx.release, 0.8)
    n_ep = float(rng.uniform(250, 500)) * (ctx.t1 - start) / (7 * DAY)
    starts = thinned(rng, start, ctx.t1, n_ep, global_load(float(rng.uniform(0, 24)), 0.4))
    step_gap = float(rng.uniform(4, 12))
    per = {a.id: ([], [], []) for a in accts}
    for s in starts.tolist():
        a = pick(rng, accts)
        k = irange(rng, 5, 25)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))])
        task = texts.agent_task(rng, _lang(rng, mix))
        ps = texts.agent_episode(rng, task, texts.agent_tools(rng), k, irange(rng, 0, 2))
        per[a.id][0].extend(t.tolist())
        per[a.id][1].extend(ps)
        per[a.id][2].extend((200 + 180 * np.arange(k)).tolist())
    for a in accts:
        ts, ps, ex = per[a.id]
        order = np.argsort(ts, kind="stable")
        ts = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [ps[i] for i in order.tolist()],
            models=ctx.models(rng, ts, p_new=0.8),
            comp_median=180,
            comp_sigma=0.7,
            extra=np.asarray(ex, dtype=np.int64)[order],
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        _round(
            {
                "operation": "agent/tool-use transcript harvest",
                "keys": n_keys,
                "orgs": 1,
                "payment": "one card",
                "ip_source": f"{prov} instances",
                "pacing": "agent episodes (5-25 steps) on a global load curve",
                "episodes": len(starts),
                "step_gap_s": step_gap,
                "languages": list(mix[0]),
                "language_weights": mix[1].tolist(),
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation: two waves of keys, a high-rate worker pool


def blowstick(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "blowstick"
    n_keys = irange(rng, 15, 30)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    prov = pick(rng, ("digitalocean", "vultr", "linode"))
    block = rented_block(rng, prov, 2, irange(rng, 5, 9))
    ua = pick(rng, SDK_OTHER[:6])
    mix = _mix(
        rng, ("English", "Spanish", "French", "German", "Indonesian"), [5.0, 1.5, 1.0, 1.0, 1.0]
    )
    waves = [
        ctx.release - float(rng.uniform(0.2, 0.8)) * DAY,
        ctx.release + float(rng.uniform(0.6, 1.4)) * DAY,
    ]
    split = irange(rng, n_keys // 3, n_keys // 2)
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="generator",
            campaign_id=camp,
            pay=pick(rng, cards),
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(80, 160))
    for group, start in ((accts[:split], waves[0]), (accts[split:], waves[1])):
        for a, ts in zip(group, worker_pool(rng, start, ctx.t1, rate / 2, len(group)), strict=True):
            prompts = [
                texts.dataset_harvest(rng, ctx.chat, irange(rng, 0, 3), _lang(rng, mix))
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.97, p_mini=0.01),
                comp_median=1800,
                comp_sigma=0.4,
                err=0.04,
            )
    ctx.campaign(
        camp,
        fam,
        accts,
        _round(
            {
                "operation": "synthetic dataset generation",
                "keys": n_keys,
                "orgs": n_keys,
                "payment": f"{len(cards)} prepaid cards shared",
                "ip_source": f"rented {prov} /24s",
                "pacing": "two waves of keys, worker pools",
                "waves": waves,
                "per_hour_per_wave": rate / 2,
                "user_agent": ua,
                "languages": list(mix[0]),
                "language_weights": mix[1].tolist(),
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 6. (hard) multi-turn dialogue harvest through a crowd of person-like accounts


def projecting_mount(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "projecting_mount"
    n = irange(rng, 40, 70)
    tzs = (-8, -5, -5, -3, 0, 1, 1, 2)
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        lang = pick(rng, LANGS_OF_TZ[tz])
        phone = chance(rng, 0.25)
        ua = pick(rng, MOBILE[:3]) if phone else pick(rng, BG_BROWSERS + BROWSERS[:2])
        ips = home(rng, 1, tz)
        if phone:
            ips += mobile_v6(
                rng,
                2,
                "us_mobile" if tz in (-8, -5) else ("br_mobile" if tz == -3 else "eu_mobile"),
            )
        a = ctx.account(
            rng, label=C, family=fam, role="persona", campaign_id=camp, ua=ua, ips=ips, tz=tz
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            evening_person(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(50, 140)),
        )
        ts_all, ps = [], []
        for s in sess:
            for j in range(len(s)):
                ps.append(
                    texts.dialogue_opener(rng, ctx.chat, lang)
                    if j == 0
                    else texts.dialogue_followup(rng, lang)
                )
            ts_all.extend(s.tolist())
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.3, 0.55)), p_mini=0.03),
            comp_median=520,
            comp_sigma=0.7,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n,
            "orgs": n,
            "payment": "virtual card per account",
            "ip_source": "residential proxies matched to each persona's time zone, some carrier IPv6",
            "pacing": "human-like evening sessions, opener + short follow-ups",
            "languages": ["en", "es", "pt", "de", "fr"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: identical prompts fired n times at once


def ring_cap(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "ring_cap"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("oracle", "azure"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.1, 0.5)) * DAY
    per_hour = float(rng.uniform(6, 15))
    starts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
    modes = rng.dirichlet([3.0, 4.0, 3.0])
    per = {a.id: ([], []) for a in accts}
    for s in starts.tolist():
        a = pick(rng, accts)
        n = pick(rng, (4, 5, 8, 8, 16))
        p = texts.sampling_item(rng, ctx.chat, int(rng.choice(3, p=modes)))
        t = s + np.cumsum(rng.exponential(0.15, size=n))
        per[a.id][0].extend(t.tolist())
        per[a.id][1].extend([p] * n)
    for a in accts:
        ts, ps = per[a.id]
        order = np.argsort(ts, kind="stable")
        ts = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [ps[i] for i in order.tolist()],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=380,
            comp_sigma=0.6,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        _round(
            {
                "operation": "best-of-n / soft-label sampling",
                "keys": n_keys,
                "orgs": 1,
                "payment": "one card",
                "ip_source": f"{prov} instances",
                "pacing": "items at a steady Poisson rate, n identical calls each",
                "items_per_hour": per_hour,
                "mode_weights": modes.tolist(),
                "user_agent": ua,
                "languages": ["en"],
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep: slow, clockwork-steady, one VPS per key


def bag_seasoning(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "bag_seasoning"
    n_keys = irange(rng, 2, 4)
    cards = [hexid(rng, "pay") for _ in range(2)]
    provs = [pick(rng, ("hetzner", "ovh", "scaleway", "vultr", "contabo")) for _ in range(n_keys)]
    subjects = list(texts.CURRICULUM)
    accts, periods = [], []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label=C,
            family=fam,
            role="sweeper",
            campaign_id=camp,
            pay=cards[i % 2],
            ua="python-httpx/0.28.1",
            ips=cloud(rng, 1, provs[i]),
        )
        accts.append(a)
        lang = pick(rng, ("en", "en", "de", "es"))
        subj = rng.permutation(subjects)[: irange(rng, 2, 4)].tolist()
        period = float(rng.uniform(40, 110))
        periods.append(period)
        start = ctx.release + float(rng.uniform(0.05, 0.4)) * DAY
        m = int((ctx.t1 - start) / period)
        ts = start + np.arange(m) * period + rng.normal(0, 0.08 * period, size=m)
        for _ in range(irange(rng, 0, 3)):  # crashes and restarts
            g0 = float(rng.uniform(start, ctx.t1))
            ts = ts[(ts < g0) | (ts > g0 + float(rng.uniform(1, 4)) * HOUR)]
        ts = np.sort(ts)
        grid = [
            (s, c, lv, it)
            for s in subj
            for c in texts.CURRICULUM[s]
            for lv in range(1, 11)
            for it in range(1, 4)
        ]
        style = irange(rng, 0, 1)
        prompts = [
            texts.curriculum_item(
                rng,
                *grid[j % len(grid)][:3],
                grid[j % len(grid)][3] + 3 * (j // len(grid)),
                lang,
                style,
            )
            for j in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=1.0, p_mini=0.0),
            comp_median=900,
            comp_sigma=0.45,
            err=0.005,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        _round(
            {
                "operation": "curriculum sweep",
                "keys": n_keys,
                "orgs": n_keys,
                "payment": "two cards",
                "ip_source": "one VPS per key: " + ", ".join(provs),
                "pacing": "fixed period with jitter, 24/7, restarts",
                "periods_s": periods,
                "languages": ["en", "de", "es"],
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest: one passage fanned out to many languages, via VPN exits


def hemp_whipping(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "hemp_whipping"
    n_keys, n_orgs = irange(rng, 8, 12), 2
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    uas = [sdk_ua(rng, 0.6) for _ in range(n_orgs)]
    vpn = cloud(rng, irange(rng, 20, 50), "m247") + cloud(rng, irange(rng, 10, 25), "leaseweb")
    hold = float(rng.uniform(900, 3600))
    tz = pick(rng, (3, 2, 5))
    curve = workday(tz, start=9.0, end=20.0, weekend=0.3, night=0.05)
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="translator",
            campaign_id=camp,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=uas[i % n_orgs],
            ips=picks(rng, vpn, 3),
            tz=tz,
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.5)
    per_hour = float(rng.uniform(40, 90))
    langs = list(texts.LANGS)
    longchat = [c for c in ctx.chat if len(c) >= 80] or list(ctx.chat)
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True):
        prompts, comp = [], []
        j = 0
        while j < len(ts):
            src = texts._clip(
                pick(rng, ctx.passages if chance(rng, 0.6) else longchat), 120, 1200, rng
            )
            style = irange(rng, 0, 3)
            targets = rng.permutation(langs)[: irange(rng, 6, 12)].tolist()
            for tgt in targets[: len(ts) - j]:
                prompts.append(texts.translation_harvest(rng, src, tgt, style))
                comp.append(len(src) / 3.0)
            j += len(targets)
        ctx.emit(
            rng,
            a,
            ts,
            prompts[: len(ts)],
            models=ctx.models(rng, ts, p_new=0.8),
            ips=sticky(rng, ts, vpn, hold),
            comp_median=np.asarray(comp[: len(ts)]),
            comp_sigma=0.3,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        _round(
            {
                "operation": "translation corpus harvest",
                "keys": n_keys,
                "orgs": n_orgs,
                "payment": "card per org",
                "ip_source": "commercial VPN exits (m247, leaseweb), sticky",
                "sticky_s": hold,
                "pacing": f"worker pool on a working day in UTC{tz:+d}",
                "per_hour": per_hour,
                "languages": ["en"] + langs,
                "user_agent": uas,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 10. (hard) code harvest hidden inside a real coding-assistant product's traffic


def chanter_sole(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "chanter_sole"
    brand = pick(rng, ("DevNook", "Stackwise", "Kodaflow", "Patchly", "Gitbrook"))
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="product_backend",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    codeish = [c for c in ctx.chat if any(w in c.lower() for w in _CODE_WORDS)] or list(ctx.chat)
    peak = float(rng.uniform(13, 18))
    load = global_load(peak, 0.55)
    real_rate = float(rng.uniform(30, 70))
    real = thinned(rng, ctx.t0, ctx.t1, real_rate * (ctx.t1 - ctx.t0) / HOUR, load)
    h_start = ctx.release + float(rng.uniform(0.0, 0.5)) * DAY
    h_rate = real_rate * float(rng.uniform(0.25, 0.5))
    harvest = thinned(
        rng, h_start, ctx.t1, h_rate * (ctx.t1 - h_start) / HOUR, lambda t: 1.0 - 0.6 * load(t)
    )
    real_who, harv_who = (
        rng.integers(0, n_keys, size=len(real)),
        rng.integers(0, n_keys, size=len(harvest)),
    )
    for i, a in enumerate(accts):
        rt, ht = real[real_who == i], harvest[harv_who == i]
        rp = [
            texts.product_wrapper(rng, brand, texts._clip(pick(rng, codeish), 10, 1500, rng))
            for _ in range(len(rt))
        ]
        hp = [texts.code_harvest(rng, brand, irange(rng, 0, 2)) for _ in range(len(ht))]
        ctx.emit(
            rng, a, rt, rp, models=ctx.models(rng, rt, p_new=0.5, p_mini=0.15), comp_median=350
        )
        ctx.emit(
            rng,
            a,
            ht,
            hp,
            models=ctx.models(rng, ht, p_new=1.0, p_mini=0.0),
            comp_median=850,
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        _round(
            {
                "operation": "code harvest inside a live coding-assistant product",
                "brand": brand,
                "keys": n_keys,
                "orgs": 1,
                "payment": "one company card",
                "ip_source": "aws NAT gateways (shared by all keys)",
                "pacing": "real users on a global load curve + harvest weighted to off-peak",
                "real_per_hour": real_rate,
                "harvest_per_hour": h_rate,
                "harvest_start": h_start,
                "user_agent": ua,
                "languages": ["en"],
                "hard": True,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 11. (hard) bought / compromised aged accounts


def flapper_valve(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "flapper_valve"
    n = irange(rng, 15, 30)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, LANGS_OF_TZ[tz])
        ua = pick(rng, BG_BROWSERS + SDK_COMMON[:2] + BROWSERS[:2])
        home_ip = home(rng, 1, tz)
        a = ctx.account(
            rng, label=C, family=fam, role="aged", campaign_id=camp, ua=ua, ips=home_ip, tz=tz
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(0.1, 1.8)) * DAY
        # the original owner's light history before the takeover
        sess = session_times(
            rng, ctx.t0, take, float(rng.uniform(0.3, 1.5)), evening_person(tz), 3.0, 90.0
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            [texts._clip(pick(rng, ctx.chat), 5, 900, rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.15),
            comp_median=350,
        )
        # after the takeover: a proxy in the owner's region, the owner's user agent
        pool = home(rng, irange(rng, 8, 30), tz)
        per_day = float(rng.uniform(40, 120))
        ts = thinned(
            rng,
            take,
            ctx.t1,
            per_day * (ctx.t1 - take) / DAY,
            workday(tz, start=8.0, end=23.0, weekend=0.8, night=0.05),
        )
        ps = [
            texts._clip(pick(rng, ctx.chat), 5, 900, rng)
            if chance(rng, 0.15)
            else texts.expert_question(rng, lang)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, pool, float(rng.uniform(1, 6)) * HOUR),
            comp_median=950,
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "expert long-form harvest through bought/compromised aged accounts",
            "keys": n,
            "orgs": n,
            "payment": "each account's original card",
            "ip_source": "owner's home, then residential proxies in the owner's region",
            "pacing": "owner's light evening use, then 40-120/day on a long day curve after takeover",
            "languages": ["en", "de", "es", "pt", "fr", "ja"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. (hard) public prompt replay through many ordinary-looking accounts


def bore_reaming(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "bore_reaming"
    n = irange(rng, 30, 50)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = texts.weighted(
            rng,
            ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "curl/8.5.0") + BG_BROWSERS,
            [5, 2, 0.5, 2, 1],
        )
        born = ctx.release + float(rng.uniform(-1.5, 1.5)) * DAY
        days = int(np.ceil((ctx.t1 - born) / DAY)) + 1
        daily = home(rng, days, tz)
        a = ctx.account(
            rng, label=C, family=fam, role="replayer", campaign_id=camp, ua=ua, ips=daily, tz=tz
        )
        accts.append(a)
        vol = (
            float(rng.uniform(3, 8)) if chance(rng, 0.15) else float(rng.lognormal(np.log(35), 0.7))
        )
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.4, night=0.05)
        ts = thinned(rng, born, ctx.t1, vol, curve)
        ps = []
        for _ in range(len(ts)):
            ps.append(ctx.chat[order[cursor % len(order)]])
            cursor += 1
        ips = [daily[min(int((t - born) // DAY), days - 1)] for t in ts.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.03),
            ips=ips,
            comp_median=420,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public prompt-set replay for the new model's answers",
            "keys": n,
            "orgs": n,
            "payment": "prepaid virtual card per account",
            "ip_source": "residential proxy, one address per account per day",
            "pacing": "ordinary-user volumes on person-like day curves, accounts opened around the release",
            "languages": ["as in the public set"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "chanter_reed": chanter_reed,
    "drone_reed": drone_reed,
    "bass_drone": bass_drone,
    "tenor_drone": tenor_drone,
    "blowstick": blowstick,
    "projecting_mount": projecting_mount,
    "ring_cap": ring_cap,
    "bag_seasoning": bag_seasoning,
    "hemp_whipping": hemp_whipping,
    "chanter_sole": chanter_sole,
    "flapper_valve": flapper_valve,
    "bore_reaming": bore_reaming,
}

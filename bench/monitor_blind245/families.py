"""Campaign families of batch 245: twelve ways an operator harvests the model's outputs.

Each family is `f(ctx, rng, campaign_id)` and draws everything (key counts, orgs, cards, pacing,
addresses, user agents, languages, template styles, model choice) from its own generator. Code
names are words from sack racing; what each one does is in the package README (read it only after
the monitor's single run).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
    Acct,
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
from bench.monitor_blind245 import texts as tx

Family = Callable[[Ctx, np.random.Generator, str], None]

#: browser strings people send (the shared list plus the builds most common in the background)
PEOPLE_UAS: tuple[str, ...] = BROWSERS + (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
PHONE_UAS: tuple[str, ...] = MOBILE + (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)

#: the language people in each UTC offset most often write in (first) and others seen there
TZ_LANGS: dict[int, tuple[str, ...]] = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en", "fr"),
    1: ("de", "fr", "es", "en"),
    2: ("de", "en"),
    3: ("en", "ru"),
    5: ("en",),
    8: ("en", "zh"),
    9: ("ja", "en"),
}
#: consumer regions by UTC offset (as `distillguard.sim.ipspace` maps them)
TZ_REGION: dict[int, str] = {
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


def lang_mix(
    rng: np.random.Generator, langs: tuple[str, ...], main_boost: float = 2.0
) -> tuple[list[str], np.ndarray]:
    """A campaign's languages (a random non-empty subset, first always kept) and their weights."""
    keep = [langs[0]] + [g for g in langs[1:] if chance(rng, 0.6)]
    w = rng.dirichlet(np.ones(len(keep)))
    w[0] += main_boost * float(rng.uniform(0.3, 1.0))
    return keep, w / w.sum()


def draw_langs(rng: np.random.Generator, mix: tuple[list[str], np.ndarray], n: int) -> list[str]:
    langs, w = mix
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w).tolist()]


def style_set(rng: np.random.Generator, n_styles: int, lo: int = 2) -> list[int]:
    return sorted(int(x) for x in rng.permutation(n_styles)[: irange(rng, lo, n_styles)].tolist())


def ramp(t_start: float, hours: float, floor: float = 0.1) -> Callable[[np.ndarray], np.ndarray]:
    """A pipeline coming up to speed: weight rises linearly from `floor` over `hours`."""

    def f(ts: np.ndarray) -> np.ndarray:
        return np.clip((np.asarray(ts) - t_start) / (hours * HOUR), floor, 1.0)

    return f


def statuses(rng: np.random.Generator, n: int, err: float) -> np.ndarray:
    return np.where(rng.random(n) < err, 429, 200)


# --------------------------------------------------------------------------------------------


def burlap_hop(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, a worker pool after the release."""
    fam = "burlap_hop"
    n_keys, n_orgs = irange(rng, 8, 18), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay")] if chance(rng, 0.5) else [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "contabo", "vultr"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 8))
    ua_main = sdk_ua(rng, 0.6)
    mix = lang_mix(rng, ("en", "zh", "ru", "es", "de"))
    styles = style_set(rng, 4)
    accts = []
    for i in range(n_keys):
        ua = ua_main if chance(rng, 0.8) else sdk_ua(rng, 0.3)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % len(cards)],
                ua=ua,
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
    # a few keys probe the old model before the release
    n_probe = irange(rng, 1, 4)
    t_probe = jitter_start(rng, ctx.t0, ctx.release, 0.7)
    for a in accts[:n_probe]:
        ts = thinned(rng, t_probe, ctx.release, float(rng.uniform(8, 40)), constant)
        _emit_reasoning(ctx, rng, a, ts, mix, styles, p_new=0.0)
    pivot = ctx.release + float(rng.uniform(0.5, 10)) * HOUR
    rate = float(rng.uniform(70, 170))
    pool = worker_pool(rng, pivot, ctx.t1, rate, n_keys, ramp(pivot, float(rng.uniform(3, 18))))
    for a, ts in zip(accts, pool, strict=True):
        _emit_reasoning(ctx, rng, a, ts, mix, styles, p_new=0.97)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": len(cards),
            "provider": provider,
            "ips": len(block),
            "pivot_ts": pivot,
            "pool_per_hour": rate,
            "languages": mix[0],
            "styles": styles,
            "ua": ua_main,
        },
    )


def _emit_reasoning(
    ctx: Ctx,
    rng: np.random.Generator,
    a: Acct,
    ts: np.ndarray,
    mix,
    styles: list[int],
    p_new: float,
) -> None:
    if len(ts) == 0:
        return
    langs = draw_langs(rng, mix, len(ts))
    prompts = [tx.reasoning_coercion(rng, lg, pick(rng, styles)) for lg in langs]
    ctx.emit(
        rng,
        a,
        ts,
        prompts,
        models=ctx.models(rng, ts, p_new=p_new, p_mini=0.02),
        comp_median=1400,
        comp_sigma=0.5,
        err=0.02,
    )


def jute_sack(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading in scripted bursts from cloud workers, prepaid cards."""
    fam = "jute_sack"
    n_keys = irange(rng, 4, 9)
    org = hexid(rng, "org")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(
        rng,
        (
            "python-httpx/0.28.1",
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.58.1",
            "aiohttp/3.11.11",
        ),
    )
    mix = lang_mix(rng, ("en", "de", "es", "zh"), main_boost=3.0)
    styles = style_set(rng, 4)
    start = ctx.release - float(rng.uniform(0.2, 2.0)) * DAY
    per_day = float(rng.uniform(3, 6))
    size = float(rng.uniform(30, 75))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        accts.append(a)
        starts = thinned(
            rng,
            jitter_start(rng, start, ctx.t1, 0.15),
            ctx.t1,
            per_day * (ctx.t1 - start) / DAY,
            constant,
        )
        trains = bursts(rng, starts, size, float(rng.uniform(0.8, 2.5)), 0.6, ctx.t1)
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        langs = draw_langs(rng, mix, len(ts))
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, lg, pick(rng, styles)) for lg in langs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=90,
            comp_sigma=0.7,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n_keys,
            "cards": "one prepaid per key",
            "provider": provider,
            "bursts_per_day": per_day,
            "burst_size": size,
            "start_ts": start,
            "languages": mix[0],
            "styles": styles,
            "ua": ua,
        },
    )


def hessian_bag(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant rewrites through burned keys on stolen cards behind a residential proxy pool."""
    fam = "hessian_bag"
    n_keys = irange(rng, 18, 34)
    regions = sorted(
        str(x)
        for x in rng.permutation(np.array(["us", "eu", "latam", "sea", "in", "ca"]))[
            : irange(rng, 2, 4)
        ].tolist()
    )
    pool = [ip for r in regions for ip in resi(rng, irange(rng, 60, 160), r)]
    hold = float(rng.uniform(10, 45)) * MINUTE
    mix = lang_mix(rng, ("en", "zh", "ar", "fr"))
    styles = style_set(rng, 4)
    p_browser = float(rng.uniform(0.3, 0.9))
    accts = []
    revoked = 0
    for _ in range(n_keys):
        ua = pick(rng, PEOPLE_UAS) if chance(rng, p_browser) else sdk_ua(rng, 0.5)
        a = ctx.account(
            rng, label="campaign", family=fam, role="burner", campaign_id=cid, ua=ua, ips=[pool[0]]
        )
        accts.append(a)
        born = float(rng.uniform(ctx.release - 12 * HOUR, ctx.t1 - 8 * HOUR))
        life = float(rng.uniform(6, 40)) * HOUR
        ts = thinned(
            rng, born, min(ctx.t1, born + life), float(rng.uniform(6, 18)) * life / HOUR, constant
        )
        if len(ts) == 0:
            ts = np.array([born])
        st = statuses(rng, len(ts), 0.02)
        if chance(rng, 0.45):  # card reported stolen: the key is cut off mid-run
            cut = irange(rng, 1, min(6, len(ts)))
            st[-cut:] = 401
            revoked += 1
        langs = draw_langs(rng, mix, len(ts))
        prompts = [
            tx.policy_rewrite(rng, ctx.chat, ctx.passages, lg, pick(rng, styles)) for lg in langs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=sticky(rng, ts, pool, hold),
            comp_median=520,
            status=st,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_rewrites",
            "keys": n_keys,
            "cards": "stolen, one per key",
            "revoked_keys": revoked,
            "proxy_regions": regions,
            "proxy_pool": len(pool),
            "sticky_s": hold,
            "languages": mix[0],
            "styles": styles,
        },
    )


def finish_tape(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcripts: episodes of several chained calls from a cloud worker pool."""
    fam = "finish_tape"
    n_keys = irange(rng, 6, 12)
    orgs = [hexid(rng, "org") for _ in range(2)]
    card = hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    uas = (
        "langchain-openai/0.3.6",
        "litellm/1.60.2",
        "dspy/2.6.3 litellm/1.60.2",
        "python-httpx/0.28.1",
    )
    mix = lang_mix(rng, ("en", "es", "de"), main_boost=3.0)
    styles = style_set(rng, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=card,
            ua=pick(rng, uas),
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.6)
    pre = float(rng.uniform(0.1, 0.35))
    rel = ctx.release

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) < rel, pre, 1.0)

    per_hour = float(rng.uniform(6, 12))
    gap = float(rng.uniform(3, 9))
    starts = worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    for a, st in zip(accts, starts, strict=True):
        all_ts, prompts, models, extra = [], [], [], []
        for s in st.tolist():
            style = pick(rng, styles)
            steps = irange(rng, 3, 12)
            turns = tx.agent_episode(rng, steps, style, draw_langs(rng, mix, 1)[0])
            ts = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=len(turns) - 1))]
            )
            model = ctx.models(rng, np.array([s]), p_new=0.92, p_mini=0.1)[0]
            all_ts.extend(ts.tolist())
            prompts.extend(turns)
            models.extend([model] * len(turns))
            base = irange(rng, 250, 900)
            extra.extend([base + k * irange(rng, 120, 400) for k in range(len(turns))])
        ts_arr = np.asarray(all_ts)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=models,
            comp_median=180,
            comp_sigma=0.7,
            err=0.015,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "keys": n_keys,
            "orgs": 2,
            "cards": 1,
            "provider": provider,
            "episodes_per_hour": per_hour,
            "pre_release_share": pre,
            "start_ts": start,
            "languages": mix[0],
            "styles": styles,
        },
    )


def starting_whistle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation: cron-driven runs from a small hosting block, long outputs."""
    fam = "starting_whistle"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("vultr", "contabo", "ovh", "linode"))
    ips = rented_block(rng, provider, 1, n_keys)
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
    mix = lang_mix(rng, ("en", "fr", "pt", "hi"), main_boost=2.5)
    styles = style_set(rng, 4)
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
            ips=[ip],
        )
        for ip in ips
    ]
    tz = pick(rng, TZS)
    win_start, win_h = float(rng.uniform(0, 24)), float(rng.uniform(10, 20))
    period = pick(rng, (20 * MINUTE, 30 * MINUTE, HOUR))
    go = ctx.release + float(rng.uniform(1, 8)) * HOUR
    grid = np.arange(np.ceil(go / period) * period, ctx.t1, period)
    grid = grid[nightly(win_start, win_h, tz)(grid) > 0]
    grid = grid + rng.uniform(0, 4, size=len(grid))
    size = float(rng.uniform(35, 110))
    trains = bursts(rng, grid, size, float(rng.uniform(0.6, 2.0)), 0.4, ctx.t1)
    per_key: list[list[np.ndarray]] = [[] for _ in range(n_keys)]
    for j, tr in enumerate(trains):
        per_key[j % n_keys].append(tr)
    for a, trs in zip(accts, per_key, strict=True):
        ts = np.sort(np.concatenate(trs)) if trs else np.array([go])
        langs = draw_langs(rng, mix, len(ts))
        prompts = [tx.synth_data_prompt(rng, ctx.chat, lg, pick(rng, styles)) for lg in langs]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.99, p_mini=0.0),
            comp_median=1700,
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n_keys,
            "cards": 1,
            "provider": provider,
            "period_s": period,
            "window_start_h": win_start,
            "window_hours": win_h,
            "tz": tz,
            "burst_size": size,
            "start_ts": go,
            "languages": mix[0],
            "styles": styles,
            "ua": ua,
        },
    )


def drawstring(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest by a crowd of person-like accounts on residential proxies."""
    fam = "drawstring"
    n = irange(rng, 28, 48)
    tzs = sorted(int(x) for x in rng.permutation(np.array(TZS))[: irange(rng, 3, 6)].tolist())
    p_casual = float(rng.uniform(0.08, 0.25))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        lang = pick(rng, TZ_LANGS[tz])
        ips = home(rng, irange(rng, 1, 2), tz)
        if chance(rng, 0.3):
            ips += mobile_v6(
                rng,
                irange(rng, 1, 3),
                pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")),
            )
        ua = pick(rng, PHONE_UAS) if chance(rng, 0.35) else pick(rng, PEOPLE_UAS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_seat",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        born = ctx.release + float(rng.uniform(-6, 30)) * HOUR
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.5)
        sessions = session_times(
            rng,
            born,
            ctx.t1,
            float(rng.uniform(2, 5)),
            curve,
            float(rng.uniform(4, 8)),
            float(rng.uniform(35, 80)),
            0.9,
        )
        ts_all, prompts = [], []
        for s in sessions:
            if len(s) == 0:
                continue
            ts_all.extend(s.tolist())
            prompts.append(tx.opener(rng, ctx.chat, lang))
            prompts.extend(tx.follow_up(rng, lang, p_casual) for _ in range(len(s) - 1))
        if not ts_all:
            ts_all, prompts = [born + HOUR], [tx.opener(rng, ctx.chat, lang)]
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.96), comp_median=560)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "accounts": n,
            "cards": "one per account",
            "tzs": tzs,
            "addresses": "residential by tz, some carrier IPv6",
            "casual_share": p_casual,
        },
    )


def potato_sack(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n and soft-label sampling: the same prompt fired n times at once, probability asks."""
    fam = "potato_sack"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "linode", "scaleway", "hetzner"))
    mix = lang_mix(rng, ("en", "ja", "ko"), main_boost=2.0)
    styles = style_set(rng, 4)
    ua = sdk_ua(rng, 0.4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    go = ctx.release + float(rng.uniform(1, 5)) * HOUR
    per_hour = float(rng.uniform(7, 16))
    p_multi = float(rng.uniform(0.45, 0.8))
    n_lo, n_hi = irange(rng, 3, 6), irange(rng, 8, 16)
    gap = float(rng.uniform(0.2, 1.2))
    jobs = worker_pool(rng, go, ctx.t1, per_hour, n_keys, constant)
    for a, js in zip(accts, jobs, strict=True):
        ts_all, prompts = [], []
        for s in js.tolist():
            lang = draw_langs(rng, mix, 1)[0]
            if chance(rng, p_multi):
                p = (
                    tx.chat_text(rng, ctx.chat, 900)
                    if chance(rng, 0.6)
                    else tx.explain_request(rng)
                )
                k = irange(rng, n_lo, n_hi)
                t = s + np.concatenate([[0.0], np.cumsum(rng.exponential(gap, size=k - 1))])
                ts_all.extend(t.tolist())
                prompts.extend([p] * k)
            else:
                ts_all.append(s)
                prompts.append(tx.soft_label_prompt(rng, ctx.chat, lang, pick(rng, styles)))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.99, p_mini=0.0),
            comp_median=420,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n_keys,
            "cards": 1,
            "provider": provider,
            "jobs_per_hour": per_hour,
            "multi_share": p_multi,
            "n_range": [n_lo, n_hi],
            "start_ts": go,
            "languages": mix[0],
            "styles": styles,
        },
    )


_APPS = ("Draftmoss", "Wordloom", "Penwick", "Proselane", "Inkridge")


def field_day(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Harvest hidden in a real writing app's own API traffic (same keys, addresses, wire format)."""
    fam = "field_day"
    app = pick(rng, _APPS)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 3, 6), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "axios/1.7.9"))
    n_keys = irange(rng, 2, 3)
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
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    key_w = np.array([0.7, 0.25, 0.05][:n_keys])
    key_w = key_w / key_w.sum()
    peak, depth = float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.75))
    load = global_load(peak, depth)
    rate = float(rng.uniform(28, 55))
    locales = ("en-US", "en-GB", "de-DE", "es-ES", "pt-BR", "fr-FR")
    # the product's own traffic, all week
    ts_p = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, load)
    acts = picks(rng, tx.APP_ACTIONS, len(ts_p))
    prod = []
    for act in acts:
        text = (
            tx.chat_text(rng, ctx.chat, 800)
            if chance(rng, 0.6)
            else tx.passage(rng, ctx.passages, 80, 700)
        )
        prod.append(
            tx.app_request(
                app,
                act,
                text,
                pick(rng, ("formal", "friendly", "confident", "casual")),
                pick(rng, locales),
            )
        )
    rollout = ctx.release + float(rng.uniform(6, 48)) * HOUR
    p_new_prod = np.where(ts_p >= rollout, 0.8, np.where(ts_p >= ctx.release, 0.2, 0.0))
    u = rng.random(len(ts_p))
    m_prod = [
        ctx.new_model
        if uu < pn
        else (ctx.old_models[-1] if act == "fix_grammar" else ctx.old_models[0])
        for uu, pn, act in zip(u.tolist(), p_new_prod.tolist(), acts, strict=True)
    ]
    # the operator's injected jobs: same wrapper, mostly the "ask_ai" panel, leaning on off-peak hours
    go = ctx.release + float(rng.uniform(4, 30)) * HOUR
    share = float(rng.uniform(0.12, 0.3))

    def offpeak(ts: np.ndarray) -> np.ndarray:
        return 1.0 - 0.6 * load(ts) + 0.2

    ts_h = thinned(rng, go, ctx.t1, share * rate * (ctx.t1 - go) / HOUR, offpeak)
    harvest = []
    for _ in range(len(ts_h)):
        u2 = rng.random()
        body = (
            tx.explain_request(rng)
            if u2 < 0.5
            else (
                tx.code_task(rng, irange(rng, 0, 3))
                if u2 < 0.75
                else tx.reasoning_problem(rng, "en")
            )
        )
        act = "ask_ai" if chance(rng, 0.8) else "continue"
        harvest.append(tx.app_request(app, act, body, "formal", pick(rng, locales)))
    ts = np.concatenate([ts_p, ts_h])
    prompts = prod + harvest
    models = m_prod + [ctx.new_model] * len(ts_h)
    comp = np.concatenate([np.full(len(ts_p), 260.0), np.full(len(ts_h), 950.0)])
    who = rng.choice(n_keys, size=len(ts), p=key_w)
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        if len(sel) == 0:
            sel = np.array([0])
        ctx.emit(
            rng,
            a,
            ts[sel],
            [prompts[j] for j in sel.tolist()],
            models=[models[j] for j in sel.tolist()],
            comp_median=comp[sel],
            err=0.008,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "app": app,
            "keys": n_keys,
            "cards": 1,
            "nat_ips": len(nat),
            "product_per_hour": rate,
            "harvest_share": share,
            "harvest_start_ts": go,
            "rollout_ts": rollout,
            "ua": ua,
            "product_events": int(len(ts_p)),
            "harvest_events": int(len(ts_h)),
        },
    )


def flour_sack(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Code harvest through compromised aged accounts whose owners keep using them."""
    fam = "flour_sack"
    n = irange(rng, 8, 14)
    careful = float(
        rng.uniform(0.3, 0.8)
    )  # share of victims where the harvester copies the owner's habits
    accts = []
    harvested = 0
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = (
            pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
            if chance(rng, 0.5)
            else pick(rng, PEOPLE_UAS)
        )
        own_ips = home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised",
            campaign_id=cid,
            ua=ua,
            ips=own_ips,
            tz=tz,
        )
        accts.append(a)
        curve = workday(tz) if chance(rng, 0.5) else evening_person(tz)
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.0, 3.5)),
            curve,
            float(rng.uniform(2, 5)),
            float(rng.uniform(40, 120)),
        )
        ts_o = np.concatenate(sessions) if sessions else np.empty(0)
        if len(ts_o) == 0:
            ts_o = np.array([ctx.t0 + float(rng.uniform(0, DAY))])
        own_prompts = [tx.chat_text(rng, ctx.chat, 1200) for _ in range(len(ts_o))]
        ctx.emit(
            rng,
            a,
            ts_o,
            own_prompts,
            models=ctx.models(rng, ts_o, p_new=float(rng.uniform(0.0, 0.4))),
            ips=own_ips[0],
            comp_median=350,
        )
        # the harvester's share of the same key
        take = ctx.release + float(rng.uniform(0, 36)) * HOUR
        copy = chance(rng, careful)
        pool = resi(
            rng, irange(rng, 6, 20), TZ_REGION[tz] if copy else pick(rng, ("us", "eu", "sea", "ru"))
        )
        h_curve = curve if copy else constant
        ts_h = thinned(
            rng, take, ctx.t1, float(rng.uniform(2.5, 7)) * (ctx.t1 - take) / HOUR, h_curve
        )
        if len(ts_h) == 0:
            continue
        harvested += 1
        h_ua = ua if copy else sdk_ua(rng, 0.3)
        prompts = [
            tx.code_task(rng, irange(rng, 0, 3)) if chance(rng, 0.8) else tx.explain_request(rng)
            for _ in range(len(ts_h))
        ]
        ctx.emit(
            rng,
            a,
            ts_h,
            prompts,
            models=ctx.models(rng, ts_h, p_new=0.97, p_mini=0.0),
            ips=sticky(rng, ts_h, pool, float(rng.uniform(1, 3)) * HOUR),
            ua=h_ua,
            comp_median=900,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest_on_compromised_accounts",
            "accounts": n,
            "harvested_accounts": harvested,
            "careful_share": careful,
            "cards": "the owners' own",
        },
    )


def hop_lane(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Public prompt replay: a public prompt set walked in slices by many person-like keys."""
    fam = "hop_lane"
    n = irange(rng, 24, 44)
    n_cards = max(3, int(n * float(rng.uniform(0.4, 0.8))))
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    tzs = sorted(int(x) for x in rng.permutation(np.array(TZS))[: irange(rng, 3, 7)].tolist())
    p_mobile = float(rng.uniform(0.1, 0.4))
    offset = irange(rng, 0, len(ctx.chat) - 1)
    stride = irange(rng, 150, 400)
    accts = []
    for i in range(n):
        tz = pick(rng, tzs)
        mobile = chance(rng, p_mobile)
        pool = (
            mobile_v6(rng, 12, pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
            if mobile
            else resi(rng, 20, TZ_REGION[tz])
        )
        ua = pick(rng, PHONE_UAS) if mobile else pick(rng, PEOPLE_UAS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=pool[:1],
            tz=tz,
        )
        accts.append(a)
        born = ctx.release + float(rng.uniform(0, 30)) * HOUR
        curve = evening_person(tz) if chance(rng, 0.55) else workday(tz, weekend=0.6)
        sessions = session_times(
            rng,
            born,
            ctx.t1,
            float(rng.uniform(3, 6)),
            curve,
            float(rng.uniform(3.5, 7)),
            float(rng.uniform(40, 90)),
        )
        ts = np.concatenate(sessions) if sessions else np.array([born + HOUR])
        ts = np.sort(ts)
        base = offset + i * stride
        prompts = [ctx.chat[(base + k) % len(ctx.chat)][:2000] for k in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98),
            ips=sticky(rng, ts, pool, float(rng.uniform(30, 90)) * MINUTE),
            comp_median=480,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "accounts": n,
            "cards": n_cards,
            "tzs": tzs,
            "mobile_share": p_mobile,
            "dataset_offset": offset,
            "slice": stride,
        },
    )


def sack_relay(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Translation harvest: each source text swept over many target languages, through VPN exits."""
    fam = "sack_relay"
    n_keys, n_orgs = irange(rng, 5, 9), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card = hexid(rng, "pay")
    vpn = cloud(rng, irange(rng, 8, 20), "m247") + cloud(
        rng, irange(rng, 4, 12), pick(rng, ("leaseweb", "vultr", "linode"))
    )
    hold = float(rng.uniform(5, 40)) * MINUTE
    targets = [
        str(x)
        for x in rng.permutation(np.array(sorted(k for k in tx.LANG_NAMES if k != "en")))[
            : irange(rng, 6, 14)
        ].tolist()
    ]
    styles = style_set(rng, 4)
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "Go-http-client/2.0"))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator_bot",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=card,
            ua=ua,
            ips=vpn[:1],
        )
        accts.append(a)
        ts = thinned(
            rng,
            start + float(rng.uniform(0, 6)) * HOUR,
            ctx.t1,
            float(rng.uniform(3, 8)) * (ctx.t1 - start) / HOUR,
            constant,
        )
        prompts = []
        while len(prompts) < len(ts):
            src = (
                tx.passage(rng, ctx.passages, 150, 700)
                if chance(rng, 0.8)
                else tx.chat_text(rng, ctx.chat, 600)
            )
            style = pick(rng, styles)
            k = irange(rng, max(2, len(targets) // 2), len(targets))
            prompts.extend(tx.translation_prompt(rng, src, tg, style) for tg in targets[:k])
        prompts = prompts[: len(ts)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, vpn, hold),
            comp_median=320,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_harvest",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": 1,
            "vpn_exits": len(vpn),
            "targets": targets,
            "styles": styles,
            "start_ts": start,
            "ua": ua,
        },
    )


def stumble(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep run by a small office during working hours, re-swept on the new model."""
    fam = "stumble"
    tz = pick(rng, (-3, 1, 2, 3, 5, -5))
    lang = (
        "es"
        if tz == -3 and chance(rng, 0.5)
        else ("pt" if tz == -3 else pick(rng, ("en", "en", "es")))
    )
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    n_keys = irange(rng, 2, 4)
    subjects = [str(x) for x in rng.permutation(np.array(sorted(tx.SUBJECTS)))[:n_keys].tolist()]
    accts = []
    for subj in subjects:
        ua = (
            pick(rng, PEOPLE_UAS)
            if chance(rng, 0.5)
            else pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
        )
        evenings = home(rng, 1, tz) if chance(rng, 0.5) else []
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="curriculum_writer",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office + evenings,
            tz=tz,
        )
        accts.append(a)
        curve = workday(tz, start=float(rng.uniform(7.5, 9.5)), end=float(rng.uniform(16.5, 19)))
        ts = thinned(
            rng,
            ctx.t0 + float(rng.uniform(0, 1.5)) * DAY,
            ctx.t1,
            float(rng.uniform(250, 550)),
            curve,
        )
        if len(ts) == 0:
            ts = np.array([ctx.release + 10 * HOUR])
        topics = tx.SUBJECTS[subj]
        grid = [
            (u + 1, t, asp, lv)
            for u, t in enumerate(topics)
            for asp in range(len(tx.ASPECTS))
            for lv in range(1, 6)
        ]
        style = irange(rng, 0, 2)
        prompts, k = [], 0
        restarted = False
        for t in ts.tolist():
            if t >= ctx.release and not restarted:
                k, restarted = 0, True
            unit, topic, asp, lv = grid[k % len(grid)]
            prompts.append(tx.curriculum_prompt(rng, subj, unit, topic, asp, lv, lang, style))
            k += 1
        ips = [
            office[0] if chance(rng, 0.9) or not evenings else evenings[0] for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            ips=ips,
            comp_median=1300,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "keys": n_keys,
            "cards": 1,
            "tz": tz,
            "language": lang,
            "subjects": subjects,
            "address": "one office broadband line",
        },
    )


CAMPAIGN_FAMILIES: dict[str, Family] = {
    "burlap_hop": burlap_hop,
    "jute_sack": jute_sack,
    "hessian_bag": hessian_bag,
    "finish_tape": finish_tape,
    "starting_whistle": starting_whistle,
    "drawstring": drawstring,
    "potato_sack": potato_sack,
    "field_day": field_day,
    "flour_sack": flour_sack,
    "hop_lane": hop_lane,
    "sack_relay": sack_relay,
    "stumble": stumble,
}

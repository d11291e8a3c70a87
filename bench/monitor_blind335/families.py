"""Campaign families of batch 335 (code names: watchmaking words).

Each family is `fn(ctx, rng, campaign_id)`: it draws its own shape (keys, orgs, cards, pacing,
addresses, user agents, languages, templates, model choice) from its own generator and writes
events and truth through `ctx`. Nothing here walks a set or hashes a string."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_OTHER,
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
from bench.monitor_blind335 import texts as tx

#: user agents seen in ordinary traffic (used by the families that hide among it)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)


def _weights(rng: np.random.Generator, names: list[str], first: float) -> dict[str, float]:
    """Language mix: `first` share for names[0], the rest split at random."""
    rest = rng.dirichlet(np.ones(len(names) - 1)) * (1 - first) if len(names) > 1 else np.empty(0)
    return {names[0]: first, **{n: float(w) for n, w in zip(names[1:], rest.tolist(), strict=True)}}


def _draw_lang(rng: np.random.Generator, mix: dict[str, float], n: int) -> list[str]:
    names = list(mix)
    p = np.asarray([mix[k] for k in names], dtype=np.float64)
    return [names[i] for i in rng.choice(len(names), size=n, p=p / p.sum()).tolist()]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _bg_browser(rng: np.random.Generator) -> str:
    return pick(rng, BG_BROWSERS) if chance(rng, 0.7) else pick(rng, BROWSERS)


# --------------------------------------------------------------------------------------------


def pallet_fork(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion through a pool of hosted workers; pivots to the new model."""
    fam = "pallet_fork"
    n_keys = irange(rng, 8, 22)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.6)
    cards = [hexid(rng, "pay") for _ in range(1 if shared_card else n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "vultr", "contabo", "digitalocean"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    ua = sdk_ua(rng, 0.6)
    mix = _weights(rng, ["en", "zh", "es"], float(rng.uniform(0.45, 0.75)))
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[o],
                pay=cards[0 if shared_card else o],
                ua=ua,
                ips=picks(rng, pool, irange(rng, 1, 3)),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.release, 0.5)
    rate = float(rng.uniform(35, 90))
    pre = worker_pool(rng, start, ctx.release, rate * float(rng.uniform(0.2, 0.4)), n_keys)
    post = worker_pool(rng, ctx.release + float(rng.uniform(0.5, 4)) * HOUR, ctx.t1, rate, n_keys)
    for a, t_pre, t_post in zip(accts, pre, post, strict=True):
        ts = _cat([t_pre, t_post])
        styles = rng.choice(4, size=irange(rng, 1, 2), replace=False).tolist()
        langs = _draw_lang(rng, mix, len(ts))
        prompts = [tx.reasoning_trace(rng, lg, int(pick(rng, styles))) for lg in langs]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=float(rng.uniform(900, 1500)),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "worker_pool",
            "rate_per_hour": rate,
            "ip_source": f"rented_block:{provider}",
            "payment": "shared" if shared_card else "per_org",
            "user_agent": ua,
            "languages": mix,
            "keys": n_keys,
            "orgs": n_orgs,
        },
    )


def escape_wheel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-score harvest in nightly script bursts from rented servers."""
    fam = "escape_wheel"
    n_keys = irange(rng, 4, 10)
    org = hexid(rng, "org")
    per_key_card = chance(rng, 0.5)
    card = hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    tz = pick(rng, (1, 2, 3, 8))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    p_de = float(rng.uniform(0.0, 0.35))
    accts = []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=hexid(rng, "pay") if per_key_card else card,
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 2), provider),
                tz=tz,
            )
        )
    start_h = float(rng.uniform(19, 24))
    hours = float(rng.uniform(5, 9))
    for a in accts:
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        starts = thinned(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(1.5, 4)) * (ctx.t1 - begin) / DAY,
            nightly(start_h, hours, tz),
        )
        trains = bursts(
            rng, starts, float(rng.uniform(20, 50)), float(rng.uniform(0.8, 2.5)), b=ctx.t1
        )
        ts = _cat(trains)
        prompts = [
            tx.grading(rng, ctx.chat, ctx.passages, 3 if chance(rng, p_de) else irange(rng, 0, 2))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=float(rng.uniform(180, 320)),
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_harvest",
            "pacing": "nightly_bursts",
            "tz": tz,
            "ip_source": f"cloud:{provider}",
            "payment": "per_key" if per_key_card else "shared",
            "user_agent": ua,
            "languages": {"en": 1 - p_de, "de": p_de},
            "keys": n_keys,
        },
    )


def column_wheel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-safe rewrites and refusal harvest through VPN exits; separate sign-ups with stolen cards."""
    fam = "column_wheel"
    n_keys = irange(rng, 6, 14)
    vpn = rented_block(rng, pick(rng, ("m247", "leaseweb")), irange(rng, 3, 6), irange(rng, 4, 10))
    tz = pick(rng, (8, 3))
    mix = _weights(
        rng, ["zh", "en", "ru"] if tz == 8 else ["ru", "en", "zh"], float(rng.uniform(0.35, 0.55))
    )
    hold = float(rng.uniform(10, 40)) * MINUTE
    accts = []
    for _ in range(n_keys):
        ua = (
            _bg_browser(rng)
            if chance(rng, 0.5)
            else pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
        )
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                ua=ua,
                ips=vpn,
                tz=tz,
            )
        )
    for a in accts:
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        n = float(rng.uniform(120, 380)) * (ctx.t1 - begin) / (ctx.t1 - ctx.t0)
        ts = thinned(
            rng,
            begin,
            ctx.t1,
            n,
            workday(
                tz, start=float(rng.uniform(8, 10)), end=float(rng.uniform(19, 23)), weekend=0.5
            ),
        )
        style_w = rng.dirichlet(np.ones(4))
        prompts = [
            tx.policy_rewrite(rng, ctx.passages, lg, int(rng.choice(4, p=style_w)))
            for lg in _draw_lang(rng, mix, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8),
            ips=sticky(rng, ts, vpn, hold),
            comp_median=float(rng.uniform(300, 500)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_rewrite_refusal_harvest",
            "pacing": "shift_work",
            "tz": tz,
            "ip_source": "vpn_exit_sticky",
            "hold_s": hold,
            "payment": "stolen_per_key",
            "user_agent": "mixed",
            "languages": mix,
            "keys": n_keys,
        },
    )


def motion_works(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use trajectories: episodes of chained calls, hidden history in the prompt tokens."""
    fam = "motion_works"
    n_keys = irange(rng, 3, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.63.2",
        ),
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        for _ in range(n_keys)
    ]
    styles_all = rng.permutation(3).tolist()
    for a in accts:
        begin = jitter_start(rng, ctx.t0, ctx.release, 0.9)
        starts = thinned(
            rng, begin, ctx.t1, float(rng.uniform(0.4, 1.2)) * (ctx.t1 - begin) / HOUR, constant
        )
        eps = bursts(
            rng,
            starts,
            float(rng.uniform(4, 9)),
            float(rng.uniform(4, 12)),
            gap_sigma=0.7,
            b=ctx.t1,
        )
        ts = _cat(eps)
        style = int(styles_all[0] if chance(rng, 0.6) else pick(rng, styles_all))
        steps = [
            tx.agent_step(rng, style if chance(rng, 0.8) else irange(rng, 0, 2))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            [s[0] for s in steps],
            models=ctx.models(rng, ts, p_new=0.9),
            extra=np.asarray([s[1] for s in steps]),
            comp_median=float(rng.uniform(250, 450)),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_trajectory_harvest",
            "pacing": "episodes",
            "ip_source": f"cloud:{provider}",
            "payment": "shared",
            "user_agent": ua,
            "languages": {"en": 1.0},
            "keys": n_keys,
        },
    )


def keyless_works(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic instruction-dataset generation in nightly windows; long outputs."""
    fam = "keyless_works"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    tz = pick(rng, (-5, 0, 1, 5))
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    mix = _weights(rng, ["en", "fr", "pt"], float(rng.uniform(0.6, 0.85)))
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
            ips=cloud(rng, 1, provider),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start_h, hours = float(rng.uniform(21, 25)) % 24, float(rng.uniform(4, 7))
    for a in accts:
        ts = thinned(
            rng,
            jitter_start(rng, ctx.t0, ctx.t1, 0.3),
            ctx.t1,
            float(rng.uniform(500, 1100)),
            nightly(start_h, hours, tz),
        )
        prompts = [
            tx.synth_dataset(rng, lg, irange(rng, 0, 3)) for lg in _draw_lang(rng, mix, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=float(rng.uniform(1400, 2400)),
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly_window",
            "tz": tz,
            "ip_source": f"cloud:{provider}",
            "payment": "shared",
            "user_agent": ua,
            "languages": mix,
            "keys": n_keys,
        },
    )


def flyback(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Multi-turn dialogue harvest by a person-like crowd: evening chat sessions through a
    residential proxy service, browser agents, each account its own sign-up and card."""
    fam = "flyback"
    n = irange(rng, 18, 36)
    pool = resi(rng, irange(rng, 60, 160), "*")
    mix = _weights(rng, ["en", "de", "pt", "ja"], float(rng.uniform(0.55, 0.8)))
    accts = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, 0, 1, 2))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="persona",
                campaign_id=cid,
                ua=_bg_browser(rng),
                ips=pool,
                tz=tz,
            )
        )
    hold = float(rng.uniform(30, 120)) * MINUTE
    for a in accts:
        lang = _draw_lang(rng, mix, 1)[0]
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        sess = session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            evening_person(a.tz),
            float(rng.uniform(5, 11)),
            float(rng.uniform(45, 140)),
        )
        ts_l, prompts, extra = [], [], []
        for s in sess:
            for j, t in enumerate(s.tolist()):
                ts_l.append(t)
                if j == 0:
                    prompts.append(tx.chat_prompt(rng, ctx.chat, 800))
                    extra.append(0)
                else:
                    prompts.append(
                        tx.followup(rng, lang)
                        if lang != "en" or chance(rng, 0.85)
                        else tx.clip_words(pick(rng, ctx.chat), 20)
                    )
                    extra.append(j * irange(rng, 250, 600))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.1),
            ips=sticky(rng, ts, pool, hold),
            extra=np.asarray(extra, dtype=np.int64),
            comp_median=float(rng.uniform(380, 600)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "human_sessions",
            "ip_source": "residential_proxy_sticky",
            "hold_s": hold,
            "payment": "prepaid_per_account",
            "user_agent": "browsers",
            "languages": mix,
            "keys": n,
            "hard": True,
        },
    )


def rattrapante(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n sampling and soft-label harvest: every job sent several times within seconds."""
    fam = "rattrapante"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("scaleway", "ovh", "oracle", "hetzner"))
    one_org = chance(rng, 0.5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, SDK_OTHER[:6])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org if one_org else None,
            pay=card if one_org else None,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(4, 10))
    n_rep = (irange(rng, 3, 5), irange(rng, 6, 10))
    jobs = worker_pool(rng, jitter_start(rng, ctx.t0, ctx.t1, 0.4), ctx.t1, rate, n_keys)
    style_p = rng.dirichlet(np.ones(3) * 2)
    for a, job_ts in zip(accts, jobs, strict=True):
        ts_l, prompts, comp = [], [], []
        for t in job_ts.tolist():
            style = int(rng.choice(3, p=style_p))
            p = tx.soft_label(rng, ctx.passages, ctx.chat, style)
            k = irange(rng, *n_rep)
            times = t + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.6, size=k - 1))]
            )
            ts_l.extend(times.tolist())
            prompts.extend([p] * k)
            comp.extend([80.0 if style < 2 else 380.0] * k)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=np.asarray(comp),
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "worker_pool_repeats",
            "repeats": list(n_rep),
            "ip_source": f"cloud:{provider}",
            "payment": "shared" if one_org else "per_key",
            "user_agent": ua,
            "languages": {"en": 1.0},
            "keys": n_keys,
        },
    )


def snail_cam(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep: one key per subject walking difficulty levels upward at a slow steady rate."""
    fam = "snail_cam"
    subjects = rng.permutation(sorted(tx.CONCEPTS)).tolist()[: irange(rng, 2, 4)]
    provider = pick(rng, ("digitalocean", "linode", "vultr"))
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "curl/8.5.0"))
    n_levels = irange(rng, 6, 12)
    accts = []
    for _ in subjects:
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="sweeper",
                campaign_id=cid,
                ua=ua,
                ips=cloud(rng, 1, provider),
            )
        )
    for a, subject in zip(accts, subjects, strict=True):
        lang = pick(rng, ("en", "en", "ko", "ja"))
        style = irange(rng, 0, 2)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = thinned(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(250, 600)) * (ctx.t1 - begin) / (ctx.t1 - ctx.t0),
            constant,
        )
        frac = (ts - begin) / max(1.0, ctx.t1 - begin)
        levels = np.minimum(n_levels - 1, (frac * n_levels).astype(np.int64)).tolist()
        prompts = [
            tx.curriculum_item(rng, subject, lv, n_levels, i + 1, style, lang)
            for i, lv in enumerate(levels)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=float(rng.uniform(600, 900)),
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "slow_steady",
            "levels": n_levels,
            "subjects": subjects,
            "ip_source": f"cloud:{provider}",
            "payment": "prepaid_per_key",
            "user_agent": ua,
            "keys": len(accts),
        },
    )


def jumping_hour(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Parallel-corpus harvest dressed as a translation agency: office broadband, workday
    pacing, one org and corporate card; each source segment fanned out to several languages."""
    fam = "jumping_hour"
    tz = pick(rng, (0, 1, 2, 3))
    office = home(rng, irange(rng, 1, 2), tz)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    n_keys = irange(rng, 3, 6)
    client = pick(
        rng, ("Northwind Localisation", "LinguaBridge GmbH", "Polyglot Works", "TransEuro Partners")
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=_bg_browser(rng) if chance(rng, 0.6) else "OpenAI/Python 1.54.0",
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    targets_all = list(tx.TARGETS)
    for a in accts:
        fan = rng.permutation(len(targets_all)).tolist()[: irange(rng, 4, 8)]
        style = irange(rng, 0, 2)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        seg_starts = thinned(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(40, 90)) * (ctx.t1 - begin) / DAY * 0.25,
            workday(tz),
        )
        ts_l, prompts = [], []
        for s in seg_starts.tolist():
            text = (
                tx.excerpt(rng, ctx.passages, 25, 110)
                if chance(rng, 0.6)
                else tx.sentence(rng, ctx.passages)
            )
            k = irange(rng, max(2, len(fan) - 3), len(fan))
            t = s + np.cumsum(rng.lognormal(np.log(40), 0.8, size=k))
            for j in range(k):
                ts_l.append(float(t[j]))
                prompts.append(tx.agency_translation(rng, text, targets_all[fan[j]], client, style))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.15),
            comp_median=float(rng.uniform(180, 320)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_parallel_corpus",
            "pacing": "workday",
            "tz": tz,
            "ip_source": "office_broadband",
            "payment": "corporate_card",
            "user_agent": "mixed",
            "languages": "many targets",
            "keys": n_keys,
            "hard": True,
        },
    )


def roller_table(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Harvest hidden inside a real writing-assistant product's backend traffic: the same
    keys, addresses and wrapper serve real users and an injected stream of harvest prompts."""
    fam = "roller_table"
    app = pick(rng, ("Quillmate", "Scribblr AI", "WordNest", "DraftPilot"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    backend = cloud(rng, irange(rng, 3, 8), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    n_keys = irange(rng, 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=backend,
        )
        for _ in range(n_keys)
    ]
    share = float(rng.uniform(0.2, 0.35))
    load = global_load(float(rng.uniform(13, 19)), float(rng.uniform(0.4, 0.7)))
    for a in accts:
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1200, 2600)), load)
        is_h = rng.random(len(ts)) < np.where(ts >= ctx.release, share, share * 0.3)
        prompts, models = [], []
        m_prod = ctx.models(rng, ts, p_new=0.25, p_mini=0.45)
        m_harv = ctx.models(rng, ts, p_new=0.9, p_mini=0.0)
        for h, mp, mh in zip(is_h.tolist(), m_prod, m_harv, strict=True):
            if h:
                prompts.append(
                    tx.product_wrap(
                        rng, app, tx.harvest_in_product(rng), "Answer the user's question"
                    )
                )
                models.append(mh)
            else:
                prompts.append(tx.product_wrap(rng, app, tx.chat_prompt(rng, ctx.chat, 700)))
                models.append(mp)
        ctx.emit(
            rng, a, ts, prompts, models=models, comp_median=np.where(is_h, 700.0, 300.0), err=0.01
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_in_product_traffic",
            "pacing": "global_load",
            "harvest_share_after_release": share,
            "app": app,
            "ip_source": f"cloud:{provider}",
            "payment": "company_card",
            "user_agent": ua,
            "keys": n_keys,
            "hard": True,
        },
    )


def balance_cock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Aged accounts bought or taken over: days of their owner's ordinary use, then a code
    harvest on the new model through residential proxies, same browser session and card."""
    fam = "balance_cock"
    n = irange(rng, 12, 24)
    proxy = resi(rng, irange(rng, 30, 80), pick(rng, ("us", "eu", "sea", "latam")))
    takeover = ctx.release + float(rng.uniform(-0.6, 0.4)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5, 9))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="taken_over",
                campaign_id=cid,
                ua=_bg_browser(rng) if chance(rng, 0.85) else BG_PHONE,
                ips=home(rng, 1, tz),
                tz=tz,
            )
        )
    hold = float(rng.uniform(20, 90)) * MINUTE
    for a in accts:
        t_take = takeover + float(rng.uniform(0, 0.8)) * DAY
        old = session_times(
            rng,
            ctx.t0,
            t_take,
            float(rng.uniform(0.5, 1.8)),
            evening_person(a.tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(60, 240)),
        )
        ts_old = _cat(old)
        ctx.emit(
            rng,
            a,
            ts_old,
            [tx.chat_prompt(rng, ctx.chat) for _ in range(len(ts_old))],
            models=ctx.models(rng, ts_old, p_new=0.15, p_mini=0.1),
        )
        new = session_times(
            rng,
            t_take,
            ctx.t1,
            float(rng.uniform(3, 7)),
            constant,
            float(rng.uniform(6, 14)),
            float(rng.uniform(30, 90)),
        )
        ts_new = _cat(new)
        style = irange(rng, 0, 2)
        ctx.emit(
            rng,
            a,
            ts_new,
            [
                tx.code_harvest(rng, style if chance(rng, 0.7) else irange(rng, 0, 2))
                for _ in range(len(ts_new))
            ],
            models=ctx.models(rng, ts_new, p_new=0.85),
            ips=sticky(rng, ts_new, proxy, hold),
            comp_median=float(rng.uniform(600, 900)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest_taken_over_accounts",
            "pacing": "owner_then_sessions",
            "takeover_ts": takeover,
            "ip_source": "home_then_residential_proxy",
            "hold_s": hold,
            "payment": "original_owner_cards",
            "user_agent": "owner_browser",
            "keys": n,
            "hard": True,
        },
    )


def timegrapher(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Public prompt replay by a low-and-slow crowd of fresh phone and home accounts that
    split a public prompt set between them and ask the new model."""
    fam = "timegrapher"
    n = irange(rng, 30, 60)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    suffix = pick(
        rng, (" Please answer in detail.", " Explain thoroughly.", " (detailed answer please)")
    )
    p_suffix = float(rng.uniform(0.0, 0.3))
    accts = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -3, 0, 1, 5, 8))
        phone = chance(rng, 0.6)
        ua = pick(rng, MOBILE[:3] + (BG_PHONE,)) if phone else _bg_browser(rng)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="replayer",
                campaign_id=cid,
                ua=ua,
                ips=home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        )
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    for a in accts:
        begin = ctx.release + float(rng.uniform(-1.2, 1.5)) * DAY
        sess = session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            evening_person(a.tz),
            float(rng.uniform(3, 6)),
            float(rng.uniform(50, 150)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            p = ctx.chat[order[cursor % len(order)]]
            cursor += 1
            prompts.append(p + suffix if chance(rng, p_suffix) else p)
        ips = None
        if "iPhone" in a.ua or "Android" in a.ua:
            per_sess = mobile_v6(rng, len(sess), carrier)
            ips = [per_sess[i] for i, s in enumerate(sess) for _ in range(len(s))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=ips,
            comp_median=float(rng.uniform(450, 700)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay_crowd",
            "pacing": "human_sessions",
            "ip_source": f"home_and_{carrier}",
            "payment": "prepaid_per_account",
            "user_agent": "phones_and_browsers",
            "suffix_share": p_suffix,
            "keys": n,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "pallet_fork": pallet_fork,
    "escape_wheel": escape_wheel,
    "column_wheel": column_wheel,
    "motion_works": motion_works,
    "keyless_works": keyless_works,
    "flyback": flyback,
    "rattrapante": rattrapante,
    "snail_cam": snail_cam,
    "jumping_hour": jumping_hour,
    "roller_table": roller_table,
    "balance_cock": balance_cock,
    "timegrapher": timegrapher,
}

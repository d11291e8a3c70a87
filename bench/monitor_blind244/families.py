"""Campaign families of batch 244 (code names from egg-and-spoon racing).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign through `ctx.campaign`. Everything it
varies (key counts, orgs, cards, pacing, addresses, user agents, languages, templates, model mix)
is drawn from its own generator, in a fixed order.
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
from bench.monitor_blind244 import texts
from bench.monitor_blind244.texts import weighted

Rng = np.random.Generator


def _subset(rng: Rng, pool: tuple, k: int) -> list:
    return [pool[i] for i in rng.choice(len(pool), size=min(k, len(pool)), replace=False).tolist()]


def _mix(rng: Rng, n: int, conc: float = 2.0) -> np.ndarray:
    return rng.dirichlet(np.full(n, conc))


def _choice(rng: Rng, w: np.ndarray) -> int:
    return int(rng.choice(len(w), p=w))


def _train(rng: Rng, start: float, k: int, gap_median: float, sigma: float = 0.5) -> np.ndarray:
    gaps = rng.lognormal(np.log(gap_median), sigma, size=max(k - 1, 0))
    return start + np.concatenate([[0.0], np.cumsum(gaps)])


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------


def yolk(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Reasoning-trace coercion: word problems, ordering puzzles and code tracing, each wrapped in
    an instruction to write out the full chain of thought, from a rented block of servers."""
    fam = "yolk"
    n = irange(rng, 5, 12)
    n_orgs = 1 if chance(rng, 0.6) else 2
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean"))
    pool = rented_block(rng, provider, irange(rng, 2, 3), 3)
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    langs = ["en"] + _subset(rng, ("zh", "es", "de", "ru", "fr"), irange(rng, 2, 3))
    lang_w = _mix(rng, len(langs))
    style_w = _mix(rng, 4, 1.0)
    accts = []
    for i in range(n):
        ips = _subset(rng, tuple(pool), irange(rng, 1, 3))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=camp,
                org=orgs[i % n_orgs],
                pay=pays[i % n_orgs],
                ua=ua,
                ips=ips,
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = float(rng.uniform(22, 45))
    peak = float(rng.uniform(0, 24))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, global_load(peak, 0.3))
    p_new = float(rng.uniform(0.85, 0.97))
    comp = float(rng.uniform(1100, 1700))
    for acct, ts in zip(accts, streams, strict=True):
        prompts = [
            texts.reasoning_prompt(rng, weighted(rng, langs, lang_w), _choice(rng, style_w))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.0),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n,
            "orgs": n_orgs,
            "cards": n_orgs,
            "pacing": f"poisson worker pool {per_hour:.1f}/h",
            "ip_source": f"rented {provider} block",
            "user_agent": ua,
            "languages": langs,
            "p_new": round(p_new, 3),
            "start": start,
        },
    )


def wobble(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Judge / rubric / reward-model grading harvest: pairwise preferences, rubric scores and
    scalar rewards over public questions and answers, separate sign-ups with one card each,
    batches fired through a sticky residential proxy pool."""
    fam = "wobble"
    n = irange(rng, 3, 7)
    region = pick(rng, ("us", "eu", "jp_kr", "latam"))
    pool = resi(rng, irange(rng, 40, 80), region)
    hold = float(rng.uniform(10, 30)) * MINUTE
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "aiohttp/3.11.11"))
    langs = ["en"] + _subset(rng, ("ko", "pt", "es"), irange(rng, 1, 2))
    lang_w = _mix(rng, len(langs))
    style_w = _mix(rng, 4, 1.0)
    start = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    accts = []
    for _ in range(n):
        acct = ctx.account(
            rng, label="campaign", family=fam, role="grader_key", campaign_id=camp, ua=ua, ips=pool
        )
        accts.append(acct)
        a = start + float(rng.uniform(0, 0.5)) * DAY
        starts = thinned(rng, a, ctx.t1, float(rng.uniform(4, 8)) * (ctx.t1 - a) / DAY, constant)
        ts = _cat(
            bursts(rng, starts, float(rng.uniform(15, 35)), float(rng.uniform(2, 6)), b=ctx.t1)
        )
        ts = np.sort(ts)
        prompts = [
            texts.judge_prompt(
                rng, ctx.chat, ctx.passages, weighted(rng, langs, lang_w), _choice(rng, style_w)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.75, 0.1),
            ips=sticky(rng, ts, pool, hold),
            comp_median=240.0,
            comp_sigma=0.55,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n,
            "orgs": n,
            "cards": n,
            "pacing": "batch bursts",
            "ip_source": f"sticky residential proxies ({region})",
            "user_agent": ua,
            "languages": langs,
            "start": start,
        },
    )


def teaspoon(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Policy-safe rewrites and refusal/alternative pairs (English and Chinese), slow and steady,
    through a VPN provider's exit nodes."""
    fam = "teaspoon"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("m247", "leaseweb", "ovh"))
    exits = rented_block(rng, provider, irange(rng, 3, 5), irange(rng, 2, 4))
    hold = float(rng.uniform(1, 3)) * HOUR
    ua = pick(rng, ("python-requests/2.32.3", BROWSERS[0], "OpenAI/Python 1.54.0"))
    zh_share = float(rng.uniform(0.3, 0.7))
    style_w = _mix(rng, 4, 1.5)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    p_new = float(rng.uniform(0.55, 0.8))
    accts = []
    for _ in range(n):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rewriter",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=exits,
        )
        accts.append(acct)
        rate = float(rng.uniform(3, 7))
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        prompts = [
            texts.safe_rewrite_prompt(
                rng, ctx.passages, "zh" if chance(rng, zh_share) else "en", _choice(rng, style_w)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            ips=sticky(rng, ts, exits, hold),
            comp_median=550.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "pacing": "slow steady poisson",
            "ip_source": f"VPN exits ({provider})",
            "user_agent": ua,
            "languages": ["en", "zh"],
            "zh_share": round(zh_share, 3),
            "start": start,
        },
    )


def dessert_spoon(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Agent / tool-use transcripts: synthetic episodes whose every step (with the growing history
    of fabricated observations) is sent for the next action, from cloud NAT gateways."""
    fam = "dessert_spoon"
    n = irange(rng, 3, 6)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    style = int(rng.integers(3))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=camp,
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(3, 6))
    episodes = worker_pool(rng, start, ctx.t1, per_hour, n)
    step_gap = float(rng.uniform(4, 15))
    for acct, starts in zip(accts, episodes, strict=True):
        ts_all, prompts, models, extra = [], [], [], []
        for s in starts.tolist():
            tools, task = texts.agent_task(rng)
            k = irange(rng, 3, 12)
            ts = _train(rng, s, k, step_gap, 0.6)
            model = ctx.models(rng, ts[:1], 0.9, 0.0)[0]
            st = style if chance(rng, 0.8) else int(rng.integers(3))
            for j in range(k):
                prompts.append(texts.agent_step(rng, tools, task, j, st))
                extra.append(250 + 120 * j)
            ts_all.append(ts)
            models.extend([model] * k)
        ts = _cat(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=models,
            comp_median=220.0,
            comp_sigma=0.6,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "keys": n,
            "orgs": n_orgs,
            "cards": n_orgs,
            "pacing": f"episode pool {per_hour:.1f}/h, steps every ~{step_gap:.0f}s",
            "ip_source": f"{provider} NAT",
            "user_agent": ua,
            "languages": ["en"],
            "start": start,
        },
    )


def hard_boiled(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Synthetic-dataset generation right after the release through many short-lived keys, each
    with its own sign-up and prepaid card, every request from a different residential exit."""
    fam = "hard_boiled"
    n = irange(rng, 14, 24)
    pool = resi(rng, irange(rng, 200, 320), "*")
    langs = ["en"] + _subset(rng, ("es", "id", "pt", "ar", "vi"), irange(rng, 2, 4))
    lang_w = _mix(rng, len(langs))
    style_w = _mix(rng, 4, 1.0)
    first = ctx.release - float(rng.uniform(0.2, 0.6)) * DAY
    span = ctx.t1 - first
    accts = []
    for i in range(n):
        ua = pick(rng, SDK_COMMON)
        acct = ctx.account(
            rng, label="campaign", family=fam, role="burner_key", campaign_id=camp, ua=ua, ips=pool
        )
        accts.append(acct)
        born = first + span * (i / n) * float(rng.uniform(0.85, 1.0))
        life = float(rng.uniform(0.4, 1.4)) * DAY
        rate = float(rng.uniform(6, 14))
        ts = thinned(rng, born, min(ctx.t1, born + life), rate * life / HOUR, constant)
        prompts = [
            texts.dataset_prompt(rng, weighted(rng, langs, lang_w), _choice(rng, style_w))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            ips=picks(rng, pool, len(ts)),
            comp_median=2200.0,
            comp_sigma=0.45,
            err=0.06,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n,
            "orgs": n,
            "cards": n,
            "pacing": "staggered burner keys, steady within life",
            "ip_source": "rotating residential",
            "user_agent": "varied sdk",
            "languages": langs,
            "start": first,
        },
    )


def sports_day(ctx: Ctx, rng: Rng, camp: str) -> None:
    """HARD. A low-and-slow crowd of person-like accounts: each replays public chat prompts and
    asks the follow-ups that turn them into multi-turn dialogues, in evening sessions from home
    broadband (static ISP proxies or per-session residential exits), each with its own card."""
    fam = "sports_day"
    n = irange(rng, 30, 50)
    tzs = _subset(rng, TZS, irange(rng, 2, 4))
    lang_of_tz = {
        -8: "en",
        -5: "en",
        -3: pick(rng, ("pt", "es")),
        0: "en",
        1: pick(rng, ("de", "fr")),
        2: "de",
        3: "en",
        5: "en",
        8: "en",
        9: "en",
    }
    static = chance(rng, 0.6)
    p_new = float(rng.uniform(0.45, 0.7))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE[:3])
        ips = home(rng, 1 if static else 6, tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=camp,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        lang = lang_of_tz[tz] if chance(rng, 0.7) else "en"
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        sessions = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(1.0, 2.6)),
            evening_person(tz),
            float(rng.uniform(3, 6)),
            float(rng.uniform(50, 140)),
        )
        ts_all, prompts, ip_ev = [], [], []
        for sess in sessions:
            ip = pick(rng, ips)
            for j in range(len(sess)):
                if j == 0:
                    prompts.append(texts.clip(pick(rng, ctx.chat), 10, 1500, rng))
                else:
                    prompts.append(texts.follow_up(rng, lang))
                ip_ev.append(ip)
            ts_all.append(sess)
        ts = _cat(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.03),
            ips=ip_ev,
            comp_median=650.0,
            comp_sigma=0.6,
            err=0.005,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n,
            "orgs": n,
            "cards": n,
            "pacing": "human-like evening sessions",
            "ip_source": "static ISP proxies" if static else "per-session residential exits",
            "user_agent": "browsers and phones",
            "timezones": tzs,
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


def finish_line(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Best-of-n and soft-label sampling: each item sent several times in a tight train (or asked
    for per-option probabilities), from a few cloud machines on one card."""
    fam = "finish_line"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        for _ in range(n)
    ]
    langs = ["en"] + _subset(rng, ("zh", "es"), irange(rng, 1, 2))
    lang_w = _mix(rng, len(langs))
    style_w = _mix(rng, 3, 1.5)
    start = ctx.release - float(rng.uniform(0.0, 0.8)) * DAY
    per_hour = float(rng.uniform(4, 8))
    items = worker_pool(rng, start, ctx.t1, per_hour, n)
    k_lo, k_hi = irange(rng, 3, 4), irange(rng, 5, 8)
    for acct, starts in zip(accts, items, strict=True):
        ts_all, prompts, models = [], [], []
        for s in starts.tolist():
            k = irange(rng, k_lo, k_hi)
            ts = _train(rng, s, k, float(rng.uniform(0.5, 2.0)), 0.4)
            p = texts.soft_label_prompt(
                rng, ctx.chat, weighted(rng, langs, lang_w), _choice(rng, style_w)
            )
            model = ctx.models(rng, ts[:1], 0.95, 0.0)[0]
            ts_all.append(ts)
            prompts.extend([p] * k)
            models.extend([model] * k)
        ts = _cat(ts_all)
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=320.0, comp_sigma=0.6, err=0.02)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "pacing": f"items {per_hour:.1f}/h, each repeated {k_lo}-{k_hi}x",
            "ip_source": provider,
            "user_agent": ua,
            "languages": langs,
            "start": start,
        },
    )


def starting_line(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Curriculum sweep: a grid of concepts x six levels x languages walked in order, one key at a
    time (each retired after its share of the week), each key on its own VPS address."""
    fam = "starting_line"
    n = irange(rng, 5, 9)
    pays = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("vultr", "contabo", "linode"))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    langs = _subset(rng, ("en", "fr", "ja", "de"), irange(rng, 2, 3))
    order = rng.permutation(len(texts.CONCEPTS)).tolist()
    grid = [(lg, ci, lv) for lg in langs for ci in order for lv in range(6)]
    style = int(rng.integers(2))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    span = (ctx.t1 - start) / n
    rate = float(rng.uniform(18, 32))
    pos = 0
    accts = []
    for i in range(n):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweep_key",
            campaign_id=camp,
            pay=pays[i % 2],
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        accts.append(acct)
        a = start + i * span
        b = min(ctx.t1, a + span + float(rng.uniform(0, 3)) * HOUR)
        ts = thinned(rng, a, b, rate * (b - a) / HOUR, constant)
        prompts = []
        for _ in range(len(ts)):
            lg, ci, lv = grid[pos % len(grid)]
            pos += 1
            prompts.append(texts.curriculum_prompt(rng, lg, ci, lv, style + pos // len(grid)))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=1100.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "keys": n,
            "orgs": n,
            "cards": 2,
            "pacing": f"one key at a time, {rate:.0f}/h",
            "ip_source": f"{provider} VPS",
            "user_agent": ua,
            "languages": langs,
            "start": start,
        },
    )


def steady_hand(ctx: Ctx, rng: Rng, camp: str) -> None:
    """HARD. Harvest hidden in a real product's traffic: a writing-assistant app's production key
    carries its genuine users' requests and, mostly off-peak, the operator's own expert-level
    explanation requests in the same wrapper, from the same NAT gateways."""
    fam = "steady_hand"
    brand = pick(rng, ("Quillmark", "Notewell", "Inkpath", "Draftwise"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    ua = "OpenAI/NodeJS 4.85.1"
    prod = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="product_prod",
        campaign_id=camp,
        org=org,
        pay=pay,
        ua=ua,
        ips=nat,
    )
    stage = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="product_staging",
        campaign_id=camp,
        org=org,
        pay=pay,
        ua=ua,
        ips=nat[:1],
    )
    accts = [prod, stage]
    peak = float(rng.uniform(12, 18))
    rate = float(rng.uniform(18, 30))
    p_new_prod = float(rng.uniform(0.25, 0.45))
    ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.55))
    prompts = [texts.writing_product(rng, brand, ctx.chat) for _ in range(len(ts))]
    ctx.emit(rng, prod, ts, prompts, models=ctx.models(rng, ts, p_new_prod, 0.3), comp_median=300.0)
    # the operator's own requests, in the product's wrapper, leaning to the quiet hours
    langs = ["en"] + _subset(rng, ("es", "de", "ja", "zh", "pt"), irange(rng, 2, 4))
    lang_w = _mix(rng, len(langs))
    h_start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    h_rate = float(rng.uniform(7, 12))
    hts = thinned(
        rng, h_start, ctx.t1, h_rate * (ctx.t1 - h_start) / HOUR, global_load((peak + 12) % 24, 0.8)
    )
    on_stage = rng.random(len(hts)) < 0.2
    for acct, sel in ((prod, ~on_stage), (stage, on_stage)):
        hs = hts[sel]
        prompts = [
            texts.writing_product_deep(rng, brand, weighted(rng, langs, lang_w))
            for _ in range(len(hs))
        ]
        ctx.emit(
            rng,
            acct,
            hs,
            prompts,
            models=ctx.models(rng, hs, 0.92, 0.0),
            comp_median=1300.0,
            comp_sigma=0.45,
        )
    # a little genuine staging traffic from the developers
    tz = pick(rng, (-8, -5, 0, 1))
    sts = thinned(rng, ctx.t0, ctx.t1, 2.0 * (ctx.t1 - ctx.t0) / HOUR * 0.3, workday(tz))
    prompts = [texts.writing_product(rng, brand, ctx.chat) for _ in range(len(sts))]
    ctx.emit(rng, stage, sts, prompts, models=ctx.models(rng, sts, 0.5, 0.2), comp_median=300.0)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "keys": 2,
            "orgs": 1,
            "cards": 1,
            "pacing": f"product {rate:.0f}/h global load + harvest {h_rate:.1f}/h off-peak",
            "ip_source": "aws NAT",
            "user_agent": ua,
            "languages": langs,
            "brand": brand,
            "harvest_start": h_start,
            "hard": True,
        },
    )


def eggshell(ctx: Ctx, rng: Rng, camp: str) -> None:
    """HARD. Bought aged accounts: each has ordinary personal history (own card, own home address,
    browser) until it changes hands around the release, then asks expert questions with full
    reasoning at a modest rate through a residential proxy pool."""
    fam = "eggshell"
    n = irange(rng, 8, 13)
    region = pick(rng, ("us", "eu"))
    pool = resi(rng, irange(rng, 30, 60), region)
    hold = float(rng.uniform(30, 90)) * MINUTE
    pivot_c = ctx.release + float(rng.uniform(-0.6, 0.8)) * DAY
    langs = ("en", "de", "ja")
    lang_w = _mix(rng, 3, 3.0)
    accts, pivots = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=camp,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        pivot = pivot_c + float(rng.normal(0, 0.25)) * DAY
        pivots.append(pivot)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz)
        old = _cat(
            session_times(
                rng,
                ctx.t0,
                pivot,
                float(rng.uniform(0.5, 2.0)),
                curve,
                float(rng.uniform(2, 5)),
                float(rng.uniform(60, 200)),
            )
        )
        prompts = [texts.clip(pick(rng, ctx.chat), 5, 1500, rng) for _ in range(len(old))]
        ctx.emit(rng, acct, old, prompts, models=ctx.models(rng, old, 0.2, 0.2), comp_median=350.0)
        rate = float(rng.uniform(2.5, 6))
        new = thinned(
            rng,
            pivot,
            ctx.t1,
            rate * max(ctx.t1 - pivot, 0) / HOUR,
            global_load(float(rng.uniform(0, 24)), 0.3),
        )
        ua2 = ua if chance(rng, 0.4) else sdk_ua(rng, 0.6)
        prompts = [
            texts.expert_prompt(rng, weighted(rng, langs, lang_w))
            if chance(rng, 0.6)
            else texts.explain_prompt(rng, weighted(rng, langs, lang_w))
            for _ in range(len(new))
        ]
        ctx.emit(
            rng,
            acct,
            new,
            prompts,
            models=ctx.models(rng, new, 0.9, 0.0),
            ua=ua2,
            ips=sticky(rng, new, pool, hold),
            comp_median=1000.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "keys": n,
            "orgs": n,
            "cards": n,
            "pacing": "personal history, then steady",
            "ip_source": f"home, then residential ({region})",
            "user_agent": "browser, then browser or sdk",
            "languages": list(langs),
            "pivots": [round(p, 1) for p in pivots],
            "hard": True,
        },
    )


def wooden_spoon(ctx: Ctx, rng: Rng, camp: str) -> None:
    """HARD. Code harvest dressed as a development shop: a handful of developer keys in one org on
    one company card, office broadband in working hours, each developer with their own phrasing,
    a share of ordinary chat mixed in."""
    fam = "wooden_spoon"
    tz = pick(rng, (1, 2, 3, 5, 8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    n = irange(rng, 6, 10)
    ua_pool = (
        "litellm/1.60.2",
        "OpenAI/Python 1.54.0",
        "OpenAI/Python 1.63.2",
        BROWSERS[0],
        BROWSERS[3],
        "OpenAI/NodeJS 4.67.1",
    )
    p_new = float(rng.uniform(0.7, 0.85))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    accts = []
    for _ in range(n):
        ua = pick(rng, ua_pool)
        dev_home = home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="developer_key",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=office + dev_home,
            tz=tz,
        )
        accts.append(acct)
        style = int(rng.integers(5))
        lang_w = _mix(rng, len(texts.CODE_LANGS), 0.7).tolist()
        curve = workday(tz, start=float(rng.uniform(8, 10)), end=float(rng.uniform(17, 19.5)))
        ts = _cat(
            session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(4, 8)),
                curve,
                float(rng.uniform(3, 8)),
                float(rng.uniform(45, 180)),
            )
        )
        prompts = [
            texts.code_prompt(rng, style if chance(rng, 0.85) else int(rng.integers(5)), lang_w)
            if chance(rng, 0.8)
            else texts.clip(pick(rng, ctx.chat), 10, 1200, rng)
            for _ in range(len(ts))
        ]
        ips = [pick(rng, office) if chance(rng, 0.85) else dev_home[0] for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.05),
            ips=ips,
            comp_median=950.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code_harvest_as_dev_shop",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "pacing": "working-hours sessions",
            "ip_source": "office broadband + developer homes",
            "user_agent": "mixed per developer",
            "languages": ["en"],
            "tz": tz,
            "hard": True,
        },
    )


def egg_cup(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Translation harvest: each source passage fanned out to several target languages in quick
    succession, through mobile-carrier proxies (IPv6, rotating), mobile HTTP client."""
    fam = "egg_cup"
    n = irange(rng, 3, 6)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    carrier = pick(rng, ("in_mobile", "br_mobile", "us_mobile", "eu_mobile"))
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
    targets = _subset(rng, texts.TARGETS, irange(rng, 8, 12))
    style_w = _mix(rng, 4, 1.0)
    accts = []
    for i in range(n):
        pool = mobile_v6(rng, 30, carrier)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator_key",
            campaign_id=camp,
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=ua,
            ips=pool,
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        starts = thinned(
            rng, a, ctx.t1, float(rng.uniform(0.8, 1.6)) * (ctx.t1 - a) / HOUR, constant
        )
        ts_all, prompts, comp = [], [], []
        gap = float(rng.uniform(4, 12))
        for s in starts.tolist():
            text = texts.clip(pick(rng, ctx.passages), 300, 1000, rng)
            k = irange(rng, 3, 8)
            tg = _subset(rng, tuple(targets), k)
            st = _choice(rng, style_w)
            ts_all.append(_train(rng, s, k, gap))
            prompts.extend(texts.translate_prompt(rng, text, t, st) for t in tg)
            comp.extend([max(40.0, len(text) / 3.2)] * k)
        ts = _cat(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            ips=sticky(rng, ts, pool, float(rng.uniform(10, 40)) * MINUTE),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "translation_fan_out",
            "keys": n,
            "orgs": n_orgs,
            "cards": n_orgs,
            "pacing": "passages ~1/h per key, fanned to 3-8 languages",
            "ip_source": f"mobile {carrier}",
            "user_agent": ua,
            "languages": targets,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "yolk": yolk,
    "wobble": wobble,
    "teaspoon": teaspoon,
    "dessert_spoon": dessert_spoon,
    "hard_boiled": hard_boiled,
    "sports_day": sports_day,
    "finish_line": finish_line,
    "starting_line": starting_line,
    "steady_hand": steady_hand,
    "eggshell": eggshell,
    "wooden_spoon": wooden_spoon,
    "egg_cup": egg_cup,
}

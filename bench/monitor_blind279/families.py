"""Campaign families of batch 279 (code names from vallam kali, Kerala's snake-boat racing).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts with `ctx.account`, writes
their events with `ctx.emit` and records the campaign with `ctx.campaign`, drawing only from its
own generator `rng` and always in the same order.
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
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    pick,
    picks,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind279 import texts as tx

Rng = np.random.Generator


def _mix(
    rng: Rng, options: tuple[str, ...], k_lo: int, k_hi: int, first: str | None = None
) -> tuple[list[str], list[float]]:
    """A family's own mix: `k` of `options` (the `first`, if given, always in) with Dirichlet weights."""
    order = [options[i] for i in rng.permutation(len(options)).tolist()]
    if first is not None:
        order = [first] + [o for o in order if o != first]
    chosen = order[: irange(rng, k_lo, k_hi)]
    w = rng.dirichlet(np.ones(len(chosen)) * 2.0)
    if first is not None:
        w = 0.5 * w + 0.5 * np.eye(len(chosen))[0]
    return chosen, [float(x) for x in w]


def _draw(rng: Rng, items: list, weights: list[float], n: int) -> list:
    idx = rng.choice(len(items), size=n, p=np.asarray(weights) / np.sum(weights))
    return [items[i] for i in idx.tolist()]


def _models(ctx: Ctx, rng: Rng, ts: np.ndarray, p_new: float, p_mini: float = 0.03) -> list[str]:
    return ctx.models(rng, ts, p_new=p_new, p_mini=p_mini)


def _campaign_accounts(
    ctx: Ctx,
    rng: Rng,
    cid: str,
    family: str,
    role: str,
    n: int,
    *,
    orgs: list[str],
    cards: list[str],
    uas: list[str],
    ips: list[list[str]],
    tzs: list[int] | None = None,
) -> list:
    return [
        ctx.account(
            rng,
            label="campaign",
            family=family,
            role=role,
            campaign_id=cid,
            org=orgs[i],
            pay=cards[i],
            ua=uas[i],
            ips=ips[i],
            tz=(tzs[i] if tzs else 0),
        )
        for i in range(n)
    ]


# --------------------------------------------------------------------------------------------


def chundan(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, a Poisson worker pool around the clock."""
    fam = "chundan"
    n = irange(rng, 8, 18)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    per_card = irange(rng, 3, 5)
    cards = [hexid(rng, "pay") for _ in range(-(-n // per_card))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    langs, lw = _mix(rng, ("en", "zh", "ru", "es"), 2, 4, first="en")
    styles = sorted(rng.permutation(4)[: irange(rng, 2, 4)].tolist())
    accts = _campaign_accounts(
        ctx,
        rng,
        cid,
        fam,
        "worker",
        n,
        orgs=[orgs[i % n_orgs] for i in range(n)],
        cards=[cards[i // per_card] for i in range(n)],
        uas=[ua] * n,
        ips=[picks(rng, block, irange(rng, 1, 3)) for _ in range(n)],
    )
    probe0 = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    go = ctx.release + float(rng.uniform(0.05, 0.3)) * DAY
    pre = worker_pool(rng, probe0, ctx.release, float(rng.uniform(8, 20)), n)
    post = worker_pool(rng, go, ctx.t1, float(rng.uniform(60, 130)), n)
    for a, x, y in zip(accts, pre, post, strict=True):
        ts = np.sort(np.concatenate([x, y]))
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [tx.reasoning_trace(rng, lg, pick(rng, styles)) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models(ctx, rng, ts, 0.97),
            comp_median=1500.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool_24h",
            "ip_source": f"hosting:{provider}",
            "payment": f"prepaid_card_per_{per_card}_keys",
            "user_agent": ua,
            "orgs": n_orgs,
            "languages": langs,
            "styles": styles,
            "probe_start": probe0,
            "main_start": go,
            "hard": False,
        },
    )


def vanchipattu(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Judge / rubric / reward-model grading in scripted bursts from one cloud project."""
    fam = "vanchipattu"
    n = irange(rng, 4, 9)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("gcp", "aws"))
    ips = cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2", "python-httpx/0.28.1"))
    langs, lw = _mix(rng, ("en", "es", "ko"), 1, 3, first="en")
    styles = sorted(rng.permutation(4)[: irange(rng, 2, 4)].tolist())
    accts = _campaign_accounts(
        ctx,
        rng,
        cid,
        fam,
        "grader",
        n,
        orgs=[org] * n,
        cards=[cards[i % len(cards)] for i in range(n)],
        uas=[ua] * n,
        ips=[ips] * n,
    )
    start = ctx.t0 + float(rng.uniform(0.2, 1.5)) * DAY
    per_day = float(rng.uniform(2, 4))
    size = float(rng.uniform(30, 60))
    for a in accts:
        starts = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, lambda t: np.ones(len(t))
        )
        ts = np.sort(np.concatenate(bursts(rng, starts, size, 1.5, b=ctx.t1) or [np.empty(0)]))
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, lg, pick(rng, styles))
            for lg in _draw(rng, langs, lw, len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=_models(ctx, rng, ts, 0.92), comp_median=230.0, err=0.02
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "scripted_bursts",
            "ip_source": f"cloud:{provider}",
            "payment": f"{len(cards)}_company_cards",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "bursts_per_day": per_day,
            "burst_size": size,
            "hard": False,
        },
    )


def amarakkaran(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Censorship-safe / policy rewrites, stolen cards churned key by key, China-cloud and VPN exits."""
    fam = "amarakkaran"
    n = irange(rng, 6, 14)
    cloud_provider = pick(rng, ("alibaba", "tencent", "huawei"))
    vpn_provider = pick(rng, ("m247", "leaseweb"))
    vpn = rented_block(rng, vpn_provider, 2, 4)
    langs, lw = _mix(rng, ("zh", "en", "vi"), 2, 3, first="zh")
    styles = sorted(rng.permutation(3)[: irange(rng, 2, 3)].tolist())
    uas = picks(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "OpenAI/Python 1.54.0"), n)
    ips = [
        cloud(rng, irange(rng, 1, 2), cloud_provider) + picks(rng, vpn, irange(rng, 1, 3))
        for _ in range(n)
    ]
    accts = _campaign_accounts(
        ctx,
        rng,
        cid,
        fam,
        "churned_key",
        n,
        orgs=[hexid(rng, "org") for _ in range(n)],
        cards=[hexid(rng, "pay") for _ in range(n)],
        uas=uas,
        ips=ips,
    )
    first = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    night = float(rng.uniform(21, 23.5))
    for i, a in enumerate(accts):
        a0 = first + i * (ctx.t1 - first) / (n + 1) * float(rng.uniform(0.4, 1.0))
        a1 = min(ctx.t1, a0 + float(rng.uniform(1.0, 3.0)) * DAY)
        days = (a1 - a0) / DAY
        ts = thinned(rng, a0, a1, float(rng.uniform(60, 180)) * days, _night(night, 8.0, 8))
        prompts = [
            tx.policy_rewrite(rng, ctx.chat, ctx.passages, lg, pick(rng, styles))
            for lg in _draw(rng, langs, lw, len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=_models(ctx, rng, ts, 0.9), comp_median=520.0, err=0.02
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_compliant_rewrites",
            "pacing": "nightly_utc+8_key_churn",
            "ip_source": f"cloud:{cloud_provider}+vpn:{vpn_provider}",
            "payment": "stolen_card_per_key",
            "user_agent": "mixed_scripts",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


def _night(start_h: float, hours: float, tz: int):
    def f(ts: np.ndarray) -> np.ndarray:
        h = (((np.asarray(ts) + tz * HOUR) % DAY) / HOUR - start_h) % 24.0
        return np.where(h < hours, 1.0, 0.08)

    return f


def iruttukuthi(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent / tool-use transcripts: multi-step episodes from a cluster behind a few cloud NAT IPs."""
    fam = "iruttukuthi"
    n = irange(rng, 5, 12)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("aws", "azure"))
    nat = cloud(rng, irange(rng, 3, 8), provider)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6"))
    langs, lw = _mix(rng, ("en", "de", "ja"), 1, 3, first="en")
    toolsets = list(tx.TOOLSETS)
    styles = sorted(rng.permutation(3)[: irange(rng, 1, 3)].tolist())
    accts = _campaign_accounts(
        ctx,
        rng,
        cid,
        fam,
        "agent_runner",
        n,
        orgs=[orgs[i % n_orgs] for i in range(n)],
        cards=[cards[i % n_orgs] for i in range(n)],
        uas=[ua] * n,
        ips=[nat] * n,
    )
    start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    episodes = worker_pool(rng, start, ctx.t1, float(rng.uniform(8, 18)), n)
    for a, starts in zip(accts, episodes, strict=True):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(8.0), 0.7, size=k - 1))])
            toolset, style = pick(rng, toolsets), pick(rng, styles)
            task = tx.agent_task(rng, toolset, _draw(rng, langs, lw, 1)[0])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.agent_step(rng, toolset, task, j, style))
                extra.append(200 + 260 * j)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order.tolist()],
            models=_models(ctx, rng, ts, 0.95),
            comp_median=260.0,
            extra=np.asarray(extra, dtype=np.int64)[order],
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "pacing": "episode_pool",
            "ip_source": f"cloud_nat:{provider}",
            "payment": "one_card_per_org",
            "user_agent": ua,
            "orgs": n_orgs,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


def churulan(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic-dataset generation: many throwaway orgs, a few shared prepaid cards, one VPS per key."""
    fam = "churulan"
    n = irange(rng, 10, 24)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    block = rented_block(rng, provider, irange(rng, 3, 5), 4)
    ua = pick(rng, SDK_COMMON[:2])
    langs, lw = _mix(rng, ("en", "hi", "id", "pt"), 2, 4, first="en")
    styles = sorted(rng.permutation(4)[: irange(rng, 2, 4)].tolist())
    accts = _campaign_accounts(
        ctx,
        rng,
        cid,
        fam,
        "generator",
        n,
        orgs=[hexid(rng, "org") for _ in range(n)],
        cards=[cards[i % len(cards)] for i in range(n)],
        uas=[ua] * n,
        ips=[[pick(rng, block)] for _ in range(n)],
    )
    start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    per_day, size = float(rng.uniform(4, 10)), float(rng.uniform(8, 20))
    for a in accts:
        starts = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, lambda t: np.ones(len(t))
        )
        ts = np.sort(np.concatenate(bursts(rng, starts, size, 3.0, b=ctx.t1) or [np.empty(0)]))
        prompts = [
            tx.synth_data(rng, ctx.chat, lg, pick(rng, styles))
            for lg in _draw(rng, langs, lw, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models(ctx, rng, ts, 0.95),
            comp_median=1400.0,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "bursts",
            "ip_source": f"vps_block:{provider}",
            "payment": f"{len(cards)}_prepaid_cards_shared",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


def veppu(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Multi-turn dialogue harvest: scripted user simulators, browser UAs, residential proxy pool."""
    fam = "veppu"
    n = irange(rng, 12, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 4, 6))]
    regs = [
        ("us", "eu", "latam", "sea")[i] for i in rng.permutation(4)[: irange(rng, 2, 3)].tolist()
    ]
    pool = [ip for r in regs for ip in resi(rng, irange(rng, 60, 110), r)]
    hold = float(rng.uniform(15, 40)) * 60
    langs, lw = _mix(rng, ("en", "es", "pt", "id", "fr"), 2, 4, first="en")
    accts = _campaign_accounts(
        ctx,
        rng,
        cid,
        fam,
        "dialogue_bot",
        n,
        orgs=[hexid(rng, "org") for _ in range(n)],
        cards=[cards[i % len(cards)] for i in range(n)],
        uas=picks(rng, BROWSERS, n),
        ips=[pool] * n,
    )
    start = ctx.release - float(rng.uniform(0.0, 0.3)) * DAY
    per_day, size_mean = float(rng.uniform(8, 16)), float(rng.uniform(6, 10))
    for a in accts:
        sess = session_times(
            rng, start, ctx.t1, per_day, lambda t: np.ones(len(t)), size_mean, 35.0, 0.6
        )
        ts_all, prompts = [], []
        for s in sess:
            lg = _draw(rng, langs, lw, 1)[0]
            if lg == "en" and chance(rng, 0.7):
                opener = tx.cut(pick(rng, ctx.chat), 600)
            else:
                opener = tx.person_question(rng, lg, pick(rng, tx.CONCEPTS), False)
            for j, tj in enumerate(s.tolist()):
                ts_all.append(tj)
                prompts.append(tx.dialogue_turn(rng, ctx.chat, lg, j, opener))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models(ctx, rng, ts, 0.9),
            ips=sticky(rng, ts, pool, hold),
            comp_median=600.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "bot_sessions_24h",
            "ip_source": "resi_proxy:" + "+".join(regs),
            "proxy_hold_s": hold,
            "payment": f"{len(cards)}_stolen_cards_reused",
            "user_agent": "browsers",
            "languages": langs,
            "hard": False,
        },
    )


def odi_vallam(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n and soft-label sampling: groups of identical requests fired within seconds."""
    fam = "odi_vallam"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "scaleway"))
    ua = "OpenAI/Python 1.63.2"
    modes, mw = _mix(rng, ("best_of_n", "soft_label", "letter_dist"), 2, 3, first="best_of_n")
    accts = _campaign_accounts(
        ctx,
        rng,
        cid,
        fam,
        "sampler",
        n,
        orgs=[org] * n,
        cards=[card] * n,
        uas=[ua] * n,
        ips=[cloud(rng, irange(rng, 1, 2), provider) for _ in range(n)],
    )
    pilot = worker_pool(rng, ctx.release - DAY, ctx.release, float(rng.uniform(1, 2)), n)
    main = worker_pool(
        rng, ctx.release + float(rng.uniform(0, 0.2)) * DAY, ctx.t1, float(rng.uniform(6, 14)), n
    )
    for a, x, y in zip(accts, pilot, main, strict=True):
        ts_all, prompts, comp = [], [], []
        for s in np.sort(np.concatenate([x, y])).tolist():
            mode = _draw(rng, modes, mw, 1)[0]
            if mode == "best_of_n":
                k, p, c = irange(rng, 4, 16), tx.cut(pick(rng, ctx.chat), 800), 500.0
            elif mode == "soft_label":
                k, p, c = irange(rng, 1, 3), tx.soft_label(rng, ctx.chat, irange(rng, 0, 2)), 50.0
            else:
                k, p, c = irange(rng, 8, 20), tx.mcq_letter(rng), 2.0
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.25), 0.5, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * k)
            comp.extend([c] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models(ctx, rng, ts, 0.96),
            comp_median=np.asarray(comp),
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "sample_groups",
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "user_agent": ua,
            "modes": modes,
            "languages": ["en"],
            "hard": False,
        },
    )


def punnamada(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Code curriculum sweep: task x language x level grid walked in order, slow and steady per key."""
    fam = "punnamada"
    n = irange(rng, 6, 12)
    orgs = [hexid(rng, "org") for _ in range(2)]
    provider = pick(rng, ("hetzner", "ovh"))
    uas = picks(rng, ("python-requests/2.32.3", "reqwest/0.12.12"), n)
    styles = sorted(rng.permutation(4)[: irange(rng, 2, 4)].tolist())
    accts = _campaign_accounts(
        ctx,
        rng,
        cid,
        fam,
        "sweeper",
        n,
        orgs=[orgs[i % 2] for i in range(n)],
        cards=[hexid(rng, "pay") for _ in range(n)],
        uas=uas,
        ips=[cloud(rng, 1, provider) for _ in range(n)],
    )
    tasks = [tx.CODE_TASKS[i] for i in rng.permutation(len(tx.CODE_TASKS)).tolist()]
    grid = [
        (t, lg, lv, st)
        for st in styles
        for t in tasks
        for lg in tx.CODE_LANGS
        for lv in range(1, 6)
    ]
    total = len(grid)
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    rate = float(rng.uniform(8, 15))
    for k, a in enumerate(accts):
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, lambda t: np.ones(len(t)))
        items = [grid[(k + n * j) % total] for j in range(len(ts))]
        prompts = [
            tx.code_task(t, lg, lv, st, (k + n * j) % total + 1, total)
            for j, (t, lg, lv, st) in enumerate(items)
        ]
        ctx.emit(
            rng, a, ts, prompts, models=_models(ctx, rng, ts, 0.97), comp_median=1100.0, err=0.01
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_curriculum_sweep",
            "pacing": "steady_poisson_per_key",
            "ip_source": f"hosting:{provider}",
            "payment": "virtual_card_per_key",
            "user_agent": "scripts",
            "rate_per_hour": rate,
            "styles": styles,
            "languages": sorted(
                set(["en" if st < 2 else ("zh" if st == 2 else "ru") for st in styles])
            ),
            "hard": False,
        },
    )


def aranmula(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: public prompt replay. Disjoint slices of a public prompt set sent through many ordinary-
    looking keys (own org and card each), geo-matched residential exits, office-hours pacing."""
    fam = "aranmula"
    n = irange(rng, 14, 26)
    tzs = picks(rng, TZS, n)
    uas = picks(rng, SDK_COMMON[:3], n)
    pools = [home(rng, irange(rng, 2, 4), tz) for tz in tzs]
    accts = _campaign_accounts(
        ctx,
        rng,
        cid,
        fam,
        "replayer",
        n,
        orgs=[hexid(rng, "org") for _ in range(n)],
        cards=[hexid(rng, "pay") for _ in range(n)],
        uas=uas,
        ips=pools,
        tzs=tzs,
    )
    order = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    for a, tz, pool in zip(accts, tzs, pools, strict=True):
        main0 = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
        pre = thinned(rng, ctx.t0, main0, float(rng.uniform(3, 10)), workday(tz))
        post = thinned(rng, main0, ctx.t1, float(rng.uniform(50, 160)), workday(tz, weekend=0.3))
        ts = np.sort(np.concatenate([pre, post]))
        prompts = [ctx.chat[order[(pos + j) % len(order)]] for j in range(len(ts))]
        pos += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models(ctx, rng, ts, float(rng.uniform(0.55, 0.8)), 0.05),
            ips=sticky(rng, ts, pool, DAY),
            comp_median=380.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "office_hours_per_key",
            "ip_source": "resi_geo_matched",
            "payment": "card_per_key",
            "user_agent": "common_sdks",
            "languages": ["as_source"],
            "hard": True,
        },
    )


def payippad(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: harvest hidden in a real product. A writing/translation assistant's own keys carry its
    genuine users and, from the release on, injected translation and explanation harvest in the
    product's own templates, filling the product's quiet hours."""
    fam = "payippad"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    brand = pick(rng, ("Quillbird", "Writewell", "Penmate", "Lingoloom"))
    accts = _campaign_accounts(
        ctx,
        rng,
        cid,
        fam,
        "product_key",
        n,
        orgs=[org] * n,
        cards=[card] * n,
        uas=[ua] * n,
        ips=[nat] * n,
    )
    peak = float(rng.uniform(12, 17))
    load = global_load(peak, 0.6)

    def quiet(t: np.ndarray) -> np.ndarray:
        return 1.15 - load(t)

    inj0 = ctx.release + float(rng.uniform(0.1, 0.5)) * DAY
    share = float(rng.uniform(0.2, 0.35))
    fw = [0.3, 0.25, 0.25, 0.12, 0.08]
    for a in accts:
        g = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(500, 900)), load)
        h = thinned(rng, inj0, ctx.t1, share * len(g) * (ctx.t1 - inj0) / (ctx.t1 - ctx.t0), quiet)
        gp = [
            tx.product_prompt(
                brand, f, tx.cut(pick(rng, ctx.chat), 900), pick(rng, tx.PRODUCT_LANGS)
            )
            for f in _draw(rng, [0, 1, 2, 3, 4], fw, len(g))
        ]
        hp = []
        for j in range(len(h)):
            if chance(rng, 0.7):
                hp.append(
                    tx.product_prompt(
                        brand,
                        2,
                        tx.cut(pick(rng, ctx.passages), irange(rng, 600, 1500)),
                        tx.PRODUCT_LANGS[j % len(tx.PRODUCT_LANGS)],
                    )
                )
            else:
                hp.append(tx.product_prompt(brand, 4, tx.problem(rng), ""))
        ts = np.concatenate([g, h])
        order = np.argsort(ts, kind="stable")
        models = _models(ctx, rng, g, 0.5, 0.3) + _models(ctx, rng, h, 1.0)
        comp = np.concatenate([np.full(len(g), 260.0), np.full(len(h), 650.0)])
        ctx.emit(
            rng,
            a,
            ts[order],
            [(gp + hp)[i] for i in order.tolist()],
            models=[models[i] for i in order.tolist()],
            comp_median=comp[order],
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_real_product",
            "pacing": "product_load_plus_quiet_hour_fill",
            "ip_source": "cloud_nat:aws",
            "payment": "business_card",
            "user_agent": ua,
            "brand": brand,
            "injection_start": inj0,
            "injected_share": share,
            "languages": list(tx.PRODUCT_LANGS),
            "hard": True,
        },
    )


def champakulam(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: bought / compromised aged personal accounts. Ordinary history first; after takeover the
    operator drives each through a residential proxy in the owner's own region at person-like pace."""
    fam = "champakulam"
    n = irange(rng, 15, 30)
    tzs = picks(rng, TZS, n)
    ua_pool = SDK_COMMON[:2] + BROWSERS[:2]
    uas = picks(rng, ua_pool, n)
    homes = [home(rng, irange(rng, 1, 2), tz) for tz in tzs]
    accts = _campaign_accounts(
        ctx,
        rng,
        cid,
        fam,
        "aged_account",
        n,
        orgs=[hexid(rng, "org") for _ in range(n)],
        cards=[hexid(rng, "pay") for _ in range(n)],
        uas=uas,
        ips=homes,
        tzs=tzs,
    )
    keep_ua = float(rng.uniform(0.5, 0.8))
    op_ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    for a, tz in zip(accts, tzs, strict=True):
        take = ctx.release + float(rng.uniform(0.05, 1.0)) * DAY
        old = session_times(
            rng, ctx.t0, take, float(rng.uniform(0.8, 2.5)), evening_person(tz), 3.0, 60.0
        )
        new = session_times(
            rng, take, ctx.t1, float(rng.uniform(4, 9)), evening_person(tz, 4.0), 8.0, 40.0
        )
        t_old = np.concatenate(old or [np.empty(0)])
        t_new = np.concatenate(new or [np.empty(0)])
        p_old = [tx.cut(pick(rng, ctx.chat), 1500) for _ in range(len(t_old))]
        p_new = [
            tx.aged_harvest(rng, irange(rng, 0, 3))
            if chance(rng, 0.7)
            else tx.cut(pick(rng, ctx.chat), 800)
            for _ in range(len(t_new))
        ]
        ua_new = a.ua if chance(rng, keep_ua) else op_ua
        proxy = home(rng, 6, tz)  # the proxy provider's exits in the owner's own region
        ctx.emit(
            rng, a, t_old, p_old, models=_models(ctx, rng, t_old, 0.17, 0.17), comp_median=350.0
        )
        ctx.emit(
            rng,
            a,
            t_new,
            p_new,
            models=_models(ctx, rng, t_new, 0.85),
            ips=sticky(rng, t_new, proxy, 2 * HOUR),
            ua=ua_new,
            comp_median=700.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "pacing": "evening_sessions_after_takeover",
            "ip_source": "home_then_resi_proxy_same_region",
            "payment": "owners_cards",
            "user_agent": "owners_or_operator",
            "keep_ua_share": keep_ua,
            "languages": ["en"],
            "hard": True,
        },
    )


_V6_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}


def thuzhakkaran(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: low-and-slow person-like crowd. Dozens of separately signed-up accounts, each a few
    evening study sessions in its region's language, phone or home addresses, phone/browser UAs."""
    fam = "thuzhakkaran"
    n = irange(rng, 30, 60)
    tzs = picks(rng, TZS, n)
    ips, uas = [], []
    for tz in tzs:
        if tz in _V6_OF_TZ and chance(rng, 0.35):
            ips.append(mobile_v6(rng, irange(rng, 2, 5), _V6_OF_TZ[tz]))
            uas.append(pick(rng, MOBILE))
        else:
            ips.append(home(rng, 1, tz))
            uas.append(pick(rng, BROWSERS + MOBILE[:3]))
    accts = _campaign_accounts(
        ctx,
        rng,
        cid,
        fam,
        "crowd_member",
        n,
        orgs=[hexid(rng, "org") for _ in range(n)],
        cards=[hexid(rng, "pay") for _ in range(n)],
        uas=uas,
        ips=ips,
        tzs=tzs,
    )
    concepts = [tx.CONCEPTS[i] for i in rng.permutation(len(tx.CONCEPTS)).tolist()]
    ci = 0
    used: list[str] = []
    for a, tz in zip(accts, tzs, strict=True):
        lang = pick(rng, tx.LANGS_OF_TZ[tz])
        used.append(lang)
        start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.0, 2.5)),
            evening_person(tz),
            float(rng.uniform(3, 6)),
            90.0,
        )
        ts_all, prompts = [], []
        for s in sess:
            c = concepts[ci % len(concepts)]
            ci += 1
            for j, tj in enumerate(s.tolist()):
                ts_all.append(tj)
                if j == 0 and chance(rng, 0.2):
                    prompts.append(tx.aged_harvest(rng, 1))
                else:
                    prompts.append(tx.person_question(rng, lang, c, j > 0))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models(ctx, rng, ts, 0.7, 0.05),
            comp_median=650.0,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd",
            "pacing": "evening_study_sessions",
            "ip_source": "home_or_carrier_v6",
            "payment": "card_per_account",
            "user_agent": "phones_and_browsers",
            "languages": sorted(set(used)),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "chundan": chundan,
    "vanchipattu": vanchipattu,
    "amarakkaran": amarakkaran,
    "iruttukuthi": iruttukuthi,
    "churulan": churulan,
    "veppu": veppu,
    "odi_vallam": odi_vallam,
    "punnamada": punnamada,
    "aranmula": aranmula,
    "payippad": payippad,
    "champakulam": champakulam,
    "thuzhakkaran": thuzhakkaran,
}

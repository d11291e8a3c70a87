"""Campaign families of batch 269 (code names from mallakhamb). Each is a generator
`family(ctx, rng, campaign_id)` drawing only from its own `rng`, in an order that is the same in
every process (no set walks, no `hash()`)."""

from __future__ import annotations

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
from bench.monitor_blind269 import texts as tx

#: user agents as the simulator's ordinary users send them (seen in its campaign-free output)
PLAIN_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
)
PLAIN_WEIGHTS = np.array([0.45, 0.2, 0.12, 0.12, 0.05, 0.03, 0.03])


def plain_ua(rng: np.random.Generator) -> str:
    return PLAIN_UAS[int(rng.choice(len(PLAIN_UAS), p=PLAIN_WEIGHTS / PLAIN_WEIGHTS.sum()))]


def lang_mix(
    rng: np.random.Generator, first: str, pool: tuple[str, ...], k: tuple[int, int]
) -> tuple[list[str], np.ndarray]:
    """`first` plus k others from `pool` (in the pool's order after a seeded permutation), weights."""
    others = [str(pool[i]) for i in rng.permutation(len(pool))[: irange(rng, *k)].tolist()]
    langs = [first] + [x for x in others if x != first]
    w = rng.dirichlet(np.full(len(langs), 2.0))
    w[0] += 0.6
    return langs, w / w.sum()


def draw_langs(rng: np.random.Generator, langs: list[str], w: np.ndarray, n: int) -> list[str]:
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w).tolist()]


def drop_window(
    rng: np.random.Generator, ts: np.ndarray, a: float, b: float, hours: tuple[float, float]
) -> np.ndarray:
    """Remove an outage of random length (the operator's box down for a while)."""
    s = float(rng.uniform(a, b))
    e = s + float(rng.uniform(*hours)) * HOUR
    return ts[(ts < s) | (ts >= e)]


def _new(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# ----------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block, Poisson worker pool


def pakad(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pakad"
    n = irange(rng, 6, 14)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 5))
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    group = irange(rng, 2, 4)
    cards = [hexid(rng, "pay") for _ in range((n + group - 1) // group)]
    shared_ua = chance(rng, 0.6)
    ua0 = sdk_ua(rng)
    langs, wl = lang_mix(rng, "en", ("zh", "ru", "es", "de", "ko"), (2, 3))
    styles = [int(x) for x in rng.permutation(5)[: irange(rng, 2, 4)].tolist()]
    accts = [
        _new(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=cards[i // group],
            ua=ua0 if shared_ua else sdk_ua(rng),
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for i in range(n)
    ]
    a = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(25, 55))
    streams = worker_pool(rng, a, ctx.t1, per_hour, n)
    for acct, ts in zip(accts, streams, strict=True):
        ts = drop_window(rng, ts, a, ctx.t1, (3, 9))
        ls = draw_langs(rng, langs, wl, len(ts))
        prompts = [tx.trace_coercion(rng, lg, pick(rng, styles)) for lg in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=1500.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented_block:{provider}",
            "orgs": n_orgs,
            "cards_shared_by": group,
            "languages": langs,
            "styles": styles,
        },
    )


# ----------------------------------------------------------------------------------------------
# 2. judge / rubric / reward grading through residential proxies, scripted bursts


def salami(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "salami"
    n = irange(rng, 4, 9)
    org = hexid(rng, "org")
    stolen = chance(rng, 0.5)
    shared_card = hexid(rng, "pay")
    pool = resi(rng, irange(rng, 150, 400), "*")
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    langs, wl = lang_mix(rng, "en", ("de", "ja", "fr"), (1, 3))
    styles = [int(x) for x in rng.permutation(5)[: irange(rng, 3, 5)].tolist()]
    accts = [
        _new(
            ctx,
            rng,
            fam,
            cid,
            "grader",
            org=org,
            pay=None if stolen else shared_card,
            ua=ua,
            ips=pool[:1],
        )
        for _ in range(n)
    ]
    a = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_day = float(rng.uniform(6, 12))
    size = float(rng.uniform(12, 28))
    gap = float(rng.uniform(1.5, 4.0))
    hold = float(rng.uniform(5, 20)) * MINUTE
    for acct in accts:
        starts = thinned(rng, a, ctx.t1, per_day * (ctx.t1 - a) / DAY, constant)
        ts = np.sort(np.concatenate(bursts(rng, starts, size, gap, b=ctx.t1) or [np.empty(0)]))
        ls = draw_langs(rng, langs, wl, len(ts))
        prompts = [tx.judge_prompt(rng, ctx.chat, ctx.passages, lg, pick(rng, styles)) for lg in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, pool, hold),
            comp_median=220.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "bursts",
            "bursts_per_day": round(per_day, 1),
            "burst_size": round(size, 1),
            "ip_source": "residential_proxy_sticky",
            "stolen_cards": stolen,
            "languages": langs,
            "styles": styles,
        },
    )


# ----------------------------------------------------------------------------------------------
# 3. HARD: multi-turn dialogue harvest by a crowd of person-like accounts


def dhaag(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dhaag"
    n = irange(rng, 30, 55)
    langs, wl = lang_mix(rng, "en", ("es", "pt", "fr", "de"), (2, 4))
    accts, tzs, alang = [], [], []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = pick(rng, BROWSERS + MOBILE[:3]) if chance(rng, 0.5) else plain_ua(rng)
        accts.append(
            _new(ctx, rng, fam, cid, "persona", ua=ua, ips=home(rng, irange(rng, 1, 3), tz), tz=tz)
        )
        tzs.append(tz)
        alang.append(draw_langs(rng, langs, wl, 1)[0])
    per_day = float(rng.uniform(1.5, 3.0))
    size = float(rng.uniform(6, 10))
    for acct, tz, lg in zip(accts, tzs, alang, strict=True):
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        for sess in session_times(
            rng,
            a,
            ctx.t1,
            per_day * float(rng.uniform(0.6, 1.4)),
            evening_person(tz),
            size,
            float(rng.uniform(50, 130)),
            0.7,
        ):
            if len(sess) == 0:
                continue
            prompts = [tx.opener(rng, lg, ctx.chat)] + [
                tx.follow_up(rng, lg) for _ in range(len(sess) - 1)
            ]
            model = ctx.models(rng, sess[:1], p_new=0.75)[0]
            med = np.full(len(sess), 340.0)
            med[0] = 480.0
            ctx.emit(rng, acct, sess, prompts, models=model, comp_median=med, err=0.005)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "human_sessions",
            "sessions_per_day": round(per_day, 2),
            "turns_mean": round(size, 1),
            "ip_source": "residential_geo_matched",
            "cards": "one_per_account",
            "languages": langs,
            "hard": True,
        },
    )


# ----------------------------------------------------------------------------------------------
# 4. censorship-safe / policy rewrites, nightly from Asian cloud plus VPN exits


def veladi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "veladi"
    n = irange(rng, 5, 10)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card = hexid(rng, "pay")
    vpn = rented_block(rng, pick(rng, ("m247", "leaseweb", "vultr")), irange(rng, 2, 4), 4)
    asia = cloud(rng, irange(rng, 4, 10), pick(rng, ("alibaba", "tencent", "huawei", "ucloud")))
    pool = vpn + asia
    langs, wl = lang_mix(rng, "zh", ("en", "ru", "ar", "tr", "vi"), (2, 4))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "Go-http-client/2.0"))
    styles = [int(x) for x in rng.permutation(4)[: irange(rng, 2, 4)].tolist()]
    accts = [
        _new(ctx, rng, fam, cid, "rewriter", org=orgs[i % n_orgs], pay=card, ua=ua, ips=pool[:1])
        for i in range(n)
    ]
    start_h = float(rng.uniform(0, 3))
    curve = nightly(start_h, float(rng.uniform(5, 8)), 8)
    per_day = float(rng.uniform(60, 130))
    a = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    for acct in accts:
        starts = thinned(rng, a, ctx.t1, per_day / 8 * (ctx.t1 - a) / DAY, curve)
        ts = np.sort(np.concatenate(bursts(rng, starts, 8.0, 6.0, 0.8, b=ctx.t1) or [np.empty(0)]))
        ls = draw_langs(rng, langs, wl, len(ts))
        prompts = [
            tx.policy_rewrite(rng, ctx.passages, ctx.chat, lg, pick(rng, styles)) for lg in ls
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=sticky(rng, ts, pool, 1800.0),
            comp_median=480.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "nightly_bursts",
            "night_start_utc8": round(start_h, 2),
            "per_day": round(per_day, 1),
            "ip_source": "vpn_exits+asian_cloud",
            "orgs": n_orgs,
            "languages": langs,
            "styles": styles,
        },
    )


# ----------------------------------------------------------------------------------------------
# 5. agent / tool-use transcripts, episodes spread over a worker pool in public cloud


def nakki(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "nakki"
    n = irange(rng, 8, 16)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("gcp", "aws", "azure"))
    uas = ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2")
    fmts = [int(x) for x in rng.permutation(3)[: irange(rng, 2, 3)].tolist()]
    accts = [
        _new(
            ctx,
            rng,
            fam,
            cid,
            "agent_runner",
            org=org,
            pay=cards[i % 2],
            ua=pick(rng, uas),
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        for i in range(n)
    ]
    a = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(3, 7)) * n / 10
    starts_all = worker_pool(rng, a, ctx.t1, per_hour, n)
    for acct, starts in zip(accts, starts_all, strict=True):
        ts_l, pr_l, ex_l = [], [], []
        for s in starts.tolist():
            (task, tools), fmt = tx.agent_task(rng), pick(rng, fmts)
            k = irange(rng, 3, 9)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(8.0), 0.6, size=k - 1))])
            for step in range(k):
                ts_l.append(float(t[step]))
                pr_l.append(tx.agent_step(rng, task, tools, step, fmt))
                ex_l.append(180 + 140 * step)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=190.0,
            comp_sigma=0.7,
            extra=np.asarray(ex_l, dtype=np.int64) if ex_l else 0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "episodes_over_worker_pool",
            "episodes_per_hour": round(per_hour, 2),
            "ip_source": f"cloud:{provider}",
            "formats": fmts,
            "languages": ["en"],
        },
    )


# ----------------------------------------------------------------------------------------------
# 6. synthetic-dataset generation on a cron from a rented VPS block


def bagli(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bagli"
    n = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("vultr", "digitalocean", "linode"))
    block = rented_block(rng, provider, 1, irange(rng, 2, 4))
    langs, wl = lang_mix(rng, "en", ("hi", "pt", "id", "sw", "es"), (2, 3))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11"))
    period = float(pick(rng, (2.0, 3.0, 4.0))) * HOUR
    accts = [
        _new(ctx, rng, fam, cid, "generator", org=org, pay=card, ua=ua, ips=[pick(rng, block)])
        for _ in range(n)
    ]
    a = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    for acct in accts:
        offset = float(rng.uniform(0, period))
        grid = np.arange(a + offset, ctx.t1, period)
        starts = grid + rng.uniform(0, 40, size=len(grid))
        starts = starts[rng.random(len(starts)) > 0.1]
        ts = np.sort(
            np.concatenate(
                bursts(rng, starts, float(rng.uniform(10, 24)), 2.0, 0.4, b=ctx.t1) or [np.empty(0)]
            )
        )
        ls = draw_langs(rng, langs, wl, len(ts))
        prompts = [tx.dataset_request(rng, lg, int(rng.integers(5))) for lg in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=2200.0,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "cron_bursts",
            "period_h": period / HOUR,
            "ip_source": f"rented_block:{provider}",
            "languages": langs,
        },
    )


# ----------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: each item fired n times, one card and org per key


def sui_dora(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sui_dora"
    n = irange(rng, 3, 8)
    kinds = [int(x) for x in rng.permutation(5)[: irange(rng, 2, 4)].tolist()]
    accts = [
        _new(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            ua=pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.63.2", "python-httpx/0.28.1")),
            ips=cloud(rng, 1, "aws"),
        )
        for _ in range(n)
    ]
    a = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_day = float(rng.uniform(12, 30))
    reps = (irange(rng, 3, 5), irange(rng, 6, 10))
    for acct in accts:
        items = thinned(rng, a, ctx.t1, per_day * (ctx.t1 - a) / DAY, constant)
        ts_l, pr_l, med = [], [], []
        for s in items.tolist():
            kind = pick(rng, kinds)
            p = tx.soft_label_item(rng, ctx.passages, kind)
            k = irange(rng, *reps)
            gaps = rng.uniform(0.2, 2.0, size=k - 1)
            ts_l.extend((s + np.concatenate([[0.0], np.cumsum(gaps)])).tolist())
            pr_l.extend([p] * k)
            med.extend([45.0 if kind < 3 else 300.0] * k)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.97),
            comp_median=np.asarray(med),
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "repeat_bursts",
            "items_per_day": round(per_day, 1),
            "repeats": list(reps),
            "ip_source": "cloud:aws",
            "cards": "one_per_key",
            "item_kinds": kinds,
            "languages": ["en"],
        },
    )


# ----------------------------------------------------------------------------------------------
# 8. curriculum sweep: a slow steady drip over subject x topic x level from a static office line


def tedhi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tedhi"
    n = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    region = pick(rng, ("eu", "us", "latam", "sea"))
    office = resi(rng, irange(rng, 1, 2), region)
    ua = pick(rng, ("Go-http-client/2.0", "curl/8.5.0", "reqwest/0.12.12"))
    pool_langs = ("en", "es", "fr", "vi", "ar")
    key_langs = [str(pool_langs[i]) for i in rng.permutation(len(pool_langs))[:n].tolist()]
    levels = irange(rng, 5, 10)
    style = int(rng.integers(3))
    accts = [
        _new(ctx, rng, fam, cid, "sweeper", org=org, pay=card, ua=ua, ips=office) for _ in range(n)
    ]
    subjects = sorted(tx.SUBJECTS)
    for acct, lg in zip(accts, key_langs, strict=True):
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        step = float(rng.uniform(240, 420))
        ts = np.arange(a, ctx.t1, step)
        ts = ts + rng.uniform(-0.1, 0.1, size=len(ts)) * step
        grid = [
            (s, t, u, lv)
            for s in [subjects[i] for i in rng.permutation(len(subjects)).tolist()]
            for u, t in enumerate(tx.SUBJECTS[s], start=1)
            for lv in range(1, levels + 1)
        ]
        prompts = [
            tx.curriculum_prompt(s, t, u, lv, levels, lg, style)
            for s, t, u, lv in (grid[i % len(grid)] for i in range(len(ts)))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1100.0,
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "steady_drip",
            "ip_source": f"office_broadband:{region}",
            "levels": levels,
            "languages": key_langs,
        },
    )


# ----------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden in a real writing-assistant product's traffic


def ghirni(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "ghirni"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    app = pick(rng, ("Inkwell", "Quillnest", "Draftly", "Parlance", "Wordloom"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        _new(
            ctx,
            rng,
            fam,
            cid,
            "product_backend",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 3, 6), provider),
        )
        for _ in range(n)
    ]
    curve = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.7)))
    per_hour = float(rng.uniform(6, 12))
    inject = float(rng.uniform(0.25, 0.4))
    targets = ("es", "de", "fr", "ja", "pt", "ko", "it", "zh", "ar", "ru")
    n_t = irange(rng, 4, 7)
    tgt = [str(targets[i]) for i in rng.permutation(len(targets))[:n_t].tolist()]
    switch = ctx.release + float(rng.uniform(0.3, 1.2)) * DAY
    for acct in accts:
        ts = thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, curve)
        harvest = rng.random(len(ts)) < inject
        prompts, med = [], []
        for h in harvest.tolist():
            if h:
                mode = "translate" if chance(rng, 0.7) else "explain"
                text = (
                    tx.sentence(rng, ctx.passages)
                    if mode == "translate"
                    else tx.excerpt(rng, ctx.passages, (40, 120))
                )
                prompts.append(tx.app_request(rng, app, mode, text, pick(rng, tgt)))
                med.append(140.0 if mode == "translate" else 520.0)
            else:
                mode = pick(rng, ("improve", "improve", "translate", "explain"))
                prompts.append(
                    tx.app_request(
                        rng, app, mode, tx.human(rng, ctx.chat, 800), pick(rng, ("es", "de", "fr"))
                    )
                )
                med.append(260.0)
        models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in ts.tolist()]
        ctx.emit(
            rng, acct, ts, prompts, models=models, comp_median=np.asarray(med) if med else 260.0
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_in_product_traffic",
            "pacing": "global_product_load",
            "per_hour_per_key": round(per_hour, 1),
            "injected_share": round(inject, 3),
            "ip_source": f"cloud:{provider}",
            "app": app,
            "languages": ["en"] + tgt,
            "hard": True,
        },
    )


# ----------------------------------------------------------------------------------------------
# 10. HARD: bought / compromised aged accounts; owners keep using them, operator adds code harvest


def mundi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mundi"
    n = irange(rng, 12, 20)
    onset = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    styles = [int(x) for x in rng.permutation(5)[: irange(rng, 3, 5)].tolist()]
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        acct = _new(
            ctx, rng, fam, cid, "compromised_aged", ua=plain_ua(rng), ips=home(rng, 1, tz), tz=tz
        )
        accts.append(acct)
        # the owner's own light use goes on all week
        for sess in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.3)), workday(tz, weekend=0.3), 2.5, 70.0
        ):
            if len(sess):
                ctx.emit(
                    rng,
                    acct,
                    sess,
                    [tx.human(rng, ctx.chat) for _ in range(len(sess))],
                    models=ctx.models(rng, sess, p_new=0.3, p_mini=0.2),
                )
        # the operator: residential exits in the owner's region, the owner's user agent and hours
        exits = home(rng, irange(rng, 10, 25), tz)
        start = onset + float(rng.uniform(0, 0.8)) * DAY
        ts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(40, 140)),
            workday(tz, start=8.0, end=22.0, weekend=0.5),
        )
        prompts = [tx.code_task(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            ips=sticky(rng, ts, exits, 2 * HOUR),
            comp_median=650.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest_on_aged_accounts",
            "pacing": "owner_hours_thinned",
            "onset_ts": round(onset, 1),
            "ip_source": "residential_same_region",
            "cards": "owners",
            "styles": styles,
            "languages": ["en"],
            "hard": True,
        },
    )


# ----------------------------------------------------------------------------------------------
# 11. HARD: public prompt replay by a low-and-slow crowd, disjoint slices per account


def khamb(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "khamb"
    n = irange(rng, 35, 60)
    order = rng.permutation(len(ctx.chat))
    slice_len = len(order) // n
    after = float(rng.uniform(0.5, 0.7))
    accts = []
    for i in range(n):
        tz = int(pick(rng, TZS))
        prepaid = chance(rng, 0.4)
        acct = _new(
            ctx,
            rng,
            fam,
            cid,
            "replayer",
            ua=plain_ua(rng),
            ips=home(rng, irange(rng, 1, 3), tz),
            tz=tz,
            pay=hexid(rng, "pay") if prepaid else None,
        )
        accts.append(acct)
        a = (
            ctx.release + float(rng.uniform(0, 0.8)) * DAY
            if chance(rng, after)
            else jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        )
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.3)
        sess = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)),
            curve,
            float(rng.uniform(3, 5)),
            float(rng.uniform(40, 120)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        mine = order[i * slice_len : (i + 1) * slice_len].tolist()
        prompts = [ctx.chat[mine[j % len(mine)]] for j in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.92), err=0.005)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "human_sessions",
            "share_onboarded_after_release": round(after, 2),
            "ip_source": "residential_geo_matched",
            "languages": ["mixed_sharegpt"],
            "hard": True,
        },
    )


# ----------------------------------------------------------------------------------------------
# 12. HARD: looks like an evaluation start-up, but every item is fresh (coverage, not a benchmark)


def shisham(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "shisham"
    n = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-8, -5, 0, 1, 2)))
    office = home(rng, irange(rng, 1, 2), tz)
    runners = cloud(rng, irange(rng, 2, 5), "aws")
    styles = [int(x) for x in rng.permutation(4)[: irange(rng, 2, 4)].tolist()]
    accts = [
        _new(
            ctx,
            rng,
            fam,
            cid,
            "eval_runner",
            org=org,
            pay=card,
            ua=pick(
                rng, ("OpenAI/Python 1.54.0", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.58.1")
            ),
            ips=office + runners,
            tz=tz,
        )
        for _ in range(n)
    ]
    for acct in accts:
        starts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.0, 2.5)) * 7,
            workday(tz, weekend=0.1, night=0.0),
        )
        runs = bursts(
            rng, starts, float(rng.uniform(40, 120)), float(rng.uniform(1.0, 3.0)), 0.4, b=ctx.t1
        )
        ts_l, ip_l = [], []
        for run in runs:
            ts_l.extend(run.tolist())
            ip_l.extend([pick(rng, runners) if chance(rng, 0.6) else pick(rng, office)] * len(run))
        manual = session_times(rng, ctx.t0, ctx.t1, 1.0, workday(tz), 2.0, 90.0)
        for m in manual:
            ts_l.extend(m.tolist())
            ip_l.extend([office[0]] * len(m))
        ts = np.asarray(ts_l)
        prompts = [tx.eval_item(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.1),
            ips=ip_l,
            comp_median=620.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "eval_lookalike_coverage_harvest",
            "pacing": "workday_eval_runs",
            "ip_source": "office+aws_ci_runners",
            "tz": tz,
            "styles": styles,
            "languages": ["en"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "pakad": pakad,
    "salami": salami,
    "dhaag": dhaag,
    "veladi": veladi,
    "nakki": nakki,
    "bagli": bagli,
    "sui_dora": sui_dora,
    "tedhi": tedhi,
    "ghirni": ghirni,
    "mundi": mundi,
    "khamb": khamb,
    "shisham": shisham,
}

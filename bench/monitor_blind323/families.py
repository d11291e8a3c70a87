"""Campaign families of blind batch 323: twelve distillation operations, code-named after forestry.

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes their
events through `ctx.emit` and records one campaign through `ctx.campaign`. Every draw comes from the
family's own generator, in an order fixed by the code (no set walks, no `hash()`).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
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
    nightly,
    pick,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind323 import texts as tx

CAMP = "campaign"


def _mix(rng: np.random.Generator, options: tuple[str, ...], lo: int, hi: int, must: str = "en"):
    """A family's languages (always including `must`) and their weights."""
    langs = tx.subset(rng, options, lo, hi)
    if must not in langs:
        langs = [must] + langs[: max(0, len(langs) - 1)]
    w = rng.dirichlet(np.full(len(langs), 2.0))
    return langs, [round(float(x), 3) for x in w]


def models_from(
    rng: np.random.Generator, ctx: Ctx, ts, switch: float, p_new: float, p_mini: float
) -> list[str]:
    """Per event: the new model with probability p_new from max(switch, release), otherwise the old
    flagship (a p_mini share of the small old model)."""
    ts = np.asarray(ts)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    cut = max(switch, ctx.release)
    return [
        new if (t >= cut and a < p_new) else (mini if b < p_mini else old)
        for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)
    ]


def _hours(ctx: Ctx, t: float) -> float:
    return round((t - ctx.release) / HOUR, 2)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def windthrow(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "windthrow"
    n = irange(rng, 8, 18)
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 4, 10))
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay = hexid(rng, "pay")
    base_ua = sdk_ua(rng, 0.6)
    langs, lw = _mix(rng, ("en", "zh", "ru", "es", "de", "ja"), 2, 5)
    styles = tx.subset(rng, list(range(6)), 3, 6)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pay,
            ua=base_ua if chance(rng, 0.75) else sdk_ua(rng),
            ips=tx.subset(rng, block, 1, 3),
            tz=8,
        )
        for i in range(n)
    ]
    probe_start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    go = ctx.release + float(rng.uniform(0.1, 6.0)) * HOUR
    rate = float(rng.uniform(60, 130))
    probe = worker_pool(rng, probe_start, ctx.release, float(rng.uniform(4, 12)), n)
    main = worker_pool(rng, go, ctx.t1, rate, n)
    comp = float(rng.uniform(900, 1600))
    for a, tp, tm in zip(accts, probe, main, strict=True):
        ts = np.concatenate([tp, tm])
        prompts = [
            tx.reasoning_job(rng, tx.wpick(rng, langs, lw), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.03),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (full working demanded)",
            "keys": n,
            "orgs": n_orgs,
            "payment": "one card shared by all keys",
            "ip_source": f"rented {prov} block",
            "user_agent": base_ua,
            "pacing": "Poisson worker pool",
            "rate_per_hour": round(rate, 1),
            "languages": langs,
            "language_weights": lw,
            "styles": styles,
            "probe_from_h": _hours(ctx, probe_start),
            "main_from_h": _hours(ctx, go),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading harvest


def stumpage(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "stumpage"
    n = irange(rng, 4, 10)
    prov = pick(rng, ("aws", "gcp", "azure"))
    langs, lw = _mix(rng, ("en", "zh", "ko"), 1, 3)
    styles = tx.subset(rng, list(range(5)), 2, 5)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="grader",
            campaign_id=cid,
            ua=sdk_ua(rng, 0.4),
            ips=cloud(rng, irange(rng, 1, 2), prov),
            tz=9,
        )
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.3, 1.0)) * DAY
    per_hour, size = float(rng.uniform(0.5, 1.2)), float(rng.uniform(8, 20))
    for a in accts:
        s = start + float(rng.uniform(0, 6)) * HOUR
        starts = thinned(rng, s, ctx.t1, per_hour * (ctx.t1 - s) / HOUR, constant)
        trains = bursts(rng, starts, size, float(rng.uniform(2, 5)), b=ctx.t1)
        ts = np.concatenate(trains) if trains else np.empty(0)
        prompts = [
            tx.judge_job(rng, ctx.chat, ctx.passages, tx.wpick(rng, langs, lw), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=300,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "keys": n,
            "orgs": n,
            "payment": "one prepaid virtual card per key",
            "ip_source": f"{prov} instances, 1-2 per key",
            "pacing": "bursts of a grading script",
            "bursts_per_hour": round(per_hour, 2),
            "burst_size": round(size, 1),
            "languages": langs,
            "styles": styles,
            "from_h": _hours(ctx, start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy / censorship-safe rewrites through commercial VPN exits


def shelterwood(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "shelterwood"
    n = irange(rng, 6, 14)
    n_orgs = irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, n))]
    vpn = pick(rng, ("m247", "leaseweb", "vultr"))
    exits = cloud(rng, irange(rng, 10, 30), vpn)
    hold = float(rng.uniform(20, 90)) * MINUTE
    langs, lw = _mix(rng, ("en", "zh", "vi", "ar", "ru"), 3, 5, must="zh")
    styles = tx.subset(rng, list(range(4)), 2, 4)
    ua_pool = tx.BG_BROWSER + BROWSERS + ("python-requests/2.32.3",)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="rewriter",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pick(rng, cards),
            ua=pick(rng, ua_pool),
            ips=exits,
            tz=8,
        )
        for i in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY
    rate = float(rng.uniform(25, 60))
    curve = workday(8, start=9.0, end=19.0, weekend=0.3)
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n, curve), strict=True):
        prompts = [
            tx.policy_job(rng, ctx.passages, tx.wpick(rng, langs, lw), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            ips=sticky(rng, ts, exits, hold),
            comp_median=450,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites and refusal pairs",
            "keys": n,
            "orgs": n_orgs,
            "payment": f"{len(cards)} stolen cards spread over the keys",
            "ip_source": f"{len(exits)} {vpn} VPN exits, sticky",
            "pacing": "worker pool on an office day (UTC+8), busy weekends",
            "rate_per_hour": round(rate, 1),
            "languages": langs,
            "styles": styles,
            "from_h": _hours(ctx, start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts


def feller_buncher(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "feller_buncher"
    n = irange(rng, 6, 16)
    prov = pick(rng, ("gcp", "aws"))
    nat = cloud(rng, irange(rng, 2, 5), prov)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain/0.3.7 python-openai/1.54.0",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.54.0",
        ),
    )
    langs, lw = _mix(rng, ("en", "zh"), 1, 2)
    styles = tx.subset(rng, list(range(4)), 2, 4)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
            tz=0,
        )
        for _ in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(2.0, 3.5)) * DAY
    rate = float(rng.uniform(40, 90))
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n), strict=True):
        prompts = [
            tx.agent_job(rng, tx.wpick(rng, langs, lw), pick(rng, styles)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=500,
            extra=rng.integers(300, 2500, size=len(ts)),
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest",
            "keys": n,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"{len(nat)} {prov} NAT addresses shared by all keys",
            "user_agent": ua,
            "pacing": "constant Poisson worker pool",
            "rate_per_hour": round(rate, 1),
            "languages": langs,
            "styles": styles,
            "from_h": _hours(ctx, start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation at night


def increment_borer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "increment_borer"
    n = irange(rng, 3, 6)
    prov = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    langs, lw = _mix(rng, ("en", "zh", "es"), 2, 3)
    styles = tx.subset(rng, list(range(5)), 3, 5)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
            ips=cloud(rng, irange(rng, 1, 2), prov),
            tz=8,
        )
        for _ in range(n)
    ]
    start_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(4, 7))
    night_rate = float(rng.uniform(50, 110))  # requests per hour while the night job runs
    rate = night_rate * hours / 24  # the same, averaged over the whole window
    begin = ctx.t0 + float(rng.uniform(0, 1.0)) * DAY
    for a, ts in zip(
        accts, worker_pool(rng, begin, ctx.t1, rate, n, nightly(start_h, hours, 8)), strict=True
    ):
        prompts = [
            tx.datagen_job(rng, ctx.chat, tx.wpick(rng, langs, lw), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=1800,
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation",
            "keys": n,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"{prov} instances",
            "pacing": f"nightly window {start_h:.1f}h+{hours:.1f}h UTC+8",
            "requests_per_night_hour": round(night_rate, 1),
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through a residential proxy network


def skid_trail(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "skid_trail"
    n = irange(rng, 10, 24)
    region = pick(rng, ("us", "eu", "sea", "latam"))
    pool = resi(rng, 400, region)
    langs, lw = _mix(rng, ("en", "es", "pt", "id", "de"), 2, 4)
    ua_pool = tx.BG_BROWSER + tx.BG_MOBILE + BROWSERS + MOBILE[:3]
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="dialogue_bot",
            campaign_id=cid,
            ua=pick(rng, ua_pool),
            ips=pool,
            tz=0,
        )
        for _ in range(n)
    ]
    per_day = float(rng.uniform(10, 25))
    peak = float(rng.uniform(0, 24))
    for a in accts:
        start = ctx.release + float(rng.uniform(0, 12)) * HOUR
        convs = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, global_load(peak, 0.4)
        )
        ts_l, pr_l, ip_l, ex_l = [], [], [], []
        for c0 in convs.tolist():
            k = irange(rng, 3, 9)
            lang = tx.wpick(rng, langs, lw)
            t = c0 + np.concatenate(
                [
                    [0.0],
                    np.cumsum(rng.lognormal(np.log(float(rng.uniform(15, 35))), 0.5, size=k - 1)),
                ]
            )
            ip = pick(rng, pool)
            per_turn = float(rng.uniform(350, 700))
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                pr_l.append(tx.first_turn(rng, lang) if j == 0 else tx.followup(rng, lang))
                ip_l.append(ip)
                ex_l.append(int(j * per_turn))
        ctx.emit(
            rng,
            a,
            np.asarray(ts_l),
            pr_l,
            models=ctx.models(rng, np.asarray(ts_l), p_new=1.0, p_mini=0.0),
            ips=ip_l,
            extra=np.asarray(ex_l, dtype=np.int64),
            comp_median=550,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (scripted follow-ups)",
            "keys": n,
            "orgs": n,
            "payment": "one stolen card per key",
            "ip_source": f"residential proxies ({region}), one exit per conversation",
            "pacing": "conversations all day, replies within seconds",
            "conversations_per_key_day": round(per_day, 1),
            "languages": langs,
            "user_agent": "browser / phone strings",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling


def coppice_stool(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "coppice_stool"
    n = irange(rng, 3, 6)
    prov = pick(rng, ("digitalocean", "linode", "ovh"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.54.0")),
            ips=cloud(rng, 1, prov),
            tz=1,
        )
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    jobs_per_hour = float(rng.uniform(2, 6))
    p_chat = float(rng.uniform(0.45, 0.75))
    for a in accts:
        jobs = thinned(rng, start, ctx.t1, jobs_per_hour * (ctx.t1 - start) / HOUR, constant)
        ts_l, pr_l, mo_l = [], [], []
        for j0 in jobs.tolist():
            prompt = (
                tx.clip(pick(rng, ctx.chat), 20, 1500, rng)
                if chance(rng, p_chat)
                else tx.soft_label_job(rng, irange(rng, 0, 1))
            )
            k = int(tx.wpick(rng, (4, 8, 16), (0.4, 0.4, 0.2)))
            model = ctx.models(rng, np.array([j0]), p_new=0.85, p_mini=0.1)[0]
            t = j0 + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.6, size=k - 1))])
            ts_l.extend(t.tolist())
            pr_l.extend([prompt] * k)
            mo_l.extend([model] * k)
        ctx.emit(rng, a, np.asarray(ts_l), pr_l, models=mo_l, comp_median=300, err=0.06)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling (same prompt n times)",
            "keys": n,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"one {prov} droplet per key",
            "jobs_per_key_hour": round(jobs_per_hour, 2),
            "n_samples": [4, 8, 16],
            "share_public_prompts": round(p_chat, 2),
            "from_h": _hours(ctx, start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. translation and code-port harvest


def slash_pile(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "slash_pile"
    n = irange(rng, 5, 12)
    prov = pick(rng, ("contabo", "ovh", "hetzner"))
    block = rented_block(rng, prov, 1, irange(rng, 3, 8))
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay = hexid(rng, "pay")
    targets = tx.subset(
        rng,
        ("zh", "es", "de", "ru", "ja", "pt", "fr", "ko", "vi", "ar", "id", "tr", "it", "pl", "hi"),
        4,
        8,
    )
    style = irange(rng, 0, 3)
    p_code = float(rng.uniform(0.15, 0.4))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="translator",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.54.0")),
            ips=tx.subset(rng, block, 1, 2),
            tz=3,
        )
        for i in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY
    rate = float(rng.uniform(10, 20))
    for a, jobs in zip(accts, worker_pool(rng, start, ctx.t1, rate, n), strict=True):
        ts_l, pr_l, cm_l = [], [], []
        for j0 in jobs.tolist():
            if chance(rng, p_code):
                ts_l.append(j0)
                pr_l.append(tx.code_port_job(rng))
                cm_l.append(700.0)
                continue
            text = tx.clip(pick(rng, ctx.passages), 300, 1200, rng)
            langs = tx.subset(rng, targets, 3, len(targets))
            t = j0 + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(1.5), 0.5, size=len(langs) - 1))]
            )
            for tj, lg in zip(t.tolist(), langs, strict=True):
                ts_l.append(tj)
                pr_l.append(
                    tx.translation_job(
                        rng, text, lg, style if chance(rng, 0.8) else irange(rng, 0, 3)
                    )
                )
                cm_l.append(len(text) / 3.0)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            comp_median=np.asarray(cm_l),
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus translation and code-port harvest",
            "keys": n,
            "orgs": n_orgs,
            "payment": "one card",
            "ip_source": f"rented {prov} /24",
            "targets": targets,
            "code_share": round(p_code, 2),
            "pacing": "worker pool; each passage fanned out to several languages",
            "jobs_per_hour": round(rate, 1),
            "from_h": _hours(ctx, start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real writing-assistant product's traffic


def log_deck(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "log_deck"
    n = irange(rng, 2, 3)
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    brand = pick(rng, ("Quillwise", "Draftly", "Penstroke", "Wordloom"))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=nat,
            tz=-5,
        )
        for _ in range(n)
    ]
    per_hour = float(rng.uniform(35, 70))
    pre, post = float(rng.uniform(0.03, 0.1)), float(rng.uniform(0.25, 0.45))
    ts_all = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        per_hour * (ctx.t1 - ctx.t0) / HOUR,
        global_load(float(rng.uniform(13, 17)), 0.55),
    )
    who = rng.integers(0, n, size=len(ts_all))
    for i, a in enumerate(accts):
        ts = ts_all[who == i]
        frac = np.where(ts >= ctx.release, post, pre)
        harvest = rng.random(len(ts)) < frac
        prompts, models, comp = [], [], []
        m_real = ctx.models(rng, ts, p_new=0.25, p_mini=0.15)
        m_harv = ctx.models(rng, ts, p_new=0.95, p_mini=0.0)
        for j, h in enumerate(harvest.tolist()):
            if h:
                r = irange(rng, 0, 2)
                if r == 0:
                    body = tx.natural_question(rng, "en", human=False)
                elif r == 1:
                    body = tx.word_problem(rng, "en") + " Explain every step."
                else:
                    body = tx.code_port_job(rng)
                prompts.append(tx.writing_app(rng, brand, body, "Answer this"))
                models.append(m_harv[j])
                comp.append(900.0)
            else:
                prompts.append(
                    tx.writing_app(rng, brand, tx.clip(pick(rng, ctx.chat), 10, 1200, rng))
                )
                models.append(m_real[j])
                comp.append(320.0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.asarray(comp), err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest mixed into a real writing app's backend traffic",
            "keys": n,
            "orgs": 1,
            "payment": "the product's company card",
            "ip_source": f"{len(nat)} AWS NAT gateways",
            "brand": brand,
            "pacing": "worldwide product load, never zero",
            "requests_per_hour": round(per_hour, 1),
            "harvest_share_before_release": round(pre, 3),
            "harvest_share_after_release": round(post, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / taken-over aged personal accounts


def basal_area(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "basal_area"
    n = irange(rng, 15, 35)
    p_keep_ua = float(rng.uniform(0.4, 0.7))
    p_own_lang = float(rng.uniform(0.2, 0.5))
    accts, takeovers = [], []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=pick(rng, tx.BG_BROWSER + BROWSERS),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-6, 20)) * HOUR
        takeovers.append(take)
        # the account's own past: a person's occasional chats
        pre = session_times(
            rng, ctx.t0, take, float(rng.uniform(0.4, 1.5)), evening_person(tz), 3.0, 90.0
        )
        ts = np.concatenate(pre) if pre else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            [pick(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.15),
            comp_median=350,
        )
        # after the takeover: longer sessions of curriculum questions, same hours, proxies in the same region
        post = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(2, 4)),
            evening_person(tz, 3.5),
            float(rng.uniform(10, 22)),
            float(rng.uniform(35, 80)),
        )
        ts = np.concatenate(post) if post else np.empty(0)
        lang = tx.LANG_OF_TZ.get(tz, "en")
        prompts = [
            tx.natural_question(rng, lang if chance(rng, p_own_lang) else "en")
            for _ in range(len(ts))
        ]
        ua = a.ua if chance(rng, p_keep_ua) else sdk_ua(rng, 0.7)
        ips = sticky(rng, ts, home(rng, 40, tz), float(rng.uniform(30, 90)) * MINUTE)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            ips=ips,
            ua=ua,
            comp_median=600,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum harvest through bought aged personal accounts",
            "keys": n,
            "orgs": n,
            "payment": "each account's original owner card",
            "ip_source": "owner's home address, then residential proxies in the same region",
            "pacing": "owner's evening rhythm, longer sessions after takeover",
            "takeover_h": [_hours(ctx, t) for t in takeovers],
            "keep_browser_ua_share": round(p_keep_ua, 2),
            "own_language_share": round(p_own_lang, 2),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of person-like accounts


def epicormic(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "epicormic"
    n = irange(rng, 40, 80)
    p_own_lang = float(rng.uniform(0.3, 0.6))
    ua_pool = tx.BG_BROWSER + tx.BG_MOBILE + BROWSERS + MOBILE[:3]
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        pool = home(rng, 20, tz)
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=pick(rng, ua_pool),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        start = ctx.release - float(rng.uniform(-0.3, 1.2)) * DAY
        ses = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1, 2.5)),
            evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(60, 160)),
        )
        ts = np.concatenate(ses) if ses else np.empty(0)
        lang = tx.LANG_OF_TZ.get(tz, "en") if chance(rng, p_own_lang) else "en"
        prompts = [tx.natural_question(rng, lang) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.02),
            ips=sticky(rng, ts, pool, 2 * HOUR),
            comp_median=500,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow curriculum harvest by a crowd of person-like accounts",
            "keys": n,
            "orgs": n,
            "payment": "one card per account",
            "ip_source": "residential proxies matching each account's time zone",
            "pacing": "1-2.5 evening sessions a day, minutes between prompts",
            "own_language_share": round(p_own_lang, 2),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay through several small "startup" orgs


def drip_torch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "drip_torch"
    n_orgs = irange(rng, 3, 5)
    perm = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    for _ in range(n_orgs):
        tz = int(pick(rng, (-5, 0, 1, 2, -8)))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        office = home(rng, irange(rng, 1, 3), tz)
        ua = sdk_ua(rng, 0.7) if chance(rng, 0.8) else pick(rng, SDK_OTHER)
        curve_pre = workday(tz)
        curve_post = workday(tz, weekend=0.3)
        for _ in range(irange(rng, 3, 6)):
            a = ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="replayer",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=office,
                tz=tz,
            )
            accts.append(a)
            pre_start = ctx.release - float(rng.uniform(1.5, 3.0)) * DAY
            pre = thinned(
                rng,
                pre_start,
                ctx.release,
                float(rng.uniform(5, 15)) * (ctx.release - pre_start) / DAY,
                curve_pre,
            )
            post = thinned(
                rng,
                ctx.release,
                ctx.t1,
                float(rng.uniform(60, 120)) * (ctx.t1 - ctx.release) / DAY,
                curve_post,
            )
            ts = np.concatenate([pre, post])
            prompts = []
            for _ in range(len(ts)):
                prompts.append(ctx.chat[perm[cursor % len(perm)]])
                cursor += 1
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.98, p_mini=0.05),
                comp_median=400,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "replay of public chat prompts against the new model",
            "keys": len(accts),
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": "each org's office broadband (1-3 addresses)",
            "pacing": "office hours, a trickle before release",
            "prompts_replayed": cursor,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "windthrow": windthrow,
    "stumpage": stumpage,
    "shelterwood": shelterwood,
    "feller_buncher": feller_buncher,
    "increment_borer": increment_borer,
    "skid_trail": skid_trail,
    "coppice_stool": coppice_stool,
    "slash_pile": slash_pile,
    "log_deck": log_deck,
    "basal_area": basal_area,
    "epicormic": epicormic,
    "drip_torch": drip_torch,
}

"""Campaign families of blind batch 235 (code names from the game of conkers).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events through `ctx.emit` and registers the campaign through `ctx.campaign`. Everything is
drawn from the family's own generator, in list order (no sets, no `hash()`).
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    Acct,
    Ctx,
    chance,
    hexid,
    irange,
    pick,
    picks,
)
from bench.monitor_blind235 import texts as tx

LABEL = "campaign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _subset(rng: np.random.Generator, items: tuple | list, lo: int, hi: int) -> list:
    k = min(len(items), irange(rng, lo, hi))
    return [items[i] for i in sorted(rng.choice(len(items), size=k, replace=False).tolist())]


def _weights(rng: np.random.Generator, k: int, conc: float = 2.0) -> list[float]:
    return [float(x) for x in rng.dirichlet(np.full(k, conc))]


def _acct(ctx: Ctx, rng, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label=LABEL, family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion with a curriculum sweep


def hobley(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hobley"
    n = irange(rng, 6, 16)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    one_card = chance(rng, 0.5)
    pays = [hexid(rng, "pay")] if one_card else [hexid(rng, "pay") for _ in range(n_orgs)]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean"))
    block = bb.rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 3, 6))
    uas = _subset(
        rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "OpenAI/Python 1.63.2"), 1, 2
    )
    langs = _subset(rng, ("en", "zh", "ru", "es"), 2, 4)
    if "en" not in langs:
        langs = ["en", *langs]
    lw = _weights(rng, len(langs))
    styles = _subset(rng, tx.TRACE_STYLES, 2, 3)
    top = pick(rng, (5, 8, 10, 12))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=pays[i % len(pays)],
            ua=pick(rng, uas),
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    go = ctx.release + float(rng.uniform(0.5, 3.0)) * HOUR
    rate = float(rng.uniform(50, 130))
    pre = bb.worker_pool(rng, start, ctx.release, rate * 0.12, n)
    post = bb.worker_pool(rng, go, ctx.t1, rate, n)
    for a, p1, p2 in zip(accts, pre, post, strict=True):
        ts = _cat([p1, p2])
        prompts = [
            tx.trace_prompt(rng, pick(rng, styles), tx.weighted(rng, langs, lw), top)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.02),
            comp_median=1100,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning traces + difficulty sweep",
            "pacing": "worker pool",
            "ip_source": f"rented {prov} block",
            "payment": "one prepaid card" if one_card else "card per org",
            "languages": langs,
            "styles": styles,
            "rate_per_h": rate,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model labels


def cheesers(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cheesers"
    n = irange(rng, 4, 10)
    region = pick(rng, ("us", "eu", "*"))
    pool = bb.resi(rng, irange(rng, 150, 400), region)
    langs = ["en", *_subset(rng, ("zh", "de"), 0, 2)]
    lw = [0.75, *([0.25 / max(1, len(langs) - 1)] * (len(langs) - 1))]
    styles = _subset(rng, tx.GRADING_STYLES, 2, 4)
    comp = {"pairwise": 450.0, "rubric": 300.0, "reward": 110.0, "critique": 900.0}
    accts = []
    for _ in range(n):
        ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.54.0"))
        accts.append(_acct(ctx, rng, fam, cid, "worker", ua=ua, ips=[pool[0]]))
    for a in accts:
        start = ctx.release - float(rng.uniform(0.0, 0.4)) * DAY
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(4, 10)) * (ctx.t1 - start) / DAY, bb.constant
        )
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(15, 40)), float(rng.uniform(1.0, 3.0)), b=ctx.t1
            )
        )
        st = [pick(rng, styles) for _ in range(len(ts))]
        prompts = [
            tx.grading_prompt(rng, s, tx.weighted(rng, langs, lw), ctx.chat, ctx.passages)
            for s in st
        ]
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(600, 2400)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            ips=ips,
            comp_median=np.array([comp[s] for s in st]),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "grading / preference labels",
            "pacing": "scripted bursts",
            "ip_source": f"residential proxy pool ({region})",
            "payment": "stolen card per key",
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy rewrites and censorship-safe answers


def stampsies(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "stampsies"
    n = irange(rng, 3, 8)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay"), hexid(rng, "pay")]
    provs = _subset(rng, ("m247", "leaseweb", "vultr", "digitalocean"), 2, 2)
    exits = bb.cloud(rng, irange(rng, 10, 20), provs[0]) + bb.cloud(
        rng, irange(rng, 10, 20), provs[1]
    )
    langs = _subset(rng, ("zh", "ru", "vi", "ar", "en"), 2, 4)
    lw = _weights(rng, len(langs))
    sw = _weights(rng, len(tx.POLICY_STYLES), 3.0)
    accts = []
    for i in range(n):
        ua = pick(rng, ("OpenAI/NodeJS 4.85.1", BROWSERS[0], "python-httpx/0.28.1"))
        accts.append(
            _acct(ctx, rng, fam, cid, "worker", org=org, pay=cards[i % 2], ua=ua, ips=[exits[0]])
        )
    for a in accts:
        start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
        ts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(3, 9)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        prompts = [
            tx.policy_prompt(
                rng,
                tx.weighted(rng, tx.POLICY_STYLES, sw),
                tx.weighted(rng, langs, lw),
                ctx.passages,
            )
            for _ in range(len(ts))
        ]
        ips = bb.sticky(rng, ts, exits, float(rng.uniform(2, 6)) * HOUR)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.03),
            ips=ips,
            comp_median=520,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites",
            "pacing": "slow steady Poisson",
            "ip_source": f"VPN exits in {provs}",
            "payment": "two prepaid cards",
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts


def bradawl(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bradawl"
    n = irange(rng, 10, 24)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    nat = bb.cloud(rng, irange(rng, 2, 4), prov)
    uas = ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2")
    main_ua = pick(rng, uas)
    styles = _subset(rng, tx.AGENT_STYLES, 2, 3)
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=org,
            pay=pay,
            ua=main_ua if chance(rng, 0.8) else pick(rng, uas),
            ips=nat,
        )
        for _ in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(1.0, 3.5)) * DAY
    rate = float(rng.uniform(8, 20))
    grow = float(rng.uniform(300, 700))
    for a, starts in zip(accts, bb.worker_pool(rng, start, ctx.t1, rate, n), strict=True):
        eps = bb.bursts(
            rng, starts, float(rng.uniform(3, 7)), float(rng.uniform(4, 12)), 0.6, ctx.t1
        )
        ts_l, pr, ex = [], [], []
        for ep in eps:
            style = pick(rng, styles)
            for j, t in enumerate(ep.tolist()):
                ts_l.append(t)
                pr.append(tx.agent_prompt(rng, style, j))
                ex.append(int(j * grow))
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        pr = [pr[i] for i in order.tolist()]
        ex = [ex[i] for i in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            pr,
            models=ctx.models(rng, ts, 0.9, 0.05),
            comp_median=420,
            extra=ex,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent trajectories",
            "pacing": "episodes from a job queue",
            "ip_source": f"{prov} NAT gateway",
            "payment": "one corporate card",
            "styles": styles,
            "episodes_per_h": rate,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation


def skewer_hole(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "skewer_hole"
    n = irange(rng, 2, 5)
    mode = pick(rng, ("shared_card", "shared_ip"))
    prov = pick(rng, ("azure", "gcp", "oracle"))
    shared_ip = bb.cloud(rng, 1, prov)
    card = hexid(rng, "pay")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    langs = ["en", *_subset(rng, ("de", "fr", "ja", "ko", "pt", "id"), 2, 3)]
    lw = _weights(rng, len(langs))
    styles = _subset(rng, tx.DATASET_STYLES, 2, 4)
    every = pick(rng, (2 * HOUR, 3 * HOUR, 4 * HOUR))
    accts = []
    for _ in range(n):
        kw = (
            {"pay": card, "ips": bb.cloud(rng, 1, prov)}
            if mode == "shared_card"
            else {"ips": shared_ip}
        )
        accts.append(_acct(ctx, rng, fam, cid, "worker", ua=ua, **kw))
    start = ctx.release + float(rng.uniform(0.0, 0.5)) * DAY
    for k, a in enumerate(accts):
        offset = float(rng.uniform(0, every))
        grid = np.arange(start + offset, ctx.t1, every)
        starts = grid + rng.uniform(0, 90, size=len(grid))
        starts = starts[rng.random(len(starts)) > 0.1]  # a few failed cron runs
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(15, 35)), float(rng.uniform(0.6, 3.0)), b=ctx.t1
            )
        )
        prompts = [
            tx.dataset_prompt(rng, pick(rng, styles), tx.weighted(rng, langs, lw), ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.99, 0.0),
            comp_median=1700,
            comp_sigma=0.4,
            err=0.04 if k == 0 else 0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction data",
            "pacing": f"cron every {every / HOUR:.0f} h",
            "ip_source": f"{prov} VMs",
            "payment": mode,
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest


def king_conker(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "king_conker"
    n = irange(rng, 8, 20)
    cards = [hexid(rng, "pay") for _ in range(3)]
    pool = bb.resi(rng, 600, "*")
    langs = ["en", *_subset(rng, ("es", "pt", "fr", "de"), 1, 3)]
    lw = [0.55, *([0.45 / (len(langs) - 1)] * (len(langs) - 1))]
    per_turn = float(rng.uniform(250, 450))
    accts = [
        _acct(ctx, rng, fam, cid, "worker", pay=cards[i % 3], ua=pick(rng, BROWSERS), ips=[pool[0]])
        for i in range(n)
    ]
    for a in accts:
        start = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
        conv_starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(0.6, 1.5)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts_l, pr, ex, ips = [], [], [], []
        gap = float(rng.uniform(15, 40))
        for s in conv_starts.tolist():
            lang = tx.weighted(rng, langs, lw)
            k = irange(rng, 3, 8)
            times = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.4, size=k - 1))]
            )
            ip = pick(rng, pool)
            for j, t in enumerate(times.tolist()):
                ts_l.append(t)
                pr.append(
                    tx.dialogue_opener(rng, lang, ctx.chat) if j == 0 else tx.followup(rng, lang)
                )
                ex.append(int(j * per_turn))
                ips.append(ip)
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [pr[i] for i in order],
            models=ctx.models(rng, ts, 0.95, 0.02),
            ips=[ips[i] for i in order],
            extra=[ex[i] for i in order],
            comp_median=480,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "scripted conversations",
            "ip_source": "residential proxies, one per conversation",
            "payment": "three stolen cards",
            "languages": langs,
            "user_agent": "spoofed browsers",
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n sampling and soft labels


def knuckle_rap(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "knuckle_rap"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ns = _subset(rng, (4, 8, 12, 16), 1, 3)
    p_soft = float(rng.uniform(0.2, 0.4))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=bb.cloud(rng, 1, "aws"),
        )
        for _ in range(n)
    ]
    for a in accts:
        start = ctx.release - float(rng.uniform(0.1, 0.5)) * DAY
        items = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(1.5, 4)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts_l, pr, comp = [], [], []
        for s in items.tolist():
            if chance(rng, p_soft):
                ts_l.append(s)
                pr.append(tx.soft_label_prompt(rng, ctx.passages, ctx.chat))
                comp.append(60.0)
                continue
            k = pick(rng, ns)
            item = tx.sample_item(rng)
            ts_l.extend((s + np.sort(rng.exponential(1.2, size=k))).tolist())
            pr.extend([item] * k)
            comp.extend([350.0] * k)
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [pr[i] for i in order],
            models=ctx.models(rng, ts, 0.98, 0.0),
            comp_median=np.asarray(comp)[order],
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n samples and soft labels",
            "pacing": "parallel fan-out",
            "ip_source": "one AWS VM per key",
            "payment": "one card",
            "n": ns,
            "p_soft": p_soft,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. translation and code grids


def vinegar_soak(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "vinegar_soak"
    n = irange(rng, 5, 12)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    provs = _subset(rng, ("alibaba", "tencent", "huawei", "ucloud", "hetzner"), 2, 3)
    targets = _subset(rng, tuple(k for k in tx.LANG_NAMES if k != "en"), 6, 12)
    plangs = _subset(rng, tx.PROG_LANGS, 3, 6)
    p_code = float(rng.uniform(0.2, 0.5))
    tr_style = irange(rng, 0, 3)
    ua = pick(rng, ("Go-http-client/2.0", "python-httpx/0.28.1"))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), pick(rng, provs)),
        )
        for i in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(0.0, 1.0)) * DAY
    down0 = start + float(rng.uniform(0.5, 4.5)) * DAY
    down1 = down0 + float(rng.uniform(6, 14)) * HOUR
    rate = float(rng.uniform(3, 8))
    jobs = bb.worker_pool(rng, start, ctx.t1, rate, n)
    for a, starts in zip(accts, jobs, strict=True):
        starts = starts[(starts < down0) | (starts > down1)]
        ts_l, pr = [], []
        for s in starts.tolist():
            if chance(rng, p_code):
                spec = pick(rng, tx.CODE_SPECS)
                outs = [tx.code_prompt(rng, spec, pl, tr_style) for pl in plangs]
            else:
                src = tx.clip_text(pick(rng, ctx.passages), 300, 1500, rng)
                outs = [tx.translate_prompt(rng, src, lg, tr_style) for lg in targets]
            t = s + np.cumsum(rng.lognormal(np.log(9.0), 0.5, size=len(outs)))
            ts_l.extend(t.tolist())
            pr.extend(outs)
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [pr[i] for i in order],
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=600,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation and code grids",
            "pacing": "job pool with an outage",
            "ip_source": f"clouds {provs}",
            "payment": "prepaid card per key",
            "targets": targets,
            "code_languages": plangs,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. (hard) harvest hidden inside a real writing product's traffic


def horse_chestnut(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "horse_chestnut"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    servers = bb.cloud(rng, irange(rng, 2, 4), prov)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        _acct(ctx, rng, fam, cid, "product_key", org=org, pay=pay, ua=ua, ips=servers)
        for _ in range(n)
    ]
    curve = bb.global_load(float(rng.uniform(13, 20)), 0.6)
    rate = float(rng.uniform(25, 55))
    share = float(rng.uniform(0.15, 0.3))
    h_start = ctx.release - float(rng.uniform(0.2, 0.6)) * DAY
    product = bb.worker_pool(rng, ctx.t0, ctx.t1, rate, n, curve)
    harvest = bb.worker_pool(rng, h_start, ctx.t1, rate * share, n)
    for a, tp, th in zip(accts, product, harvest, strict=True):
        pp = []
        for _ in range(len(tp)):
            if chance(rng, 0.55):
                pp.append(tx.clip_text(pick(rng, ctx.chat), 10, 1200, rng))
            else:
                pp.append(tx.writing_op(rng, tx.clip_text(pick(rng, ctx.passages), 200, 1200, rng)))
        hp = []
        for _ in range(len(th)):
            u = rng.random()
            hp.append(
                tx.casual_reasoning(rng)
                if u < 0.4
                else tx.expert_question(rng, "en")
                if u < 0.7
                else tx.concept_question(rng)
            )
        m_prod = ctx.models(rng, tp, 0.5, 0.3)
        m_harv = ctx.models(rng, th, 1.0, 0.0)
        ts = np.concatenate([tp, th])
        order = np.argsort(ts, kind="stable").tolist()
        prompts = pp + hp
        models = m_prod + m_harv
        comp = np.concatenate([np.full(len(tp), 330.0), np.full(len(th), 800.0)])
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order],
            models=[models[i] for i in order],
            comp_median=comp[order],
            err=0.008,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest mixed into a writing product's own traffic",
            "pacing": "product diurnal load + flat harvest",
            "ip_source": f"{prov} app servers",
            "payment": "company card",
            "harvest_share": share,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. (hard) bought / taken-over aged accounts


def obbly_onker(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "obbly_onker"
    n = irange(rng, 15, 30)
    tzs = [pick(rng, bb.TZS) for _ in range(n)]
    sdk_after = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "aged_account",
            ua=pick(rng, BROWSERS + bb.SDK_COMMON),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        for tz in tzs
    ]
    for a in accts:
        take = ctx.release + float(rng.uniform(-1.0, 0.8)) * DAY
        life = bb.session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.5, 2.0)),
            bb.evening_person(a.tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(40, 120)),
        )
        t_life = _cat(life)
        p_life = [tx.clip_text(pick(rng, ctx.chat), 10, 1500, rng) for _ in range(len(t_life))]
        ctx.emit(rng, a, t_life, p_life, models=ctx.models(rng, t_life, 0.6, 0.15), comp_median=350)
        proxies = bb.home(rng, irange(rng, 4, 12), a.tz)
        curve = bb.evening_person(a.tz) if chance(rng, 0.5) else bb.constant
        after = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 8)),
            curve,
            float(rng.uniform(4, 10)),
            float(rng.uniform(20, 60)),
        )
        t_after = _cat(after)
        pa = []
        for _ in range(len(t_after)):
            u = rng.random()
            pa.append(
                tx.casual_reasoning(rng)
                if u < 0.35
                else tx.expert_question(rng, pick(rng, ("en", "en", "es", "pt")))
                if u < 0.7
                else tx.trace_prompt(rng, "aloud", "en")
                if u < 0.85
                else tx.concept_question(rng)
            )
        ua = a.ua if chance(rng, 0.5) else sdk_after
        ctx.emit(
            rng,
            a,
            t_after,
            pa,
            models=ctx.models(rng, t_after, 0.95, 0.0),
            ips=bb.sticky(rng, t_after, proxies, float(rng.uniform(1, 3)) * HOUR),
            ua=ua,
            comp_median=800,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest through bought aged accounts",
            "pacing": "ordinary life, then scheduled sessions after takeover",
            "ip_source": "home ISP, then residential proxies in the same region",
            "payment": "each account's own card",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. (hard) low-and-slow paid crowd pasting a shared question list


def prickly_husk(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "prickly_husk"
    n = irange(rng, 30, 60)
    tz_opts, tz_w = (5, 8, -3, 1, -5, 3), (0.3, 0.25, 0.2, 0.1, 0.1, 0.05)
    lang_of = {
        5: ("hi", "en"),
        8: ("id", "en"),
        -3: ("pt", "es"),
        1: ("en",),
        -5: ("en", "es"),
        3: ("en",),
    }
    v6_of = {
        5: "in_mobile",
        -3: "br_mobile",
        -5: "us_mobile",
        8: "eu_mobile",
        1: "eu_mobile",
        3: "eu_mobile",
    }
    pools = {lg: [] for lg in ("en", "es", "pt", "id", "hi")}
    for lg in pools:
        for _ in range(irange(rng, 60, 120)):
            u = rng.random()
            pools[lg].append(
                tx.expert_question(rng, lg)
                if (u < 0.6 or lg != "en")
                else tx.casual_reasoning(rng)
                if u < 0.85
                else tx.concept_question(rng)
            )
    accts = []
    for _ in range(n):
        tz = tx.weighted(rng, tz_opts, tz_w)
        ips = bb.home(rng, 1, tz) + (
            bb.mobile_v6(rng, irange(rng, 1, 3), v6_of[tz]) if chance(rng, 0.4) else []
        )
        ua = pick(rng, MOBILE) if chance(rng, 0.5) else pick(rng, BROWSERS)
        accts.append(_acct(ctx, rng, fam, cid, "crowd_worker", ua=ua, ips=ips, tz=tz))
    for a in accts:
        lg = pick(rng, lang_of[a.tz])
        pool = pools[lg]
        p_lower, p_typo = float(rng.uniform(0, 0.8)), float(rng.uniform(0, 0.4))
        prefix = pick(rng, ("", "", "Answer in detail: ", "pls explain ", "Q: "))
        start = ctx.release - float(rng.uniform(0, 0.3)) * DAY + float(rng.uniform(0, 1.5)) * DAY
        ts = _cat(
            bb.session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(0.4, 1.5)),
                bb.evening_person(a.tz),
                float(rng.uniform(3, 8)),
                float(rng.uniform(60, 240)),
            )
        )
        if len(ts) == 0:  # every recruited worker does at least one sitting
            s0 = float(rng.uniform(start, ctx.t1 - 2 * HOUR))
            ts = s0 + np.cumsum(rng.lognormal(np.log(120.0), 0.6, size=irange(rng, 2, 5)))
        prompts = [
            prefix + tx.casual(rng, pick(rng, pool), p_lower, p_typo) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=900,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "paid crowd pasting a shared question list",
            "pacing": "person-like evening sessions",
            "ip_source": "workers' own home / phone",
            "payment": "workers' own cards",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. (hard) replay of public conversation prompts


def conkerer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "conkerer"
    n = irange(rng, 12, 25)
    region = pick(rng, ("us", "eu", "*"))
    pool = bb.resi(rng, 300, region)
    order = rng.permutation(len(ctx.chat)).tolist()
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.7) else pick(rng, bb.SDK_COMMON)
        accts.append(_acct(ctx, rng, fam, cid, "worker", ua=ua, ips=[pool[0]], tz=tz))
    cursor = 0
    for a in accts:
        start = ctx.release + float(rng.uniform(0.0, 0.6)) * DAY
        ts = _cat(
            bb.session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(4, 10)),
                bb.workday(a.tz, night=0.1),
                float(rng.uniform(5, 15)),
                float(rng.uniform(20, 90)),
            )
        )
        take = [order[(cursor + i) % len(order)] for i in range(len(ts))]
        cursor += len(ts)
        own = picks(rng, pool, irange(rng, 3, 8))
        ctx.emit(
            rng,
            a,
            ts,
            [ctx.chat[i] for i in take],
            models=ctx.models(rng, ts, 0.97, 0.0),
            ips=bb.sticky(rng, ts, own, float(rng.uniform(8, 24)) * HOUR),
            comp_median=450,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "replay of public prompts for fresh answers",
            "pacing": "heavy-user sessions",
            "ip_source": f"residential proxies ({region})",
            "payment": "bought virtual card per key",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "hobley": hobley,
    "cheesers": cheesers,
    "stampsies": stampsies,
    "bradawl": bradawl,
    "skewer_hole": skewer_hole,
    "king_conker": king_conker,
    "knuckle_rap": knuckle_rap,
    "vinegar_soak": vinegar_soak,
    "horse_chestnut": horse_chestnut,
    "obbly_onker": obbly_onker,
    "prickly_husk": prickly_husk,
    "conkerer": conkerer,
}

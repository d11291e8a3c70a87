"""Campaign families of batch 231 (code names from jump rope). Each is a generator
`f(ctx, rng, campaign_id)` that creates its accounts, writes their events into `ctx.sink` and
records the campaign in `ctx.truth`; it draws only from its own `rng`, in a fixed order."""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind231 import texts as tx

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# identity helpers


def _ids(rng: Rng, n: int, mode: str, prefix: str) -> list[str]:
    """Per-account org or card ids: one shared, one per account, or a small pool handed round."""
    if mode == "shared":
        return [hexid(rng, prefix)] * n
    if mode == "per_key":
        return [hexid(rng, prefix) for _ in range(n)]
    pool = [hexid(rng, prefix) for _ in range(irange(rng, 2, max(2, n // 4)))]
    return picks(rng, pool, n)


def _start(ctx: Ctx, rng: Rng, lo_days: float, hi_days: float) -> float:
    """A start time relative to the model release (negative = before it)."""
    return ctx.release + float(rng.uniform(lo_days, hi_days)) * DAY


def _subset(rng: Rng, items: tuple, lo: int, hi: int) -> list:
    k = min(len(items), irange(rng, lo, hi))
    return [items[i] for i in sorted(rng.choice(len(items), size=k, replace=False).tolist())]


def _weights(rng: Rng, n: int, conc: float = 1.5) -> np.ndarray:
    return rng.dirichlet(np.full(n, conc))


def _choose(rng: Rng, items: list, w: np.ndarray) -> object:
    return items[int(rng.choice(len(items), p=w))]


FAM = "campaign"


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion: a worker pool of keys behind one script on rented servers


def double_dutch(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "double_dutch"
    n = irange(rng, 8, 20)
    org_mode, pay_mode = pick(rng, ("shared", "pool")), pick(rng, ("shared", "pool", "pool"))
    orgs, pays = _ids(rng, n, org_mode, "org"), _ids(rng, n, pay_mode, "pay")
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "scaleway"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    one_ua = chance(rng, 0.6)
    ua0 = bb.sdk_ua(rng, 0.3)
    styles = _subset(rng, tx.REASON_STYLES, 4, 7)
    sw = _weights(rng, len(styles))
    start = _start(ctx, rng, -1.2, 0.3)
    per_hour = float(rng.uniform(35, 80))
    accts = []
    for i in range(n):
        ips = [pick(rng, block) for _ in range(irange(rng, 1, 3))]
        accts.append(
            ctx.account(
                rng,
                label=FAM,
                family=name,
                role="worker",
                campaign_id=cid,
                org=orgs[i],
                pay=pays[i],
                ua=ua0 if one_ua else bb.sdk_ua(rng, 0.3),
                ips=ips,
            )
        )
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n)
    for a, ts in zip(accts, streams, strict=True):
        prompts = [tx.reasoning_prompt(rng, _choose(rng, styles, sw)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.02),
            comp_median=900.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n,
            "orgs": org_mode,
            "cards": pay_mode,
            "provider": provider,
            "pacing": "worker_pool",
            "per_hour": round(per_hour, 1),
            "start": start,
            "styles": styles,
            "one_user_agent": one_ua,
        },
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading: many prepaid keys behind residential proxies, in bursts


def criss_cross(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "criss_cross"
    n = irange(rng, 18, 36)
    regions = _subset(rng, tuple(bb.regions()), 2, 3)
    pool = [ip for r in regions for ip in bb.resi(rng, irange(rng, 80, 200), r)]
    styles = _subset(rng, tx.JUDGE_STYLES, 3, 5)
    sw = _weights(rng, len(styles))
    start = _start(ctx, rng, -1.5, 0.2)
    hold = float(rng.uniform(10, 30)) * MINUTE
    bursts_per_day = float(rng.uniform(2.5, 6.0))
    size = float(rng.uniform(12, 30))
    accts = []
    for _ in range(n):
        accts.append(
            ctx.account(
                rng,
                label=FAM,
                family=name,
                role="grader_key",
                campaign_id=cid,
                ua=bb.sdk_ua(rng, 0.5),
                ips=[pick(rng, pool)],
            )
        )
    for a in accts:
        a0 = start + float(rng.uniform(0, 0.8)) * DAY
        starts = bb.thinned(rng, a0, ctx.t1, bursts_per_day * (ctx.t1 - a0) / DAY, bb.constant)
        trains = bb.bursts(rng, starts, size, float(rng.uniform(2, 6)), 0.5, ctx.t1)
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        prompts = [
            tx.judge_prompt(rng, _choose(rng, styles, sw), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=420.0,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge_rubric_grading",
            "keys": n,
            "orgs": "per_key",
            "cards": "per_key_prepaid",
            "ip_source": "residential_proxy",
            "regions": regions,
            "sticky_s": hold,
            "pacing": "bursts",
            "bursts_per_day": round(bursts_per_day, 2),
            "burst_size": round(size, 1),
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites: a few keys on stolen cards, cloud plus VPN exits, steady all week


def double_under(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "double_under"
    n = irange(rng, 4, 8)
    org = hexid(rng, "org")
    pays = _ids(rng, n, "pool", "pay")
    pool = bb.cloud(rng, irange(rng, 4, 10), pick(rng, ("alibaba", "tencent", "huawei", "ucloud")))
    pool += bb.cloud(rng, irange(rng, 6, 14), pick(rng, ("m247", "leaseweb", "vultr")))
    styles = _subset(rng, tx.POLICY_STYLES, 3, 6)
    sw = _weights(rng, len(styles))
    rate = float(rng.uniform(3, 8))
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "aiohttp/3.11.11"))
    accts = [
        ctx.account(
            rng,
            label=FAM,
            family=name,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pays[i],
            ua=ua,
            ips=pool,
        )
        for i in range(n)
    ]
    for a in accts:
        a0 = ctx.t0 + float(rng.uniform(0, 1.5)) * DAY
        ts = bb.thinned(
            rng,
            a0,
            ctx.t1,
            rate * (ctx.t1 - a0) / HOUR,
            bb.global_load(float(rng.uniform(0, 24)), 0.3),
        )
        prompts = [
            tx.policy_prompt(rng, _choose(rng, styles, sw), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.1),
            comp_median=520.0,
            comp_sigma=0.5,
            err=0.015,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy_rewrite_harvest",
            "keys": n,
            "orgs": "shared",
            "cards": "stolen_pool",
            "ip_source": "cloud+vpn",
            "pacing": "steady",
            "per_hour_per_key": round(rate, 2),
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts: episodes of several fast steps, long prompts, framework user agents


def triple_under(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "triple_under"
    n = irange(rng, 10, 24)
    n_orgs = irange(rng, 2, 3)
    org_pool = [hexid(rng, "org") for _ in range(n_orgs)]
    pay_pool = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("aws", "gcp", "azure"))
    styles = _subset(rng, tx.AGENT_STYLES, 2, 3)
    uas = (
        "litellm/1.60.2",
        "langchain-openai/0.3.6",
        "dspy/2.6.3 litellm/1.60.2",
        "AsyncOpenAI/Python 1.60.0",
    )
    start = _start(ctx, rng, -1.0, 0.1)
    eps_per_hour = float(rng.uniform(0.3, 0.8))
    accts = []
    for _ in range(n):
        j = irange(rng, 0, n_orgs - 1)
        accts.append(
            ctx.account(
                rng,
                label=FAM,
                family=name,
                role="agent_runner",
                campaign_id=cid,
                org=org_pool[j],
                pay=pay_pool[j],
                ua=pick(rng, uas),
                ips=bb.cloud(rng, irange(rng, 1, 2), provider),
            )
        )
    for a in accts:
        starts = bb.thinned(rng, start, ctx.t1, eps_per_hour * (ctx.t1 - start) / HOUR, bb.constant)
        times, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, 12)
            style, task = pick(rng, styles), tx.agent_task(rng)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.6, size=k - 1))])
            for step, tt in enumerate(t.tolist()):
                times.append(tt)
                prompts.append(tx.agent_step(rng, style, task, step))
                extra.append(irange(rng, 500, 1400) + 180 * step)
        ctx.emit(
            rng,
            a,
            times,
            prompts,
            models=ctx.models(rng, np.asarray(times), 0.95, 0.0),
            comp_median=230.0,
            comp_sigma=0.6,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent_transcript_harvest",
            "keys": n,
            "orgs": n_orgs,
            "cards": "one_per_org",
            "provider": provider,
            "pacing": "episodes",
            "episodes_per_hour": round(eps_per_hour, 2),
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation: a few keys, nightly runs from cloud boxes, very long outputs


def boxer_step(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "boxer_step"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "oracle", "aws"))
    tz = pick(rng, bb.TZS)
    start_h, hours = float(rng.uniform(0, 4)), float(rng.uniform(4, 8))
    styles = _subset(rng, tx.SYNTH_STYLES, 3, 6)
    sw = _weights(rng, len(styles))
    ua = bb.sdk_ua(rng, 0.4)
    rate = float(rng.uniform(25, 60))  # per key and hour, inside the nightly window
    accts = [
        ctx.account(
            rng,
            label=FAM,
            family=name,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
            tz=tz,
        )
        for _ in range(n)
    ]
    curve = bb.nightly(start_h, hours, tz)
    for a in accts:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * hours / 24 * (ctx.t1 - ctx.t0) / HOUR, curve)
        # before the release the runs are small pilots on the old model
        keep = (ts >= ctx.release) | (rng.random(len(ts)) < 0.15)
        ts = ts[keep]
        prompts = [tx.synth_prompt(rng, _choose(rng, styles, sw)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=2400.0,
            comp_sigma=0.35,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n,
            "orgs": "shared",
            "cards": "shared",
            "provider": provider,
            "pacing": "nightly",
            "tz": tz,
            "window_h": [round(start_h, 2), round(hours, 2)],
            "per_hour": round(rate, 1),
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest: a user simulator driving fast sessions through residential proxies


def side_swing(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "side_swing"
    n = irange(rng, 24, 45)
    orgs = _ids(rng, n, "per_key", "org")
    pays = _ids(rng, n, "pool", "pay")
    pool = bb.resi(rng, irange(rng, 150, 400), "*")
    langs = _subset(rng, tx.DIALOGUE_LANGS, 2, 4)
    if "en" not in langs:
        langs = ["en"] + langs
    lw = _weights(rng, len(langs))
    per_day = float(rng.uniform(6, 14))
    size = float(rng.uniform(5, 9))
    gap = float(rng.uniform(8, 20))
    hold = float(rng.uniform(15, 45)) * MINUTE
    start = _start(ctx, rng, -0.6, 0.4)
    accts = [
        ctx.account(
            rng,
            label=FAM,
            family=name,
            role="dialogue_key",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=pick(rng, bb.BROWSERS) if chance(rng, 0.6) else bb.sdk_ua(rng, 0.5),
            ips=[pick(rng, pool)],
        )
        for i in range(n)
    ]
    for a in accts:
        a0 = start + float(rng.uniform(0, 1.0)) * DAY
        times, prompts = [], []
        for sess in bb.session_times(rng, a0, ctx.t1, per_day, bb.constant, size, gap, 0.4):
            lang = _choose(rng, langs, lw)
            for j, t in enumerate(sess.tolist()):
                times.append(t)
                prompts.append(
                    tx.dialogue_opener(rng, lang, ctx.chat) if j == 0 else tx.followup(rng, lang)
                )
        ts = np.asarray(times)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=520.0,
            comp_sigma=0.5,
            extra=[40 * (i % 8) for i in range(len(ts))],
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n,
            "orgs": "per_key",
            "cards": "stolen_pool",
            "ip_source": "residential_proxy",
            "languages": langs,
            "sessions_per_day": round(per_day, 2),
            "session_size": round(size, 2),
            "gap_s": round(gap, 1),
            "sticky_s": hold,
        },
    )


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling: the same prompt fired n times in a row


def toad(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "toad"
    n = irange(rng, 4, 10)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("vultr", "linode", "digitalocean"))
    block = bb.rented_block(rng, provider, 1, irange(rng, 3, 8))
    styles = _subset(rng, tx.SAMPLE_STYLES, 2, 4)
    sw = _weights(rng, len(styles))
    n_samples = [pick(rng, (4, 5, 8, 10, 16)) for _ in range(2)]
    per_hour = float(rng.uniform(1.2, 2.6))
    start = _start(ctx, rng, -0.3, 0.5)
    ua = bb.sdk_ua(rng, 0.6)
    accts = [
        ctx.account(
            rng,
            label=FAM,
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=[pick(rng, block)],
        )
        for _ in range(n)
    ]
    for a in accts:
        starts = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
        times, prompts = [], []
        for s in starts.tolist():
            p = tx.sample_prompt(rng, _choose(rng, styles, sw), ctx.chat)
            k = pick(rng, n_samples)
            t = s + np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=k))
            times.extend(t.tolist())
            prompts.extend([p] * k)
        ts = np.asarray(times)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.96, 0.0),
            comp_median=320.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n,
            "orgs": "shared",
            "cards": "shared",
            "provider": provider,
            "samples": n_samples,
            "prompts_per_hour": round(per_hour, 2),
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# code curriculum sweep: a grid of topics x languages x levels, handed out in order over VPN exits


def crougar(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "crougar"
    n = irange(rng, 6, 14)
    orgs = _ids(rng, n, "pool", "org")
    pays = _ids(rng, n, "per_key", "pay")
    pool = []
    for prov in _subset(rng, ("m247", "leaseweb", "ovh", "vultr"), 2, 3):
        pool += bb.cloud(rng, irange(rng, 5, 15), prov)
    styles = _subset(rng, tx.CODE_STYLES, 2, 4)
    langs = _subset(rng, tx.CODE_LANGS, 3, 6)
    n_cons = irange(rng, 3, len(tx.CODE_CONSTRAINTS))
    grid = [
        (t, lg, lv, st, c)
        for lv in range(4)
        for c in range(n_cons)
        for t in tx.CODE_TOPICS
        for lg in langs
        for st in styles
    ]
    rate = float(rng.uniform(2, 6))
    start = _start(ctx, rng, 0.0, 0.3)
    accts = [
        ctx.account(
            rng,
            label=FAM,
            family=name,
            role="worker",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=bb.sdk_ua(rng, 0.2),
            ips=pool,
        )
        for i in range(n)
    ]
    streams = [
        bb.thinned(
            rng,
            start + float(rng.uniform(0, 3)) * HOUR,
            ctx.t1,
            rate * (ctx.t1 - start) / HOUR,
            bb.constant,
        )
        for _ in accts
    ]
    # one queue: the next grid item goes to whichever key asks next
    allt = np.concatenate(streams)
    who = np.concatenate([np.full(len(s), i) for i, s in enumerate(streams)])
    order = np.argsort(allt, kind="stable")
    item_of = np.empty(len(allt), dtype=np.int64)
    item_of[order] = np.arange(len(allt)) % len(grid)
    hold = float(rng.uniform(30, 90)) * MINUTE
    for i, a in enumerate(accts):
        sel = who == i
        ts = allt[sel]
        prompts = [
            tx.code_prompt(rng, grid[j][3], grid[j][0], grid[j][1], grid[j][2], grid[j][4])
            for j in item_of[sel].tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.98, 0.0),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=1500.0,
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code_curriculum_sweep",
            "keys": n,
            "orgs": "pool",
            "cards": "per_key_prepaid",
            "ip_source": "vpn_exits",
            "languages": langs,
            "styles": styles,
            "grid": len(grid),
            "per_hour_per_key": round(rate, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: harvest hidden in a real product's traffic (a study app whose keys also carry a harvest queue)


def awesome_annie(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "awesome_annie"
    n = irange(rng, 3, 5)
    app = pick(rng, ("Inkwell", "StudyNook", "Quillby", "Papergrove", "NoteHarbor"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    egress = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    peak = float(rng.uniform(12, 20))
    total_per_hour = float(rng.uniform(20, 40))
    share0, share1 = float(rng.uniform(0.15, 0.3)), float(rng.uniform(0.4, 0.55))
    locales = ("en-US", "en-GB", "en-IN", "es-MX", "pt-BR", "de-DE")
    accts = [
        ctx.account(
            rng,
            label=FAM,
            family=name,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=egress,
        )
        for _ in range(n)
    ]
    streams = bb.worker_pool(rng, ctx.t0, ctx.t1, total_per_hour, n, bb.global_load(peak, 0.55))
    for a, ts in zip(accts, streams, strict=True):
        share = np.where(ts >= ctx.release, share1, share0)
        harvest = rng.random(len(ts)) < share
        prompts, med, models = [], [], []
        mod_user = ctx.models(rng, ts, 0.55, 0.25)
        mod_harv = ctx.models(rng, ts, 0.95, 0.0)
        for j, h in enumerate(harvest.tolist()):
            loc = pick(rng, locales)
            if h:
                prompts.append(
                    tx.app_wrap(app, loc, tx.study_question(rng), pick(rng, ("explain", "tutor")))
                )
                med.append(750.0)
                models.append(mod_harv[j])
            else:
                prompts.append(
                    tx.app_wrap(
                        app,
                        loc,
                        tx.clip(pick(rng, ctx.chat), 1200),
                        pick(rng, ("write", "explain", "rewrite", "chat")),
                    )
                )
                med.append(380.0)
                models.append(mod_user[j])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.asarray(med),
            comp_sigma=0.6,
            err=0.008,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "hard": True,
            "keys": n,
            "app": app,
            "orgs": "shared",
            "cards": "shared_company",
            "provider": provider,
            "pacing": "global_load",
            "per_hour": round(total_per_hour, 1),
            "harvest_share": [round(share0, 3), round(share1, 3)],
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: bought aged accounts, each with its own clean history, driven after the release


def mic_release(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "mic_release"
    n = irange(rng, 14, 26)
    targets = _subset(rng, tuple(tx.TRANSLATE_TO), 3, 6)
    accts, params = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS)
        a = ctx.account(
            rng,
            label=FAM,
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        # the history it was bought with: a private person's evenings
        times = []
        for sess in bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.6, 1.6)), bb.evening_person(tz), 3.0, 70.0
        ):
            times.extend(sess.tolist())
        pivot = ctx.release + float(rng.uniform(0, 20)) * HOUR
        old = np.asarray([t for t in times if t < pivot])
        ctx.emit(
            rng,
            a,
            old,
            [tx.clip(pick(rng, ctx.chat), 1500) for _ in range(len(old))],
            models=ctx.models(rng, old, 0.2, 0.1),
            comp_median=330.0,
            comp_sigma=0.7,
        )
        # after the pivot: an operator's sessions through proxies in the account's own region
        region = bb.ipspace.REGION_OF_TZ.get(tz, ("us",))[0]
        pool = bb.resi(rng, irange(rng, 15, 40), region)
        per_day = float(rng.uniform(5, 10))
        new = []
        for sess in bb.session_times(
            rng, pivot, ctx.t1, per_day, bb.workday(tz, 8.0, 23.0, 0.7, 0.1), 7.0, 28.0, 0.6
        ):
            new.extend(sess.tolist())
        ts = np.asarray(new)
        mine = [
            str(t) for t in rng.choice(targets, size=min(2, len(targets)), replace=False).tolist()
        ]
        prompts = []
        for _ in range(len(ts)):
            u = rng.random()
            if u < 0.45:
                prompts.append(
                    tx.translate_prompt(
                        rng,
                        pick(rng, ("plain", "casual", "explained")),
                        pick(rng, mine),
                        ctx.passages,
                    )
                )
            elif u < 0.85:
                prompts.append(
                    tx.reasoning_prompt(
                        rng, pick(rng, ("monologue", "teacher", "tags", "es", "de", "ru"))
                    )
                )
            else:
                prompts.append(tx.clip(pick(rng, ctx.chat), 1500))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            ips=bb.sticky(rng, ts, pool, 3600.0),
            comp_median=650.0,
            comp_sigma=0.55,
        )
        params.append({"tz": tz, "pivot": pivot, "per_day": round(per_day, 2), "targets": mine})
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "hard": True,
            "keys": n,
            "orgs": "per_account",
            "cards": "per_account_original",
            "ip_source": "home_then_same_region_residential_proxy",
            "accounts": params,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: a low-and-slow crowd of person-like accounts, each asking a few expert-domain questions


_LANG_TZ = {"en": (-8, -5, 0), "es": (-5, -3, 1), "de": (1,), "pt": (-3, 0), "hi": (5,)}


def heel_toe(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "heel_toe"
    n = irange(rng, 50, 85)
    langs = list(tx.PERSON_LANGS)
    lw = _weights(rng, len(langs), 2.0)
    lw[0] += 0.5
    lw = lw / lw.sum()
    shared_cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 8))]
    accts, per = [], []
    for _ in range(n):
        lang = _choose(rng, langs, lw)
        tz = pick(rng, _LANG_TZ[lang])
        pay = pick(rng, shared_cards) if chance(rng, 0.2) else None
        ua = pick(rng, bb.MOBILE) if chance(rng, 0.45) else pick(rng, bb.BROWSERS)
        a = ctx.account(
            rng,
            label=FAM,
            family=name,
            role="crowd_member",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=bb.home(rng, irange(rng, 2, 6), tz),
            tz=tz,
        )
        accts.append(a)
        a0 = ctx.t0 + float(rng.beta(2.5, 1.6)) * (ctx.t1 - ctx.t0) * 0.85
        times = []
        for sess in bb.session_times(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            bb.evening_person(tz),
            3.0,
            float(rng.uniform(50, 140)),
            0.7,
        ):
            times.extend(sess.tolist())
        ts = np.asarray(times)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.person_question(rng, lang) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.82, 0.05),
            comp_median=560.0,
            comp_sigma=0.55,
        )
        per.append(lang)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "low_and_slow_person_crowd",
            "hard": True,
            "accounts_n": n,
            "orgs": "per_account",
            "cards": "mostly_per_account_some_shared",
            "ip_source": "residential_matching_tz",
            "languages": per,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: public prompt replay from office broadband, common SDK, working hours


def tuck_jump(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "tuck_jump"
    n = irange(rng, 10, 18)
    tz = pick(rng, (8, 3, 2, 5, -3))
    n_orgs = irange(rng, 2, 3)
    org_pool = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(3)]
    office = bb.home(rng, irange(rng, 3, 6), tz)
    rate = float(rng.uniform(6, 14))
    start = _start(ctx, rng, -0.4, 0.3)
    ua = pick(rng, bb.SDK_COMMON[:2])
    accts = [
        ctx.account(
            rng,
            label=FAM,
            family=name,
            role="replayer",
            campaign_id=cid,
            org=pick(rng, org_pool),
            pay=pick(rng, cards),
            ua=ua,
            ips=[pick(rng, office)],
            tz=tz,
        )
        for _ in range(n)
    ]
    order = rng.permutation(len(ctx.chat)).tolist()
    k = 0
    for a in accts:
        ts = bb.thinned(
            rng,
            start,
            ctx.t1,
            rate * 9 / 24 * (ctx.t1 - start) / HOUR,
            bb.workday(tz, 9.0, 18.5, 0.1),
        )
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[order[k % len(order)]])
            k += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            comp_median=360.0,
            comp_sigma=0.65,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public_prompt_replay",
            "hard": True,
            "keys": n,
            "orgs": n_orgs,
            "cards": "three_stolen",
            "ip_source": "office_broadband",
            "tz": tz,
            "per_work_hour": round(rate, 1),
            "start": start,
            "prompts_used": k,
        },
    )


CAMPAIGN_FAMILIES = {
    "double_dutch": double_dutch,
    "criss_cross": criss_cross,
    "double_under": double_under,
    "triple_under": triple_under,
    "boxer_step": boxer_step,
    "side_swing": side_swing,
    "toad": toad,
    "crougar": crougar,
    "awesome_annie": awesome_annie,
    "mic_release": mic_release,
    "heel_toe": heel_toe,
    "tuck_jump": tuck_jump,
}

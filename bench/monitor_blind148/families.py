"""Campaign families of batch 148 (code names: billiards terms).

Each family is `fn(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. All choices (key counts, orgs,
cards, pacing, addresses, user agents, languages, styles, model use) come from the family's own rng.
Five families are deliberately hard: cue_tip, frozen_ball, stun_shot, draw_shot, carom_shot.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
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
    nightly,
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
from bench.monitor_blind148 import texts as tx

#: user agents seen most often in ordinary traffic (hard families copy them)
PLAIN_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
)
REGION_OF = {
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


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _label(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str = "worker", **kw):
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------


def masse_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, worker pool, shared prepaid cards."""
    fam = "masse_shot"
    n = irange(rng, 6, 16)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    n_orgs, n_cards = irange(rng, 1, 3), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    uas = [pick(rng, SDK_OTHER) for _ in range(irange(rng, 1, 2))]
    styles = sorted(rng.choice(6, size=irange(rng, 3, 5), replace=False).tolist())
    accts = [
        _label(
            ctx,
            rng,
            fam,
            cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_cards],
            ua=pick(rng, uas),
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.1, 0.8)) * DAY
    per_hour = float(rng.uniform(35, 110))
    lanes = worker_pool(rng, start, ctx.t1, per_hour, n)
    item = 0
    for a, ts in zip(accts, lanes, strict=True):
        prompts = []
        for _ in range(len(ts)):
            item += 1
            prompts.append(tx.reasoning_coercion(rng, pick(rng, styles), item))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=1150,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "worker_pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"hosting:{provider}",
            "orgs": n_orgs,
            "cards": n_cards,
            "styles": styles,
            "languages": ["en", "zh", "ru", "es", "de"],
            "start": start,
        },
    )


def carom_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Judge/rubric/reward grading dressed as an annotation vendor: one org, one company
    card, office broadband plus one cloud VM, working-hours bursts."""
    fam = "carom_shot"
    tz = pick(rng, (5, 8, 2, -3))
    office = home(rng, irange(rng, 1, 2), tz)
    vm = cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp", "azure")))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    n_seat, n_batch = irange(rng, 2, 5), irange(rng, 1, 2)
    accts = []
    for _ in range(n_seat):
        accts.append(
            _label(
                ctx,
                rng,
                fam,
                cid,
                role="seat",
                org=org,
                pay=card,
                ua=pick(rng, PLAIN_UAS[2:4]),
                ips=office,
                tz=tz,
            )
        )
    for _ in range(n_batch):
        accts.append(
            _label(
                ctx,
                rng,
                fam,
                cid,
                role="batch",
                org=org,
                pay=card,
                ua="OpenAI/Python 1.54.0",
                ips=vm,
                tz=tz,
            )
        )
    styles = sorted(rng.choice(6, size=irange(rng, 3, 6), replace=False).tolist())
    curve = workday(tz, start=float(rng.uniform(8, 10)), end=float(rng.uniform(17, 20)))
    for i, a in enumerate(accts):
        a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        seat = i < n_seat
        per_day = float(rng.uniform(6, 14)) if seat else float(rng.uniform(3, 6))
        size = float(rng.uniform(12, 35)) if seat else float(rng.uniform(40, 90))
        starts = thinned(rng, a0, ctx.t1, per_day * (ctx.t1 - a0) / DAY, curve)
        ts = _cat(bursts(rng, starts, size, gap_median=float(rng.uniform(3, 9)), b=ctx.t1))
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, pick(rng, styles)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.08),
            comp_median=320,
            comp_sigma=0.6,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_reward_grading",
            "pacing": "workday_bursts",
            "tz": tz,
            "ip_source": "office_broadband+cloud_vm",
            "orgs": 1,
            "cards": 1,
            "styles": styles,
            "languages": ["en", "de", "es"],
            "disguise": "annotation_vendor",
        },
    )


def cut_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant / censorship-safe rewrites through commercial VPN exits, slow steady rate,
    separate sign-ups sharing a few prepaid cards."""
    fam = "cut_shot"
    n = irange(rng, 5, 12)
    exits = []
    for prov in ("m247", "leaseweb", "vultr", "ovh"):
        exits += cloud(rng, irange(rng, 3, 8), prov)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    ua = pick(rng, BROWSERS)
    styles = sorted(rng.choice(6, size=irange(rng, 3, 6), replace=False).tolist())
    accts = [_label(ctx, rng, fam, cid, pay=pick(rng, cards), ua=ua, ips=exits) for _ in range(n)]
    hold = float(rng.uniform(15, 60)) * MINUTE
    for a in accts:
        a0 = ctx.release + float(rng.uniform(0.1, 1.0)) * DAY
        rate = float(rng.uniform(3, 9))
        ts = thinned(rng, a0, ctx.t1, rate * (ctx.t1 - a0) / HOUR, constant)
        prompts = [
            tx.policy_rewrite(rng, ctx.chat, ctx.passages, pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=sticky(rng, ts, exits, hold),
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=520,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "slow_steady",
            "ip_source": "vpn_exits",
            "proxy_hold_s": hold,
            "cards": len(cards),
            "styles": styles,
            "languages": ["en", "zh", "ar", "ru"],
        },
    )


def bank_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use trajectories: episodes of growing transcripts, cloud workers, one org."""
    fam = "bank_shot"
    n = irange(rng, 3, 6)
    prov = pick(rng, ("aws", "gcp"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "dspy/2.6.3 litellm/1.60.2",
            "python-httpx/0.28.1",
        ),
    )
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    accts = [
        _label(
            ctx, rng, fam, cid, org=org, pay=card, ua=ua, ips=cloud(rng, irange(rng, 2, 4), prov)
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.8)
    ep_rate = float(rng.uniform(1.2, 3.5))
    for a in accts:
        starts = thinned(rng, start, ctx.t1, ep_rate * (ctx.t1 - start) / HOUR, constant)
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            steps = irange(rng, 3, 12)
            task, style = tx.agent_task(rng), pick(rng, styles)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.6, size=steps - 1))]
            )
            for k, tk in enumerate(t.tolist(), start=1):
                ts_all.append(tk)
                prompts.append(tx.agent_step(rng, task, k, style))
                extra.append(250 * k + irange(rng, 0, 400))
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.03),
            comp_median=170,
            comp_sigma=0.7,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "pacing": "episodes",
            "episodes_per_hour": ep_rate,
            "ip_source": f"cloud:{prov}",
            "orgs": 1,
            "cards": 1,
            "styles": styles,
            "languages": ["en", "ja"],
        },
    )


def jump_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation on stolen cards: one org and card per key, rotating residential
    proxies, burst firing, keys burned after a day or two."""
    fam = "jump_shot"
    n = irange(rng, 12, 28)
    styles = sorted(rng.choice(6, size=irange(rng, 4, 6), replace=False).tolist())
    accts = [_label(ctx, rng, fam, cid, ua=sdk_any(rng), ips=resi(rng, 3, "*")) for _ in range(n)]
    for a in accts:
        a0 = ctx.release + float(rng.uniform(-0.3, 1.6)) * DAY
        life = float(rng.lognormal(np.log(1.0 * DAY), 0.5))
        a1 = min(ctx.t1, a0 + life)
        starts = thinned(rng, a0, a1, float(rng.uniform(0.4, 1.2)) * (a1 - a0) / HOUR, constant)
        ts = _cat(bursts(rng, starts, float(rng.uniform(5, 20)), gap_median=1.5, b=a1))
        prompts = [tx.synth_data(rng, ctx.chat, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=resi(rng, len(ts), "*"),
            models=ctx.models(rng, ts, p_new=0.98),
            comp_median=2200,
            comp_sigma=0.4,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "bursts",
            "payment": "stolen_cards",
            "ip_source": "residential_proxy_rotating",
            "styles": styles,
            "languages": ["en", "fr", "pt", "id", "hi"],
        },
    )


def sdk_any(rng: np.random.Generator) -> str:
    return pick(rng, SDK_COMMON + SDK_OTHER)


def throw_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: each item sent n times within seconds, hosting block."""
    fam = "throw_shot"
    n = irange(rng, 2, 5)
    prov = pick(rng, ("hetzner", "ovh", "scaleway"))
    block = rented_block(rng, prov, 1, irange(rng, 2, 4))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    styles = sorted(rng.choice(5, size=irange(rng, 2, 4), replace=False).tolist())
    accts = [_label(ctx, rng, fam, cid, org=org, pay=card, ua=ua, ips=block) for _ in range(n)]
    start = ctx.release + float(rng.uniform(0.0, 0.3)) * DAY
    items_per_hour = float(rng.uniform(8, 25))
    n_lo, n_hi = pick(rng, ((4, 8), (8, 16), (5, 10)))
    suffix = chance(rng, 0.4)
    for a, lane in zip(accts, worker_pool(rng, start, ctx.t1, items_per_hour, n), strict=True):
        ts_all, prompts, comp = [], [], []
        for s in lane.tolist():
            k = irange(rng, n_lo, n_hi)
            style = pick(rng, styles)
            p = tx.soft_label_item(rng, style)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.7), 0.5, size=k - 1))])
            ts_all += t.tolist()
            prompts += [f"{p}\n(sample {j + 1}/{k})" if suffix else p for j in range(k)]
            comp += [12.0 if style == 3 else 45.0] * k
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "worker_pool_repeats",
            "samples_per_item": [n_lo, n_hi],
            "ip_source": f"hosting:{prov}",
            "styles": styles,
            "languages": ["en", "ko", "de"],
            "sample_suffix": suffix,
        },
    )


def push_out(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Code harvest across programming languages from serverless egress of three clouds."""
    fam = "push_out"
    n = irange(rng, 6, 12)
    pool = cloud(rng, 12, "aws") + cloud(rng, 10, "gcp") + cloud(rng, 8, "azure")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    styles = sorted(rng.choice(5, size=irange(rng, 3, 5), replace=False).tolist())
    accts = [
        _label(ctx, rng, fam, cid, pay=pick(rng, cards), ua=pick(rng, SDK_OTHER[:3]), ips=pool)
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_hour = float(rng.uniform(30, 90))
    curve = pick(rng, (constant, nightly(float(rng.uniform(0, 24)), 14.0, 0)))
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n, curve), strict=True):
        prompts = [tx.code_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=picks(rng, pool, len(ts)),
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            comp_median=950,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest",
            "pacing": "worker_pool",
            "per_hour": per_hour,
            "ip_source": "serverless_multi_cloud",
            "cards": len(cards),
            "styles": styles,
            "languages": ["en", "zh"],
        },
    )


def kick_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Parallel-corpus harvest: each source passage fanned out to many target languages."""
    fam = "kick_shot"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "python-requests/2.32.3", "Go-http-client/2.0"))
    styles = sorted(rng.choice(5, size=irange(rng, 2, 4), replace=False).tolist())
    targets = sorted(rng.choice(len(tx.TARGETS), size=irange(rng, 6, 12), replace=False).tolist())
    accts = [
        _label(ctx, rng, fam, cid, org=org, pay=card, ua=ua, ips=cloud(rng, 1, "digitalocean"))
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    jobs = float(rng.uniform(1.0, 2.5))
    for a in accts:
        starts = thinned(rng, start, ctx.t1, jobs * (ctx.t1 - start) / HOUR, constant)
        ts_all, prompts, comp = [], [], []
        for s in starts.tolist():
            src = tx.snip(pick(rng, ctx.passages), 400, 2200, rng)
            style = pick(rng, styles)
            langs = [tx.TARGETS[i] for i in targets if chance(rng, 0.85)] or [
                tx.TARGETS[targets[0]]
            ]
            t = s + np.cumsum(rng.lognormal(np.log(2.5), 0.6, size=len(langs)))
            ts_all += t.tolist()
            prompts += [tx.translation_prompt(rng, src, lang, style) for lang in langs]
            comp += [len(src) / 3.2] * len(langs)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_parallel_corpus",
            "pacing": "fan_out_jobs",
            "jobs_per_hour": jobs,
            "targets": [tx.TARGETS[i] for i in targets],
            "ip_source": "cloud:digitalocean",
            "styles": styles,
        },
    )


def cue_tip(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Harvest hidden in a real writing-assistant product's traffic: the product's keys carry
    real users plus the operator's own requests dressed as users, more of them after the release."""
    fam = "cue_tip"
    brand = pick(rng, ("Quillnote", "Draftwise", "Penrose Write", "Inkling Pro", "Scriven"))
    n = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        _label(
            ctx,
            rng,
            fam,
            cid,
            role="product_key",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), prov),
        )
        for _ in range(n)
    ]
    peak = float(rng.uniform(12, 20))
    load = global_load(peak, float(rng.uniform(0.4, 0.7)))
    share_pre, share_post = float(rng.uniform(0.05, 0.12)), float(rng.uniform(0.25, 0.4))
    for a in accts:
        per_day = float(rng.uniform(350, 900))
        ts = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, load)
        share = np.where(ts >= ctx.release, share_post, share_pre)
        harvest = rng.random(len(ts)) < share
        prompts = [
            tx.product_harvest_prompt(rng, ctx.chat, brand)
            if h
            else tx.product_user_prompt(rng, ctx.chat, brand)
            for h in harvest.tolist()
        ]
        m_user = ctx.models(rng, ts, p_new=0.3, p_mini=0.25)
        m_harv = ctx.models(rng, ts, p_new=0.9, p_mini=0.0)
        models = [
            mh if h else mu for mu, mh, h in zip(m_user, m_harv, harvest.tolist(), strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.where(harvest, 750.0, 260.0),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product",
            "pacing": "product_global_load",
            "brand": brand,
            "harvest_share": [share_pre, share_post],
            "ip_source": f"cloud:{prov}",
            "orgs": 1,
            "cards": 1,
            "languages": ["en"],
        },
    )


def frozen_ball(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Bought / compromised aged accounts: each keeps its owner's org, card, user agent and
    region; after the takeover, harvest through residential proxies in that region at modest rates."""
    fam = "frozen_ball"
    n = irange(rng, 10, 22)
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, PLAIN_UAS)
        a = _label(ctx, rng, fam, cid, role="aged_account", ua=ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(a)
        curve = workday(tz) if ua.startswith(("OpenAI", "langchain")) else evening_person(tz)
        sess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.6, 2.5)), curve, 3.0, 80.0)
        t_take = ctx.release + float(rng.uniform(-0.2, 1.3)) * DAY
        takeovers.append(t_take)
        owner_keeps = chance(rng, 0.3)
        own = _cat(sess)
        own = own if owner_keeps else own[own < t_take]
        ctx.emit(
            rng,
            a,
            own,
            [tx.snip(pick(rng, ctx.chat), 10, 1500, rng) for _ in range(len(own))],
            models=ctx.models(rng, own, p_new=0.15, p_mini=0.2),
            comp_median=340,
        )
        rate = float(rng.uniform(40, 130))
        ts = _cat(session_times(rng, t_take, ctx.t1, rate / 6.0, constant, 6.0, 25.0))
        region = REGION_OF.get(tz, "us")
        pool = resi(rng, irange(rng, 8, 25), region)
        prompts = [tx.takeover_prompt(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=sticky(rng, ts, pool, float(rng.uniform(10, 40)) * MINUTE),
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
            comp_median=700,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover",
            "pacing": "sessions_after_takeover",
            "payment": "original_owner_cards",
            "ip_source": "residential_proxy_same_region",
            "takeovers": [round(t, 1) for t in takeovers],
            "languages": ["en", "zh", "ru", "es"],
        },
    )


def stun_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Low-and-slow person-like crowd harvesting multi-turn dialogues: separate sign-ups with
    their own cards, browsers, evening sessions, residential proxies in one target region."""
    fam = "stun_shot"
    n = irange(rng, 25, 45)
    tzs = [
        int(x)
        for x in rng.choice([-8, -5, 0, 1, -3], size=irange(rng, 1, 2), replace=False).tolist()
    ]
    langs = pick(rng, (["en", "es"], ["en", "de", "pt"], ["en"], ["en", "pt", "es"]))
    pools = {tz: resi(rng, irange(rng, 40, 90), REGION_OF[tz]) for tz in tzs}
    short = [c for c in ctx.chat if 3 <= len(c) <= 140]
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        a = _label(
            ctx,
            rng,
            fam,
            cid,
            role="persona",
            ua=pick(rng, BROWSERS + PLAIN_UAS[2:4]),
            ips=pools[tz],
            tz=tz,
        )
        accts.append(a)
        a0 = ctx.release + float(rng.uniform(-1.2, 0.6)) * DAY
        lang = pick(rng, langs)
        sess = session_times(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(2.0, 5.0)),
            evening_person(tz),
            float(rng.uniform(5, 10)),
            float(rng.uniform(35, 80)),
        )
        ts_all, prompts, extra = [], [], []
        for s in sess:
            history = 0
            for k in range(len(s)):
                if k == 0:
                    p = (
                        tx.opener(rng, lang)
                        if chance(rng, 0.6)
                        else tx.snip(pick(rng, ctx.chat), 20, 800, rng)
                    )
                elif lang == "en" and chance(rng, 0.45):
                    p = pick(rng, short)
                else:
                    p = tx.follow_up(rng, lang)
                prompts.append(p)
                extra.append(history)
                history += len(p) // 4 + irange(rng, 250, 900)
            ts_all += s.tolist()
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=sticky(rng, ts, pools[tz], float(rng.uniform(30, 90)) * MINUTE),
            models=ctx.models(rng, ts, p_new=0.88, p_mini=0.05),
            comp_median=620,
            err=0.008,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "human_sessions",
            "tzs": tzs,
            "payment": "one_virtual_card_per_key",
            "ip_source": "residential_proxy_sticky",
            "languages": langs,
        },
    )


def draw_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Public prompt replay: a small team re-asks a public dataset of real user prompts in
    order, one disjoint slice per key, single-threaded from home/office lines."""
    fam = "draw_shot"
    n = irange(rng, 4, 8)
    tz = pick(rng, (8, 9, 3, 2))
    n_orgs = irange(rng, 1, 2)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    accts = []
    for i in range(n):
        org, pay = orgs[i % n_orgs]
        accts.append(
            _label(
                ctx,
                rng,
                fam,
                cid,
                org=org,
                pay=pay,
                ua="OpenAI/Python 1.54.0",
                ips=home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        )
    offset = irange(rng, 0, len(ctx.chat) - 1)
    start = ctx.release + float(rng.uniform(0.0, 0.35)) * DAY
    gap = float(rng.uniform(20, 50))
    cursor = 0
    slice_len = len(ctx.chat) // n
    for i, a in enumerate(accts):
        run_starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(0.6, 1.6)) * (ctx.t1 - start) / DAY, constant
        )
        ts_all = []
        for s in run_starts.tolist():
            k = int(rng.uniform(1, 3) * HOUR / gap)
            ts_all += (s + np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k))).tolist()
        ts = np.sort(np.asarray(ts_all))[:slice_len]  # a key stops when its slice is done
        base = offset + i * slice_len
        prompts = [ctx.chat[(base + j) % len(ctx.chat)] for j in range(len(ts))]
        cursor += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=380,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "sequential_runs",
            "gap_s": gap,
            "ip_source": "home_office",
            "tz": tz,
            "orgs": n_orgs,
            "prompts_sent": cursor,
            "languages": ["as_in_dataset"],
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "masse_shot": masse_shot,
    "carom_shot": carom_shot,
    "cut_shot": cut_shot,
    "bank_shot": bank_shot,
    "jump_shot": jump_shot,
    "throw_shot": throw_shot,
    "push_out": push_out,
    "kick_shot": kick_shot,
    "cue_tip": cue_tip,
    "frozen_ball": frozen_ball,
    "stun_shot": stun_shot,
    "draw_shot": draw_shot,
}

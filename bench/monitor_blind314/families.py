"""Campaign families of blind batch 314 (code names from the word "snowshoe").

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign through `ctx.campaign`. Everything it varies
(key counts, orgs, cards, addresses, pacing, user agents, languages, templates, model choice) is
drawn from its own generator, in list order only. The README card describes each family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Acct, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind314 import texts as tx

Rng = np.random.Generator


def _choose(rng: Rng, items, k: int) -> list:
    """`k` distinct items in a random order (k clipped to the number of items)."""
    items = list(items)
    idx = rng.permutation(len(items))[: min(k, len(items))].tolist()
    return [items[i] for i in idx]


def _weighted(rng: Rng, items: list, weights: list[float], n: int) -> list:
    w = np.asarray(weights, dtype=np.float64)
    return [items[i] for i in rng.choice(len(items), size=n, p=w / w.sum()).tolist()]


def _mix(rng: Rng, items: list) -> tuple[list, list[float]]:
    """A campaign's own share of each item (first item the heaviest)."""
    w = rng.dirichlet(np.ones(len(items))).tolist()
    w[0] += 1.0
    return items, w


def _params(**kw) -> dict:
    return {k: (float(v) if isinstance(v, np.floating) else v) for k, v in kw.items()}


# --------------------------------------------------------------------------------------------
# swoosh: reasoning-trace coercion from a rented worker fleet


def swoosh(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 12, 28)
    n_orgs = irange(rng, 2, 5)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.4)
    cards = [hexid(rng, "pay")] if shared_card else [hexid(rng, "pay") for _ in range(n_orgs)]
    provs = _choose(rng, bb.providers(), irange(rng, 1, 2))
    block: list[str] = []
    for p in provs:
        block += bb.rented_block(rng, p, irange(rng, 2, 4), irange(rng, 4, 8))
    uas = [bb.sdk_ua(rng, 0.3), bb.sdk_ua(rng, 0.3)]
    langs, lw = _mix(rng, ["en"] + _choose(rng, ["zh", "es", "ru"], irange(rng, 1, 3)))
    styles = _choose(rng, list(tx.TRACE_STYLES), irange(rng, 2, 3))
    layout = irange(rng, 0, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="swoosh",
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % len(cards)],
            ua=uas[0] if chance(rng, 0.8) else uas[1],
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    rate = float(rng.uniform(25, 45))
    boost = float(rng.uniform(1.3, 2.0))
    curve = bb.constant if chance(rng, 0.5) else bb.global_load(float(rng.uniform(0, 24)), 0.4)
    pre = bb.worker_pool(rng, start, ctx.release, rate, n_keys, curve)
    post = bb.worker_pool(rng, max(start, ctx.release), ctx.t1, rate * boost, n_keys, curve)
    comp = float(rng.uniform(900, 1500))
    for a, t_a, t_b in zip(accts, pre, post, strict=True):
        ts = np.concatenate([t_a, t_b])
        ls = _weighted(rng, langs, lw, len(ts))
        prompts = [tx.reasoning_prompt(rng, pick(rng, styles), lg, layout) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        "swoosh",
        accts,
        _params(
            operation="reasoning_trace_coercion",
            keys=n_keys,
            orgs=n_orgs,
            shared_card=shared_card,
            providers=provs,
            languages=langs,
            styles=styles,
            layout=layout,
            per_hour=rate,
            post_release_boost=boost,
            pacing="poisson_worker_pool",
        ),
    )


# --------------------------------------------------------------------------------------------
# noose: judge / rubric / reward labels through VPN exits, one stolen card per key


def noose(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 6, 14)
    provs = _choose(rng, ["m247", "leaseweb", "vultr", "ovh", "contabo"], 2)
    exits: list[str] = []
    for p in provs:
        exits += bb.cloud(rng, irange(rng, 12, 25), p)
    styles = _choose(rng, list(tx.JUDGE), irange(rng, 2, 3))
    langs, lw = _mix(rng, ["en"] + _choose(rng, ["ja", "ko", "de"], irange(rng, 0, 2)))
    ua_pool = [
        "python-requests/2.32.3",
        "aiohttp/3.11.11",
        "OpenAI/Python 1.54.0",
        "python-httpx/0.28.1",
    ]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="noose",
            role="grader",
            campaign_id=cid,
            ua=pick(rng, ua_pool),
            ips=_choose(rng, exits, irange(rng, 6, 15)),
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    rate = float(rng.uniform(14, 28))
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        st = [pick(rng, styles) for _ in range(len(ts))]
        ls = _weighted(rng, langs, lw, len(ts))
        prompts = [
            tx.judge_prompt(rng, s, lg, ctx.chat, ctx.passages)
            for s, lg in zip(st, ls, strict=True)
        ]
        comp = [900.0 if s == "critique" else 260.0 for s in st]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), comp_median=comp, err=0.02
        )
    ctx.campaign(
        cid,
        "noose",
        accts,
        _params(
            operation="judge_rubric_reward_harvest",
            keys=n_keys,
            card="one stolen card per key",
            vpn_providers=provs,
            exits=len(exits),
            styles=styles,
            languages=langs,
            per_hour=rate,
            pacing="steady_247_pool",
        ),
    )


# --------------------------------------------------------------------------------------------
# swoon: policy-compliant rewrites and refusals, office-hour bursts, cards shared across orgs


def swoon(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 10, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    clouds = _choose(rng, ["alibaba", "tencent", "huawei", "ucloud"], 2)
    proxy_pool = bb.resi(rng, irange(rng, 20, 40), pick(rng, ["sea", "cn"]))
    styles = _choose(rng, list(tx.POLICY), irange(rng, 3, 4))
    sw = rng.dirichlet(np.ones(len(styles))).tolist()
    ua = pick(rng, ["Go-http-client/2.0", "OpenAI/Python 1.58.1", "python-requests/2.32.3"])
    tz = 8
    accts, proxied = [], []
    for i in range(n_keys):
        via_proxy = chance(rng, 0.45)
        ips = proxy_pool if via_proxy else bb.cloud(rng, irange(rng, 1, 2), pick(rng, clouds))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family="swoon",
                role="worker",
                campaign_id=cid,
                pay=cards[i % len(cards)],
                ua=ua,
                ips=ips,
                tz=tz,
            )
        )
        proxied.append(via_proxy)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_day = float(rng.uniform(3, 6))
    size = float(rng.uniform(15, 35))
    gap = float(rng.uniform(2, 6))
    for a, via_proxy in zip(accts, proxied, strict=True):
        starts = bb.thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.workday(tz, 9.0, 18.5)
        )
        runs = bb.bursts(rng, starts, size, gap, b=ctx.t1)
        ts = np.concatenate(runs) if runs else np.empty(0)
        st = _weighted(rng, styles, sw, len(ts))
        prompts = [tx.policy_prompt(rng, s, ctx.passages) for s in st]
        ips = bb.sticky(rng, ts, a.ips, 1800.0) if via_proxy else None
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=ips,
            comp_median=520.0,
            err=0.04,
        )
    ctx.campaign(
        cid,
        "swoon",
        accts,
        _params(
            operation="policy_safe_rewrites",
            keys=n_keys,
            cards=len(cards),
            clouds=clouds,
            proxied=sum(proxied),
            styles=styles,
            bursts_per_day=per_day,
            burst_size=size,
            pacing="office_hour_bursts_utc+8",
        ),
    )


# --------------------------------------------------------------------------------------------
# hones: agent / tool-use episodes from one startup-looking org behind a NAT


def hones(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 8, 16)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ["gcp", "aws"]))
    ua = pick(rng, ["litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="hones",
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    style = irange(rng, 0, 2)
    alt_style = irange(rng, 0, 2)
    toolsets = _choose(rng, list(range(len(tx.TOOLSETS))), irange(rng, 3, 5))
    reply_lang = pick(
        rng, ["", " (Reply in French.)", " (请用中文回答。)", " (Responde en español.)"]
    )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(4, 8))
    sys_tokens = irange(rng, 600, 1400)
    gap = float(rng.uniform(5, 14))
    curve = bb.global_load(float(rng.uniform(0, 24)), 0.3)
    for a, starts in zip(
        accts, bb.worker_pool(rng, start, ctx.t1, rate, n_keys, curve), strict=True
    ):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, 10)
            tset = pick(rng, toolsets)
            sty = style if chance(rng, 0.8) else alt_style
            task = tx.agent_task(rng, tset) + (reply_lang if chance(rng, 0.3) else "")
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.agent_step(rng, sty, tset, task, j))
                extra.append(sys_tokens + 220 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93),
            comp_median=330.0,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        "hones",
        accts,
        _params(
            operation="agent_tool_use_transcripts",
            keys=n_keys,
            org="one",
            card="one company card",
            style=style,
            toolsets=toolsets,
            episodes_per_hour=rate,
            step_gap_s=gap,
            system_tokens=sys_tokens,
            pacing="episodes",
        ),
    )


# --------------------------------------------------------------------------------------------
# sown: synthetic data set generation, nightly sweeps from hosting


def sown(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 3, 6)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card = hexid(rng, "pay")
    host = pick(rng, ["hetzner", "ovh", "contabo", "scaleway"])
    ua = pick(rng, ["python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"])
    tz = pick(rng, [1, 3, 8, -5])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="sown",
            role="generator",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, host),
            tz=tz,
        )
        for i in range(n_keys)
    ]
    styles = _choose(rng, list(tx.SYN), irange(rng, 2, 4))
    langs, lw = _mix(rng, ["en"] + _choose(rng, ["es", "pt", "id", "fr"], irange(rng, 1, 3)))
    night_start, night_len = float(rng.uniform(22, 26)) % 24, float(rng.uniform(5, 8))
    rate = float(rng.uniform(22, 40))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    curve = bb.nightly(night_start, night_len, tz)
    cursor = irange(rng, 0, 500)
    for a in accts:
        ts = bb.thinned(rng, start, ctx.t1, rate * night_len * (ctx.t1 - start) / DAY, curve)
        prompts = []
        for lg in _weighted(rng, langs, lw, len(ts)):
            prompts.append(tx.synth_prompt(rng, pick(rng, styles), lg, ctx.chat, cursor))
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1800.0,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        "sown",
        accts,
        _params(
            operation="synthetic_dataset_generation",
            keys=n_keys,
            orgs=n_orgs,
            host=host,
            styles=styles,
            languages=langs,
            night_start_local=night_start,
            night_hours=night_len,
            per_hour_per_key=rate,
            pacing="nightly_sweep",
        ),
    )


# --------------------------------------------------------------------------------------------
# nose (hard): multi-turn dialogue harvest by aged accounts on static residential proxies


def nose(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 30, 55)
    tzs = _choose(rng, list(bb.TZS), irange(rng, 2, 3))
    p_new = float(rng.uniform(0.35, 0.6))
    accts, meta = [], []
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, bb.MOBILE[:3]) if chance(rng, 0.15) else pick(rng, bb.BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family="nose",
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        lang = pick(rng, tx.LANG_OF_TZ[tz])
        meta.append(lang if lang in tx.FOLLOWUPS else "en")
    for a, lang in zip(accts, meta, strict=True):
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.2, 3.0)),
            bb.evening_person(a.tz),
            float(rng.uniform(4, 7)),
            float(rng.uniform(45, 110)),
        )
        ts_all, prompts = [], []
        for sess in sessions:
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                if j == 0:
                    prompts.append(tx.clip(pick(rng, ctx.chat), 20, 900, rng))
                else:
                    prompts.append(tx.followup(rng, lang if chance(rng, 0.6) else "en"))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=600.0,
            err=0.005,
        )
    ctx.campaign(
        cid,
        "nose",
        accts,
        _params(
            operation="multi_turn_dialogue_harvest",
            accounts=n,
            tzs=tzs,
            p_new=p_new,
            addresses="static residential proxies matching claimed region",
            card="one per bought account",
            pacing="human_sessions_evening",
        ),
    )


# --------------------------------------------------------------------------------------------
# woes: best-of-n / soft-label sampling, repeated prompts in tight bursts


def woes(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 4, 10)
    org = hexid(rng, "org")
    cloud = pick(rng, ["aws", "azure", "gcp"])
    ua = pick(rng, ["AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2", "aiohttp/3.11.11"])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="woes",
            role="sampler",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), cloud),
        )
        for _ in range(n_keys)
    ]
    n_lo = irange(rng, 3, 6)
    n_hi = n_lo + irange(rng, 2, 8)
    tag = irange(rng, 0, 3)
    p_chat = float(rng.uniform(0.3, 0.8))
    gap = float(rng.uniform(0.3, 2.0))
    rate = float(rng.uniform(4, 8))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for a, starts in zip(accts, bb.worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        ts_all, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, n_lo, n_hi)
            if chance(rng, p_chat):
                base = tx.clip(pick(rng, ctx.chat), 20, 1200, rng)
            else:
                base = tx.reasoning_prompt(rng, "steps", "en", 0)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.sample_tag(rng, tag, base, j, k))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=450.0,
            err=0.05,
        )
    ctx.campaign(
        cid,
        "woes",
        accts,
        _params(
            operation="best_of_n_soft_label_sampling",
            keys=n_keys,
            card="one virtual card per key",
            cloud=cloud,
            n_range=[n_lo, n_hi],
            tag_style=tag,
            share_public_prompts=p_chat,
            gap_s=gap,
            jobs_per_hour=rate,
            pacing="bursts_of_repeats",
        ),
    )


# --------------------------------------------------------------------------------------------
# hen (hard): curriculum sweep hidden in a tutoring product's own traffic


def hen(ctx: Ctx, rng: Rng, cid: str) -> None:
    app = tx.brand(rng)
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    cloud = pick(rng, ["gcp", "aws"])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="hen",
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, ["OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.58.1"]),
            ips=bb.cloud(rng, irange(rng, 2, 3), cloud),
        )
        for _ in range(n_keys)
    ]
    langs, lw = _mix(rng, _choose(rng, list(tx.CURRICULUM_LANGS), irange(rng, 3, 5)))
    curve = bb.global_load(float(rng.uniform(13, 20)), 0.6)
    real_rate = float(rng.uniform(14, 26))
    sweep_rate = float(rng.uniform(7, 13))
    sweep_new = float(rng.uniform(0.85, 0.95))
    cursor = irange(rng, 0, 300)
    real = bb.worker_pool(rng, ctx.t0, ctx.t1, real_rate, n_keys, curve)
    sweep = bb.worker_pool(rng, ctx.t0, ctx.t1, sweep_rate, n_keys, curve)
    for a, t_real, t_sweep in zip(accts, real, sweep, strict=True):
        ctx.emit(
            rng,
            a,
            t_real,
            [tx.student_message(rng, app) for _ in range(len(t_real))],
            models=ctx.models(rng, t_real, p_new=0.3, p_mini=0.35),
            comp_median=260.0,
        )
        prompts = []
        for lg in _weighted(rng, langs, lw, len(t_sweep)):
            prompts.append(tx.curriculum_prompt(rng, app, cursor, lg))
            cursor += 1
        ctx.emit(
            rng,
            a,
            t_sweep,
            prompts,
            models=ctx.models(rng, t_sweep, p_new=sweep_new, p_mini=0.0),
            comp_median=950.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        "hen",
        accts,
        _params(
            operation="curriculum_sweep_in_product_traffic",
            keys=n_keys,
            front=app,
            cloud=cloud,
            languages=langs,
            real_per_hour=real_rate,
            sweep_per_hour=sweep_rate,
            sweep_p_new=sweep_new,
            pacing="product_load_curve",
        ),
    )


# --------------------------------------------------------------------------------------------
# snows: translation harvest (one source into many languages) through agency fronts


def snows(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_orgs = irange(rng, 3, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    n_keys = irange(rng, 8, 16)
    region = pick(rng, ["eu", "in", "sea", "ru"])
    office = bb.resi(rng, n_orgs, region)
    accts = []
    for i in range(n_keys):
        ips = (
            [office[i % n_orgs]]
            if chance(rng, 0.7)
            else bb.cloud(rng, 1, pick(rng, ["ovh", "hetzner", "aws"]))
        )
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family="snows",
                role="translator_front",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % 2],
                ua=bb.sdk_ua(rng, 0.4),
                ips=ips,
            )
        )
    styles = _choose(rng, [0, 1, 2, 3], irange(rng, 1, 2))
    targets = _choose(rng, list(tx.TARGET_CODES), irange(rng, 8, 14))
    per_job = irange(rng, 5, min(12, len(targets)))
    gap = float(rng.uniform(3, 9))
    rate = float(rng.uniform(2, 4))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    job = irange(rng, 1000, 9000)
    for a, starts in zip(accts, bb.worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        ts_all, prompts, comp = [], [], []
        for s in starts.tolist():
            src = pick(rng, ctx.passages) if chance(rng, 0.7) else pick(rng, ctx.chat)
            src = tx.clip(src, 200, 1500, rng)
            sty = pick(rng, styles)
            job += 1
            tgt = _choose(rng, targets, per_job)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=len(tgt) - 1))]
            )
            for tj, code in zip(t.tolist(), tgt, strict=True):
                ts_all.append(tj)
                prompts.append(tx.translate_prompt(rng, sty, src, code, job))
                comp.append(max(40.0, len(src) / 3.2))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=comp,
            comp_sigma=0.25,
        )
    ctx.campaign(
        cid,
        "snows",
        accts,
        _params(
            operation="parallel_corpus_translation_harvest",
            keys=n_keys,
            orgs=n_orgs,
            cards=2,
            office_region=region,
            styles=styles,
            targets=targets,
            targets_per_source=per_job,
            jobs_per_hour=rate,
            pacing="fan_out_jobs",
        ),
    )


# --------------------------------------------------------------------------------------------
# shoo (hard): code harvest mixed into a real IDE-assistant product's requests


def shoo(ctx: Ctx, rng: Rng, cid: str) -> None:
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ["OpenAI/Python 1.58.1", "reqwest/0.12.12", "OpenAI/NodeJS 4.85.1"])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="shoo",
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 2, 4), "aws"),
        )
        for _ in range(n_keys)
    ]
    codeish = [
        c
        for c in ctx.chat
        if any(
            w in c
            for w in (
                "code",
                "function",
                "error",
                "python",
                "Python",
                "SQL",
                "class ",
                "def ",
                "const ",
                "import ",
            )
        )
    ]
    pool = codeish or ctx.chat
    curve = bb.global_load(float(rng.uniform(13, 18)), 0.55)
    real_rate = float(rng.uniform(25, 45))
    frac = float(rng.uniform(0.25, 0.4))
    cursor = irange(rng, 0, 199)
    real = bb.worker_pool(rng, ctx.t0, ctx.t1, real_rate, n_keys, curve)
    harvest = bb.worker_pool(rng, ctx.t0, ctx.t1, real_rate * frac, n_keys, curve)
    for a, t_real, t_harv in zip(accts, real, harvest, strict=True):
        ctx.emit(
            rng,
            a,
            t_real,
            [
                tx.product_code(rng, tx.clip(pick(rng, pool), 20, 1500, rng))
                for _ in range(len(t_real))
            ],
            models=ctx.models(rng, t_real, p_new=0.45, p_mini=0.2),
            comp_median=420.0,
        )
        prompts = []
        for _ in range(len(t_harv)):
            prompts.append(tx.code_task(rng, cursor))
            cursor += 1
        ctx.emit(
            rng,
            a,
            t_harv,
            prompts,
            models=ctx.models(rng, t_harv, p_new=0.9, p_mini=0.0),
            comp_median=1100.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        "shoo",
        accts,
        _params(
            operation="code_harvest_in_product_traffic",
            keys=n_keys,
            harvest_share=frac,
            real_per_hour=real_rate,
            pacing="product_load_curve",
            addresses="product's own AWS egress",
        ),
    )


# --------------------------------------------------------------------------------------------
# hews (hard): low-and-slow crowd of person-like accounts sweeping a topic list


def hews(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 60, 110)
    tzs = _choose(rng, list(bb.TZS), irange(rng, 4, 7))
    p_new = float(rng.uniform(0.55, 0.75))
    accts: list[Acct] = []
    for i in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, bb.MOBILE) if chance(rng, 0.3) else pick(rng, bb.BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family="hews",
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        lang = pick(rng, tx.LANG_OF_TZ[tz])
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.5, 1.4)),
            bb.evening_person(tz),
            2.5,
            float(rng.uniform(90, 200)),
        )
        ts = np.concatenate(sessions) if sessions else np.empty(0)
        if len(ts) < 2:  # every member asks something
            ts = np.sort(rng.uniform(start, ctx.t1, size=2))
        cursor = 3 * i
        prompts = []
        for _ in range(len(ts)):
            prompts.append(tx.casual_question(rng, lang, cursor))
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=700.0,
            err=0.003,
        )
    ctx.campaign(
        cid,
        "hews",
        accts,
        _params(
            operation="low_and_slow_person_crowd",
            accounts=n,
            tzs=tzs,
            p_new=p_new,
            card="one stolen card each",
            addresses="residential, one per account, matching its time zone",
            pacing="evening_sessions",
        ),
    )


# --------------------------------------------------------------------------------------------
# sones (hard): public-dataset prompt replay through hijacked developer accounts


def sones(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 10, 22)
    offset = irange(rng, 0, max(0, len(ctx.chat) - 1))
    ptr = offset  # the operator's place in the public list: each account replays the next slice
    hold = float(rng.uniform(600, 2400))
    rate = float(rng.uniform(18, 38))
    delay = float(rng.uniform(0, 12)) * HOUR
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = bb.sdk_ua(rng, 0.6)
        a = ctx.account(
            rng,
            label="campaign",
            family="sones",
            role="hijacked",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        # the owner's own traffic, all week
        sessions = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)), bb.workday(tz), 3.0, 70.0
        )
        ts_own = np.concatenate(sessions) if sessions else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts_own,
            [tx.clip(pick(rng, ctx.chat), 10, 1500, rng) for _ in range(len(ts_own))],
            models=ctx.models(rng, ts_own, p_new=0.2),
            comp_median=350.0,
        )
        # the replay: a contiguous slice of the public prompt list, at the owner's night
        start = ctx.release + delay + float(rng.uniform(0, 6)) * HOUR
        region = pick(rng, ipspace_regions(tz))
        proxies = bb.resi(rng, irange(rng, 15, 30), region)
        ts = bb.thinned(
            rng, start, ctx.t1, rate * 5.0 * (ctx.t1 - start) / DAY, bb.nightly(0.5, 5.0, tz)
        )
        prompts = [ctx.chat[(ptr + j) % len(ctx.chat)] for j in range(len(ts))]
        ptr += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            ips=bb.sticky(rng, ts, proxies, hold),
            comp_median=450.0,
        )
    ctx.campaign(
        cid,
        "sones",
        accts,
        _params(
            operation="public_prompt_replay_on_hijacked_accounts",
            accounts=n,
            replayed=ptr - offset,
            offset=offset,
            replay_per_hour=rate,
            proxy_hold_s=hold,
            start_after_release_h=delay / HOUR,
            pacing="owner_night_hours",
        ),
    )


def ipspace_regions(tz: int) -> list[str]:
    """Consumer regions of a UTC offset (the proxy exits an operator rents to match the owner)."""
    from distillguard.sim import ipspace

    return list(ipspace.REGION_OF_TZ.get(tz, ("us", "eu")))


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "swoosh": swoosh,
    "noose": noose,
    "swoon": swoon,
    "hones": hones,
    "sown": sown,
    "nose": nose,
    "woes": woes,
    "hen": hen,
    "snows": snows,
    "shoo": shoo,
    "hews": hews,
    "sones": sones,
}

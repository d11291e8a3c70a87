"""Campaign families of blind batch 344: twelve ways an operator harvests the model's outputs.

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign through `ctx.campaign`. Everything is
drawn from the family's own generator, in a fixed order (lists and dicts only, never sets).
Code names are words from ventriloquism; the README card (read it only after the monitor's run)
describes each family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, Ctx, chance, irange, pick
from bench.monitor_blind344 import texts as tx

Rng = np.random.Generator


def _weighted(rng: Rng, items: list[str], weights: list[float]) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def _langs(rng: Rng, items: list[str], n: int, weights: list[float]) -> list[str]:
    w = np.asarray(weights, dtype=np.float64)
    return [items[i] for i in rng.choice(len(items), size=n, p=w / w.sum()).tolist()]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def gottle(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gottle"
    n_keys = irange(rng, 8, 16)
    provider = pick(rng, ["hetzner", "ovh", "contabo", "vultr"])
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), 6)
    cards = [bb.hexid(rng, "pay") for _ in range(max(2, n_keys // irange(rng, 3, 5)))]
    uas = ["python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"]
    langs = ["en", "zh", "ru", "es", "de"]
    lang_w = [float(x) for x in rng.dirichlet([4, 2, 1.5, 1, 0.5])]
    accts = []
    for _ in range(n_keys):
        ips = [block[i] for i in rng.permutation(len(block))[: irange(rng, 3, 6)].tolist()]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                pay=pick(rng, cards),
                ua=pick(rng, uas),
                ips=ips,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(35, 80))
    streams = bb.worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.25)
    )
    for acct, ts in zip(accts, streams, strict=True):
        style = irange(rng, 0, 3)
        prompts = [
            tx.reasoning_trace(
                rng, style if chance(rng, 0.8) else irange(rng, 0, 3), _weighted(rng, langs, lang_w)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=950.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace",
            "pacing": "worker_pool",
            "per_hour": per_hour,
            "ip_source": f"rented_block:{provider}",
            "payment": f"{len(cards)} prepaid cards",
            "languages": langs,
            "language_weights": lang_w,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward grading fired in batches from a cloud account group


def engastrimyth(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "engastrimyth"
    n_keys = irange(rng, 4, 8)
    provider = pick(rng, ["aws", "gcp", "azure"])
    ips = bb.cloud(rng, irange(rng, 2, 5), provider)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ["OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2"])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    styles = [int(s) for s in rng.permutation(6)[: irange(rng, 3, 5)].tolist()]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_day = float(rng.uniform(5, 10))
    starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant)
    trains = bb.bursts(
        rng, starts, float(rng.uniform(60, 140)), float(rng.uniform(1.0, 3.0)), b=ctx.t1
    )
    per_acct: list[list[np.ndarray]] = [[] for _ in accts]
    for j, t in enumerate(trains):
        per_acct[(j + irange(rng, 0, n_keys - 1)) % n_keys].append(t)
    for acct, parts in zip(accts, per_acct, strict=True):
        ts = _concat(parts)
        prompts = [tx.judge(rng, pick(rng, styles), ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=170.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_grading",
            "pacing": "bursts",
            "bursts_per_day": per_day,
            "ip_source": f"cloud:{provider}",
            "payment": "one corporate card",
            "styles": styles,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant rewrites from many fresh accounts behind residential proxies


def gastromancy(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gastromancy"
    n_keys = irange(rng, 18, 30)
    regions = [pick(rng, ["us", "eu", "sea", "latam"]) for _ in range(2)]
    pool = bb.resi(rng, 160, regions[0]) + bb.resi(rng, 160, regions[1])
    langs = ["zh", "en", "ru", "ar"]
    lang_w = [float(x) for x in rng.dirichlet([3, 2, 1, 1])]
    accts, total = [], 0
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            ua=pick(rng, bb.BROWSERS),
            ips=[pool[0]],
            tz=tz,
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sess = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(3, 7)),
            bb.evening_person(tz),
            float(rng.uniform(8, 16)),
            float(rng.uniform(25, 70)),
        )
        ts = _concat(sess)
        sub = [pool[i] for i in rng.permutation(len(pool))[:40].tolist()]
        ips = bb.sticky(rng, ts, sub, 30 * MINUTE)
        style = irange(rng, 0, 3)
        prompts = [
            tx.policy_rewrite(rng, style, _weighted(rng, langs, lang_w), ctx.passages)
            for _ in range(len(ts))
        ]
        total += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            comp_median=420.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_rewrite",
            "pacing": "sessions",
            "ip_source": f"residential_proxy:{regions}",
            "payment": "stolen card per account",
            "languages": langs,
            "language_weights": lang_w,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from a cloud worker pool that starts around the release


def labial_substitution(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "labial_substitution"
    n_keys = irange(rng, 6, 12)
    provider = pick(rng, ["gcp", "azure", "oracle"])
    orgs = [bb.hexid(rng, "org") for _ in range(2)]
    cards = [bb.hexid(rng, "pay") for _ in range(2)]
    uas = ["langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"]
    accts = []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % 2],
                pay=cards[i % 2],
                ua=pick(rng, uas),
                ips=bb.cloud(rng, irange(rng, 1, 2), provider),
            )
        )
    start = ctx.release - float(rng.uniform(2, 18)) * HOUR
    per_hour = float(rng.uniform(45, 90))
    streams = bb.worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.3)
    )
    for acct, ts in zip(accts, streams, strict=True):
        prompts = [tx.agent_transcript(rng, irange(rng, 0, 3)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=260.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_transcripts",
            "pacing": "worker_pool",
            "per_hour": per_hour,
            "ip_source": f"cloud:{provider}",
            "payment": "2 cards / 2 orgs",
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation in nightly jobs from cheap VPS


def distant_voice(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "distant_voice"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ["digitalocean", "linode", "scaleway"])
    block = bb.rented_block(rng, provider, 1, irange(rng, 3, 6))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, [1, 2, 3, 8])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, ["python-requests/2.32.3", "OpenAI/Python 1.63.2"]),
            ips=block,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    night_start, night_len = float(rng.uniform(0, 3)), float(rng.uniform(4, 7))
    per_hour = float(rng.uniform(80, 150))
    streams = bb.worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        per_hour * night_len / 24.0,
        n_keys,
        bb.nightly(night_start, night_len, tz),
    )
    langs = ["en", "pt", "ja", "ko"]
    lang_w = [float(x) for x in rng.dirichlet([5, 1.5, 1.5, 1])]
    for acct, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.synthetic_dataset(rng, irange(rng, 0, 3), _weighted(rng, langs, lang_w), ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1500.0,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset",
            "pacing": "nightly",
            "night_start": night_start,
            "night_hours": night_len,
            "tz": tz,
            "ip_source": f"rented_block:{provider}",
            "payment": "one card",
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: public prompt replay through a crowd of bought aged accounts on residential proxies


def near_voice(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "near_voice"
    n_keys = irange(rng, 30, 48)
    uas = list(bb.SDK_COMMON[:3]) + list(bb.BROWSERS)
    accts, total = [], 0
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        home = bb.home(rng, irange(rng, 1, 2), tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=pick(rng, uas),
            ips=home,
            tz=tz,
        )
        accts.append(acct)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)),
            bb.evening_person(tz, 2.5),
            float(rng.uniform(3, 7)),
            float(rng.uniform(60, 150)),
            0.9,
        )
        ts = _concat(sess)
        p_follow = float(rng.uniform(0.1, 0.3))
        prompts = [tx.replay(rng, ctx.chat, p_follow) for _ in range(len(ts))]
        total += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.15, 0.45)), p_mini=0.15),
            comp_median=380.0,
            comp_sigma=0.7,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "human_sessions",
            "ip_source": "residential_proxy_matched_to_tz",
            "payment": "one card per bought account",
            "hard": True,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling through VPN exits


def slot_jaw(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "slot_jaw"
    n_keys = irange(rng, 3, 5)
    provider = pick(rng, ["m247", "leaseweb", "vultr"])
    exits = bb.cloud(rng, irange(rng, 6, 14), provider)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, ["OpenAI/Python 1.54.0", "python-httpx/0.28.1"]),
            ips=exits,
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = float(rng.uniform(5, 10))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    styles = [int(s) for s in rng.permutation(4)[: irange(rng, 2, 4)].tolist()]
    for acct, jobs in zip(accts, streams, strict=True):
        ts_all, prompts = [], []
        for s in jobs.tolist():
            k = irange(rng, 3, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.5), 0.6, size=k - 1))])
            p = tx.soft_label(rng, pick(rng, styles), ctx.chat)
            ts_all.append(t)
            prompts += [p] * k
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=bb.sticky(rng, ts, exits, 15 * MINUTE),
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=300.0,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n",
            "pacing": "jobs_of_repeats",
            "per_hour": per_hour,
            "ip_source": f"vpn:{provider}",
            "payment": "one card",
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: curriculum sweep, slow and steady from an office, looks like an edtech content team


def head_stick(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "head_stick"
    n_keys = irange(rng, 2, 4)
    tz = pick(rng, [-5, 0, 1, 5])
    office = bb.home(rng, 2, tz)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="content_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    lang_of = ["en"] * n_keys
    if n_keys > 2:
        lang_of[-1] = pick(rng, ["hi", "fr"])
    total = 0
    for i, acct in enumerate(accts):
        per_day = float(rng.uniform(120, 220))
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            per_day * (ctx.t1 - ctx.t0) / DAY,
            bb.workday(tz, 9.0, 18.0, 0.05, 0.03),
        )
        offset = irange(rng, 0, 400)
        style = irange(rng, 0, 2)
        prompts = [tx.curriculum_item(rng, offset + j, style, lang_of[i]) for j in range(len(ts))]
        total += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.45, p_mini=0.1),
            comp_median=650.0,
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "office_hours_steady",
            "tz": tz,
            "ip_source": "office_broadband",
            "payment": "company card",
            "languages": lang_of,
            "hard": True,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest through VPN exits


def knee_figure(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "knee_figure"
    n_keys = irange(rng, 5, 9)
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    cards = [bb.hexid(rng, "pay") for _ in range((n_keys + 1) // 2)]
    provider = pick(rng, ["m247", "leaseweb", "ovh"])
    exits = bb.cloud(rng, irange(rng, 10, 25), provider)
    codes = sorted(tx.LANG_NAMES)
    targets = [codes[i] for i in rng.permutation(len(codes))[: irange(rng, 6, 9)].tolist()]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[i // 2],
            ua=pick(rng, ["python-requests/2.32.3", "Go-http-client/2.0"]),
            ips=exits,
        )
        for i in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(35, 65))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for acct, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.translation(rng, irange(rng, 0, 3), ctx.passages, targets) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=bb.sticky(rng, ts, exits, 10 * MINUTE),
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=700.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_harvest",
            "pacing": "worker_pool",
            "per_hour": per_hour,
            "ip_source": f"vpn:{provider}",
            "payment": f"{len(cards)} cards",
            "targets": targets,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: code harvest hidden in a real code-assistant product's own traffic


def soft_palate(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "soft_palate"
    n_keys = irange(rng, 2, 3)
    servers = bb.cloud(rng, irange(rng, 3, 6), "aws")
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ["OpenAI/NodeJS 4.67.1", "axios/1.7.9"])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=servers,
        )
        for _ in range(n_keys)
    ]
    share = float(rng.uniform(0.3, 0.45))
    per_hour = float(rng.uniform(40, 70))
    curve = bb.global_load(float(rng.uniform(12, 18)), 0.55)
    weights = rng.dirichlet(np.ones(n_keys) * 3)
    total = 0
    for acct, w in zip(accts, weights.tolist(), strict=True):
        ts = bb.thinned(rng, ctx.t0, ctx.t1, per_hour * w * (ctx.t1 - ctx.t0) / HOUR, curve)
        harvest = rng.random(len(ts)) < share
        prompts = [
            tx.code_task(rng, irange(rng, 0, 3)) if h else tx.human(rng, ctx.chat, 1500)
            for h in harvest.tolist()
        ]
        real = ctx.models(rng, ts, p_new=0.35, p_mini=0.25)
        harv = ctx.models(rng, ts, p_new=0.6, p_mini=0.1)
        models = [b if h else a for a, b, h in zip(real, harv, harvest.tolist(), strict=True)]
        comp = np.where(harvest, 800.0, 380.0)
        total += ctx.emit(
            rng, acct, ts, prompts, models=models, comp_median=comp, comp_sigma=0.6, err=0.01
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest_in_product",
            "pacing": "product_load",
            "harvest_share": share,
            "ip_source": "cloud:aws app servers",
            "payment": "company card",
            "hard": True,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: compromised aged keys, the owner's traffic continues and the operator adds harvest


def eye_wiggle(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "eye_wiggle"
    n_keys = irange(rng, 12, 20)
    accts, takeovers, total = [], [], 0
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        home = bb.home(rng, 1, tz)
        ua = pick(rng, list(bb.SDK_COMMON) + ["langchain-openai/0.3.6", "OpenAI/Python 1.63.2"])
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="hijacked_key",
            campaign_id=cid,
            ua=ua,
            ips=home,
            tz=tz,
        )
        accts.append(acct)
        owner = _concat(
            bb.session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 2.5)), bb.evening_person(tz), 3.0, 80.0
            )
        )
        total += ctx.emit(
            rng,
            acct,
            owner,
            [tx.human(rng, ctx.chat, 1500) for _ in range(len(owner))],
            models=ctx.models(rng, owner, p_new=0.2, p_mini=0.2),
            comp_median=350.0,
        )
        t_take = ctx.t0 + float(rng.uniform(1.0, 4.5)) * DAY
        takeovers.append(t_take)
        region = pick(rng, list(bb.ipspace.REGION_OF_TZ.get(tz, ("us",))))
        pool = bb.resi(rng, 30, region)
        sess = bb.session_times(
            rng,
            t_take,
            ctx.t1,
            float(rng.uniform(3, 6)),
            bb.evening_person(tz, 3.5),
            float(rng.uniform(6, 12)),
            float(rng.uniform(35, 90)),
        )
        ts = _concat(sess)
        style = irange(rng, 0, 3)
        prompts = [
            tx.deep_dive(rng, style if chance(rng, 0.7) else irange(rng, 0, 3))
            for _ in range(len(ts))
        ]
        total += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=bb.sticky(rng, ts, pool, 25 * MINUTE),
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
            comp_median=700.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "hijacked_aged_keys",
            "pacing": "owner_plus_sessions",
            "takeovers": takeovers,
            "ip_source": "residential_proxy_in_owner_region",
            "payment": "owners' cards",
            "hard": True,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: low-and-slow crowd on phones (carrier addresses, app user agents)


_PHONE = {
    "hi": ("in_mobile", 5),
    "pt": ("br_mobile", -3),
    "es": ("us_mobile", -5),
    "en": ("eu_mobile", 0),
    "id": ("sea", 8),
}


def belly_speaker(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "belly_speaker"
    n_keys = irange(rng, 40, 65)
    langs = sorted(_PHONE)
    lang_w = [float(x) for x in rng.dirichlet(np.ones(len(langs)) * 2)]
    accts, total = [], 0
    for _ in range(n_keys):
        lang = _weighted(rng, langs, lang_w)
        carrier, tz = _PHONE[lang]
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="phone",
            campaign_id=cid,
            ua=pick(rng, bb.MOBILE),
            tz=tz,
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sess = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(1.0, 3.0)),
            bb.evening_person(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(30, 75)),
        )
        sess = [s for s in sess if len(s)]
        addrs = (
            bb.resi(rng, len(sess), carrier)
            if carrier == "sea"
            else bb.mobile_v6(rng, len(sess), carrier)
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        ips = [addrs[j] for j, s in enumerate(sess) for _ in range(len(s))]
        acct.ips = list(addrs)
        prompts = [tx.phone_question(rng, lang) for _ in range(len(ts))]
        total += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=ips or None,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.1),
            comp_median=480.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "phone_crowd",
            "pacing": "human_sessions",
            "ip_source": "carrier",
            "payment": "prepaid card per account",
            "languages": langs,
            "language_weights": lang_w,
            "hard": True,
            "events": total,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "gottle": gottle,
    "engastrimyth": engastrimyth,
    "gastromancy": gastromancy,
    "labial_substitution": labial_substitution,
    "distant_voice": distant_voice,
    "near_voice": near_voice,
    "slot_jaw": slot_jaw,
    "head_stick": head_stick,
    "knee_figure": knee_figure,
    "soft_palate": soft_palate,
    "eye_wiggle": eye_wiggle,
    "belly_speaker": belly_speaker,
}

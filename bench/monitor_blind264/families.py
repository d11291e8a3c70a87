"""Campaign families of batch 264 (code names from jianzi, the Chinese shuttlecock-kicking game).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, records the
campaign through `ctx.campaign` and writes events through `ctx.emit`, drawing everything from its
own generator `rng`. The last four families are the deliberately hard ones (harvest hidden in a
real product, bought aged accounts, a low-and-slow person-like crowd, public prompt replay).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind264 import texts as tx

Rng = np.random.Generator


def _subset(rng: Rng, pool: tuple | list, lo: int, hi: int) -> list:
    """lo..hi distinct members of `pool`, in pool order."""
    idx = rng.permutation(len(pool))[: irange(rng, lo, min(hi, len(pool)))]
    return [pool[i] for i in sorted(idx.tolist())]


def _draw(rng: Rng, items: list, weights: list[float], n: int) -> list:
    w = np.asarray(weights, dtype=np.float64)
    return [items[i] for i in rng.choice(len(items), size=n, p=w / w.sum()).tolist()]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _langs(
    rng: Rng, pool: tuple[str, ...], lo: int, hi: int, first: str = "en"
) -> tuple[list[str], list[float]]:
    """A language mix: `first` always present (if in pool) and weighted up, others decaying."""
    chosen = _subset(rng, pool, lo, hi)
    if first in pool and first not in chosen:
        chosen = [first, *chosen[1:]] if chosen else [first]
    weights = [2.5 if lg == first else float(rng.uniform(0.4, 1.2)) for lg in chosen]
    return chosen, weights


def _f(x) -> float:
    return round(float(x), 3)


# --------------------------------------------------------------------------------------------


def panjian(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion on a rented hosting block, ramping up at the new model's release."""
    fam = "panjian"
    n_keys, n_orgs = irange(rng, 8, 16), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    hosts = bb.rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 4, 8))
    ua_main, ua_alt = pick(rng, bb.SDK_OTHER), pick(rng, bb.SDK_COMMON)
    langs, lw = _langs(rng, ("en", "zh", "es", "ru", "de", "pt", "ja"), 2, 4)
    styles = rng.permutation(5)[: irange(rng, 2, 4)].tolist()
    start = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
    go = ctx.release + float(rng.uniform(0.02, 0.3)) * DAY
    pilot, main = float(rng.uniform(5, 15)), float(rng.uniform(30, 65))
    p_new = float(rng.uniform(0.85, 0.97))
    comp = float(rng.uniform(900, 1600))
    pre = bb.worker_pool(rng, start, ctx.release, pilot, n_keys)
    post = bb.worker_pool(rng, go, ctx.t1, main, n_keys)
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[o],
            pay=cards[o],
            ua=ua_alt if chance(rng, 0.2) else ua_main,
            ips=list(bb.picks(rng, hosts, irange(rng, 1, 3))),
        )
        accts.append(a)
        key_from = start + float(rng.uniform(0, 0.6)) * (ctx.release - start) if i > 1 else start
        ts = _cat([pre[i], post[i]])
        ts = ts[ts >= key_from]
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [tx.reasoning_trace(rng, lg, int(pick(rng, styles))) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=float(rng.uniform(0.01, 0.05)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "worker pool, pilot then ramp at release",
            "ip_source": f"rented {prov} block",
            "payment": "one prepaid card per org",
            "languages": langs,
            "styles": styles,
            "pilot_per_h": _f(pilot),
            "main_per_h": _f(main),
            "keys": n_keys,
            "orgs": n_orgs,
        },
    )


def guaijian(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Judge / rubric / reward-model grading harvest in bursts through a residential proxy pool."""
    fam = "guaijian"
    n_keys = irange(rng, 5, 9)
    org = hexid(rng, "org")
    region = pick(rng, ("us", "eu", "ca", "jp_kr"))
    pool = bb.resi(rng, irange(rng, 200, 600), region)
    hold = float(rng.uniform(10, 30)) * MINUTE
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "aiohttp/3.11.11"))
    langs, lw = _langs(rng, ("en", "de", "fr", "ja"), 2, 3)
    styles = rng.permutation(5)[: irange(rng, 2, 5)].tolist()
    per_day, size = float(rng.uniform(1.0, 3.0)), float(rng.uniform(25, 60))
    p_new = float(rng.uniform(0.7, 0.9))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=hexid(rng, "pay"),
            ua=ua,
            ips=[pool[0]],
        )
        accts.append(a)
        a0 = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        starts = bb.thinned(rng, a0, ctx.t1, per_day * (ctx.t1 - a0) / DAY, bb.constant)
        ts = _cat(bb.bursts(rng, starts, size, float(rng.uniform(2, 6)), 0.5, ctx.t1))
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, lg, int(pick(rng, styles))) for lg in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.05),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(250, 450)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "pacing": "scripted bursts",
            "ip_source": f"residential proxy pool ({region}), sticky",
            "payment": "stolen card per key",
            "languages": langs,
            "styles": styles,
            "bursts_per_day": _f(per_day),
            "burst_size": _f(size),
        },
    )


def kejian(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Censorship-safe / policy rewrites from a sign-up farm behind VPN exits, slow and steady."""
    fam = "kejian"
    n = irange(rng, 14, 24)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    vpn = bb.cloud(rng, irange(rng, 15, 30), pick(rng, ("m247", "leaseweb"))) + bb.cloud(
        rng, irange(rng, 5, 12), pick(rng, ("alibaba", "tencent", "huawei"))
    )
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2", "OpenAI/NodeJS 4.85.1"))
    langs = ["zh", "ru", "ar", "vi", "en"]
    lw = [
        float(rng.uniform(2, 4)),
        float(rng.uniform(0.3, 1)),
        float(rng.uniform(0.2, 0.8)),
        float(rng.uniform(0.1, 0.5)),
        float(rng.uniform(0.5, 1.5)),
    ]
    p_new = float(rng.uniform(0.6, 0.8))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="farm_account",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=list(bb.picks(rng, vpn, irange(rng, 2, 4))),
        )
        accts.append(a)
        a0 = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        per_day = float(rng.uniform(30, 80))
        ts = bb.thinned(rng, a0, ctx.t1, per_day * (ctx.t1 - a0) / DAY, bb.constant)
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [
            tx.policy_rewrite(rng, ctx.chat, ctx.passages, lg, irange(rng, 0, 3)) for lg in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.08),
            comp_median=float(rng.uniform(300, 500)),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "pacing": "slow steady per account",
            "ip_source": "VPN exits (hosting) shared by the farm",
            "payment": f"{len(cards)} prepaid cards rotated",
            "languages": langs,
            "accounts": n,
        },
    )


def bengjian(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent / tool-use transcript harvest: scripted episodes with tool schemas in the context."""
    fam = "bengjian"
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    style = irange(rng, 0, 2)
    rate = float(rng.uniform(4, 8))
    schema = irange(rng, 1200, 3500)
    start = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    p_new = float(rng.uniform(0.85, 0.97))
    starts = bb.worker_pool(rng, start, ctx.t1, rate, n_keys)
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="env_worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 2, prov),
        )
        accts.append(a)
        ts_l, pr_l, ex_l = [], [], []
        for s in starts[i].tolist():
            k = irange(rng, 4, 14)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=k - 1))])
            task = tx.agent_task(rng)
            st = style if chance(rng, 0.8) else irange(rng, 0, 2)
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                pr_l.append(tx.agent_step(rng, task, j, st))
                ex_l.append(schema + 350 * j + irange(rng, 0, 200))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=180.0,
            comp_sigma=0.7,
            extra=np.asarray(ex_l, dtype=np.int64) if ex_l else 0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent/tool-use transcripts",
            "pacing": "Poisson episodes, steps seconds apart",
            "ip_source": f"{prov} instances",
            "payment": "one corporate card",
            "episodes_per_h": _f(rate),
            "schema_tokens": schema,
            "style": style,
        },
    )


def chapteh(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic-dataset generation in nightly batch jobs from a few cloud VMs."""
    fam = "chapteh"
    n_keys, n_orgs = irange(rng, 3, 5), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    prov = pick(rng, ("gcp", "azure", "oracle"))
    tz = int(pick(rng, bb.TZS))
    langs, lw = _langs(rng, ("en", "es", "pt", "fr", "id", "hi"), 2, 4)
    styles = rng.permutation(4)[: irange(rng, 2, 4)].tolist()
    p_night, size = float(rng.uniform(0.55, 0.9)), float(rng.uniform(60, 160))
    p_new = float(rng.uniform(0.75, 0.95))
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="batch_key",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=bb.sdk_ua(rng, 0.6),
            ips=bb.cloud(rng, 1, prov),
        )
        accts.append(a)
        starts = []
        for d in range(8):
            if chance(rng, p_night):
                starts.append(ctx.t0 + d * DAY - tz * HOUR + float(rng.uniform(0.5, 3.5)) * HOUR)
        ts = _cat(
            bb.bursts(rng, np.asarray(starts), size, float(rng.uniform(1.2, 3.0)), 0.4, ctx.t1)
        )
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [tx.synth_dataset(rng, ctx.chat, lg, int(pick(rng, styles))) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.1),
            comp_median=float(rng.uniform(1100, 1800)),
            comp_sigma=0.4,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "nightly bursts",
            "ip_source": f"{prov} VMs",
            "payment": "card per org",
            "operator_tz": tz,
            "languages": langs,
            "styles": styles,
            "night_prob": _f(p_night),
            "burst_size": _f(size),
        },
    )


def dacai(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Multi-turn dialogue harvest dressed as a phone app: carrier IPv6, app user agent, evening hours."""
    fam = "dacai"
    n_keys = irange(rng, 10, 18)
    carriers = _subset(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"), 1, 2)
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0"))
    langs, lw = _langs(rng, ("en", "es", "pt", "zh", "ru", "id", "tr"), 2, 3)
    tz = int(pick(rng, bb.TZS))
    conv_per_day = float(rng.uniform(8, 18))
    gap = float(rng.uniform(20, 35))
    p_new = float(rng.uniform(0.65, 0.85))
    start = ctx.release - float(rng.uniform(0.0, 2.0)) * DAY
    accts = []
    for _ in range(n_keys):
        car = pick(rng, carriers)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_worker",
            campaign_id=cid,
            ua=ua,
            ips=bb.mobile_v6(rng, 1, car),
        )
        accts.append(a)
        lang = _draw(rng, langs, lw, 1)[0]
        a0 = start + float(rng.uniform(0, 0.5)) * DAY
        ts_l, pr_l, ip_l, ex_l = [], [], [], []
        for s in bb.thinned(
            rng, a0, ctx.t1, conv_per_day * (ctx.t1 - a0) / DAY, bb.evening_person(tz)
        ).tolist():
            k = irange(rng, 4, 10)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            ip = bb.mobile_v6(rng, 1, car)[0]
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                pr_l.append(
                    tx.dialogue_opener(rng, ctx.chat, lang)
                    if j == 0
                    else tx.dialogue_followup(rng, lang)
                )
                ip_l.append(ip)
                ex_l.append(j * irange(rng, 300, 600))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new, 0.05),
            ips=ip_l if ip_l else None,
            comp_median=float(rng.uniform(400, 650)),
            extra=np.asarray(ex_l, dtype=np.int64) if ex_l else 0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "scripted conversations on an evening curve",
            "ip_source": f"carrier IPv6 {carriers}",
            "payment": "card per key",
            "languages": langs,
            "curve_tz": tz,
            "conversations_per_day": _f(conv_per_day),
        },
    )


def goose_quill(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n and soft-label sampling: each prompt sent several times in seconds, office hours."""
    fam = "goose_quill"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, bb.TZS))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    spare = bb.cloud(rng, 1, pick(rng, ("aws", "hetzner", "linode")))
    ua = bb.sdk_ua(rng, 0.4)
    per_day = float(rng.uniform(30, 70))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 10)
    p_soft = float(rng.uniform(0.4, 0.8))
    style = irange(rng, 0, 2)
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office + spare,
        )
        accts.append(a)
        base = bb.thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.workday(tz, 8.0, 19.0, 0.1)
        )
        ts_l, pr_l = [], []
        for s in base.tolist():
            n = irange(rng, n_lo, n_hi)
            p = (
                tx.soft_label(rng, ctx.chat, style)
                if chance(rng, p_soft)
                else tx.sample_target(rng, ctx.chat)
            )
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.5), 0.6, size=n - 1))])
            ts_l.extend(t.tolist())
            pr_l.extend([p] * n)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=float(rng.uniform(150, 400)),
            comp_sigma=0.8,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "office hours, n repeats in seconds",
            "ip_source": "office broadband + one cloud host",
            "payment": "one card",
            "tz": tz,
            "n_range": [n_lo, n_hi],
            "soft_share": _f(p_soft),
        },
    )


def shuttle_rally(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Code harvest as an ordered curriculum sweep (level x task x language) through rotating VPN exits."""
    fam = "shuttle_rally"
    n_keys, n_orgs = irange(rng, 6, 12), irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    exits: list[str] = []
    for prov in _subset(rng, ("m247", "leaseweb", "vultr", "digitalocean", "scaleway"), 2, 3):
        exits += bb.cloud(rng, irange(rng, 10, 20), prov)
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    rate = float(rng.uniform(25, 50))
    start = ctx.t0 + float(rng.uniform(0.1, 1.2)) * DAY
    offset = irange(rng, 0, 300)
    langs, lw = _langs(rng, ("en", "zh", "ru", "pt"), 2, 3)
    styles = rng.permutation(4)[: irange(rng, 2, 4)].tolist()
    streams = bb.worker_pool(rng, start, ctx.t1, rate, n_keys)
    allts = np.sort(np.concatenate(streams))
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=hexid(rng, "pay"),
            ua=ua,
            ips=exits,
        )
        accts.append(a)
        ts = streams[i]
        idx = np.searchsorted(allts, ts) + offset
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [
            tx.code_curriculum(rng, int(k), lg, int(pick(rng, styles)))
            for k, lg in zip(idx.tolist(), ls, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.03),
            ips=bb.picks(rng, exits, len(ts)),
            comp_median=float(rng.uniform(600, 900)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest, curriculum sweep",
            "pacing": "24/7 worker pool",
            "ip_source": "rotating VPN exits per request",
            "payment": "prepaid card per key",
            "per_h": _f(rate),
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# hard families


def plume_base(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Hard: a real writing-assistant product whose keys also carry the owner's harvest, filled into
    the product's quiet hours after the release, in the product's own request wrapper."""
    fam = "plume_base"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = bb.cloud(rng, irange(rng, 2, 6), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    peak, depth = float(rng.uniform(12, 18)), float(rng.uniform(0.5, 0.8))
    load = bb.global_load(peak, depth)

    def trough(ts: np.ndarray) -> np.ndarray:
        return np.clip(1.15 - load(ts), 0.0, 1.0)

    prod_rate, harv_rate = float(rng.uniform(25, 45)), float(rng.uniform(8, 20))
    h0 = ctx.release + float(rng.uniform(0.0, 0.6)) * DAY
    langs = _subset(rng, ("es", "de", "fr", "pt", "ja", "zh", "ko", "it", "pl", "tr"), 4, 7)
    share = rng.dirichlet(np.full(n_keys, 1.0)) * 0.3
    share[0] += 0.7
    prod = bb.thinned(rng, ctx.t0, ctx.t1, prod_rate * (ctx.t1 - ctx.t0) / HOUR, load)
    harv = bb.thinned(rng, h0, ctx.t1, harv_rate * (ctx.t1 - h0) / HOUR, trough)
    who_p = rng.choice(n_keys, size=len(prod), p=share / share.sum())
    who_h = rng.choice(n_keys, size=len(harv), p=share / share.sum())
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=backend,
        )
        accts.append(a)
        tp, th = prod[who_p == i], harv[who_h == i]
        pp = []
        for _ in range(len(tp)):
            op = int(_draw(rng, [0, 1, 2, 3, 4], [0.35, 0.2, 0.2, 0.15, 0.1], 1)[0])
            text = tx.snippet(rng, ctx.chat if chance(rng, 0.6) else ctx.passages, 40, 700)
            pp.append(tx.writing_tool(rng, text, op, pick(rng, langs)))
        ph = []
        for _ in range(len(th)):
            op = int(_draw(rng, [0, 2, 4], [0.3, 0.3, 0.4], 1)[0])
            text = tx.expository_seed(rng) + (
                "\n\n" + tx.snippet(rng, ctx.passages, 200, 600) if chance(rng, 0.5) else ""
            )
            ph.append(tx.writing_tool(rng, text, op, pick(rng, langs)))
        ctx.emit(
            rng, a, tp, pp, models=ctx.models(rng, tp, 0.25, 0.25), comp_median=250.0, err=0.01
        )
        ctx.emit(
            rng,
            a,
            th,
            ph,
            models=ctx.models(rng, th, 0.9, 0.0),
            comp_median=850.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real product's traffic",
            "pacing": "product load curve; harvest fills its trough after release",
            "ip_source": "product backend (aws)",
            "payment": "company card",
            "product_per_h": _f(prod_rate),
            "harvest_per_h": _f(harv_rate),
            "harvest_from": _f(h0),
            "languages": langs,
        },
    )


def rubber_disc(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Hard: bought aged accounts. Each keeps its previous owner's history (home IP, browser, a
    few evening chats); after the takeover the operator drives it through residential proxies in the
    owner's region with person-like sessions of knowledge questions on the new model."""
    fam = "rubber_disc"
    n = irange(rng, 10, 16)
    takeover = ctx.release + float(rng.uniform(-0.3, 0.5)) * DAY
    grid = [(d, c, asp) for d in tx.DOMAINS for c in tx.CONCEPTS[d] for asp in tx.ASPECTS]
    order = rng.permutation(len(grid)).tolist()
    cursor = 0
    lang_of_tz = {-3: "pt", 1: "de", 2: "fr"}
    keep_ua = float(rng.uniform(0.5, 0.8))
    sessions, size = float(rng.uniform(4, 9)), float(rng.uniform(5, 9))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, bb.TZS))
        ua = pick(rng, bb.BROWSERS if chance(rng, 0.7) else bb.MOBILE)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        sw = takeover + float(rng.uniform(0, 0.8)) * DAY
        # the previous owner
        old = bb.session_times(
            rng,
            ctx.t0,
            sw,
            float(rng.uniform(0.6, 1.8)),
            bb.evening_person(tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(60, 200)),
        )
        t_old = _cat(old)
        ctx.emit(
            rng,
            a,
            t_old,
            [tx.snippet(rng, ctx.chat, 10, 600) for _ in range(len(t_old))],
            models=ctx.models(rng, t_old, 0.2, 0.2),
            comp_median=350.0,
            err=0.01,
        )
        # the operator
        proxies = bb.home(rng, irange(rng, 20, 50), tz)
        new = bb.session_times(
            rng,
            sw,
            ctx.t1,
            sessions,
            bb.global_load(float(rng.uniform(0, 24)), 0.3),
            size,
            float(rng.uniform(30, 70)),
            0.6,
        )
        lang = lang_of_tz.get(tz, "en") if chance(rng, 0.5) else "en"
        ts_l, pr_l, ip_l = [], [], []
        for sess in new:
            ip = pick(rng, proxies)
            for t in sess.tolist():
                d, c, asp = grid[order[cursor % len(grid)]]
                cursor += 1
                ts_l.append(t)
                pr_l.append(tx.person_question(rng, lang, c, asp))
                ip_l.append(ip)
        ts = np.asarray(ts_l)
        op_ua = ua if chance(rng, keep_ua) else bb.sdk_ua(rng, 0.7)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.85, 0.0),
            ips=ip_l if ip_l else None,
            ua=op_ua,
            comp_median=float(rng.uniform(550, 800)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought aged accounts, knowledge harvest after takeover",
            "pacing": "owner's evening sessions, then round-the-clock person-like sessions",
            "ip_source": "owner's home ISP, then residential proxies in the same region",
            "payment": "each account's own card",
            "takeover": _f(takeover),
            "keep_ua": _f(keep_ua),
            "sessions_per_day": _f(sessions),
        },
    )


def instep_kick(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Hard: a low-and-slow crowd of person-like accounts (own card each, home-ISP addresses that
    match their time zones, browsers, evening sessions) splitting one topic grid between them."""
    fam = "instep_kick"
    n = irange(rng, 28, 45)
    grid = [(c, asp) for d in tx.DOMAINS for c in tx.CONCEPTS[d] for asp in tx.ASPECTS]
    order = rng.permutation(len(grid)).tolist()
    cursor = 0
    tzs = _subset(rng, bb.TZS, 3, 6)
    lang_of_tz = {-3: ("pt", "es"), 1: ("de", "fr", "es"), 2: ("fr", "de"), 3: ("tr",), 8: ("id",)}
    p_chat = float(rng.uniform(0.05, 0.2))
    p_new = float(rng.uniform(0.45, 0.7))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=pick(rng, bb.BROWSERS if chance(rng, 0.65) else bb.MOBILE),
            ips=bb.home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        accts.append(a)
        lang = pick(rng, lang_of_tz.get(tz, ("en",))) if chance(rng, 0.6) else "en"
        a0 = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        ts = _cat(
            bb.session_times(
                rng,
                a0,
                ctx.t1,
                float(rng.uniform(1.5, 4.0)),
                bb.evening_person(tz),
                float(rng.uniform(3, 6)),
                float(rng.uniform(60, 150)),
                0.7,
            )
        )
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, p_chat):
                prompts.append(tx.snippet(rng, ctx.chat, 10, 400))
                continue
            c, asp = grid[order[cursor % len(grid)]]
            cursor += 1
            prompts.append(tx.person_question(rng, lang, c, asp))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.1),
            comp_median=float(rng.uniform(600, 850)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow person-like crowd over one topic grid",
            "pacing": "human evening sessions, staggered sign-ups",
            "ip_source": "residential, tz-matched",
            "payment": "own card each",
            "tzs": tzs,
            "accounts": n,
            "chatter": _f(p_chat),
        },
    )


def knee_lift(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Hard: replay of a public prompt collection (ordinary human prompts, verbatim, some several
    times) through many keys behind sticky residential proxies, starting just before the release."""
    fam = "knee_lift"
    n_keys = irange(rng, 18, 30)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 4, 6))]
    regions = _subset(rng, ("us", "eu", "latam", "in", "sea"), 2, 3)
    pool: list[str] = []
    for r in regions:
        pool += bb.resi(rng, irange(rng, 300, 600), r)
    rate = float(rng.uniform(40, 80))
    start = ctx.release - float(rng.uniform(0.1, 0.4)) * DAY
    ts_all = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
    perm = rng.permutation(len(ctx.chat)).tolist()
    reps = rng.integers(1, 4, size=len(ts_all))
    prompts_all: list[str] = []
    j = 0
    while len(prompts_all) < len(ts_all):
        prompts_all.extend([ctx.chat[perm[j % len(perm)]]] * int(reps[j % len(reps)]))
        j += 1
    prompts_all = prompts_all[: len(ts_all)]
    key_from = np.sort(start + rng.uniform(0, 0.5, size=n_keys) * DAY)
    key_from[0] = start
    who = np.empty(len(ts_all), dtype=np.int64)
    for k, t in enumerate(ts_all.tolist()):
        live = int(np.searchsorted(key_from, t, side="right"))
        who[k] = int(rng.integers(0, max(live, 1)))
    accts = []
    for i in range(n_keys):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.2) else pick(rng, bb.SDK_COMMON)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=[pool[0]],
        )
        accts.append(a)
        sel = np.flatnonzero(who == i)
        ts = ts_all[sel]
        hold = float(rng.uniform(15, 60)) * MINUTE
        ctx.emit(
            rng,
            a,
            ts,
            [prompts_all[k] for k in sel.tolist()],
            models=ctx.models(rng, ts, 0.92, 0.0),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(380, 520)),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "pacing": "constant pool, keys join over half a day",
            "ip_source": f"sticky residential proxies {regions}",
            "payment": f"{len(cards)} cards shared",
            "per_h": _f(rate),
            "keys": n_keys,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "panjian": panjian,
    "guaijian": guaijian,
    "kejian": kejian,
    "bengjian": bengjian,
    "chapteh": chapteh,
    "dacai": dacai,
    "goose_quill": goose_quill,
    "shuttle_rally": shuttle_rally,
    "plume_base": plume_base,
    "rubber_disc": rubber_disc,
    "instep_kick": instep_kick,
    "knee_lift": knee_lift,
}

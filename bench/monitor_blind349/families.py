"""Campaign families of batch 349 (code names from herpetology).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign with `ctx.campaign`. Every quantity is
drawn from the family's own generator, in a fixed order (lists only, never sets).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind349 import texts as tx

R = np.random.Generator


# --------------------------------------------------------------------------------------------
# helpers


def subset(rng: R, seq: Sequence, lo: int, hi: int) -> list:
    """lo..hi distinct elements of seq, in seq's order."""
    k = min(irange(rng, lo, hi), len(seq))
    idx = sorted(rng.choice(len(seq), size=k, replace=False).tolist())
    return [seq[i] for i in idx]


def weighted(rng: R, seq: Sequence, n: int, lead: float) -> list:
    """n draws from seq where the first element has weight `lead` and the rest share the remainder."""
    if len(seq) == 1:
        return [seq[0]] * n
    p = np.full(len(seq), (1 - lead) / (len(seq) - 1))
    p[0] = lead
    return [seq[i] for i in rng.choice(len(seq), size=n, p=p).tolist()]


def models_after(
    ctx: Ctx, rng: R, ts: np.ndarray, switch: float, p_new: float, p_mini: float = 0.05
) -> list[str]:
    """Like ctx.models, but the new model is used only from `switch` on (a product's rollout)."""
    ts = np.asarray(ts)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [
        new if (t >= max(switch, ctx.release) and a < p_new) else (mini if b < p_mini else old)
        for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)
    ]


def key_ips(rng: R, pool: list[str], lo: int, hi: int) -> list[str]:
    return subset(rng, pool, lo, hi)


VPN_PROVIDERS = ("m247", "leaseweb", "vultr", "ovh", "digitalocean")
BOT_UAS = ("python-requests/2.32.3", "python-httpx/0.28.1", "aiohttp/3.11.11", "Go-http-client/2.0")
PHONE_UAS = bb.MOBILE


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block, worker pool


def supralabial(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "supralabial"
    n_keys = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    prov = pick(rng, ("hetzner", "ovh", "aws", "digitalocean", "vultr"))
    block = bb.rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 3, 6))
    ua = bb.sdk_ua(rng, 0.4)
    langs = ["en"] + subset(rng, ("zh", "ru", "es", "de"), 1, 3)
    lead = float(rng.uniform(0.4, 0.75))
    styles = subset(rng, ("think_tags", "json_steps", "verify_hash"), 2, 3)
    start = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    per_hour = float(rng.uniform(40, 90))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    comp = float(rng.uniform(900, 1600))
    accts = []
    for i, ts in enumerate(streams):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=key_ips(rng, block, 1, 3),
        )
        accts.append(a)
        lg = weighted(rng, langs, len(ts), lead)
        st = picks(rng, styles, len(ts))
        prompts = [tx.reasoning_prompt(rng, s, g) for s, g in zip(st, lg, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": f"worker pool {per_hour:.0f}/h over {n_keys} keys",
            "ip_source": f"rented {prov} /24s",
            "payment": f"{len(cards)} shared card(s)",
            "orgs": len(orgs),
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading, scheduled bursts from cloud VMs


def gular_fold(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "gular_fold"
    n_keys = irange(rng, 3, 8)
    org = hexid(rng, "org")
    prov = pick(rng, ("gcp", "aws", "azure"))
    vms = bb.cloud(rng, irange(rng, 1, 3), prov)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "litellm/1.60.2"))
    langs = ["en"] + subset(rng, ("ja", "de"), 0, 2)
    styles = subset(rng, ("pairwise", "likert", "critique"), 2, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=[pick(rng, vms)],
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    jobs_per_day = float(rng.uniform(8, 18))
    starts = bb.thinned(rng, start, ctx.t1, jobs_per_day * (ctx.t1 - start) / DAY, bb.constant)
    size = float(rng.uniform(25, 70))
    trains = bb.bursts(rng, starts, size, float(rng.uniform(0.6, 2.0)), 0.4, ctx.t1)
    who = rng.integers(0, n_keys, size=len(trains)).tolist()
    comp = float(rng.uniform(220, 450))
    for k, tr in zip(who, trains, strict=True):
        n = len(tr)
        lg = weighted(rng, langs, n, 0.8)
        st = picks(rng, styles, n)
        prompts = [
            tx.grading_prompt(
                rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages), s, g
            )
            for s, g in zip(st, lg, strict=True)
        ]
        ctx.emit(
            rng,
            accts[k],
            tr,
            prompts,
            models=ctx.models(rng, tr, 0.85, 0.0),
            comp_median=comp,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / reward-model label harvest",
            "pacing": f"{jobs_per_day:.1f} bursts/day of ~{size:.0f}",
            "ip_source": f"{len(vms)} {prov} VM(s)",
            "payment": "prepaid card per key",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites over VPN exits, many single-key orgs


def keeled_scale(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "keeled_scale"
    n_keys = irange(rng, 10, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    provs = subset(rng, VPN_PROVIDERS, 2, 3)
    pool = [ip for p in provs for ip in bb.cloud(rng, irange(rng, 8, 16), p)]
    langs = ["zh"] + subset(rng, ("en", "vi", "ru", "ar"), 1, 3)
    lead = float(rng.uniform(0.5, 0.8))
    tz = pick(rng, (8, 8, 3, 5))
    hold = float(rng.uniform(1, 4)) * HOUR
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(rng, BOT_UAS),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        start = ctx.release - float(rng.uniform(-0.3, 1.5)) * DAY
        ts = bb.thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(40, 100)) * (ctx.t1 - start) / DAY,
            bb.workday(tz, 9.0, 22.0, 0.5),
        )
        lg = weighted(rng, langs, len(ts), lead)
        prompts = [
            tx.policy_prompt(rng, pick(rng, ctx.passages), pick(rng, ctx.chat), g) for g in lg
        ]
        ips = bb.sticky(rng, ts, pool, hold)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            ips=ips,
            comp_median=float(rng.uniform(400, 700)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrite harvest",
            "pacing": f"per-key workday tz {tz}",
            "ip_source": f"VPN exits ({', '.join(provs)}), sticky {hold / HOUR:.1f} h",
            "payment": f"{len(cards)} stolen cards shared",
            "orgs": "one per key",
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts, framework traffic from cloud


def loreal_pit(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "loreal_pit"
    n_keys = irange(rng, 4, 10)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provs = subset(rng, ("aws", "gcp", "azure", "oracle"), 1, 2)
    pool = [ip for p in provs for ip in bb.cloud(rng, irange(rng, 3, 8), p)]
    styles = subset(rng, ("react", "fncall", "xml"), 2, 3)
    uas = subset(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.63.2",
        ),
        1,
        3,
    )
    start = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
    per_hour = float(rng.uniform(30, 65))
    streams = bb.worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.35)
    )
    accts = []
    for ts in streams:
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, uas),
            ips=key_ips(rng, pool, 1, 3),
        )
        accts.append(a)
        out = [tx.agent_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            [p for p, _ in out],
            models=ctx.models(rng, ts, 0.9, 0.02),
            extra=np.array([e for _, e in out], dtype=np.int64),
            comp_median=float(rng.uniform(180, 320)),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent trajectory harvest",
            "pacing": f"worker pool {per_hour:.0f}/h, global curve",
            "ip_source": f"cloud ({', '.join(provs)})",
            "payment": "one card",
            "user_agent": uas,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation, slow steady 24/7 streams from single VPS keys


def costal_groove(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "costal_groove"
    n_keys = irange(rng, 2, 5)
    org = hexid(rng, "org")
    prov = pick(rng, ("contabo", "digitalocean", "hetzner", "linode"))
    langs = ["en"] + subset(rng, ("es", "pt", "id", "hi", "ar", "de", "fr", "tr", "vi"), 3, 6)
    styles = subset(rng, ("pairs", "dialogue", "seed_expand", "quiz"), 2, 4)
    ua = bb.sdk_ua(rng, 0.3)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=bb.cloud(rng, 1, prov),
        )
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.8)
        ts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        lg = weighted(rng, langs, len(ts), float(rng.uniform(0.3, 0.6)))
        prompts = [tx.synth_prompt(rng, g, pick(rng, styles)) for g in lg]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=float(rng.uniform(1800, 2800)),
            comp_sigma=0.35,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "steady Poisson 24/7 per key",
            "ip_source": f"one {prov} VPS per key",
            "payment": "prepaid card per key",
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through a phone-carrier proxy


def amplexus(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "amplexus"
    n_keys = irange(rng, 8, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    carrier = pick(rng, ("us_mobile", "br_mobile", "in_mobile", "eu_mobile"))
    langs = ["en"] + subset(rng, ("es", "pt", "ko"), 1, 3)
    lead = float(rng.uniform(0.35, 0.7))
    size = float(rng.uniform(4, 8))
    gap = float(rng.uniform(5, 15))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="chat_bot",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(rng, PHONE_UAS),
            ips=bb.mobile_v6(rng, 1, carrier),
        )
        accts.append(a)
        start = ctx.release - float(rng.uniform(0, 1.0)) * DAY
        sessions = bb.session_times(
            rng, start, ctx.t1, float(rng.uniform(8, 18)), bb.constant, size, gap, 0.35
        )
        for s in sessions:
            if len(s) == 0:
                continue
            lang = weighted(rng, langs, 1, lead)[0]
            prompts = [tx.opener(rng, lang, ctx.chat)] + [
                tx.followup(rng, lang) for _ in range(len(s) - 1)
            ]
            ip = bb.mobile_v6(rng, 1, carrier)[0]
            ctx.emit(
                rng,
                a,
                s,
                prompts,
                models=ctx.models(rng, s, 0.85, 0.0),
                ips=ip,
                comp_median=float(rng.uniform(400, 700)),
                err=0.01,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": f"sessions of ~{size:.1f} turns, {gap:.0f}s gaps, 24/7",
            "ip_source": f"carrier IPv6 ({carrier}), new address per conversation",
            "payment": f"{len(cards)} cards",
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. HARD: low-and-slow person-like crowd replaying public prompts


def brumation(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "brumation"
    n = irange(rng, 30, 60)
    p_new = float(rng.uniform(0.4, 0.65))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        pool = bb.home(rng, irange(rng, 3, 6), tz)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else bb.sdk_ua(rng, 0.7)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sleeper",
            campaign_id=cid,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        start = ctx.release - float(rng.uniform(0, 1.5)) * DAY
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            bb.evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(45, 150)),
            0.9,
        )
        hold = float(rng.uniform(6, 24)) * HOUR
        for s in sessions:
            if len(s) == 0:
                continue
            prompts = [tx.replay(rng, ctx.chat) for _ in range(len(s))]
            ctx.emit(
                rng,
                a,
                s,
                prompts,
                models=ctx.models(rng, s, p_new, 0.08),
                ips=bb.sticky(rng, s, pool, hold),
                comp_median=float(rng.uniform(350, 600)),
                err=0.01,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd replaying public prompts",
            "pacing": "evening sessions, 1.5-3.5/day per account",
            "ip_source": "residential proxy, region matching each account's time zone",
            "payment": "own card per account",
            "orgs": "own per account",
            "hard": True,
            "p_new": p_new,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: harvest hidden inside a real writing product's backend traffic


def ecdysis(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "ecdysis"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    nat = bb.cloud(rng, irange(rng, 2, 6), prov)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "axios/1.7.9"))
    product = pick(rng, ("Quillmate", "Draftwise", "Inkling Pro", "Penhaven", "Scriblo"))
    wrap = irange(rng, 0, 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    curve = bb.global_load(float(rng.uniform(13, 19)), 0.55)
    switch = ctx.release + float(rng.uniform(2, 20)) * HOUR
    p_new = float(rng.uniform(0.6, 0.85))
    # genuine users of the product
    ts = bb.thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(15, 30)) * (ctx.t1 - ctx.t0) / HOUR, curve
    )
    who = rng.integers(0, n_keys, size=len(ts))
    for k in range(n_keys):
        t = ts[who == k]
        prompts = [tx.product_wrap(rng, product, pick(rng, ctx.chat), wrap) for _ in range(len(t))]
        ctx.emit(
            rng,
            accts[k],
            t,
            prompts,
            models=models_after(ctx, rng, t, switch, p_new),
            comp_median=380.0,
            err=0.01,
        )
    # the harvest: explainer sweep, each prompt sampled best-of-n within seconds, spread over the keys
    frac = float(rng.uniform(0.25, 0.45))
    hstart = ctx.release - float(rng.uniform(0, 1.0)) * DAY
    base = bb.thinned(
        rng,
        hstart,
        ctx.t1,
        frac * float(rng.uniform(15, 30)) * (ctx.t1 - hstart) / HOUR / 2.5,
        curve,
    )
    n_best = irange(rng, 2, 4)
    for t in base.tolist():
        prompt = tx.product_wrap(rng, product, tx.explainer(rng), wrap)
        k = irange(rng, 1, n_best)
        times = t + np.cumsum(rng.exponential(2.0, size=k))
        for tt in times.tolist():
            acct = accts[int(rng.integers(n_keys))]
            arr = np.array([tt])
            ctx.emit(
                rng,
                acct,
                arr,
                [prompt],
                models=models_after(ctx, rng, arr, switch, p_new),
                comp_median=900.0,
                err=0.01,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "explainer harvest with best-of-n sampling hidden in a product's traffic",
            "product": product,
            "harvest_fraction": frac,
            "best_of": n_best,
            "ip_source": f"{prov} NAT",
            "user_agent": ua,
            "model_switch": switch,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: bought aged accounts pivoting to a curriculum sweep


def egg_tooth(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "egg_tooth"
    n = irange(rng, 12, 25)
    buyer_region = pick(rng, ("us", "eu", "sea", "latam"))
    proxy = bb.resi(rng, irange(rng, 30, 60), buyer_region)
    keep_ua = float(rng.uniform(0.3, 0.7))
    langs = ["en"] + subset(rng, ("zh", "es", "ru"), 1, 2)
    styles = subset(rng, ("level", "teacher", "exercise"), 2, 3)
    rate = float(rng.uniform(2.5, 6.0))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else bb.sdk_ua(rng, 0.6)
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
        pivot = ctx.release + float(rng.uniform(-0.5, 1.0)) * DAY
        # the original owner's history
        for s in bb.session_times(
            rng, ctx.t0, pivot, float(rng.uniform(0.8, 2.5)), bb.evening_person(tz), 4.0, 90.0
        ):
            if len(s):
                ctx.emit(
                    rng,
                    a,
                    s,
                    [pick(rng, ctx.chat) for _ in range(len(s))],
                    models=ctx.models(rng, s, 0.2, 0.1),
                    comp_median=350.0,
                )
        # after the sale
        ts = bb.thinned(
            rng,
            pivot,
            ctx.t1,
            rate * float(rng.uniform(0.7, 1.3)) * (ctx.t1 - pivot) / HOUR,
            bb.constant,
        )
        prog = (ts - pivot) / max(ctx.t1 - pivot, 1.0)
        lg = weighted(rng, langs, len(ts), 0.65)
        st = pick(rng, styles)
        prompts = [
            tx.curriculum_prompt(rng, 1 + int(9 * p), st, g)
            for p, g in zip(prog.tolist(), lg, strict=True)
        ]
        new_ua = (
            ua
            if chance(rng, keep_ua)
            else pick(
                rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "python-requests/2.32.3")
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            ips=bb.sticky(rng, ts, proxy, 20 * MINUTE),
            ua=new_ua,
            comp_median=float(rng.uniform(600, 1000)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep through bought aged accounts",
            "ip_source": f"residential proxy ({buyer_region})",
            "payment": "original owners' cards",
            "rate_per_hour": rate,
            "languages": langs,
            "styles": styles,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. translation fan-out over VPN exits


def spectacle_scale(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "spectacle_scale"
    n_keys = irange(rng, 5, 12)
    orgs = [hexid(rng, "org") for _ in range(2)]
    provs = subset(rng, ("m247", "leaseweb", "vultr"), 1, 3)
    pool = [ip for p in provs for ip in bb.cloud(rng, irange(rng, 6, 12), p)]
    targets = subset(
        rng,
        (
            "zh",
            "ja",
            "ko",
            "es",
            "fr",
            "de",
            "ru",
            "ar",
            "hi",
            "pt",
            "it",
            "tr",
            "vi",
            "th",
            "id",
            "pl",
            "uk",
            "sw",
        ),
        5,
        9,
    )
    styles = subset(rng, (0, 1, 2, 3), 2, 3)
    ua = pick(rng, ("aiohttp/3.11.11", "Go-http-client/2.0", "reqwest/0.12.12"))
    hold = float(rng.uniform(0.5, 2.0)) * HOUR
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator_bot",
            campaign_id=cid,
            org=orgs[i % 2],
            ua=ua,
            ips=pool,
        )
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.release, 1.0)
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(3, 7)) * (ctx.t1 - start) / DAY, bb.constant
        )
        for tr in bb.bursts(rng, starts, float(rng.uniform(20, 40)), 1.5, 0.5, ctx.t1):
            prompts, k = [], len(tr)
            while len(prompts) < k:
                sents = tx.sentences(pick(rng, ctx.passages)) or [
                    tx.clip(pick(rng, ctx.passages), rng, 60, 200)
                ]
                s = pick(rng, sents)
                st = pick(rng, styles)
                prompts.extend(tx.translate_prompt(rng, s, g, st) for g in targets)
            ctx.emit(
                rng,
                a,
                tr,
                prompts[:k],
                models=ctx.models(rng, tr, 0.9, 0.0),
                ips=bb.sticky(rng, tr, pool, hold),
                comp_median=float(rng.uniform(80, 200)),
                err=0.02,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus translation harvest",
            "targets": targets,
            "ip_source": f"VPN exits ({', '.join(provs)})",
            "payment": "prepaid card per key",
            "user_agent": ua,
            "pacing": "bursts, each sentence fanned out to every target",
        },
    )


# --------------------------------------------------------------------------------------------
# 11. code harvest with key churn (stolen cards, one VPS per key)


def caudal_autotomy(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "caudal_autotomy"
    n_keys = irange(rng, 15, 30)
    p_zh = float(rng.uniform(0.1, 0.4))
    styles = subset(rng, ("impl", "fix", "problem"), 2, 3)
    t = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    accts = []
    for _ in range(n_keys):
        if t >= ctx.t1:
            break
        life = float(rng.uniform(2, 10)) * HOUR
        end = min(t + life, ctx.t1)
        prov = pick(rng, bb.providers())
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burner",
            campaign_id=cid,
            ua=bb.sdk_ua(rng, 0.5),
            ips=bb.cloud(rng, irange(rng, 1, 2), prov),
        )
        accts.append(a)
        ts = bb.thinned(rng, t, end, float(rng.uniform(30, 80)) * (end - t) / HOUR, bb.constant)
        prog = (ts - t) / max(end - t, 1.0)
        status = np.where(rng.random(len(ts)) < np.where(prog > 0.8, 0.35, 0.02), 429, 200)
        prompts = [
            tx.code_prompt(rng, pick(rng, styles), "zh" if chance(rng, p_zh) else "en")
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=float(rng.uniform(500, 1100)),
            status=status,
        )
        t += life * float(rng.uniform(0.6, 1.0))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest",
            "pacing": "short-lived keys in sequence, each hammered until throttled",
            "ip_source": "a fresh VPS per key",
            "payment": "stolen card per key",
            "orgs": "own per key",
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: posing as an academic evaluation group


def parotoid_gland(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "parotoid_gland"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, -5, 9, 0))
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    styles = subset(rng, ("harness", "boxed", "explain", "json"), 2, 4)
    p_pair = float(rng.uniform(0.15, 0.35))
    accts = []
    for _ in range(n_keys):
        ua = "OpenAI/Python 1.58.1" if chance(rng, 0.7) else pick(rng, bb.BROWSERS)
        homes = bb.home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="student_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=campus,
            tz=tz,
        )
        accts.append(a)
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)) * (ctx.t1 - ctx.t0) / DAY, bb.workday(tz)
        )
        for tr in bb.bursts(
            rng, starts, float(rng.uniform(15, 45)), float(rng.uniform(2, 5)), 0.6, ctx.t1
        ):
            ip = campus[0] if chance(rng, 0.8) else homes[0]
            times, prompts, models = [], [], []
            for tt, m in zip(tr.tolist(), ctx.models(rng, tr, 0.85, 0.0), strict=True):
                p = (
                    tx.mcq_text(rng, pick(rng, styles))
                    if chance(rng, 0.75)
                    else tx.reasoning_prompt(rng, "verify_hash", "en")
                )
                times.append(tt)
                prompts.append(p)
                models.append(m)
                if m == ctx.new_model and chance(rng, p_pair):
                    times.append(tt + float(rng.uniform(0.3, 3.0)))
                    prompts.append(p)
                    models.append(ctx.old_models[0])
            ctx.emit(
                rng,
                a,
                np.array(times),
                prompts,
                models=models,
                ips=ip,
                comp_median=float(rng.uniform(450, 800)),
                err=0.01,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning harvest posing as an academic benchmark study",
            "tz": tz,
            "ip_source": "campus NAT + students' homes",
            "payment": "one university card",
            "styles": styles,
            "p_pair_old_model": p_pair,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, R, str], None]] = {
    "supralabial": supralabial,
    "gular_fold": gular_fold,
    "keeled_scale": keeled_scale,
    "loreal_pit": loreal_pit,
    "costal_groove": costal_groove,
    "amplexus": amplexus,
    "brumation": brumation,
    "ecdysis": ecdysis,
    "egg_tooth": egg_tooth,
    "spectacle_scale": spectacle_scale,
    "caudal_autotomy": caudal_autotomy,
    "parotoid_gland": parotoid_gland,
}

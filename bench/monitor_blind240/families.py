"""Campaign families of batch 240 (code names from chess boxing).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, records
one campaign with `ctx.campaign`, and writes its events with `ctx.emit`. Every quantity is drawn
from the family's own generator, in a fixed order (no walk over a set anywhere).
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind240 import texts as tx


def _choose(rng: np.random.Generator, pool: tuple | list, lo: int, hi: int) -> list:
    """lo..hi distinct items of pool, in pool order."""
    k = irange(rng, lo, min(hi, len(pool)))
    return [pool[i] for i in sorted(rng.choice(len(pool), size=k, replace=False).tolist())]


def _weights(rng: np.random.Generator, n: int, conc: float = 1.5) -> np.ndarray:
    w = rng.dirichlet(np.full(n, conc))
    return w / w.sum()


def _draw(rng: np.random.Generator, items: list, w: np.ndarray, n: int) -> list:
    return [items[i] for i in rng.choice(len(items), size=n, p=w).tolist()]


def _camp(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _arr(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _poisson_stream(rng: np.random.Generator, a: float, b: float, per_hour: float) -> np.ndarray:
    if b <= a:
        return np.empty(0)
    return np.sort(rng.uniform(a, b, size=int(rng.poisson(per_hour * (b - a) / HOUR))))


# --------------------------------------------------------------------------------------------
# zugzwang: reasoning-trace coercion from a rented server block, switched to the new model at once


def zugzwang(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "zugzwang"
    n_keys = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    card_mode = pick(rng, ("per_key", "pairs", "shared"))
    cards = [hexid(rng, "pay") for _ in range(n_keys)]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr", "linode"))
    block = bb.rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 3, 6))
    ua_main = pick(
        rng,
        (
            "python-httpx/0.28.1",
            "AsyncOpenAI/Python 1.60.0",
            "aiohttp/3.11.11",
            "OpenAI/Python 1.63.2",
        ),
    )
    langs = ["en"] + _choose(rng, ("zh", "ru", "es", "de", "ko"), 1, 3)
    lw = _weights(rng, len(langs))
    lw[0] += 0.6
    lw /= lw.sum()
    accts = []
    for i in range(n_keys):
        pay = {"per_key": cards[i], "pairs": cards[i // 2], "shared": cards[0]}[card_mode]
        ua = ua_main if chance(rng, 0.8) else bb.sdk_ua(rng, 0.3)
        accts.append(
            _camp(
                ctx,
                rng,
                fam,
                cid,
                "worker",
                org=orgs[i % len(orgs)],
                pay=pay,
                ua=ua,
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
    start = ctx.release + float(rng.uniform(-0.3, 0.4)) * DAY
    per_hour = float(rng.uniform(50, 130))
    peak = float(rng.uniform(0, 24))
    curve = bb.global_load(peak, float(rng.uniform(0.0, 0.35)))
    warm = bb.worker_pool(
        rng, ctx.release - float(rng.uniform(0.8, 2.0)) * DAY, start, per_hour * 0.08, n_keys
    )
    main = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    for i, a in enumerate(accts):
        ts = _arr([warm[i], main[i]])
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [tx.trace_prompt(rng, lg, int(rng.integers(5))) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=float(rng.uniform(900, 1400)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": card_mode,
            "ip_source": f"rented block {prov}",
            "pacing": "worker pool, 24/7, warm-up before release",
            "per_hour": round(per_hour, 1),
            "languages": langs,
            "user_agent": ua_main,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# uppercut: judge / rubric / reward-model grading in nightly batch jobs


def uppercut(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "uppercut"
    n_keys = irange(rng, 3, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(
        rng,
        (
            "OpenAI/Python 1.58.1",
            "OpenAI/Python 1.54.0",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
        ),
    )
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "grader",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), prov),
        )
        for _ in range(n_keys)
    ]
    tz = pick(rng, bb.TZS)
    start = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
    per_day = float(rng.uniform(2.0, 6.0))
    night = bb.nightly(float(rng.uniform(18, 24)), float(rng.uniform(6, 10)), tz)
    starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, night)
    size = float(rng.uniform(120, 350))
    trains = bb.bursts(rng, starts, size, float(rng.uniform(0.5, 2.0)), b=ctx.t1)
    extra_langs = _choose(rng, ("de", "ja", "fr"), 0, 2)
    styles = _choose(rng, (0, 1, 2, 3, 5), 2, 4)
    comp_of = {0: 220.0, 1: 320.0, 2: 60.0, 3: 160.0, 4: 200.0, 5: 40.0}
    per_acct: list[list] = [[] for _ in range(n_keys)]
    for train in trains:
        style = pick(rng, styles)
        lang = "en"
        if extra_langs and chance(rng, 0.3):
            style, lang = 4, pick(rng, extra_langs)
        model = (
            ctx.new_model
            if (float(train[0]) >= ctx.release and chance(rng, 0.92))
            else ctx.old_models[0]
        )
        off = int(rng.integers(n_keys))
        for j, t in enumerate(train.tolist()):
            per_acct[(off + j) % n_keys].append((t, style, lang, model))
    for a, evs in zip(accts, per_acct, strict=True):
        if not evs:
            evs = [(float(rng.uniform(start, ctx.t1)), styles[0], "en", ctx.old_models[0])]
        ts = np.array([e[0] for e in evs])
        prompts = [
            tx.judge_prompt(rng, s if s != 5 else 4, lg, ctx.chat, ctx.passages)
            for _, s, lg, _ in evs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=[e[3] for e in evs],
            comp_median=np.array([comp_of[e[1]] for e in evs]),
            err=0.02,
            extra=irange(rng, 40, 160),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "keys": n_keys,
            "orgs": 1,
            "cards": "one shared",
            "ip_source": f"cloud {prov}",
            "pacing": "nightly batch bursts",
            "jobs_per_day": round(per_day, 2),
            "burst_size": round(size, 1),
            "languages": ["en"] + extra_langs,
            "styles": styles,
            "operator_tz": tz,
        },
    )


# --------------------------------------------------------------------------------------------
# fianchetto: censorship-safe / policy-compliant rewrites from churned keys on stolen cards


def fianchetto(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fianchetto"
    n_keys = irange(rng, 20, 40)
    n_lanes = irange(rng, 3, 6)
    regions = _choose(rng, ("us", "eu", "sea", "latam", "jp_kr", "in"), 2, 3)
    langs = _choose(rng, ("zh", "en", "ru", "ar", "vi"), 2, 4)
    lw = _weights(rng, len(langs))
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    lane_t = [start + float(rng.uniform(0, 0.5)) * DAY for _ in range(n_lanes)]
    rate = float(rng.uniform(6, 20))
    accts = []
    for i in range(n_keys):
        lane = i % n_lanes
        life = float(rng.uniform(0.4, 1.8)) * DAY
        a0 = lane_t[lane] + float(rng.uniform(0, 2)) * HOUR
        lane_t[lane] = a0 + life
        if a0 > ctx.t1 - 3 * HOUR:
            continue  # this lane has run out of window: no key is opened
        ua = (
            pick(rng, bb.BROWSERS)
            if chance(rng, 0.6)
            else pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1"))
        )
        ips = bb.resi(rng, irange(rng, 3, 10), pick(rng, regions))
        a = _camp(ctx, rng, fam, cid, "burner", ua=ua, ips=ips)
        accts.append(a)
        ts = _poisson_stream(rng, a0, min(a0 + life, ctx.t1), rate * float(rng.uniform(0.7, 1.3)))
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [
            tx.policy_prompt(rng, int(rng.integers(5)), lg, ctx.chat, ctx.passages) for lg in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            comp_median=450.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": len(accts),
            "concurrent_lanes": n_lanes,
            "orgs": "one per key",
            "cards": "stolen, one per key",
            "ip_source": "residential proxies",
            "proxy_regions": regions,
            "pacing": "Poisson per key over a short key life, keys rotated",
            "per_hour": round(rate, 1),
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# en_passant: agent / tool-use trajectories, full transcript in every step


def en_passant(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "en_passant"
    n_keys = irange(rng, 5, 12)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(irange(rng, 1, 2))]
    prov = pick(rng, ("aws", "gcp"))
    nat = bb.cloud(rng, irange(rng, 1, 3), prov)
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "OpenAI/Python 1.63.2",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    styles = _choose(rng, (0, 1, 2), 1, 3)
    accts = []
    for i in range(n_keys):
        org, pay = orgs[i % len(orgs)]
        accts.append(
            _camp(ctx, rng, fam, cid, "agent_runner", org=org, pay=pay, ua=ua, ips=[pick(rng, nat)])
        )
    start = ctx.release - float(rng.uniform(0.0, 0.8)) * DAY
    per_hour = float(rng.uniform(8, 20))
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.5)))
    starts = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, curve)
    gap = float(rng.uniform(4, 12))
    buf: list[tuple[list, list]] = [([], []) for _ in range(n_keys)]
    for s in starts.tolist():
        k = int(rng.integers(n_keys))
        n = irange(rng, 3, 11)
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=n - 1))])
        buf[k][0].extend(ts.tolist())
        buf[k][1].extend(tx.agent_episode(rng, pick(rng, styles), n))
    for a, (ts, prompts) in zip(accts, buf, strict=True):
        if not ts:
            ts, prompts = [float(rng.uniform(start, ctx.t1))], tx.agent_episode(rng, styles[0], 1)
        t = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=0.95, p_mini=0.02),
            comp_median=220.0,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": "one per org",
            "ip_source": f"cloud NAT {prov}",
            "pacing": "episodes of 3-11 chained calls",
            "episodes_per_hour": round(per_hour, 1),
            "styles": styles,
            "user_agent": ua,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# castling: synthetic-dataset generation, a few heavy keys on VPSes, around the clock


def castling(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "castling"
    n_keys = irange(rng, 2, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, bb.providers())
    langs = ["en"] + _choose(rng, ("es", "pt", "fr", "id", "hi", "de", "ja"), 1, 3)
    lw = _weights(rng, len(langs))
    lw[0] += 0.5
    lw /= lw.sum()
    start = ctx.t0 + float(rng.uniform(0.2, 2.5)) * DAY
    accts = []
    for _ in range(n_keys):
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            org=org,
            pay=pay,
            ua=bb.sdk_ua(rng, 0.5),
            ips=bb.cloud(rng, 1, prov),
        )
        accts.append(a)
        ts = _poisson_stream(
            rng, start + float(rng.uniform(0, 6)) * HOUR, ctx.t1, float(rng.uniform(8, 25))
        )
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [tx.dataset_prompt(rng, int(rng.integers(5)), lg) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=float(rng.uniform(1800, 2600)),
            comp_sigma=0.35,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n_keys,
            "orgs": 1,
            "cards": "one prepaid",
            "ip_source": f"one VPS per key ({prov})",
            "pacing": "constant Poisson 24/7",
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# haymaker: multi-turn dialogue harvest through residential proxies, browser-looking keys


def haymaker(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "haymaker"
    n_keys = irange(rng, 15, 35)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    regions = _choose(rng, ("us", "eu", "latam", "ca"), 2, 3)
    langs = _choose(rng, ("en", "es", "pt", "fr", "de", "it", "tr"), 2, 4)
    lw = _weights(rng, len(langs))
    conv_per_day = float(rng.uniform(8, 25))
    gap = float(rng.uniform(6, 20))
    accts = []
    for i in range(n_keys):
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "dialogue_worker",
            pay=cards[i % len(cards)],
            ua=pick(rng, bb.BROWSERS),
            ips=bb.resi(rng, 1, regions[0]),
        )
        accts.append(a)
        a0 = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY + float(rng.uniform(0, 12)) * HOUR
        a1 = min(ctx.t1, a0 + float(rng.uniform(1.5, 4.0)) * DAY)
        sessions = bb.session_times(
            rng, a0, a1, conv_per_day * float(rng.uniform(0.6, 1.4)), bb.constant, 6.0, gap, 0.5
        )
        ts_all, prompts, ips = [], [], []
        for sess in sessions:
            if not len(sess):
                continue
            lg = _draw(rng, langs, lw, 1)[0]
            ip = bb.resi(rng, 1, pick(rng, regions))[0]
            for j in range(len(sess)):
                prompts.append(
                    tx.dialogue_opener(rng, lg) if j == 0 else tx.dialogue_followup(rng, lg)
                )
            ts_all.extend(sess.tolist())
            ips.extend([ip] * len(sess))
        if not ts_all:
            ts_all, prompts, ips = (
                [a0],
                [tx.dialogue_opener(rng, langs[0])],
                bb.resi(rng, 1, regions[0]),
            )
        t = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            ips=ips,
            models=ctx.models(rng, t, p_new=0.92, p_mini=0.02),
            comp_median=380.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n_keys,
            "orgs": "one per key",
            "cards": len(cards),
            "ip_source": "residential proxy, one exit per conversation",
            "proxy_regions": regions,
            "pacing": "conversations with fast follow-ups",
            "conversations_per_day": round(conv_per_day, 1),
            "followup_gap_s": round(gap, 1),
            "languages": langs,
            "user_agent": "browser strings",
        },
    )


# --------------------------------------------------------------------------------------------
# southpaw: best-of-n and soft-label sampling behind VPN exits


def southpaw(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "southpaw"
    n_keys = irange(rng, 6, 12)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(irange(rng, 2, 3))]
    vpn = bb.rented_block(
        rng, pick(rng, ("m247", "leaseweb")), irange(rng, 2, 4), irange(rng, 2, 4)
    )
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11"))
    hold = float(rng.uniform(600, 1800))
    accts = []
    for i in range(n_keys):
        org, pay = orgs[i % len(orgs)]
        accts.append(_camp(ctx, rng, fam, cid, "sampler", org=org, pay=pay, ua=ua, ips=list(vpn)))
    start = ctx.release + float(rng.uniform(-0.5, 0.5)) * DAY
    jobs_per_hour = float(rng.uniform(6, 16))
    p_soft = float(rng.uniform(0.3, 0.6))
    ns = (4, 5, 8, 10, 16)
    gap = float(rng.uniform(0.3, 1.2))
    buf: list[list] = [[] for _ in range(n_keys)]
    for s in _poisson_stream(rng, start, ctx.t1, jobs_per_hour).tolist():
        n = int(pick(rng, ns))
        soft = chance(rng, p_soft)
        prompt = (
            tx.soft_label_prompt(rng, int(rng.integers(4)), ctx.chat)
            if soft
            else tx.bon_question(rng, ctx.chat)
        )
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=n - 1))])
        k1 = int(rng.integers(n_keys))
        k2 = k1 if chance(rng, 0.7) else int(rng.integers(n_keys))
        model = ctx.new_model if (s >= ctx.release and chance(rng, 0.95)) else ctx.old_models[0]
        for j, t in enumerate(ts.tolist()):
            buf[k1 if j % 2 == 0 else k2].append((t, prompt, model, 140.0 if soft else 320.0))
    for a, evs in zip(accts, buf, strict=True):
        if not evs:
            evs = [
                (
                    float(rng.uniform(start, ctx.t1)),
                    tx.bon_question(rng, ctx.chat),
                    ctx.new_model,
                    320.0,
                )
            ]
        evs.sort(key=lambda e: e[0])
        t = np.array([e[0] for e in evs])
        ctx.emit(
            rng,
            a,
            t,
            [e[1] for e in evs],
            models=[e[2] for e in evs],
            ips=bb.sticky(rng, t, vpn, hold),
            comp_median=np.array([e[3] for e in evs]),
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": "one per org",
            "ip_source": "VPN exits (shared)",
            "pacing": "jobs of n identical calls within seconds",
            "jobs_per_hour": round(jobs_per_hour, 1),
            "n_choices": list(ns),
            "p_soft_label": round(p_soft, 2),
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# flagfall: curriculum sweep over subject x concept x level x format from a mobile proxy farm


def flagfall(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "flagfall"
    cells = tx.curriculum_cells(rng)
    n_keys = irange(rng, 12, 20)
    langs = ["en"] + _choose(rng, ("hi", "pt", "id", "es"), 1, 2)
    lw = _weights(rng, len(langs))
    carrier = (
        "br_mobile" if "pt" in langs and chance(rng, 0.6) else pick(rng, ("in_mobile", "us_mobile"))
    )
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
    pay = hexid(rng, "pay")
    hold = float(rng.uniform(300, 900))
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    per = len(cells) // n_keys
    rate = float(rng.uniform(3, 8))
    accts = []
    for i in range(n_keys):
        pool = bb.mobile_v6(rng, irange(rng, 20, 60), carrier)
        a = _camp(ctx, rng, fam, cid, "sweeper", pay=pay, ua=ua, ips=pool)
        accts.append(a)
        mine = cells[i * per : (i + 1) * per]
        a0 = start + float(rng.uniform(0, 6)) * HOUR
        ts = a0 + np.cumsum(
            rng.exponential(HOUR / (rate * float(rng.uniform(0.8, 1.2))), size=len(mine))
        )
        ts = ts[ts < ctx.t1]
        prompts = [
            tx.curriculum_prompt(rng, c, _draw(rng, langs, lw, 1)[0]) for c in mine[: len(ts)]
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=bb.sticky(rng, ts, pool, hold),
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            comp_median=650.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "keys": n_keys,
            "orgs": "one per key",
            "cards": "one shared prepaid",
            "ip_source": f"mobile proxy farm ({carrier})",
            "pacing": "steady Poisson per key until its slice is done",
            "per_hour": round(rate, 1),
            "grid_cells": len(cells),
            "languages": langs,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# cornerman (hard): harvest hidden inside a real writing-assistant product's traffic


def cornerman(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cornerman"
    product = pick(rng, tx.PRODUCT_NAMES)
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    nat = bb.cloud(rng, irange(rng, 2, 4), prov)
    curve = bb.global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.5, 0.75)))
    p_h0, p_h1 = float(rng.uniform(0.02, 0.06)), float(rng.uniform(0.2, 0.35))
    p_new_normal = float(rng.uniform(0.5, 0.8))
    wrap = int(rng.integers(3))
    accts = []
    for _ in range(n_keys):
        ua = "OpenAI/NodeJS 4.67.1" if chance(rng, 0.9) else "OpenAI/NodeJS 4.85.1"
        a = _camp(ctx, rng, fam, cid, "product_backend", org=org, pay=pay, ua=ua, ips=list(nat))
        accts.append(a)
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(8, 18)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        post = ts >= ctx.release
        harvest = rng.random(len(ts)) < np.where(post, p_h1, p_h0)
        prompts, models, comp = [], [], []
        normal_models = ctx.models(rng, ts, p_new=p_new_normal, p_mini=0.1)
        for t_post, h, m in zip(post.tolist(), harvest.tolist(), normal_models, strict=True):
            if h:
                prompts.append(
                    tx.product_wrap(rng, product, tx.product_harvest(rng, ctx.chat), wrap)
                )
                models.append(ctx.new_model if t_post else ctx.old_models[0])
                comp.append(850.0)
            else:
                prompts.append(
                    tx.product_wrap(rng, product, tx.clip(pick(rng, ctx.chat), 2000), wrap)
                )
                models.append(m)
                comp.append(330.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.array(comp),
            err=0.01,
            extra=irange(rng, 150, 400),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a product's real traffic",
            "product": product,
            "keys": n_keys,
            "orgs": 1,
            "cards": "one corporate",
            "ip_source": f"cloud NAT {prov}",
            "pacing": "global product load all week",
            "harvest_share_before_release": round(p_h0, 3),
            "harvest_share_after_release": round(p_h1, 3),
            "languages": ["en (+ whatever users write)"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# headgear (hard): bought aged accounts, taken over around the release, code + translation harvest


def headgear(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "headgear"
    n = irange(rng, 15, 35)
    center = ctx.release + float(rng.uniform(-1.5, 0.5)) * DAY
    p_code = float(rng.uniform(0.3, 0.7))
    op_tz = pick(rng, bb.TZS)
    op_curve = bb.evening_person(op_tz, 4.0) if chance(rng, 0.5) else bb.constant
    swap_ua = ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "python-httpx/0.28.1")
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        home_ips = bb.home(rng, irange(rng, 1, 2), tz)
        ua0 = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else pick(rng, bb.SDK_COMMON)
        a = _camp(ctx, rng, fam, cid, "taken_over", ua=ua0, ips=home_ips, tz=tz)
        accts.append(a)
        take = center + float(rng.uniform(-0.4, 0.4)) * DAY
        pre = bb.session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.4, 1.5)),
            bb.evening_person(tz),
            float(rng.uniform(2, 4)),
            float(rng.uniform(40, 120)),
        )
        t_pre = _arr(pre)
        ctx.emit(
            rng,
            a,
            t_pre,
            [tx.clip(pick(rng, ctx.chat), 2000) for _ in range(len(t_pre))],
            models=ctx.models(rng, t_pre, p_new=0.2, p_mini=0.15),
            comp_median=350.0,
        )
        post = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 8)),
            op_curve,
            float(rng.uniform(5, 10)),
            float(rng.uniform(20, 50)),
        )
        pool = bb.home(rng, 12, tz)
        ua1 = ua0 if chance(rng, 0.6) else pick(rng, swap_ua)
        style = int(rng.integers(5))
        ts, prompts, ips, comp = [], [], [], []
        for sess in post:
            ip = pick(rng, pool)
            for t in sess.tolist():
                code = chance(rng, p_code)
                ts.append(t)
                prompts.append(
                    tx.code_prompt(rng, style)
                    if code
                    else tx.translation_prompt(rng, style, ctx.passages)
                )
                ips.append(ip)
                comp.append(700.0 if code else 500.0)
        t_post = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            t_post,
            prompts,
            ips=ips,
            ua=ua1,
            models=ctx.models(rng, t_post, p_new=0.95, p_mini=0.0),
            comp_median=np.array(comp) if comp else 500.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code + translation harvest through bought aged accounts",
            "accounts": n,
            "orgs": "the original owners'",
            "cards": "the original owners' (one per account)",
            "ip_source": "residential proxies in the owner's region after takeover",
            "takeover_center": center,
            "pacing": "owner's evening sessions, then denser sessions",
            "p_code": round(p_code, 2),
            "operator_tz": op_tz,
            "languages": ["en prompts, many target languages"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# stalemate (hard): low-and-slow person-like crowd working through a hidden coverage plan


def stalemate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "stalemate"
    plan = tx.coverage_plan(rng)
    n = irange(rng, 60, 110)
    p_en = float(rng.uniform(0.25, 0.45))
    p_filler = float(rng.uniform(0.05, 0.15))
    cursor = 0
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        lang = "en" if chance(rng, p_en) else pick(rng, tx.LANG_OF_TZ[tz])
        ua = pick(rng, bb.BROWSERS + bb.MOBILE[:3])
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "crowd_member",
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        a0 = ctx.release + float(rng.uniform(-1.0, 1.5)) * DAY
        ts = _arr(
            bb.session_times(
                rng,
                a0,
                ctx.t1,
                float(rng.uniform(0.8, 2.5)),
                bb.evening_person(tz),
                float(rng.uniform(2, 4)),
                float(rng.uniform(80, 240)),
            )
        )
        if not len(ts):
            ts = np.array([float(rng.uniform(max(a0, ctx.t0), ctx.t1))])
        prompts = []
        for _t in range(len(ts)):
            if chance(rng, p_filler):
                prompts.append(tx.clip(pick(rng, ctx.chat), 1500))
            else:
                prompts.append(tx.crowd_question(rng, plan[cursor % len(plan)], lang))
                cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=650.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd over a coverage plan",
            "accounts": n,
            "orgs": "one per account",
            "cards": "one per account",
            "ip_source": "geo-matched residential proxies (1-2 per account)",
            "pacing": "human sessions in each member's evening",
            "plan_cells": len(plan),
            "p_english": round(p_en, 2),
            "p_filler": round(p_filler, 2),
            "languages": "the member's local language or English",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# counterpunch (hard): public prompt replay by a "team" from office broadband


def counterpunch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "counterpunch"
    n_keys = irange(rng, 5, 10)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tzs = _choose(rng, (-5, 0, 1, 2), 1, 2)
    offices = [bb.home(rng, 1, tz)[0] for tz in tzs]
    accts = []
    for i in range(n_keys):
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.85) else "OpenAI/Python 1.58.1"
        accts.append(
            _camp(
                ctx,
                rng,
                fam,
                cid,
                "replayer",
                org=org,
                pay=pay,
                ua=ua,
                ips=[offices[i % len(offices)]],
            )
        )
    start = ctx.release - float(rng.uniform(0.1, 0.6)) * DAY
    per_hour = float(rng.uniform(60, 140))
    pools = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, bb.multi_office(tzs))
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    for a, ts in zip(accts, pools, strict=True):
        if not len(ts):
            ts = np.array([float(rng.uniform(ctx.release, ctx.t1))])
        prompts = [ctx.chat[order[(cursor + j) % len(order)]] or "hi" for j in range(len(ts))]
        cursor += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=380.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "keys": n_keys,
            "orgs": 1,
            "cards": "one corporate",
            "ip_source": "office broadband (static)",
            "office_tzs": tzs,
            "pacing": "worker pool on office hours",
            "per_hour": round(per_hour, 1),
            "prompts_used": cursor,
            "languages": "as in the public set",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "zugzwang": zugzwang,
    "uppercut": uppercut,
    "fianchetto": fianchetto,
    "en_passant": en_passant,
    "castling": castling,
    "haymaker": haymaker,
    "southpaw": southpaw,
    "flagfall": flagfall,
    "cornerman": cornerman,
    "headgear": headgear,
    "stalemate": stalemate,
    "counterpunch": counterpunch,
}

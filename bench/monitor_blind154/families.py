"""Campaign families of blind batch 154: twelve distillation operations, each drawn from its own
generator (key counts, orgs, cards, pacing, addresses, user agents, languages, styles, models).

Each family is `f(ctx, rng, campaign_id)`; `bench/blind_batch.py` calls it once per seed."""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind154 import texts as tx

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# helpers shared with kinds.py


def models_switch(
    rng: Rng, ctx: Ctx, ts, switch: float, p_new: float, p_mini: float = 0.05
) -> list[str]:
    """Per event: the new model with probability p_new from `switch` on, otherwise the old
    flagship (a p_mini share of the small old model)."""
    ts = np.asarray(ts)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [
        new if (t >= max(switch, ctx.release) and a < p_new) else (mini if b < p_mini else old)
        for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)
    ]


def weighted_langs(
    rng: Rng, base: str, pool: tuple[str, ...], k_lo: int, k_hi: int, base_weight: float
) -> tuple[list[str], np.ndarray]:
    langs = [base] + [
        x for x in dict.fromkeys(picks(rng, pool, irange(rng, k_lo, k_hi))) if x != base
    ]
    w = rng.dirichlet(np.full(len(langs), 2.0))
    w[0] += base_weight
    return langs, w / w.sum()


def draw_lang(rng: Rng, langs: list[str], w: np.ndarray) -> str:
    return langs[int(rng.choice(len(langs), p=w))]


def concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _camp(ctx: Ctx, rng: Rng, cid: str, fam: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _r(x: float, nd: int = 3) -> float:
    return round(float(x), nd)


REGION_LANG = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "pl",
    3: "ru",
    5: "hi",
    8: "zh",
    9: "ja",
}

# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def airmail(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "airmail"
    n = irange(rng, 6, 14)
    org = hexid(rng, "org")
    shared_card = chance(rng, 0.55)
    card = hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr", "linode"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 9))
    ua = bb.sdk_ua(rng, 0.35)
    langs, lw = weighted_langs(rng, "en", ("zh", "ru", "es", "de", "ko", "ja", "pt"), 1, 3, 0.6)
    styles = list(dict.fromkeys(picks(rng, tx.REASON_STYLES, irange(rng, 2, 4))))
    start = ctx.release - rng.uniform(0.2, 1.8) * DAY
    per_hour = rng.uniform(25, 70)
    comp = rng.uniform(900, 1700)
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            fam,
            "worker",
            org=org,
            pay=card if shared_card else None,
            ua=ua,
            ips=list(dict.fromkeys(picks(rng, block, irange(rng, 1, 3)))),
        )
        for _ in range(n)
    ]
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        prompts = [
            tx.reasoning_prompt(rng, draw_lang(rng, langs, lw), pick(rng, styles)) for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
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
            "pacing": "poisson worker pool, around the clock",
            "per_hour": _r(per_hour),
            "ip_source": f"rented hosting block ({provider})",
            "payment": "one card" if shared_card else "card per key",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "keys": n,
            "start": _r(start),
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in batch jobs


def woody(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "woody"
    n = irange(rng, 3, 8)
    org = hexid(rng, "org")
    shared_card = chance(rng, 0.7)
    card = hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    pool = bb.cloud(rng, irange(rng, 2, 6), provider)
    ua = pick(
        rng,
        (
            "dspy/2.6.3 litellm/1.60.2",
            "litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
            "python-httpx/0.28.1",
        ),
    )
    styles = list(dict.fromkeys(picks(rng, tx.JUDGE_STYLES, irange(rng, 3, 5))))
    start = ctx.release + rng.uniform(-1.5, 0.3) * DAY
    jobs_per_day = rng.uniform(2.5, 6.0)
    tz = pick(rng, bb.TZS)
    curve = (
        bb.nightly(rng.uniform(18, 24), rng.uniform(6, 12), tz) if chance(rng, 0.6) else bb.constant
    )
    size = rng.uniform(50, 160)
    gap = rng.uniform(0.6, 2.0)
    comp = rng.uniform(120, 280)
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            fam,
            "grader",
            org=org,
            pay=card if shared_card else None,
            ua=ua,
            ips=list(dict.fromkeys(picks(rng, pool, irange(rng, 1, 3)))),
        )
        for _ in range(n)
    ]
    starts = bb.thinned(rng, start, ctx.t1, jobs_per_day * (ctx.t1 - start) / DAY, curve)
    if len(starts) == 0:
        starts = np.array([ctx.t1 - 0.5 * DAY])
    per = [[] for _ in range(n)]
    for burst in bb.bursts(rng, starts, size, gap, 0.6, b=ctx.t1):
        per[int(rng.integers(n))].append(burst)
    for a, parts in zip(accts, per, strict=True):
        ts = concat(parts)
        prompts = [tx.judge_prompt(rng, ctx.chat, ctx.passages, pick(rng, styles)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=comp,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "pacing": "batch jobs (bursts)",
            "jobs_per_day": _r(jobs_per_day),
            "burst_size": _r(size),
            "ip_source": f"cloud ({provider})",
            "payment": "one card" if shared_card else "card per key",
            "user_agent": ua,
            "languages": ["en", "zh"] if "zh_score" in styles else ["en"],
            "styles": styles,
            "keys": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / refusal-free rewrites through VPN exits, stolen cards


def swish(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "swish"
    n = irange(rng, 6, 14)
    provs = list(
        dict.fromkeys(
            picks(rng, ("m247", "leaseweb", "ovh", "vultr", "digitalocean"), irange(rng, 2, 3))
        )
    )
    exits = [ip for p in provs for ip in bb.cloud(rng, irange(rng, 4, 10), p)]
    browser = chance(rng, 0.5)
    styles = list(dict.fromkeys(["market"] + picks(rng, tx.REWRITE_STYLES, irange(rng, 2, 5))))
    start = ctx.release + rng.uniform(-1.2, 0.4) * DAY
    comp = rng.uniform(400, 700)
    accts, per_key = [], []
    for _ in range(n):
        ua = pick(rng, bb.BROWSERS) if browser else bb.sdk_ua(rng, 0.6)
        accts.append(
            _camp(
                ctx,
                rng,
                cid,
                fam,
                "signup",
                ua=ua,
                ips=list(dict.fromkeys(picks(rng, exits, irange(rng, 3, 8)))),
            )
        )
        a0 = start + rng.uniform(0, 0.6) * DAY
        starts = bb.thinned(rng, a0, ctx.t1, rng.uniform(3, 8) * (ctx.t1 - a0) / DAY, bb.constant)
        per_key.append(
            concat(
                bb.bursts(rng, starts, rng.uniform(12, 35), rng.uniform(1.5, 4.0), 0.5, b=ctx.t1)
            )
        )
    for a, ts in zip(accts, per_key, strict=True):
        prompts = [tx.rewrite_prompt(rng, ctx.chat, ctx.passages, pick(rng, styles)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            comp_median=comp,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "pacing": "bursts per key",
            "ip_source": f"VPN exits ({', '.join(provs)})",
            "payment": "stolen card per key, org per key",
            "user_agent": "browser strings" if browser else "SDKs",
            "languages": ["en"] + [s for s in styles if s in ("zh", "ru", "ar", "tr", "vi")],
            "styles": styles,
            "keys": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories


def slider(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "slider"
    n = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure", "gcp"))
    pool = bb.cloud(rng, irange(rng, 3, 8), provider)
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "OpenAI/Python 1.58.1",
            "semantic-kernel-dotnet/1.36.0",
        ),
    )
    styles = list(dict.fromkeys(picks(rng, tx.AGENT_STYLES, irange(rng, 1, 2))))
    start = ctx.release + rng.uniform(-0.6, 0.3) * DAY
    eph = rng.uniform(3, 7)
    step_gap = rng.uniform(2.5, 7.0)
    comp = rng.uniform(160, 340)
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            fam,
            "runner",
            org=org,
            pay=card,
            ua=ua,
            ips=list(dict.fromkeys(picks(rng, pool, 2))),
        )
        for _ in range(n)
    ]
    for a, starts in zip(accts, bb.worker_pool(rng, start, ctx.t1, eph, n), strict=True):
        ts, prompts, extra = [], [], []
        for s in starts.tolist():
            ep = tx.agent_episode(rng, pick(rng, styles))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.5, size=len(ep) - 1))]
            )
            ts.extend(t.tolist())
            prompts.extend(p for p, _ in ep)
            extra.extend(e for _, e in ep)
        order = np.argsort(ts, kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts_a,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts_a, p_new=0.95, p_mini=0.0),
            comp_median=comp,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64)[order] if len(extra) else 0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "pacing": "episodes from a worker pool, seconds between steps",
            "episodes_per_hour": _r(eph),
            "ip_source": f"cloud ({provider})",
            "payment": "one card",
            "user_agent": ua,
            "languages": ["en"],
            "styles": styles,
            "keys": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic instruction-dataset generation over rotating proxies


def jumper(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "jumper"
    n = irange(rng, 10, 25)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    ip_source = pick(rng, ("rotating residential proxies", "residential + cloud mix"))
    langs, lw = weighted_langs(rng, "en", ("es", "pt", "de", "zh", "ja", "id", "ko"), 2, 4, 0.4)
    styles = list(dict.fromkeys(picks(rng, tx.SYNTH_STYLES, irange(rng, 3, 5))))
    start = ctx.release - rng.uniform(0.0, 1.5) * DAY
    per_hour = rng.uniform(25, 55)
    comp = rng.uniform(1000, 1800)
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            fam,
            "generator",
            org=pick(rng, orgs),
            ua=bb.sdk_ua(rng, 0.4),
            ips=bb.resi(rng, 3),
        )
        for _ in range(n)
    ]
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        if ip_source.startswith("rotating"):
            ips = bb.resi(rng, len(ts))
        else:
            ips = [
                x if chance(rng, 0.6) else y
                for x, y in zip(bb.resi(rng, len(ts)), bb.cloud(rng, len(ts)), strict=True)
            ]
        prompts = []
        for _ in ts:
            lang = draw_lang(rng, langs, lw)
            prompts.append(
                tx.synth_prompt(rng, ctx.chat, "local" if lang != "en" else pick(rng, styles), lang)
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            ips=ips or None,
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic-dataset generation",
            "pacing": "poisson worker pool",
            "per_hour": _r(per_hour),
            "ip_source": ip_source,
            "payment": "prepaid card per key",
            "orgs": len(orgs),
            "user_agent": "mixed SDKs",
            "languages": langs,
            "styles": styles,
            "keys": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest with spoofed browsers on a residential pool


def skunk(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "skunk"
    n = irange(rng, 8, 16)
    one_org = chance(rng, 0.4)
    org = hexid(rng, "org")
    region = pick(rng, ("us", "eu", "latam", "*"))
    pool = bb.resi(rng, irange(rng, 40, 120), region)
    hold = rng.uniform(10, 40) * MINUTE
    langs, lw = weighted_langs(rng, "en", ("es", "pt", "de", "fr", "zh", "ru", "ja"), 2, 4, 0.5)
    start = ctx.release + rng.uniform(-0.7, 0.2) * DAY
    per_day = rng.uniform(6, 14)
    size = rng.uniform(4, 7)
    gap = rng.uniform(12, 35)
    comp = rng.uniform(350, 600)
    accts = []
    for _ in range(n):
        a = _camp(
            ctx,
            rng,
            cid,
            fam,
            "conversation_bot",
            org=org if one_org else None,
            ua=pick(rng, bb.BROWSERS),
            ips=[pool[0]],
        )
        accts.append(a)
        sessions = bb.session_times(
            rng, start + rng.uniform(0, 0.3) * DAY, ctx.t1, per_day, bb.constant, size, gap, 0.5
        )
        ts, prompts, extra = [], [], []
        for s in sessions:
            lang = draw_lang(rng, langs, lw)
            hist = 0
            concept = pick(rng, tx.CONCEPTS)[1]
            for j, t in enumerate(s.tolist()):
                ts.append(t)
                prompts.append(
                    tx.opener(rng, ctx.chat, lang) if j == 0 else tx.followup(rng, lang, concept)
                )
                extra.append(hist)
                hist += int(comp * rng.uniform(0.7, 1.4)) + 30
        if not ts:
            continue
        ts_a = np.asarray(ts)
        order = np.argsort(ts_a, kind="stable")
        ts_a = ts_a[order]
        ctx.emit(
            rng,
            a,
            ts_a,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts_a, p_new=0.95, p_mini=0.0),
            ips=bb.sticky(rng, ts_a, pool, hold),
            comp_median=comp,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "scripted conversations, seconds between turns",
            "sessions_per_day": _r(per_day),
            "turn_gap_s": _r(gap),
            "ip_source": f"residential proxy pool ({region}), sticky",
            "payment": "stolen card per key",
            "org": "one" if one_org else "per key",
            "user_agent": "spoofed browsers",
            "languages": langs,
            "keys": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n sampling and soft labels


def cow_pie(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "cow_pie"
    n = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "oracle"))
    pool = bb.cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "aiohttp/3.11.11"))
    mode_w = rng.dirichlet([2.0, 1.5, 1.5])
    modes = ("repeat", "numbered", "softlabel")
    start = ctx.release + rng.uniform(-0.3, 0.4) * DAY
    items_h = rng.uniform(4, 10)
    ns = sorted(set(picks(rng, (4, 5, 6, 8, 10, 12, 16), irange(rng, 1, 3))))
    comp = rng.uniform(220, 420)
    accts = [
        _camp(ctx, rng, cid, fam, "sampler", org=org, pay=card, ua=ua, ips=pool) for _ in range(n)
    ]
    for a, starts in zip(accts, bb.worker_pool(rng, start, ctx.t1, items_h, n), strict=True):
        ts, prompts = [], []
        for s in starts.tolist():
            mode = modes[int(rng.choice(3, p=mode_w))]
            k = pick(rng, ns) if mode != "softlabel" else irange(rng, 1, 4)
            base = (
                tx.softlabel_prompt(rng, ctx.chat, irange(rng, 0, 2))
                if mode == "softlabel"
                else tx.sample_item(rng, ctx.chat)
            )
            t = s + np.cumsum(rng.exponential(rng.uniform(0.2, 1.2), size=k))
            for i, ti in enumerate(t.tolist()):
                ts.append(ti)
                prompts.append(tx.numbered_sample(base, i, k) if mode == "numbered" else base)
        if not ts:
            continue
        ts_a = np.asarray(ts)
        order = np.argsort(ts_a, kind="stable")
        ts_a = ts_a[order]
        ctx.emit(
            rng,
            a,
            ts_a,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts_a, p_new=0.97, p_mini=0.0),
            comp_median=comp,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "pacing": "items from a pool, n near-simultaneous samples",
            "items_per_hour": _r(items_h),
            "n": ns,
            "modes": {m: _r(w) for m, w in zip(modes, mode_w.tolist(), strict=True)},
            "ip_source": f"cloud ({provider})",
            "payment": "one card",
            "user_agent": ua,
            "languages": ["en"],
            "keys": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep from an office line, restarted when the new model appears


def four_bagger(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "four_bagger"
    n = irange(rng, 1, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, -3, 1, 2, 5))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    extra_langs = {-5: ("es",), -3: ("pt", "es"), 1: ("ar", "es"), 2: ("ar",), 5: ("hi",)}[tz]
    langs = ["en"] + list(dict.fromkeys(picks(rng, extra_langs, irange(rng, 0, 2))))
    sweep = tx.curriculum(rng, langs, irange(rng, 18, 36))
    gap = rng.uniform(200, 480)
    start = ctx.t0 + rng.uniform(0.3, 2.5) * DAY
    restart = ctx.release + rng.uniform(0.05, 0.5) * DAY
    comp = rng.uniform(900, 1500)
    accts = [
        _camp(ctx, rng, cid, fam, "sweeper", org=org, pay=card, ua=ua, ips=office) for _ in range(n)
    ]
    for i, a in enumerate(accts):
        mine = sweep[i::n]
        ts, prompts = [], []
        for a0, b0 in (
            (start + i * rng.uniform(0, 600), restart),
            (restart + i * rng.uniform(0, 600), ctx.t1),
        ):
            k = int((b0 - a0) / gap * 1.3) + 2
            t = a0 + np.cumsum(rng.lognormal(np.log(gap), 0.3, size=k))
            t = t[t < b0]
            ts.extend(t.tolist())
            prompts.extend(mine[j % len(mine)] for j in range(len(t)))
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=models_switch(rng, ctx, ts_a, restart, 1.0, 0.0),
            comp_median=comp,
            comp_sigma=0.35,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep (concept x level x format x language)",
            "pacing": "steady loop with sleeps",
            "gap_s": _r(gap),
            "restart_at_release": True,
            "ip_source": "office broadband",
            "tz": tz,
            "payment": "one card",
            "user_agent": ua,
            "languages": langs,
            "keys": n,
            "sweep_items": len(sweep),
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real writing/translation app's traffic


def dirty_bag(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "dirty_bag"
    app = pick(rng, ("Quillio", "Parlanta", "WordNest", "Scribbly", "LumenWrite", "Tessera"))
    fmt = irange(rng, 0, 1)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("Go-http-client/2.0", "okhttp/4.12.0", "axios/1.7.9", "OpenAI/NodeJS 4.67.1"))
    n = irange(rng, 2, 3)
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            fam,
            "product_key",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 3, 6), provider),
        )
        for _ in range(n)
    ]
    share_key = rng.dirichlet(np.full(n, 3.0))
    peak = rng.uniform(12, 20)
    curve = bb.global_load(peak, rng.uniform(0.45, 0.75))
    user_h = rng.uniform(18, 40)
    harvest_share = rng.uniform(0.15, 0.35)
    h_start = ctx.release + rng.uniform(0.1, 0.9) * DAY
    targets = list(dict.fromkeys(picks(rng, tx.APP_TARGETS, irange(rng, 4, 8))))
    p_new_user = rng.uniform(0.5, 0.8)
    switch = ctx.release + rng.uniform(0.2, 1.5) * DAY
    # the harvest queue: each source text to every target language, shuffled
    n_h_mean = harvest_share * user_h * (ctx.t1 - h_start) / HOUR
    n_src = max(2, int(n_h_mean / len(targets)) + 1)
    jobs = [
        (tx.clip(rng, pick(rng, ctx.passages), 400, 1500), tg)
        for _ in range(n_src)
        for tg in targets
    ]
    jobs = [jobs[i] for i in rng.permutation(len(jobs)).tolist()]
    jq = 0
    for k, a in enumerate(accts):
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, user_h * share_key[k] * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        prompts = [tx.app_user_prompt(rng, ctx.chat, app, fmt) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_switch(rng, ctx, ts, switch, p_new_user, 0.2),
            comp_median=320.0,
        )
        th = bb.thinned(rng, h_start, ctx.t1, n_h_mean * share_key[k], curve)
        hp, comp = [], []
        for _ in th:
            src, tg = jobs[jq % len(jobs)]
            jq += 1
            kind = "translate" if chance(rng, 0.8) else "rewrite"
            hp.append(tx.app_harvest_prompt(rng, src, tg, app, fmt, kind))
            comp.append(len(src) / 3.6)
        ctx.emit(
            rng,
            a,
            th,
            hp,
            models=ctx.models(rng, th, p_new=1.0, p_mini=0.0),
            comp_median=np.asarray(comp) if comp else 300.0,
            comp_sigma=0.25,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation/rewrite harvest hidden in a real app's traffic",
            "app": app,
            "pacing": "follows the app's global load",
            "user_per_hour": _r(user_h),
            "harvest_share": _r(harvest_share),
            "harvest_start": _r(h_start),
            "targets": targets,
            "ip_source": f"app backend ({provider})",
            "payment": "company card",
            "user_agent": ua,
            "languages": ["en"] + targets,
            "keys": n,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts turned into a code harvest after the release


def pitcher_box(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pitcher_box"
    n = irange(rng, 12, 24)
    keep_ua = rng.uniform(0.3, 0.85)
    op_ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "python-httpx/0.28.1"))
    per_day = rng.uniform(2, 5)
    size = rng.uniform(5, 11)
    gap = rng.uniform(45, 120)
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.4) else bb.sdk_ua(rng, 0.7)
        a = _camp(
            ctx,
            rng,
            cid,
            fam,
            "aged_account",
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        curve = bb.evening_person(tz)
        h0 = ctx.release + rng.uniform(0.05, 0.8) * DAY
        pre = concat(bb.session_times(rng, ctx.t0, h0, rng.uniform(0.3, 1.2), curve, 3.0, 70.0))
        if len(pre):
            ctx.emit(
                rng,
                a,
                pre,
                [tx.humanize(rng, tx.clip(rng, pick(rng, ctx.chat), 10, 600), 0.3) for _ in pre],
                models=ctx.models(rng, pre, p_new=0.5),
            )
        post = concat(bb.session_times(rng, h0, ctx.t1, per_day, curve, size, gap, 0.6))
        if len(post) == 0:
            post = np.array([h0 + HOUR])
        proxy = bb.home(rng, irange(rng, 4, 10), tz)
        lang = REGION_LANG[tz] if chance(rng, 0.6) else "en"
        prompts = [tx.humanize(rng, tx.code_ask(rng, lang), 0.4) for _ in post]
        ctx.emit(
            rng,
            a,
            post,
            prompts,
            models=ctx.models(rng, post, p_new=0.92),
            ips=bb.sticky(rng, post, proxy, 45 * MINUTE),
            ua=a.ua if chance(rng, keep_ua) else op_ua,
            comp_median=rng.uniform(500, 800),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest through bought aged accounts",
            "pacing": "person-like evening sessions",
            "sessions_per_day": _r(per_day),
            "session_size": _r(size),
            "gap_s": _r(gap),
            "ip_source": "each account's home region, then residential proxies in the same region",
            "payment": "the original owners' cards",
            "user_agent": f"original, or {op_ua} (p={_r(1 - keep_ua)})",
            "languages": ["en", "pt", "de", "pl", "ru", "hi", "zh", "ja"],
            "keys": n,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a paid crowd pasting a shared task sheet from their own homes


def roll_in(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "roll_in"
    n = irange(rng, 25, 50)
    sheet = tx.task_sheet(rng, irange(rng, 200, 450))
    tzs = (5, 8, -3, 1, 3)
    tz_w = rng.dirichlet(np.full(len(tzs), 1.5))
    lang_of = {
        5: ("hi", "en"),
        8: ("tl", "id", "vi", "en"),
        -3: ("pt", "es"),
        1: ("en",),
        3: ("en",),
    }
    filler = rng.uniform(0.05, 0.2)
    accts = []
    for _ in range(n):
        tz = tzs[int(rng.choice(len(tzs), p=tz_w))]
        mobile = chance(rng, 0.35)
        a = _camp(
            ctx,
            rng,
            cid,
            fam,
            "crowd_worker",
            ua=pick(rng, bb.MOBILE[:3] if mobile else bb.BROWSERS),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        a0 = ctx.release + rng.uniform(-1.0, 1.0) * DAY
        b0 = ctx.t1 if chance(rng, 0.7) else a0 + rng.uniform(0.5, 2.5) * DAY
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz, weekend=0.6)
        ts = concat(
            bb.session_times(
                rng,
                a0,
                min(b0, ctx.t1),
                rng.uniform(1.0, 2.5),
                curve,
                rng.uniform(4, 10),
                rng.uniform(70, 200),
                0.7,
            )
        )
        if len(ts) == 0:
            ts = np.array([min(a0 + HOUR, ctx.t1 - HOUR)])
        lang = pick(rng, lang_of[tz])
        cursor = int(rng.integers(len(sheet)))
        prompts = []
        for _ in ts:
            if chance(rng, filler):
                prompts.append(tx.clip(rng, pick(rng, ctx.chat), 10, 400))
            else:
                # the sheet is worked in order from a random start; sometimes a task is redone
                cursor = (cursor + (1 if chance(rng, 0.85) else irange(rng, 2, 30))) % len(sheet)
                prompts.append(tx.crowd_phrase(rng, sheet[cursor], lang))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=rng.uniform(550, 900),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "crowd of paid people pasting a shared task sheet",
            "pacing": "human sessions, minutes apart",
            "sheet_size": len(sheet),
            "filler_share": _r(filler),
            "ip_source": "workers' home broadband / phones",
            "tz_weights": {str(t): _r(w) for t, w in zip(tzs, tz_w.tolist(), strict=True)},
            "payment": "worker's own card per account",
            "user_agent": "browsers / phones",
            "languages": ["en", "hi", "tl", "id", "vi", "pt", "es"],
            "keys": n,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay, throttled to heavy-user rates, from a small office line


def double_deuce(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "double_deuce"
    n = irange(rng, 6, 12)
    tz = pick(rng, bb.TZS)
    office = bb.home(rng, irange(rng, 2, 4), tz)
    ua = pick(
        rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "curl/8.5.0")
    )
    order = rng.permutation(len(ctx.chat)).tolist()
    per_day = rng.uniform(40, 110)
    start = ctx.release + rng.uniform(0.0, 0.4) * DAY
    curve = bb.workday(tz, start=rng.uniform(7.5, 9.5), end=rng.uniform(17, 20), weekend=0.3)
    pretest = chance(rng, 0.5)
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            fam,
            "replayer",
            ua=ua,
            ips=list(dict.fromkeys(picks(rng, office, irange(rng, 1, 2)))),
            tz=tz,
        )
        for _ in range(n)
    ]
    cursor = 0
    for a in accts:
        a0 = start + rng.uniform(0, 0.3) * DAY
        ts = bb.thinned(
            rng, a0, ctx.t1, per_day * rng.uniform(0.7, 1.3) * (ctx.t1 - a0) / DAY, curve
        )
        if pretest:
            ts = np.sort(
                np.concatenate(
                    [
                        ts,
                        bb.thinned(
                            rng, ctx.release - 2 * DAY, ctx.release, irange(rng, 4, 15), curve
                        ),
                    ]
                )
            )
        if len(ts) == 0:
            ts = np.array([ctx.t1 - DAY])
        prompts = [ctx.chat[order[(cursor + j) % len(order)]] for j in range(len(ts))]
        cursor += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97),
            comp_median=rng.uniform(300, 450),
            comp_sigma=0.7,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT human turns) for new-model answers",
            "pacing": "office-hours Poisson, heavy-user rates",
            "per_day": _r(per_day),
            "pretest_before_release": pretest,
            "ip_source": "small-office broadband (shared)",
            "tz": tz,
            "payment": "separate virtual card per key",
            "org": "per key",
            "user_agent": ua,
            "languages": ["en"],
            "keys": n,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "airmail": airmail,
    "woody": woody,
    "swish": swish,
    "slider": slider,
    "jumper": jumper,
    "skunk": skunk,
    "cow_pie": cow_pie,
    "four_bagger": four_bagger,
    "dirty_bag": dirty_bag,
    "pitcher_box": pitcher_box,
    "roll_in": roll_in,
    "double_deuce": double_deuce,
}

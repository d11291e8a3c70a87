"""Campaign families of blind batch 140 (code names from goalball; what each one is, is in this
package's README, to be read only after the monitor's single run on the batch).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, emits
their events through `ctx.emit`, and records the campaign through `ctx.campaign`. Everything a
family varies (key counts, orgs, cards, pacing, addresses, agents, languages, models) is drawn
from its own rng."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Acct, Ctx, chance, hexid, irange, pick
from bench.monitor_blind140 import texts as T

#: the language a person in each UTC offset most likely types in (for person-like families)
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("ru",),
    5: ("hi", "en"),
    8: ("zh", "id"),
    9: ("en",),
}
REGION_OF_TZ = {
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


def _acct(ctx: Ctx, rng: np.random.Generator, fam: str, camp: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=camp, **kw)


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _langs(
    rng: np.random.Generator, options: list[str], main_lo: float, main_hi: float
) -> tuple[list[str], list[float]]:
    return T.mixture(rng, options, main=_u(rng, main_lo, main_hi))


def _ua_pool(rng: np.random.Generator, k: int) -> list[str]:
    return [bb.sdk_ua(rng, 0.4) for _ in range(k)]


# ------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block, stepped up once the new model is out


def eyeshade(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "eyeshade"
    n_keys = irange(rng, 5, 11)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "alibaba"))
    pool = bb.rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 3, 6))
    ua = bb.sdk_ua(rng, 0.3)
    langs, probs = _langs(rng, ["en", "zh", "es", "ru", "de", "pt"], 0.35, 0.7)
    styles = [int(x) for x in rng.choice(5, size=irange(rng, 2, 4), replace=False)]
    tz = pick(rng, (8, 3, 2, -5))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            camp,
            "worker",
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=ua if chance(rng, 0.8) else bb.sdk_ua(rng),
            ips=bb.picks(rng, pool, irange(rng, 1, 3)),
            tz=tz,
        )
        for i in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = _u(rng, 18, 42)
    boost = _u(rng, 1.3, 2.2)
    p_new = _u(rng, 0.82, 0.97)
    pre = bb.worker_pool(rng, start, max(start, ctx.release), rate, n_keys)
    post = bb.worker_pool(rng, max(start, ctx.release), ctx.t1, rate * boost, n_keys)
    sysprompt = irange(rng, 20, 140)
    for a, s1, s2 in zip(accts, pre, post, strict=True):
        ts = np.concatenate([s1, s2])
        prompts = []
        for _ in range(len(ts)):
            lang = T.lang_of(rng, langs, probs)
            prompts.append(T.cot_prompt(rng, lang, pick(rng, styles) if lang == "en" else None))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=_u(rng, 900, 1500),
            comp_sigma=0.45,
            err=0.015,
            extra=sysprompt,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": f"poisson worker pool, x{boost:.2f} after release",
            "rate_per_hour": round(rate, 1),
            "ip_source": f"rented {prov} /24s",
            "payment": f"{len(cards)} shared card(s)",
            "orgs": len(orgs),
            "languages": dict(zip(langs, [round(p, 2) for p in probs], strict=True)),
            "styles": styles,
            "p_new": round(p_new, 2),
        },
    )


# ------------------------------------------------------------------------------------------
# 2. judge / rubric / reward grading in bursts from cloud VMs, one virtual card per key


def blindfold(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "blindfold"
    n_keys = irange(rng, 3, 7)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    prov = pick(rng, ("aws", "gcp", "azure"))
    tz = pick(rng, (-8, 1, 8, 9))
    langs, probs = _langs(rng, ["en", "de", "ja", "fr"], 0.55, 0.85)
    styles = [int(x) for x in rng.choice(5, size=irange(rng, 1, 3), replace=False)]
    curve = bb.constant if chance(rng, 0.5) else bb.workday(tz, weekend=0.3, night=0.15)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    p_new = _u(rng, 0.6, 0.9)
    per_day, size, gap = _u(rng, 2, 5), _u(rng, 20, 55), _u(rng, 1.2, 4.0)
    ua = bb.sdk_ua(rng, 0.5)
    accts = []
    for i in range(n_keys):
        a = _acct(
            ctx,
            rng,
            fam,
            camp,
            "grader",
            org=orgs[i % len(orgs)],
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 3), prov),
            tz=tz,
        )
        accts.append(a)
        starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        tr = bb.bursts(rng, starts, size, gap, b=ctx.t1)
        ts = np.sort(np.concatenate(tr)) if tr else np.empty(0)
        prompts = [
            T.judge_prompt(
                rng, ctx.chat, ctx.passages, T.lang_of(rng, langs, probs), pick(rng, styles)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=_u(rng, 70, 200),
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "pacing": "bursts",
            "bursts_per_day": round(per_day, 2),
            "burst_size": round(size, 1),
            "gap_s": round(gap, 2),
            "ip_source": f"{prov} VMs",
            "payment": "one virtual card per key",
            "orgs": len(orgs),
            "styles": styles,
            "languages": dict(zip(langs, [round(p, 2) for p in probs], strict=True)),
            "p_new": round(p_new, 2),
        },
    )


# ------------------------------------------------------------------------------------------
# 3. policy-compliant rewrites through VPN exits, keys on stolen cards rotated as they die


def endline(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "endline"
    n_keys = irange(rng, 8, 16)
    provs = [
        str(x)
        for x in rng.choice(
            ["m247", "leaseweb", "ovh", "vultr", "digitalocean"], size=2, replace=False
        )
    ]
    pool = bb.cloud(rng, irange(rng, 6, 14), provs[0]) + bb.cloud(rng, irange(rng, 4, 10), provs[1])
    langs, probs = _langs(rng, ["zh", "en", "ru", "ar"], 0.3, 0.6)
    styles = [int(x) for x in rng.choice(4, size=irange(rng, 2, 4), replace=False)]
    uas = ["python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.54.0"]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    span = ctx.t1 - start
    p_new = _u(rng, 0.45, 0.75)
    accts = []
    lives = []
    for i in range(n_keys):
        a = _acct(
            ctx, rng, fam, camp, "rotated_key", ua=pick(rng, uas), ips=pool, tz=pick(rng, (8, 3))
        )
        accts.append(a)
        born = start + span * (i / n_keys) + _u(rng, -0.3, 0.3) * span / n_keys
        life = _u(rng, 0.5, 1.8) * DAY
        rate = _u(rng, 8, 20)
        ts = bb.thinned(
            rng, max(born, ctx.t0), min(born + life, ctx.t1), rate * life / HOUR, bb.constant
        )
        n = len(ts)
        lives.append(round(life / DAY, 2))
        status = np.where(rng.random(n) < 0.03, 429, 200)
        if n and born + life < ctx.t1:  # the card is charged back and the key is cut off
            k = min(n, irange(rng, 2, 9))
            status[n - k :] = pick(rng, (401, 402, 403))
        prompts = [
            T.policy_prompt(rng, ctx.passages, T.lang_of(rng, langs, probs), pick(rng, styles))
            for _ in range(n)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=_u(rng, 250, 500),
            status=status,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites / refusal harvest",
            "pacing": "staggered key rotation, steady poisson",
            "key_lives_days": lives,
            "ip_source": f"VPN exits ({provs[0]}, {provs[1]}) rotated per request",
            "payment": "stolen card per key, charged back",
            "orgs": n_keys,
            "styles": styles,
            "languages": dict(zip(langs, [round(p, 2) for p in probs], strict=True)),
            "p_new": round(p_new, 2),
        },
    )


# ------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories, one episode = a train of steps


def highball(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "highball"
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "oracle"))
    pool = bb.rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 3, 6))
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.63.2",
        ),
    )
    langs, probs = _langs(rng, ["en", "zh", "ko"], 0.6, 0.9)
    styles = [int(x) for x in rng.choice(3, size=irange(rng, 1, 3), replace=False)]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = _u(rng, 1.5, 4)
    p_new = _u(rng, 0.8, 0.95)
    steps_lo, steps_hi = irange(rng, 3, 5), irange(rng, 8, 14)
    step_gap = _u(rng, 4, 10)
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            camp,
            "agent_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.picks(rng, pool, 2),
            tz=0,
        )
        for _ in range(n_keys)
    ]
    starts = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for a, st in zip(accts, starts, strict=True):
        ts_all, prompts = [], []
        for s in st.tolist():
            task = T.agent_task(rng)
            lang = T.lang_of(rng, langs, probs)
            style = pick(rng, styles)
            k = irange(rng, steps_lo, steps_hi)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))]
            )
            ts_all.extend(t.tolist())
            prompts.extend(T.agent_step_prompt(rng, task, j, style, lang) for j in range(k))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=_u(rng, 160, 320),
            extra=rng.integers(300, 1200, size=len(ts)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent/tool-use trajectory harvest",
            "pacing": "episodes of step trains, pooled starts",
            "episodes_per_hour": round(per_hour, 2),
            "steps": [steps_lo, steps_hi],
            "ip_source": f"{prov} block",
            "payment": "one corporate card",
            "orgs": 1,
            "styles": styles,
            "user_agent": ua,
            "languages": dict(zip(langs, [round(p, 2) for p in probs], strict=True)),
            "p_new": round(p_new, 2),
        },
    )


# ------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation swept over a curriculum, at night


def spin_throw(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "spin_throw"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("azure", "oracle", "tencent", "huawei"))
    tz = pick(rng, (8, 9, 1, -5))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "aiohttp/3.11.11"))
    domains = [str(x) for x in rng.permutation(T.DOMAINS)]
    langs = [
        str(x)
        for x in rng.choice(
            ["en", "es", "de", "ja", "ko", "zh", "fr", "pt", "id"],
            size=irange(rng, 3, 6),
            replace=False,
        )
    ]
    if "en" not in langs:
        langs[0] = "en"
    styles = [int(x) for x in rng.choice(4, size=irange(rng, 2, 4), replace=False)]
    start_h, hours = _u(rng, 0, 3), _u(rng, 3, 6)
    per_night = _u(rng, 120, 260)
    first = ctx.release - _u(rng, 0, 2.5) * DAY
    p_new = _u(rng, 0.85, 0.98)
    per_cell = irange(rng, 6, 14)
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            camp,
            "generator",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), prov),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    span_days = (ctx.t1 - first) / DAY
    for i, a in enumerate(accts):
        ts = bb.thinned(rng, first, ctx.t1, per_night * span_days, bb.nightly(start_h, hours, tz))
        prompts = []
        for k in range(len(ts)):
            cell = k // per_cell + i * 1000
            dom = domains[cell % len(domains)]
            level = 1 + (cell // len(domains)) % 6
            lang = (
                langs[(cell // (6 * len(domains))) % len(langs)]
                if chance(rng, 0.7)
                else pick(rng, langs)
            )
            prompts.append(
                T.synth_prompt(
                    rng, dom, level, lang, cell * 100 + k % per_cell, pick(rng, styles), ctx.chat
                )
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=_u(rng, 1500, 2400),
            comp_sigma=0.35,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation, curriculum sweep",
            "pacing": "nightly batch windows",
            "window_local": [round(start_h, 1), round(hours, 1)],
            "tz": tz,
            "per_night_per_key": round(per_night),
            "ip_source": f"{prov} VMs",
            "payment": "one card",
            "orgs": 1,
            "languages": langs,
            "styles": styles,
            "first_day": round((first - ctx.t0) / DAY, 2),
            "p_new": round(p_new, 2),
        },
    )


# ------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through residential proxies, browser-like sessions


def premature_throw(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "premature_throw"
    n_keys = irange(rng, 14, 24)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    regions = [
        str(x)
        for x in rng.choice(
            ["us", "eu", "latam", "ca", "sea"], size=irange(rng, 2, 4), replace=False
        )
    ]
    pool = [ip for r in regions for ip in bb.resi(rng, irange(rng, 40, 90), r)]
    langs, probs = _langs(rng, ["en", "es", "pt", "de", "fr"], 0.45, 0.75)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_day, size, gap = _u(rng, 3, 7), _u(rng, 5, 9), _u(rng, 25, 60)
    p_new = _u(rng, 0.55, 0.85)
    accts = []
    for i in range(n_keys):
        tz = pick(rng, (-8, -5, -3, 0, 1))
        a = _acct(
            ctx,
            rng,
            fam,
            camp,
            "chat_driver",
            pay=cards[i % len(cards)],
            ua=pick(rng, bb.BROWSERS),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        curve = (
            bb.global_load(_u(rng, 12, 22), _u(rng, 0.3, 0.7))
            if chance(rng, 0.5)
            else bb.evening_person(tz)
        )
        sessions = bb.session_times(
            rng, start + _u(rng, 0, 0.5) * DAY, ctx.t1, per_day, curve, size, gap
        )
        ts_all, prompts, ips = [], [], []
        for s in sessions:
            if not len(s):
                continue
            lang = T.lang_of(rng, langs, probs)
            ip = pick(rng, pool)
            prompts.append(T.dialogue_opener(rng, ctx.chat, lang))
            prompts.extend(T.followup(rng, lang) for _ in range(len(s) - 1))
            ts_all.extend(s.tolist())
            ips.extend([ip] * len(s))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=ips,
            comp_median=_u(rng, 380, 650),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "browser-like sessions",
            "sessions_per_day": round(per_day, 2),
            "turns_mean": round(size, 1),
            "gap_s": round(gap, 1),
            "ip_source": f"residential proxies {regions}, one per session",
            "payment": f"{len(cards)} prepaid cards reused",
            "orgs": n_keys,
            "languages": dict(zip(langs, [round(p, 2) for p in probs], strict=True)),
            "p_new": round(p_new, 2),
        },
    )


# ------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: every item fired n times at once


def dead_ball(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "dead_ball"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("digitalocean", "vultr", "linode", "scaleway"))
    styles = [int(x) for x in rng.choice(4, size=irange(rng, 2, 3), replace=False)]
    n_samples = int(pick(rng, (4, 5, 6, 8, 10)))
    nonce = chance(rng, 0.5)
    items_per_hour = _u(rng, 3, 7)
    burst_gap = _u(rng, 0.3, 2.0)
    start = ctx.release - _u(rng, 0.3, 1.5) * DAY
    p_new = _u(rng, 0.88, 0.98)
    ua = bb.sdk_ua(rng, 0.6)
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            camp,
            "sampler",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, prov),
            tz=0,
        )
        for _ in range(n_keys)
    ]
    starts = bb.worker_pool(rng, start, ctx.t1, items_per_hour, n_keys)
    for a, st in zip(accts, starts, strict=True):
        ts_all, prompts, comp = [], [], []
        for s in st.tolist():
            style = pick(rng, styles)
            item = T.soft_label_item(rng, ctx.chat, ctx.passages, style)
            k = max(2, int(rng.poisson(n_samples)))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(burst_gap), 0.7, size=k - 1))]
            )
            ts_all.extend(t.tolist())
            prompts.extend(
                f"{item}\n\n(seed={int(rng.integers(1, 10**6))})" if nonce else item
                for _ in range(k)
            )
            comp.extend([420.0 if style == 2 else 18.0] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "item bursts from a pooled queue",
            "items_per_hour": round(items_per_hour, 2),
            "n_samples": n_samples,
            "nonce_suffix": nonce,
            "ip_source": f"one {prov} IP per key",
            "payment": "one card",
            "orgs": 1,
            "styles": styles,
            "start_day": round((start - ctx.t0) / DAY, 2),
            "p_new": round(p_new, 2),
        },
    )


# ------------------------------------------------------------------------------------------
# 8. parallel-corpus harvest run by a small "translation agency"


def team_penalty(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "team_penalty"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 3, 8))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    vm = bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("hetzner", "ovh", "selectel", "alibaba")))
    targets = [
        str(x) for x in rng.choice(list(T.TRANS_NATIVE), size=irange(rng, 7, 14), replace=False)
    ]
    styles = [int(x) for x in rng.choice(3, size=irange(rng, 1, 3), replace=False)]
    src_per_hour = _u(rng, 1.2, 3.0)
    depth = _u(rng, 0.2, 0.6)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    p_new = _u(rng, 0.6, 0.9)
    accts = []
    for i in range(n_keys):
        ips = office if i == 0 or chance(rng, 0.3) else vm
        ua = (
            pick(rng, bb.BROWSERS)
            if ips is office and chance(rng, 0.5)
            else pick(rng, ("python-requests/2.32.3", "OpenAI/NodeJS 4.67.1"))
        )
        accts.append(
            _acct(
                ctx,
                rng,
                fam,
                camp,
                "translator_seat" if ips is office else "pipeline",
                org=org,
                pay=card,
                ua=ua,
                ips=ips,
                tz=tz,
            )
        )
    starts = bb.worker_pool(
        rng,
        start,
        ctx.t1,
        src_per_hour,
        n_keys,
        lambda ts: np.maximum(bb.global_load(12.0 - tz, depth)(ts), bb.workday(tz)(ts)),
    )
    for a, st in zip(accts, starts, strict=True):
        ts_all, prompts, comp = [], [], []
        for s in st.tolist():
            text = T.cut(rng, pick(rng, ctx.passages), 300, 1800)
            tg = [
                str(x)
                for x in rng.choice(
                    targets, size=min(len(targets), irange(rng, 5, 12)), replace=False
                )
            ]
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(_u(rng, 4, 15)), 0.5, size=len(tg) - 1))]
            )
            ts_all.extend(t.tolist())
            prompts.extend(T.translate_prompt(rng, text, g, pick(rng, styles)) for g in tg)
            comp.extend([len(text) / 3.2] * len(tg))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=np.asarray(comp),
            comp_sigma=0.25,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "parallel-corpus (translation) harvest behind an agency front",
            "pacing": "each source into 5-12 targets in a row",
            "sources_per_hour": round(src_per_hour, 2),
            "ip_source": "office broadband + VM",
            "payment": "one card",
            "orgs": 1,
            "targets": targets,
            "styles": styles,
            "tz": tz,
            "p_new": round(p_new, 2),
        },
    )


# ------------------------------------------------------------------------------------------
# 9. (hard) harvest hidden in a real study-helper product's backend traffic


def quiet_please(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "quiet_please"
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    backend = bb.rented_block(rng, prov, 1, irange(rng, 3, 6))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.58.1"))
    share = _u(rng, 0.18, 0.35)
    langs, probs = _langs(rng, ["en", "es", "pt", "id", "hi"], 0.45, 0.7)
    peak, depth = _u(rng, 13, 20), _u(rng, 0.45, 0.75)
    p_new_org, p_new_h = _u(rng, 0.3, 0.5), _u(rng, 0.65, 0.85)
    accts = [
        _acct(ctx, rng, fam, camp, "product_key", org=org, pay=card, ua=ua, ips=backend, tz=0)
        for _ in range(n_keys)
    ]
    n_h = 0
    for a in accts:
        rate = _u(rng, 8, 17)
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(peak, depth)
        )
        hv = rng.random(len(ts)) < share
        n_h += int(hv.sum())
        prompts = [
            T.casual_question(rng, T.lang_of(rng, langs, probs), _u(rng, 0.2, 0.7))
            if h
            else T.cut(rng, pick(rng, ctx.chat), 5, 2000)
            for h in hv.tolist()
        ]
        m_org = ctx.models(rng, ts, p_new_org, 0.15)
        m_h = ctx.models(rng, ts, p_new_h, 0.02)
        models = [y if h else x for x, y, h in zip(m_org, m_h, hv.tolist(), strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.where(hv, 620.0, 340.0),
            extra=irange(rng, 30, 90),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest mixed into a live consumer product's traffic",
            "harvest_share": round(share, 3),
            "harvest_events": n_h,
            "pacing": "product's global diurnal load",
            "ip_source": f"{prov} backend",
            "payment": "the product's card",
            "orgs": 1,
            "user_agent": ua,
            "languages": dict(zip(langs, [round(p, 2) for p in probs], strict=True)),
            "p_new_organic": round(p_new_org, 2),
            "p_new_harvest": round(p_new_h, 2),
        },
    )


# ------------------------------------------------------------------------------------------
# 10. (hard) bought / taken-over aged personal accounts


def landing_area(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "landing_area"
    n = irange(rng, 18, 30)
    op_tz = pick(rng, (8, 3, 2))
    op_ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "okhttp/4.12.0"))
    per_day, size, gap = _u(rng, 3, 7), _u(rng, 4, 8), _u(rng, 35, 90)
    p_new = _u(rng, 0.6, 0.8)
    replay = _u(rng, 0.1, 0.3)
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        home = bb.home(rng, 1, tz)
        ua = pick(rng, bb.BROWSERS + bb.SDK_COMMON[:2])
        a = _acct(ctx, rng, fam, camp, "aged_account", ua=ua, ips=home, tz=tz)
        accts.append(a)
        take = ctx.t0 + _u(rng, -1.0, 3.5) * DAY
        takeovers.append(round((take - ctx.t0) / DAY, 2))
        # the owner's own use before the takeover
        if take > ctx.t0:
            own = bb.session_times(rng, ctx.t0, take, _u(rng, 0.8, 3), bb.evening_person(tz), 3, 70)
            ts = np.concatenate(own) if own else np.empty(0)
            ctx.emit(
                rng,
                a,
                ts,
                [T.cut(rng, pick(rng, ctx.chat), 5, 1500) for _ in range(len(ts))],
                models=ctx.models(rng, ts, 0.2, 0.2),
            )
        # the buyer's use: proxies in the owner's region, sometimes the buyer's own script
        region = REGION_OF_TZ[tz]
        proxies = bb.resi(rng, irange(rng, 3, 9), region)
        curve = (
            bb.evening_person(tz) if chance(rng, 0.5) else bb.workday(op_tz, night=0.1, weekend=0.5)
        )
        sess = bb.session_times(rng, max(take, ctx.t0), ctx.t1, per_day, curve, size, gap)
        ts = np.concatenate(sess) if sess else np.empty(0)
        lang_opts = LANG_OF_TZ[tz]
        prompts = [
            T.cut(rng, pick(rng, ctx.chat), 5, 1500)
            if chance(rng, replay)
            else T.casual_question(rng, pick(rng, lang_opts), _u(rng, 0.1, 0.6))
            for _ in range(len(ts))
        ]
        ips = bb.sticky(rng, ts, proxies, DAY / irange(rng, 1, 4))
        keep_ua = chance(rng, 0.5)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=ips,
            ua=ua if keep_ua else op_ua,
            comp_median=_u(rng, 450, 700),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest through bought aged accounts (owner history first)",
            "takeover_day": takeovers,
            "pacing": "person-like sessions",
            "sessions_per_day": round(per_day, 2),
            "turns_mean": round(size, 1),
            "ip_source": "owner home IP, then residential proxies in the owner's region",
            "payment": "owners' own cards",
            "orgs": n,
            "replay_share": round(replay, 2),
            "operator_tz": op_tz,
            "p_new": round(p_new, 2),
        },
    )


# ------------------------------------------------------------------------------------------
# 11. (hard) a paid crowd of real people working through a shared task list, slowly


def orientation_line(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "orientation_line"
    n = irange(rng, 35, 55)
    brief = T.crowd_brief(rng, irange(rng, 150, 300))
    tz_opts = (5, 8, -3, 1, -5)
    tz_w = rng.dirichlet(np.ones(len(tz_opts)) * 2)
    lang_for = {
        5: ("en", "hi"),
        8: ("fil", "id", "vi", "en"),
        -3: ("pt", "es"),
        1: ("en",),
        -5: ("en", "es"),
    }
    p_new = _u(rng, 0.45, 0.75)
    leak = _u(rng, 0.0, 0.04)
    accts = []
    for _ in range(n):
        tz = tz_opts[int(rng.choice(len(tz_opts), p=tz_w))]
        mobile = chance(rng, 0.45)
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        ua = pick(rng, bb.MOBILE[:3]) if mobile else pick(rng, bb.BROWSERS)
        a = _acct(ctx, rng, fam, camp, "crowdworker", ua=ua, ips=ips, tz=tz)
        accts.append(a)
        onboard = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sess = bb.session_times(
            rng,
            onboard,
            ctx.t1,
            _u(rng, 0.6, 2.0),
            bb.evening_person(tz),
            _u(rng, 3, 6),
            _u(rng, 90, 240),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        lang = pick(rng, lang_for[tz])
        slop = _u(rng, 0.0, 0.8)
        mine = [brief[i] for i in rng.permutation(len(brief))[: max(1, len(ts))].tolist()]
        prompts = [
            T.worker_prompt(rng, mine[i % len(mine)], lang, slop, leak) for i in range(len(ts))
        ]
        ev_ips = None
        if mobile and len(ts):
            ev_ips = bb.sticky(
                rng,
                ts,
                ips + bb.mobile_v6(rng, 4, pick(rng, ("in_mobile", "br_mobile", "us_mobile"))),
                3 * HOUR,
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=ev_ips,
            comp_median=_u(rng, 500, 800),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "crowd of paid people asking from a shared brief",
            "brief_size": len(brief),
            "pacing": "evening sessions, slow",
            "ip_source": "workers' home broadband / phones",
            "payment": "each worker's own card",
            "orgs": n,
            "tz_weights": [round(float(w), 2) for w in tz_w],
            "leak_rate": round(leak, 3),
            "p_new": round(p_new, 2),
        },
    )


# ------------------------------------------------------------------------------------------
# 12. (hard) public prompt-set replay to capture the new model, person-paced keys


def neutral_area(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "neutral_area"
    n_keys = irange(rng, 12, 22)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 3, 5))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    region = pick(rng, ("us", "eu", "ca", "jp_kr"))
    tz_of = {"us": (-8, -5), "eu": (0, 1, 2), "ca": (-8, -5), "jp_kr": (9,)}
    pool = bb.resi(rng, irange(rng, 60, 160), region)
    order = rng.permutation(len(ctx.chat))
    start = ctx.release - _u(rng, 0.5, 2.0) * DAY
    p_new = _u(rng, 0.8, 0.93)
    rate = _u(rng, 2, 5)
    hold = _u(rng, 20, 60) * MINUTE
    used = 0
    accts = []
    for i in range(n_keys):
        tz = pick(rng, tz_of[region])
        a = _acct(
            ctx,
            rng,
            fam,
            camp,
            "replay_key",
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=bb.sdk_ua(rng, 0.6),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        s0 = start + _u(rng, 0, 0.8) * DAY
        ts = bb.thinned(
            rng,
            s0,
            ctx.t1,
            rate * (ctx.t1 - s0) / HOUR * 0.45,
            bb.evening_person(tz, _u(rng, 2.0, 3.5)),
        )
        idx = order[(used + np.arange(len(ts))) % len(order)]
        used += len(ts)
        prompts = [ctx.chat[j] for j in idx.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=_u(rng, 450, 750),
            comp_sigma=0.7,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public prompt-set replay against the new model",
            "prompts_used": int(used),
            "pacing": "person-paced poisson with a day curve",
            "rate_per_hour_peak": round(rate, 2),
            "ip_source": f"residential proxies ({region}), sticky {round(hold / MINUTE)} min",
            "payment": f"{len(cards)} cards",
            "orgs": len(orgs),
            "start_day": round((start - ctx.t0) / DAY, 2),
            "p_new": round(p_new, 2),
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "eyeshade": eyeshade,
    "blindfold": blindfold,
    "endline": endline,
    "highball": highball,
    "spin_throw": spin_throw,
    "premature_throw": premature_throw,
    "dead_ball": dead_ball,
    "team_penalty": team_penalty,
    "quiet_please": quiet_please,
    "landing_area": landing_area,
    "orientation_line": orientation_line,
    "neutral_area": neutral_area,
}

"""Campaign families of blind batch 207 (code names from axe throwing).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events with `ctx.emit` and records the campaign with `ctx.campaign`. Everything a family
varies (keys, orgs, cards, pacing, addresses, user agents, languages, template styles, model
choice) is drawn from its own `rng`, so each seed gives a different operator of the same kind.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    TZS,
    Ctx,
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
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind207 import texts as tx

#: user agents as the simulator's background spells them (a careful operator copies the crowd)
CROWD_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
CROWD_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
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


def jsonable(d: dict) -> dict:
    """Params with numpy scalars and tuples turned into plain JSON values."""

    def conv(v):
        if isinstance(v, dict):
            return {str(k): conv(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [conv(x) for x in v]
        if isinstance(v, np.generic):
            return v.item()
        return v

    return conv(d)


def _camp(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw):
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _after(release: float, pre: float) -> Callable[[np.ndarray], np.ndarray]:
    """Weight `pre` before the model release and 1 after it (an operator speeding up for the new model)."""

    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= release, 1.0, pre)

    return f


def _mul(a: Callable, b: Callable) -> Callable[[np.ndarray], np.ndarray]:
    def f(ts: np.ndarray) -> np.ndarray:
        return a(ts) * b(ts)

    return f


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block, worker pool


def killshot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "killshot"
    n_keys, n_orgs = irange(rng, 6, 16), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.6)
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo", "linode"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 8))
    one_ua = chance(rng, 0.6)
    ua0 = sdk_ua(rng, 0.3)
    langs = tx.lang_mix(rng, ["en", "zh", "ru", "es", "de", "ja", "ko"], main="en")
    styles = sorted(rng.permutation(6)[: irange(rng, 3, 6)].tolist())
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(45, 100))
    pre = float(rng.uniform(0.3, 0.8))
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs] if shared_card else None,
            ua=ua0 if one_ua else sdk_ua(rng, 0.3),
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for i in range(n_keys)
    ]
    comp = float(rng.uniform(900, 1500))
    for a, ts in zip(
        accts,
        worker_pool(rng, start, ctx.t1, per_hour, n_keys, _after(ctx.release, pre)),
        strict=True,
    ):
        prompts = [
            tx.trace_prompt(rng, tx.draw_lang(rng, langs), int(pick(rng, styles)))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.96, 0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        jsonable(
            {
                "operation": "reasoning-trace coercion",
                "keys": n_keys,
                "orgs": n_orgs,
                "payment": "one prepaid card per org" if shared_card else "one card per key",
                "pacing": "Poisson worker pool",
                "per_hour": round(per_hour, 1),
                "pre_release_rate_share": round(pre, 2),
                "ip_source": f"rented {provider} block",
                "user_agent": "one SDK" if one_ua else "SDK per key",
                "languages": langs,
                "styles": styles,
                "start": start,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward grading, nightly bursts from one cloud NAT


def clutch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "clutch"
    n_keys = irange(rng, 3, 8)
    org = hexid(rng, "org")
    one_card = chance(rng, 0.7)
    card = hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    nat = cloud(rng, irange(rng, 2, 6), provider)
    tz = int(pick(rng, TZS))
    ua = sdk_ua(rng, 0.5)
    langs = tx.lang_mix(rng, ["en", "zh", "ja", "de", "ko"], main="en")
    styles = sorted(rng.permutation(4)[: irange(rng, 2, 4)].tolist())
    accts = [
        _camp(ctx, rng, fam, cid, "grader", org=org, pay=card if one_card else None, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    hours = float(rng.uniform(4, 8))
    runs_per_night = float(rng.uniform(5, 12))
    starts = thinned(
        rng,
        start,
        ctx.t1,
        runs_per_night * (ctx.t1 - start) / DAY,
        nightly(float(rng.uniform(21, 26)) % 24, hours, tz),
    )
    size, gap = float(rng.uniform(40, 120)), float(rng.uniform(0.8, 3.0))
    per: list[list[float]] = [[] for _ in range(n_keys)]
    for s in starts.tolist():
        k = max(1, int(rng.poisson(size)))
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
        per[int(rng.integers(n_keys))].extend(t.tolist())
    for a, ts in zip(accts, per, strict=True):
        ts = np.sort(np.asarray(ts))
        st = [int(pick(rng, styles)) for _ in range(len(ts))]
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, tx.draw_lang(rng, langs), s) for s in st
        ]
        comp = np.array([6.0 if s == 2 else 260.0 for s in st])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=comp,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        jsonable(
            {
                "operation": "judge / rubric / reward-model grading",
                "keys": n_keys,
                "orgs": 1,
                "payment": "one card" if one_card else "card per key, one org",
                "pacing": "nightly bursts",
                "tz": tz,
                "runs_per_night": round(runs_per_night, 1),
                "burst_size": round(size),
                "burst_gap_s": round(gap, 2),
                "ip_source": f"{provider} NAT ({len(nat)} addresses)",
                "user_agent": ua,
                "languages": langs,
                "styles": styles,
                "start": start,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through VPN exits, stolen cards


def haft(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "haft"
    n_keys, n_orgs = irange(rng, 8, 16), irange(rng, 2, 5)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    exits = (
        cloud(rng, irange(rng, 4, 8), "m247")
        + cloud(rng, irange(rng, 3, 7), "leaseweb")
        + cloud(rng, irange(rng, 2, 5), "vultr")
    )
    tz = int(pick(rng, (8, 3, 2)))
    curve = workday(
        tz, start=float(rng.uniform(8, 10)), end=float(rng.uniform(20, 23)), weekend=0.6, night=0.05
    )
    langs = tx.lang_mix(
        rng, ["zh", "ru", "vi", "ar", "tr", "fa", "en"], main=pick(rng, ("zh", "ru"))
    )
    uas = ("python-requests/2.32.3", "okhttp/4.12.0", "OpenAI/Python 1.58.1", "python-httpx/0.28.1")
    accts, n_ev = [], 0
    for i in range(n_keys):
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "rewriter",
            org=orgs[i % n_orgs],
            ua=pick(rng, uas),
            ips=exits,
            tz=tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(2, 5)),
            curve,
            float(rng.uniform(10, 25)),
            float(rng.uniform(5, 12)),
            0.5,
        )
        ts = np.sort(np.concatenate(sessions)) if sessions else np.empty(0)
        prompts = [
            tx.rewrite_prompt(rng, ctx.chat, ctx.passages, tx.draw_lang(rng, langs))
            for _ in range(len(ts))
        ]
        n_ev += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.05),
            ips=sticky(rng, ts, exits, float(rng.uniform(20, 60)) * MINUTE),
            comp_median=450.0,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        jsonable(
            {
                "operation": "censorship-safe / policy-compliant rewrites",
                "keys": n_keys,
                "orgs": n_orgs,
                "payment": "one (stolen) card per key",
                "pacing": "scripted sessions in operator working hours",
                "tz": tz,
                "ip_source": f"VPN exits ({len(exits)}: m247, leaseweb, vultr), sticky per key",
                "user_agent": "HTTP library per key",
                "languages": langs,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from cloud workers


def double_bit(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "double_bit"
    n_keys = irange(rng, 3, 7)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "langchain/0.3.7 python-openai/1.54.0",
            "dspy/2.6.3 litellm/1.60.2",
        ),
    )
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "agent_worker",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    styles = sorted(rng.permutation(3)[: irange(rng, 1, 3)].tolist())
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    rate = float(rng.uniform(5, 11))
    step_gap = float(rng.uniform(4, 9))
    ep_starts = thinned(
        rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, _after(ctx.release, 0.5)
    )
    per_ts: list[list[float]] = [[] for _ in range(n_keys)]
    per_p: list[list[str]] = [[] for _ in range(n_keys)]
    for s in ep_starts.tolist():
        steps = irange(rng, 3, 12)
        k = int(rng.integers(n_keys))
        t = s + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=steps - 1))]
        )
        per_ts[k].extend(t.tolist())
        per_p[k].extend(tx.agent_episode(rng, steps, int(pick(rng, styles))))
    for a, ts, ps in zip(accts, per_ts, per_p, strict=True):
        order = np.argsort(ts, kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts_a,
            [ps[i] for i in order.tolist()],
            models=ctx.models(rng, ts_a, 0.93, 0.02),
            comp_median=180.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        jsonable(
            {
                "operation": "agent / tool-use transcript harvest",
                "keys": n_keys,
                "orgs": 1,
                "payment": "one card",
                "pacing": "episodes (3-12 chained steps) as a Poisson stream",
                "episodes_per_hour": round(rate, 1),
                "step_gap_s": round(step_gap, 1),
                "ip_source": f"{provider}, one VM per key",
                "user_agent": ua,
                "styles": styles,
                "languages": {"en": 1.0},
                "start": start,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation from many VPS keys in shell orgs


def no_spin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "no_spin"
    n_orgs = irange(rng, 3, 6)
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    if chance(rng, 0.5):
        cards[-1] = cards[0]  # two shell orgs on one prepaid card
    langs = tx.lang_mix(rng, ["en", "es", "pt", "id", "hi", "ar", "zh"], main="en")
    styles = sorted(rng.permutation(5)[: irange(rng, 2, 5)].tolist())
    accts, keys_total = [], 0
    for o in range(n_orgs):
        org = hexid(rng, "org")
        provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "scaleway"))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        win = nightly(float(rng.uniform(0, 24)), float(rng.uniform(6, 14)), 0)
        for _ in range(irange(rng, 3, 6)):
            keys_total += 1
            a = _camp(
                ctx,
                rng,
                fam,
                cid,
                "generator",
                org=org,
                pay=cards[o],
                ua=sdk_ua(rng, 0.4),
                ips=cloud(rng, 1, provider),
            )
            accts.append(a)
            ts = thinned(
                rng,
                start + float(rng.uniform(0, 6)) * HOUR,
                ctx.t1,
                float(rng.uniform(3, 8)) * (ctx.t1 - start) / HOUR * 0.5,
                win,
            )
            prompts = [
                tx.dataset_prompt(rng, tx.draw_lang(rng, langs), int(pick(rng, styles)))
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.9, 0.03),
                comp_median=float(rng.uniform(1400, 2200)),
                comp_sigma=0.4,
                err=float(rng.uniform(0.02, 0.08)),
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        jsonable(
            {
                "operation": "synthetic instruction-dataset generation",
                "keys": keys_total,
                "orgs": n_orgs,
                "payment": "prepaid card per org"
                + (", two orgs share one" if cards[-1] == cards[0] else ""),
                "pacing": "daily quota windows per org (UTC)",
                "ip_source": "one VPS per key, provider per org",
                "user_agent": "SDK per key",
                "languages": langs,
                "styles": styles,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: multi-turn dialogue harvest by a low-and-slow crowd of person-like accounts


def half_spin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "half_spin"
    n = irange(rng, 40, 70)
    # the operator replays public chat openers, never the same one twice
    openers = rng.permutation(len(ctx.chat))[:4000].tolist()
    oi = 0
    lang_pool = ("en", "en", "en", "es", "pt", "de", "fr", "ja", "ko", "id", "tr", "ru", "zh")
    accts, sticky_share = [], 0
    for _ in range(n):
        tz = int(pick(rng, TZS))
        lang = pick(rng, lang_pool)
        one_ip = chance(rng, 0.6)
        sticky_share += one_ip
        ips = home(rng, 1, tz) if one_ip else resi(rng, irange(rng, 6, 14), REGION_OF_TZ[tz])
        ua = pick(rng, CROWD_BROWSERS) if chance(rng, 0.6) else pick(rng, CROWD_SDK[:2])
        a = _camp(ctx, rng, fam, cid, "persona", ua=ua, ips=ips, tz=tz)
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            evening_person(tz),
            float(rng.uniform(4, 9)),
            float(rng.uniform(45, 120)),
        )
        ts_all, prompts, ips_ev = [], [], []
        for sess in sessions:
            if len(sess) == 0:
                continue
            first = ctx.chat[openers[oi % len(openers)]]
            oi += 1
            ans = pick(rng, ctx.passages)
            sess_ip = ips[0] if one_ip else pick(rng, ips)
            for j in range(len(sess)):
                if j == 0:
                    p = first
                else:
                    f = tx.followup(rng, lang)
                    p = (
                        tx.with_context(rng, first, ans, f)
                        if chance(rng, 0.15)
                        else tx.casual(rng, f)
                    )
                prompts.append(p)
                ips_ev.append(sess_ip)
            ts_all.extend(sess.tolist())
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.55, 0.08),
            ips=ips_ev,
            comp_median=float(rng.uniform(420, 650)),
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        jsonable(
            {
                "operation": "multi-turn dialogue harvest (public openers replayed, scripted follow-ups)",
                "keys": n,
                "orgs": n,
                "payment": "one virtual card per account",
                "pacing": "human-like evening sessions, staggered sign-ups",
                "ip_source": f"residential proxies matching each persona's timezone ({sticky_share} ISP-sticky, rest rotating per session)",
                "user_agent": "browser or common SDK, as the crowd",
                "languages": "one per persona (en-heavy)",
                "hard": "low-and-slow person-like crowd",
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling, concurrent fan-out


def overhand(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "overhand"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    block = rented_block(rng, "gcp", 1, irange(rng, 2, 4))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    accts = [
        _camp(ctx, rng, fam, cid, "sampler", org=org, pay=card, ua=ua, ips=block)
        for _ in range(n_keys)
    ]
    styles = sorted(rng.permutation(4)[: irange(rng, 2, 4)].tolist())
    n_samples = int(pick(rng, (4, 8, 16)))
    langs = tx.lang_mix(rng, ["en", "es", "de", "zh", "ru"], main="en")
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate = float(rng.uniform(4, 8))
    spread = chance(rng, 0.4)
    bases = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    per_ts: list[list[float]] = [[] for _ in range(n_keys)]
    per_p: list[list[str]] = [[] for _ in range(n_keys)]
    for s in bases.tolist():
        r = rng.random()
        lang = tx.draw_lang(rng, langs)
        base = (
            pick(rng, ctx.chat)
            if r < 0.45
            else (tx.word_problem(rng, lang) if r < 0.8 else tx.mc_item(rng, False))
        )
        style = int(pick(rng, styles))
        k = n_samples if style in (0, 1) else irange(rng, 1, 2)
        t = s + np.cumsum(rng.exponential(0.15, size=k))
        home_key = int(rng.integers(n_keys))
        for i in range(k):
            j = int(rng.integers(n_keys)) if spread else home_key
            per_ts[j].append(float(t[i]))
            per_p[j].append(tx.sample_variant(rng, base, style, i, k))
    for a, ts, ps in zip(accts, per_ts, per_p, strict=True):
        order = np.argsort(ts, kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts_a,
            [ps[i] for i in order.tolist()],
            models=ctx.models(rng, ts_a, 0.97, 0.0),
            comp_median=260.0,
            comp_sigma=0.6,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        jsonable(
            {
                "operation": "best-of-n / soft-label sampling",
                "keys": n_keys,
                "orgs": 1,
                "payment": "one card",
                "samples_per_prompt": n_samples,
                "styles": styles,
                "pacing": "Poisson base prompts, concurrent fan-out",
                "base_per_hour": round(rate, 1),
                "fan_out_across_keys": spread,
                "ip_source": "rented gcp /24",
                "user_agent": ua,
                "languages": langs,
                "start": start,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep from an office line plus a cron VM


def dropshot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dropshot"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (5, 8, -3, 1, 0)))
    office = home(rng, irange(rng, 1, 2), tz)
    vm = cloud(rng, 1, pick(rng, ("aws", "digitalocean", "linode")))
    top = irange(rng, 8, 12)
    grid = tx.curriculum_grid(rng, top)
    langs = tx.lang_mix(rng, ["en", "hi", "id", "pt", "es", "vi"], main="en")
    cycle_langs = chance(rng, 0.5)
    ua = "OpenAI/Python 1.54.0" if chance(rng, 0.6) else sdk_ua(rng, 0.3)
    accts, gi = [], 0
    for i in range(n_keys):
        cron = i == 0
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "cron" if cron else "office",
            org=org,
            pay=card,
            ua=ua,
            ips=vm if cron else office,
            tz=tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        if cron:
            ts = thinned(
                rng, start, ctx.t1, float(rng.uniform(14, 28)) * (ctx.t1 - start) / HOUR, constant
            )
        else:
            ts = thinned(
                rng, start, ctx.t1, float(rng.uniform(8, 16)) * (ctx.t1 - start) / HOUR, workday(tz)
            )
        prompts = []
        key_lang = tx.draw_lang(rng, langs)
        for _ in range(len(ts)):
            lang = tx.draw_lang(rng, langs) if cycle_langs else key_lang
            prompts.append(tx.lesson_prompt(rng, grid[gi % len(grid)], top, lang, gi // len(grid)))
            gi += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            comp_median=1100.0,
            comp_sigma=0.35,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        jsonable(
            {
                "operation": "curriculum sweep (subject x concept x level, in order)",
                "keys": n_keys,
                "orgs": 1,
                "payment": "one card",
                "levels": top,
                "pacing": "steady 24/7 cron key + office-hours keys",
                "tz": tz,
                "ip_source": "office broadband + one cloud VM",
                "user_agent": ua,
                "languages": langs,
                "languages_cycled_per_item": cycle_langs,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest: each passage fanned out to many target languages


def throw_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "throw_line"
    n_keys, n_orgs = irange(rng, 5, 12), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    vpn = cloud(rng, irange(rng, 3, 6), "m247")
    p_vpn = float(rng.uniform(0.0, 0.4))
    targets = rng.permutation([k for k in tx.LANG_NAMES if k != "en"])[
        : irange(rng, 6, 12)
    ].tolist()
    styles = sorted(rng.permutation(4)[: irange(rng, 1, 3)].tolist())
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "translator",
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=pick(rng, ("Go-http-client/2.0", "python-httpx/0.28.1", "reqwest/0.12.12")),
            ips=cloud(rng, 1, provider),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(6, 14))
    srcs = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, _after(ctx.release, 0.6))
    per: list[tuple[list, list, list, list]] = [([], [], [], []) for _ in range(n_keys)]
    for s in srcs.tolist():
        src = (
            tx.clip(pick(rng, ctx.passages), 150, 900, rng)
            if chance(rng, 0.7)
            else pick(rng, ctx.chat)[:600]
        )
        m = irange(rng, max(2, len(targets) - 4), len(targets))
        style = int(pick(rng, styles))
        t = s + np.cumsum(rng.lognormal(np.log(6.0), 0.7, size=m))
        for i, lang in enumerate(rng.permutation(targets)[:m].tolist()):
            k = int(rng.integers(n_keys))
            ts_l, p_l, ip_l, c_l = per[k]
            ts_l.append(float(t[i]))
            p_l.append(tx.translate_prompt(rng, src, lang, style))
            ip_l.append(pick(rng, vpn) if chance(rng, p_vpn) else accts[k].ips[0])
            c_l.append(max(30.0, len(src) / 3.2))
    for a, (ts, ps, ips, cs) in zip(accts, per, strict=True):
        o = np.argsort(ts, kind="stable").tolist()
        ts_a = np.asarray(ts)[o] if ts else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts_a,
            [ps[i] for i in o],
            models=ctx.models(rng, ts_a, 0.92, 0.03),
            ips=[ips[i] for i in o],
            comp_median=np.asarray([cs[i] for i in o]),
            comp_sigma=0.25,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        jsonable(
            {
                "operation": "parallel-corpus translation harvest",
                "keys": n_keys,
                "orgs": n_orgs,
                "payment": "card per org",
                "targets": targets,
                "styles": styles,
                "sources_per_hour": round(rate, 1),
                "pacing": "each source fanned out to most targets within a minute or two",
                "ip_source": f"{provider} VM per key, {round(p_vpn, 2)} share via VPN exits",
                "user_agent": "HTTP library per key",
                "languages": "source en (ShareGPT); targets as listed",
                "start": start,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: code harvest hidden inside a real code-review product's traffic


def whetstone(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "whetstone"
    product = pick(
        rng, ("DiffHound", "ReviewLoop", "PRism", "Codepatch AI", "MergeMate", "LintLark")
    )
    n_keys = irange(rng, 1, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 2, 5), "aws")
    ua = pick(rng, CROWD_SDK[:2])
    accts = [
        _camp(ctx, rng, fam, cid, "product_key", org=org, pay=card, ua=ua, ips=backend)
        for _ in range(n_keys)
    ]
    weights = rng.dirichlet(np.ones(n_keys) * 2) if n_keys > 1 else np.ones(1)
    owners = (
        "acme",
        "northwind",
        "bluepeak",
        "ferrolabs",
        "tidal",
        "octavo",
        "kiteworks",
        "lumen",
        "quarry",
    )
    parts = (
        "api",
        "web",
        "billing",
        "auth",
        "mobile",
        "infra",
        "search",
        "ingest",
        "payments",
        "sdk",
    )
    repos = [
        f"{pick(rng, owners)}/{pick(rng, parts)}-{pick(rng, ('service', 'app', 'core', 'gateway'))}"
        for _ in range(irange(rng, 20, 60))
    ]
    curve = global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.5, 0.8)))
    rate = float(rng.uniform(18, 35))
    share = float(rng.uniform(0.2, 0.4))
    h_start = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    prod_ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    harv_ts = thinned(
        rng, h_start, ctx.t1, rate * share / (1 - share) * (ctx.t1 - h_start) / HOUR, curve
    )
    p_new_prod = float(rng.uniform(0.15, 0.4))
    code_langs = rng.permutation(list(tx.PROG_LANGS))[: irange(rng, 5, 9)].tolist()
    key_prod = rng.choice(n_keys, size=len(prod_ts), p=weights)
    key_harv = rng.choice(n_keys, size=len(harv_ts), p=weights)
    for k, a in enumerate(accts):
        tp, th = prod_ts[key_prod == k], harv_ts[key_harv == k]
        ctx.emit(
            rng,
            a,
            tp,
            [tx.review_prompt(rng, product, pick(rng, repos), ctx.chat) for _ in range(len(tp))],
            models=ctx.models(rng, tp, p_new_prod, 0.1),
            comp_median=220.0,
            comp_sigma=0.7,
        )
        ctx.emit(
            rng,
            a,
            th,
            [
                tx.synthesis_prompt(
                    rng, product, pick(rng, repos), pick(rng, code_langs), pick(rng, tx.CODE_TASKS)
                )
                for _ in range(len(th))
            ],
            models=ctx.models(rng, th, 0.9, 0.0),
            comp_median=950.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        jsonable(
            {
                "operation": "code harvest hidden in a real code-review product's traffic",
                "product": product,
                "keys": n_keys,
                "orgs": 1,
                "payment": "company card (long-standing)",
                "pacing": "product's global load curve; harvest follows the same curve",
                "product_per_hour": round(rate, 1),
                "harvest_share": round(share, 2),
                "harvest_start": h_start,
                "ip_source": f"product backend on aws ({len(backend)})",
                "user_agent": ua,
                "code_languages": code_langs,
                "languages": {"en": 1.0},
                "hard": "harvest shares the product's template, keys, addresses and load curve",
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: bought / compromised aged accounts that pivot to harvesting


def sudden_death(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sudden_death"
    n = irange(rng, 10, 22)
    op_tz = int(pick(rng, TZS))
    op_curve = workday(op_tz, start=8.0, end=22.0, weekend=0.7, night=0.03)
    langs = tx.lang_mix(rng, ["en", "es", "de", "pt", "ru", "ja"], main="en")
    keep_ua = float(rng.uniform(0.4, 0.8))
    accts, pivots = [], []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = pick(rng, CROWD_BROWSERS + CROWD_SDK[:1])
        own_ip = home(rng, 1, tz)
        a = _camp(ctx, rng, fam, cid, "bought_account", ua=ua, ips=own_ip, tz=tz)
        accts.append(a)
        pivot = float(
            np.clip(ctx.release + rng.uniform(-1.0, 1.5) * DAY, ctx.t0 + DAY, ctx.t1 - 0.75 * DAY)
        )
        pivots.append(pivot)
        owner_curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        s_own = session_times(
            rng,
            ctx.t0,
            pivot,
            float(rng.uniform(0.5, 1.6)),
            owner_curve,
            float(rng.uniform(2, 6)),
            float(rng.uniform(60, 180)),
        )
        ts_own = np.sort(np.concatenate(s_own)) if s_own else np.empty(0)
        if len(ts_own) == 0:  # an aged account has at least a little history
            ts_own = np.sort(rng.uniform(ctx.t0, pivot, size=3))
        ctx.emit(
            rng,
            a,
            ts_own,
            [pick(rng, ctx.chat) for _ in range(len(ts_own))],
            models=ctx.models(rng, ts_own, 0.15, 0.1),
            comp_median=350.0,
        )
        proxies = resi(rng, irange(rng, 3, 8), REGION_OF_TZ[tz])
        s_op = session_times(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(3, 7)),
            op_curve,
            float(rng.uniform(8, 16)),
            float(rng.uniform(20, 50)),
        )
        ts_op, ips_op = [], []
        for sess in s_op:
            ip = pick(rng, proxies)
            ts_op.extend(sess.tolist())
            ips_op.extend([ip] * len(sess))
        ts_o = np.asarray(ts_op)
        op_ua = ua if chance(rng, keep_ua) else "OpenAI/Python 1.54.0"
        ctx.emit(
            rng,
            a,
            ts_o,
            [tx.natural_harvest(rng, tx.draw_lang(rng, langs)) for _ in range(len(ts_o))],
            models=ctx.models(rng, ts_o, 0.85, 0.02),
            ips=ips_op,
            ua=op_ua,
            comp_median=900.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        jsonable(
            {
                "operation": "bought aged accounts pivoting to explanation/reasoning harvest",
                "keys": n,
                "orgs": n,
                "payment": "original owners' cards",
                "operator_tz": op_tz,
                "pivots": pivots,
                "pacing": "owner's sparse sessions, then operator working-hours sessions",
                "ip_source": "owner home IP, then residential proxies in the owner's region",
                "user_agent": f"owner's UA kept with p={round(keep_ua, 2)}, else common SDK",
                "languages": langs,
                "hard": "aged history, same region, same card, natural phrasing",
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: harvest dressed as an evaluation lab's benchmark runs


def step_back(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "step_back"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("azure", "gcp", "aws"))
    ips = cloud(rng, irange(rng, 1, 3), provider)
    tz = int(pick(rng, (-8, -5, 0, 1, 2)))
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "eval_runner",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    langs = tx.lang_mix(rng, ["en", "es", "de", "ja", "ko"], main="en")
    runs_per_day = float(rng.uniform(2, 5))
    starts = thinned(rng, ctx.t0, ctx.t1, runs_per_day * (ctx.t1 - ctx.t0) / DAY, workday(tz))
    gap = float(rng.uniform(0.8, 2.5))
    p_mc = float(rng.uniform(0.45, 0.75))
    p_new_run = float(rng.uniform(0.55, 0.8))
    n_items = 0
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s in starts.tolist():
        size = irange(rng, 150, 450)
        k = int(rng.integers(n_keys))
        if s >= ctx.release and chance(rng, p_new_run):
            model = ctx.new_model
        else:
            model = ctx.old_models[-1] if chance(rng, 0.2) else ctx.old_models[0]
        t = s + np.cumsum(rng.lognormal(np.log(gap), 0.4, size=size))
        ts_l, p_l, m_l = per[k]
        for x in t.tolist():
            lang = tx.draw_lang(rng, langs)
            p_l.append(
                tx.mc_item(rng, True, lang) if chance(rng, p_mc) else tx.numeric_item(rng, True)
            )
            ts_l.append(x)
            m_l.append(model)
        n_items += size
    for a, (ts, ps, ms) in zip(accts, per, strict=True):
        o = np.argsort(ts, kind="stable").tolist()
        ts_a = np.asarray(ts)[o] if ts else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts_a,
            [ps[i] for i in o],
            models=[ms[i] for i in o],
            comp_median=650.0,
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        jsonable(
            {
                "operation": "explanation harvest dressed as benchmark evaluation runs",
                "keys": n_keys,
                "orgs": 1,
                "payment": "one card",
                "runs_per_day": round(runs_per_day, 1),
                "item_gap_s": round(gap, 2),
                "tz": tz,
                "new_model_share_of_runs_after_release": round(p_new_run, 2),
                "ip_source": f"{provider} ({len(ips)})",
                "user_agent": "OpenAI/Python 1.54.0",
                "languages": langs,
                "hard": "benchmark format, eval-lab cadence and addresses; items never repeat",
            }
        ),
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "killshot": killshot,
    "clutch": clutch,
    "haft": haft,
    "double_bit": double_bit,
    "no_spin": no_spin,
    "half_spin": half_spin,
    "overhand": overhand,
    "dropshot": dropshot,
    "throw_line": throw_line,
    "whetstone": whetstone,
    "sudden_death": sudden_death,
    "step_back": step_back,
}

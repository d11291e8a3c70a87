"""Campaign families of blind batch 312 (code names from ice fishing).

Each family is `f(ctx, rng, campaign_id)`: it draws everything (key counts, orgs, cards, pacing,
addresses, user agents, languages, template styles, model choice) from its own generator, writes
its accounts' events into `ctx.sink` and its truth into `ctx.truth`. Draw order never depends on a
set or on `hash()`. Four families (`fish_house`, `hole_hopper`, `dead_stick`, `minnow_bucket`) are
built to look like legitimate use as far as a real operator would take it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    SDK_OTHER,
    Acct,
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
    mobile_v6,
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
from bench.monitor_blind312 import texts

Rng = np.random.Generator

#: user agents exactly as the simulator's background writes them (what ordinary clients send)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0")
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)
VPN_PROVIDERS = ("m247", "leaseweb", "ovh", "vultr", "digitalocean", "linode")


# ---------------------------------------------------------------------------------------------
# helpers


def subset(rng: Rng, seq: Sequence, lo: int, hi: int) -> list:
    """Between lo and hi distinct items of `seq`, in a random order."""
    k = irange(rng, lo, min(hi, len(seq)))
    return [seq[i] for i in rng.permutation(len(seq))[:k].tolist()]


def weights(rng: Rng, n: int, conc: float = 1.5) -> np.ndarray:
    return rng.dirichlet(np.full(n, conc))


def choose(rng: Rng, seq: Sequence, w: np.ndarray):
    return seq[int(rng.choice(len(seq), p=w))]


def cards(rng: Rng, mode: str, n_keys: int) -> list[str]:
    """Payment fingerprints per key: one shared card, one per key, or a few cards reused."""
    if mode == "shared":
        return [hexid(rng, "pay")] * n_keys
    if mode == "per_key":
        return [hexid(rng, "pay") for _ in range(n_keys)]
    pool = [hexid(rng, "pay") for _ in range(max(2, n_keys // irange(rng, 3, 6)))]
    return picks(rng, pool, n_keys)


def orgs_for(rng: Rng, n_orgs: int, n_keys: int) -> list[str]:
    pool = [hexid(rng, "org") for _ in range(n_orgs)]
    return [pool[i % n_orgs] for i in range(n_keys)] if n_orgs < n_keys else pool[:n_keys]


def vpn_exits(rng: Rng, n: int) -> list[str]:
    out: list[str] = []
    for prov in subset(rng, VPN_PROVIDERS, 2, 4):
        out.extend(cloud(rng, max(2, n // 3), prov))
    return out[:n] if len(out) >= n else out


def tz_langs(tz: int) -> tuple[str, ...]:
    return {
        -8: ("en",),
        -5: ("en", "es"),
        -3: ("pt", "es"),
        0: ("en",),
        1: ("en", "es"),
        2: ("en",),
        3: ("tr", "en"),
        5: ("hi", "en"),
        8: ("id", "vi", "en"),
        9: ("en",),
    }[tz]


def window(ctx: Ctx, start: float, end: float) -> tuple[float, float]:
    return max(ctx.t0, start), min(ctx.t1, end)


def send(
    ctx: Ctx,
    rng: Rng,
    acct: Acct,
    ts: np.ndarray,
    make: Callable[[Rng], str | tuple[str, int]],
    *,
    p_new: float,
    p_mini: float = 0.05,
    comp: float = 350.0,
    sigma: float = 0.6,
    err: float = 0.01,
    ips=None,
    ua=None,
    models=None,
) -> int:
    """Emit one account's events; `make` returns a prompt or (prompt, extra prompt tokens)."""
    ts = np.sort(np.asarray(ts, dtype=np.float64))
    if len(ts) == 0:
        return 0
    made = [make(rng) for _ in range(len(ts))]
    prompts = [m if isinstance(m, str) else m[0] for m in made]
    extra = [0 if isinstance(m, str) else int(m[1]) for m in made]
    if models is None:
        models = ctx.models(rng, ts, p_new, p_mini)
    return ctx.emit(
        rng,
        acct,
        ts,
        prompts,
        models=models,
        ips=ips,
        ua=ua,
        comp_median=comp,
        comp_sigma=sigma,
        err=err,
        extra=np.asarray(extra, dtype=np.int64),
    )


def concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# ---------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def auger(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "auger"
    n = irange(rng, 7, 14)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr", "scaleway"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    pay_mode = pick(rng, ("shared", "per_key", "pool"))
    pays = cards(rng, pay_mode, n)
    orgs = orgs_for(rng, irange(rng, 1, 3), n)
    ua = sdk_ua(rng, 0.4)
    langs = ["en", *subset(rng, ("zh", "ru", "es", "de", "ko"), 1, 3)]
    lw = weights(rng, len(langs))
    lw[0] += 1.0
    lw /= lw.sum()
    wraps = subset(rng, range(5), 2, 5)
    start, end = window(ctx, ctx.release - float(rng.uniform(1.0, 2.5)) * DAY, ctx.t1)
    rate = float(rng.uniform(50, 110))
    curve = pick(rng, (constant, global_load(float(rng.uniform(0, 24)), 0.3)))
    streams = worker_pool(rng, start, end, rate, n, curve)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i],
            pay=pays[i],
            ua=ua,
            ips=subset(rng, block, 1, 3),
        )
        accts.append(a)
        send(
            ctx,
            rng,
            a,
            streams[i],
            lambda r: texts.reasoning_prompt(r, choose(r, langs, lw), wraps, ctx.chat),
            p_new=float(rng.uniform(0.82, 0.95)),
            comp=float(rng.uniform(700, 1100)),
            sigma=0.5,
            err=float(rng.uniform(0.02, 0.05)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n,
            "provider": provider,
            "payment": pay_mode,
            "rate_per_hour": round(rate, 1),
            "languages": langs,
            "wrap_styles": [int(w) for w in wraps],
            "user_agent": ua,
        },
    )


# ---------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading, nightly batches from a cloud NAT


def tip_up(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "tip_up"
    n = irange(rng, 4, 8)
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = cloud(rng, irange(rng, 1, 3), provider)
    org = hexid(rng, "org")
    pay_mode = pick(rng, ("shared", "pool"))
    pays = cards(rng, pay_mode, n)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2"))
    styles = subset(rng, texts.JUDGE_STYLES, 3, 5)
    tz = pick(rng, (-5, 0, 1, 8))
    night = float(rng.uniform(0, 4))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=camp,
            org=org,
            pay=pays[i],
            ua=ua,
            ips=nat,
            tz=tz,
        )
        accts.append(a)
        parts = []
        day = ctx.t0 + float(rng.uniform(0, 1.5)) * DAY
        while day < ctx.t1:
            midnight = np.floor((day + tz * HOUR) / DAY) * DAY - tz * HOUR
            starts = midnight + (night + rng.uniform(0, 3.0, size=irange(rng, 1, 3))) * HOUR
            boost = 1.6 if day > ctx.release else 1.0
            parts.extend(
                bursts(
                    rng,
                    starts,
                    float(rng.uniform(25, 70)) * boost,
                    float(rng.uniform(1.0, 3.0)),
                    0.5,
                    ctx.t1,
                )
            )
            day += DAY
        ts = concat(parts)
        send(
            ctx,
            rng,
            a,
            ts,
            lambda r: texts.judge_prompt(r, pick(r, styles), ctx.chat, ctx.passages),
            p_new=0.8,
            comp=float(rng.uniform(220, 400)),
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n,
            "provider": provider,
            "payment": pay_mode,
            "styles": list(styles),
            "pacing": "nightly bursts",
            "tz": tz,
        },
    )


# ---------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through VPN exits, separate sign-ups, reused cards


def jigging_spoon(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "jigging_spoon"
    n = irange(rng, 10, 20)
    exits = vpn_exits(rng, irange(rng, 15, 40))
    pays = cards(rng, "pool", n)
    styles = subset(rng, range(7), 3, 6)
    sw = weights(rng, len(styles))
    uas = subset(
        rng,
        ("python-requests/2.32.3", "Go-http-client/2.0", "python-httpx/0.28.1", BROWSERS[0]),
        1,
        3,
    )
    tz = pick(rng, (8, 7, 3))
    hold = float(rng.uniform(20, 60)) * MINUTE
    accts = []
    for i in range(n):
        onboard = ctx.t0 + float(rng.uniform(0.2, 3.5)) * DAY
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="signup",
            campaign_id=camp,
            pay=pays[i],
            ua=pick(rng, uas),
            ips=exits,
            tz=tz,
        )
        accts.append(a)
        sess = session_times(
            rng,
            onboard,
            ctx.t1,
            float(rng.uniform(2, 4)),
            workday(tz, 9, 21, 0.5),
            float(rng.uniform(12, 30)),
            float(rng.uniform(4, 14)),
            0.6,
        )
        ts = concat(sess)
        send(
            ctx,
            rng,
            a,
            ts,
            lambda r: texts.policy_prompt(r, int(choose(r, styles, sw)), ctx.chat, ctx.passages),
            p_new=0.7,
            comp=float(rng.uniform(350, 550)),
            err=0.03,
            ips=sticky(rng, np.sort(ts), exits, hold),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "keys": n,
            "exits": len(exits),
            "payment": "reused cards",
            "styles": [int(s) for s in styles],
            "tz": tz,
            "sticky_hold_min": round(hold / MINUTE, 1),
        },
    )


# ---------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from an orchestration framework


def spud_bar(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "spud_bar"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("gcp", "aws", "oracle"))
    ips = cloud(rng, irange(rng, 2, 4), provider)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    styles = subset(rng, range(4), 2, 4)
    start, end = window(ctx, ctx.release - float(rng.uniform(0.5, 2.0)) * DAY, ctx.t1)
    rate = float(rng.uniform(25, 50))
    streams = worker_pool(rng, start, end, rate, n)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="runner",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        accts.append(a)
        send(
            ctx,
            rng,
            a,
            streams[i],
            lambda r: texts.agent_prompt(r, pick(r, styles)),
            p_new=0.9,
            comp=float(rng.uniform(300, 600)),
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "keys": n,
            "provider": provider,
            "rate_per_hour": round(rate, 1),
            "styles": [int(s) for s in styles],
            "user_agent": ua,
        },
    )


# ---------------------------------------------------------------------------------------------
# 5. synthetic dataset generation in parallel bursts from Asian cloud regions


def flasher(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "flasher"
    n = irange(rng, 5, 10)
    n_orgs = irange(rng, 2, 3)
    orgs = orgs_for(rng, n_orgs, n)
    org_pay = {o: hexid(rng, "pay") for o in sorted(dict.fromkeys(orgs))}
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    styles = subset(rng, range(7), 4, 7)
    ua = pick(rng, SDK_OTHER[:6])
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=camp,
            org=orgs[i],
            pay=org_pay[orgs[i]],
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        accts.append(a)
        start = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(6, 12)) * (ctx.t1 - start) / DAY, constant
        )
        ts = concat(
            bursts(rng, starts, float(rng.uniform(8, 20)), float(rng.uniform(3, 10)), 0.5, ctx.t1)
        )
        send(
            ctx,
            rng,
            a,
            ts,
            lambda r: texts.dataset_prompt(r, pick(r, styles)),
            p_new=0.9,
            comp=float(rng.uniform(1800, 2600)),
            sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n,
            "orgs": n_orgs,
            "provider": provider,
            "styles": [int(s) for s in styles],
            "payment": "prepaid card per org",
        },
    )


# ---------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through a residential proxy pool


def rattle_reel(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "rattle_reel"
    n = irange(rng, 20, 35)
    region = pick(rng, ("*", "us", "eu", "latam"))
    pool = resi(rng, irange(rng, 120, 260), region)
    langs = ["en", *subset(rng, ("es", "pt", "de", "ja", "fr"), 1, 3)]
    lw = weights(rng, len(langs))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    per_day = float(rng.uniform(6, 12))
    accts = []
    for _i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="conversation_bot",
            campaign_id=camp,
            ua=ua,
            ips=pool,
        )
        accts.append(a)
        onboard = ctx.t0 + float(rng.uniform(0, 2.5)) * DAY
        for sess in session_times(
            rng,
            onboard,
            ctx.t1,
            per_day,
            constant,
            float(rng.uniform(6, 10)),
            float(rng.uniform(20, 40)),
            0.5,
        ):
            lang = choose(rng, langs, lw)
            prompts = [texts.dialogue_opener(rng, lang, ctx.chat)]
            prompts += [texts.dialogue_followup(rng, lang) for _ in range(len(sess) - 1)]
            extra = np.cumsum(np.concatenate([[0], rng.integers(150, 450, size=len(sess) - 1)]))
            ip = pick(rng, pool)
            ctx.emit(
                rng,
                a,
                sess,
                prompts,
                models=ctx.models(rng, sess, 0.85),
                ips=[ip] * len(sess),
                comp_median=float(rng.uniform(350, 600)),
                err=0.02,
                extra=extra,
            )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n,
            "proxy_region": region,
            "proxy_pool": len(pool),
            "languages": langs,
            "sessions_per_day": round(per_day, 1),
            "payment": "one virtual card per key",
        },
    )


# ---------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: each job is one prompt sent n times


def tip_down(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "tip_down"
    n = irange(rng, 4, 8)
    provider = pick(rng, ("aws", "azure", "linode", "oracle"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.54.0"))
    p_soft = float(rng.uniform(0.3, 0.7))
    n_lo, n_hi = irange(rng, 3, 6), irange(rng, 8, 16)
    start, end = window(ctx, ctx.t0 + float(rng.uniform(1.0, 3.5)) * DAY, ctx.t1)
    jobs = worker_pool(rng, start, end, float(rng.uniform(4, 9)), n)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        accts.append(a)
        for t in jobs[i].tolist():
            k = irange(rng, n_lo, n_hi)
            ts = t + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.6, size=k - 1))])
            if chance(rng, p_soft):
                p, comp = texts.soft_label_prompt(rng, irange(rng, 0, 2), ctx.chat), 80.0
            else:
                p, comp = texts.best_of_n_prompt(rng, irange(rng, 0, 2), ctx.chat), 380.0
            ctx.emit(
                rng,
                a,
                ts,
                [p] * k,
                models=ctx.models(rng, ts[:1], 0.85) * k,
                comp_median=comp,
                err=0.02,
            )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n,
            "provider": provider,
            "repeats": [n_lo, n_hi],
            "soft_label_share": round(p_soft, 2),
        },
    )


# ---------------------------------------------------------------------------------------------
# 8. code harvest from CI runners (a fresh cloud address almost every request)


def slush_cup(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "slush_cup"
    n = irange(rng, 6, 12)
    orgs = orgs_for(rng, 2, n)
    org_pay = {o: hexid(rng, "pay") for o in sorted(dict.fromkeys(orgs))}
    provider = pick(rng, ("azure", "aws", "gcp"))
    styles = subset(rng, range(4), 2, 4)
    ua = pick(rng, ("OpenAI/Python 1.63.2", "python-requests/2.32.3", "OpenAI/NodeJS 4.85.1"))
    start = ctx.release - float(rng.uniform(1.0, 2.5)) * DAY
    hours = np.arange(np.ceil(start / HOUR) * HOUR, ctx.t1, HOUR)
    hours = hours[rng.random(len(hours)) < float(rng.uniform(0.6, 0.95))]
    who = rng.integers(0, n, size=len(hours))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="ci_job",
            campaign_id=camp,
            org=orgs[i],
            pay=org_pay[orgs[i]],
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        accts.append(a)
        starts = hours[who == i] + rng.uniform(0, 90, size=int((who == i).sum()))
        ts = concat(
            bursts(rng, starts, float(rng.uniform(20, 60)), float(rng.uniform(1, 3)), 0.5, ctx.t1)
        )
        send(
            ctx,
            rng,
            a,
            ts,
            lambda r: texts.code_prompt(r, pick(r, styles)),
            p_new=0.9,
            comp=float(rng.uniform(700, 1100)),
            err=0.03,
            ips=cloud(rng, len(ts), provider),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code_harvest",
            "keys": n,
            "provider": provider,
            "pacing": "hourly CI bursts",
            "styles": [int(s) for s in styles],
        },
    )


# ---------------------------------------------------------------------------------------------
# 9. HARD: a real writing app whose backend also feeds a harvest queue through the same wrapper

APPS = ("Quillory", "Draftwell", "Inkpath", "Brevio", "Wordloom", "Penwise")


def fish_house(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "fish_house"
    app = pick(rng, APPS)
    n = irange(rng, 3, 5)
    provider = pick(rng, ("aws", "gcp"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, BG_SDK[:2])
    share = weights(rng, n, 3.0)
    share[-1] *= 0.15  # the staging key
    share /= share.sum()
    rate = float(rng.uniform(35, 65))
    p_h0, p_h1 = float(rng.uniform(0.12, 0.22)), float(rng.uniform(0.25, 0.38))
    curve = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.6)))
    ts_all = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    who = rng.choice(n, size=len(ts_all), p=share)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="staging" if i == n - 1 else "product_backend",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        accts.append(a)
        ts = ts_all[who == i]
        harvest = rng.random(len(ts)) < np.where(ts >= ctx.release, p_h1, p_h0)
        prompts, models, comp = [], [], []
        for t, h in zip(ts.tolist(), harvest.tolist(), strict=True):
            if h:
                u = rng.random()
                if u < 0.5:
                    body = texts.reasoning_item(rng, ctx.chat) + pick(
                        rng, ("", "\nPlease explain fully.", "\nshow your working")
                    )
                elif u < 0.8:
                    subj, concepts = pick(rng, texts.CURRICULUM)
                    body = texts.curriculum_prompt(rng, "en", subj, pick(rng, concepts))
                else:
                    body = texts.dataset_prompt(rng, pick(rng, (5, 6)))
                prompts.append(texts.app_prompt(rng, app, pick(rng, ("ask", "explain")), body))
                models.append(ctx.models(rng, np.array([t]), 0.8)[0])
                comp.append(650.0)
            else:
                mode = pick(rng, texts.APP_MODES)
                src = (
                    texts.passage(rng, ctx.passages, 900)
                    if mode in ("summarise", "shorten")
                    else texts.short_chat(rng, ctx.chat, 5, 1200)
                )
                prompts.append(texts.app_prompt(rng, app, mode, src))
                models.append(ctx.models(rng, np.array([t]), 0.45, 0.1)[0])
                comp.append(300.0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.asarray(comp), err=0.01)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "app": app,
            "keys": n,
            "provider": provider,
            "rate_per_hour": round(rate, 1),
            "harvest_share": [round(p_h0, 2), round(p_h1, 2)],
            "user_agent": ua,
        },
    )


# ---------------------------------------------------------------------------------------------
# 10. HARD: a low-and-slow crowd of student-like accounts working through a syllabus


def hole_hopper(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "hole_hopper"
    n = irange(rng, 40, 70)
    tzs = subset(rng, (-5, -3, 5, 8, 3), 2, 3)
    syllabus = [(s, c) for s, cs in texts.CURRICULUM for c in cs]
    order = rng.permutation(len(syllabus)).tolist()
    per = max(3, len(syllabus) // n + irange(rng, 1, 3))
    accts = []
    for i in range(n):
        tz = pick(rng, tzs)
        langs = tz_langs(tz)
        lang = pick(rng, langs)
        ips = home(rng, 1, tz)
        if chance(rng, 0.35):
            ips += mobile_v6(
                rng, 1, pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
            )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=camp,
            ua=pick(rng, BG_BROWSER),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        mine = [syllabus[order[(i * per + k) % len(syllabus)]] for k in range(per)]
        onboard = ctx.t0 + float(rng.uniform(0.0, 2.0)) * DAY
        sess = session_times(
            rng,
            onboard,
            ctx.t1,
            float(rng.uniform(1, 3)),
            evening_person(tz),
            float(rng.uniform(3, 6)),
            float(rng.uniform(60, 180)),
            0.7,
        )
        ts = concat(sess)
        j = [0]

        def make(r: Rng, mine=mine, lang=lang, j=j) -> str:
            if chance(r, 0.12):  # cover traffic: an ordinary question now and then
                return texts.typo(r, texts.short_chat(r, ctx.chat, 5, 300), 0.5)
            s, c = mine[(j[0] // 3) % len(mine)]
            j[0] += 1
            return texts.curriculum_prompt(r, lang, s, c, j[0] + irange(r, 0, 1))

        send(
            ctx,
            rng,
            a,
            ts,
            make,
            p_new=float(rng.uniform(0.4, 0.65)),
            p_mini=0.08,
            comp=float(rng.uniform(500, 700)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "curriculum_sweep_low_and_slow_crowd",
            "keys": n,
            "tzs": [int(t) for t in tzs],
            "concepts_per_key": per,
            "payment": "one card per key",
            "addresses": "home-region residential",
        },
    )


# ---------------------------------------------------------------------------------------------
# 11. HARD: bought aged accounts (own history, own cards) turned to translation harvest


def dead_stick(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "dead_stick"
    n = irange(rng, 14, 24)
    region = pick(rng, ("*", "eu", "us", "sea"))
    pool = resi(rng, irange(rng, 60, 150), region)
    tgts = subset(
        rng,
        ("es", "pt", "de", "fr", "it", "ja", "ko", "zh", "ar", "tr", "vi", "pl", "hi", "id"),
        4,
        7,
    )
    styles = subset(rng, range(4), 2, 4)
    pivot = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    op_tz = pick(rng, (1, 2, 3, 8))
    hold = float(rng.uniform(30, 90)) * MINUTE
    accts = []
    for _i in range(n):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5, 9))
        ua = pick(rng, BG_SDK + BG_BROWSER[:2])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=camp,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        # the original owner's history
        own = concat(
            session_times(
                rng,
                ctx.t0,
                pivot,
                float(rng.uniform(0.6, 2.0)),
                pick(rng, (evening_person(tz), workday(tz))),
                3.0,
                90.0,
            )
        )
        send(
            ctx,
            rng,
            a,
            own,
            lambda r: texts.typo(r, texts.short_chat(r, ctx.chat, 5, 600), 0.2),
            p_new=0.2,
            p_mini=0.2,
            comp=330.0,
        )
        # the operator's use after the hand-over
        take = pivot + float(rng.uniform(0, 0.5)) * DAY
        ts = concat(
            session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(5, 12)),
                pick(rng, (constant, workday(op_tz, 8, 23, 0.7))),
                float(rng.uniform(6, 10)),
                float(rng.uniform(25, 60)),
                0.6,
            )
        )
        new_ua = ua if chance(rng, 0.7) else pick(rng, BG_SDK)
        send(
            ctx,
            rng,
            a,
            ts,
            lambda r: texts.translation_prompt(
                r, pick(r, styles), pick(r, tgts), ctx.chat, ctx.passages
            ),
            p_new=0.75,
            comp=float(rng.uniform(420, 600)),
            ips=sticky(rng, ts, pool, hold),
            ua=new_ua,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "aged_accounts_translation_harvest",
            "keys": n,
            "proxy_region": region,
            "targets": list(tgts),
            "pivot_ts": round(pivot, 1),
            "styles": [int(s) for s in styles],
            "payment": "original owners' cards",
        },
    )


# ---------------------------------------------------------------------------------------------
# 12. HARD: replay of a public prompt collection for the new model's answers


def minnow_bucket(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "minnow_bucket"
    n = irange(rng, 12, 20)
    region, tz = pick(rng, (("us", -5), ("eu", 1), ("us", -8), ("eu", 0)))
    pays = cards(rng, "pool", n)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = [0]

    def next_prompt(r: Rng) -> str:
        s = ctx.chat[order[cursor[0] % len(order)]]
        cursor[0] += 1
        return " ".join(s.split()) if chance(r, 0.3) else s

    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=camp,
            pay=pays[i],
            ua=pick(rng, BG_SDK),
            ips=resi(rng, 1, region),
            tz=tz,
        )
        accts.append(a)
        probe_s = ctx.t0 + float(rng.uniform(1.0, 3.5)) * DAY
        probe = thinned(rng, probe_s, ctx.release, float(rng.uniform(3, 12)), workday(tz))
        send(ctx, rng, a, probe, next_prompt, p_new=0.0, comp=340.0)
        start = ctx.release + float(rng.uniform(0.0, 0.5)) * DAY
        ts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(4, 9)) * (ctx.t1 - start) / HOUR * 0.45,
            workday(tz, 8, 20, 0.3),
        )
        send(ctx, rng, a, ts, next_prompt, p_new=0.9, comp=float(rng.uniform(330, 420)))
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n,
            "region": region,
            "tz": tz,
            "payment": "few prepaid cards",
            "addresses": "static residential (ISP proxies)",
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "auger": auger,
    "tip_up": tip_up,
    "jigging_spoon": jigging_spoon,
    "spud_bar": spud_bar,
    "flasher": flasher,
    "rattle_reel": rattle_reel,
    "tip_down": tip_down,
    "slush_cup": slush_cup,
    "fish_house": fish_house,
    "hole_hopper": hole_hopper,
    "dead_stick": dead_stick,
    "minnow_bucket": minnow_bucket,
}

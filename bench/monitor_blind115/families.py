"""Campaign families of blind batch 115 (code names from badminton). Each family is a function
`(ctx, rng, campaign_id)` that creates its accounts, emits their events and records one campaign;
everything about it (keys, orgs, cards, pacing, addresses, agents, languages, models) is drawn from
the family's own generator. See README.md (read it only after the monitor's single run)."""

from __future__ import annotations

import math

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
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
    jitter_start,
    mobile_v6,
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
from bench.monitor_blind115 import texts

#: user agents as they appear in the simulator's own background traffic
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0")
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
HOSTING = ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "linode", "scaleway", "selectel")
BIG_CLOUD = ("aws", "gcp", "azure", "oracle")
#: the language people of a UTC offset most likely write in (for person-like traffic)
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es", "en"),
    2: ("de", "en"),
    3: ("en",),
    5: ("en",),
    8: ("zh", "en"),
    9: ("ja",),
}


def model_mix(
    ctx: Ctx,
    rng: np.random.Generator,
    ts,
    p_new: float,
    delay: float = 0.0,
    p_mini: float = 0.05,
    ramp: float = 0.0,
) -> list[str]:
    """Per event: the new model with probability p_new from release + delay (reached linearly over
    `ramp` seconds), otherwise the old flagship or (p_mini) the small old model."""
    ts = np.asarray(ts, dtype=np.float64)
    since = ts - (ctx.release + delay)
    p = np.where(since >= 0, p_new * (np.clip(since / ramp, 0, 1) if ramp > 0 else 1.0), 0.0)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [
        new if a < q else (mini if b < p_mini else old)
        for a, q, b in zip(u.tolist(), p.tolist(), v.tolist(), strict=True)
    ]


def _langs(
    rng: np.random.Generator, main: str, others: tuple[str, ...], k: int
) -> tuple[list[str], list[float]]:
    extra = [str(x) for x in rng.choice(others, size=min(k, len(others)), replace=False)]
    w_main = float(rng.uniform(0.4, 0.8))
    langs = [main] + extra
    weights = [w_main] + [(1 - w_main) / max(1, len(extra))] * len(extra)
    return langs, weights


def _draw(rng: np.random.Generator, values: list, weights: list[float], n: int) -> list:
    idx = rng.choice(len(values), size=n, p=np.asarray(weights) / np.sum(weights))
    return [values[i] for i in idx.tolist()]


def _styles(rng: np.random.Generator, n_styles: int, lo: int, hi: int) -> list[int]:
    return sorted(int(x) for x in rng.choice(n_styles, size=irange(rng, lo, hi), replace=False))


def _worker(ctx: Ctx, rng, family: str, cid: str, **kw) -> Acct:
    return ctx.account(
        rng, label="campaign", family=family, role=kw.pop("role", "worker"), campaign_id=cid, **kw
    )


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def jump_smash(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "jump_smash"
    n = irange(rng, 12, 26)
    provs = [str(p) for p in rng.choice(HOSTING, size=irange(rng, 1, 2), replace=False)]
    block = [ip for p in provs for ip in rented_block(rng, p, irange(rng, 2, 4), irange(rng, 3, 6))]
    per_card = irange(rng, 3, 6)
    cards = [hexid(rng, "pay") for _ in range(math.ceil(n / per_card))]
    ua = sdk_ua(rng, 0.4)
    styles = _styles(rng, texts.REASONING_STYLES, 2, 4)
    langs, lw = _langs(rng, "en", ("zh", "ru", "es"), irange(rng, 1, 2))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts = [
        _worker(
            ctx,
            rng,
            fam,
            cid,
            pay=cards[i // per_card],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    rate = float(rng.uniform(50, 100))
    delay = float(rng.uniform(0.5, 6)) * HOUR
    comp = float(rng.uniform(1200, 1800))
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n), strict=True):
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [texts.reasoning_prompt(rng, pick(rng, styles), lang) for lang in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.93, delay, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n,
            "orgs": "one per key",
            "payment": f"prepaid, {per_card} keys per card",
            "ip_source": f"rented hosting blocks ({', '.join(provs)})",
            "pacing": f"Poisson worker pool {rate:.0f}/h, 24/7",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "new_model_delay_h": round(delay / HOUR, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading, bursts from a big cloud


def net_kill(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "net_kill"
    n = irange(rng, 6, 12)
    org = hexid(rng, "org")
    prov = pick(rng, BIG_CLOUD)
    ua = pick(
        rng, ("dspy/2.6.3 litellm/1.60.2", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0")
    )
    styles = _styles(rng, texts.JUDGE_STYLES, 3, 5)
    start = ctx.t0 + float(rng.uniform(2.0, 3.6)) * DAY
    accts = [
        _worker(ctx, rng, fam, cid, org=org, ua=ua, ips=cloud(rng, irange(rng, 1, 2), prov))
        for _ in range(n)
    ]
    per_day = float(rng.uniform(3, 6))
    size = float(rng.uniform(20, 50))
    delay = float(rng.uniform(0.2, 2)) * HOUR
    for acct in accts:
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        trains = bursts(rng, starts, size, 1.6)
        ts = np.concatenate(trains) if trains else np.empty(0)
        prompts = [
            texts.judge_prompt(
                rng,
                pick(rng, styles),
                pick(rng, ctx.chat),
                pick(rng, ctx.passages),
                pick(rng, ctx.passages),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.97, delay, p_mini=0.0),
            comp_median=float(rng.uniform(180, 320)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading harvest",
            "keys": n,
            "orgs": 1,
            "payment": "one card per key",
            "ip_source": f"{prov} instances",
            "pacing": f"bursts ~{size:.0f} requests, {per_day:.1f}/day/key from day "
            f"{(start - ctx.t0) / DAY:.1f}",
            "user_agent": ua,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through a residential proxy network


def hairpin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hairpin"
    n = irange(rng, 10, 20)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.5)
    card = hexid(rng, "pay")
    region = pick(rng, ("sea", "cn", "latam", "*"))
    pool = resi(rng, irange(rng, 150, 400), region)
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    styles = _styles(rng, texts.REWRITE_STYLES, 3, 5)
    accts = [
        _worker(
            ctx,
            rng,
            fam,
            cid,
            org=orgs[i % n_orgs],
            pay=card if shared_card else None,
            ua=ua,
            ips=[pool[0]],
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(30, 55))
    curve = workday(8, start=9.0, end=21.0, weekend=0.35, night=0.05)
    holds = []
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n, curve), strict=True):
        hold = float(rng.uniform(10, 40)) * MINUTE
        holds.append(round(hold / MINUTE, 1))
        prompts = [
            texts.policy_prompt(
                rng, pick(rng, styles), pick(rng, ctx.chat), pick(rng, ctx.passages)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.9, float(rng.uniform(3, 12)) * HOUR),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(450, 650)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-safe / censorship-safe rewrites",
            "keys": n,
            "orgs": n_orgs,
            "payment": "one shared prepaid card" if shared_card else "one card per key",
            "ip_source": f"residential proxies ({region}), sticky {min(holds)}-{max(holds)} min",
            "pacing": f"worker pool {rate:.0f}/h on a UTC+8 extended working day",
            "user_agent": ua,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts through VPN exits


def crosscourt(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "crosscourt"
    n = irange(rng, 8, 16)
    per_org = irange(rng, 2, 5)
    orgs = [hexid(rng, "org") for _ in range(math.ceil(n / per_org))]
    cards = [hexid(rng, "pay") for _ in orgs]
    exits = rented_block(rng, "m247", irange(rng, 2, 4), 4) + rented_block(
        rng, pick(rng, ("leaseweb", "vultr")), 2, 4
    )
    ua = pick(
        rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "langchain/0.3.7 python-openai/1.54.0")
    )
    styles = _styles(rng, texts.AGENT_STYLES, 2, 3)
    langs, lw = _langs(rng, "en", ("ja", "pt"), irange(rng, 1, 2))
    accts = [
        _worker(
            ctx,
            rng,
            fam,
            cid,
            org=orgs[i // per_org],
            pay=cards[i // per_org],
            ua=ua,
            ips=[exits[0]],
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate = float(rng.uniform(6, 12))
    eps = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    who = rng.integers(0, n, size=len(eps))
    buf: list[tuple[list, list, list]] = [([], [], []) for _ in range(n)]
    for s, w in zip(eps.tolist(), who.tolist(), strict=True):
        steps = irange(rng, 3, 9)
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=steps - 1))])
        prompts = texts.agent_episode(rng, pick(rng, styles), _draw(rng, langs, lw, 1)[0], steps)
        ip = pick(rng, exits)
        buf[w][0].extend(ts.tolist())
        buf[w][1].extend(prompts)
        buf[w][2].extend([ip] * steps)
    delay = float(rng.uniform(2, 10)) * HOUR
    for acct, (ts, prompts, ips) in zip(accts, buf, strict=True):
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=ips,
            models=model_mix(ctx, rng, ts, 0.85, delay),
            comp_median=float(rng.uniform(150, 260)),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest",
            "keys": n,
            "orgs": len(orgs),
            "payment": "one card per org",
            "ip_source": "commercial VPN exits (m247 and one more hosting network), new exit per episode",
            "pacing": f"{rate:.1f} episodes/h of 3-9 steps ~6 s apart",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in nightly cloud batches


def flick_serve(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "flick_serve"
    n = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    tz = pick(rng, (8, 3, 1, -5))
    styles = _styles(rng, texts.DATASET_STYLES, 3, 5)
    accts = [
        _worker(
            ctx, rng, fam, cid, org=org, pay=card, ua=ua, ips=cloud(rng, irange(rng, 2, 4), prov)
        )
        for _ in range(n)
    ]
    h0, hours = float(rng.uniform(0.5, 3)), float(rng.uniform(3, 5))
    rate = float(rng.uniform(28, 45))
    delay = float(rng.uniform(0, 1)) * DAY
    for acct, ts in zip(
        accts, worker_pool(rng, ctx.t0, ctx.t1, rate, n, nightly(h0, hours, tz)), strict=True
    ):
        prompts = [texts.dataset_prompt(rng, pick(rng, styles), ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.9, delay, p_mini=0.0),
            comp_median=float(rng.uniform(1900, 2600)),
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": f"{prov} batch instances",
            "pacing": f"nightly {hours:.1f} h window from {h0:.1f} h local "
            f"(UTC{tz:+d}), ~{rate * 24 / hours:.0f}/h inside the window ({rate:.0f}/h averaged)",
            "user_agent": ua,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest behind spoofed browsers and residential proxies


def shuttlecock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "shuttlecock"
    n = irange(rng, 15, 28)
    pool = resi(rng, irange(rng, 300, 700), "*")
    langs, lw = _langs(rng, "en", ("pt", "fr", "ja"), irange(rng, 1, 3))
    accts = [
        _worker(ctx, rng, fam, cid, ua=pick(rng, BROWSERS + BG_BROWSERS), ips=[pool[0]])
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(5, 9))
    convs = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    who = rng.integers(0, n, size=len(convs))
    buf: list[tuple[list, list, list]] = [([], [], []) for _ in range(n)]
    for s, w in zip(convs.tolist(), who.tolist(), strict=True):
        k = irange(rng, 4, 10)
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(12.0), 0.5, size=k - 1))])
        turns = texts.dialogue_turns(rng, _draw(rng, langs, lw, 1)[0], ctx.chat, k)
        buf[w][0].extend(ts.tolist())
        buf[w][1].extend(turns)
        buf[w][2].extend([pick(rng, pool)] * k)
    delay = float(rng.uniform(1, 4)) * HOUR
    for acct, (ts, prompts, ips) in zip(accts, buf, strict=True):
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=ips,
            models=model_mix(ctx, rng, ts, 0.9, delay),
            comp_median=float(rng.uniform(380, 520)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (simulated user turns)",
            "keys": n,
            "orgs": "one per key",
            "payment": "one card per key",
            "ip_source": "worldwide residential proxies, one per conversation",
            "pacing": f"{rate:.1f} conversations/h of 4-10 turns ~12 s apart",
            "user_agent": "spoofed browsers",
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling


def stick_smash(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "stick_smash"
    n = irange(rng, 3, 6)
    card = hexid(rng, "pay")
    prov = pick(rng, HOSTING)
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
    accts = [
        _worker(ctx, rng, fam, cid, pay=card, ua=ua, ips=cloud(rng, 1, prov)) for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    delay = float(rng.uniform(0.1, 1)) * HOUR
    info = []
    for acct in accts:
        style = int(rng.integers(0, texts.SAMPLING_STYLES))
        group = int(pick(rng, (4, 5, 6, 8)))
        rate = float(rng.uniform(1.2, 2.5))
        info.append({"style": style, "n": group, "groups_per_h": round(rate, 2)})
        ts_l, pr_l = [], []
        for s in thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant).tolist():
            ts_l.extend((s + np.sort(rng.uniform(0, 0.6, size=group))).tolist())
            pr_l.extend(texts.sample_group(rng, style, ctx.chat, group))
        ctx.emit(
            rng,
            acct,
            ts_l,
            pr_l,
            models=model_mix(ctx, rng, ts_l, 0.95, delay, p_mini=0.0),
            comp_median=float(rng.uniform(250, 380)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n,
            "orgs": "one per key",
            "payment": "one shared card",
            "ip_source": f"one {prov} server per key",
            "pacing": "parallel groups of n near-identical requests",
            "user_agent": ua,
            "per_key": info,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep over code and translation grids at a slow steady rate


def split_step(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "split_step"
    n = irange(rng, 3, 6)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    office = resi(rng, irange(rng, 1, 2), pick(rng, ("ru", "eu", "in")))
    runner = cloud(rng, irange(rng, 1, 2), pick(rng, HOSTING))
    ua = "python-requests/2.32.3"
    accts = []
    info = []
    for i in range(n):
        ips = office if i % 2 == 0 else runner
        acct = _worker(ctx, rng, fam, cid, org=org, pay=cards[i % len(cards)], ua=ua, ips=ips)
        accts.append(acct)
        mode = int(rng.integers(0, 3))
        rate = float(rng.uniform(8, 18))
        sweep = texts.Sweep(rng, ctx.passages, mode)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        gaps = rng.gamma(
            8.0, HOUR / rate / 8.0, size=int(rate * (ctx.t1 - start) / HOUR * 1.1) + 10
        )
        ts = start + np.cumsum(gaps)
        # a daily restart pause of about an hour
        pause_h = float(rng.uniform(0, 24))
        ts = ts[(((ts - ctx.t0) / HOUR - pause_h) % 24.0) > 1.0]
        ts = ts[ts < ctx.t1]
        prompts = [sweep.next() for _ in range(len(ts))]
        comp = [900.0 if p.startswith("[level") else 380.0 for p in prompts]
        delay = float(rng.uniform(12, 30)) * HOUR
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.8, delay, p_mini=0.0),
            comp_median=np.asarray(comp),
            err=0.01,
        )
        info.append(
            {
                "mode": ["code", "translation", "mixed"][mode],
                "per_h": round(rate, 1),
                "ip": "office broadband" if i % 2 == 0 else "hosting runner",
            }
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep (code tasks x languages x levels; translation grid)",
            "keys": n,
            "orgs": 1,
            "payment": f"{len(cards)} card(s) for the whole org",
            "ip_source": "office broadband + hosting runner",
            "pacing": "near-regular steady rate, 24/7, daily restart pause",
            "user_agent": ua,
            "per_key": info,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real product's traffic


def round_the_head(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "round_the_head"
    app = pick(rng, ("Quillnote", "Paperlark", "Draftwell", "Inkbridge", "Notemint"))
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    prov = pick(rng, ("aws", "gcp"))
    style = int(rng.integers(0, 3))
    accts = [
        _worker(
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
    share = rng.dirichlet(np.ones(n) * 3)
    rate = float(rng.uniform(40, 70))
    frac = float(rng.uniform(0.2, 0.35))
    peak = float(rng.uniform(13, 18))
    curve = global_load(peak, 0.6)

    def flat(ts):
        return 0.5 + 0.5 * curve(ts)

    real = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    hidden = thinned(
        rng,
        ctx.t0 + float(rng.uniform(0.5, 2)) * DAY,
        ctx.t1,
        frac * rate * (ctx.t1 - ctx.t0) / HOUR,
        flat,
    )
    flag = float(rng.uniform(1, 2)) * DAY
    w_real = rng.choice(n, size=len(real), p=share)
    w_hid = rng.choice(n, size=len(hidden), p=share)
    for i, acct in enumerate(accts):
        tr, th = real[w_real == i], hidden[w_hid == i]
        pr = [texts.product_prompt(rng, app, style, pick(rng, ctx.chat)) for _ in range(len(tr))]
        ph = [
            texts.product_prompt(rng, app, style, texts.harvest_item(rng)) for _ in range(len(th))
        ]
        ctx.emit(
            rng,
            acct,
            tr,
            pr,
            models=model_mix(ctx, rng, tr, 0.5, flag, p_mini=0.3, ramp=DAY),
            comp_median=float(rng.uniform(220, 320)),
            err=0.01,
        )
        ctx.emit(
            rng,
            acct,
            th,
            ph,
            models=model_mix(ctx, rng, th, 0.9, float(rng.uniform(2, 8)) * HOUR, p_mini=0.0),
            comp_median=float(rng.uniform(800, 1100)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real writing-app's traffic",
            "app": app,
            "keys": n,
            "orgs": 1,
            "payment": "the product's card",
            "ip_source": f"{prov} NAT gateways of the product",
            "user_agent": ua,
            "pacing": f"real traffic {rate:.0f}/h global curve; hidden share {frac:.2f} on a flattened curve",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / compromised aged accounts


def spinning_net(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "spinning_net"
    n = irange(rng, 25, 45)
    accts = []
    switch_ua = float(rng.uniform(0.25, 0.5))
    takeovers = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = pick(rng, BG_BROWSERS + MOBILE[:3])
        acct = _worker(
            ctx,
            rng,
            fam,
            cid,
            role="aged_account",
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        tk = ctx.t0 + float(rng.uniform(1.0, 4.5)) * DAY
        takeovers.append(round((tk - ctx.t0) / DAY, 2))
        # the owner's own history
        sess = session_times(
            rng, ctx.t0, tk, float(rng.uniform(0.4, 1.8)), evening_person(tz), 3.0, 50.0
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [
            texts.casualise(rng, texts.clip(pick(rng, ctx.chat), 800), 0.3, 0.1)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.3, 0.0, p_mini=0.2),
            comp_median=340.0,
        )
        # after the takeover: harvest through proxies in the owner's own region
        sess = session_times(
            rng,
            tk,
            ctx.t1,
            float(rng.uniform(3, 7)),
            evening_person(tz, spread=4.0),
            float(rng.uniform(4, 8)),
            float(rng.uniform(18, 40)),
            0.6,
        )
        if not sess:
            sess = [np.array([tk + float(rng.uniform(0, 3)) * HOUR])]
        ts = np.concatenate(sess)
        ips = [ip for s in sess for ip in [home(rng, 1, tz)[0]] * len(s)]
        lang_opts = LANG_OF_TZ.get(tz, ("en",))
        prompts = [
            texts.expert_question(rng, pick(rng, lang_opts))
            if chance(rng, 0.85)
            else texts.clip(pick(rng, ctx.chat), 800)
            for _ in range(len(ts))
        ]
        new_ua = sdk_ua(rng, 0.6) if chance(rng, switch_ua) else ua
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=ips,
            ua=new_ua,
            models=model_mix(ctx, rng, ts, 0.7, float(rng.uniform(0, 6)) * HOUR, p_mini=0.05),
            comp_median=float(rng.uniform(600, 800)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged accounts taken over (bought / credential-stuffed), expert-answer harvest",
            "keys": n,
            "orgs": "the original owners' (one per key)",
            "payment": "the owners' cards",
            "ip_source": "owner's home ISP before, residential proxies in the owner's region after",
            "pacing": "owner's sessions before takeover, denser person-like sessions after",
            "user_agent": f"owner's browser; {switch_ua:.2f} of keys switch to an SDK",
            "takeover_day": takeovers,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow person-like crowd


def sudirman_cup(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sudirman_cup"
    n = irange(rng, 60, 110)
    tz_w = rng.dirichlet(np.ones(len(TZS)))
    nodes = [(t, a) for t in texts.TOPICS for a in range(3)]
    order = rng.permutation(len(nodes)).tolist()
    cursor = 0
    accts = []
    adopt = float(rng.uniform(0.35, 0.6))
    for _ in range(n):
        tz = int(TZS[int(rng.choice(len(TZS), p=tz_w))])
        ips = home(rng, 1, tz)
        if chance(rng, 0.4):
            ips += mobile_v6(
                rng,
                irange(rng, 1, 3),
                pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")),
            )
        ua = pick(rng, MOBILE + BG_BROWSERS + BROWSERS[:2])
        acct = _worker(ctx, rng, fam, cid, role="crowd_member", ua=ua, ips=ips, tz=tz)
        accts.append(acct)
        curve = evening_person(tz) if chance(rng, 0.65) else workday(tz, weekend=0.3)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(0.4, 1.5)),
            curve,
            3.0,
            float(rng.uniform(60, 150)),
            0.9,
        )
        if not sess:
            sess = [np.array([a + float(rng.uniform(0, 1)) * DAY])]
        ts = np.concatenate(sess)
        lang_opts = LANG_OF_TZ.get(tz, ("en",))
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.2):
                prompts.append(texts.casualise(rng, texts.clip(pick(rng, ctx.chat), 600)))
                continue
            topic, aspect = nodes[order[cursor % len(order)]]
            cursor += 1
            lang = pick(rng, lang_opts)
            if aspect == 2 and lang in ("en", "de", "es", "pt", "fr", "ja"):
                prompts.append(texts.casualise(rng, texts.expert_question(rng, lang), 0.6))
            else:
                prompts.append(texts.casual_question(rng, lang, topic))
        p_new = 0.8 if chance(rng, adopt) else 0.0
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, p_new, float(rng.uniform(0, 2)) * DAY, p_mini=0.1),
            comp_median=float(rng.uniform(420, 600)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "paid crowd / person-like farm covering a topic taxonomy",
            "keys": n,
            "orgs": "one per key",
            "payment": "one gift/prepaid card per key",
            "ip_source": "home ISPs by time zone, 40% also carrier IPv6",
            "pacing": "0.4-1.5 human sessions/day each",
            "user_agent": "phones and browsers",
            "new_model_adopters": round(adopt, 2),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay (ShareGPT prompts) for the new model's answers


def goose_feather(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "goose_feather"
    n = irange(rng, 8, 16)
    per_card = irange(rng, 2, 5)
    cards = [hexid(rng, "pay") for _ in range(math.ceil(n / per_card))]
    tz = int(pick(rng, TZS))
    region = pick(rng, ("us", "eu", "in", "sea", "latam"))
    perm = rng.permutation(len(ctx.chat)).tolist()
    shard = len(perm) // n
    accts = []
    late = []
    for i in range(n):
        ua = pick(rng, ("OpenAI/Python 1.54.0",) + BG_BROWSERS[:2])
        pool = resi(rng, irange(rng, 40, 120), region)
        acct = _worker(
            ctx,
            rng,
            fam,
            cid,
            role="replayer",
            pay=cards[i // per_card],
            ua=ua,
            ips=[pool[0]],
            tz=tz,
        )
        accts.append(acct)
        after = chance(rng, 0.4)
        late.append(after)
        a = (
            ctx.release + float(rng.uniform(0, 0.5)) * DAY
            if after
            else jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        )
        sess = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(5, 10)),
            workday(tz, weekend=0.3),
            7.0,
            float(rng.uniform(30, 60)),
            0.7,
        )
        if not sess:
            sess = [np.array([a])]
        ts = np.concatenate(sess)
        # the key's shard of the public set, overlapping the next key's by about a tenth
        lo = i * shard
        mine = perm[lo : lo + int(shard * 1.1)] or perm
        prompts = [texts.clip(ctx.chat[mine[j % len(mine)]], 1800) for j in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=sticky(rng, ts, pool, float(rng.uniform(45, 90)) * MINUTE),
            models=model_mix(ctx, rng, ts, 0.85, float(rng.uniform(0, 3)) * HOUR, p_mini=0.15),
            comp_median=float(rng.uniform(330, 420)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt-set replay for the new model's answers",
            "keys": n,
            "orgs": "one per key",
            "payment": f"prepaid, {per_card} keys per card",
            "ip_source": f"residential proxies ({region}), sticky 45-90 min",
            "pacing": f"person-like working-day sessions (UTC{tz:+d})",
            "user_agent": "background-like SDK / browser",
            "keys_created_after_release": int(sum(late)),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "jump_smash": jump_smash,
    "net_kill": net_kill,
    "hairpin": hairpin,
    "crosscourt": crosscourt,
    "flick_serve": flick_serve,
    "shuttlecock": shuttlecock,
    "stick_smash": stick_smash,
    "split_step": split_step,
    "round_the_head": round_the_head,
    "spinning_net": spinning_net,
    "sudirman_cup": sudirman_cup,
    "goose_feather": goose_feather,
}

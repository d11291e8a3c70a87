"""Campaign families of blind batch 158 (code names from quoits).

Each family is `fn(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes events
with `ctx.emit` and records the campaign with `ctx.campaign`. Everything (key counts, orgs, cards,
pacing, addresses, user agents, languages, styles, model choice) is drawn from the family's own rng.
The last four are the deliberately hard ones.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
    TZS,
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
from bench.monitor_blind158 import texts

#: user agents as the simulator's background spells them (seen in a campaign-free run)
BG_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
)
BG_BROWSERS = BG_UAS[2:4]
HOSTING = (
    "hetzner",
    "ovh",
    "contabo",
    "vultr",
    "digitalocean",
    "leaseweb",
    "m247",
    "linode",
    "scaleway",
)
BIG_CLOUD = ("aws", "gcp", "azure", "oracle")
ASIA_CLOUD = ("alibaba", "tencent", "huawei", "ucloud")


def _cat(parts) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _lang_mix(
    rng: np.random.Generator, pool: tuple[str, ...], lo: int, hi: int, lead: str | None = "en"
):
    """A subset of languages with Dirichlet weights; `lead` (if in the subset) weighs most."""
    k = min(len(pool), irange(rng, lo, hi))
    langs = [str(x) for x in rng.choice(pool, size=k, replace=False)]
    if lead and lead in pool and lead not in langs and chance(rng, 0.7):
        langs[0] = lead
    w = rng.dirichlet(np.ones(len(langs)))
    if lead in langs:
        w[langs.index(lead)] += 1.0
    return langs, (w / w.sum())


def _draw(rng: np.random.Generator, items: list[str], w: np.ndarray) -> str:
    return items[int(rng.choice(len(items), p=w))]


def _cards(rng: np.random.Generator, n: int) -> list[str]:
    return [hexid(rng, "pay") for _ in range(n)]


def _orgs(rng: np.random.Generator, n: int) -> list[str]:
    return [hexid(rng, "org") for _ in range(n)]


def _switch_models(
    ctx: Ctx,
    rng: np.random.Generator,
    ts: np.ndarray,
    switch: float,
    p_new: float,
    p_mini: float = 0.05,
) -> list[str]:
    """Old models until `switch`, then the new model with probability p_new."""
    out = []
    for t, u, v in zip(
        ts.tolist(), rng.random(len(ts)).tolist(), rng.random(len(ts)).tolist(), strict=True
    ):
        if t >= max(switch, ctx.release) and u < p_new:
            out.append(ctx.new_model)
        else:
            out.append(ctx.old_models[-1] if v < p_mini else ctx.old_models[0])
    return out


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def hob_ringer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hob_ringer"
    n_keys, n_orgs, n_cards = irange(rng, 5, 14), irange(rng, 1, 3), irange(rng, 1, 2)
    orgs, cards = _orgs(rng, n_orgs), _cards(rng, n_cards)
    provider = pick(rng, HOSTING)
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 6))
    langs, w = _lang_mix(rng, ("en", "zh", "ru", "es", "de", "ja", "pt", "ko"), 2, 5)
    one_ua = chance(rng, 0.6)
    ua0 = sdk_ua(rng)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_cards],
            ua=ua0 if one_ua else sdk_ua(rng),
            ips=picks(rng, pool, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    r1 = float(rng.uniform(8, 25))
    r2 = r1 * float(rng.uniform(2.0, 4.0))
    curve = (
        constant
        if chance(rng, 0.5)
        else global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.5)))
    )
    pre = worker_pool(rng, start, ctx.release, r1, n_keys, curve)
    post = worker_pool(rng, max(start, ctx.release), ctx.t1, r2, n_keys, curve)
    p_new = float(rng.uniform(0.85, 0.97))
    comp = float(rng.uniform(900, 1500))
    styles = {
        lg: [int(s) for s in rng.choice(6, size=irange(rng, 1, 3), replace=False)] for lg in langs
    }
    for a, s1, s2 in zip(accts, pre, post, strict=True):
        ts = _cat([s1, s2])
        prompts = []
        for _ in range(len(ts)):
            lg = _draw(rng, langs, w)
            prompts.append(texts.coerce(rng, lg, pick(rng, styles[lg])))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=comp,
            comp_sigma=0.45,
            err=float(rng.uniform(0.02, 0.06)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": n_cards,
            "payment": "shared prepaid",
            "ip_source": f"hosting:{provider}",
            "addresses": len(set(pool)),
            "pacing": "poisson worker pool, rate x2-4 after release",
            "rate_per_hour": [round(r1, 1), round(r2, 1)],
            "languages": langs,
            "p_new": round(p_new, 3),
            "user_agent": "one sdk" if one_ua else "sdk per key",
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading, nightly bursts, stolen cards, cloud + VPN


def toucher_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "toucher_shot"
    n_keys = irange(rng, 4, 9)
    separate_orgs = chance(rng, 0.5)
    orgs = _orgs(rng, n_keys if separate_orgs else 1)
    cards = _cards(rng, n_keys)  # a different (stolen) card per key
    big = pick(rng, BIG_CLOUD)
    vpn = pick(rng, ("m247", "leaseweb", "vultr"))
    tz = pick(rng, TZS)
    start_h = float(rng.uniform(0, 24))
    hours = float(rng.uniform(3, 8))
    styles = [int(s) for s in rng.choice(6, size=irange(rng, 2, 4), replace=False)]
    accts, counts = [], []
    for i in range(n_keys):
        ips = cloud(rng, irange(rng, 1, 2), big) + cloud(rng, irange(rng, 1, 3), vpn)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[i],
            ua=sdk_ua(rng, 0.3),
            ips=ips,
        )
        accts.append(a)
        onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(
            rng,
            onboard,
            ctx.t1,
            float(rng.uniform(2, 6)) * (ctx.t1 - onboard) / DAY,
            nightly(start_h, hours, tz),
        )
        ts = _cat(
            bursts(
                rng, starts, float(rng.uniform(30, 100)), float(rng.uniform(0.8, 3.0)), 0.5, ctx.t1
            )
        )
        prompts = [
            texts.judge(rng, pick(rng, styles), ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        counts.append(
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.9),
                comp_median=260,
                comp_sigma=0.7,
                err=0.03,
            )
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward-model grading",
            "keys": n_keys,
            "orgs": len(orgs),
            "payment": "one stolen card per key",
            "ip_source": f"cloud:{big}+vpn:{vpn}",
            "pacing": "nightly bursts",
            "night_utc_offset": tz,
            "night_start_h": round(start_h, 1),
            "styles": styles,
            "languages": ["en", "fr"] if 5 in styles else ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through a residential proxy, many small keys


def gater_edge(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gater_edge"
    n_keys, n_cards = irange(rng, 15, 35), irange(rng, 3, 6)
    cards = _cards(rng, n_cards)
    region = pick(rng, ("cn", "ru", "sea", "*"))
    pool = resi(rng, irange(rng, 120, 400), region)
    hold = float(rng.uniform(600, 1800))
    langs, w = _lang_mix(
        rng, ("zh", "ru", "ar", "tr", "vi", "en"), 2, 4, lead=pick(rng, ("zh", "ru", "en"))
    )
    style_n = irange(rng, 1, 3)
    accts = []
    for i in range(n_keys):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.5)
            else pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11"))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i % n_cards],
            ua=ua,
            ips=[pool[0]],
        )
        accts.append(a)
        onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        life = float(rng.uniform(0.5, 3.0)) * DAY
        starts = thinned(
            rng,
            onboard,
            min(ctx.t1, onboard + life),
            float(rng.uniform(2, 8)) * life / DAY,
            constant,
        )
        ts = _cat(
            bursts(rng, starts, float(rng.uniform(6, 22)), float(rng.uniform(2, 8)), 0.6, ctx.t1)
        )
        prompts = []
        for _ in range(len(ts)):
            lg = _draw(rng, langs, w)
            prompts.append(
                texts.policy_rewrite(rng, lg, irange(rng, 0, style_n), ctx.chat, ctx.passages)
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8),
            ips=sticky(rng, ts, pool, hold),
            comp_median=420,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites and refusals",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": f"{n_cards} prepaid cards round robin",
            "ip_source": f"residential proxy:{region}",
            "proxy_pool": len(pool),
            "sticky_s": round(hold),
            "pacing": "short-lived keys, small bursts",
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from a cloud NAT


def mott_pin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mott_pin"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "azure", "aws"))
    nat = cloud(rng, irange(rng, 1, 3), prov)
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "dspy/2.6.3 litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    domains = [str(d) for d in rng.choice(list(texts.TOOLS), size=irange(rng, 2, 5), replace=False)]
    styles = [int(s) for s in rng.choice(3, size=irange(rng, 1, 3), replace=False)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    rate = float(rng.uniform(3, 9))  # episodes per hour
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            steps = irange(rng, 3, 12)
            dom, st = pick(rng, domains), pick(rng, styles)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.6, size=steps - 1))]
            )
            for k, tk in enumerate(t.tolist()):
                ts_all.append(tk)
                prompts.append(texts.agent_step(rng, st, dom, k))
                extra.append(500 + 260 * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            comp_median=280,
            comp_sigma=0.6,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent/tool-use transcript harvest",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"cloud nat:{prov}",
            "pacing": "poisson episodes, 3-12 quick steps",
            "episodes_per_hour": round(rate, 1),
            "domains": domains,
            "styles": styles,
            "user_agent": ua,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation as a slow topic x level sweep


def clay_bed(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "clay_bed"
    n_keys, n_orgs = irange(rng, 6, 18), irange(rng, 2, 5)
    orgs = _orgs(rng, n_orgs)
    cards = _cards(rng, (n_keys + 1) // 2)  # each card pays for two or three keys
    langs, w = _lang_mix(rng, ("en", "de", "fr", "ja", "hi", "pt", "id"), 2, 5)
    grid = [(c, lv) for c in texts.CONCEPTS for lv in texts.LEVELS]
    order = rng.permutation(len(grid)) if chance(rng, 0.5) else np.arange(len(grid))
    vpn = pick(rng, ("m247", "leaseweb"))
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    accts = []
    cursor = 0
    for i in range(n_keys):
        ips = cloud(rng, 1, pick(rng, HOSTING + BIG_CLOUD)) + (
            cloud(rng, 2, vpn) if chance(rng, 0.4) else []
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % len(cards)],
            ua=pick(rng, SDK_OTHER),
            ips=ips,
        )
        accts.append(a)
        rate = float(rng.uniform(3, 10))
        ts = thinned(
            rng,
            start + float(rng.uniform(0, 6)) * HOUR,
            ctx.t1,
            rate * (ctx.t1 - start) / HOUR,
            constant,
        )
        prompts = []
        for _ in range(len(ts)):
            c, lv = grid[int(order[cursor % len(grid)])]
            cursor += 1
            prompts.append(texts.dataset_item(rng, _draw(rng, langs, w), irange(rng, 0, 3), c, lv))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95),
            comp_median=float(rng.uniform(1800, 3000)),
            comp_sigma=0.35,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation (curriculum grid)",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": f"{len(cards)} cards, 2-3 keys each",
            "ip_source": f"hosting/cloud + vpn:{vpn}",
            "pacing": "slow steady rate from shortly before release",
            "languages": langs,
            "grid": len(grid),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest with a scripted user, browser-like, residential proxy


def leaner_toss(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "leaner_toss"
    n_keys, n_cards = irange(rng, 8, 16), irange(rng, 2, 4)
    cards = _cards(rng, n_cards)
    langs, w = _lang_mix(rng, ("en", "es", "de", "zh", "ru", "pt"), 2, 4)
    region = pick(rng, ("us", "eu", "*", "latam"))
    pool = resi(rng, irange(rng, 200, 600), region)
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue",
            campaign_id=cid,
            pay=cards[i % n_cards],
            ua=pick(rng, BROWSERS),
            ips=[pool[0]],
        )
        accts.append(a)
        onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        convs = thinned(
            rng, onboard, ctx.t1, float(rng.uniform(8, 30)) * (ctx.t1 - onboard) / DAY, constant
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for s in convs.tolist():
            turns = irange(rng, 4, 12)
            lg = _draw(rng, langs, w)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(25.0), 0.5, size=turns - 1))]
            )
            ip = pick(rng, pool)
            for k, tk in enumerate(t.tolist()):
                ts_all.append(tk)
                prompts.append(
                    texts.snip(rng, pick(rng, ctx.chat), 20, 800)
                    if k == 0
                    else texts.follow_up(rng, lg)
                )
                extra.append(420 * k)
                ips.append(ip)
        ts = np.asarray(ts_all)
        o = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[o],
            [prompts[j] for j in o],
            models=ctx.models(rng, ts[o], 0.9),
            ips=[ips[j] for j in o],
            comp_median=480,
            comp_sigma=0.5,
            extra=np.asarray(extra)[o],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (scripted follow-ups)",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": f"{n_cards} cards shared",
            "ip_source": f"residential proxy:{region}, one exit per conversation",
            "pacing": "conversations of 4-12 turns, ~25 s apart, 24/7",
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling spread over keys


def double_ringer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "double_ringer"
    n_keys, n_orgs = irange(rng, 3, 8), irange(rng, 1, 2)
    orgs, cards = _orgs(rng, n_orgs), _cards(rng, n_orgs)
    prov = pick(rng, BIG_CLOUD + HOSTING)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=sdk_ua(rng),
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        for i in range(n_keys)
    ]
    styles = [int(s) for s in rng.choice(5, size=irange(rng, 2, 4), replace=False)]
    tz = pick(rng, TZS)
    curve = constant if chance(rng, 0.5) else workday(tz, weekend=0.3, night=0.1)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(8, 25))
    n_lo, n_hi = sorted((irange(rng, 3, 8), irange(rng, 6, 16)))
    items = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, curve)
    per: list[tuple[list, list]] = [([], []) for _ in range(n_keys)]
    for s in items.tolist():
        p = texts.label_prompt(rng, pick(rng, styles), ctx.chat)
        n = irange(rng, n_lo, n_hi)
        t = s + np.sort(rng.uniform(0, float(rng.uniform(5, 600)), size=n))
        for tk, k in zip(t.tolist(), rng.integers(0, n_keys, size=n).tolist(), strict=True):
            per[k][0].append(tk)
            per[k][1].append(p)
    for a, (ts_l, ps) in zip(accts, per, strict=True):
        ts = np.asarray(ts_l)
        o = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[o],
            [ps[j] for j in o],
            models=ctx.models(rng, ts[o], 0.9),
            comp_median=float(rng.uniform(4, 20)),
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": f"cloud:{prov}",
            "samples_per_item": [n_lo, n_hi],
            "items_per_hour": round(rate, 1),
            "pacing": "each item sampled n times across keys within seconds to minutes",
            "styles": styles,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 8. parallel translation and code-port harvest from an Asian cloud


def rope_quoit(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rope_quoit"
    n_keys = irange(rng, 4, 10)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ASIA_CLOUD)
    pool = cloud(rng, irange(rng, 2, 6), prov)
    targets = [
        str(x)
        for x in rng.choice(
            [k for k in texts.LANG_NAMES if k != "en"], size=irange(rng, 3, 8), replace=False
        )
    ]
    p_code = float(rng.uniform(0.15, 0.5))
    style = irange(rng, 0, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=sdk_ua(rng),
            ips=picks(rng, pool, 2),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    rate = float(rng.uniform(5, 14))
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        ts_all, prompts = [], []
        for s in starts.tolist():
            if chance(rng, p_code):
                for j in range(irange(rng, 1, 3)):
                    ts_all.append(s + j * float(rng.uniform(2, 20)))
                    prompts.append(texts.port_code(rng, style))
                continue
            src = texts.snip(rng, pick(rng, ctx.passages), 200, 1200)
            t = s
            for tgt in targets:
                if chance(rng, 0.85):
                    ts_all.append(t)
                    prompts.append(
                        texts.translate(style if chance(rng, 0.8) else irange(rng, 0, 3), tgt, src)
                    )
                t += float(rng.lognormal(np.log(3.0), 0.5))
        ts = np.asarray(ts_all)
        o = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[o],
            [prompts[j] for j in o],
            models=ctx.models(rng, ts[o], 0.85),
            comp_median=330,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel translation + code-port harvest",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"cloud:{prov}",
            "targets": targets,
            "p_code": round(p_code, 2),
            "pacing": "worker pool; one source text fanned out to every target language",
            "languages": ["en", *targets],
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real homework-help product's own traffic


def deck_quoit(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "deck_quoit"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    egress = cloud(rng, irange(rng, 2, 5), prov)
    ua = pick(rng, BG_UAS[:2])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    peak = float(rng.uniform(12, 22))
    curve = global_load(peak, float(rng.uniform(0.5, 0.8)))
    user_rate = float(rng.uniform(25, 60))
    share = float(rng.uniform(0.12, 0.3))
    harvest_curve = global_load(
        peak, float(rng.uniform(0.2, 0.5))
    )  # fills spare night capacity a little
    langs, w = _lang_mix(rng, ("en", "es", "pt", "hi", "id", "de"), 2, 4)
    users = worker_pool(rng, ctx.t0, ctx.t1, user_rate, n_keys, curve)
    harv = worker_pool(
        rng,
        ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY,
        ctx.t1,
        user_rate * share / (1 - share),
        n_keys,
        harvest_curve,
    )
    wrap = irange(rng, 0, 2)
    upgrade = ctx.release + float(rng.uniform(2, 20)) * HOUR
    p_user, p_harv = float(rng.uniform(0.3, 0.6)), float(rng.uniform(0.6, 0.85))
    for a, u, h in zip(accts, users, harv, strict=True):
        up = [
            texts.study_wrap(rng, wrap, texts.snip(rng, pick(rng, ctx.chat), 10, 900))
            for _ in range(len(u))
        ]
        hp = []
        for _ in range(len(h)):
            lg = _draw(rng, langs, w)
            q = texts.problem(rng, lg) if chance(rng, 0.5) else texts.casual_question(rng, lg)
            hp.append(texts.study_wrap(rng, wrap, q))
        ctx.emit(
            rng,
            a,
            u,
            up,
            models=_switch_models(ctx, rng, u, upgrade, p_user, 0.15),
            comp_median=320,
        )
        ctx.emit(
            rng, a, h, hp, models=_switch_models(ctx, rng, h, upgrade, p_harv, 0.0), comp_median=650
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a live homework-help product",
            "keys": n_keys,
            "orgs": 1,
            "payment": "company card",
            "ip_source": f"product backend egress:{prov}",
            "user_agent": ua,
            "pacing": "product load curve; harvest a fixed share of it",
            "harvest_share": round(share, 3),
            "user_requests_per_hour": round(user_rate, 1),
            "languages": langs,
            "model_upgrade_h_after_release": round((upgrade - ctx.release) / HOUR, 1),
            "p_new_user_vs_harvest": [round(p_user, 2), round(p_harv, 2)],
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, owners' history first, then a quiet regional takeover


_TZ_LANG = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "fr",
    3: "tr",
    5: "en",
    8: "en",
    9: "ja",
}


def iron_ringer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "iron_ringer"
    n_keys = irange(rng, 12, 28)
    fields = [
        str(f) for f in rng.choice(list(texts.SPECIALIST), size=irange(rng, 2, 4), replace=False)
    ]
    keep_ua = float(rng.uniform(0.3, 0.8))
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        lang = _TZ_LANG[tz] if chance(rng, 0.75) else "en"
        home_ips = home(rng, irange(rng, 1, 2), tz)
        owner_ua = pick(rng, BG_UAS + BROWSERS[:2])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged account",
            campaign_id=cid,
            ua=owner_ua,
            ips=home_ips,
            tz=tz,
        )
        accts.append(a)
        take = ctx.t0 + float(rng.uniform(1.0, 5.5)) * DAY
        if chance(rng, 0.65):  # the original owner still used it in the window
            owner = _cat(
                session_times(
                    rng, ctx.t0, take, float(rng.uniform(0.3, 1.5)), evening_person(tz), 3.0, 60.0
                )
            )
            ctx.emit(
                rng,
                a,
                owner,
                [texts.snip(rng, pick(rng, ctx.chat), 10, 900) for _ in owner],
                models=ctx.models(rng, owner, 0.2, 0.1),
                comp_median=330,
            )
        proxy = (
            resi(
                rng,
                irange(rng, 4, 12),
                pick(rng, ("us", "eu", "latam", "in", "sea", "jp_kr", "ca", "ru")),
            )
            if chance(rng, 0.3)
            else home(rng, irange(rng, 4, 12), tz)
        )
        ua = owner_ua if chance(rng, keep_ua) else pick(rng, BG_UAS[:2])
        per_day = float(rng.uniform(3, 9))
        ts = _cat(
            session_times(
                rng,
                take,
                ctx.t1,
                per_day,
                workday(tz, 9.0, 23.0, 0.6, 0.15),
                float(rng.uniform(6, 14)),
                float(rng.uniform(20, 70)),
                0.6,
            )
        )
        prompts = [
            texts.expert_question(rng, lang if chance(rng, 0.85) else "en", pick(rng, fields))
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.45, 0.8))),
            ips=sticky(rng, ts, proxy, float(rng.uniform(1800, 7200))),
            ua=ua,
            comp_median=700,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged/compromised accounts: specialist Q&A after takeover",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "the original owners' cards",
            "ip_source": "residential proxy, mostly in the owner's region",
            "pacing": "owner sessions before takeover, then human-like sessions",
            "fields": fields,
            "keep_owner_ua": round(keep_ua, 2),
            "languages": sorted({_TZ_LANG[t] for t in TZS}),
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of person-like accounts sharing one curriculum


def wobbler_throw(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wobbler_throw"
    n_keys = irange(rng, 40, 90)
    langs, w = _lang_mix(rng, tuple(texts.CASUAL), 3, 7)
    topics = [str(c) for c in rng.choice(texts.CONCEPTS, size=irange(rng, 12, 30), replace=False)]
    p_new = float(rng.uniform(0.25, 0.5))
    mobile_share = float(rng.uniform(0.2, 0.5))
    accts, n_ev = [], 0
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        phone = chance(rng, mobile_share)
        if phone:
            kind = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
            ips, ua = mobile_v6(rng, irange(rng, 2, 5), kind), pick(rng, MOBILE[:3])
        else:
            ips, ua = home(rng, irange(rng, 1, 2), tz), pick(rng, BG_BROWSERS + BG_UAS[:1])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd member",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.5, night=0.05)
        ts = _cat(
            session_times(
                rng,
                onboard,
                ctx.t1,
                float(rng.uniform(0.6, 2.0)),
                curve,
                float(rng.uniform(3, 7)),
                float(rng.uniform(40, 200)),
            )
        )
        lg = _draw(rng, langs, w)
        prompts = [
            texts.casual_question(rng, lg if chance(rng, 0.9) else "en", pick(rng, topics))
            if chance(rng, 0.8)
            else texts.follow_up(rng, lg)
            for _ in ts
        ]
        n_ev += ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.1), comp_median=520
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd on one curriculum",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one virtual card per account",
            "ip_source": "home broadband by tz / carrier IPv6",
            "pacing": "human sessions, evening or daytime",
            "topics": len(topics),
            "languages": langs,
            "p_new": round(p_new, 2),
            "mobile_share": round(mobile_share, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay from office keys at developer volume


def sussex_peg(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sussex_peg"
    n_orgs = irange(rng, 2, 4)
    n_keys = irange(rng, max(6, n_orgs), 16)
    tz = pick(rng, TZS)
    orgs, cards = _orgs(rng, n_orgs), _cards(rng, n_orgs)
    office = [home(rng, 1, tz)[0] for _ in range(n_orgs)]
    order = rng.permutation(len(ctx.chat))
    cursor = irange(rng, 0, len(ctx.chat) - 1)
    p_new = float(rng.uniform(0.35, 0.6))
    accts = []
    for i in range(n_keys):
        ips = [office[i % n_orgs]] + (home(rng, 1, tz) if chance(rng, 0.5) else [])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=pick(rng, BG_UAS[:2] + BG_UAS[4:]),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        per_day = float(rng.uniform(60, 220))
        onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = thinned(
            rng,
            onboard,
            ctx.t1,
            per_day * (ctx.t1 - onboard) / DAY,
            workday(tz, 8.0, 19.0, 0.08, 0.03),
        )
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[int(order[cursor % len(order)])])
            cursor += 1
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.12), comp_median=360)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT human turns, verbatim)",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one company card per org",
            "ip_source": "office broadband (+ staff homes)",
            "tz": tz,
            "pacing": "office hours, developer-like volume",
            "p_new": round(p_new, 2),
            "languages": ["mixed (as public)"],
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "hob_ringer": hob_ringer,
    "toucher_shot": toucher_shot,
    "gater_edge": gater_edge,
    "mott_pin": mott_pin,
    "clay_bed": clay_bed,
    "leaner_toss": leaner_toss,
    "double_ringer": double_ringer,
    "rope_quoit": rope_quoit,
    "deck_quoit": deck_quoit,
    "iron_ringer": iron_ringer,
    "wobbler_throw": wobbler_throw,
    "sussex_peg": sussex_peg,
}

"""Campaign families of batch 143: twelve distillation operations, each drawn with its own rng.

Every family is a function `(ctx, rng, campaign_id)` that creates its accounts (label
"campaign"), emits their events into `ctx.sink` and records one campaign in the truth. Code names
are bocce words; what each family is appears only in this package's README card.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
    mobile_v6,
    pick,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
)
from bench.monitor_blind143 import texts as tx

#: user agents as the simulator's background spells them (seen in its output)
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/Python 1.54.0",
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
#: regions of the address map reachable per UTC offset, as `ipspace` maps them
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
V6_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}


# --------------------------------------------------------------------------------------------
# small helpers shared with kinds.py


def weighted(rng: np.random.Generator, weights: dict[str, float], n: int | None = None):
    """One key (or n keys) of `weights`, drawn in proportion to the values."""
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    p = p / p.sum()
    if n is None:
        return keys[int(rng.choice(len(keys), p=p))]
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p).tolist()]


def lang_mix(
    rng: np.random.Generator, main: str, others: Sequence[str], main_lo: float, main_hi: float
) -> dict[str, float]:
    """A language mix: `main` with a share in [main_lo, main_hi], the rest spread over a random
    subset of `others`."""
    share = float(rng.uniform(main_lo, main_hi))
    chosen = tx.pick_distinct(rng, others, irange(rng, 1, max(1, len(others))))
    w = rng.dirichlet(np.ones(len(chosen))) * (1 - share)
    mix = {main: round(share, 3)}
    for lang, x in zip(chosen, w.tolist(), strict=True):
        mix[lang] = round(float(x), 3)
    return mix


def cat(parts: Sequence[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def rotating_pool(
    rng: np.random.Generator,
    a: float,
    b: float,
    per_hour: float,
    spans: Sequence[tuple[float, float]],
    curve: Callable = constant,
) -> list[np.ndarray]:
    """One Poisson job stream over [a, b) handed to whichever keys are alive at the time."""
    ts = thinned(rng, a, b, per_hour * (b - a) / HOUR, curve)
    s = np.asarray([x for x, _ in spans])
    e = np.asarray([y for _, y in spans])
    out: list[list[float]] = [[] for _ in spans]
    for t in ts.tolist():
        alive = np.flatnonzero((s <= t) & (t < e))
        if len(alive):
            out[int(alive[int(rng.integers(len(alive)))])].append(t)
    return [np.asarray(o) for o in out]


def flat(sessions: Sequence[np.ndarray]) -> np.ndarray:
    return cat(list(sessions))


def region_of(tz: int) -> str:
    return REGION_OF_TZ.get(tz, "eu")


def _acct(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _r(x: float, nd: int = 3) -> float:
    return round(float(x), nd)


# --------------------------------------------------------------------------------------------
# 1. pallino


def pallino(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pallino"
    n_keys = irange(rng, 12, 26)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    provs = tx.pick_distinct(
        rng, ("hetzner", "ovh", "vultr", "digitalocean", "contabo", "linode", "m247"), 2
    )
    pool = rented_block(rng, provs[0], irange(rng, 2, 4), irange(rng, 2, 5)) + cloud(
        rng, irange(rng, 2, 5), provs[1]
    )
    uas = tx.pick_distinct(
        rng,
        (
            "AsyncOpenAI/Python 1.60.0",
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
            "OpenAI/Python 1.63.2",
            "OpenAI/Python 1.58.1",
        ),
        irange(rng, 1, 2),
    )
    styles = tx.pick_distinct(rng, tx.TRACE_STYLES, irange(rng, 2, 4))
    if "native" not in styles and chance(rng, 0.6):
        styles.append("native")
    langs = lang_mix(rng, "en", ("zh", "ru", "es", "de", "ja", "ko", "fr"), 0.35, 0.6)
    spans = []
    for _ in range(n_keys):
        s = float(rng.uniform(ctx.t0, ctx.release + 1.5 * DAY))
        spans.append((s, min(ctx.t1 + 1, s + float(rng.lognormal(np.log(1.8 * DAY), 0.6)))))
    spans[0] = (ctx.t0 + float(rng.uniform(0.1, 0.6)) * DAY, ctx.t1 + 1)  # one long-lived key
    rate_pre, rate_post = float(rng.uniform(6, 16)), float(rng.uniform(30, 60))
    pre = rotating_pool(rng, ctx.t0, ctx.release, rate_pre, spans)
    post = rotating_pool(rng, ctx.release, ctx.t1, rate_post, spans)
    p_new = float(rng.uniform(0.85, 0.98))
    accts = []
    for i in range(n_keys):
        ts = cat([pre[i], post[i]])
        if len(ts) == 0:
            continue
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=pick(rng, uas),
            ips=tx.pick_distinct(rng, pool, irange(rng, 1, 3)),
        )
        ls = weighted(rng, langs, len(ts))
        prompts = [tx.trace_prompt(rng, pick(rng, styles), lang) for lang in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=900,
            comp_sigma=0.5,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": len(accts),
            "orgs": len(orgs),
            "cards": len(cards),
            "payment": "prepaid cards reused across keys",
            "ip_source": f"rented hosting {provs[0]} + {provs[1]}",
            "pacing": "rotating worker pool, 24/7",
            "rate_per_hour": [_r(rate_pre), _r(rate_post)],
            "user_agents": uas,
            "styles": styles,
            "languages": langs,
            "p_new": _r(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 2. boccino


def boccino(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "boccino"
    n_keys = irange(rng, 6, 12)
    prov = pick(rng, ("m247", "leaseweb", "vultr", "ovh", "digitalocean"))
    exits = cloud(rng, irange(rng, 12, 30), prov)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
    styles = tx.pick_distinct(rng, tx.JUDGE_STYLES, irange(rng, 2, 4))
    langs = lang_mix(rng, "en", ("de", "ja", "fr", "zh"), 0.5, 0.8)
    if "native" not in styles:
        langs = {"en": 1.0}
    hold = float(rng.uniform(20, 90)) * MINUTE
    # stolen cards die within a day or two; the next key starts before the last one dies
    t = ctx.t0 + float(rng.uniform(0.2, 1.5)) * DAY
    spans = []
    for _ in range(n_keys):
        life = float(rng.lognormal(np.log(1.3 * DAY), 0.5))
        spans.append((t, min(ctx.t1, t + life)))
        t += life * float(rng.uniform(0.35, 0.8))
    starts_h, size, gap = (
        float(rng.uniform(0.35, 0.8)),
        float(rng.uniform(12, 30)),
        float(rng.uniform(1.0, 3.0)),
    )
    p_new = float(rng.uniform(0.7, 0.9))
    accts = []
    for s, e in spans:
        if e - s < HOUR:
            continue
        starts = thinned(rng, s, e, starts_h * (e - s) / HOUR, constant)
        ts = flat(bursts(rng, starts, size, gap, 0.6, b=e))
        if len(ts) == 0:
            continue
        a = _acct(ctx, rng, fam, cid, "worker", ua=ua, ips=exits)
        ls = weighted(rng, langs, len(ts))
        prompts = [
            tx.judge_prompt(rng, pick(rng, styles), lang, ctx.chat, ctx.passages) for lang in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=sticky(rng, ts, exits, hold),
            models=ctx.models(rng, ts, p_new, 0.03),
            comp_median=280,
            comp_sigma=0.6,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading harvest",
            "keys": len(accts),
            "orgs": "one per key",
            "payment": "stolen cards, one per key, keys used one after another",
            "ip_source": f"commercial VPN exits on {prov}, sticky {int(hold / MINUTE)} min",
            "pacing": "script bursts",
            "burst_starts_per_hour": _r(starts_h),
            "burst_size": _r(size),
            "gap_s": _r(gap),
            "user_agent": ua,
            "styles": styles,
            "languages": langs,
            "p_new": _r(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 3. volo


def volo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "volo"
    n_keys = irange(rng, 10, 18)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    proxies = resi(rng, irange(rng, 25, 60), "cn") + resi(rng, irange(rng, 10, 30), "sea")
    cloud_prov = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    direct = cloud(rng, irange(rng, 2, 5), cloud_prov)
    p_direct = float(rng.uniform(0.1, 0.4))
    hold = float(rng.uniform(10, 40)) * MINUTE
    styles = tx.pick_distinct(rng, tx.POLICY_STYLES, irange(rng, 2, 4))
    if "native" not in styles:
        styles.append("native")
    langs = lang_mix(rng, "zh", ("en", "ru", "ar"), 0.45, 0.7)
    curve = workday(8, start=9.0, end=23.0, weekend=0.6, night=0.3)
    rate = float(rng.uniform(18, 40))
    start = ctx.t0 + float(rng.uniform(0.0, 1.5)) * DAY
    spans = [(start + float(rng.uniform(0, 2.5)) * DAY, ctx.t1 + 1) for _ in range(n_keys)]
    streams = rotating_pool(rng, start, ctx.t1, rate, spans, curve)
    p_new = float(rng.uniform(0.6, 0.9))
    accts = []
    for ts in streams:
        if len(ts) == 0:
            continue
        via_cloud = chance(rng, p_direct)
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=pick(rng, ("okhttp/4.12.0", "Go-http-client/2.0", "OpenAI/Python 1.54.0")),
            ips=direct if via_cloud else proxies,
            tz=8,
        )
        ips = None if via_cloud else sticky(rng, ts, proxies, hold)
        ls = weighted(rng, langs, len(ts))
        prompts = [
            tx.policy_prompt(rng, pick(rng, styles), lang, ctx.chat, ctx.passages) for lang in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new, 0.05),
            comp_median=450,
            err=0.015,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": len(accts),
            "orgs": len(orgs),
            "cards": len(cards),
            "ip_source": f"residential proxies cn+sea (sticky {int(hold / MINUTE)} min), some keys direct from {cloud_prov}",
            "pacing": "worker pool on a long Beijing working day",
            "rate_per_hour": _r(rate),
            "styles": styles,
            "languages": langs,
            "p_new": _r(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 4. raffa


def raffa(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "raffa"
    n_keys = irange(rng, 5, 10)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    nat = cloud(rng, irange(rng, 2, 4), prov)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = tx.pick_distinct(rng, tx.AGENT_STYLES, irange(rng, 1, 3))
    ep_rate, step_mean, gap = (
        float(rng.uniform(0.3, 0.8)),
        float(rng.uniform(4, 9)),
        float(rng.uniform(3, 8)),
    )
    p_new = float(rng.uniform(0.85, 0.97))
    start = ctx.t0 + float(rng.uniform(0.3, 2.5)) * DAY
    accts = []
    for _ in range(n_keys):
        a0 = start + float(rng.uniform(0, 1.0)) * DAY
        starts = cat(
            [
                thinned(rng, a0, ctx.release, ep_rate * (ctx.release - a0) / HOUR, constant),
                thinned(
                    rng,
                    max(a0, ctx.release),
                    ctx.t1,
                    1.6 * ep_rate * (ctx.t1 - max(a0, ctx.release)) / HOUR,
                    constant,
                ),
            ]
        )
        if len(starts) == 0:
            continue
        a = _acct(ctx, rng, fam, cid, "harness", org=org, pay=card, ua=ua, ips=nat)
        all_ts, prompts, extra, comp = [], [], [], []
        for s in starts.tolist():
            k = 2 + int(rng.negative_binomial(3, 3 / (3 + step_mean - 2)))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            style, task = pick(rng, styles), tx.agent_task(rng)
            tools = tx.pick_distinct(rng, list(tx.TOOLS), irange(rng, 3, 6))
            schema = irange(rng, 500, 2000)
            for j, tj in enumerate(t.tolist()):
                all_ts.append(tj)
                prompts.append(tx.agent_prompt(rng, style, task, tools, j))
                extra.append(schema + j * irange(rng, 150, 450))
                comp.append(550.0 if j == k - 1 else 110.0)
        ts = np.asarray(all_ts)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts, p_new, 0.02),
            extra=np.asarray(extra)[order],
            comp_median=np.asarray(comp)[order],
            comp_sigma=0.5,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcript harvest",
            "keys": len(accts),
            "orgs": 1,
            "cards": 1,
            "ip_source": f"{len(nat)} NAT gateway addresses on {prov}",
            "pacing": "episodes of tool steps, 24/7",
            "episodes_per_hour_per_key": _r(ep_rate),
            "steps_mean": _r(step_mean),
            "step_gap_s": _r(gap),
            "user_agent": ua,
            "styles": styles,
            "languages": {"en": 1.0},
            "p_new": _r(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 5. bocciata


def bocciata(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bocciata"
    n_keys = irange(rng, 18, 34)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    styles = tx.pick_distinct(rng, tx.SYNTH_STYLES, irange(rng, 2, 4))
    if "native" not in styles and chance(rng, 0.7):
        styles.append("native")
    langs = lang_mix(rng, "en", ("es", "pt", "id", "hi", "vi"), 0.4, 0.7)
    p_rotating = float(rng.uniform(0.3, 0.7))
    p_new = float(rng.uniform(0.7, 0.9))
    accts = []
    modes = {"rotating_residential": 0, "datacenter": 0}
    for i in range(n_keys):
        s = ctx.t0 + float(rng.uniform(0.0, 3.0)) * DAY
        e = min(ctx.t1, s + float(rng.lognormal(np.log(2.5 * DAY), 0.5)))
        rate = float(rng.uniform(1.0, 2.8))
        ts = thinned(rng, s, e, rate * (e - s) / HOUR, constant)
        if len(ts) == 0:
            continue
        rotating = chance(rng, p_rotating)
        ips = (
            resi(rng, max(4, len(ts)), "*")
            if rotating
            else cloud(
                rng,
                irange(rng, 1, 2),
                pick(rng, ("aws", "gcp", "ovh", "hetzner", "oracle", "linode")),
            )
        )
        modes["rotating_residential" if rotating else "datacenter"] += 1
        a = _acct(
            ctx, rng, fam, cid, "generator", pay=cards[i % len(cards)], ua=sdk_ua(rng, 0.3), ips=ips
        )
        ls = weighted(rng, langs, len(ts))
        prompts = [
            tx.synth_prompt(rng, pick(rng, styles), lang, ctx.chat, b + 1)
            for b, lang in enumerate(ls)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips[: len(ts)] if rotating else None,
            models=ctx.models(rng, ts, p_new, 0.05),
            comp_median=1100,
            comp_sigma=0.4,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic-dataset generation",
            "keys": len(accts),
            "orgs": "one per key",
            "cards": len(cards),
            "payment": "virtual cards handed round-robin to keys",
            "ip_source": modes,
            "pacing": "steady Poisson per key, keys join over three days and die off",
            "styles": styles,
            "languages": langs,
            "p_new": _r(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. accosto


def accosto(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "accosto"
    n_keys = irange(rng, 8, 14)
    key_langs = {"en": 0.6, "fr": 0.1, "de": 0.1, "ko": 0.1, "tr": 0.1}
    per_day, size, gap = (
        float(rng.uniform(4, 9)),
        float(rng.uniform(6, 10)),
        float(rng.uniform(15, 35)),
    )
    p_new = float(rng.uniform(0.8, 0.95))
    shared_card = hexid(rng, "pay")
    accts = []
    used = {}
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        region = region_of(tz)
        lang = weighted(rng, key_langs)
        used[lang] = used.get(lang, 0) + 1
        pool = resi(rng, irange(rng, 20, 60), region)
        s = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
        sess = session_times(
            rng, s, ctx.t1, per_day, global_load(float(rng.uniform(0, 24)), 0.35), size, gap, 0.5
        )
        sess = [x for x in sess if len(x)]
        if not sess:
            continue
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "driver",
            pay=shared_card if chance(rng, 0.3) else None,
            ua=pick(rng, BROWSERS),
            ips=pool,
            tz=tz,
        )
        ts, prompts, extra, ips = [], [], [], []
        for x in sess:
            exit_ip = pick(rng, pool)
            for j, t in enumerate(x.tolist()):
                ts.append(t)
                prompts.append(
                    tx.dialogue_opener(rng, lang, ctx.chat)
                    if j == 0
                    else tx.dialogue_followup(rng, lang)
                )
                extra.append(j * irange(rng, 350, 650))
                ips.append(exit_ip)
        order = np.argsort(np.asarray(ts), kind="stable").tolist()
        ts_arr = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts_arr,
            [prompts[i] for i in order],
            ips=[ips[i] for i in order],
            models=ctx.models(rng, ts_arr, p_new, 0.03),
            extra=np.asarray(extra)[order],
            comp_median=520,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (scripted follow-ups)",
            "keys": len(accts),
            "orgs": "one per key",
            "payment": "own card per key, about a third share one",
            "ip_source": "residential proxy per region, new exit per session",
            "pacing": "scripted sessions around the clock",
            "sessions_per_day": _r(per_day),
            "turns_mean": _r(size),
            "gap_s": _r(gap),
            "user_agent": "spoofed desktop browsers",
            "key_languages": used,
            "p_new": _r(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 7. sponda


def sponda(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sponda"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1, 2, 8, 9))
    office = home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "OpenAI/Python 1.63.2"))
    styles = tx.pick_distinct(rng, tx.SAMPLE_STYLES, irange(rng, 2, 4))
    langs = {"en": 1.0} if tz != 8 else {"en": 0.5, "zh": 0.5}
    n_mean = float(rng.uniform(5, 10))
    start_rate = float(rng.uniform(1.5, 3.0))
    start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    curve = workday(tz, start=8.0, end=22.0, weekend=0.5, night=0.25)
    comp = {"soft_json": 45.0, "verbalised": 25.0, "creative": 70.0, "repeat": 20.0}
    p_new = float(rng.uniform(0.85, 0.97))
    accts = []
    for _ in range(n_keys):
        starts = thinned(rng, start, ctx.t1, start_rate * (ctx.t1 - start) / HOUR, curve)
        if len(starts) == 0:
            continue
        a = _acct(ctx, rng, fam, cid, "sampler", org=org, pay=card, ua=ua, ips=office, tz=tz)
        ts, prompts, med = [], [], []
        for s in starts.tolist():
            style = pick(rng, styles)
            k = max(2, int(rng.poisson(n_mean))) if style != "soft_json" else irange(rng, 1, 3)
            p = tx.sample_prompt(rng, style, weighted(rng, langs))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.0), 0.5, size=k - 1))])
            ts.extend(t.tolist())
            prompts.extend([p] * k)
            med.extend([comp[style]] * k)
        order = np.argsort(np.asarray(ts), kind="stable").tolist()
        ts_arr = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts_arr,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts_arr, p_new, 0.0),
            comp_median=np.asarray(med)[order],
            comp_sigma=0.5,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n sampling and soft-label harvest",
            "keys": len(accts),
            "orgs": 1,
            "cards": 1,
            "ip_source": f"{len(office)} static office broadband address(es), tz {tz}",
            "pacing": "bursts of the same prompt",
            "samples_mean": _r(n_mean),
            "bursts_per_hour_per_key": _r(start_rate),
            "user_agent": ua,
            "styles": styles,
            "languages": langs,
            "p_new": _r(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 8. bocciodromo (hard)


def bocciodromo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bocciodromo"
    app = pick(rng, ("Quillnote", "Writewell", "Studybee", "Parafly", "Essayo"))
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 2, 4), prov)
    ua = "OpenAI/NodeJS 4.67.1" if chance(rng, 0.7) else "OpenAI/Python 1.54.0"
    curve = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.7)))
    rate = float(rng.uniform(18, 32))
    share = float(rng.uniform(0.15, 0.3))
    h0 = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    w = rng.dirichlet(np.ones(n_keys) * 0.8)
    p_new_prod, p_new_hidden = float(rng.uniform(0.15, 0.35)), float(rng.uniform(0.5, 0.85))
    prod = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    hidden = thinned(rng, h0, ctx.t1, share * rate * (ctx.t1 - h0) / HOUR, curve)
    who_p = rng.choice(n_keys, size=len(prod), p=w)
    who_h = rng.choice(n_keys, size=len(hidden), p=w)
    accts = []
    for i in range(n_keys):
        tp, th = prod[who_p == i], hidden[who_h == i]
        if len(tp) + len(th) == 0:
            continue
        a = _acct(ctx, rng, fam, cid, "product_backend", org=org, pay=card, ua=ua, ips=nat)
        ctx.emit(
            rng,
            a,
            tp,
            [tx.product_prompt(rng, app, ctx.chat, ctx.passages) for _ in range(len(tp))],
            models=ctx.models(rng, tp, p_new_prod, 0.2),
            comp_median=320,
            err=0.01,
        )
        ctx.emit(
            rng,
            a,
            th,
            [tx.hidden_prompt(rng, app) for _ in range(len(th))],
            models=ctx.models(rng, th, p_new_hidden, 0.05),
            comp_median=700,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real product's traffic",
            "product": app,
            "keys": len(accts),
            "orgs": 1,
            "cards": 1,
            "ip_source": f"{len(nat)} {prov} NAT addresses of the product backend",
            "user_agent": ua,
            "pacing": "product's global load; harvest follows the same curve",
            "product_rate_per_hour": _r(rate),
            "hidden_share": _r(share),
            "hidden_from": _r(h0),
            "p_new_product": _r(p_new_prod),
            "p_new_hidden": _r(p_new_hidden),
            "languages": {"en": 1.0},
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. bocciatore (hard)


def bocciatore(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bocciatore"
    n = irange(rng, 18, 30)
    p_keep_ua = float(rng.uniform(0.5, 0.9))
    per_day, size, gap = (
        float(rng.uniform(3, 6)),
        float(rng.uniform(7, 12)),
        float(rng.uniform(20, 55)),
    )
    p_new = float(rng.uniform(0.7, 0.9))
    p_chat = float(rng.uniform(0.2, 0.35))
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -5, -3, 0, 1, 2, 5, 9))
        region = region_of(tz)
        home_ip = home(rng, 1, tz)
        ua = pick(rng, BG_BROWSER[:2] + BG_BROWSER[3:])
        take = ctx.release + float(rng.uniform(-1.0, 1.0)) * DAY
        prelude = session_times(
            rng, ctx.t0, take, float(rng.uniform(0.8, 2.5)), evening_person(tz), 3.0, 120.0
        )
        harvest = session_times(
            rng, take, ctx.t1, per_day, evening_person(tz, spread=3.5), size, gap, 0.6
        )
        tp, th = flat(prelude), flat(harvest)
        if len(th) == 0:
            continue
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="bought_account",
            campaign_id=cid,
            ua=ua,
            ips=home_ip,
            tz=tz,
        )
        ctx.emit(
            rng,
            a,
            tp,
            [tx.clip(pick(rng, ctx.chat), 1500) for _ in range(len(tp))],
            models=ctx.models(rng, tp, 0.15, 0.2),
            comp_median=350,
        )
        pool = resi(rng, irange(rng, 5, 15), region)
        new_ua = ua if chance(rng, p_keep_ua) else pick(rng, BG_SDK)
        prompts = [
            tx.clip(pick(rng, ctx.chat), 1500) if chance(rng, p_chat) else tx.natural_question(rng)
            for _ in range(len(th))
        ]
        ctx.emit(
            rng,
            a,
            th,
            prompts,
            ips=sticky(rng, th, pool, float(rng.uniform(1, 3)) * HOUR),
            ua=new_ua,
            models=ctx.models(rng, th, p_new, 0.05),
            comp_median=600,
            err=0.01,
        )
        accts.append(a)
        takeovers.append(_r(take, 1))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought aged accounts: organic owner use, then slow harvest",
            "accounts": len(accts),
            "orgs": "the original owners'",
            "payment": "the original owners' cards",
            "takeover_ts": takeovers,
            "ip_source": "owner's home IP before, residential proxies in the owner's region after (sticky 1-3 h)",
            "p_keep_browser_ua": _r(p_keep_ua),
            "pacing": "person-like evening sessions",
            "sessions_per_day": _r(per_day),
            "session_size": _r(size),
            "gap_s": _r(gap),
            "p_chat_cover": _r(p_chat),
            "languages": {"en": 1.0},
            "p_new": _r(p_new),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. half_court (hard)


def half_court(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "half_court"
    n = irange(rng, 45, 80)
    regions = {5: ("hi", "en"), -3: ("pt", "es"), 8: ("id", "en"), 1: ("en",), -5: ("en", "es")}
    region_w = {5: 0.35, -3: 0.25, 8: 0.2, 1: 0.1, -5: 0.1}
    tasks = tx.pick_distinct(rng, tx.CROWD_TASKS, irange(rng, 6, 12))
    p_new = float(rng.uniform(0.85, 0.95))
    launch = ctx.release - float(rng.uniform(0.1, 0.5)) * DAY
    accts, per_region = [], {}
    for _ in range(n):
        tz = int(weighted(rng, {str(k): v for k, v in region_w.items()}))
        lang = pick(rng, regions[tz])
        s = launch + float(rng.uniform(0, 1.8)) * DAY
        sess = [
            x
            for x in session_times(
                rng,
                s,
                ctx.t1,
                float(rng.uniform(1.0, 2.5)),
                evening_person(tz),
                float(rng.uniform(3, 7)),
                float(rng.uniform(45, 120)),
            )
            if len(x)
        ]
        if not sess:
            continue
        phone = chance(rng, 0.5) and tz in V6_OF_TZ
        ua = pick(rng, MOBILE[:3] if phone else BROWSERS + BG_BROWSER)
        home_ips = home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_worker",
            campaign_id=cid,
            ua=ua,
            ips=home_ips,
            tz=tz,
        )
        ts, prompts, ips = [], [], []
        for x in sess:
            ip = (
                mobile_v6(rng, 1, V6_OF_TZ[tz])[0]
                if phone and chance(rng, 0.8)
                else pick(rng, home_ips)
            )
            task = pick(rng, tasks)
            for t in x.tolist():
                ts.append(t)
                prompts.append(
                    tx.crowd_prompt(rng, lang, task if chance(rng, 0.7) else pick(rng, tasks))
                )
                ips.append(ip)
        ts_arr = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts_arr, p_new, 0.02),
            comp_median=650,
        )
        accts.append(a)
        per_region[str(tz)] = per_region.get(str(tz), 0) + 1
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "paid crowd writing up a task list in their own words",
            "accounts": len(accts),
            "orgs": "one per worker",
            "payment": "each worker's own card (reimbursed)",
            "workers_by_utc_offset": per_region,
            "ip_source": "workers' homes and phones (carrier IPv6)",
            "pacing": "human evening sessions",
            "task_list": [t[0] for t in tasks],
            "launch": _r(launch, 1),
            "p_new": _r(p_new),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. backboard (hard)


def backboard(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "backboard"
    n = irange(rng, 12, 22)
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    p_new = float(rng.uniform(0.8, 0.95))
    p_shared = float(rng.uniform(0.1, 0.35))
    card_pool = [hexid(rng, "pay") for _ in range(3)]
    accts, replays = [], 0
    for _ in range(n):
        tz = pick(rng, (-8, -5, -5, 0, 1, 2, 9))
        region = "us" if chance(rng, 0.6) else region_of(tz)
        ips = resi(rng, 1 if chance(rng, 0.7) else 2, region)
        curve = workday(tz, weekend=0.3, night=0.05) if chance(rng, 0.5) else evening_person(tz)
        aged = chance(rng, 0.5)
        on = ctx.release - float(rng.uniform(0.0, 0.8)) * DAY
        size, gap = float(rng.uniform(6, 14)), float(rng.uniform(25, 70))
        pre = (
            session_times(rng, ctx.t0, on, float(rng.uniform(0.4, 1.2)), curve, 3.0, 90.0)
            if aged
            else []
        )
        post = session_times(rng, on, ctx.t1, float(rng.uniform(4, 9)), curve, size, gap, 0.7)
        ts = cat([flat(pre), flat(post)])
        if len(ts) == 0:
            continue
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pick(rng, card_pool) if chance(rng, p_shared) else None,
            ua=pick(rng, BG_SDK),
            ips=ips,
            tz=tz,
        )
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[int(order[cursor % len(order)])])
            cursor += 1
        replays += len(ts)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.1), comp_median=420)
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT prompts, each sent once)",
            "accounts": len(accts),
            "orgs": "one per account",
            "payment": f"own cards, {_r(p_shared)} share a pool of 3",
            "ip_source": "static residential (ISP proxy), one or two per account",
            "user_agent": "background SDK strings",
            "pacing": "workday or evening sessions, half the accounts aged with light use before release",
            "prompts_replayed": replays,
            "languages": {"as in ShareGPT": 1.0},
            "p_new": _r(p_new),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. spocker


def spocker(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "spocker"
    n_keys = irange(rng, 4, 8)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = hexid(rng, "pay")
    prov = pick(rng, ("contabo", "hetzner", "ovh", "scaleway"))
    tz = pick(rng, (1, 2, 3, 9))
    office = home(rng, 1, tz)
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    styles = tx.pick_distinct(rng, tx.CURR_STYLES, irange(rng, 2, 3))
    langs = ["en"] + tx.pick_distinct(rng, ("fr", "de", "ko", "ja", "tr", "vi"), irange(rng, 2, 4))
    subjects = tx.pick_distinct(rng, tx.CURRICULA, irange(rng, 6, 12))
    period = float(rng.uniform(60, 180))
    runs_per_day = float(rng.uniform(1.0, 2.2))
    p_new = float(rng.uniform(0.85, 0.97))
    grid = [
        (s, u, lv, lg)
        for s in subjects
        for u in range(1, 13)
        for lv in range(1, 11)
        for lg in langs
    ]
    cursor = 0
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    accts = []
    for _ in range(n_keys):
        runs = thinned(rng, start, ctx.t1, runs_per_day * (ctx.t1 - start) / DAY, constant)
        parts = []
        for r in runs.tolist():
            dur = float(rng.uniform(1, 3)) * HOUR
            k = int(dur / period)
            parts.append(r + np.cumsum(rng.normal(period, 0.12 * period, size=k).clip(5)))
        ts = cat(parts)
        if len(ts) == 0:
            continue
        ips = cloud(rng, irange(rng, 1, 2), prov)
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "sweeper",
            org=pick(rng, orgs),
            pay=card,
            ua=ua,
            ips=ips + office,
            tz=tz,
        )
        ip_ev = [office[0] if chance(rng, 0.03) else pick(rng, ips) for _ in range(len(ts))]
        prompts = []
        for _ in range(len(ts)):
            s, u, lv, lg = grid[cursor % len(grid)]
            cursor += 1
            prompts.append(tx.curriculum_item(rng, pick(rng, styles), s, u, lv, lg))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ip_ev,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=1300,
            comp_sigma=0.35,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep and code-port harvest, grid walked in order",
            "keys": len(accts),
            "orgs": len(orgs),
            "cards": 1,
            "ip_source": f"{prov} servers (+ office line now and then)",
            "pacing": "periodic runs of 1-3 h",
            "period_s": _r(period),
            "runs_per_day_per_key": _r(runs_per_day),
            "user_agent": ua,
            "styles": styles,
            "languages": langs,
            "subjects": subjects,
            "items_sent": cursor,
            "p_new": _r(p_new),
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "pallino": pallino,
    "boccino": boccino,
    "volo": volo,
    "raffa": raffa,
    "bocciata": bocciata,
    "accosto": accosto,
    "sponda": sponda,
    "bocciodromo": bocciodromo,
    "bocciatore": bocciatore,
    "half_court": half_court,
    "backboard": backboard,
    "spocker": spocker,
}

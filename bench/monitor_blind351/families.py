"""Campaign families of blind batch 351 (twelve; code names from mangroves).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Every parameter is drawn from
the family's own generator, in a fixed order (lists and tuples only, never a set).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
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
    nightly,
    pick,
    picks,
    regions,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind351 import texts

Rng = np.random.Generator

#: user agents as the simulator's own background writes them (seen in its campaign-free output)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0")
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)
#: languages people in each UTC offset mostly write in
LANG_OF_TZ: dict[int, tuple[str, ...]] = {
    -8: ("en", "en", "es"),
    -5: ("en", "en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es", "en"),
    2: ("de", "en"),
    3: ("ru", "tr"),
    5: ("hi", "en", "en"),
    8: ("zh", "vi", "en"),
    9: ("ja",),
}


def browser(rng: Rng, p_bg: float = 0.6) -> str:
    return pick(rng, BG_BROWSERS) if chance(rng, p_bg) else pick(rng, BROWSERS)


def subset(rng: Rng, seq, k: int) -> list:
    """k distinct items of seq in a drawn order."""
    idx = rng.permutation(len(seq))[: max(1, min(k, len(seq)))]
    return [seq[int(i)] for i in idx.tolist()]


def weighted(rng: Rng, seq, n: int, p) -> list:
    p = np.asarray(p, dtype=np.float64)
    return [seq[int(i)] for i in rng.choice(len(seq), size=n, p=p / p.sum()).tolist()]


def after(t: float, w_before: float):
    """A curve: weight w_before before time t, 1 after (a ramp at the model release)."""

    def f(x: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(x) >= t, 1.0, w_before)

    return f


def times_of(groups: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(groups) if groups else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def rhizophora(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "rhizophora"
    n = irange(rng, 5, 14)
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "leaseweb", "m247"))
    block = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 2, 5))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = (
        [hexid(rng, "pay")]
        if chance(rng, 0.6)
        else [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    )
    uas = [sdk_ua(rng, 0.3) for _ in range(irange(rng, 1, 2))]
    styles = subset(rng, texts._COT_STYLES, irange(rng, 3, 5))
    style_p = rng.dirichlet(np.ones(len(styles)) * 2.0)
    accts = []
    for i in range(n):
        ips = subset(rng, block, irange(rng, 1, 3))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % len(orgs)],
                pay=cards[i % len(cards)],
                ua=uas[i % len(uas)],
                ips=ips,
            )
        )
    start = ctx.release - float(rng.uniform(0.3, 2.5)) * DAY
    per_hour = float(rng.uniform(45, 140))
    w_before = float(rng.uniform(0.1, 0.4))
    night = chance(rng, 0.35)
    base = after(ctx.release, w_before)
    tz = int(pick(rng, (1, 2, 3, 8)))
    run = nightly(18.0, 14.0, tz)
    curve = (lambda x: base(x) * run(x)) if night else base
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, curve)
    comp = float(rng.uniform(700, 1300))
    for a, ts in zip(accts, streams, strict=True):
        prompts = [texts.reasoning_prompt(rng, s) for s in weighted(rng, styles, len(ts), style_p)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (chain of thought demanded in tags / numbered steps)",
            "keys": n,
            "orgs": len(orgs),
            "cards": len(cards),
            "pacing": f"Poisson worker pool {per_hour:.0f}/h",
            "night_only": night,
            "ip_source": f"rented {prov} /24 block ({len(block)} hosts)",
            "user_agents": uas,
            "styles": styles,
            "start": start,
            "pre_release_weight": w_before,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in script bursts


def avicennia(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "avicennia"
    n = irange(rng, 3, 8)
    prov = pick(rng, ("aws", "gcp", "azure", "oracle"))
    org = hexid(rng, "org")
    ua = pick(
        rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1", "litellm/1.60.2")
    )
    styles = subset(
        rng, ("pairwise", "rubric", "reward", "checklist", "de", "ko"), irange(rng, 3, 5)
    )
    start = jitter_start(rng, ctx.t0, ctx.release, 0.8)
    size = float(rng.uniform(20, 60))
    gap = float(rng.uniform(0.8, 3.0))
    per_day = float(rng.uniform(4, 12))
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        accts.append(a)
        starts = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, after(ctx.release, 0.3)
        )
        ts = np.sort(times_of(bursts(rng, starts, size, gap, b=ctx.t1)))
        prompts = [
            texts.judge_prompt(rng, ctx.chat, ctx.passages, s) for s in picks(rng, styles, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=220,
            err=0.02,
            extra=irange(rng, 0, 40),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "LLM-as-judge / rubric / reward-model labels",
            "keys": n,
            "orgs": 1,
            "cards": "one virtual card per key",
            "pacing": f"bursts of ~{size:.0f} at {gap:.1f}s gaps, {per_day:.0f}/day/key",
            "ip_source": f"{prov} instances",
            "user_agents": [ua],
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through a residential proxy pool


def pneumatophore(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pneumatophore"
    n = irange(rng, 6, 12)
    region = pick(rng, ("us", "eu", "sea", "latam", "jp_kr"))
    pool = resi(rng, irange(rng, 80, 250), region)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    ua = pick(rng, ("aiohttp/3.11.11", "python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    styles = ["zh", "rewrite", "refusal"] + subset(rng, ("ru", "classify"), irange(rng, 1, 2))
    style_p = [float(rng.uniform(2, 4)), 1.5, 1.0] + [
        float(rng.uniform(0.5, 1.5)) for _ in styles[3:]
    ]
    hold = float(rng.uniform(300, 1800))
    per_hour = float(rng.uniform(35, 100))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=pool[:1],
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    streams = worker_pool(
        rng, start, ctx.t1, per_hour, n, workday(8, start=9.0, end=21.0, weekend=0.5)
    )
    for a, ts in zip(accts, streams, strict=True):
        prompts = [
            texts.policy_prompt(rng, ctx.passages, s)
            for s in weighted(rng, styles, len(ts), style_p)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, pool, hold),
            comp_median=450,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites and refusals",
            "keys": n,
            "orgs": n,
            "cards": f"{len(cards)} stolen cards round-robin",
            "pacing": f"worker pool {per_hour:.0f}/h, UTC+8 long days",
            "ip_source": f"residential proxies ({region}, {len(pool)} exits, sticky {hold:.0f}s)",
            "user_agents": [ua],
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories, one episode = a train of growing steps


def propagule(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "propagule"
    n = irange(rng, 4, 10)
    prov = pick(rng, ("aws", "gcp", "azure", "linode"))
    org = hexid(rng, "org")
    card = hexid(rng, "pay")
    ua = pick(
        rng, ("OpenAI/NodeJS 4.85.1", "langchain-openai/0.3.6", "litellm/1.60.2", "axios/1.7.9")
    )
    styles = subset(rng, ("react", "json", "xml", "zh"), irange(rng, 2, 3))
    per_day = float(rng.uniform(25, 80))
    step_gap = float(rng.uniform(2.5, 8.0))
    sys_tokens = irange(rng, 600, 2500)
    start = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, prov),
        )
        accts.append(a)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, 14)
            style = pick(rng, styles)
            seed = int(rng.integers(0, 2**31))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.5, size=k - 1))]
            )
            for step, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(texts.agent_prompt(rng, style, step, seed))
                extra.append(sys_tokens + 150 * step)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=180,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "pacing": f"{per_day:.0f} episodes/day/key of 3-14 steps ~{step_gap:.1f}s apart",
            "ip_source": f"{prov} instances",
            "user_agents": [ua],
            "styles": styles,
            "system_prompt_tokens": sys_tokens,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in curriculum order


def mudskipper(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "mudskipper"
    n = irange(rng, 2, 6)
    prov = pick(rng, ("hetzner", "ovh", "contabo", "scaleway", "selectel"))
    block = rented_block(rng, prov, 1, irange(rng, 2, 4))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-requests/2.32.3", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.63.2"))
    styles = subset(rng, ("selfinstruct", "evolve", "persona", "es", "pt", "id"), irange(rng, 3, 5))
    topics = subset(rng, texts.DATA_TOPICS, irange(rng, 8, 16))
    fmts = subset(rng, texts.DATA_FORMATS, irange(rng, 2, 4))
    combos = [(lv, tp, fm) for lv in texts.DATA_LEVELS for tp in topics for fm in fmts]
    reps = irange(rng, 3, 8)
    per_hour = float(rng.uniform(50, 130))
    start = ctx.release + float(rng.uniform(0.05, 0.6)) * DAY
    tz = int(pick(rng, TZS))
    curve = nightly(22.0, float(rng.uniform(7, 10)), tz) if chance(rng, 0.5) else constant
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=block,
        )
        for _ in range(n)
    ]
    ts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, curve)
    who = rng.integers(0, n, size=len(ts))
    prompts = []
    for j in range(len(ts)):
        lv, tp, fm = combos[(j // reps) % len(combos)]
        prompts.append(texts.dataset_prompt(rng, tp, lv, fm, pick(rng, styles), ctx.chat))
    models = ctx.models(rng, ts, p_new=0.96, p_mini=0.0)
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        ctx.emit(
            rng,
            a,
            ts[sel],
            [prompts[j] for j in sel.tolist()],
            models=[models[j] for j in sel.tolist()],
            comp_median=1500,
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction data, curriculum sweep level x topic x format",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "pacing": f"{per_hour:.0f}/h from {start:.0f}",
            "curve": "nightly" if curve is not constant else "constant",
            "ip_source": f"{prov} block",
            "user_agents": [ua],
            "styles": styles,
            "topics": topics,
            "formats": fmts,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. (hard) multi-turn dialogue harvest by person-like accounts through regional residential proxies


def fiddler_crab(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "fiddler_crab"
    n = irange(rng, 25, 45)
    cards = [hexid(rng, "pay") for _ in range(max(1, n // irange(rng, 2, 4)))]
    tzs = subset(rng, TZS, irange(rng, 3, 6))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        lang = pick(rng, LANG_OF_TZ[tz])
        pool = home(rng, irange(rng, 3, 8), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona_account",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=browser(rng),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.0, 2.6)),
            evening_person(tz),
            float(rng.uniform(5, 9)),
            float(rng.uniform(40, 110)),
        )
        ts_all, prompts, ips = [], [], []
        for sess in sessions:
            topic = texts.topic_for(rng, lang)
            ip = pick(rng, pool)
            for k, t in enumerate(sess.tolist()):
                ts_all.append(t)
                ips.append(ip)
                prompts.append(
                    texts.dialogue_opener(rng, lang, topic)
                    if k == 0
                    else texts.dialogue_followup(rng, lang)
                )
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.65, p_mini=0.03),
            ips=ips,
            comp_median=550,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (opener + generic follow-ups)",
            "keys": n,
            "orgs": n,
            "cards": f"{len(cards)} prepaid cards shared at random",
            "pacing": "evening human sessions, 40-110 s think time",
            "ip_source": "residential proxies matched to each persona's UTC offset, one exit per session",
            "user_agents": "browsers",
            "tzs": tzs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: each prompt fired n times in a few seconds


def hypocotyl(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hypocotyl"
    n = irange(rng, 3, 7)
    prov = pick(rng, ("vultr", "linode", "digitalocean", "ovh"))
    block = rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 2, 4))
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2", "aiohttp/3.11.11"))
    k = int(pick(rng, (4, 8, 8, 16)))
    styles = subset(rng, ("identical", "tagged", "diverse", "nonce"), irange(rng, 1, 2))
    per_day = float(rng.uniform(40, 120))
    gap = float(rng.uniform(0.3, 2.0))
    start = ctx.release + float(rng.uniform(0.0, 0.4)) * DAY
    p_reason = float(rng.uniform(0.0, 0.4))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=subset(rng, block, 2),
        )
        accts.append(a)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        ts_all, prompts = [], []
        for s in starts.tolist():
            base = (
                texts.reasoning_prompt(rng, "numbered")
                if chance(rng, p_reason)
                else pick(rng, ctx.chat)
            )
            style = pick(rng, styles)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            for j, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(texts.sample_variant(rng, base, j, k, style))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=420,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n,
            "orgs": 1,
            "cards": len(cards),
            "n": k,
            "pacing": f"{per_day:.0f} groups/day/key, samples {gap:.1f}s apart",
            "ip_source": f"{prov} block",
            "user_agents": [ua],
            "styles": styles,
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. translation harvest: each source paragraph fanned out to many target languages


def lenticel(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "lenticel"
    n = irange(rng, 3, 8)
    prov = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng, ("Go-http-client/2.0", "okhttp/4.12.0", "reqwest/0.12.12", "python-httpx/0.28.1")
    )
    targets = subset(rng, texts.LANGS, irange(rng, 8, 16))
    styles = subset(rng, ("plain", "json", "tagged", "pro"), irange(rng, 2, 3))
    per_hour = float(rng.uniform(4, 10))
    start = jitter_start(rng, ctx.t0, ctx.release, 0.9)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), prov),
        )
        for _ in range(n)
    ]
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, after(ctx.release, 0.4))
    for a, src_ts in zip(accts, streams, strict=True):
        ts_all, prompts = [], []
        for s in src_ts.tolist():
            text = texts.clip_text(rng, pick(rng, ctx.passages), 150, 900)
            style = pick(rng, styles)
            fan = subset(rng, targets, irange(rng, max(3, len(targets) - 5), len(targets)))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(1.5), 0.6, size=len(fan) - 1))]
            )
            for tgt, tt in zip(fan, t.tolist(), strict=True):
                ts_all.append(tt)
                prompts.append(texts.translation_prompt(rng, text, tgt, style))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), comp_median=260, err=0.02
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus translation harvest",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "pacing": f"{per_hour:.0f} source texts/h, each fanned out to most of {len(targets)} languages",
            "ip_source": f"{prov}",
            "user_agents": [ua],
            "targets": targets,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. (hard) harvest hidden in a real coding product's own traffic


def sundarbans(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sundarbans"
    n = irange(rng, 2, 4)
    prov = pick(rng, ("aws", "gcp", "azure"))
    nat = cloud(rng, irange(rng, 2, 4), prov)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    curve = global_load(float(rng.uniform(12, 18)), float(rng.uniform(0.4, 0.7)))
    user_rate = float(rng.uniform(25, 60))
    harvest_rate = user_rate * float(rng.uniform(0.25, 0.5))
    h_start = ctx.release + float(rng.uniform(-0.3, 0.5)) * DAY
    styles = subset(rng, ("casual", "spec", "review", "compare"), irange(rng, 2, 4))
    code_words = (
        "code",
        "function",
        "error",
        "python",
        "javascript",
        "sql",
        "java",
        "class",
        "bug",
        "api",
    )
    pool = [p for p in ctx.chat if any(w in p.lower() for w in code_words)] or list(ctx.chat)
    share = rng.dirichlet(np.ones(n) * 3.0)
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
        for _ in range(n)
    ]
    u_ts = thinned(rng, ctx.t0, ctx.t1, user_rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    h_ts = thinned(rng, h_start, ctx.t1, harvest_rate * (ctx.t1 - h_start) / HOUR, curve)
    u_prompts = [
        pick(rng, pool) if chance(rng, 0.7) else pick(rng, ctx.chat) for _ in range(len(u_ts))
    ]
    h_prompts = [
        texts.code_task(rng, pick(rng, styles))
        if chance(rng, 0.8)
        else texts.deep_explain(rng, "en")
        for _ in range(len(h_ts))
    ]
    u_models = ctx.models(rng, u_ts, p_new=0.3, p_mini=0.2)
    h_models = ctx.models(rng, h_ts, p_new=0.75, p_mini=0.0)
    ts = np.concatenate([u_ts, h_ts])
    prompts = u_prompts + h_prompts
    models = u_models + h_models
    comp = np.concatenate([np.full(len(u_ts), 350.0), np.full(len(h_ts), 850.0)])
    who = rng.choice(n, size=len(ts), p=share)
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        order = sel[np.argsort(ts[sel], kind="stable")]
        idx = order.tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[j] for j in idx],
            models=[models[j] for j in idx],
            comp_median=comp[order],
            err=0.01,
            ips=picks(rng, nat, len(idx)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code/explainer harvest mixed into a real coding assistant's user traffic",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "pacing": f"global load {user_rate:.0f}/h users + {harvest_rate:.0f}/h harvest",
            "harvest_start": h_start,
            "ip_source": f"{len(nat)} {prov} NAT gateways",
            "user_agents": [ua],
            "styles": styles,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. (hard) bought / compromised aged accounts, switched to harvesting after the release


def nipa_palm(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "nipa_palm"
    n = irange(rng, 15, 30)
    p_same_region = float(rng.uniform(0.4, 0.9))
    p_sdk = float(rng.uniform(0.2, 0.7))
    p_new_card = float(rng.uniform(0.1, 0.5))
    langs = subset(rng, ("en", "es", "pt", "de", "zh", "ru"), irange(rng, 2, 4))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        hist_ua = browser(rng)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=hist_ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-0.5, 1.5)) * DAY
        first = ctx.t0 + float(rng.uniform(0, 0.6)) * (take - ctx.t0)
        hist = session_times(
            rng, first, take, float(rng.uniform(0.5, 2.0)), evening_person(tz), 3.0, 90.0
        )
        hts = times_of(hist)
        ctx.emit(
            rng,
            a,
            hts,
            picks(rng, ctx.chat, len(hts)),
            models=ctx.models(rng, hts, p_new=0.17, p_mini=0.17),
        )
        pool = (
            home(rng, 6, tz) if chance(rng, p_same_region) else resi(rng, 6, pick(rng, regions()))
        )
        ua2 = pick(rng, BG_SDK) if chance(rng, p_sdk) else hist_ua
        b = replace(
            a, ua=ua2, pay=hexid(rng, "pay") if chance(rng, p_new_card) else a.pay, ips=pool
        )
        curve = constant if chance(rng, 0.3) else evening_person(tz, spread=3.5)
        sess = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(4, 9)),
            curve,
            float(rng.uniform(6, 12)),
            float(rng.uniform(20, 60)),
        )
        ts_all, ips = [], []
        for s in sess:
            ip = pick(rng, pool)
            ts_all.extend(s.tolist())
            ips.extend([ip] * len(s))
        ts = np.asarray(ts_all)
        lang = pick(rng, langs)
        prompts = [
            texts.deep_explain(rng, lang if chance(rng, 0.7) else "en") for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            b,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
            ips=ips,
            comp_median=750,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "knowledge harvest through bought aged consumer accounts",
            "keys": n,
            "orgs": n,
            "cards": f"owners' cards; {p_new_card:.0%} replaced at takeover",
            "pacing": "owner sessions, then 4-9 scripted sessions/day",
            "ip_source": f"residential proxies, {p_same_region:.0%} in the owner's region",
            "p_sdk_after": p_sdk,
            "languages": langs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. (hard) low-and-slow crowd of paid people asking syllabus questions from home


def mangal(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "mangal"
    n = irange(rng, 40, 80)
    tzs = subset(rng, (5, 8, -3, 1, 3), irange(rng, 2, 4))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, max(2, n // 6), max(3, n // 3)))]
    p_new = float(rng.uniform(0.45, 0.7))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        lang = pick(rng, LANG_OF_TZ[tz] + ("en",))
        if lang in ("zh", "ru", "tr", "de", "fr"):
            lang = pick(rng, ("en", "id", "vi", "es"))
        ua = pick(rng, MOBILE[:3]) if chance(rng, 0.35) else browser(rng, 0.5)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_worker",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz, weekend=0.6)
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            curve,
            float(rng.uniform(3, 6)),
            float(rng.uniform(60, 200)),
        )
        ts = np.sort(times_of(sessions))
        off = irange(rng, 0, 5)
        units = ((ts - ctx.t0) / (ctx.t1 - ctx.t0) * 12).astype(np.int64) + off
        prompts = [texts.textbook_question(rng, lang, int(u)) for u in units.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.08),
            comp_median=650,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "syllabus-ordered explanations collected by a paid crowd",
            "keys": n,
            "orgs": n,
            "cards": f"{len(cards)} prepaid cards shared",
            "pacing": "0.8-2.5 human sessions/day per person",
            "ip_source": "workers' own home connections",
            "tzs": tzs,
            "p_new": p_new,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. (hard) public prompt replay (ShareGPT) from office-like addresses with the common SDK


def bruguiera(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bruguiera"
    n = irange(rng, 12, 25)
    tzs = subset(rng, (-5, -8, 0, 1, 2), irange(rng, 1, 3))
    p_new = float(rng.uniform(0.35, 0.6))
    order = rng.permutation(len(ctx.chat))
    pos = 0
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            ua=pick(rng, BG_SDK[:2]) if chance(rng, 0.85) else sdk_ua(rng),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        per_day = float(rng.uniform(30, 110))
        ts = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, workday(tz, weekend=0.15)
        )
        idx = (
            order[pos : pos + len(ts)]
            if pos + len(ts) <= len(order)
            else rng.integers(0, len(order), len(ts))
        )
        pos += len(ts)
        prompts = [ctx.chat[int(i)] for i in np.asarray(idx).tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.12),
            comp_median=380,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "replay of a public prompt set (each prompt once) to collect the new model's answers",
            "keys": n,
            "orgs": n,
            "cards": "one (stolen) card per key",
            "pacing": "office hours, 30-110/day/key",
            "ip_source": "broadband addresses in the claimed office region",
            "tzs": tzs,
            "p_new": p_new,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "rhizophora": rhizophora,
    "avicennia": avicennia,
    "pneumatophore": pneumatophore,
    "propagule": propagule,
    "mudskipper": mudskipper,
    "fiddler_crab": fiddler_crab,
    "hypocotyl": hypocotyl,
    "lenticel": lenticel,
    "sundarbans": sundarbans,
    "nipa_palm": nipa_palm,
    "mangal": mangal,
    "bruguiera": bruguiera,
}

"""Campaign families of blind batch 168 (code names: words from stone skipping).

Each family is `fn(ctx, rng, campaign_id)`: it draws its own keys, organisations, cards, pacing,
addresses, user agents, languages and prompt styles from its own generator, writes its events
through `ctx.emit` and records one campaign in the truth. The README (read only after the monitor's
single run) describes each family and why some of them are hard.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
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
from bench.monitor_blind168 import texts as tx

CAMPAIGN = "campaign"


def _langs(
    rng: np.random.Generator,
    base: str,
    others: tuple[str, ...],
    k_lo: int,
    k_hi: int,
    p_base: tuple[float, float],
) -> tuple[list[str], list[float]]:
    """A language mix: `base` with a drawn share, the rest split over k drawn `others`."""
    k = irange(rng, k_lo, min(k_hi, len(others)))
    chosen = [others[i] for i in rng.permutation(len(others))[:k].tolist()]
    pb = float(rng.uniform(*p_base)) if chosen else 1.0
    rest = rng.dirichlet(np.ones(len(chosen))) * (1 - pb) if chosen else np.empty(0)
    return [base, *chosen], [pb, *[float(x) for x in rest]]


def _draw_langs(
    rng: np.random.Generator, langs: list[str], probs: list[float], n: int
) -> list[str]:
    p = np.asarray(probs, dtype=np.float64)
    return [langs[i] for i in rng.choice(len(langs), size=n, p=p / p.sum()).tolist()]


def _region_of(tz: int) -> str:
    return {
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
    }[tz]


def _lang_of_tz(rng: np.random.Generator, tz: int) -> str:
    return pick(
        rng,
        {
            -8: ("en",),
            -5: ("en", "en", "es"),
            -3: ("pt", "es"),
            0: ("en",),
            1: ("de", "fr", "es", "it"),
            2: ("de", "en"),
            3: ("ru", "en"),
            5: ("en", "hi"),
            8: ("zh", "en"),
            9: ("ja", "ko"),
        }[tz],
    )


# --------------------------------------------------------------------------------------------


def side_flick(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion: a worker pool on rented servers asks for full step-by-step
    reasoning on freshly generated problems, mostly from the new model."""
    fam = "side_flick"
    n_keys = irange(rng, 6, 14)
    shared_org = chance(rng, 0.6)
    org = hexid(rng, "org") if shared_org else None
    cards = [hexid(rng, "pay") for _ in range(1 if chance(rng, 0.5) else irange(rng, 2, 3))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "scaleway"))
    hosts = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    one_ua = chance(rng, 0.6)
    ua0 = sdk_ua(rng)
    langs, probs = _langs(rng, "en", ("zh", "ru", "es", "ko"), 1, 2, (0.45, 0.8))
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    end = ctx.t1 - float(rng.uniform(0.0, 0.5)) * DAY
    per_hour = float(rng.uniform(70, 170))
    curve = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.4)))
    streams = worker_pool(rng, start, end, per_hour, n_keys, curve)
    comp = float(rng.uniform(1100, 2200))
    accts = []
    for i, ts in enumerate(streams):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=cards[i % len(cards)],
            ua=ua0 if one_ua else sdk_ua(rng),
            ips=picks(rng, hosts, irange(rng, 1, 2)),
        )
        style = int(rng.integers(4))
        prompts = [
            tx.reasoning_prompt(rng, lang, style)
            for lang in _draw_langs(rng, langs, probs, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=comp,
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
            "keys": n_keys,
            "shared_org": shared_org,
            "cards": len(cards),
            "ip_source": f"rented {provider} servers ({len(hosts)} hosts)",
            "pacing": "Poisson worker pool",
            "per_hour": round(per_hour, 1),
            "start_days_before_release": round((ctx.release - start) / DAY, 2),
            "languages": dict(zip(langs, [round(p, 2) for p in probs], strict=True)),
            "one_user_agent": one_ua,
            "completion_median": round(comp),
            "hard": False,
        },
    )


def ripple(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading harvest: scripted bursts of pairwise and rubric grading
    prompts over public chat text, one prepaid card per key."""
    fam = "ripple"
    n_keys = irange(rng, 4, 9)
    org = hexid(rng, "org")
    provider = pick(rng, ("aws", "gcp", "azure"))
    langs, probs = _langs(rng, "en", ("es", "de", "ja"), 1, 3, (0.55, 0.85))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    bursts_per_day = float(rng.uniform(4, 9))
    size = float(rng.uniform(18, 45))
    ua0 = sdk_ua(rng)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            ua=ua0,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        starts = thinned(
            rng, start, ctx.t1, bursts_per_day * (ctx.t1 - start) / DAY, lambda t: np.ones(len(t))
        )
        ts = np.sort(
            np.concatenate([np.empty(0), *bursts(rng, starts, size, float(rng.uniform(0.8, 3.0)))])
        )
        style = int(rng.integers(4))
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, lang, style)
            for lang in _draw_langs(rng, langs, probs, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=float(rng.uniform(150, 380)),
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "keys": n_keys,
            "cards": "one prepaid card per key",
            "ip_source": f"{provider} instances",
            "pacing": "scripted bursts",
            "bursts_per_day": round(bursts_per_day, 1),
            "burst_size": round(size, 1),
            "languages": dict(zip(langs, [round(p, 2) for p in probs], strict=True)),
            "hard": False,
        },
    )


def wrist_snap(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant / censorship-safe rewrites through a residential proxy pool, many keys paid
    with stolen cards, spoofed browser user agents."""
    fam = "wrist_snap"
    n_keys = irange(rng, 14, 28)
    regions = [
        pick(rng, ("cn", "sea", "eu", "us", "ru", "latam")) for _ in range(irange(rng, 1, 2))
    ]
    pool = [ip for r in regions for ip in resi(rng, irange(rng, 120, 300), r)]
    hold = float(rng.uniform(10, 60)) * MINUTE
    langs, probs = _langs(rng, "zh", ("en", "ru", "vi"), 2, 3, (0.35, 0.6))
    start0 = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="worker",
            campaign_id=cid,
            ua=pick(rng, BROWSERS) if chance(rng, 0.7) else sdk_ua(rng),
            ips=pool,
        )
        s = start0 + float(rng.uniform(0, 1.5)) * DAY
        e = min(ctx.t1, s + float(rng.uniform(1.0, 4.0)) * DAY)
        ts = thinned(
            rng, s, e, float(rng.uniform(4, 14)) * (e - s) / HOUR, lambda t: np.ones(len(t))
        )
        style = int(rng.integers(3))
        prompts = [
            tx.policy_rewrite_prompt(rng, ctx.passages, lang, style)
            for lang in _draw_langs(rng, langs, probs, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(300, 700)),
            err=0.04,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites",
            "keys": n_keys,
            "cards": "stolen, one per key",
            "orgs": "one per key",
            "ip_source": f"residential proxies {regions}",
            "proxy_pool": len(pool),
            "sticky_minutes": round(hold / MINUTE, 1),
            "pacing": "Poisson per key, 1-4 days",
            "languages": dict(zip(langs, [round(p, 2) for p in probs], strict=True)),
            "hard": False,
        },
    )


def backspin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcript harvest: synthetic tasks in five tool environments, each episode a
    burst of growing transcripts asking for the next tool call with reasons."""
    fam = "backspin"
    n_keys = irange(rng, 3, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    nat = cloud(rng, irange(rng, 1, 3), provider)
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "dspy/2.6.3 litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    domains = ["shop", "travel", "data", "office", "web"]
    start = ctx.release - float(rng.uniform(0.0, 1.2)) * DAY
    eps_per_hour = float(rng.uniform(2, 5))
    steps_mean = float(rng.uniform(4, 9))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        starts = thinned(
            rng, start, ctx.t1, eps_per_hour * (ctx.t1 - start) / HOUR, lambda t: np.ones(len(t))
        )
        style = int(rng.integers(3))
        ts_all, prompts, extra = [], [], []
        for ep in bursts(rng, starts, steps_mean, float(rng.uniform(4, 12)), gap_sigma=0.7):
            dom = pick(rng, domains)
            task = tx.agent_task(rng, dom)
            sys_tokens = irange(rng, 500, 2500)
            for k, t in enumerate(ep.tolist()):
                ts_all.append(t)
                prompts.append(tx.agent_prompt(rng, dom, task, k, style))
                extra.append(sys_tokens + 120 * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            comp_median=220.0,
            extra=extra,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "keys": n_keys,
            "cards": 1,
            "ip_source": f"{provider} NAT",
            "user_agent": ua,
            "pacing": "episodes of step bursts",
            "episodes_per_hour": round(eps_per_hour, 2),
            "steps_mean": round(steps_mean, 1),
            "hard": False,
        },
    )


def flat_rock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation: nightly worker-pool jobs asking for instruction/response sets,
    dialogues and persona Q&A in several languages."""
    fam = "flat_rock"
    n_keys = irange(rng, 5, 11)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    hosts = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 4, 10))
    tz = pick(rng, TZS)
    start_h, hours = float(rng.uniform(19, 24)), float(rng.uniform(5, 10))
    per_hour = float(rng.uniform(90, 220))
    langs, probs = _langs(rng, "en", ("es", "fr", "de", "pt", "ar"), 2, 4, (0.4, 0.7))
    # worker_pool's rate is per hour of the whole window: scale so `per_hour` holds inside the nightly window
    streams = worker_pool(
        rng, ctx.t0, ctx.t1, per_hour * hours / 24.0, n_keys, nightly(start_h, hours, tz)
    )
    accts = []
    for i, ts in enumerate(streams):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=sdk_ua(rng, 0.3),
            ips=[pick(rng, hosts)],
        )
        prompts = [
            tx.dataset_prompt(rng, lang, int(rng.integers(4)))
            for lang in _draw_langs(rng, langs, probs, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1800.0,
            comp_sigma=0.5,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic-dataset generation",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": len(cards),
            "ip_source": f"rented {provider} block",
            "pacing": "nightly worker pool",
            "tz": tz,
            "window_start_local_h": round(start_h, 1),
            "window_hours": round(hours, 1),
            "per_hour": round(per_hour),
            "languages": dict(zip(langs, [round(p, 2) for p in probs], strict=True)),
            "hard": False,
        },
    )


def pitty_pat(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. A low-and-slow person-like crowd replaying public chat prompts (each account walks its
    own slice, no repeats) with generic follow-ups, from home broadband, browser user agents."""
    fam = "pitty_pat"
    n = irange(rng, 28, 50)
    order = rng.permutation(len(ctx.chat))
    slice_len = len(order) // n
    start0 = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    accts = []
    for i in range(n):
        tz = pick(rng, TZS)
        ips = home(rng, 1, tz) + (resi(rng, 1, _region_of(tz)) if chance(rng, 0.3) else [])
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="crowd",
            campaign_id=cid,
            tz=tz,
            ua=pick(rng, BROWSERS) if chance(rng, 0.8) else pick(rng, MOBILE),
            ips=ips,
        )
        s = start0 + float(rng.uniform(0, 0.8)) * DAY
        sessions = session_times(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(2.5, 6)),
            evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(45, 150)),
        )
        mine = order[i * slice_len : (i + 1) * slice_len].tolist()
        p_follow = float(rng.uniform(0.2, 0.45))
        lang = "en" if chance(rng, 0.7) else _lang_of_tz(rng, tz)
        ts_all, prompts, j = [], [], 0
        for sess in sessions:
            for k, t in enumerate(sess.tolist()):
                ts_all.append(t)
                if k > 0 and chance(rng, p_follow):
                    prompts.append(tx.follow_up(rng, lang))
                else:
                    prompts.append(tx.clip(ctx.chat[mine[j % len(mine)]], 2000))
                    j += 1
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.4, 0.9)), p_mini=0.1),
            comp_median=float(rng.uniform(380, 650)),
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay + dialogue follow-ups",
            "accounts": n,
            "cards": "card-shop, one per account",
            "orgs": "one per account",
            "ip_source": "home broadband matching each account's time zone",
            "pacing": "human-like evening sessions",
            "start_days_before_release": round((ctx.release - start0) / DAY, 2),
            "hard": True,
        },
    )


def splashdown(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: each prompt is fired n times at once (short labels or full
    answers), a few keys on single cloud addresses, for a couple of days after the release."""
    fam = "splashdown"
    n_keys = irange(rng, 2, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure", "oracle", "gcp"))
    start = ctx.release - float(rng.uniform(0, 0.4)) * DAY
    end = min(ctx.t1, start + float(rng.uniform(1.5, 3.0)) * DAY)
    langs, probs = _langs(rng, "en", ("zh", "fr"), 1, 2, (0.6, 0.9))
    accts, modes = [], []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=sdk_ua(rng),
            ips=cloud(rng, 1, provider),
        )
        mode = "soft" if chance(rng, 0.5) else "best_of_n"
        modes.append(mode)
        reps = irange(rng, 6, 16) if mode == "soft" else irange(rng, 4, 8)
        style = int(rng.integers(4))
        starts = thinned(
            rng,
            start,
            end,
            float(rng.uniform(1.2, 3.0)) * (end - start) / HOUR,
            lambda t: np.ones(len(t)),
        )
        ts_all, prompts = [], []
        for s in starts.tolist():
            lang = _draw_langs(rng, langs, probs, 1)[0]
            p = (
                tx.soft_label_prompt(rng, lang, style)
                if mode == "soft"
                else tx.best_of_n_prompt(rng, ctx.chat)
            )
            t = s + np.cumsum(rng.lognormal(np.log(0.15), 0.8, size=reps))
            ts_all.extend(t.tolist())
            prompts.extend([p] * reps)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=6.0 if mode == "soft" else 420.0,
            comp_sigma=0.5 if mode == "soft" else 0.6,
            err=0.05,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "modes": modes,
            "cards": 1,
            "ip_source": f"one {provider} address per key",
            "pacing": "n simultaneous copies per prompt",
            "active_days": round((end - start) / DAY, 2),
            "languages": dict(zip(langs, [round(p, 2) for p in probs], strict=True)),
            "hard": False,
        },
    )


def ducks_and_drakes(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Harvest hidden inside a real writing product's traffic: one company org and card, the
    product's NAT egress and SDK, its prompt wrapper; a growing share of requests are the operator's
    own explain/answer prompts instead of user text."""
    fam = "ducks_and_drakes"
    brand = pick(
        rng,
        ("Quillmate", "Draftwell", "Inkpath", "Prosewise", "Scribeloop", "Wordloom", "Penstroke"),
    )
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = cloud(rng, irange(rng, 2, 6), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.58.1"))
    per_hour = float(rng.uniform(35, 90))
    curve = global_load(float(rng.uniform(12, 18)), float(rng.uniform(0.45, 0.7)))
    share_pre, share_post = float(rng.uniform(0.1, 0.25)), float(rng.uniform(0.35, 0.6))
    weights = rng.dirichlet(np.ones(n_keys) * 2)
    weights[0] += 1.0
    weights = weights / weights.sum()
    ts_all = thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, curve)
    who = rng.choice(n_keys, size=len(ts_all), p=weights)
    locales = ["en", "de", "fr", "es"]
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        ts = ts_all[who == i]
        harvest = rng.random(len(ts)) < np.where(ts >= ctx.release, share_post, share_pre)
        loc = picks(rng, locales, len(ts))
        prompts = [
            tx.product_prompt(rng, brand, ctx.chat, ctx.passages, bool(h), lang if not h else "en")
            for h, lang in zip(harvest.tolist(), loc, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8),
            comp_median=np.where(harvest, 900.0, 320.0),
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest inside a writing product",
            "brand": brand,
            "keys": n_keys,
            "cards": 1,
            "ip_source": f"{provider} NAT ({len(nat)} addresses)",
            "user_agent": ua,
            "per_hour": round(per_hour, 1),
            "pacing": "global product load",
            "harvest_share_before_release": round(share_pre, 2),
            "harvest_share_after_release": round(share_post, 2),
            "hard": True,
        },
    )


def hydroplane(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep: a timer-driven crawler walks course → unit → lesson → difficulty in order,
    one slow steady stream per key, one language per key."""
    fam = "hydroplane"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("ovh", "contabo", "hetzner", "scaleway"))
    courses = list(tx.CURRICULA)
    accts, periods = [], []
    for _ in range(n_keys):
        lang = pick(rng, ("en", "en", "fr", "de", "pt", "es"))
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="crawler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "aiohttp/3.11.11")),
            ips=cloud(rng, 1, provider),
        )
        period = float(rng.uniform(150, 420))
        periods.append(round(period))
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        n_max = int((ctx.t1 - s) / period) + 10
        gaps = period * rng.lognormal(0, 0.15, size=n_max)
        restarts = rng.random(n_max) < 0.002
        gaps = gaps + restarts * rng.uniform(1, 6, size=n_max) * HOUR
        ts = s + np.cumsum(gaps)
        ts = ts[ts < ctx.t1]
        style = int(rng.integers(2))
        lessons = irange(rng, 6, 14)
        seq = rng.permutation(courses).tolist()
        total = sum(len(tx.CURRICULA[c]) for c in seq) * lessons * 5
        prompts, idx = [], 0
        for _t in ts.tolist():
            course, unit = seq[0], 0
            j = idx % total
            idx += 1
            level, j = j % 5 + 1, j // 5
            lesson, j = j % lessons, j // lessons
            for c in seq:
                if j < len(tx.CURRICULA[c]):
                    course, unit = c, j
                    break
                j -= len(tx.CURRICULA[c])
            prompts.append(tx.curriculum_prompt(course, unit, lesson, lessons, level, lang, style))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            comp_median=1600.0,
            comp_sigma=0.4,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "keys": n_keys,
            "cards": 1,
            "ip_source": f"one {provider} address per key",
            "pacing": "timer with jitter and rare restarts",
            "period_s": periods,
            "hard": False,
        },
    )


def mill_pond(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Bought aged accounts: each has an ordinary owner's history (home address, own card, public
    chat prompts) until a pivot near the release, then the buyer drives it through residential proxies
    in the same region with expert questions on the new model, paced like a busy person."""
    fam = "mill_pond"
    n = irange(rng, 10, 20)
    pivot0 = ctx.release + float(rng.uniform(0, 0.5)) * DAY
    keep_ua_p = float(rng.uniform(0.4, 0.9))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua_old = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="aged_account",
            campaign_id=cid,
            tz=tz,
            ua=ua_old,
            ips=home(rng, 1, tz),
        )
        pivot = pivot0 + float(rng.uniform(0, 12)) * HOUR
        before = session_times(
            rng,
            ctx.t0,
            pivot,
            float(rng.uniform(0.7, 2.5)),
            evening_person(tz) if chance(rng, 0.6) else workday(tz),
            3.0,
            70.0,
        )
        ts = np.concatenate([np.empty(0), *before])
        ctx.emit(
            rng,
            a,
            ts,
            [tx.clip(pick(rng, ctx.chat), 2000) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.2),
            comp_median=350.0,
        )
        pool = resi(rng, irange(rng, 20, 70), _region_of(tz))
        after = session_times(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(6, 16)),
            global_load(float(rng.uniform(0, 24)), 0.5),
            float(rng.uniform(4, 8)),
            float(rng.uniform(15, 40)),
        )
        ts2 = np.concatenate([np.empty(0), *after])
        lang = _lang_of_tz(rng, tz)
        ua_new = ua_old if chance(rng, keep_ua_p) else sdk_ua(rng)
        ctx.emit(
            rng,
            a,
            ts2,
            [tx.expert_question(rng, lang) for _ in range(len(ts2))],
            models=ctx.models(rng, ts2, p_new=0.9),
            ips=sticky(rng, ts2, pool, float(rng.uniform(20, 60)) * MINUTE),
            ua=ua_new,
            comp_median=900.0,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought aged accounts, expert-answer harvest after a pivot",
            "accounts": n,
            "cards": "original owners', one per account",
            "ip_source": "home broadband, then residential proxies in region",
            "pivot_hours_after_release": round((pivot0 - ctx.release) / HOUR, 1),
            "keep_ua_share": round(keep_ua_p, 2),
            "pacing": "ordinary sessions, then dense person-like sessions",
            "hard": True,
        },
    )


def shale_disc(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Code harvest: implementation, translation and contest prompts across ten programming
    languages, sent in office hours through commercial VPN exits."""
    fam = "shale_disc"
    n_keys = irange(rng, 3, 8)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(max(1, n_keys // irange(rng, 2, 3)))]
    provider = pick(rng, ("m247", "leaseweb"))
    exits = rented_block(rng, provider, irange(rng, 3, 8), irange(rng, 2, 4))
    tz = pick(rng, (1, 2, 3, 8, 9))
    langs, probs = _langs(rng, "en", ("zh", "ko"), 1, 2, (0.6, 0.85))
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=sdk_ua(rng),
            ips=exits,
            tz=tz,
        )
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = thinned(
            rng, s, ctx.t1, float(rng.uniform(18, 45)) * (ctx.t1 - s) / HOUR * 0.3, workday(tz)
        )
        style = int(rng.integers(3))
        prompts = [
            tx.code_prompt(rng, lang, style) for lang in _draw_langs(rng, langs, probs, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=sticky(rng, ts, exits, float(rng.uniform(1, 6)) * HOUR),
            comp_median=1000.0,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": len(cards),
            "ip_source": f"{provider} VPN exits ({len(exits)})",
            "pacing": f"office hours, UTC{tz:+d}",
            "languages": dict(zip(langs, [round(p, 2) for p in probs], strict=True)),
            "hard": False,
        },
    )


def skip_streak(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. A phone farm: many accounts on carrier addresses (a new one per session), mobile user
    agents, evening sessions in India, Brazil or Indonesia, asking for detailed explanations and essays
    in local languages; one prepaid virtual card per account."""
    fam = "skip_streak"
    n = irange(rng, 30, 55)
    regions = [r for r in ("in", "br", "id") if chance(rng, 0.7)] or ["in"]
    start0 = ctx.release - float(rng.uniform(1.0, 2.5)) * DAY
    p_chat = float(rng.uniform(0.15, 0.35))
    accts = []
    for _ in range(n):
        region = pick(rng, regions)
        tz = {"in": 5, "br": -3, "id": 8}[region]
        lang = pick(
            rng,
            {"in": ("hi", "hi", "en"), "br": ("pt", "pt", "en"), "id": ("id", "id", "en")}[region],
        )
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="phone",
            campaign_id=cid,
            tz=tz,
            ua=pick(rng, MOBILE),
        )
        s = start0 + float(rng.uniform(0, 1.0)) * DAY
        sessions = session_times(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(1.5, 4.5)),
            evening_person(tz),
            float(rng.uniform(2.5, 5)),
            float(rng.uniform(30, 90)),
        )
        ts_all, ips, prompts = [], [], []
        for sess in sessions:
            if region == "id":
                addr = resi(rng, 1, "sea")[0]
            else:
                addr = mobile_v6(rng, 1, "in_mobile" if region == "in" else "br_mobile")[0]
            for t in sess.tolist():
                ts_all.append(t)
                ips.append(addr)
                prompts.append(
                    tx.clip(pick(rng, ctx.chat), 1500)
                    if chance(rng, p_chat)
                    else tx.phone_prompt(rng, lang)
                )
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=ips,
            comp_median=700.0,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "phone-farm crowd, explanation and essay harvest",
            "accounts": n,
            "regions": regions,
            "cards": "prepaid virtual, one per account",
            "ip_source": "carrier IPv6 / mobile broadband, new per session",
            "pacing": "evening phone sessions",
            "share_public_chat_prompts": round(p_chat, 2),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "side_flick": side_flick,
    "ripple": ripple,
    "wrist_snap": wrist_snap,
    "backspin": backspin,
    "flat_rock": flat_rock,
    "pitty_pat": pitty_pat,
    "splashdown": splashdown,
    "ducks_and_drakes": ducks_and_drakes,
    "hydroplane": hydroplane,
    "mill_pond": mill_pond,
    "shale_disc": shale_disc,
    "skip_streak": skip_streak,
}

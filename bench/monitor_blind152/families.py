"""Campaign families of batch 152 (code names from table tennis).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Everything a family varies
(key counts, orgs, cards, pacing, addresses, agents, languages, styles) comes from its own `rng`.
The last five in `CAMPAIGN_FAMILIES` are built to look legitimate: four deliberately hard ones
(`seemiller_grip`, `speed_glue`, `counterloop`, `half_long`) and `tomahawk_serve`, which hides
in an office's working day.
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
    SDK_COMMON,
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
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind152 import texts

BG_PY = "OpenAI/Python 1.54.0"  # the most common agent strings of the background traffic
BG_NODE = "OpenAI/NodeJS 4.67.1"
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
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


def pivot(ctx: Ctx, before: float, curve: Callable = constant) -> Callable:
    """A rate curve that runs at `before` of its strength until the new model is out."""

    def f(ts: np.ndarray) -> np.ndarray:
        return curve(ts) * np.where(np.asarray(ts) >= ctx.release, 1.0, before)

    return f


def weighted(rng: np.random.Generator, options: dict[str, float], n: int) -> list[str]:
    keys = list(options)
    p = np.asarray([options[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def _mix_weights(
    rng: np.random.Generator, keys: list[str], lead: str, lead_share: tuple[float, float]
) -> dict[str, float]:
    rest = rng.dirichlet(np.ones(len(keys) - 1)) * (1 - rng.uniform(*lead_share))
    out = {lead: 1 - float(rest.sum())}
    out.update({k: float(w) for k, w in zip([k for k in keys if k != lead], rest, strict=True)})
    return out


# --------------------------------------------------------------------------------------------


def penhold(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented block, a worker pool that speeds up at release."""
    fam = "penhold"
    n = irange(rng, 12, 28)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 4, 9))
    script_ua = pick(rng, SDK_OTHER)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=script_ua if chance(rng, 0.8) else pick(rng, SDK_OTHER),
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for _ in range(n)
    ]
    langs = _mix_weights(rng, ["en", "zh", "ru", "es", "ja", "de"], "en", (0.45, 0.7))
    styles = {
        "tags": rng.uniform(1, 3),
        "sections": rng.uniform(1, 3),
        "casual": rng.uniform(0.3, 1),
        "json": rng.uniform(0.5, 2),
    }
    per_hour = float(rng.uniform(35, 70))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    streams = worker_pool(
        rng, start, ctx.t1, per_hour, n, pivot(ctx, float(rng.uniform(0.25, 0.5)))
    )
    for a, ts in zip(accts, streams, strict=True):
        ls, ss = weighted(rng, langs, len(ts)), weighted(rng, styles, len(ts))
        prompts = [texts.coerce_reasoning(rng, lang, st) for lang, st in zip(ls, ss, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.02),
            comp_median=1600,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": f"worker pool {per_hour:.0f}/h, slower before release",
            "ip_source": f"rented {provider} /24s",
            "payment": f"{len(cards)} shared prepaid cards",
            "user_agent": script_ua,
            "orgs": len(orgs),
            "languages": langs,
            "styles": list(styles),
            "hard": False,
        },
    )


def sidespin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading in script bursts from cloud VMs, a card per key."""
    fam = "sidespin"
    n = irange(rng, 6, 12)
    shared_org = hexid(rng, "org") if chance(rng, 0.5) else None
    providers = ("aws", "gcp", "azure", "oracle")
    ua = pick(
        rng,
        (
            "OpenAI/Python 1.63.2",
            "AsyncOpenAI/Python 1.60.0",
            "python-httpx/0.28.1",
            "litellm/1.60.2",
        ),
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=shared_org,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), pick(rng, providers)),
        )
        for _ in range(n)
    ]
    styles = {"pairwise": 0.4, "rubric": 0.3, "critique": 0.15, "zh": 0.1, "ko": 0.05}
    comp = {"pairwise": 220, "rubric": 300, "critique": 750, "zh": 260, "ko": 180}
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_day = float(rng.uniform(3, 7))
    size, gap = float(rng.uniform(15, 40)), float(rng.uniform(1.5, 4.0))
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, pivot(ctx, 0.4))
        ts = np.concatenate(bursts(rng, starts, size, gap, b=ctx.t1) or [np.empty(0)])
        ss = weighted(rng, styles, len(ts))
        prompts = [texts.judge(rng, ctx.chat, ctx.passages, s) for s in ss]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85),
            comp_median=np.array([comp[s] for s in ss]),
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "pacing": f"bursts ~{size:.0f} requests, {per_day:.0f}/day/key",
            "ip_source": "cloud VMs, one to three per key",
            "payment": "one virtual card per key",
            "user_agent": ua,
            "orgs": 1 if shared_org else n,
            "languages": ["en", "zh", "ko"],
            "styles": list(styles),
            "hard": False,
        },
    )


def chop_block(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Censorship-safe and policy rewrites through commercial VPN exits, two waves of keys."""
    fam = "chop_block"
    n1, n2 = irange(rng, 5, 10), irange(rng, 3, 10)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    vpn = rented_block(
        rng, pick(rng, ("m247", "leaseweb")), irange(rng, 3, 6), irange(rng, 3, 6)
    ) + rented_block(
        rng, pick(rng, ("vultr", "linode", "ovh")), irange(rng, 1, 3), irange(rng, 2, 5)
    )
    tz = pick(rng, (8, 3, 2))
    accts, waves = [], []
    wave2 = float(rng.uniform(ctx.release - DAY, ctx.release + 0.5 * DAY))
    for w, k in ((0, n1), (1, n2)):
        for _ in range(k):
            ua = pick(rng, BROWSERS) if chance(rng, 0.5) else "python-requests/2.32.3"
            accts.append(
                ctx.account(
                    rng,
                    label="campaign",
                    family=fam,
                    role=f"wave{w + 1}",
                    campaign_id=cid,
                    pay=pick(rng, cards),
                    ua=ua,
                    ips=vpn,
                    tz=tz,
                )
            )
            waves.append(w)
    styles = {"rewrite": 0.35, "ideal": 0.25, "zh": 0.15, "dual": 0.15, "ru": 0.1}
    rate = float(rng.uniform(8, 16))
    hold = float(rng.uniform(15, 60)) * MINUTE
    for a, w in zip(accts, waves, strict=True):
        a0 = (
            jitter_start(rng, ctx.t0, ctx.t0 + 2 * DAY, 1.0)
            if w == 0
            else wave2 + float(rng.uniform(0, 6)) * HOUR
        )
        a1 = ctx.t1 if w == 1 or chance(rng, 0.5) else float(rng.uniform(ctx.release, ctx.t1))
        ts = thinned(
            rng,
            a0,
            a1,
            rate * (a1 - a0) / HOUR * 0.5,
            workday(tz, 9.0, 23.0, weekend=0.6, night=0.05),
        )
        prompts = [
            texts.policy_rewrite(rng, ctx.passages, s) for s in weighted(rng, styles, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            ips=sticky(rng, ts, vpn, hold),
            comp_median=600,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "pacing": f"Poisson {rate:.0f}/h/key on a UTC{tz:+d} long day",
            "ip_source": "commercial VPN exits (shared pool, sticky sessions)",
            "payment": f"{len(cards)} cards shared",
            "user_agent": "browser automation or python-requests",
            "waves": [n1, n2],
            "languages": ["en", "zh", "ru"],
            "styles": list(styles),
            "hard": False,
        },
    )


def loop_drive(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent/tool-use trajectories: whole episodes, step after step, from one company NAT."""
    fam = "loop_drive"
    n = irange(rng, 5, 10)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n)
    ]
    styles = {"react": 0.35, "fc_json": 0.35, "xml": 0.15, "plain": 0.15}
    eps_h = float(rng.uniform(8, 18))
    gap = float(rng.uniform(2.5, 9.0))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    for a, starts in zip(
        accts, worker_pool(rng, start, ctx.t1, eps_h, n, pivot(ctx, 0.5)), strict=True
    ):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            steps = texts.agent_episode(rng, pick(rng, list(styles)), irange(rng, 2, 9))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=len(steps) - 1))]
            )
            ts_all.extend(t.tolist())
            prompts.extend(p for p, _ in steps)
            extra.extend(e for _, e in steps)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.88),
            comp_median=260,
            comp_sigma=0.7,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "pacing": f"{eps_h:.0f} episodes/h, steps {gap:.0f}s apart",
            "ip_source": "company cloud NAT",
            "payment": "one business card",
            "user_agent": ua,
            "languages": ["en"],
            "styles": list(styles),
            "hard": False,
        },
    )


def pendulum_serve(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation on stolen cards, night shifts, keys burned after a day or two."""
    fam = "pendulum_serve"
    n = irange(rng, 15, 36)
    tz = pick(rng, (3, 2, 8, -5))
    region = pick(rng, ("us", "eu", "*"))
    pool = resi(rng, irange(rng, 200, 500), region)
    langs = _mix_weights(rng, ["en", "es", "pt", "id", "vi"], "en", (0.5, 0.75))
    styles = {"pairs": 0.4, "seeded": 0.2, "persona": 0.25, "dialogue": 0.15}
    rate = float(rng.uniform(6, 18))
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burner",
            campaign_id=cid,
            ua=pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "aiohttp/3.11.11")),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        a0 = float(rng.uniform(ctx.t0, ctx.t1 - 0.5 * DAY))
        a1 = min(ctx.t1, a0 + float(rng.uniform(0.7, 3.0)) * DAY)
        ts = thinned(
            rng,
            a0,
            a1,
            rate * (a1 - a0) / HOUR * 0.35,
            nightly(float(rng.uniform(20, 23)), 8.0, tz),
        )
        ls = weighted(rng, langs, len(ts))
        ss = weighted(rng, styles, len(ts))
        prompts = [texts.synth_dataset(rng, s, lang) for s, lang in zip(ss, ls, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            ips=picks(rng, pool, len(ts)),
            comp_median=2200,
            comp_sigma=0.45,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic-dataset generation",
            "pacing": f"{rate:.0f}/h per key at night (UTC{tz:+d}), keys live 1-3 days",
            "ip_source": f"rotating residential proxy ({region})",
            "payment": "one stolen card per key",
            "user_agent": "python http libraries",
            "languages": langs,
            "styles": list(styles),
            "hard": False,
        },
    )


def third_ball_attack(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest: a simulated user keeps each conversation going for turns."""
    fam = "third_ball_attack"
    n = irange(rng, 10, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    region = pick(rng, ("us", "eu"))
    pool = resi(rng, irange(rng, 150, 400), region)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_worker",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=BG_PY if chance(rng, 0.7) else pick(rng, SDK_COMMON),
            ips=pool,
        )
        for _ in range(n)
    ]
    langs = _mix_weights(rng, ["en", "es", "de", "fr"], "en", (0.6, 0.8))
    per_hour = float(rng.uniform(4, 9))
    gap = float(rng.uniform(6, 25))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    grid = texts.grid()
    for a, starts in zip(
        accts, worker_pool(rng, start, ctx.t1, per_hour, n, pivot(ctx, 0.3)), strict=True
    ):
        ts_all, prompts, extra, ips = [], [], [], []
        for s in starts.tolist():
            lang = weighted(rng, langs, 1)[0]
            k = irange(rng, 3, 9)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            ip = pick(rng, pool)
            for j in range(k):
                if j == 0:
                    f, c = grid[int(rng.integers(len(grid)))]
                    prompts.append(
                        pick(rng, ctx.chat)
                        if lang == "en"
                        else texts.person_question(rng, lang, f, c)
                    )
                else:
                    prompts.append(texts.followup(rng, lang))
                extra.append(j * irange(rng, 350, 700))
                ips.append(ip)
            ts_all.extend(t.tolist())
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85),
            ips=ips,
            comp_median=480,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": f"{per_hour:.0f} conversations/h, turns {gap:.0f}s apart",
            "ip_source": f"residential proxies ({region}), one exit per conversation",
            "payment": f"{len(cards)} cards",
            "user_agent": "common SDK strings",
            "languages": langs,
            "styles": ["opener + scripted follow-ups"],
            "hard": False,
        },
    )


def long_pimples(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n and soft-label sampling: each item asked n times within seconds."""
    fam = "long_pimples"
    n = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    host = rented_block(rng, pick(rng, ("hetzner", "ovh", "scaleway")), 1, irange(rng, 2, 5))
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "aiohttp/3.11.11"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=host,
        )
        for _ in range(n)
    ]
    jobs_h = float(rng.uniform(3, 7))
    n_lo, n_hi = pick(rng, ((4, 8), (5, 10), (8, 16)))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    job_ts = thinned(rng, start, ctx.t1, jobs_h * (ctx.t1 - start) / HOUR, pivot(ctx, 0.2))
    per: list[tuple[list[float], list[str], list[float]]] = [([], [], []) for _ in range(n)]
    for s in job_ts.tolist():
        kind = pick(rng, ("probs", "probs", "ranked", "letter", "open"))
        prompt = texts.soft_label(rng, kind) if kind != "open" else pick(rng, ctx.chat)
        k = irange(rng, n_lo, n_hi)
        t = s + np.cumsum(rng.exponential(0.8, size=k))
        who = rng.integers(0, n) if chance(rng, 0.7) else None
        for x in t.tolist():
            i = int(who if who is not None else rng.integers(0, n))
            per[i][0].append(x)
            per[i][1].append(prompt)
            per[i][2].append(350.0 if kind == "open" else 70.0 if kind != "ranked" else 160.0)
    for a, (ts, prompts, comp) in zip(accts, per, strict=True):
        order = np.argsort(ts)
        t = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            t,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, t, 0.95),
            comp_median=np.asarray(comp)[order],
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": f"{jobs_h:.0f} items/h, each sent {n_lo}-{n_hi} times",
            "ip_source": "one hosting /24",
            "payment": "one card",
            "user_agent": ua,
            "languages": ["en"],
            "styles": ["probabilities", "ranked", "letter", "open n-sample"],
            "hard": False,
        },
    )


def seemiller_grip(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. A real study-helper app whose backend keys also carry the owner's harvest: harvest
    requests share the product's keys, NAT, agent string and daily load curve."""
    fam = "seemiller_grip"
    n = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "azure")))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=BG_NODE,
            ips=nat,
        )
        for _ in range(n)
    ]
    curve = global_load(float(rng.uniform(12, 18)), float(rng.uniform(0.45, 0.7)))
    user_h, share = float(rng.uniform(14, 28)), float(rng.uniform(0.25, 0.4))
    for a, ts in zip(
        accts, worker_pool(rng, ctx.t0, ctx.t1, user_h / (1 - share), n, curve), strict=True
    ):
        harvest = rng.random(len(ts)) < share * np.where(ts >= ctx.release, 1.15, 0.8)
        prompts = [
            texts.homework_explain(rng) if h else pick(rng, ctx.chat) for h in harvest.tolist()
        ]
        m_h, m_u = ctx.models(rng, ts, 0.75, 0.1), ctx.models(rng, ts, 0.5, 0.2)
        models = [x if h else y for h, x, y in zip(harvest.tolist(), m_h, m_u, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.where(harvest, 850.0, 360.0),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest inside a real product's traffic",
            "pacing": f"product load {user_h:.0f}/h, {share:.0%} harvest",
            "ip_source": "the product's cloud NAT",
            "payment": "company card",
            "user_agent": BG_NODE,
            "languages": ["en"],
            "styles": ["homework-helper phrasing"],
            "hard": True,
        },
    )


def speed_glue(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Bought aged accounts: each has an ordinary owner's history (home IP, browser, own card)
    and after its takeover sends the buyer's questions through proxies in the owner's region."""
    fam = "speed_glue"
    n = irange(rng, 20, 34)
    grid = texts.grid()
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        region = REGION_OF_TZ[tz]
        ua = pick(rng, BG_BROWSERS) if chance(rng, 0.6) else pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        take = float(rng.uniform(ctx.release - 1.5 * DAY, ctx.release + DAY))
        owner = np.concatenate(
            session_times(
                rng,
                ctx.t0,
                take,
                float(rng.uniform(0.5, 2.0)),
                evening_person(tz),
                float(rng.uniform(2, 5)),
                float(rng.uniform(60, 200)),
            )
            or [np.empty(0)]
        )
        ctx.emit(
            rng,
            a,
            owner,
            picks(rng, ctx.chat, len(owner)),
            models=ctx.models(rng, owner, 0.2, 0.2),
            err=0.005,
        )
        ts = np.concatenate(
            session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(3, 8)),
                evening_person(tz, 3.5),
                float(rng.uniform(6, 16)),
                float(rng.uniform(20, 70)),
            )
            or [np.empty(0)]
        )
        lang = pick(rng, texts.LANG_OF_TZ[tz])
        prompts = []
        for _ in range(len(ts)):
            u = rng.random()
            if u < 0.5:
                f, c = grid[int(rng.integers(len(grid)))]
                prompts.append(texts.person_question(rng, lang, f, c, irange(rng, 0, 4)))
            elif u < 0.8:
                prompts.append(texts.homework_explain(rng))
            else:
                prompts.append(texts.coerce_reasoning(rng, "en", "casual"))
        proxy = resi(rng, irange(rng, 20, 60), region)
        new_ua = BG_PY if chance(rng, 0.6) else a.ua
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            ips=sticky(rng, ts, proxy, 1800.0),
            ua=new_ua,
            comp_median=700,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought aged accounts turned to harvest",
            "pacing": "owner's sessions, then denser human-like sessions",
            "ip_source": "owner's home ISP, then residential proxies in the same region",
            "payment": "the owners' own cards",
            "user_agent": "browser, 60% switch to the Python SDK after takeover",
            "languages": "the owner's",
            "styles": ["casual curriculum questions", "study-helper", "reasoning coercion"],
            "hard": True,
        },
    )


def counterloop(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. A low-and-slow crowd: many person-like accounts, each a few short evening sessions,
    together sweeping a curriculum grid cell by cell in the accounts' own languages."""
    fam = "counterloop"
    n = irange(rng, 60, 105)
    cells = [(f, c, k) for f, c in texts.grid() for k in range(len(texts.FACETS["en"]))]
    order = rng.permutation(len(cells)).tolist()
    cursor = 0
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        phone = chance(rng, 0.25)
        ua = (
            pick(rng, MOBILE)
            if phone
            else (pick(rng, BG_BROWSERS) if chance(rng, 0.5) else pick(rng, BROWSERS))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        ts = np.concatenate(
            session_times(
                rng,
                a0,
                ctx.t1,
                float(rng.uniform(0.7, 2.2)),
                evening_person(tz),
                float(rng.uniform(2, 5)),
                float(rng.uniform(40, 140)),
            )
            or [np.empty(0)]
        )
        lang = pick(rng, texts.LANG_OF_TZ[tz])
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.15):
                prompts.append(pick(rng, ctx.chat))
                continue
            f, c, k = cells[order[cursor % len(order)]]
            cursor += 1
            prompts.append(texts.person_question(rng, lang, f, c, k))
        ips = a.ips[0]
        if phone:
            kind = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile"}.get(
                tz, "eu_mobile"
            )
            ips = [a.ips[0] if chance(rng, 0.5) else ip for ip in mobile_v6(rng, len(ts), kind)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.55, 0.1),
            ips=ips,
            comp_median=520,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd sweeping a curriculum",
            "pacing": "person-like evening sessions",
            "ip_source": "home ISPs by time zone, some phones",
            "payment": "one card per account",
            "user_agent": "browsers and phones",
            "languages": "by time zone",
            "grid_cells": len(cells),
            "styles": ["casual questions", "15% copied human prompts"],
            "hard": True,
        },
    )


def half_long(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Public prompt replay: real users' published prompts resent verbatim to collect the new
    model's answers, spread over keys that look like ordinary SDK users behind residential exits."""
    fam = "half_long"
    n = irange(rng, 10, 18)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    pool = resi(rng, irange(rng, 200, 400), "*")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=BG_PY if chance(rng, 0.7) else BG_NODE,
            ips=pool,
        )
        for _ in range(n)
    ]
    per_hour = float(rng.uniform(30, 60))
    curve = pivot(ctx, float(rng.uniform(0.08, 0.15)), global_load(float(rng.uniform(10, 20)), 0.5))
    deck = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    hold = float(rng.uniform(10, 30)) * MINUTE
    for a, ts in zip(accts, worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, curve), strict=True):
        prompts = [ctx.chat[deck[(cursor + i) % len(deck)]] for i in range(len(ts))]
        cursor += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.05),
            ips=sticky(rng, ts, pool, hold),
            comp_median=380,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "pacing": f"worker pool {per_hour:.0f}/h after release, a trickle before",
            "ip_source": "residential proxies worldwide, sticky sessions",
            "payment": f"{len(cards)} prepaid cards",
            "user_agent": "the two most common SDK strings",
            "languages": "as published (mostly English)",
            "styles": ["verbatim human prompts"],
            "hard": True,
        },
    )


def tomahawk_serve(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Semi-hard. Code and translation harvest run as an outsourcing office's working day, plus a
    nightly top-up from one cloud VM."""
    fam = "tomahawk_serve"
    n = irange(rng, 6, 12)
    tz = pick(rng, (5, 8, 3, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 3), tz)
    vm = cloud(rng, 1, pick(rng, ("digitalocean", "linode", "aws")))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="office_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.58.1", BG_PY))
            if chance(rng, 0.6)
            else pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        for _ in range(n)
    ]
    rate = float(rng.uniform(8, 18))
    night_keys = set(rng.choice(n, size=min(n, irange(rng, 1, 3)), replace=False).tolist())
    styles = {"implement": 0.4, "port": 0.2, "ticket": 0.25, "compare": 0.15}
    for i, a in enumerate(accts):
        ts = thinned(
            rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR * 0.3, pivot(ctx, 0.6, workday(tz))
        )
        ips: list[str] = picks(rng, office, len(ts))
        if i in night_keys:
            tn = thinned(
                rng,
                ctx.t0,
                ctx.t1,
                rate * 2 * (ctx.t1 - ctx.t0) / HOUR * 0.25,
                nightly(1.0, 5.0, tz),
            )
            ts = np.concatenate([ts, tn])
            ips += vm * len(tn)
        o = np.argsort(ts)
        ts = ts[o]
        ips = [ips[j] for j in o.tolist()]
        prompts = [
            texts.code_task(rng, s)
            if chance(rng, 0.7)
            else texts.translate_harvest(rng, ctx.passages)
            for s in weighted(rng, styles, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85),
            ips=ips,
            comp_median=1100,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code and translation harvest",
            "pacing": f"office hours UTC{tz:+d}, {rate:.0f}/h/key, nightly VM",
            "ip_source": "office broadband plus one cloud VM",
            "payment": "company card",
            "user_agent": "SDK and browsers",
            "languages": ["en", "12 target languages"],
            "styles": list(styles),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "penhold": penhold,
    "sidespin": sidespin,
    "chop_block": chop_block,
    "loop_drive": loop_drive,
    "pendulum_serve": pendulum_serve,
    "third_ball_attack": third_ball_attack,
    "long_pimples": long_pimples,
    "seemiller_grip": seemiller_grip,
    "speed_glue": speed_glue,
    "counterloop": counterloop,
    "half_long": half_long,
    "tomahawk_serve": tomahawk_serve,
}

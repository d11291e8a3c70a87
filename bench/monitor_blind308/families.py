"""Campaign families of blind batch 308: twelve distillation operations, each drawn with its own
generator (`bench/blind_batch.py` seeds it from (seed, salt, 1, index)).

Code names are geocaching words. Every family draws keys, organisations, cards, pacing, addresses,
user agents, languages, template styles and model choice from its own generator, in an order that
is the same in every process (tuples and sorted lists only, never a set)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_COMMON,
    TZS,
    Acct,
    Ctx,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    nightly,
    pick,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.blind_batch import (
    sdk_ua as _sdk_ua,
)
from bench.monitor_blind308 import texts as tx

Rng = np.random.Generator
CAMP = "campaign"

# ------------------------------------------------------------------------------------------------
# small helpers shared with kinds.py


def subset(rng: Rng, seq: Sequence, k: int) -> list:
    """k distinct items of `seq`, in the sequence's own order."""
    idx = sorted(rng.permutation(len(seq))[: max(1, min(k, len(seq)))].tolist())
    return [seq[i] for i in idx]


def lang_mix(
    rng: Rng, pool: Sequence[str], k: int, lead: str | None = "en", lead_w: tuple = (0.4, 0.75)
) -> tuple[list[str], list[float]]:
    """k languages of `pool` (the `lead` language first, with a large share) and their weights."""
    rest = [x for x in pool if x != lead]
    chosen = ([lead] if lead else []) + subset(rng, rest, k - (1 if lead else 0))
    w = rng.dirichlet(np.ones(len(chosen)) * 1.5)
    if lead:
        head = float(rng.uniform(*lead_w))
        tail = w[1:] / max(w[1:].sum(), 1e-9) * (1 - head) if len(chosen) > 1 else np.empty(0)
        w = np.concatenate([[head], tail]) if len(chosen) > 1 else np.array([1.0])
    w = w / w.sum()
    return chosen, [float(x) for x in w]


def draw_langs(rng: Rng, langs: Sequence[str], weights: Sequence[float], n: int) -> list[str]:
    if n == 0:
        return []
    return [langs[i] for i in rng.choice(len(langs), size=n, p=np.asarray(weights)).tolist()]


def draw_styles(rng: Rng, styles: Sequence[int], n: int, conc: float = 1.0) -> list[int]:
    w = rng.dirichlet(np.ones(len(styles)) * conc)
    return [int(styles[i]) for i in rng.choice(len(styles), size=n, p=w).tolist()] if n else []


def gappy(
    rng: Rng, a: float, b: float, n_gaps: int, gap_h: tuple[float, float], base: Callable = constant
) -> Callable:
    """`base` with `n_gaps` random outages (an operator's crashes, quota waits, redeploys)."""
    starts = np.sort(rng.uniform(a, b, size=n_gaps))
    lens = rng.uniform(gap_h[0], gap_h[1], size=n_gaps) * HOUR

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        w = np.asarray(base(ts), dtype=np.float64)
        for s, ln in zip(starts.tolist(), lens.tolist(), strict=True):
            w = np.where((ts >= s) & (ts < s + ln), 0.0, w)
        return w

    return f


def ramp(a: float, width: float, base: Callable = constant) -> Callable:
    """`base` rising linearly from 0 at `a` to full at `a + width` (a campaign scaling up)."""

    def f(ts: np.ndarray) -> np.ndarray:
        return np.asarray(base(ts)) * np.clip((np.asarray(ts) - a) / width, 0.0, 1.0)

    return f


def concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def comps(values: Sequence[float]) -> np.ndarray:
    return np.asarray(values, dtype=np.float64)


def _mk(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label=CAMP, family=fam, role=role, campaign_id=cid, **kw)


# ------------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a worker pool on rented hosting


def wherigo(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "wherigo"
    n_keys, n_orgs = irange(rng, 6, 14), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay_mode = pick(rng, ("shared", "per_org"))
    cards = (
        [hexid(rng, "pay")] if pay_mode == "shared" else [hexid(rng, "pay") for _ in range(n_orgs)]
    )
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo", "scaleway"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 8))
    ua = _sdk_ua(rng, 0.4)
    langs, lw = lang_mix(
        rng, ("en", "zh", "es", "ru", "de", "pt", "ja", "fr", "ko"), irange(rng, 3, 5)
    )
    styles = subset(rng, list(range(6)), irange(rng, 3, 5))
    start = ctx.release - float(rng.uniform(0.2, 1.2)) * DAY
    per_hour = float(rng.uniform(45, 95))
    curve = gappy(rng, start, ctx.t1, irange(rng, 1, 4), (0.5, 5.0))
    accts = []
    for i in range(n_keys):
        ips = subset(rng, pool, irange(rng, 1, 3))
        accts.append(
            _mk(
                ctx,
                rng,
                fam,
                cid,
                "worker",
                org=orgs[i % n_orgs],
                pay=cards[(i % n_orgs) % len(cards)],
                ua=ua,
                ips=ips,
            )
        )
    code_share = float(rng.uniform(0.1, 0.4))
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True):
        n = len(ts)
        ls, ss = draw_langs(rng, langs, lw, n), draw_styles(rng, styles, n)
        prompts = [
            tx.reasoning_prompt(rng, s, lg, tx.any_problem(rng, code_share))
            for s, lg in zip(ss, ls, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=float(rng.uniform(900, 1600)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, numbered steps, JSON steps, self-critique)",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": pay_mode,
            "ip_source": f"rented {provider} /24s",
            "user_agent": ua,
            "pacing": f"Poisson worker pool {per_hour:.0f}/h with outages",
            "languages": langs,
            "styles": styles,
            "start_days_before_release": round((ctx.release - start) / DAY, 2),
            "hard": False,
        },
    )


# ------------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading through VPN exits, bursts per key


def geochecker(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "geochecker"
    n_orgs = irange(rng, 3, 5)
    vpn_a, vpn_b = (
        pick(rng, ("m247", "leaseweb")),
        pick(rng, ("vultr", "linode", "ovh", "digitalocean")),
    )
    exits = cloud(rng, irange(rng, 8, 16), vpn_a) + cloud(rng, irange(rng, 3, 8), vpn_b)
    tz_op = int(pick(rng, (8, 3, 2, 5)))
    langs, lw = lang_mix(rng, ("en", "zh", "ko"), irange(rng, 1, 3), lead_w=(0.7, 0.9))
    styles = subset(rng, list(range(6)), irange(rng, 3, 6))
    hold = float(rng.uniform(15, 60)) * MINUTE
    accts, per_org = [], []
    for _ in range(n_orgs):
        org, ua = (
            hexid(rng, "org"),
            pick(
                rng,
                (
                    "python-httpx/0.28.1",
                    "aiohttp/3.11.11",
                    "AsyncOpenAI/Python 1.60.0",
                    "OpenAI/Python 1.58.1",
                ),
            ),
        )
        k = irange(rng, 2, 4)
        per_org.append(k)
        for _ in range(k):
            accts.append(_mk(ctx, rng, fam, cid, "grader", org=org, ua=ua, ips=exits))
    chat, passages = ctx.chat, ctx.passages
    day_curve = workday(tz_op, 7.0, 23.5, weekend=0.8, night=0.05)
    for a in accts:
        s0 = ctx.t0 + float(rng.uniform(1.0, 3.2)) * DAY
        starts = thinned(rng, s0, ctx.t1, float(rng.uniform(3, 7)) * (ctx.t1 - s0) / DAY, day_curve)
        ts = concat(
            tx_bursts(rng, starts, float(rng.uniform(18, 50)), float(rng.uniform(0.8, 2.5)))
        )
        n = len(ts)
        ls, ss = draw_langs(rng, langs, lw, n), draw_styles(rng, styles, n)
        qs = rng.integers(0, len(chat), size=n).tolist()
        ra, rb = (
            rng.integers(0, len(passages), size=n).tolist(),
            rng.integers(0, len(passages), size=n).tolist(),
        )
        prompts = [
            tx.judge_prompt(rng, s, chat[q], passages[x], passages[y], lg)
            for s, lg, q, x, y in zip(ss, ls, qs, ra, rb, strict=True)
        ]
        comp = comps([8 if (s == 2 and lg == "en") else 230 for s, lg in zip(ss, ls, strict=True)])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.02),
            ips=sticky(rng, ts, exits, hold),
            comp_median=comp,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading of response pairs",
            "orgs": n_orgs,
            "keys_per_org": per_org,
            "payment": "one prepaid card per key",
            "ip_source": f"VPN exits on {vpn_a}+{vpn_b}",
            "pacing": f"bursts of 18-50 per start, operator day in UTC{tz_op:+d}",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


def tx_bursts(
    rng: Rng, starts: np.ndarray, size_mean: float, gap_median: float
) -> list[np.ndarray]:
    """Bursts that also stall now and then (a rate-limited script waiting out a 429)."""
    out = []
    for s in np.asarray(starts).tolist():
        k = max(1, int(rng.poisson(size_mean)))
        gaps = rng.lognormal(np.log(gap_median), 0.5, size=k - 1)
        gaps = np.where(rng.random(k - 1) < 0.03, gaps + rng.uniform(20, 90, size=k - 1), gaps)
        out.append(s + np.concatenate([[0.0], np.cumsum(gaps)]))
    return out


# ------------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through rotating residential proxies, stolen cards


def spoiler_photo(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "spoiler_photo"
    n_keys = irange(rng, 5, 9)
    n_cards = irange(rng, 2, n_keys)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    region = pick(rng, ("sea", "cn", "eu", "us", "ru"))
    pool = resi(rng, irange(rng, 200, 500), region)
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "reqwest/0.12.12"))
    langs, lw = lang_mix(
        rng,
        ("zh", "en", "ru", "vi", "tr", "ar"),
        irange(rng, 3, 6),
        lead=pick(rng, ("zh", "en")),
        lead_w=(0.3, 0.55),
    )
    styles = subset(rng, list(range(6)), irange(rng, 3, 6))
    tz_op = int(pick(rng, (8, 3, 2)))
    start = ctx.release + float(rng.uniform(-0.6, 0.5)) * DAY
    per_hour = float(rng.uniform(30, 70))
    hold = float(rng.uniform(2, 10)) * MINUTE
    card_of = rng.integers(0, n_cards, size=n_keys).tolist()
    accts = [
        _mk(ctx, rng, fam, cid, "worker", pay=cards[card_of[i]], ua=ua, ips=pool)
        for i in range(n_keys)
    ]
    curve = nightly(float(rng.uniform(18, 23)), float(rng.uniform(9, 14)), tz_op)
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True):
        n = len(ts)
        ls, ss = draw_langs(rng, langs, lw, n), draw_styles(rng, styles, n)
        ps = rng.integers(0, len(ctx.passages), size=n).tolist()
        qs = rng.integers(0, len(ctx.chat), size=n).tolist()
        prompts = [
            tx.policy_rewrite_prompt(rng, s, ctx.passages[p], ctx.chat[q], lg)
            for s, lg, p, q in zip(ss, ls, ps, qs, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(420, 700)),
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / refusal-free / compliant rewrites",
            "keys": n_keys,
            "payment": f"{n_cards} stolen cards spread over keys",
            "ip_source": f"rotating residential proxies ({region})",
            "user_agent": ua,
            "pacing": f"worker pool {per_hour:.0f}/h in the operator's night (UTC{tz_op:+d})",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# ------------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts: episodes of growing context from cloud workers


def multi_cache(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "multi_cache"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "python-httpx/0.28.1",
            "dspy/2.6.3 litellm/1.60.2",
        ),
    )
    styles = subset(rng, list(tx._AGENT_STYLES), irange(rng, 2, 4))
    langs, lw = lang_mix(rng, ("en", "es", "de", "ja", "pt"), irange(rng, 1, 3), lead_w=(0.7, 0.9))
    start = ctx.release - float(rng.uniform(0.0, 0.6)) * DAY
    eps_h = float(rng.uniform(0.9, 2.2))
    accts = [
        _mk(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    for a in accts:
        ep_starts = thinned(rng, start, ctx.t1, eps_h * (ctx.t1 - start) / HOUR, constant)
        ts_all, prompts, extra = [], [], []
        for s in ep_starts.tolist():
            k = irange(rng, 4, 14)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.6, size=k - 1))])
            style, task, tools = pick(rng, styles), tx.agent_task(rng), tx.agent_tools(rng)
            lg = draw_langs(rng, langs, lw, 1)[0]
            first = tx.agent_first(rng, style, task, tools)
            if lg != "en":
                first += f"\nRespond in {tx.LANG_NAME[lg]}."
            base = irange(rng, 250, 700)
            for j in range(k):
                prompts.append(first if j == 0 else tx.agent_step(rng, style, j))
                extra.append(0 if j == 0 else base + j * irange(rng, 180, 340))
            ts_all.append(ts)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            comp_median=float(rng.uniform(200, 330)),
            extra=np.asarray(extra, dtype=np.int64),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories (ReAct, function JSON, XML tools, plan-execute)",
            "keys": n_keys,
            "payment": "one card",
            "ip_source": f"{provider} VMs",
            "user_agent": ua,
            "pacing": f"{eps_h:.1f} episodes/h per key, 4-14 steps ~7 s apart",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# ------------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation: slow steady servers, one card over several sign-ups


def geocoin(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "geocoin"
    n_keys = irange(rng, 2, 4)
    card = hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3", "OpenAI/Python 1.63.2"))
    langs, lw = lang_mix(
        rng,
        ("en", "es", "de", "ja", "id", "pt", "fr", "ko", "zh"),
        irange(rng, 3, 5),
        lead_w=(0.5, 0.7),
    )
    styles = subset(rng, list(range(7)), irange(rng, 4, 7))
    accts = [
        _mk(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            ua=ua,
            pay=card,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    rates = []
    for a in accts:
        s0 = ctx.t0 + float(rng.uniform(0.3, 2.5)) * DAY
        rate = float(rng.uniform(6, 14))
        rates.append(round(rate, 1))
        ts = thinned(
            rng,
            s0,
            ctx.t1,
            rate * (ctx.t1 - s0) / HOUR,
            gappy(rng, s0, ctx.t1, irange(rng, 0, 2), (1, 8)),
        )
        n = len(ts)
        ls, ss = draw_langs(rng, langs, lw, n), draw_styles(rng, styles, n)
        ps, qs = (
            rng.integers(0, len(ctx.passages), size=n).tolist(),
            rng.integers(0, len(ctx.chat), size=n).tolist(),
        )
        prompts = [
            tx.synth_prompt(rng, s, ctx.passages[p], ctx.chat[q], lg)
            for s, lg, p, q in zip(ss, ls, ps, qs, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=1300.0,
            comp_sigma=0.5,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction data (self-instruct, evol, personas, passage QA, parallel text)",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one card on every sign-up",
            "ip_source": f"{provider} servers",
            "user_agent": ua,
            "pacing": f"steady around the clock, {rates} /h per key",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# ------------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through residential proxies with browser user agents


def hitchhiker(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hitchhiker"
    n_keys, n_cards = irange(rng, 8, 16), irange(rng, 2, 3)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    region = pick(rng, ("us", "eu", "latam"))
    pool = resi(rng, irange(rng, 150, 400), region)
    langs, lw = lang_mix(rng, ("en", "es", "pt", "de", "fr"), irange(rng, 2, 4))
    peak = float(rng.uniform(0, 24))
    start = ctx.release + float(rng.uniform(-0.3, 0.8)) * DAY
    accts = [
        _mk(ctx, rng, fam, cid, "worker", pay=cards[i % n_cards], ua=pick(rng, BROWSERS), ips=pool)
        for i in range(n_keys)
    ]
    for a in accts:
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(18, 40)),
            global_load(peak, 0.3),
            float(rng.uniform(5, 9)),
            float(rng.uniform(25, 50)),
            0.5,
        )
        ts_all, prompts, extra = [], [], []
        for st in sess:
            if len(st) == 0:
                continue
            lg = draw_langs(rng, langs, lw, 1)[0]
            opener = ctx.chat[int(rng.integers(len(ctx.chat)))]
            if lg != "en":
                opener += f"\n\n(Please answer in {tx.LANG_NAME[lg]}.)"
            acc = 0
            for j in range(len(st)):
                prompts.append(opener if j == 0 else tx.followup(rng, lg))
                extra.append(acc)
                acc += irange(rng, 350, 800)
            ts_all.append(st)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            ips=sticky(rng, ts, pool, 30 * MINUTE),
            comp_median=600.0,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (ShareGPT openers + scripted follow-ups)",
            "keys": n_keys,
            "payment": f"{n_cards} cards over all keys",
            "ip_source": f"sticky residential proxies ({region})",
            "user_agent": "one browser string per key",
            "pacing": "conversations of 5-9 turns, 25-50 s apart",
            "languages": langs,
            "hard": False,
        },
    )


# ------------------------------------------------------------------------------------------------
# 7. best-of-n sampling and soft labels: the same prompt many times within seconds


def trackable(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "trackable"
    n_keys = irange(rng, 4, 8)
    org = hexid(rng, "org")
    provider = pick(rng, ("aws", "azure", "gcp"))
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.54.0"))
    langs, lw = lang_mix(rng, ("en", "fr", "de", "ja"), irange(rng, 1, 4), lead_w=(0.6, 0.85))
    styles = subset(rng, list(range(5)), irange(rng, 3, 5))
    n_base = int(pick(rng, (4, 6, 8, 12)))
    start = ctx.release + float(rng.uniform(0.0, 0.6)) * DAY
    items_h = float(rng.uniform(3, 7))
    accts = [
        _mk(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            org=org,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    for a, starts in zip(
        accts, worker_pool(rng, start, ctx.t1, items_h * n_keys, n_keys), strict=True
    ):
        ts_all, prompts, comp = [], [], []
        for s in starts.tolist():
            k = max(2, n_base + irange(rng, -1, 1))
            st = int(pick(rng, styles))
            lg = draw_langs(rng, langs, lw, 1)[0]
            p = tx.soft_label_prompt(rng, st, ctx.chat[int(rng.integers(len(ctx.chat)))], lg)
            ts_all.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.7), 0.5, size=k - 1))])
            )
            prompts.extend([p] * k)
            comp.extend([450.0 if st in (2, 3) else 30.0] * k)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            comp_median=comps(comp),
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n resampling and soft-label (probability) harvesting",
            "keys": n_keys,
            "payment": "one prepaid card per key",
            "ip_source": f"{provider}",
            "user_agent": ua,
            "pacing": f"{items_h:.0f} items/h per key, each sent ~{n_base} times within seconds",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# ------------------------------------------------------------------------------------------------
# 8. curriculum sweep: an ordered syllabus crawled in nightly windows


def power_trail(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "power_trail"
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), pick(rng, ("azure", "aws", "oracle")))
    ua = pick(
        rng,
        (
            "semantic-kernel-dotnet/1.36.0",
            "Apache-HttpClient/5.4.1 (Java/21.0.5)",
            "OpenAI/NodeJS 4.67.1",
        ),
    )
    tz = int(pick(rng, TZS))
    alt = pick(rng, ("es", "id", "hi", "pt"))
    p_alt = float(rng.uniform(0.1, 0.35))
    subjects = subset(rng, list(tx.SUBJECT_NAMES), irange(rng, 3, 6))
    top = int(pick(rng, (5, 6, 8, 10)))
    styles = subset(rng, list(range(5)), irange(rng, 2, 5))
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    rate = float(rng.uniform(60, 130))
    win_start, win_len = float(rng.uniform(0, 3)), float(rng.uniform(4, 7))
    accts = [
        _mk(ctx, rng, fam, cid, "crawler", org=org, pay=card, ua=ua, ips=ips, tz=tz)
        for _ in range(n_keys)
    ]
    ts = thinned(
        rng,
        start,
        ctx.t1,
        rate * win_len / 24.0 * (ctx.t1 - start) / HOUR,
        nightly(win_start, win_len, tz),
    )
    items = [
        (subj, ui, lvl, st)
        for subj in subjects
        for ui in range(len(tx.SUBJECTS[subj]))
        for lvl in range(1, top + 1)
        for st in styles
    ]
    who = rng.integers(0, n_keys, size=len(ts))
    for k, a in enumerate(accts):
        idx = np.flatnonzero(who == k)
        sel = ts[idx]
        prompts = []
        for i in idx.tolist():
            subj, ui, lvl, st = items[i % len(items)]
            lg = alt if chance(rng, p_alt) else "en"
            prompts.append(tx.curriculum_prompt(rng, st, subj, ui, lvl, top, lg))
        ctx.emit(
            rng,
            a,
            sel,
            prompts,
            models=ctx.models(rng, sel, p_new=0.95, p_mini=0.0),
            comp_median=1100.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep (subject x unit x level x style, in order)",
            "keys": n_keys,
            "payment": "one card",
            "ip_source": "2-3 cloud VMs",
            "user_agent": ua,
            "pacing": f"{rate:.0f}/h in a nightly window of {win_len:.1f} h (UTC{tz:+d})",
            "languages": ["en", alt],
            "subjects": subjects,
            "levels": top,
            "styles": styles,
            "hard": False,
        },
    )


# ------------------------------------------------------------------------------------------------
# 9. HARD: a real writing-assistant product whose backend also carries harvest requests


def travel_bug(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "travel_bug"
    app = pick(rng, tx.APP_NAMES)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 3, 5), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    peak = float(rng.uniform(13, 21))
    rate = float(rng.uniform(10, 22))
    share = float(rng.uniform(0.22, 0.4))
    h_start = ctx.release + float(rng.uniform(0.05, 0.6)) * DAY
    prod = _mk(ctx, rng, fam, cid, "product", org=org, pay=card, ua=ua, ips=egress)
    staging = _mk(ctx, rng, fam, cid, "staging", org=org, pay=card, ua=ua, ips=egress[:1])
    curve = global_load(peak, 0.55)
    gen = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    har = thinned(
        rng,
        h_start,
        ctx.t1,
        rate * share / (1 - share) * (ctx.t1 - h_start) / HOUR,
        ramp(h_start, float(rng.uniform(6, 20)) * HOUR, global_load(peak, 0.4)),
    )
    domain = pick(rng, tx.DOMAIN_NAMES)
    langs, lw = lang_mix(rng, ("en", "es", "de", "fr", "pt"), irange(rng, 1, 3), lead_w=(0.75, 0.9))

    def genuine(n: int) -> list[str]:
        out = []
        for _ in range(n):
            body = (
                ctx.chat[int(rng.integers(len(ctx.chat)))]
                if chance(rng, 0.6)
                else tx.short(ctx.passages[int(rng.integers(len(ctx.passages)))], 120, 900, rng)
            )
            out.append(tx.app_prompt(rng, app, pick(rng, tx.APP_FEATURES), body))
        return out

    def harvest(n: int) -> list[str]:
        out = []
        for lg in draw_langs(rng, langs, lw, n):
            u = rng.random()
            body = (
                tx.any_problem(rng, 0.2, 0.3) if u < 0.55 else tx.domain_question(rng, domain, lg)
            )
            out.append(tx.app_prompt(rng, app, pick(rng, tx.APP_HARVEST_FEATURES), body))
        return out

    ts = np.concatenate([gen, har])
    is_h = np.concatenate([np.zeros(len(gen), bool), np.ones(len(har), bool)])
    order = np.argsort(ts, kind="stable")
    ts, is_h = ts[order], is_h[order]
    g_prompts, h_prompts = genuine(int((~is_h).sum())), harvest(int(is_h.sum()))
    gi, hi = iter(g_prompts), iter(h_prompts)
    prompts = [next(hi) if h else next(gi) for h in is_h.tolist()]
    m_gen = ctx.models(rng, ts, p_new=0.55, p_mini=0.2)
    models = [ctx.new_model if h else m for h, m in zip(is_h.tolist(), m_gen, strict=True)]
    comp = np.where(is_h, 950.0, 260.0)
    ctx.emit(rng, prod, ts, prompts, models=models, comp_median=comp, err=0.01)
    # staging: developers poking both features during office hours
    st = thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)) * 7, workday(int(pick(rng, (-5, 0, 1))))
    )
    st_p = [genuine(1)[0] if chance(rng, 0.6) else harvest(1)[0] for _ in range(len(st))]
    ctx.emit(
        rng, staging, st, st_p, models=ctx.models(rng, st, p_new=0.8, p_mini=0.1), comp_median=400.0
    )
    ctx.campaign(
        cid,
        fam,
        [prod, staging],
        {
            "operation": f"harvest hidden in the '{app}' writing-assistant backend ('explain'/'ask' features)",
            "keys": 2,
            "payment": "the company's card",
            "ip_source": "3-5 AWS egress addresses",
            "user_agent": ua,
            "pacing": f"product load {rate:.0f}/h (peak {peak:.0f} UTC) + harvest share {share:.2f}",
            "harvest_domain": domain,
            "languages": langs,
            "hard": True,
        },
    )


# ------------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, each with a real owner's history, taken over after the release


def muggled(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "muggled"
    n = irange(rng, 12, 22)
    ua_after = pick(rng, (*SDK_COMMON[:2], "python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    keep_ua = chance(rng, 0.5)  # some operators copy the old owner's user agent
    styles = subset(rng, list(range(6)), irange(rng, 2, 4))
    synth_styles = subset(rng, list(range(7)), irange(rng, 2, 4))
    rate_all = float(rng.uniform(25, 55))
    accts, regions_used = [], []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        regions = {
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
        region = regions[tz]
        regions_used.append(region)
        ua_before = pick(rng, BROWSERS) if chance(rng, 0.6) else pick(rng, SDK_COMMON)
        a = _mk(
            ctx, rng, fam, cid, "aged", ua=ua_before, ips=home(rng, irange(rng, 1, 2), tz), tz=tz
        )
        accts.append(a)
        take = min(ctx.t1 - 12 * HOUR, ctx.release + float(rng.uniform(-0.6, 1.4)) * DAY)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz)
        sess = session_times(rng, ctx.t0, take, float(rng.uniform(1.2, 4.0)), curve, 3.0, 90.0)
        before = np.concatenate(sess) if sess else np.empty(0)
        before = before[before < take]
        bp = [ctx.chat[i] for i in rng.integers(0, len(ctx.chat), size=len(before)).tolist()]
        ctx.emit(
            rng,
            a,
            before,
            bp,
            models=ctx.models(rng, before, p_new=0.25, p_mini=0.2),
            comp_median=350.0,
        )
        after = thinned(
            rng,
            take,
            ctx.t1,
            rate_all / n * (ctx.t1 - take) / HOUR,
            global_load(float(rng.uniform(0, 24)), 0.3),
        )
        exits = resi(rng, irange(rng, 8, 30), region)
        ap = []
        for _ in range(len(after)):
            u = rng.random()
            if u < 0.5:
                ap.append(
                    tx.reasoning_prompt(rng, int(pick(rng, styles)), "en", tx.any_problem(rng))
                )
            elif u < 0.85:
                ap.append(
                    tx.synth_prompt(
                        rng,
                        int(pick(rng, synth_styles)),
                        ctx.passages[int(rng.integers(len(ctx.passages)))],
                        ctx.chat[int(rng.integers(len(ctx.chat)))],
                    )
                )
            else:
                ap.append(tx.science_question(rng) + " Reason carefully, step by step.")
        ctx.emit(
            rng,
            a,
            after,
            ap,
            models=ctx.models(rng, after, p_new=0.97, p_mini=0.0),
            ips=sticky(rng, after, exits, HOUR),
            ua=a.ua if keep_ua else ua_after,
            comp_median=900.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought aged consumer accounts taken over for reasoning + synthetic-data harvest",
            "keys": n,
            "orgs": n,
            "payment": "each account keeps its original owner's card",
            "ip_source": "home ISP before, residential proxies in the owner's region after",
            "user_agent": "owner's before; "
            + ("owner's kept after" if keep_ua else ua_after + " after"),
            "pacing": f"owner's sessions until takeover, then {rate_all:.0f}/h spread over all accounts",
            "regions": regions_used,
            "languages": ["en"],
            "hard": True,
        },
    )


# ------------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of person-like sign-ups asking a target domain's questions


def nano_cache(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "nano_cache"
    n = irange(rng, 35, 70)
    domains = subset(rng, list(tx.DOMAIN_NAMES), irange(rng, 1, 2))
    p_native = float(rng.uniform(0.3, 0.7))
    p_filler = float(rng.uniform(0.08, 0.25))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ips = home(rng, irange(rng, 1, 2), tz)
        mobile = chance(rng, 0.35)
        if mobile and chance(rng, 0.5):
            ips = ips + mobile_v6(
                rng,
                irange(rng, 1, 3),
                pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")),
            )
        ua = pick(rng, MOBILE) if mobile else pick(rng, BROWSERS)
        a = _mk(ctx, rng, fam, cid, "crowd", ua=ua, ips=ips, tz=tz)
        accts.append(a)
        lang = pick(rng, tx.LANGS_OF_TZ[tz]) if chance(rng, p_native) else "en"
        s0 = ctx.release + float(rng.uniform(-0.4, 1.8)) * DAY
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.5)
        sess = session_times(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(0.8, 2.6)),
            curve,
            float(rng.uniform(3, 6)),
            float(rng.uniform(50, 140)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [
            ctx.chat[int(rng.integers(len(ctx.chat)))]
            if chance(rng, p_filler)
            else tx.domain_question(rng, pick(rng, domains), lang)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=700.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "crowd of person-like accounts asking target-domain reasoning questions",
            "keys": n,
            "orgs": n,
            "payment": "one card per account",
            "ip_source": "home ISPs by time zone, some carrier v6",
            "user_agent": "browsers and phones",
            "pacing": "0.8-2.6 human sessions/day, 50-140 s think time",
            "domains": domains,
            "native_language_share": round(p_native, 2),
            "filler_share": round(p_filler, 2),
            "hard": True,
        },
    )


# ------------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay (ShareGPT verbatim) from office broadband during work hours


def logbook(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "logbook"
    n = irange(rng, 8, 16)
    tz = int(pick(rng, (-5, -8, 0, 1, 2, 8)))
    office = home(rng, irange(rng, 2, 4), tz)
    perm = rng.permutation(len(ctx.chat)).tolist()
    offset = 0
    accts, sizes = [], []
    for _ in range(n):
        ua = pick(
            rng,
            (
                "OpenAI/Python 1.54.0",
                "OpenAI/Python 1.54.0",
                "OpenAI/NodeJS 4.67.1",
                "OpenAI/Python 1.58.1",
            ),
        )
        ips = subset(rng, office, irange(rng, 1, 2))
        a = _mk(ctx, rng, fam, cid, "replayer", ua=ua, ips=ips, tz=tz)
        accts.append(a)
        s0 = ctx.release + float(rng.uniform(-0.2, 0.6)) * DAY
        rate = float(rng.uniform(3, 9))
        curve = workday(tz, float(rng.uniform(7.5, 10)), float(rng.uniform(16.5, 20)), weekend=0.25)
        ts = thinned(rng, s0, ctx.t1, rate * (ctx.t1 - s0) / HOUR, curve)
        k = len(ts)
        sel = [perm[(offset + i) % len(perm)] for i in range(k)]
        offset += k
        sizes.append(k)
        ctx.emit(
            rng,
            a,
            ts,
            [ctx.chat[i] for i in sel],
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            comp_median=380.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay: a shuffled public chat set, sharded over accounts, no repeats",
            "keys": n,
            "orgs": n,
            "payment": "one card per account",
            "ip_source": f"office broadband (UTC{tz:+d})",
            "user_agent": "common SDK strings",
            "pacing": "work hours, 3-9/h per account",
            "shard_sizes": sizes,
            "languages": ["as the public set"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "wherigo": wherigo,
    "geochecker": geochecker,
    "spoiler_photo": spoiler_photo,
    "multi_cache": multi_cache,
    "geocoin": geocoin,
    "hitchhiker": hitchhiker,
    "trackable": trackable,
    "power_trail": power_trail,
    "travel_bug": travel_bug,
    "muggled": muggled,
    "nano_cache": nano_cache,
    "logbook": logbook,
}

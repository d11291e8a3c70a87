"""Campaign families of blind batch 306 (code names from "canyoning").

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts with `ctx.account`, writes
their events with `ctx.emit` and records the campaign with `ctx.campaign`. Every draw comes
from the family's own generator, in an order that does not depend on the string hash seed.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind306 import texts as tx

#: client strings that the simulator's ordinary users send (seen in a campaign-free background)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1")
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
)
BG_PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)

#: languages people in each UTC offset write in (weights)
LANG_OF_TZ: dict[int, dict[str, float]] = {
    -8: {"en": 0.85, "es": 0.15},
    -5: {"en": 0.8, "es": 0.2},
    -3: {"pt": 0.7, "es": 0.3},
    0: {"en": 0.9, "fr": 0.1},
    1: {"de": 0.4, "fr": 0.35, "en": 0.25},
    2: {"de": 0.3, "en": 0.4, "ru": 0.3},
    3: {"ru": 0.85, "en": 0.15},
    5: {"en": 1.0},
    8: {"zh": 0.85, "en": 0.15},
    9: {"ja": 0.9, "en": 0.1},
}
TZ_WEIGHTS = np.array([0.14, 0.2, 0.1, 0.1, 0.12, 0.06, 0.06, 0.08, 0.09, 0.05])


def _tz(rng: np.random.Generator) -> int:
    return int(TZS[int(rng.choice(len(TZS), p=TZ_WEIGHTS / TZ_WEIGHTS.sum()))])


def _langs(rng: np.random.Generator, n: int, weights: dict[str, float]) -> list[str]:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def _queue(
    rng: np.random.Generator, ts: np.ndarray, starts: list[float], ends: list[float]
) -> list[np.ndarray]:
    """Hand each job time to one key alive at that time (keys come and go)."""
    st, en = np.asarray(starts), np.asarray(ends)
    out: list[list[float]] = [[] for _ in starts]
    for t in np.asarray(ts).tolist():
        alive = np.flatnonzero((st <= t) & (t < en))
        if len(alive):
            out[int(alive[int(rng.integers(len(alive)))])].append(t)
    return [np.asarray(x, dtype=np.float64) for x in out]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# canyon: reasoning-trace coercion from rented hosting, a worker pool whose keys churn


def canyon(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 12, 22)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb", "scaleway"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 4, 8))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    uas = (
        "AsyncOpenAI/Python 1.60.0",
        "python-httpx/0.28.1",
        "aiohttp/3.11.11",
        "OpenAI/Python 1.58.1",
    )
    one_ua = chance(rng, 0.5)
    base_ua = pick(rng, uas)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="canyon",
            role="worker",
            campaign_id=camp,
            pay=cards[i % len(cards)],
            ua=base_ua if one_ua else pick(rng, uas),
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    first = ctx.t0 + float(rng.uniform(0.8, 2.2)) * DAY
    starts = [first + float(rng.exponential(0.9)) * DAY for _ in range(n)]
    ends = [s + float(rng.uniform(1.5, 6.0)) * DAY for s in starts]
    pre_rate, post_rate = float(rng.uniform(6, 14)), float(rng.uniform(45, 75))
    lag = float(rng.uniform(0.2, 3.0)) * HOUR
    jobs = _cat(
        [
            bb.thinned(
                rng, first, ctx.release, pre_rate * (ctx.release - first) / HOUR, bb.constant
            ),
            bb.thinned(
                rng,
                ctx.release + lag,
                ctx.t1,
                post_rate * (ctx.t1 - ctx.release - lag) / HOUR,
                bb.constant,
            ),
        ]
    )
    mix = {
        "en": float(rng.uniform(0.4, 0.7)),
        "zh": float(rng.uniform(0.1, 0.35)),
        "ru": float(rng.uniform(0.05, 0.2)),
        "es": float(rng.uniform(0.0, 0.1)),
    }
    uid = int(rng.integers(10**5, 10**6))
    for a, ts in zip(accts, _queue(rng, jobs, starts, ends), strict=True):
        prompts = []
        for lang in _langs(rng, len(ts), mix):
            uid += 1
            prompts.append(tx.reasoning_prompt(rng, lang, uid))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=1500,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        camp,
        "canyon",
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "shared job queue over churning keys",
            "ip_source": f"rented {provider} block",
            "payment": f"{len(cards)} shared cards",
            "keys": n,
            "rate_per_hour": [round(pre_rate, 1), round(post_rate, 1)],
            "languages": list(mix),
        },
    )


# --------------------------------------------------------------------------------------------
# canning: judge / rubric / reward grading, nightly batch jobs from one cloud project


def canning(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 5, 9)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    vms = bb.cloud(rng, irange(rng, 3, 6), provider)
    ua = pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.63.2"))
    tz = pick(rng, (8, 3, 1, -5))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="canning",
            role="grader",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=picks(rng, vms, irange(rng, 1, 2)),
            tz=tz,
        )
        for _ in range(n)
    ]
    night_h = float(rng.uniform(0.5, 3.0))
    first_day = irange(rng, 0, 2)
    job_mean = float(rng.uniform(220, 420))
    mix = {"en": 0.65, "zh": 0.25, "ko": 0.1}
    per_acct: list[list[np.ndarray]] = [[] for _ in range(n)]
    for day in range(first_day, 8):
        start = ctx.t0 + day * DAY + (night_h - tz) * HOUR + float(rng.normal(0, 10)) * MINUTE
        size = int(rng.poisson(job_mean * (1.6 if start > ctx.release else 1.0)))
        for i in range(n):
            per_acct[i].extend(
                bb.bursts(rng, np.array([start + float(rng.uniform(0, 90))]), size / n, 2.2, 0.6)
            )
    for i in range(2):  # an engineer testing prompts in the daytime
        per_acct[i].extend(
            bb.bursts(
                rng, bb.thinned(rng, ctx.t0 + first_day * DAY, ctx.t1, 10, bb.workday(tz)), 4, 8.0
            )
        )
    for a, parts in zip(accts, per_acct, strict=True):
        ts = _cat(parts)
        prompts = [
            tx.judge_prompt(
                rng,
                lang,
                tx.snippet(rng, pick(rng, ctx.chat), 30, 600),
                tx.snippet(rng, pick(rng, ctx.passages), 200, 900),
                tx.snippet(rng, pick(rng, ctx.passages), 200, 900),
            )
            for lang in _langs(rng, len(ts), mix)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            comp_median=380,
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        camp,
        "canning",
        accts,
        {
            "operation": "judge and reward-model grading",
            "pacing": "nightly batch jobs plus daytime tests",
            "ip_source": f"{provider} VMs",
            "payment": "one company card",
            "keys": n,
            "night_hour_local": round(night_h, 2),
            "tz": tz,
        },
    )


# --------------------------------------------------------------------------------------------
# conning: censorship-safe / policy rewrites through residential proxies on throwaway cards


def conning(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 20, 34)
    regions = pick(rng, (("cn",), ("sea",), ("ru",), ("cn", "sea"), ("ru", "eu")))
    pool = [ip for r in regions for ip in bb.resi(rng, 300, r)]
    hold = float(rng.uniform(15, 45)) * MINUTE
    mix = {"zh": 0.45, "en": 0.25, "ru": 0.15, "ar": 0.15}
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family="conning",
            role="throwaway",
            campaign_id=camp,
            ua=pick(rng, bb.BROWSERS + ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=[pick(rng, pool)],
        )
        accts.append(a)
        start = float(rng.uniform(ctx.release - 1.5 * DAY, ctx.t1 - 0.8 * DAY))
        end = min(ctx.t1, start + (0.3 + float(rng.exponential(1.2))) * DAY)
        burst_starts = bb.thinned(
            rng, start, end, float(rng.uniform(3, 5)) * (end - start) / DAY, bb.constant
        )
        ts = _cat(bb.bursts(rng, burst_starts, float(rng.uniform(14, 26)), 5.0, 0.6, b=end))
        prompts = [
            tx.policy_rewrite_prompt(
                rng,
                lang,
                tx.snippet(rng, pick(rng, ctx.chat), 30, 500),
                tx.snippet(rng, pick(rng, ctx.passages), 250, 1200),
            )
            for lang in _langs(rng, len(ts), mix)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=600,
            comp_sigma=0.6,
            err=0.03,
        )
    ctx.campaign(
        camp,
        "conning",
        accts,
        {
            "operation": "policy-compliant rewrites and refusals",
            "pacing": "short bursts over short-lived keys",
            "ip_source": f"residential proxies {list(regions)}",
            "payment": "one card per key",
            "keys": n,
            "languages": list(mix),
        },
    )


# --------------------------------------------------------------------------------------------
# nanny: agent / tool-use transcripts, synthetic episodes stepped call by call


def nanny(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 8, 14)
    orgs = [hexid(rng, "org") for _ in range(2)]
    pays = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("azure", "gcp", "aws"))
    ips = bb.cloud(rng, irange(rng, 3, 8), provider)
    uas = [
        pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "semantic-kernel-dotnet/1.36.0"))
        for _ in range(2)
    ]
    start = ctx.release - float(rng.uniform(2, 10)) * HOUR
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family="nanny",
            role="worker",
            campaign_id=camp,
            org=orgs[i % 2],
            pay=pays[i % 2],
            ua=uas[i % 2],
            ips=picks(rng, ips, irange(rng, 1, 2)),
        )
        accts.append(a)
        s = start + float(rng.exponential(6)) * HOUR
        ep_starts = bb.thinned(
            rng, s, ctx.t1, float(rng.uniform(0.6, 1.2)) * (ctx.t1 - s) / HOUR, bb.constant
        )
        ts_all, prompts, extra = [], [], []
        for t in ep_starts.tolist():
            ep = tx.agent_episode(rng)
            steps = irange(rng, 3, 12)
            times = t + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.5, size=steps - 1))]
            )
            for k, tk in enumerate(times.tolist()):
                ts_all.append(tk)
                prompts.append(tx.agent_step_prompt(rng, ep))
                extra.append(900 + 420 * k)
        order = np.argsort(np.asarray(ts_all), kind="stable")
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts, p_new=0.93),
            comp_median=220,
            comp_sigma=0.5,
            err=0.02,
            extra=np.asarray(extra)[order],
        )
    ctx.campaign(
        camp,
        "nanny",
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "pacing": "episodes of sequential steps, 24/7",
            "ip_source": f"{provider} instances",
            "payment": "two company cards",
            "keys": n,
            "start": round(start, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# annoy: synthetic instruction data at scale, behind commercial VPN exits, prepaid cards


def annoy(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 10, 18)
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "digitalocean"))
    exits = bb.cloud(rng, irange(rng, 10, 16), vpn)
    per_org = irange(rng, 3, 4)
    mix = {"en": 0.5, "es": 0.1, "de": 0.1, "ja": 0.1, "pt": 0.1, "id": 0.1}
    start = ctx.release + float(rng.uniform(-12, 8)) * HOUR
    accts, org, pay, ua = [], "", "", ""
    for i in range(n):
        if i % per_org == 0:
            org, pay = hexid(rng, "org"), hexid(rng, "pay")
            ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "Go-http-client/2.0"))
        a = ctx.account(
            rng,
            label="campaign",
            family="annoy",
            role="generator",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=[pick(rng, exits)],
        )
        accts.append(a)
        s = start + float(rng.uniform(0, 18)) * HOUR
        bs = bb.thinned(rng, s, ctx.t1, float(rng.uniform(3, 6)) * (ctx.t1 - s) / DAY, bb.constant)
        ts = _cat(bb.bursts(rng, bs, float(rng.uniform(18, 32)), 1.5, 0.4))
        prompts = [
            tx.synth_data_prompt(rng, lang, pick(rng, ctx.chat))
            for lang in _langs(rng, len(ts), mix)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            ips=bb.sticky(rng, ts, exits, HOUR),
            comp_median=1800,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        camp,
        "annoy",
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "bursts around the clock",
            "ip_source": f"VPN exits on {vpn}",
            "payment": "one prepaid card per org",
            "keys": n,
            "keys_per_org": per_org,
            "languages": list(mix),
        },
    )


# --------------------------------------------------------------------------------------------
# agony: multi-turn dialogue harvest; one residential exit per conversation


def agony(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 30, 45)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 4, 6))]
    pool = bb.resi(rng, 900, "*")
    mix = {"en": 0.45, "es": 0.1, "fr": 0.1, "de": 0.1, "pt": 0.1, "zh": 0.1, "ja": 0.05}
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family="agony",
            role="dialogue",
            campaign_id=camp,
            pay=cards[i % len(cards)],
            ua=pick(rng, bb.BROWSERS + BG_BROWSER),
            ips=[pick(rng, pool)],
        )
        accts.append(a)
        s = float(rng.uniform(ctx.t0 + DAY, ctx.release + DAY))
        conv = bb.thinned(
            rng, s, ctx.t1, float(rng.uniform(2, 4)) * (ctx.t1 - s) / DAY, bb.constant
        )
        ts_all: list[float] = []
        prompts, ips = [], []
        for t in conv.tolist():
            lang = _langs(rng, 1, mix)[0]
            seed_text = pick(rng, ctx.chat)
            ip = pick(rng, pool)
            turns = irange(rng, 3, 9)
            times = t + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(45.0), 0.6, size=turns - 1))]
            )
            for k, tk in enumerate(times.tolist()):
                ts_all.append(tk)
                prompts.append(tx.dialogue_turn(rng, lang, seed_text, k))
                ips.append(ip)
        order = np.argsort(np.asarray(ts_all), kind="stable").tolist()
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[j] for j in order],
            ips=[ips[j] for j in order],
            models=ctx.models(rng, ts, p_new=0.8),
            comp_median=500,
            comp_sigma=0.6,
        )
    ctx.campaign(
        camp,
        "agony",
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "conversations around the clock",
            "ip_source": "worldwide residential proxies, one exit per conversation",
            "payment": f"{len(cards)} shared prepaid cards",
            "keys": n,
            "languages": list(mix),
        },
    )


# --------------------------------------------------------------------------------------------
# canny (hard): a real writing/study app that slips harvest requests into its own traffic


def canny(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 4, 8), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="canny",
            role="product_key",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=list(nat),
        )
        for _ in range(n)
    ]
    peak = float(rng.uniform(13, 21))
    load = bb.global_load(peak, 0.65)
    per_day = float(rng.uniform(600, 900))
    share = np.asarray([0.7] + [0.3 / (n - 1)] * (n - 1))

    def trough(ts: np.ndarray) -> np.ndarray:
        return np.clip(1.05 - load(ts), 0.05, 1.0)

    prod = bb.thinned(rng, ctx.t0, ctx.t1, per_day * 7, load)
    h0 = ctx.release + float(rng.uniform(2, 20)) * HOUR
    h_per_day = float(rng.uniform(250, 400))
    harv = bb.thinned(rng, h0, ctx.t1, h_per_day * (ctx.t1 - h0) / DAY, trough)
    who_p = rng.choice(n, size=len(prod), p=share)
    who_h = rng.choice(n, size=len(harv), p=share)
    mix = {"en": 0.6, "es": 0.1, "de": 0.1, "ru": 0.1, "zh": 0.1}
    for i, a in enumerate(accts):
        tp, th = prod[who_p == i], harv[who_h == i]
        ts = np.concatenate([tp, th])
        prompts = [
            tx.product_prompt(rng, pick(rng, ctx.chat), pick(rng, ctx.passages))
            for _ in range(len(tp))
        ]
        prompts += [tx.product_harvest_prompt(rng, lang) for lang in _langs(rng, len(th), mix)]
        models = ctx.models(rng, tp, p_new=0.45, p_mini=0.3) + ctx.models(
            rng, th, p_new=0.97, p_mini=0.0
        )
        comp = np.concatenate([np.full(len(tp), 280.0), np.full(len(th), 950.0)])
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[j] for j in order.tolist()],
            models=[models[j] for j in order.tolist()],
            comp_median=comp[order],
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        camp,
        "canny",
        accts,
        {
            "operation": "harvest hidden in a real product's traffic",
            "pacing": "product load plus harvest filling its troughs",
            "ip_source": "the product's AWS NAT gateways",
            "payment": "one corporate card",
            "keys": n,
            "product_per_day": round(per_day),
            "harvest_per_day": round(h_per_day),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# conga (hard): aged accounts bought or taken over, harvest at person-like pace after release


def conga(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 16, 26)
    accts = []
    kinds = []
    for _ in range(n):
        tz = _tz(rng)
        kind = "compromised" if chance(rng, 0.45) else "bought"
        kinds.append(kind)
        home = bb.home(rng, 1, tz)
        ua = pick(rng, BG_BROWSER + BG_SDK + BG_PHONE)
        a = ctx.account(
            rng,
            label="campaign",
            family="conga",
            role=f"{kind}_aged_account",
            campaign_id=camp,
            ua=ua,
            ips=home,
            tz=tz,
        )
        accts.append(a)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz)
        take = ctx.release + float(rng.uniform(-0.3, 1.5)) * DAY
        own_end = ctx.t1 if kind == "compromised" else take
        own = _cat(
            bb.session_times(rng, ctx.t0, own_end, float(rng.uniform(0.3, 1.2)), curve, 3.0, 90.0)
        )
        proxies = bb.home(rng, 25, tz)
        harv = _cat(
            bb.session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(5, 9)),
                bb.evening_person(tz, spread=4.0),
                float(rng.uniform(8, 16)),
                35.0,
                0.7,
            )
        )
        lang_w = LANG_OF_TZ[tz]
        p_own = [tx.snippet(rng, pick(rng, ctx.chat), 10, 1500) for _ in range(len(own))]
        p_h = []
        for lang in _langs(rng, len(harv), lang_w):
            r = rng.random()
            p_h.append(
                tx.thorough_question(rng, lang)
                if r < 0.6
                else tx.casual_question(rng, lang)
                if r < 0.85
                else pick(rng, tx.HOWTO_EN)
            )
        ts = np.concatenate([own, harv])
        prompts = p_own + p_h
        models = ctx.models(rng, own, p_new=0.15, p_mini=0.1) + ctx.models(
            rng, harv, p_new=0.75, p_mini=0.02
        )
        ips = [home[0]] * len(own) + bb.sticky(rng, harv, proxies, 1.5 * HOUR)
        comp = np.concatenate([np.full(len(own), 300.0), np.full(len(harv), 800.0)])
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[j] for j in order],
            models=[models[j] for j in order],
            ips=[ips[j] for j in order],
            comp_median=comp[order],
            comp_sigma=0.6,
        )
    ctx.campaign(
        camp,
        "conga",
        accts,
        {
            "operation": "aged accounts (bought or compromised) turned to harvest",
            "pacing": "owner's sessions, then long person-like sessions",
            "ip_source": "owner's home ISP, then residential proxies in the same region",
            "payment": "each account's own card",
            "keys": n,
            "compromised": kinds.count("compromised"),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# cyan (hard): a low-and-slow crowd of person-like accounts, each asking a slice of a curriculum


def cyan(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 70, 110)
    per = irange(rng, 3, 5)
    offset = int(rng.integers(len(tx.CONCEPTS)))
    accts = []
    for i in range(n):
        tz = _tz(rng)
        ips = bb.home(rng, irange(rng, 1, 3), tz)
        if chance(rng, 0.3):
            ips += bb.mobile_v6(
                rng, 2, pick(rng, ("us_mobile", "eu_mobile", "in_mobile", "br_mobile"))
            )
        a = ctx.account(
            rng,
            label="campaign",
            family="cyan",
            role="crowd_member",
            campaign_id=camp,
            ua=pick(rng, bb.MOBILE[:3] + BG_PHONE + BG_BROWSER + bb.BROWSERS[:2]),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        mine = [(offset + i * per + j) % len(tx.CONCEPTS) for j in range(per)]
        start = max(ctx.t0 + 0.5 * DAY, ctx.release + float(rng.uniform(-1, 1)) * DAY)
        ts = _cat(
            bb.session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(0.8, 2.0)),
                bb.evening_person(tz),
                float(rng.uniform(2.5, 5.0)),
                75.0,
            )
        )
        langs = _langs(rng, len(ts), {k: v for k, v in LANG_OF_TZ[tz].items() if k in tx.CASUAL})
        prompts = [
            tx.casual_question(rng, lang, pick(rng, mine))
            if chance(rng, 0.8)
            else tx.thorough_question(rng, lang)
            for lang in langs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.05),
            comp_median=750,
            comp_sigma=0.6,
            err=0.005,
        )
    ctx.campaign(
        camp,
        "cyan",
        accts,
        {
            "operation": "curriculum harvest by a crowd of person-like accounts",
            "pacing": "evening sessions in each member's timezone",
            "ip_source": "residential proxies matched to timezone, some mobile",
            "payment": "one card each",
            "keys": n,
            "concepts_per_member": per,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# yogi (hard): public prompt replay from an office line, office hours only


def yogi(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 5, 9)
    tz = pick(rng, (1, 2, -5, 9, 5))
    orgs = [
        (
            hexid(rng, "org"),
            hexid(rng, "pay"),
            bb.home(rng, 2, tz),
            pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
        )
        for _ in range(2)
    ]
    order = rng.permutation(len(ctx.chat)).tolist()
    block = len(order) // n
    pre_start = ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY
    accts = []
    for i in range(n):
        org, pay, office, ua = orgs[i % 2]
        a = ctx.account(
            rng,
            label="campaign",
            family="yogi",
            role="replayer",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        accts.append(a)
        pre = bb.thinned(
            rng,
            pre_start,
            ctx.release,
            float(rng.uniform(8, 20)) * (ctx.release - pre_start) / DAY,
            bb.workday(tz),
        )
        post = bb.thinned(
            rng,
            ctx.release,
            ctx.t1,
            float(rng.uniform(130, 230)) * (ctx.t1 - ctx.release) / DAY,
            bb.workday(tz, weekend=0.02),
        )
        ts = np.concatenate([pre, post])
        mine = order[i * block : (i + 1) * block]
        prompts = [ctx.chat[mine[j % len(mine)]] for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.05),
            ips=office[0],
            comp_median=450,
            comp_sigma=0.7,
        )
    ctx.campaign(
        camp,
        "yogi",
        accts,
        {
            "operation": "public prompt replay",
            "pacing": "steady during office hours",
            "ip_source": "office broadband",
            "payment": "two company cards",
            "keys": n,
            "tz": tz,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# coign: best-of-n sampling and soft labels from a few cloud boxes


def coign(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 4, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "vultr", "digitalocean"))
    boxes = bb.cloud(rng, irange(rng, 2, 3), provider)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="coign",
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=list(boxes),
        )
        for _ in range(n)
    ]
    start = ctx.release + float(rng.uniform(-8, 12)) * HOUR
    rate = float(rng.uniform(8, 14))
    items = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
    who = rng.integers(0, n, size=len(items)).tolist()
    rows: list[list[tuple[float, str, str, float]]] = [[] for _ in range(n)]
    for t, w in zip(items.tolist(), who, strict=True):
        model = ctx.models(rng, np.array([t]), p_new=0.95)[0]
        if chance(rng, 0.75):
            p = tx.bon_problem(rng)
            k = pick(rng, (4, 8, 8, 16))
            for tk in (t + np.cumsum(rng.lognormal(np.log(0.4), 0.5, size=k))).tolist():
                rows[w].append((tk, p, model, 900.0))
        else:
            rows[w].append((t, tx.soft_label_prompt(rng, pick(rng, ctx.chat)), model, 120.0))
    for a, r in zip(accts, rows, strict=True):
        r.sort(key=lambda x: x[0])
        ctx.emit(
            rng,
            a,
            np.array([x[0] for x in r]),
            [x[1] for x in r],
            models=[x[2] for x in r],
            comp_median=np.array([x[3] for x in r]),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        "coign",
        accts,
        {
            "operation": "best-of-n sampling and soft labels",
            "pacing": "item queue; n identical requests per item",
            "ip_source": f"{provider} boxes",
            "payment": "one card",
            "keys": n,
            "items_per_hour": round(rate, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# anyon: code and translation sweeps through a mobile-modem proxy farm


def anyon(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 10, 16)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    carrier = pick(rng, ("in_mobile", "br_mobile", "us_mobile", "eu_mobile"))
    grid = [
        (lg, task, lvl) for lg in tx.CODE_LANGS for task in tx.CODE_TASKS for lvl in range(1, 6)
    ]
    accts = []
    for i in range(n):
        pool = bb.mobile_v6(rng, 40, carrier)
        a = ctx.account(
            rng,
            label="campaign",
            family="anyon",
            role="modem",
            campaign_id=camp,
            pay=cards[i % len(cards)],
            ua=pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)")),
            ips=[pool[0]],
        )
        accts.append(a)
        s = ctx.t0 + float(rng.uniform(1, 4)) * DAY
        ts = bb.thinned(
            rng, s, ctx.t1, float(rng.uniform(2.5, 5.5)) * (ctx.t1 - s) / HOUR, bb.constant
        )
        pos = int(rng.integers(len(grid)))
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.65):
                lg, task, lvl = grid[pos % len(grid)]
                pos += 1
                prompts.append(tx.code_sweep_prompt(rng, lg, task, lvl))
            else:
                prompts.append(
                    tx.translation_harvest_prompt(
                        rng, pick(rng, tx.TRANS_TARGETS), pick(rng, ctx.passages)
                    )
                )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            ips=bb.sticky(rng, ts, pool, float(rng.uniform(600, 1800))),
            comp_median=1100,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        "anyon",
        accts,
        {
            "operation": "code and translation sweeps",
            "pacing": "slow steady rate per key, around the clock",
            "ip_source": f"mobile proxy farm ({carrier})",
            "payment": f"{len(cards)} shared prepaid cards",
            "keys": n,
        },
    )


CAMPAIGN_FAMILIES = {
    "canyon": canyon,
    "canning": canning,
    "conning": conning,
    "nanny": nanny,
    "annoy": annoy,
    "agony": agony,
    "canny": canny,
    "conga": conga,
    "cyan": cyan,
    "yogi": yogi,
    "coign": coign,
    "anyon": anyon,
}

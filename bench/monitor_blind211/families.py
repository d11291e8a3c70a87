"""Campaign families of batch 211 (code names from ski jumping).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes its
events through `ctx.emit`, and records one campaign with `ctx.campaign`. Every choice (key counts,
cards, pacing, addresses, user agents, languages, templates, models) is drawn from the family's
own generator, so two seeds give two different operators of the same kind."""

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
    mobile_v6,
    nightly,
    pick,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind211 import texts as tx

#: the language a person in each UTC offset most likely writes in (for person-like accounts)
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es", "en"),
    2: ("de", "en"),
    3: ("ru", "tr"),
    5: ("hi", "en"),
    8: ("zh", "id", "en"),
    9: ("ja", "ko"),
}
MOBILE_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    5: "in_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
}


def models_at(
    ctx: Ctx, rng: np.random.Generator, ts, p_new: float, p_mini: float = 0.05, lag: float = 0.0
) -> list[str]:
    """Per event: the new model with probability p_new from `lag` seconds after the release,
    otherwise the old flagship (a p_mini share of the small old model)."""
    ts = np.asarray(ts, dtype=np.float64)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    rel = ctx.release + lag
    return [
        new if (t >= rel and a < p_new) else (mini if b < p_mini else old)
        for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)
    ]


def _flat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block, worker pool, new model


def inrun(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "inrun"
    n_keys = irange(rng, 6, 12)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 3, 6))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    styles = sorted(rng.choice(6, size=irange(rng, 3, 5), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=[str(x) for x in rng.choice(block, size=irange(rng, 1, 3), replace=False)],
            tz=8,
        )
        for i in range(n_keys)
    ]
    pilot_at = ctx.release - _u(rng, 1.2, 2.5) * DAY
    start = ctx.release + _u(rng, 0.05, 0.35) * DAY
    per_hour = _u(rng, 45, 100)
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    pilot = thinned(rng, pilot_at, pilot_at + _u(rng, 0.2, 0.5) * DAY, _u(rng, 60, 160), constant)
    for i, a in enumerate(accts):
        ts = streams[i]
        if i < 2:
            ts = np.sort(np.concatenate([ts, pilot[i::2]]))
        prompts = [tx.cot_prompt(rng, int(pick(rng, styles))) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_at(ctx, rng, ts, 0.96),
            comp_median=900,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented {provider} /24s",
            "payment": f"{len(cards)} shared cards",
            "user_agent": ua,
            "styles": styles,
            "pilot_on_old_model": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in batch bursts from cloud


def k_point(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "k_point"
    n_keys = irange(rng, 4, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    pool = cloud(rng, irange(rng, 3, 6), provider)
    ua = pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "langchain-openai/0.3.6"))
    styles = sorted(rng.choice(5, size=irange(rng, 2, 4), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=[str(x) for x in rng.choice(pool, size=irange(rng, 1, 2), replace=False)],
            tz=1,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - _u(rng, 0.3, 1.5) * DAY
    rate = _u(rng, 0.4, 0.9)
    starts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    size = _u(rng, 25, 70)
    trains = bursts(rng, starts, size, _u(rng, 0.8, 2.5), 0.5)
    who = rng.integers(0, n_keys, size=len(trains))
    for i, a in enumerate(accts):
        ts = _flat([t for t, w in zip(trains, who.tolist(), strict=True) if w == i])
        prompts = [
            tx.judge_prompt(rng, int(pick(rng, styles)), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_at(ctx, rng, ts, 0.93),
            comp_median=320,
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward-model grading",
            "pacing": "batch bursts",
            "bursts_per_hour": round(rate, 2),
            "burst_mean": round(size, 1),
            "ip_source": f"{provider} cloud",
            "payment": "one company card, one org",
            "user_agent": ua,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-safe rewrites and refusal shaping: short-lived stolen-card keys behind VPN exits


def telemark(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "telemark"
    exits = (
        cloud(rng, irange(rng, 30, 60), "m247")
        + cloud(rng, irange(rng, 10, 30), "leaseweb")
        + cloud(rng, irange(rng, 5, 15), pick(rng, ("ovh", "vultr", "digitalocean")))
    )
    styles = sorted(rng.choice(6, size=irange(rng, 3, 5), replace=False).tolist())
    concurrent = irange(rng, 3, 5)
    accts = []
    t = ctx.t0 + _u(rng, 1.0, 2.0) * DAY
    lanes = [t + _u(rng, 0, 6) * HOUR for _ in range(concurrent)]
    for lane in range(concurrent):
        while lanes[lane] < ctx.t1:
            a0 = lanes[lane]
            life = _u(rng, 6, 30) * HOUR
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="burner",
                campaign_id=camp,
                ua=pick(
                    rng,
                    (
                        "python-requests/2.32.3",
                        "python-httpx/0.28.1",
                        "PostmanRuntime/7.43.0",
                        "OpenAI/Python 1.54.0",
                    ),
                ),
                ips=exits[:1],
                tz=3,
            )
            starts = thinned(
                rng, a0, min(a0 + life, ctx.t1), _u(rng, 1.0, 2.2) * life / HOUR, constant
            )
            ts = _flat(bursts(rng, starts, _u(rng, 5, 14), _u(rng, 1.5, 4.0), 0.6))
            ips = sticky(rng, ts, exits, _u(rng, 8, 25) * MINUTE)
            prompts = [
                tx.policy_prompt(rng, int(pick(rng, styles)), ctx.chat, ctx.passages)
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=models_at(ctx, rng, ts, 0.92),
                ips=ips,
                comp_median=380,
                err=0.05,
            )
            accts.append(a)
            lanes[lane] = a0 + life + _u(rng, 0.2, 4) * HOUR
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy-safe rewrites / refusal shaping",
            "pacing": "bursts; keys live 6-30 h then are replaced",
            "concurrent_keys": concurrent,
            "ip_source": "VPN exits (hosting ASNs), sticky",
            "payment": "one stolen card per key",
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts: episodes of growing step prompts


def wind_gate(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "wind_gate"
    n_keys = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    pool = cloud(rng, irange(rng, 3, 6), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    style = irange(rng, 0, 1)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="runner",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=pool,
            tz=-5,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - _u(rng, 0.0, 0.8) * DAY
    rate = _u(rng, 3.5, 8)
    ep_starts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    who = rng.integers(0, n_keys, size=len(ep_starts))
    per: list[list] = [[] for _ in range(n_keys)]
    for s, w in zip(ep_starts.tolist(), who.tolist(), strict=True):
        kit, task = tx.agent_task(rng)
        k = irange(rng, 4, 14)
        gaps = rng.lognormal(np.log(_u(rng, 4, 10)), 0.7, size=k - 1)
        times = s + np.concatenate([[0.0], np.cumsum(gaps)])
        extra = irange(rng, 500, 1800)
        for j, t in enumerate(times.tolist()):
            per[w].append(
                (t, tx.agent_prompt(rng, kit, task, j, ctx.passages, style), extra + 150 * j)
            )
    for i, a in enumerate(accts):
        rows = sorted(per[i])
        ts = np.array([r[0] for r in rows])
        ctx.emit(
            rng,
            a,
            ts,
            [r[1] for r in rows],
            models=models_at(ctx, rng, ts, 0.95),
            comp_median=170,
            comp_sigma=0.6,
            extra=np.array([r[2] for r in rows], dtype=np.int64),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent/tool-use transcripts",
            "pacing": "episodes of 4-14 steps",
            "episodes_per_hour": round(rate, 2),
            "ip_source": f"{provider} cloud",
            "payment": "one card, one org",
            "user_agent": ua,
            "style": style,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation over a residential proxy pool


def hill_size(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "hill_size"
    n_keys = irange(rng, 18, 30)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    pool = resi(rng, irange(rng, 150, 350), "*")
    styles = sorted(rng.choice(5, size=irange(rng, 3, 5), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=camp,
            pay=pick(rng, cards),
            ua=sdk_ua(rng, 0.6),
            ips=pool[:1],
            tz=int(pick(rng, TZS)),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release + _u(rng, -0.5, 0.4) * DAY
    per_hour = _u(rng, 35, 80)
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    hold = _u(rng, 10, 30) * MINUTE
    for a, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.synth_prompt(rng, int(pick(rng, styles)), ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_at(ctx, rng, ts, 0.9),
            ips=sticky(rng, ts, pool, hold),
            comp_median=1100,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic-dataset generation",
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "ip_source": "residential proxies, sticky",
            "payment": f"{len(cards)} prepaid cards",
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest from a phone farm (carrier IPv6), stolen cards


def four_hills(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "four_hills"
    n_keys = irange(rng, 8, 15)
    carrier = pick(rng, ("in_mobile", "br_mobile", "us_mobile"))
    langs = {
        "in_mobile": ("hi", "en", "id"),
        "br_mobile": ("pt", "es", "en"),
        "us_mobile": ("en", "es"),
    }[carrier]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="phone",
            campaign_id=camp,
            ua=pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)")),
            ips=mobile_v6(rng, 1, carrier),
            tz={"in_mobile": 5, "br_mobile": -3, "us_mobile": -5}[carrier],
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - _u(rng, 0.5, 2.0) * DAY
    conv_rate = _u(rng, 0.3, 0.8)
    for a in accts:
        lang = pick(rng, langs)
        style = irange(rng, 0, 2)
        rows: list[tuple[float, str, str]] = []
        for s in thinned(
            rng, start, ctx.t1, conv_rate * (ctx.t1 - start) / HOUR, constant
        ).tolist():
            turns = irange(rng, 3, 8)
            opener = pick(rng, tx.DIALOGUE_OPENERS[lang])
            ip = mobile_v6(rng, 1, carrier)[0]
            t = s
            for k in range(1, turns + 1):
                rows.append((t, tx.dialogue_prompt(rng, lang, opener, k, ctx.passages, style), ip))
                t += float(rng.lognormal(np.log(25.0), 0.6))
        rows.sort()
        ts = np.array([r[0] for r in rows])
        ctx.emit(
            rng,
            a,
            ts,
            [r[1] for r in rows],
            models=models_at(ctx, rng, ts, 0.9),
            ips=[r[2] for r in rows],
            comp_median=420,
            err=0.04,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "conversations, 3-8 turns",
            "ip_source": f"carrier IPv6 ({carrier}) per conversation",
            "payment": "one stolen card per key",
            "languages": list(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: the same prompt n times in a second


def gate_factor(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "gate_factor"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("vultr", "oracle", "linode"))
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 3), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
            tz=9,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release + _u(rng, 0.0, 0.5) * DAY
    rate = _u(rng, 7, 16)
    item_ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    n_choices = (4, 5, 8, 10)
    rows: list[list] = [[] for _ in range(n_keys)]
    for s in item_ts.tolist():
        w = irange(rng, 0, n_keys - 1)
        style = int(pick(rng, styles))
        prompt = tx.soft_label_prompt(rng, tx.quiz_item(rng), style)
        n = int(pick(rng, n_choices))
        times = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.35), 0.5, size=n - 1))])
        comp = {0: 60.0, 1: 12.0, 2: 220.0, 3: 45.0}[style]
        rows[w].extend((t, prompt, comp) for t in times.tolist())
    for a, r in zip(accts, rows, strict=True):
        r.sort()
        ts = np.array([x[0] for x in r])
        ctx.emit(
            rng,
            a,
            ts,
            [x[1] for x in r],
            models=models_at(ctx, rng, ts, 0.97),
            comp_median=np.array([x[2] for x in r]),
            comp_sigma=0.4,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "n repeats per item",
            "items_per_hour": round(rate, 1),
            "n": list(n_choices),
            "ip_source": f"{provider} cloud",
            "payment": "one card, one org",
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: code harvest inside a small dev shop's ordinary working day


def jump_suit(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "jump_suit"
    tz = int(pick(rng, (1, 2, -5, 5)))
    n_dev = irange(rng, 5, 9)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    ci = cloud(rng, 2, pick(rng, ("aws", "hetzner", "digitalocean")))
    accts = []
    for _ in range(n_dev):
        ua = pick(
            rng,
            (
                "OpenAI/NodeJS 4.85.1",
                "litellm/1.60.2",
                "OpenAI/Python 1.58.1",
                "OpenAI/Python 1.54.0",
            ),
        )
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="developer",
                campaign_id=camp,
                org=org,
                pay=pay,
                ua=ua,
                ips=office + home(rng, 1, tz),
                tz=tz,
            )
        )
    share = _u(rng, 0.45, 0.7)
    night_rate = _u(rng, 20, 45)
    night_hours = _u(rng, 3, 5)
    night = nightly(_u(rng, 0, 2), night_hours, tz)
    night_ts = worker_pool(rng, ctx.t0, ctx.t1, night_rate * night_hours / 24, n_dev, night)
    for i, a in enumerate(accts):
        sess = session_times(rng, ctx.t0, ctx.t1, _u(rng, 5, 10), workday(tz), _u(rng, 4, 8), 45.0)
        day = _flat(sess)
        office_share = 0.85
        day_ips = [office[0] if chance(rng, office_share) else a.ips[1] for _ in range(len(day))]
        day_prompts = [
            tx.code_prompt(rng, int(pick(rng, (1, 3))))
            if chance(rng, share)
            else tx.dev_chat(rng, ctx.chat)
            for _ in range(len(day))
        ]
        nt = night_ts[i]
        ts = np.concatenate([day, nt])
        prompts = day_prompts + [
            tx.code_prompt(rng, int(pick(rng, (0, 2)))) for _ in range(len(nt))
        ]
        ips = day_ips + [pick(rng, ci) for _ in range(len(nt))]
        uas = [a.ua] * len(day) + ["python-httpx/0.28.1"] * len(nt)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[j] for j in order.tolist()],
            ips=[ips[j] for j in order.tolist()],
            ua=[uas[j] for j in order.tolist()],
            models=models_at(ctx, rng, ts, 0.85, 0.08),
            comp_median=650,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code harvest hidden in a dev team's day",
            "pacing": "workday sessions + nightly 'CI' jobs",
            "tz": tz,
            "harvest_share_daytime": round(share, 2),
            "night_per_hour": round(night_rate, 1),
            "ip_source": "office broadband + home + 2 CI cloud hosts",
            "payment": "one corporate card, one org",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest riding a real study-helper product's own traffic


def knoll(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "knoll"
    brand = pick(rng, ("Notewise", "StudyNest", "Brainleaf", "Quizzly"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 3, 6), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    n_keys = irange(rng, 2, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
            tz=0,
        )
        for _ in range(n_keys)
    ]
    peak = _u(rng, 14, 20)
    curve = global_load(peak, _u(rng, 0.5, 0.75))
    rate = _u(rng, 22, 45)
    h_share = _u(rng, 0.2, 0.4)
    h_start = ctx.release - _u(rng, 0.0, 1.0) * DAY
    langs = ("en",) * 4 + ("es", "de", "zh", "ru")
    weights = rng.dirichlet(np.ones(n_keys) * 3)
    for i, a in enumerate(accts):
        prod = thinned(rng, ctx.t0, ctx.t1, weights[i] * rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        harv = thinned(
            rng, h_start, ctx.t1, weights[i] * rate * h_share * (ctx.t1 - h_start) / HOUR, curve
        )
        rows = [(t, 0) for t in prod.tolist()] + [(t, 1) for t in harv.tolist()]
        rows.sort()
        ts = np.array([r[0] for r in rows])
        prompts, comp, models = [], [], []
        m_prod = models_at(ctx, rng, ts, 0.35, 0.3, lag=_u(rng, 0.2, 1.0) * DAY)
        m_harv = models_at(ctx, rng, ts, 0.95, 0.0)
        for j, (_, h) in enumerate(rows):
            if h:
                prompts.append(
                    tx.product_prompt(rng, brand, tx.study_sweep(rng, pick(rng, langs)), "explain")
                )
                comp.append(800.0)
                models.append(m_harv[j])
            else:
                mode = pick(rng, ("explain", "explain", "explain", "summarise", "quiz"))
                inner = (
                    pick(rng, ctx.chat) if chance(rng, 0.85) else tx.nat_question(rng, "en", 0.5)
                )
                prompts.append(tx.product_prompt(rng, brand, inner, mode))
                comp.append(320.0)
                models.append(m_prod[j])
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.array(comp), err=0.008)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest inside a real product's traffic",
            "product": brand,
            "pacing": "product's global load curve",
            "per_hour": round(rate, 1),
            "harvest_share": round(h_share, 2),
            "ip_source": "aws NAT gateways",
            "payment": "one business card, one org",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / compromised aged accounts taken over around the release


def style_points(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "style_points"
    n = irange(rng, 22, 38)
    take0 = ctx.release - _u(rng, 0.0, 0.5) * DAY
    op_peak = _u(rng, 0, 24)
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else pick(rng, SDK_COMMON)
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
        take = take0 + _u(rng, 0, 1.0) * DAY
        # the previous owner's ordinary history
        old = _flat(
            session_times(rng, ctx.t0, take, _u(rng, 0.4, 1.6), evening_person(tz), 3.0, 90.0)
        )
        ctx.emit(
            rng,
            a,
            old,
            [pick(rng, ctx.chat) for _ in range(len(old))],
            models=models_at(ctx, rng, old, 0.2, 0.15),
            comp_median=330,
        )
        # after the takeover: a residential proxy in the same region, same user agent
        lang = pick(rng, LANG_OF_TZ[tz])
        exits = home(rng, irange(rng, 6, 15), tz)
        new = thinned(rng, take, ctx.t1, _u(rng, 50, 180), global_load(op_peak, 0.5))
        prompts = [
            tx.nat_question(rng, lang, 0.15)
            if chance(rng, 0.7)
            else (tx.study_sweep(rng, "en") if chance(rng, 0.5) else pick(rng, ctx.chat))
            for _ in range(len(new))
        ]
        ctx.emit(
            rng,
            a,
            new,
            prompts,
            ips=sticky(rng, new, exits, _u(rng, 30, 90) * MINUTE),
            models=models_at(ctx, rng, new, 0.8),
            comp_median=620,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest through bought/compromised aged accounts",
            "pacing": "owner's history, then steady harvest after takeover",
            "takeover_from": float(take0),
            "ip_source": "home, then residential proxy in same region",
            "payment": "each account's own (original owner's) card",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of paid people asking from a shared task sheet


def ski_flying(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "ski_flying"
    n = irange(rng, 70, 115)
    tzs = (5, 8, -3, 1, 3, -5)
    accts = []
    follow = (
        "can you give more examples?",
        "explain that again more simply",
        "ok and what's the math behind it",
        "is that always true?",
        "thanks! one more thing: why?",
    )
    for _ in range(n):
        tz = int(pick(rng, tzs))
        phone = chance(rng, 0.45) and tz in MOBILE_OF_TZ
        ua = pick(rng, MOBILE[:3]) if phone else pick(rng, BROWSERS)
        ips = (
            mobile_v6(rng, irange(rng, 2, 5), MOBILE_OF_TZ[tz])
            if phone
            else home(rng, irange(rng, 1, 2), tz)
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_worker",
            campaign_id=camp,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        signup = ctx.release + _u(rng, -1.0, 1.5) * DAY
        lang = pick(rng, LANG_OF_TZ[tz])
        sess = session_times(rng, signup, ctx.t1, _u(rng, 0.8, 2.2), evening_person(tz), 3.5, 75.0)
        ts, prompts = [], []
        for s in sess:
            for j, t in enumerate(s.tolist()):
                ts.append(t)
                prompts.append(
                    tx.nat_question(rng, lang, 0.5)
                    if j == 0 or chance(rng, 0.6)
                    else pick(rng, follow)
                )
        ts_a = np.array(ts)
        ctx.emit(rng, a, ts_a, prompts, models=models_at(ctx, rng, ts_a, 0.85), comp_median=520)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd from a shared task sheet",
            "pacing": "human sessions, evenings",
            "ip_source": "home broadband / carrier IPv6",
            "payment": "one prepaid virtual card per worker",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay through the new model, spread over indie-looking keys


def v_style(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "v_style"
    n_keys = irange(rng, 18, 30)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 4, 7))]
    accts = []
    for _ in range(n_keys):
        tz = int(pick(rng, TZS))
        exits = home(rng, irange(rng, 4, 10), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=camp,
            pay=pick(rng, cards),
            ua=pick(
                rng,
                (
                    "OpenAI/Python 1.54.0",
                    "OpenAI/Python 1.54.0",
                    "OpenAI/Python 1.58.1",
                    "OpenAI/NodeJS 4.67.1",
                ),
            ),
            ips=exits,
            tz=tz,
        )
        accts.append(a)
        start = ctx.release + _u(rng, 0.0, 0.7) * DAY
        ts = thinned(rng, start, ctx.t1, _u(rng, 70, 240), global_load(_u(rng, 0, 24), 0.3))
        ctx.emit(
            rng,
            a,
            ts,
            [pick(rng, ctx.chat) for _ in range(len(ts))],
            ips=sticky(rng, ts, exits, _u(rng, 2, 6) * HOUR),
            models=models_at(ctx, rng, ts, 0.97),
            comp_median=450,
            comp_sigma=0.7,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public prompt replay through the new model",
            "pacing": "slow steady per key",
            "ip_source": "residential proxies, sticky for hours",
            "payment": f"{len(cards)} prepaid cards",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "inrun": inrun,
    "k_point": k_point,
    "telemark": telemark,
    "wind_gate": wind_gate,
    "hill_size": hill_size,
    "four_hills": four_hills,
    "gate_factor": gate_factor,
    "jump_suit": jump_suit,
    "knoll": knoll,
    "style_points": style_points,
    "ski_flying": ski_flying,
    "v_style": v_style,
}

"""Campaign families of blind batch 109 (code names: hurling words).

Each family is `fn(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
events through `ctx.emit` and records one campaign through `ctx.campaign`. Everything a family
varies (keys, orgs, cards, pacing, addresses, user agents, languages, styles, model choice) is
drawn from its own generator. The last four families are the deliberately hard ones.
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
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind109 import texts

from distillguard.sim import ipspace

Rng = np.random.Generator

#: user agents as the campaign-free background spells them (seen in its output)
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
VPN_PROVIDERS = ("m247", "leaseweb", "vultr", "digitalocean", "ovh")


def _mix(rng: Rng, langs: list[str], alpha: list[float]) -> tuple[list[str], list[float]]:
    """A language mix: the family's own weights around `alpha`."""
    w = rng.dirichlet(np.asarray(alpha, dtype=np.float64))
    return langs, [float(x) for x in w]


def _draw(rng: Rng, mix: tuple[list[str], list[float]], n: int) -> list[str]:
    langs, w = mix
    return [langs[i] for i in rng.choice(len(langs), size=n, p=np.asarray(w)).tolist()]


def _styles(rng: Rng, options: list[str], lo: int) -> list[str]:
    return [str(s) for s in rng.permutation(options)[: irange(rng, lo, len(options))].tolist()]


def _r(x: float) -> float:
    return round(float(x), 3)


def _lang_of_tz(rng: Rng, tz: int) -> str:
    options = {
        -8: ("en", "en", "es"),
        -5: ("en", "en", "es"),
        -3: ("pt", "pt", "es"),
        0: ("en",),
        1: ("de", "fr", "es"),
        2: ("de", "de", "en"),
        3: ("ru",),
        5: ("en",),
        8: ("zh",),
        9: ("ja",),
    }
    return pick(rng, options[tz])


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def sliotar(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "sliotar"
    n_keys, n_orgs = irange(rng, 5, 12), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.6)
    cards = [hexid(rng, "pay") for _ in range(1 if shared_card else n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 5))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "aiohttp/3.11.11"))
    mix = _mix(rng, ["en", "zh", "ru"], [6.0, 2.5, 1.5])
    styles = _styles(rng, ["tags", "json", "markdown", "teacher"], 2)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i % n_orgs],
            pay=cards[0 if shared_card else i % n_orgs],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for i in range(n_keys)
    ]
    rate, comp = float(rng.uniform(30, 75)), float(rng.uniform(1300, 2200))
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        prompts = [texts.reasoning(rng, lg, pick(rng, styles)) for lg in _draw(rng, mix, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=comp,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (CoT in tags / JSON steps / boxed / worked solution)",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": "one shared prepaid" if shared_card else "one per org",
            "pacing": "Poisson worker pool, 24/7",
            "rate_per_hour": _r(rate),
            "ip_source": f"rented {provider} /24s",
            "user_agent": ua,
            "languages": dict(zip(*mix, strict=True)),
            "styles": styles,
            "start": _r(start),
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in scripted bursts from several clouds


def camogie(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "camogie"
    n_orgs = irange(rng, 2, 3)
    provs = [
        str(p)
        for p in rng.permutation(["aws", "gcp", "azure", "oracle", "linode"])[:n_orgs].tolist()
    ]
    mix = _mix(rng, ["en", "zh", "de"], [7.0, 2.0, 1.0])
    styles = _styles(rng, ["pairwise", "rubric", "reward", "critique"], 2)
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    per_day, size, gap = (
        float(rng.uniform(1.5, 4.0)),
        float(rng.uniform(30, 90)),
        float(rng.uniform(1.0, 3.5)),
    )
    comp = float(rng.uniform(250, 550))
    accts = []
    for o in range(n_orgs):
        org, card, ua = hexid(rng, "org"), hexid(rng, "pay"), pick(rng, SDK_OTHER[:12])
        for _ in range(irange(rng, 2, 4)):
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="grader",
                campaign_id=camp,
                org=org,
                pay=card,
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 2), provs[o]),
            )
            starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
            trains = bursts(rng, starts, size, gap, b=ctx.t1)
            ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
            prompts = [
                texts.judge(rng, lg, pick(rng, styles), ctx.chat, ctx.passages)
                for lg in _draw(rng, mix, len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0),
                comp_median=comp,
                err=0.05,
            )
            accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading harvest",
            "orgs": n_orgs,
            "keys": len(accts),
            "cards": "one per org",
            "providers": provs,
            "pacing": "scripted bursts",
            "bursts_per_day": _r(per_day),
            "burst_size": _r(size),
            "gap_s": _r(gap),
            "languages": dict(zip(*mix, strict=True)),
            "styles": styles,
            "start": _r(start),
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through commercial VPN exits, stolen cards


def puck_out(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "puck_out"
    n_keys = irange(rng, 4, 8)
    org = hexid(rng, "org")
    provs = [str(p) for p in rng.permutation(list(VPN_PROVIDERS))[:3].tolist()]
    pool = [ip for p in provs for ip in rented_block(rng, p, 2, 3)]
    hold = float(rng.uniform(15, 60)) * 60
    tz = pick(rng, (8, 3, 2))
    curve = workday(tz, start=9.0, end=23.0, weekend=0.6, night=0.05)
    mix = _mix(rng, ["zh", "en", "ru"], [5.0, 3.0, 2.0])
    styles = _styles(rng, ["decide", "rewrite", "dual"], 2)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate, comp = float(rng.uniform(6, 14)), float(rng.uniform(400, 700))
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, ("python-requests/2.32.3", "curl/8.5.0", "python-httpx/0.28.1"))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=org,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR * 0.55, curve)
        prompts = [
            texts.policy(rng, lg, pick(rng, styles), ctx.passages)
            for lg in _draw(rng, mix, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.0),
            ips=sticky(rng, ts, pool, hold),
            comp_median=comp,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrite and refusal harvest",
            "keys": n_keys,
            "orgs": 1,
            "cards": "one stolen card per key",
            "ip_source": f"VPN exits ({', '.join(provs)}), sticky {hold / 60:.0f} min",
            "pacing": f"long shifts, UTC{tz:+d}",
            "rate_per_hour": _r(rate),
            "languages": dict(zip(*mix, strict=True)),
            "styles": styles,
            "start": _r(start),
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories through LLM frameworks, one org per key


def sideline_cut(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "sideline_cut"
    n_keys = irange(rng, 3, 6)
    provs = [str(p) for p in rng.permutation(["gcp", "aws", "azure"])[:2].tolist()]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    mix = _mix(rng, ["en", "zh"], [8.0, 2.0])
    styles = _styles(rng, ["react", "functions", "continue"], 2)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    rate, comp = float(rng.uniform(25, 55)), float(rng.uniform(500, 900))
    curve = global_load(float(rng.uniform(0, 24)), 0.3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_worker",
            campaign_id=camp,
            pay=pick(rng, cards),
            ua=pick(
                rng,
                (
                    "litellm/1.60.2",
                    "langchain-openai/0.3.6",
                    "dspy/2.6.3 litellm/1.60.2",
                    "OpenAI/Python 1.58.1",
                ),
            ),
            ips=cloud(rng, 1, provs[i % 2]),
        )
        for i in range(n_keys)
    ]
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys, curve), strict=True):
        prompts = [texts.agent(rng, lg, pick(rng, styles)) for lg in _draw(rng, mix, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=comp,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcript harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": len(cards),
            "providers": provs,
            "pacing": "Poisson pool with a mild daily curve",
            "rate_per_hour": _r(rate),
            "languages": dict(zip(*mix, strict=True)),
            "styles": styles,
            "start": _r(start),
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation, slow night job from dedicated servers


def poc_fada(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "poc_fada"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "scaleway"))
    tz = pick(rng, TZS)
    start_h, hours = float(rng.uniform(21, 24)) % 24, float(rng.uniform(6, 9))
    mix = _mix(rng, ["en", "es", "pt", "fr"], [6.0, 2.0, 1.0, 1.0])
    styles = _styles(rng, ["pairs", "mcq", "seeded", "personas"], 2)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    rate, comp = float(rng.uniform(15, 32)), float(rng.uniform(2500, 3800))
    ua = pick(rng, SDK_OTHER[:6])

    night = nightly(start_h, hours, tz)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider),
            tz=tz,
        )
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR * hours / 24.0, night)
        prompts = [texts.dataset(rng, lg, pick(rng, styles)) for lg in _draw(rng, mix, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.35,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation (JSONL pairs, MCQ banks, self-instruct, persona dialogues)",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"{provider} servers, one per key",
            "pacing": f"night window {start_h:.1f}h+{hours:.1f}h at UTC{tz:+d}",
            "rate_per_hour": _r(rate),
            "languages": dict(zip(*mix, strict=True)),
            "styles": styles,
            "start": _r(start),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest driven by a user simulator, residential proxies, browser UAs


def ground_stroke(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "ground_stroke"
    n_keys = irange(rng, 6, 10)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    region = pick(rng, ("us", "eu", "latam", "sea"))
    pool = resi(rng, irange(rng, 150, 400), region)
    mix = _mix(rng, ["en", "es", "de", "ja"], [5.0, 2.0, 1.5, 1.5])
    start = ctx.release - float(rng.uniform(0.3, 1.0)) * DAY
    per_day, turns_hi = float(rng.uniform(12, 28)), irange(rng, 9, 14)
    gap, tok_turn, comp = (
        float(rng.uniform(18, 40)),
        float(rng.uniform(250, 450)),
        float(rng.uniform(450, 700)),
    )
    curve = global_load(float(rng.uniform(0, 24)), 0.25)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_driver",
            campaign_id=camp,
            pay=pick(rng, cards),
            ua=pick(rng, BROWSERS),
            ips=pool[:1],
        )
        all_ts, prompts, ips, extra = [], [], [], []
        for s in thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve).tolist():
            k = irange(rng, 4, turns_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.35, size=k - 1))])
            lg, ip = _draw(rng, mix, 1)[0], pick(rng, pool)
            for j, tj in enumerate(t.tolist()):
                all_ts.append(tj)
                prompts.append(
                    texts.dialogue_open(rng, lg) if j == 0 else texts.dialogue_follow(rng, lg)
                )
                ips.append(ip)
                extra.append(int(j * tok_turn))
        ts = np.asarray(all_ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            ips=ips,
            extra=extra,
            comp_median=comp,
            err=0.015,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (simulated user follow-ups)",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": f"{len(cards)} shared prepaid",
            "ip_source": f"residential proxies ({region}), one per dialogue",
            "user_agent": "spoofed desktop browsers",
            "dialogues_per_day_per_key": _r(per_day),
            "turn_gap_s": _r(gap),
            "languages": dict(zip(*mix, strict=True)),
            "start": _r(start),
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n resampling and soft-label probing


def overhead_pull(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "overhead_pull"
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "oracle", "alibaba"))
    ips = rented_block(rng, provider, 1, n_keys)
    start = ctx.release - float(rng.uniform(0.1, 0.6)) * DAY
    rate, p_bon = float(rng.uniform(10, 22)), float(rng.uniform(0.4, 0.7))
    n_lo, n_hi = irange(rng, 3, 4), irange(rng, 6, 9)
    soft_styles = _styles(rng, ["probs", "likert", "multi"], 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=card,
            ua="AsyncOpenAI/Python 1.60.0",
            ips=[ips[i]],
        )
        for i in range(n_keys)
    ]
    for a, jobs in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        ts, prompts, comp = [], [], []
        for s in jobs.tolist():
            if chance(rng, p_bon):
                seed = pick(rng, ctx.chat) if chance(rng, 0.7) else texts.plain_request(rng)
                n = irange(rng, n_lo, n_hi)
                ts.extend((s + rng.exponential(0.6, size=n)).tolist())
                prompts.extend([seed] * n)
                comp.extend([400.0] * n)
            else:
                st = pick(rng, soft_styles)
                ts.append(s)
                prompts.append(texts.soft_label(rng, st, ctx.passages))
                comp.append(300.0 if st == "multi" else 25.0)
        order = np.argsort(np.asarray(ts), kind="stable")
        t = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            t,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, t, p_new=0.95, p_mini=0.0),
            comp_median=np.asarray(comp)[order],
            err=0.04,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n resampling of seed prompts + soft-label probability probing",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"{provider} /24",
            "jobs_per_hour": _r(rate),
            "p_best_of_n": _r(p_bon),
            "n_range": [n_lo, n_hi],
            "soft_styles": soft_styles,
            "start": _r(start),
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep with key rotation (each key lives about a day, new stolen card each time)


def solo_run(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "solo_run"
    shared_org = hexid(rng, "org")
    p_shared_org = float(rng.uniform(0.2, 0.7))
    mix = _mix(rng, ["en", "pt", "es", "fr"], [6.0, 2.0, 1.0, 1.0])
    rate, comp = float(rng.uniform(25, 55)), float(rng.uniform(700, 1200))
    cursor = int(rng.integers(texts.SWEEP_SIZE))
    t = jitter_start(rng, ctx.t0, ctx.t1, 0.1)
    accts = []
    while t < ctx.t1:
        life = float(rng.uniform(10, 30)) * HOUR
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rotating_key",
            campaign_id=camp,
            org=shared_org if chance(rng, p_shared_org) else None,
            ua="python-requests/2.32.3",
            ips=cloud(rng, 1, pick(rng, VPN_PROVIDERS)),
        )
        end = min(t + life, ctx.t1)
        ts = thinned(rng, t, end, rate * (end - t) / HOUR, constant)
        langs = _draw(rng, mix, len(ts))
        prompts = [texts.sweep_item(cursor + i, lg) for i, lg in enumerate(langs)]
        cursor += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=comp,
            err=0.01,
        )
        accts.append(a)
        t = end - float(rng.uniform(0, 2)) * HOUR
        if end >= ctx.t1:
            break
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "curriculum sweep (concept x level x task grid, in order)",
            "keys": len(accts),
            "cards": "a new stolen card per key",
            "orgs": f"shared org with p={p_shared_org:.2f}, else own",
            "ip_source": "one VPN exit per key",
            "pacing": "steady Poisson, key rotated every 10-30 h",
            "rate_per_hour": _r(rate),
            "languages": dict(zip(*mix, strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real consumer product's backend traffic


def hook_block(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "hook_block"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    n_keys = irange(rng, 2, 3)
    shares = [0.75, 0.25] if n_keys == 2 else [0.7, 0.22, 0.08]
    curve = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.45, 0.7)))
    rate, h = float(rng.uniform(35, 65)), float(rng.uniform(0.15, 0.3))
    h_start = ctx.release - float(rng.uniform(0, 1)) * DAY
    upgrade = ctx.release + float(rng.uniform(0.2, 0.6)) * DAY
    p_user_new, sysp = float(rng.uniform(0.3, 0.5)), irange(rng, 120, 220)
    accts = []
    for k in range(n_keys):
        role = ("product_backend", "product_backend_eu", "staging")[k]
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role=role,
            campaign_id=camp,
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        ts = thinned(rng, ctx.t0, ctx.t1, rate * shares[k] * (ctx.t1 - ctx.t0) / HOUR, curve)
        harvest = (ts >= h_start) & (rng.random(len(ts)) < h) & (role != "staging")
        prompts = [
            texts.plain_request(rng) if hv else pick(rng, ctx.chat) for hv in harvest.tolist()
        ]
        user_models = ctx.models(rng, ts, p_new=p_user_new, p_mini=0.2)
        models = [
            (ctx.old_models[0] if m == ctx.new_model else m) if t < upgrade else m
            for m, t in zip(user_models, ts.tolist(), strict=True)
        ]
        hv_models = ctx.models(rng, ts, p_new=0.9, p_mini=0.0)
        models = [
            hm if hv else m for m, hm, hv in zip(models, hv_models, harvest.tolist(), strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.where(harvest, 650.0, 350.0),
            extra=sysp,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest prompts mixed into a live consumer product's own API traffic",
            "keys": n_keys,
            "orgs": 1,
            "cards": "one corporate card",
            "ip_source": f"{provider} NAT egress",
            "user_agent": "OpenAI/NodeJS 4.67.1",
            "pacing": "product's global daily load",
            "rate_per_hour": _r(rate),
            "harvest_share": _r(h),
            "harvest_start": _r(h_start),
            "user_new_model_share": _r(p_user_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / compromised aged accounts, owner keeps using them, operator via same-region proxies


def handpass(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "handpass"
    n = irange(rng, 12, 22)
    base = ctx.release + float(rng.uniform(-0.6, 0.8)) * DAY
    op_per_day, op_size, op_gap = (
        float(rng.uniform(3, 7)),
        float(rng.uniform(10, 20)),
        float(rng.uniform(20, 45)),
    )
    p_code, p_tr = float(rng.uniform(0.35, 0.55)), float(rng.uniform(0.2, 0.35))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        region = pick(rng, ipspace.REGION_OF_TZ[tz])
        ua = pick(rng, BG_BROWSER + BG_SDK)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=camp,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        own_curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        own = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.3, 1.5)),
            own_curve,
            float(rng.uniform(2, 5)),
            float(rng.uniform(40, 120)),
        )
        ts_own = np.sort(np.concatenate(own)) if own else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts_own,
            [pick(rng, ctx.chat) for _ in range(len(ts_own))],
            models=ctx.models(rng, ts_own, p_new=0.2, p_mini=0.2),
            comp_median=350.0,
        )
        take = base + float(rng.uniform(0, 0.8)) * DAY
        pool = resi(rng, irange(rng, 10, 30), region)
        sess = session_times(
            rng,
            take,
            ctx.t1,
            op_per_day,
            workday(tz, start=8.0, end=23.0, weekend=0.8, night=0.1),
            op_size,
            op_gap,
            0.5,
        )
        ts_op = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        prompts = []
        for _ in range(len(ts_op)):
            u = rng.random()
            prompts.append(
                texts.code_task(rng)
                if u < p_code
                else texts.translate_task(rng, ctx.passages)
                if u < p_code + p_tr
                else texts.plain_request(rng)
            )
        ctx.emit(
            rng,
            a,
            ts_op,
            prompts,
            models=ctx.models(rng, ts_op, p_new=0.8, p_mini=0.0),
            ips=sticky(rng, ts_op, pool, float(rng.uniform(20, 40)) * 60),
            comp_median=650.0,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code / translation / explanation harvest through compromised aged accounts",
            "accounts": n,
            "cards": "the owners' own",
            "orgs": "the owners' own",
            "ip_source": "owner's home IP for owner traffic; residential proxies in the owner's region for the operator",
            "user_agent": "copied from the owner",
            "takeover_base": _r(base),
            "operator_sessions_per_day": _r(op_per_day),
            "operator_session_size": _r(op_size),
            "mix": {"code": _r(p_code), "translation": _r(p_tr)},
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow person-like crowd (phone farm / per-account residential proxies)


def square_ball(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "square_ball"
    n = irange(rng, 35, 60)
    p_new = float(rng.uniform(0.5, 0.75))
    v6_of_tz = {
        -8: "us_mobile",
        -5: "us_mobile",
        -3: "br_mobile",
        0: "eu_mobile",
        1: "eu_mobile",
        2: "eu_mobile",
        5: "in_mobile",
    }
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = _lang_of_tz(rng, tz)
        phone = tz in v6_of_tz and chance(rng, 0.5)
        ua = pick(rng, MOBILE[:3]) if phone else pick(rng, BG_BROWSER)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=camp,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.7, 2.0)),
            evening_person(tz),
            float(rng.uniform(4, 9)),
            float(rng.uniform(50, 140)),
        )
        ts, ips = [], []
        for s in sess:
            ip = mobile_v6(rng, 1, v6_of_tz[tz])[0] if phone else pick(rng, a.ips)
            ts.extend(s.tolist())
            ips.extend([ip] * len(s))
        t = np.asarray(ts)
        prompts = [
            texts.plain_request(rng)
            if lang == "en" and chance(rng, 0.25)
            else texts.casual(rng, lang)
            for _ in range(len(t))
        ]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=p_new, p_mini=0.05),
            ips=ips if ips else None,
            comp_median=550.0,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd of person-like accounts asking curriculum questions casually",
            "accounts": n,
            "cards": "one prepaid per account",
            "orgs": "one per account",
            "ip_source": "carrier IPv6 per session (phones) or a fixed residential proxy in the account's timezone",
            "pacing": "human sessions on an evening curve",
            "p_new": _r(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay by a small "lab" from office broadband


def lift_and_strike(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "lift_and_strike"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1, 2))
    office = home(rng, 2, tz)
    n_office = irange(rng, 2, 4)
    rate, vm_rate = float(rng.uniform(25, 50)), float(rng.uniform(5, 12))
    p_wrap = float(rng.uniform(0.05, 0.2))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    wraps = (
        "Answer the following user request as helpfully as possible.\n\n{p}",
        "{p}\n\n(Respond in the same language as the request.)",
    )
    accts = []
    for k in range(n_office + 1):
        vm = k == n_office
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replay_vm" if vm else "replay_office",
            campaign_id=camp,
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=cloud(rng, 1, "aws") if vm else office,
            tz=tz,
        )
        if vm:
            ts = thinned(rng, start, ctx.t1, vm_rate * (ctx.t1 - start) / HOUR, constant)
        else:
            ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR * 0.27, workday(tz))
        prompts = [
            pick(rng, wraps).format(p=pick(rng, ctx.chat))
            if chance(rng, p_wrap)
            else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        pre = ctx.models(rng, ts, p_new=0.0, p_mini=0.1)
        post = ctx.models(rng, ts, p_new=0.85, p_mini=0.0)
        models = [
            m2 if t >= ctx.release else m1 for m1, m2, t in zip(pre, post, ts.tolist(), strict=True)
        ]
        ctx.emit(
            rng, a, ts, prompts, models=models, comp_median=float(rng.uniform(380, 500)), err=0.01
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "verbatim replay of public ShareGPT-style prompts to collect new-model answers",
            "keys": len(accts),
            "orgs": 1,
            "cards": 1,
            "ip_source": "office broadband (2 static IPs) + one AWS VM",
            "pacing": f"office hours UTC{tz:+d} + steady VM",
            "rate_per_hour": _r(rate),
            "vm_rate_per_hour": _r(vm_rate),
            "p_wrapper": _r(p_wrap),
            "start": _r(start),
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "sliotar": sliotar,
    "camogie": camogie,
    "puck_out": puck_out,
    "sideline_cut": sideline_cut,
    "poc_fada": poc_fada,
    "ground_stroke": ground_stroke,
    "overhead_pull": overhead_pull,
    "solo_run": solo_run,
    "hook_block": hook_block,
    "handpass": handpass,
    "square_ball": square_ball,
    "lift_and_strike": lift_and_strike,
}

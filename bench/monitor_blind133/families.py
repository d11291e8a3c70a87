"""Campaign families of batch 133: distillation operators, each drawn with its own rng.

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts (label "campaign"), emits
their events into `ctx.sink` and records the campaign in the truth. Every parameter (key counts,
orgs, cards, pacing, addresses, user agents, languages, prompt styles, model choice) is drawn
from the family's own rng, so another seed gives another operator of the same shape.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Acct, Ctx, chance, hexid, irange, pick
from bench.monitor_blind133 import texts as tx

# --------------------------------------------------------------------------------------------
# helpers shared with kinds.py


def cat(parts: Sequence[np.ndarray]) -> np.ndarray:
    """Concatenate and sort event times."""
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def uni(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def lang_mix(
    rng: np.random.Generator, langs: Sequence[str], first_weight: float
) -> dict[str, float]:
    """A campaign's language shares: `first_weight` for langs[0], the rest Dirichlet-split."""
    rest = rng.dirichlet(np.ones(len(langs) - 1)) * (1 - first_weight) if len(langs) > 1 else []
    out = {langs[0]: first_weight} | {
        lang: float(w) for lang, w in zip(langs[1:], rest, strict=True)
    }
    return {k: round(v, 3) for k, v in out.items()}


def draw_langs(rng: np.random.Generator, mix: dict[str, float], n: int) -> list[str]:
    keys = list(mix)
    p = np.asarray([mix[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def gen(n: int, fn: Callable[[], str]) -> list[str]:
    return [fn() for _ in range(n)]


def _acct(ctx: Ctx, rng: np.random.Generator, fam: str, camp: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=camp, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def shark_attack(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "shark_attack"
    n = irange(rng, 5, 12)
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = bb.rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 3, 6))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = (
        [hexid(rng, "pay")] if chance(rng, 0.6) else [hexid(rng, "pay") for _ in range(-(-n // 3))]
    )
    ua = bb.sdk_ua(rng, 0.6)
    langs = ["en"] + [
        str(x) for x in rng.choice(["zh", "es", "ru", "de"], size=irange(rng, 1, 3), replace=False)
    ]
    mix = lang_mix(rng, langs, uni(rng, 0.45, 0.8))
    style_of = {lang: irange(rng, 0, 3) for lang in langs}
    accts = []
    for i in range(n):
        ips = [
            str(x)
            for x in rng.choice(block, size=irange(rng, 1, min(4, len(block))), replace=False)
        ]
        accts.append(
            _acct(
                ctx,
                rng,
                fam,
                camp,
                "worker",
                org=orgs[i % len(orgs)],
                pay=cards[i * len(cards) // n],
                ua=ua,
                ips=ips,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.6)
    r_pre, r_post = uni(rng, 20, 60), uni(rng, 80, 180)
    ramp = ctx.release + uni(rng, 0.5, 6) * HOUR
    pre = bb.worker_pool(rng, start, ctx.release, r_pre, n)
    post = bb.worker_pool(rng, ramp, ctx.t1, r_post, n)
    for a, t_pre, t_post in zip(accts, pre, post, strict=True):
        ts = cat([t_pre, t_post])
        prompts = []
        for lang in draw_langs(rng, mix, len(ts)):
            st = style_of[lang] + (1 if chance(rng, 0.2) else 0)
            prompts.append(tx.reasoning_coerce(rng, ctx.chat, lang, st))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.02),
            comp_median=1300,
            comp_sigma=0.5,
            err=0.05,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n,
            "orgs": len(orgs),
            "cards": len(cards),
            "ip_source": f"hosting:{prov}",
            "ips": len(block),
            "pacing": "poisson_worker_pool",
            "rate_per_hour": [round(r_pre, 1), round(r_post, 1)],
            "user_agent": ua,
            "languages": mix,
            "pivot": "new model from release",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading over a shared residential-proxy subscription


def header_spike(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "header_spike"
    n = irange(rng, 4, 9)
    region = pick(rng, ("us", "eu", "latam", "sea"))
    pool = bb.resi(rng, irange(rng, 150, 400), region)
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    styles = [int(x) for x in rng.choice(6, size=irange(rng, 2, 4), replace=False)]
    hold = uni(rng, 10, 40) * MINUTE
    accts = []
    for _ in range(n):
        a = _acct(ctx, rng, fam, camp, "grader", ua=ua, ips=pool[:1])
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        starts = bb.thinned(
            rng, start, ctx.t1, uni(rng, 5, 14) * (ctx.t1 - start) / DAY, bb.constant
        )
        ts = cat(bb.bursts(rng, starts, uni(rng, 15, 45), uni(rng, 3, 9), b=ctx.t1))
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, pick(rng, styles)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.03),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=260,
            comp_sigma=0.7,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n,
            "orgs": n,
            "cards": f"{n} stolen, one per key",
            "ip_source": f"residential_proxy:{region}",
            "proxy_pool": len(pool),
            "sticky_s": round(hold),
            "pacing": "bursts",
            "user_agent": ua,
            "styles": styles,
            "languages": ["en"] + [{4: "de", 5: "ja"}[s] for s in styles if s >= 4],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through commercial VPN exits, many slow keys


def bicycle_kick(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "bicycle_kick"
    n = irange(rng, 15, 30)
    p1, p2 = (
        str(x)
        for x in rng.choice(["m247", "leaseweb", "ovh", "vultr", "linode"], size=2, replace=False)
    )
    exits = bb.cloud(rng, irange(rng, 12, 30), p1) + bb.cloud(rng, irange(rng, 3, 8), p2)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    mix = lang_mix(rng, ["zh", "ru", "en", "tr"], uni(rng, 0.35, 0.6))
    styles = [int(x) for x in rng.choice(4, size=irange(rng, 2, 4), replace=False)]
    accts = []
    for i in range(n):
        a = _acct(
            ctx,
            rng,
            fam,
            camp,
            "slow_key",
            pay=cards[i % len(cards)],
            ua=bb.sdk_ua(rng, 0.7),
            ips=exits[:1],
        )
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        curve = (
            bb.constant
            if chance(rng, 0.5)
            else bb.workday(8, start=9, end=22, weekend=0.5, night=0.1)
        )
        ts = bb.thinned(rng, start, ctx.t1, uni(rng, 40, 140), curve)
        prompts = [
            tx.policy_rewrite(rng, ctx.chat, ctx.passages, lang, pick(rng, styles))
            for lang in draw_langs(rng, mix, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            ips=bb.sticky(rng, ts, exits, uni(rng, 1, 3) * HOUR),
            comp_median=380,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "censorship_safe_policy_rewrites",
            "keys": n,
            "orgs": n,
            "cards": f"{len(cards)} prepaid, shared",
            "ip_source": f"vpn_exits:{p1}+{p2}",
            "exits": len(exits),
            "pacing": "slow_steady_per_key",
            "languages": mix,
            "styles": styles,
            "user_agent": "varied sdk",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from a cloud NAT


def copacabana(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "copacabana"
    n = irange(rng, 3, 6)
    prov = pick(rng, ("aws", "gcp", "azure"))
    nat = bb.cloud(rng, irange(rng, 3, 8), prov)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "python-httpx/0.28.1"))
    styles = [int(x) for x in rng.choice(3, size=irange(rng, 1, 2), replace=False)]
    accts = []
    for _ in range(n):
        a = _acct(ctx, rng, fam, camp, "env_runner", org=org, pay=pay, ua=ua, ips=nat)
        start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.8)
        eps = bb.thinned(
            rng, start, ctx.t1, uni(rng, 1.5, 5) * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts_all, prompts, extra, comp = [], [], [], []
        for s in eps.tolist():
            k = 2 + int(rng.negative_binomial(2, 0.3))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(uni(rng, 4, 12)), 0.6, size=k - 1))]
            )
            dom, task = tx.agent_task(rng)
            style = pick(rng, styles)
            grow = uni(rng, 300, 900)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.agent_step(rng, dom, task, j, style))
                extra.append(int(400 + j * grow))
                comp.append(450.0 if j == 0 else 170.0)
        ts = np.asarray(ts_all)
        o = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[o],
            [prompts[i] for i in o],
            models=ctx.models(rng, ts[o], 0.95, 0.02),
            comp_median=np.asarray(comp)[o],
            comp_sigma=0.6,
            extra=np.asarray(extra)[o],
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "keys": n,
            "orgs": 1,
            "cards": "1 corporate",
            "ip_source": f"cloud_nat:{prov}",
            "ips": len(nat),
            "pacing": "episodes of chained steps",
            "user_agent": ua,
            "styles": styles,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in nightly cron windows


def foot_serve(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "foot_serve"
    n = irange(rng, 2, 5)
    prov = pick(rng, ("gcp", "oracle", "azure", "alibaba"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.54.0"))
    tz = pick(rng, bb.TZS)
    start_h, hours = uni(rng, 0, 5), uni(rng, 3, 7)
    curve = bb.nightly(start_h, hours, tz)
    langs = ["en"] + [
        str(x)
        for x in rng.choice(
            ["pt", "es", "hi", "id", "vi", "ar"], size=irange(rng, 2, 3), replace=False
        )
    ]
    mix = lang_mix(rng, langs, uni(rng, 0.4, 0.7))
    styles = [int(x) for x in rng.choice(5, size=irange(rng, 2, 4), replace=False)]
    accts = []
    for _ in range(n):
        a = _acct(
            ctx,
            rng,
            fam,
            camp,
            "generator",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 3), prov),
        )
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = bb.thinned(rng, start, ctx.t1, uni(rng, 150, 400) * (ctx.t1 - start) / DAY, curve)
        prompts = [
            tx.dataset_gen(rng, lang, pick(rng, styles)) for lang in draw_langs(rng, mix, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            comp_median=1700,
            comp_sigma=0.45,
            err=0.06,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n,
            "orgs": 1,
            "cards": "1 shared",
            "ip_source": f"cloud:{prov}",
            "pacing": f"nightly {start_h:.1f}h+{hours:.1f}h local, tz {tz}",
            "languages": mix,
            "styles": styles,
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest by a person-like crowd of browser sessions (hard)


def scissor_kick(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "scissor_kick"
    n = irange(rng, 18, 35)
    p_static = uni(rng, 0.3, 0.7)
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        static = chance(rng, p_static)
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        a = _acct(ctx, rng, fam, camp, "persona", ua=pick(rng, bb.BROWSERS), ips=ips, tz=tz)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            uni(rng, 2, 5),
            bb.evening_person(tz),
            uni(rng, 5, 10),
            uni(rng, 35, 90),
        )
        lang = {1: "de", 2: "de", -3: "pt"}.get(tz, "en") if chance(rng, 0.25) else "en"
        ts_l, prompts, ip_l = [], [], []
        for s in sess:
            ip = pick(rng, ips) if static else bb.home(rng, 1, tz)[0]
            opener = tx.clip_text(rng, pick(rng, ctx.chat), 20, 1200)
            for j in range(len(s)):
                prompts.append(opener if j == 0 else tx.followup(rng, lang, opener))
                ip_l.append(ip)
            ts_l.append(s)
        raw = np.concatenate(ts_l) if ts_l else np.empty(0)
        o = np.argsort(raw, kind="stable")
        ts = raw[o]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in o],
            models=ctx.models(rng, ts, 0.78, 0.05),
            ips=[ip_l[i] for i in o],
            comp_median=500,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest (public prompt replay + follow-ups)",
            "keys": n,
            "orgs": n,
            "cards": f"{n} stolen, one per key",
            "ip_source": "residential proxies in each persona's region",
            "static_isp_proxy_share": round(p_static, 2),
            "pacing": "human-like evening sessions",
            "user_agent": "browsers",
            "languages": ["en", "de", "pt"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: the same prompt fired n times in parallel


def chilena(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "chilena"
    n = irange(rng, 2, 4)
    prov = pick(rng, ("vultr", "linode", "digitalocean", "scaleway"))
    block = bb.rented_block(rng, prov, 1, irange(rng, 2, 4))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "Go-http-client/2.0"))
    n_samp = int(pick(rng, (4, 5, 8, 10, 16)))
    styles = [int(x) for x in rng.choice(4, size=irange(rng, 2, 4), replace=False)]
    pilot = chance(rng, 0.5)
    accts = []
    for _ in range(n):
        a = _acct(ctx, rng, fam, camp, "sampler", org=org, pay=pay, ua=ua, ips=block)
        starts = [
            bb.thinned(
                rng,
                ctx.release + uni(rng, 0, 0.3) * DAY,
                ctx.t1,
                uni(rng, 4, 12) * (ctx.t1 - ctx.release) / HOUR,
                bb.constant,
            )
        ]
        if pilot:
            p0 = ctx.release - uni(rng, 1, 2.5) * DAY
            starts.append(
                bb.thinned(rng, p0, p0 + uni(rng, 2, 6) * HOUR, uni(rng, 20, 60), bb.constant)
            )
        ts_l, prompts, comp = [], [], []
        for s in cat(starts).tolist():
            style = pick(rng, styles)
            p = tx.soft_label_item(rng, ctx.chat, style)
            ts_l.append(s + np.sort(rng.uniform(0, uni(rng, 0.5, 4), size=n_samp)))
            prompts += [p] * n_samp
            comp += [120.0 if style == 1 else 25.0] * n_samp
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        o = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[o],
            [prompts[i] for i in o],
            models=ctx.models(rng, ts[o], 1.0, 0.0),
            comp_median=np.asarray(comp)[o],
            comp_sigma=0.7,
            err=0.04,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n,
            "orgs": 1,
            "cards": "1",
            "samples_per_prompt": n_samp,
            "ip_source": f"hosting:{prov}",
            "pacing": "poisson items, n parallel copies",
            "pilot_on_old_model": pilot,
            "user_agent": ua,
            "styles": styles,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep dressed as an ed-tech content team (hard)


def sand_serve(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "sand_serve"
    tz = pick(rng, (-5, -3, 0, 1, 5, 8))
    second = {-3: "pt", 8: "id", -5: "es"}.get(tz)
    mix = lang_mix(rng, ["en", second], uni(rng, 0.6, 0.85)) if second else {"en": 1.0}
    n = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    backend = bb.cloud(rng, irange(rng, 1, 2), "aws")
    subjects = [
        str(x) for x in rng.choice(list(tx.CURRICULUM), size=irange(rng, 3, 6), replace=False)
    ]
    house = irange(rng, 0, 1)
    accts = []
    for i in range(n):
        browser = chance(rng, 0.3)
        ua = pick(rng, bb.BROWSERS) if browser else bb.sdk_ua(rng, 0.7)
        a = _acct(
            ctx,
            rng,
            fam,
            camp,
            "content_key",
            org=org,
            pay=pay,
            ua=ua,
            ips=office if browser else office + backend,
            tz=tz,
        )
        subj = subjects[i % len(subjects)]
        topics = list(tx.CURRICULUM[subj])
        order = [(t, lv, f) for t in topics for lv in range(1, 7) for f in tx.FORMATS]
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        ts = bb.thinned(
            rng,
            start,
            ctx.t1,
            uni(rng, 60, 160) * 5.5 * (ctx.t1 - start) / (7 * DAY),
            bb.workday(tz, start=uni(rng, 8, 10), end=uni(rng, 17, 19)),
        )
        offset = irange(rng, 0, len(order) - 1)
        prompts = []
        for k, lang in enumerate(draw_langs(rng, mix, len(ts))):
            topic, level, fmt = order[(offset + k) % len(order)]
            prompts.append(tx.curriculum_item(rng, subj, topic, level, fmt, lang, house))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.03),
            comp_median=1100,
            comp_sigma=0.45,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "keys": n,
            "orgs": 1,
            "cards": "1 company card",
            "tz": tz,
            "ip_source": "office broadband + one aws backend",
            "pacing": "business hours",
            "subjects": subjects,
            "languages": mix,
            "house_style": house,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. harvest hidden in a real consumer app's traffic (hard)


def net_cord(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "net_cord"
    n = irange(rng, 1, 3)
    prov = pick(rng, ("aws", "gcp"))
    app_ips = bb.cloud(rng, irange(rng, 2, 5), prov)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.85.1"))
    load = bb.global_load(uni(rng, 12, 20), uni(rng, 0.4, 0.75))
    frac = uni(rng, 0.2, 0.4)
    shaped = chance(rng, 0.5)
    h_start = ctx.release - uni(rng, 0, 1) * DAY
    accts = []
    for _ in range(n):
        a = _acct(ctx, rng, fam, camp, "app_backend", org=org, pay=pay, ua=ua, ips=app_ips)
        rate = uni(rng, 25, 60)
        tu = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, load)
        pu, last = [], ""
        for _ in range(len(tu)):
            if last and chance(rng, 0.25):
                pu.append(tx.followup(rng, "en", last))
            else:
                last = tx.clip_text(rng, pick(rng, ctx.chat), 10, 1500)
                pu.append(last)
        ctx.emit(rng, a, tu, pu, models=ctx.models(rng, tu, 0.45, 0.2), comp_median=330, err=0.01)
        th = bb.thinned(
            rng,
            h_start,
            ctx.t1,
            rate * frac * (ctx.t1 - h_start) / HOUR,
            load if shaped else bb.constant,
        )
        ph = [tx.hidden_harvest(rng, ctx.chat) for _ in range(len(th))]
        ctx.emit(
            rng,
            a,
            th,
            ph,
            models=ctx.models(rng, th, 0.95, 0.0),
            comp_median=950,
            comp_sigma=0.5,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real app's traffic",
            "keys": n,
            "orgs": 1,
            "cards": "1 company card",
            "ip_source": f"app backend on {prov}",
            "pacing": "app load curve + harvest stream",
            "harvest_fraction": round(frac, 2),
            "harvest_shaped_like_load": shaped,
            "user_agent": ua,
            "languages": ["en (+ShareGPT mix)"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. bought aged accounts, taken over for code harvest (hard)


def set_point(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "set_point"
    n = irange(rng, 8, 16)
    styles = [int(x) for x in rng.choice(5, size=irange(rng, 2, 4), replace=False)]
    p_keep_ua = uni(rng, 0.4, 0.9)
    op_ua = bb.sdk_ua(rng, 0.5)
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else pick(rng, bb.SDK_COMMON)
        home = bb.home(rng, irange(rng, 1, 2), tz)
        a = _acct(ctx, rng, fam, camp, "aged_account", ua=ua, ips=home, tz=tz)
        take = ctx.release + uni(rng, -0.5, 1.5) * DAY
        curve = bb.evening_person(tz) if chance(rng, 0.5) else bb.workday(tz)
        s1 = cat(bb.session_times(rng, ctx.t0, take, uni(rng, 0.5, 2), curve, 3, 60))
        p1 = [tx.clip_text(rng, pick(rng, ctx.chat), 10, 1200) for _ in range(len(s1))]
        ctx.emit(rng, a, s1, p1, models=ctx.models(rng, s1, 0.3, 0.15), comp_median=350, err=0.01)
        proxies = bb.home(rng, irange(rng, 5, 30), tz)
        s2 = cat(
            bb.session_times(
                rng,
                take,
                ctx.t1,
                uni(rng, 4, 10),
                bb.workday(tz, night=0.3, weekend=0.6),
                uni(rng, 8, 20),
                uni(rng, 12, 40),
            )
        )
        p2 = [tx.code_task(rng, pick(rng, styles)) for _ in range(len(s2))]
        ctx.emit(
            rng,
            a,
            s2,
            p2,
            models=ctx.models(rng, s2, 0.9, 0.02),
            ips=bb.sticky(rng, s2, proxies, uni(rng, 30, 90) * MINUTE),
            ua=ua if chance(rng, p_keep_ua) else op_ua,
            comp_median=700,
            comp_sigma=0.5,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code harvest through bought aged accounts",
            "keys": n,
            "orgs": n,
            "cards": "the original owners' cards",
            "ip_source": "owner's home, then residential proxies in the same region",
            "pacing": "owner sessions, then busier sessions after takeover",
            "keep_ua_share": round(p_keep_ua, 2),
            "styles": styles,
            "languages": ["en (code)"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. translation harvest fanned out over many target languages, via mobile-carrier proxies


def cross_court(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "cross_court"
    n = irange(rng, 4, 8)
    carrier = pick(rng, ("br_mobile", "in_mobile", "us_mobile", "eu_mobile"))
    pool = bb.mobile_v6(rng, irange(rng, 200, 600), carrier)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
    styles = [int(x) for x in rng.choice(4, size=irange(rng, 2, 3), replace=False)]
    targets = [str(x) for x in rng.choice(tx.TARGET_LANGS, size=irange(rng, 6, 14), replace=False)]
    hold = uni(rng, 5, 20) * MINUTE
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    jobs = bb.worker_pool(
        rng, start, ctx.t1, uni(rng, 8, 20), n, bb.global_load(uni(rng, 0, 24), 0.3)
    )
    accts = []
    for i, js in enumerate(jobs):
        a = _acct(
            ctx,
            rng,
            fam,
            camp,
            "translator_bot",
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=ua,
            ips=pool[:1],
        )
        ts_l, prompts, comp = [], [], []
        for s in js.tolist():
            passage = tx.clip_text(rng, pick(rng, ctx.passages), 200, 1600)
            k = irange(rng, 3, min(8, len(targets)))
            tgts = [str(x) for x in rng.choice(targets, size=k, replace=False)]
            ts_l.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(3.0), 0.5, size=k - 1))])
            )
            style = pick(rng, styles)
            prompts += [tx.translate_prompt(rng, passage, t, style) for t in tgts]
            comp += [len(passage) / 3.2] * k
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        o = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[o],
            [prompts[j] for j in o],
            models=ctx.models(rng, ts[o], 0.9, 0.02),
            ips=bb.sticky(rng, ts[o], pool, hold),
            comp_median=np.asarray(comp)[o],
            comp_sigma=0.3,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "translation_harvest_fan_out",
            "keys": n,
            "orgs": 2,
            "cards": "2 shared",
            "ip_source": f"mobile proxy farm:{carrier}",
            "pool": len(pool),
            "pacing": "poisson jobs, fan-out trains",
            "targets": targets,
            "user_agent": ua,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. paid crowd workers pasting a question bank from their own phones and homes (hard)


def pe_de_pato(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "pe_de_pato"
    n = irange(rng, 30, 60)
    tzs = (5, 8, -3, 1, 3)
    w_tz = rng.dirichlet(np.ones(len(tzs)) * 1.5)
    suffix = irange(rng, 0, 2)
    p_keep_suffix = uni(rng, 0.6, 0.95)
    crowd_start = ctx.release + uni(rng, -0.3, 0.5) * DAY
    accts = []
    for _ in range(n):
        tz = tzs[int(rng.choice(len(tzs), p=w_tz))]
        phone = chance(rng, 0.55)
        ua = pick(rng, bb.MOBILE[:3]) if phone else pick(rng, bb.BROWSERS)
        if phone and tz in (5, -3) and chance(rng, 0.6):
            ips = bb.mobile_v6(rng, irange(rng, 2, 5), "in_mobile" if tz == 5 else "br_mobile")
        else:
            ips = bb.home(rng, irange(rng, 1, 2), tz)
        a = _acct(ctx, rng, fam, camp, "crowd_worker", ua=ua, ips=ips, tz=tz)
        start = crowd_start + uni(rng, 0, 1.2) * DAY
        ts = cat(
            bb.session_times(
                rng,
                start,
                ctx.t1,
                uni(rng, 0.8, 2.5),
                bb.evening_person(tz),
                uni(rng, 4, 12),
                uni(rng, 50, 150),
            )
        )
        prompts = [
            tx.worker_noise(rng, tx.bank_question(rng, suffix if chance(rng, p_keep_suffix) else 2))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.88, 0.03),
            comp_median=900,
            comp_sigma=0.5,
            err=0.005,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "paid crowd pastes a question bank",
            "keys": n,
            "orgs": n,
            "cards": "each worker's own",
            "ip_source": "workers' homes and phones",
            "tz_weights": {str(t): round(float(w), 3) for t, w in zip(tzs, w_tz, strict=True)},
            "pacing": "human sessions, evenings",
            "suffix": suffix,
            "languages": ["en"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "shark_attack": shark_attack,
    "header_spike": header_spike,
    "bicycle_kick": bicycle_kick,
    "copacabana": copacabana,
    "foot_serve": foot_serve,
    "scissor_kick": scissor_kick,
    "chilena": chilena,
    "sand_serve": sand_serve,
    "net_cord": net_cord,
    "set_point": set_point,
    "cross_court": cross_court,
    "pe_de_pato": pe_de_pato,
}

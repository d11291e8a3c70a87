"""Campaign families of blind batch 149 (code names from luge).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
its events through `ctx.emit` and records one campaign through `ctx.campaign`. Everything
(key counts, orgs, cards, pacing, addresses, user agents, languages, model choice) is drawn
from the family's own generator, so each seed gives a differently shaped operator.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind149 import texts

Rng = np.random.Generator

#: browser strings as ordinary users of this service send them
PLAIN_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)
#: the language a person at each UTC offset writes in (casual questions)
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "pl", "en"),
    2: ("tr", "en"),
    3: ("en",),
    5: ("en",),
    8: ("id", "en"),
    9: ("en",),
}


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _window(ctx: Ctx, a: float, b: float) -> tuple[float, float]:
    return max(ctx.t0, a), min(ctx.t1, b)


def _emit_chains(
    ctx: Ctx,
    rng: Rng,
    acct: bb.Acct,
    chains: list[tuple[np.ndarray, list[str]]],
    *,
    p_new: float,
    p_mini: float = 0.03,
    ips=None,
    comps=None,
    comp_median=350.0,
    **kw,
) -> int:
    """Events of several chains (times and prompts) of one account; `ips` and `comps` give one
    address and one completion median per chain."""
    ts, prompts, ip_list, comp_list = [], [], [], []
    for i, (t, ps) in enumerate(chains):
        k = min(len(t), len(ps))
        ts.extend(t[:k].tolist())
        prompts.extend(ps[:k])
        if ips is not None:
            ip_list.extend([ips[i]] * k)
        comp_list.extend([comps[i] if comps is not None else comp_median] * k)
    if not ts:
        return 0
    order = np.argsort(ts, kind="stable")
    t_arr = np.asarray(ts)[order]
    p_sorted = [prompts[i] for i in order.tolist()]
    ip_sorted = [ip_list[i] for i in order.tolist()] if ips is not None else None
    comp = np.asarray(comp_list)[order]
    return ctx.emit(
        rng,
        acct,
        t_arr,
        p_sorted,
        models=ctx.models(rng, t_arr, p_new, p_mini),
        ips=ip_sorted,
        comp_median=comp,
        **kw,
    )


# --------------------------------------------------------------------------------------------
# kufen: reasoning-trace coercion from a rented hosting block, worker pool, ramps at the release


def kufen(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kufen"
    n_keys = irange(rng, 8, 20)
    n_orgs = irange(rng, 1, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "selectel"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    ua_main = bb.sdk_ua(rng, 0.3)
    accts = []
    for i in range(n_keys):
        ua = ua_main if chance(rng, 0.8) else bb.sdk_ua(rng, 0.2)
        ips = [
            str(x)
            for x in rng.choice(block, size=min(len(block), irange(rng, 1, 3)), replace=False)
        ]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % n_orgs],
                ua=ua,
                ips=ips,
            )
        )
    probe_start = ctx.t0 + float(rng.uniform(0.8, 2.5)) * DAY
    pre = bb.worker_pool(rng, probe_start, ctx.release, float(rng.uniform(4, 14)), n_keys)
    rate = float(rng.uniform(60, 140))
    post = bb.worker_pool(
        rng, ctx.release + float(rng.uniform(0.2, 3)) * HOUR, ctx.t1, rate, n_keys
    )
    for a, t1, t2 in zip(accts, pre, post, strict=True):
        ts = _cat([t1, t2])
        ctx.emit(
            rng,
            a,
            ts,
            [texts.reasoning_trace(rng) for _ in ts],
            models=ctx.models(rng, ts, 0.97, 0.02),
            comp_median=float(rng.uniform(1400, 2400)),
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (tags, numbered steps, JSON, zh, ru)",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one prepaid card per org",
            "ip_source": f"rented hosting block ({provider})",
            "user_agent": ua_main,
            "pacing": "Poisson worker pool; light probing before the release, heavy after",
            "post_release_rate_per_hour": round(rate, 1),
            "languages": ["en", "zh", "ru"],
        },
    )


# --------------------------------------------------------------------------------------------
# push_off: judge / rubric / reward-model grading, cron-fired bursts from cloud VMs


def push_off(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "push_off"
    n_keys = irange(rng, 5, 11)
    org = bb.hexid(rng, "org")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    every = float(rng.uniform(1.5, 4.0)) * HOUR
    size = float(rng.uniform(10, 28))
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        starts = np.arange(start + float(rng.uniform(0, every)), ctx.t1, every)
        starts = starts + rng.normal(0, 90, size=len(starts))
        ts = _cat(bb.bursts(rng, starts, size, float(rng.uniform(1.0, 3.5)), b=ctx.t1))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.judge_prompt(rng, ctx.chat, ctx.passages) for _ in ts],
            models=ctx.models(rng, ts, 0.85, 0.05),
            comp_median=float(rng.uniform(180, 320)),
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading harvest (en, de, es)",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one virtual card per key",
            "ip_source": f"one {provider} VM per key",
            "user_agent": ua,
            "pacing": f"cron every {every / HOUR:.1f} h, bursts of ~{size:.0f}",
        },
    )


# --------------------------------------------------------------------------------------------
# start_handles: policy / censorship-safe rewrites, stolen cards, rotating residential proxies


def start_handles(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "start_handles"
    n_keys = irange(rng, 14, 28)
    region = pick(rng, ("us", "eu", "*"))
    pool = bb.resi(rng, irange(rng, 150, 400), region)
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else bb.sdk_ua(rng)
        a = ctx.account(
            rng, label="campaign", family=fam, role="burner", campaign_id=cid, ua=ua, ips=pool[:1]
        )
        born = ctx.t0 + float(rng.uniform(0.3, 6.0)) * DAY
        life = float(rng.uniform(0.5, 2.5)) * DAY
        ts = bb.thinned(
            rng,
            *_window(ctx, born, born + life),
            float(rng.uniform(8, 25)) * life / HOUR,
            bb.constant,
        )
        ips = bb.picks(rng, pool, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.policy_rewrite(rng, ctx.passages) for _ in ts],
            ips=ips,
            models=ctx.models(rng, ts, 0.9, 0.03),
            comp_median=float(rng.uniform(350, 550)),
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites and ideal refusals (en, zh, fr)",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "stolen cards, one per key",
            "ip_source": f"rotating residential proxy pool ({region}), new exit per request",
            "pacing": "burner keys in waves, each alive 0.5-2.5 days at a constant rate",
        },
    )


# --------------------------------------------------------------------------------------------
# spike_gloves: agent / tool-use transcripts, agent loops resending the trace


def spike_gloves(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "spike_gloves"
    n_keys = irange(rng, 3, 6)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    block = bb.rented_block(rng, provider, 1, irange(rng, 2, 5))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    start = ctx.t0 + float(rng.uniform(1.5, 3.5)) * DAY
    runs_per_hour = float(rng.uniform(1.5, 4))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=block,
        )
        starts = bb.thinned(
            rng, start, ctx.t1, runs_per_hour * (ctx.t1 - start) / HOUR, bb.constant
        )
        chains = []
        for s in starts.tolist():
            k = irange(rng, 3, 10)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(3.5), 0.6, size=k - 1))])
            chains.append((t[t < ctx.t1], texts.agent_chain(rng, k)))
        _emit_chains(
            ctx,
            rng,
            a,
            chains,
            p_new=0.95,
            comp_median=float(rng.uniform(120, 220)),
            extra=irange(rng, 150, 500),
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts (JSON calls, ReAct, zh)",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": f"{provider} block",
            "user_agent": ua,
            "pacing": f"~{runs_per_hour:.0f} agent runs/h per key, 3-10 steps each",
        },
    )


# --------------------------------------------------------------------------------------------
# labyrinth_curve: synthetic-dataset generation, slow steady rate through VPN exits


def labyrinth_curve(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "labyrinth_curve"
    n_keys = irange(rng, 9, 18)
    n_orgs = irange(rng, 2, 4)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    exits = bb.cloud(rng, irange(rng, 8, 20), pick(rng, ("m247", "leaseweb", "vultr")))
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "Go-http-client/2.0"))
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pick(rng, cards),
            ua=ua,
            ips=exits[:1],
        )
        start = ctx.t0 + float(rng.uniform(1.0, 3.0)) * DAY
        ts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(2, 6)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        ips = bb.sticky(rng, ts, exits, float(rng.uniform(20, 60)) * MINUTE)
        ctx.emit(
            rng,
            a,
            ts,
            [texts.dataset_prompt(rng, ctx.chat) for _ in ts],
            ips=ips,
            models=ctx.models(rng, ts, 0.92, 0.02),
            comp_median=float(rng.uniform(1200, 2000)),
            comp_sigma=0.4,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-data generation (en, pt, id, vi)",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": f"{len(cards)} prepaid cards shared",
            "ip_source": "commercial VPN exits, sticky 20-60 min",
            "user_agent": ua,
            "pacing": "slow steady Poisson, 24/7",
        },
    )


# --------------------------------------------------------------------------------------------
# chicane (hard): harvest hidden in a real writing-assistant product's own traffic


def chicane(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "chicane"
    app = pick(rng, ("Quillnote", "Paperkite", "Jotwise", "Margina"))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.rented_block(rng, "aws", 2, 3)
    ua = "OpenAI/NodeJS 4.67.1"
    n_keys = irange(rng, 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    curve = bb.global_load(float(rng.uniform(12, 17)), float(rng.uniform(0.4, 0.7)))
    users_rate = float(rng.uniform(25, 55))
    pre_share, post_share = float(rng.uniform(0.03, 0.08)), float(rng.uniform(0.2, 0.35))
    real = bb.worker_pool(rng, ctx.t0, ctx.t1, users_rate, n_keys, curve)
    harvest_pre = bb.worker_pool(rng, ctx.t0, ctx.release, users_rate * pre_share, n_keys, curve)
    harvest_post = bb.worker_pool(
        rng, ctx.release, ctx.t1, users_rate * post_share / (1 - post_share), n_keys, curve
    )
    locales = ("en-US", "en-GB", "de-DE", "es-ES", "fr-FR", "pt-BR")
    for a, r, h1, h2 in zip(accts, real, harvest_pre, harvest_post, strict=True):
        feats = [pick(rng, list(texts.FEATURES)) for _ in r]
        rp = [
            texts.product_prompt(
                rng, app, f, texts.cut(pick(rng, ctx.chat), 1500), pick(rng, locales)
            )
            for f in feats
        ]
        ctx.emit(rng, a, r, rp, models=ctx.models(rng, r, 0.5, 0.15), comp_median=300.0)
        h = _cat([h1, h2])
        hp = [
            texts.product_prompt(
                rng,
                app,
                "explain",
                texts.curriculum_sweep(rng) if chance(rng, 0.7) else texts.math_problem(rng),
                pick(rng, locales),
            )
            for _ in h
        ]
        ctx.emit(rng, a, h, hp, models=ctx.models(rng, h, 0.95, 0.0), comp_median=800.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "knowledge / reasoning harvest injected into a real product's request stream",
            "product": app,
            "keys": n_keys,
            "orgs": 1,
            "payment": "the company's card",
            "ip_source": "the product's AWS NAT gateways",
            "user_agent": ua,
            "pacing": "follows the product's global daily load",
            "harvest_share_pre": round(pre_share, 3),
            "harvest_share_post": round(post_share, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# runout (hard): bought / compromised aged personal accounts, taken over around the release


def runout(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "runout"
    n = irange(rng, 16, 28)
    takeover0 = ctx.release - float(rng.uniform(6, 20)) * HOUR
    accts = []
    takeovers = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, PLAIN_BROWSERS + bb.BROWSERS[:2])
        home = bb.home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised",
            campaign_id=cid,
            ua=ua,
            ips=home,
            tz=tz,
        )
        take = takeover0 + float(rng.uniform(0, 30)) * HOUR
        takeovers.append(take)
        # the owner's own life before the takeover
        own = bb.session_times(
            rng, ctx.t0, take, float(rng.uniform(0.7, 2.5)), bb.evening_person(tz), 3.0, 80.0
        )
        ts_own = _cat(own)
        ctx.emit(
            rng,
            a,
            ts_own,
            bb.picks(rng, ctx.chat, len(ts_own)),
            models=ctx.models(rng, ts_own, 0.3, 0.2),
        )
        # the buyer's harvest, through residential proxies of the owner's region
        proxies = bb.home(rng, irange(rng, 4, 10), tz)
        sess = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(4, 8)),
            bb.evening_person(tz, 4.0),
            float(rng.uniform(5, 9)),
            float(rng.uniform(35, 70)),
        )
        ts = _cat(sess)
        langs = LANG_OF_TZ[tz]
        ps = []
        for _ in ts:
            u = rng.random()
            if u < 0.55:
                ps.append(texts.casual_question(rng, pick(rng, langs)))
            elif u < 0.8:
                ps.append(texts.curriculum_sweep(rng))
            else:
                ps.append(
                    texts.math_problem(rng)
                    + pick(rng, ("", " explain your reasoning", " show your work"))
                )
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            ips=bb.sticky(rng, ts, proxies, float(rng.uniform(2, 6)) * HOUR),
            models=ctx.models(rng, ts, 0.9, 0.03),
            comp_median=700.0,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "knowledge and reasoning harvest through bought aged personal accounts",
            "accounts": n,
            "orgs": n,
            "payment": "the original owners' cards",
            "ip_source": "residential proxies in each owner's home region (sticky hours)",
            "user_agent": "each owner's own browser string, kept",
            "pacing": "human-like sessions, denser after the takeover",
            "takeover_first": round(min(takeovers), 1),
            "takeover_last": round(max(takeovers), 1),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# photo_eye (hard): a low-and-slow crowd of person-like accounts


def photo_eye(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "photo_eye"
    n = irange(rng, 45, 75)
    accts = []
    follow = (
        "can you go a bit deeper on that?",
        "thanks! and an example?",
        "ok that makes sense. what about the edge cases?",
        "wait, why?",
        "can you make it shorter",
    )
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        lang = pick(rng, LANG_OF_TZ[tz])
        ua = (
            pick(rng, PLAIN_BROWSERS)
            if chance(rng, 0.7)
            else pick(rng, bb.BROWSERS + bb.MOBILE[:3])
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.0, 2.6)),
            bb.evening_person(tz),
            float(rng.uniform(3, 5)),
            float(rng.uniform(50, 110)),
        )
        chains = []
        for t in sess:
            ps = [texts.casual_question(rng, lang)]
            for _ in range(len(t) - 1):
                ps.append(
                    pick(rng, follow) if chance(rng, 0.15) else texts.casual_question(rng, lang)
                )
            chains.append((t, ps))
        _emit_chains(ctx, rng, a, chains, p_new=0.85, comp_median=float(rng.uniform(450, 700)))
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum knowledge sweep spread over a crowd of person-like accounts",
            "accounts": n,
            "orgs": n,
            "payment": "one prepaid virtual card per account",
            "ip_source": "sticky residential proxies matched to each persona's time zone",
            "user_agent": "ordinary browsers and phones",
            "pacing": "evening-heavy human sessions, ~1-3 a day",
            "languages": sorted({lang for langs in LANG_OF_TZ.values() for lang in langs}),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# team_relay (hard): public prompt replay from office broadband, during office hours


def team_relay(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "team_relay"
    n_orgs = irange(rng, 2, 3)
    order = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    accts = []
    for _ in range(n_orgs):
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        tz = pick(rng, (-5, 0, 1, 2, 8))
        office = bb.home(rng, irange(rng, 1, 2), tz)
        for _ in range(irange(rng, 2, 4)):
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua="OpenAI/Python 1.54.0",
                ips=office,
                tz=tz,
            )
            pre = bb.thinned(
                rng, ctx.t0 + DAY, ctx.release, float(rng.uniform(1, 4)) * 3 * 8, bb.workday(tz)
            )
            go = ctx.release + float(rng.uniform(0.5, 14)) * HOUR
            post = bb.thinned(
                rng,
                go,
                ctx.t1,
                float(rng.uniform(35, 80)) * 9 * (ctx.t1 - go) / DAY,
                bb.workday(tz, weekend=0.3),
            )
            ts = _cat([pre, post])
            ps = [ctx.chat[order[(pos + i) % len(order)]] for i in range(len(ts))]
            pos += len(ts)
            ctx.emit(rng, a, ts, ps, models=ctx.models(rng, ts, 0.98, 0.0), comp_median=360.0)
            accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "replay of a public human-prompt dataset to collect the new model's answers",
            "keys": len(accts),
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": "office broadband (consumer ISP)",
            "user_agent": "OpenAI/Python 1.54.0",
            "pacing": "office hours, light tests before the release",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# natural_track: best-of-n sampling and soft-label probing, tight bursts from droplets


def natural_track(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "natural_track"
    n_keys = irange(rng, 4, 8)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    start = ctx.release - float(rng.uniform(4, 20)) * HOUR
    p_bon = float(rng.uniform(0.4, 0.7))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        jobs = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        chains, comp = [], []
        for s in jobs.tolist():
            if chance(rng, p_bon):
                k = irange(rng, 4, 16)
                t = s + np.cumsum(rng.exponential(0.4, size=k))
                chains.append((t, [texts.bon_seed(rng)] * k))
                comp.append(350.0)
            else:
                chains.append((np.array([s]), [texts.soft_label(rng, ctx.chat)]))
                comp.append(45.0)
        _emit_chains(ctx, rng, a, chains, p_new=0.96, comps=comp, comp_sigma=0.7)
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n resampling and soft-label probability probing (en, ja, ko)",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"one {provider} droplet per key",
            "user_agent": ua,
            "pacing": "jobs from shortly before the release; n copies within seconds",
            "best_of_n_share": round(p_bon, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# steel_runners (hard-ish): code harvest dressed as a small dev shop's office usage


def steel_runners(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "steel_runners"
    tz = pick(rng, (1, 2, 3, 5))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    n_keys = irange(rng, 4, 7)
    accts = []
    for _ in range(n_keys):
        ua = (
            "OpenAI/Python 1.54.0"
            if chance(rng, 0.7)
            else pick(rng, ("langchain-openai/0.3.6", "curl/8.5.0"))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        per_h = float(rng.uniform(12, 30))
        ts = bb.thinned(
            rng,
            ctx.t0 + DAY,
            ctx.t1,
            per_h * 9 * 6,
            bb.workday(tz, start=9.0, end=19.0, weekend=0.15),
        )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.code_harvest(rng) for _ in ts],
            models=ctx.models(rng, ts, 0.9, 0.05),
            comp_median=float(rng.uniform(700, 1100)),
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest: algorithms x languages with tests, ports, explanations",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": "office broadband",
            "tz": tz,
            "pacing": "office hours, scripted",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# feet_first: multi-turn dialogue harvest in many languages from phone farms


def feet_first(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "feet_first"
    n_keys = irange(rng, 12, 24)
    cards = [bb.hexid(rng, "pay") for _ in range(max(2, n_keys // 3))]
    carrier = pick(rng, ("in_mobile", "br_mobile", "us_mobile", "eu_mobile"))
    accts = []
    for _ in range(n_keys):
        ua = pick(
            rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0")
        )
        langs = [
            str(x) for x in rng.choice(texts.DIALOGUE_LANGS, size=irange(rng, 1, 3), replace=False)
        ]
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=bb.mobile_v6(rng, 1, carrier),
        )
        start = ctx.t0 + float(rng.uniform(0.5, 4.5)) * DAY
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(0.6, 1.6)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        chains, ips = [], []
        for s in starts.tolist():
            k = irange(rng, 3, 8)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(15), 0.5, size=k - 1))])
            chains.append((t, texts.dialogue_chain(rng, ctx.passages, pick(rng, langs), k)))
            ips.append(bb.mobile_v6(rng, 1, carrier)[0])
        _emit_chains(
            ctx, rng, a, chains, p_new=0.9, ips=ips, comp_median=float(rng.uniform(300, 500))
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest with resent transcripts (10 languages)",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": f"{len(cards)} stolen cards shared by 2-4 keys",
            "ip_source": f"carrier IPv6 ({carrier}), a new address per conversation",
            "pacing": "conversations of 3-8 turns, ~15 s apart",
            "languages": list(texts.DIALOGUE_LANGS),
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "kufen": kufen,
    "push_off": push_off,
    "start_handles": start_handles,
    "spike_gloves": spike_gloves,
    "labyrinth_curve": labyrinth_curve,
    "chicane": chicane,
    "runout": runout,
    "photo_eye": photo_eye,
    "team_relay": team_relay,
    "natural_track": natural_track,
    "steel_runners": steel_runners,
    "feet_first": feet_first,
}

"""Campaign families of batch 232 (code names from sheepdog trials).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes events
with `ctx.emit` and records one campaign with `ctx.campaign`. All draws come from the family's own
generator, in an order that does not depend on the process (no set is walked).

Deliberately hard: `away_to_me`, `maltese_cross`, `double_lift`, `strong_eye` (and, less so,
`penning`). See README.md.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
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
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind232 import texts

Rng = np.random.Generator


def _choose(rng: Rng, items: tuple | list, weights, n: int) -> list:
    w = np.asarray(weights, dtype=np.float64)
    idx = rng.choice(len(items), size=n, p=w / w.sum())
    return [items[i] for i in idx.tolist()]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _model_for(ctx: Ctx, t: float, u: float, p_new: float) -> str:
    return ctx.new_model if (t >= ctx.release and u < p_new) else ctx.old_models[0]


def _tz_for_region(region: str) -> int:
    return {
        "us": -5,
        "ca": -5,
        "latam": -3,
        "eu": 1,
        "ru": 3,
        "in": 5,
        "sea": 8,
        "cn": 8,
        "jp_kr": 9,
    }[region]


# ------------------------------------------------------------------------------------------


def outrun(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Reasoning-trace coercion: word problems wrapped to force full step-by-step work, run by a
    few shell organisations on rented hosting, ramping up at the new model's release."""
    name = "outrun"
    styles = ("exam", "xml", "coach", "verify")
    langs = ("en", "zh", "es", "ru", "de", "pt")
    accts, orgs = [], []
    for _ in range(irange(rng, 2, 3)):
        org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng, 0.6)
        prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
        pool = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 2, 4))
        k = irange(rng, 3, 6)
        members = [
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="worker",
                campaign_id=camp,
                org=org,
                pay=pay,
                ua=ua,
                ips=pool,
            )
            for _ in range(k)
        ]
        style_w = rng.dirichlet(np.ones(len(styles)) * 0.8)
        lang_w = np.concatenate([[rng.uniform(2, 5)], rng.dirichlet(np.ones(len(langs) - 1)) * 2.0])
        start = ctx.release - float(rng.uniform(2, 10)) * HOUR
        rate = float(rng.uniform(25, 50))
        streams = worker_pool(rng, start, ctx.t1, rate, k)
        for a, ts in zip(members, streams, strict=True):
            probe = thinned(rng, ctx.t0 + DAY, ctx.release, float(rng.uniform(4, 20)), constant)
            ts = np.concatenate([probe, ts])
            ls = _choose(rng, langs, lang_w, len(ts))
            ss = _choose(rng, styles, style_w, len(ts))
            prompts = [texts.reasoning_coercion(rng, s, lg) for s, lg in zip(ss, ls, strict=True)]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
                comp_median=900.0,
                comp_sigma=0.5,
                err=0.04,
            )
        accts += members
        orgs.append(
            {"org": org, "provider": prov, "accounts": k, "jobs_per_hour": round(rate, 1), "ua": ua}
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "Poisson worker pool per org from just before release",
            "ip_source": "rented hosting /24s per org",
            "payment": "one prepaid card per org",
            "orgs": orgs,
            "languages": list(langs),
            "styles": list(styles),
        },
    )


def cross_drive(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Judge / rubric / reward-model grading harvest: nightly bursts from one organisation."""
    name = "cross_drive"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2"))
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws")))
    tz = pick(rng, (8, 9, 1, -5))
    k = irange(rng, 3, 6)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        for _ in range(k)
    ]
    styles = ("pairwise", "rubric", "reward", "critique")
    style_w = rng.dirichlet(np.ones(4))
    size = float(rng.uniform(35, 75))
    for a in accts:
        starts = thinned(rng, ctx.t0, ctx.t1, 7 * float(rng.uniform(2, 4)), nightly(1.0, 4.0, tz))
        ts = _concat(bursts(rng, starts, size, float(rng.uniform(1.0, 3.0)), 0.6, ctx.t1))
        ls = _choose(rng, ("en", "zh", "es"), (0.7, 0.15, 0.15), len(ts))
        ss = _choose(rng, styles, style_w, len(ts))
        prompts = [
            texts.grading(rng, s, lg, ctx.chat, ctx.passages) for s, lg in zip(ss, ls, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.0),
            comp_median=230.0,
            comp_sigma=0.7,
            err=0.03,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "pacing": "nightly bursts (01:00-05:00 local)",
            "ip_source": "cloud",
            "payment": "one business card",
            "tz": tz,
            "accounts": k,
            "burst_size": round(size, 1),
            "languages": ["en", "zh", "es"],
            "styles": list(styles),
            "user_agent": ua,
        },
    )


def penning(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Censorship-safe / policy rewrites from individual-looking accounts behind residential
    proxies, worked by staff in office hours (UTC+8)."""
    name = "penning"
    n = irange(rng, 8, 16)
    styles = ("regulator", "refusal", "scrub", "dual")
    accts, langs_of = [], []
    for _ in range(n):
        region = pick(rng, ("us", "eu", "sea", "jp_kr"))
        ua = texts.lookalike_ua(rng) if chance(rng, 0.6) else pick(rng, BROWSERS)
        pool = resi(rng, irange(rng, 15, 40), region)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=camp,
            ua=ua,
            ips=pool,
            tz=_tz_for_region(region),
        )
        lang = _choose(rng, ("zh", "en", "ru"), (0.5, 0.3, 0.2), 1)[0]
        sessions = session_times(
            rng,
            jitter_start(rng, ctx.t0, ctx.t1, 0.3),
            ctx.t1,
            float(rng.uniform(3, 6)),
            workday(8, start=9.0, end=18.5, weekend=0.3),
            float(rng.uniform(8, 16)),
            float(rng.uniform(25, 50)),
        )
        ts = _concat(sessions)
        ls = [lang if chance(rng, 0.8) else "en" for _ in range(len(ts))]
        prompts = [texts.policy_rewrite(rng, pick(rng, styles), lg, ctx.passages) for lg in ls]
        ips = sticky(rng, ts, pool, float(rng.uniform(10, 30)) * 60)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.03),
            ips=ips,
            comp_median=520.0,
            comp_sigma=0.55,
        )
        accts.append(a)
        langs_of.append(lang)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "censorship-safe and policy rewrites",
            "pacing": "office-hour sessions (UTC+8)",
            "ip_source": "residential proxies, sticky 10-30 min",
            "payment": "one prepaid virtual card per account",
            "accounts": n,
            "primary_languages": langs_of,
            "styles": list(styles),
        },
    )


def singling(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Agent / tool-use transcripts: episodes of quick consecutive steps with growing context."""
    name = "singling"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    ips = cloud(rng, irange(rng, 3, 6), "aws")
    k = irange(rng, 4, 8)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(k)
    ]
    start = ctx.release - float(rng.uniform(12, 36)) * HOUR
    per_hour = float(rng.uniform(5, 10))
    styles = ("react", "plan", "json")
    for a, eps in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, k), strict=True):
        ts, prompts, extra = [], [], []
        for s in eps.tolist():
            steps = irange(rng, 3, 10)
            style = pick(rng, styles)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=steps - 1))]
            )
            for i, ti in enumerate(t.tolist()):
                ts.append(ti)
                prompts.append(texts.agent_step(rng, style, i))
                extra.append(int(150 + 140 * i + rng.integers(0, 200)))
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.9, p_mini=0.02),
            comp_median=180.0,
            comp_sigma=0.6,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "agent tool-use transcripts",
            "pacing": "episodes of 3-10 steps from a worker pool",
            "ip_source": "aws",
            "payment": "one card",
            "accounts": k,
            "episodes_per_hour": round(per_hour, 1),
            "styles": list(styles),
            "user_agent": ua,
        },
    )


def come_bye(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Synthetic-dataset generation on short-lived keys with stolen cards, through VPN/hosting exits;
    each key ends with authentication failures when the card is charged back."""
    name = "come_bye"
    n = irange(rng, 15, 30)
    pool = rented_block(rng, pick(rng, ("m247", "leaseweb", "vultr")), irange(rng, 3, 5), 4)
    uas = [
        pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
        for _ in range(2)
    ]
    styles = ("selfinstruct", "persona", "evolve", "jsonl")
    langs = ("en", "es", "fr", "id", "vi", "ar")
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=camp,
            ua=pick(rng, uas),
            ips=pool,
        )
        s = float(rng.uniform(ctx.release - DAY, ctx.t1 - 6 * HOUR))
        life = float(np.clip(rng.lognormal(np.log(10 * HOUR), 0.6), 2 * HOUR, 2 * DAY))
        ts = thinned(
            rng, s, min(ctx.t1, s + life), float(rng.uniform(20, 60)) * life / HOUR, constant
        )
        ls = _choose(rng, langs, (6, 1, 1, 1, 1, 1), len(ts))
        prompts = [texts.dataset_request(rng, pick(rng, styles), lg, ctx.chat) for lg in ls]
        status = np.where(rng.random(len(ts)) < 0.03, 429, 200)
        if len(ts) > 12 and s + life < ctx.t1:
            status[-irange(rng, 3, 10) :] = 401
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1600.0,
            comp_sigma=0.45,
            status=status,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "short-lived keys, constant rate, churn",
            "ip_source": "VPN / hosting exits shared by all keys",
            "payment": "stolen card per key (charged back)",
            "accounts": n,
            "languages": list(langs),
            "styles": list(styles),
            "user_agents": uas,
        },
    )


def away_to_me(ctx: Ctx, rng: Rng, camp: str) -> None:
    """HARD. Multi-turn dialogue harvest by a crowd of paid people (or bots posing as them): home
    addresses, ordinary clients, evening sessions; first turns from a shared pool of real human
    prompts, then a user simulator's follow-ups."""
    name = "away_to_me"
    n = irange(rng, 30, 55)
    tz_choices = (-8, -5, -3, 0, 1, 2, 5, 8)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts, tzs = [], []
    for _ in range(n):
        tz = pick(rng, tz_choices)
        lang = {-3: "pt", 1: "de", 2: "fr"}.get(tz, "en") if chance(rng, 0.5) else "en"
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="crowd",
            campaign_id=camp,
            ua=texts.lookalike_ua(rng),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        sessions = session_times(
            rng,
            jitter_start(rng, ctx.t0, ctx.t1, 0.4),
            ctx.t1,
            float(rng.uniform(1.2, 3.0)),
            evening_person(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(40, 90)),
            0.7,
        )
        ts, prompts = [], []
        for sess in sessions:
            first = ctx.chat[order[cursor % len(order)]]
            cursor += 1
            for i, t in enumerate(sess.tolist()):
                ts.append(t)
                prompts.append(
                    first
                    if i == 0
                    else texts.follow_up(rng, lang if chance(rng, 0.7) else "en", first)
                )
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.6, p_mini=0.1),
            comp_median=450.0,
            comp_sigma=0.65,
        )
        accts.append(a)
        tzs.append(tz)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "human-like evening sessions",
            "ip_source": "home broadband",
            "payment": "own card per account",
            "accounts": n,
            "tzs": tzs,
            "hard": True,
        },
    )


def lie_down(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Best-of-n and soft-label sampling: each job sends one prompt n times in a tight burst."""
    name = "lie_down"
    accts, orgs = [], []
    for _ in range(2):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        prov = pick(rng, ("azure", "oracle", "gcp"))
        ips = cloud(rng, irange(rng, 2, 3), prov)
        ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1", "Go-http-client/2.0"))
        k = irange(rng, 2, 5)
        mode = pick(rng, ("identical", "soft"))
        members = [
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="worker",
                campaign_id=camp,
                org=org,
                pay=pay,
                ua=ua,
                ips=ips,
            )
            for _ in range(k)
        ]
        start = ctx.release - float(rng.uniform(6, 30)) * HOUR
        jobs_per_hour = float(rng.uniform(4, 8))
        for a, jobs in zip(members, worker_pool(rng, start, ctx.t1, jobs_per_hour, k), strict=True):
            ts, prompts, models = [], [], []
            for s in jobs.tolist():
                nn = pick(rng, (4, 4, 5, 8, 8, 16)) if mode == "identical" else pick(rng, (5, 10))
                if mode == "identical":
                    p = ctx.chat[int(rng.integers(len(ctx.chat)))][:1200]
                else:
                    p = texts.soft_label(rng, pick(rng, ("probs", "letter", "confidence")))
                m = _model_for(ctx, s, float(rng.random()), 0.9)
                t = s + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=nn - 1))]
                )
                ts += t.tolist()
                prompts += [p] * nn
                models += [m] * nn
            ctx.emit(
                rng,
                a,
                np.asarray(ts),
                prompts,
                models=models,
                comp_median=60.0 if mode == "soft" else 380.0,
                comp_sigma=0.6,
                err=0.05,
            )
        accts += members
        orgs.append(
            {
                "org": org,
                "provider": prov,
                "accounts": k,
                "mode": mode,
                "jobs_per_hour": round(jobs_per_hour, 1),
            }
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "bursts of identical prompts",
            "ip_source": "cloud",
            "payment": "one card per org",
            "orgs": orgs,
        },
    )


def walk_up(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Curriculum sweep: a grid of concepts x levels x formats walked in order at a slow, steady
    rate for the whole week, switching to the new model at release."""
    name = "walk_up"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    k = irange(rng, 3, 5)
    levels = irange(rng, 5, 8)
    langs = ("en", "ko", "pt", "hi")
    accts, meta = [], []
    for i in range(k):
        ua = pick(rng, ("curl/8.5.0", "python-requests/2.32.3"))
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, "digitalocean"),
        )
        lang = langs[i % len(langs)] if chance(rng, 0.6) else "en"
        rate = float(rng.uniform(5, 10))
        s = ctx.t0 + float(rng.uniform(0, 12)) * HOUR
        ts = thinned(rng, s, ctx.t1, rate * (ctx.t1 - s) / HOUR, constant)
        concepts = [texts.CONCEPTS[j] for j in rng.permutation(len(texts.CONCEPTS)).tolist()]
        grid = [
            (c, lv, f, aud)
            for c in concepts
            for aud in range(len(texts.AUDIENCES))
            for lv in range(1, levels + 1)
            for f in range(4)
        ]
        prompts = []
        for j in range(len(ts)):
            c, lv, f, aud = grid[j % len(grid)]
            prompts.append(texts.curriculum(c, lv, levels, texts.AUDIENCES[aud], f, lang))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=1300.0,
            comp_sigma=0.4,
            err=0.01,
        )
        accts.append(a)
        meta.append({"lang": lang, "per_hour": round(rate, 1), "ua": ua})
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "curriculum sweep",
            "pacing": "slow steady Poisson, 24/7",
            "ip_source": "one droplet per key",
            "payment": "one card",
            "levels": levels,
            "keys": meta,
        },
    )


def that_will_do(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Translation harvest: each source text sent to several target languages back to back, from
    office broadband plus a cloud box, in working hours."""
    name = "that_will_do"
    accts, orgs = [], []
    styles = ("plain", "tagged", "fluent", "short")
    for _ in range(irange(rng, 2, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (1, 2, 3))
        office = resi(rng, 1, pick(rng, ("eu", "ru")))
        ips = office + cloud(rng, 1, pick(rng, ("hetzner", "selectel", "ovh")))
        k = irange(rng, 2, 4)
        ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
        members = [
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="worker",
                campaign_id=camp,
                org=org,
                pay=pay,
                ua=ua,
                ips=ips,
                tz=tz,
            )
            for _ in range(k)
        ]
        targets_n = irange(rng, 4, 9)
        targets = [
            texts.TARGETS[j] for j in rng.permutation(len(texts.TARGETS))[:targets_n].tolist()
        ]
        style = pick(rng, styles)
        for a in members:
            jobs = thinned(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 7)) * 7 * 24 / k * 0.45,
                workday(tz, weekend=0.2, night=0.05),
            )
            ts, prompts = [], []
            for s in jobs.tolist():
                src = (
                    ctx.passages[int(rng.integers(len(ctx.passages)))]
                    if chance(rng, 0.6)
                    else pick(rng, ctx.chat)
                )
                src = src[: irange(rng, 150, 1200)]
                t = s + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.5, size=len(targets) - 1))]
                )
                ts += t.tolist()
                prompts += [texts.translation(rng, style, src, tg) for tg in targets]
            ts_a = np.asarray(ts)
            ctx.emit(
                rng,
                a,
                ts_a,
                prompts,
                models=ctx.models(rng, ts_a, p_new=0.85, p_mini=0.05),
                comp_median=420.0,
                comp_sigma=0.6,
            )
        accts += members
        orgs.append({"org": org, "tz": tz, "accounts": k, "targets": targets, "style": style})
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "parallel-corpus translation harvest",
            "pacing": "working-hour jobs, one source to many languages",
            "ip_source": "office broadband + one cloud box per org",
            "payment": "one card per org",
            "orgs": orgs,
        },
    )


def maltese_cross(ctx: Ctx, rng: Rng, camp: str) -> None:
    """HARD. Harvest hidden in a real product: a writing-assistant app's backend keys carry genuine
    user requests all week, and the operator mixes in deep-explanation requests under the app's
    own wrapper (a few before release, about a quarter of traffic after)."""
    name = "maltese_cross"
    app = pick(rng, ("Quillhaven", "Inkpath", "Draftwell", "Proseboat"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    ips = cloud(rng, irange(rng, 4, 8), "aws")
    k = irange(rng, 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_backend",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(k)
    ]
    curve = global_load(float(rng.uniform(13, 19)), 0.6)
    share_pre, share_post = float(rng.uniform(0.03, 0.08)), float(rng.uniform(0.18, 0.32))
    for a in accts:
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(12, 25)) * (ctx.t1 - ctx.t0) / HOUR * 0.7, curve
        )
        prompts, models, comp = [], [], []
        for t in ts.tolist():
            harvest = chance(rng, share_post if t >= ctx.release else share_pre)
            if harvest:
                prompts.append(texts.product_deep_explain(rng, app))
                models.append(_model_for(ctx, t, float(rng.random()), 0.95))
                comp.append(950.0)
            else:
                prompts.append(texts.product_request(rng, app, pick(rng, ctx.chat)[:1500]))
                models.append(_model_for(ctx, t, float(rng.random()), 0.4))
                comp.append(260.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.asarray(comp),
            comp_sigma=0.6,
            err=0.015,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "harvest hidden in product traffic",
            "app": app,
            "pacing": "global product load",
            "ip_source": "aws backend",
            "payment": "company card",
            "accounts": k,
            "harvest_share_pre": round(share_pre, 3),
            "harvest_share_post": round(share_post, 3),
            "user_agent": ua,
            "hard": True,
        },
    )


def double_lift(ctx: Ctx, rng: Rng, camp: str) -> None:
    """HARD. Bought / compromised aged accounts: ordinary personal use first, then (from shortly
    after release) code-solution harvesting through residential proxies in the owner's region, in
    the owner's usual daily rhythm."""
    name = "double_lift"
    n = irange(rng, 15, 30)
    accts, pivots = [], []
    styles = ("terse", "ticket", "plain")
    for _ in range(n):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="taken_over",
            campaign_id=camp,
            ua=texts.lookalike_ua(rng),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        pivot = ctx.release + float(rng.uniform(0, 20)) * HOUR
        pre = _concat(
            session_times(
                rng, ctx.t0, pivot, float(rng.uniform(0.5, 1.5)), evening_person(tz), 3.0, 60.0
            )
        )
        ctx.emit(
            rng,
            a,
            pre,
            [pick(rng, ctx.chat) for _ in range(len(pre))],
            models=ctx.models(rng, pre, p_new=0.2, p_mini=0.2),
            comp_median=350.0,
        )
        post = thinned(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(4, 9)) * (ctx.t1 - pivot) / HOUR * 0.5,
            evening_person(tz, spread=3.5),
        )
        proxy = home(rng, 25, tz)
        prompts = [
            pick(rng, ctx.chat) if chance(rng, 0.1) else texts.code_task(rng, pick(rng, styles))
            for _ in range(len(post))
        ]
        ctx.emit(
            rng,
            a,
            post,
            prompts,
            models=ctx.models(rng, post, p_new=0.85, p_mini=0.02),
            ips=sticky(rng, post, proxy, 45 * 60),
            comp_median=700.0,
            comp_sigma=0.55,
        )
        accts.append(a)
        pivots.append(round(pivot, 1))
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "code harvest on taken-over aged accounts",
            "pacing": "owner-like daily rhythm after pivot",
            "ip_source": "home, then residential proxies in the same region",
            "payment": "the owners' own cards",
            "accounts": n,
            "pivot_ts": pivots,
            "hard": True,
        },
    )


def strong_eye(ctx: Ctx, rng: Rng, camp: str) -> None:
    """HARD. Public prompt replay: a public human-prompt collection replayed against the new model,
    each account taking its own slice, in person-like sessions through residential proxies."""
    name = "strong_eye"
    n = irange(rng, 40, 70)
    cards = [hexid(rng, "pay") for _ in range(int(n * 0.7))]
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    for _ in range(n):
        region = pick(rng, ("us", "eu", "latam", "sea", "in"))
        tz = _tz_for_region(region)
        pool = resi(rng, irange(rng, 10, 30), region)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="replayer",
            campaign_id=camp,
            pay=pick(rng, cards),
            ua=texts.lookalike_ua(rng),
            ips=pool,
            tz=tz,
        )
        start = ctx.release - float(rng.uniform(0, 18)) * HOUR
        ts = _concat(
            session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(2, 5)),
                evening_person(tz),
                float(rng.uniform(5, 10)),
                float(rng.uniform(30, 70)),
            )
        )
        prompts = [ctx.chat[order[(cursor + j) % len(order)]] for j in range(len(ts))]
        cursor += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.05),
            ips=sticky(rng, ts, pool, float(rng.uniform(30, 90)) * 60),
            comp_median=360.0,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "public prompt replay",
            "pacing": "person-like sessions from around release",
            "ip_source": "residential proxies, sticky 30-90 min",
            "payment": f"{len(cards)} cards over {n} accounts",
            "accounts": n,
            "prompts_replayed": cursor,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "outrun": outrun,
    "cross_drive": cross_drive,
    "penning": penning,
    "singling": singling,
    "come_bye": come_bye,
    "away_to_me": away_to_me,
    "lie_down": lie_down,
    "walk_up": walk_up,
    "that_will_do": that_will_do,
    "maltese_cross": maltese_cross,
    "double_lift": double_lift,
    "strong_eye": strong_eye,
}

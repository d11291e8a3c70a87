"""Batch 166's twelve campaign families (code names from ice stock sport).

Each family is a generator `(ctx, rng, campaign_id)` that opens its accounts, writes their events
into the shared sink and records the campaign in the truth. Everything (key counts, organisations,
cards, pacing, address sources, user agents, languages, template styles, model choice) is drawn
from the family's own generator. The README of this package describes each family; it is meant to
be read only after the monitor's single run on this batch.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, Acct, Ctx, chance, hexid, irange, pick
from bench.monitor_blind166 import texts as tx


def _f(x: float) -> float:
    return round(float(x), 3)


def _new(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _subset(rng: np.random.Generator, seq, lo: int, hi: int) -> list[str]:
    k = min(len(seq), irange(rng, lo, hi))
    return [
        str(x) for x in rng.choice(np.asarray(seq, dtype=object), size=k, replace=False).tolist()
    ]


def _weights(rng: np.random.Generator, n: int, conc: float = 2.0) -> np.ndarray:
    return rng.dirichlet(np.full(n, conc))


def _lang_draw(rng: np.random.Generator, langs: list[str], p: np.ndarray, n: int) -> list[str]:
    return [langs[i] for i in rng.choice(len(langs), size=n, p=p).tolist()]


# --------------------------------------------------------------------------------------------
# daube: reasoning-trace coercion from a rented hosting block, Poisson worker pool


def daube(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "daube"
    n_keys, n_orgs = irange(rng, 6, 15), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    one_card = chance(rng, 0.45)
    card0 = hexid(rng, "pay")
    cards = [card0 if one_card else hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "linode"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    ua = bb.sdk_ua(rng, 0.6)
    langs = list(
        pick(
            rng,
            (
                ("en", "zh"),
                ("en", "es", "ru"),
                ("zh", "en", "de"),
                ("en", "ru"),
                ("en", "es", "de", "zh"),
            ),
        )
    )
    lang_p = _weights(rng, len(langs))
    styles = _subset(rng, tx.TRACE_STYLES, 2, 4)
    before = chance(rng, 0.5)
    if before:
        start = ctx.t0 + float(rng.uniform(0.05, 0.45)) * (ctx.release - ctx.t0)
    else:
        start = ctx.release + float(rng.uniform(0.5, 10.0)) * HOUR
    windowed = chance(rng, 0.4)
    win_start, win_len = float(rng.uniform(0, 24)), float(rng.uniform(9, 16))
    curve = bb.nightly(win_start, win_len, 0) if windowed else bb.constant
    per_hour = float(rng.uniform(25, 70)) * (1.6 if windowed else 1.0)
    accts = []
    for i in range(n_keys):
        ips = bb.picks(rng, block, irange(rng, 1, 3))
        a_ua = ua if chance(rng, 0.85) else bb.sdk_ua(rng)
        accts.append(
            _new(
                ctx,
                rng,
                fam,
                cid,
                "worker",
                org=orgs[i % n_orgs],
                pay=cards[i % n_orgs],
                ua=a_ua,
                ips=ips,
            )
        )
    comp, err = float(rng.uniform(800, 1400)), float(rng.uniform(0.01, 0.05))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    for a, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.reasoning_trace(rng, lg, pick(rng, styles))
            for lg in _lang_draw(rng, langs, lang_p, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=err,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "shared_card": one_card,
            "ip_source": f"rented {provider} block",
            "pacing": "poisson worker pool",
            "per_hour": _f(per_hour),
            "windowed": windowed,
            "starts_before_release": before,
            "languages": langs,
            "styles": styles,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# moar: judge / rubric / reward-model grading, bursts through a sticky residential-proxy pool


def moar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "moar"
    n_keys = irange(rng, 4, 10)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    region = pick(rng, ("us", "eu", "latam", "sea", "*"))
    pool = bb.resi(rng, irange(rng, 60, 200), region)
    hold = float(rng.uniform(10, 30)) * MINUTE
    accts = [
        _new(
            ctx,
            rng,
            fam,
            cid,
            "grader",
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=pick(
                rng,
                (
                    "aiohttp/3.11.11",
                    "python-httpx/0.28.1",
                    "AsyncOpenAI/Python 1.60.0",
                    bb.sdk_ua(rng),
                ),
            ),
            ips=[pool[0]],
        )
        for i in range(n_keys)
    ]
    styles = _subset(rng, tx.JUDGE_STYLES, 3, 5)
    start = ctx.t0 + float(rng.uniform(0.0, 0.6)) * (ctx.t1 - ctx.t0)
    tz = pick(rng, TZS)
    curve = bb.workday(tz, weekend=0.3, night=0.15) if chance(rng, 0.5) else bb.constant
    per_day = float(rng.uniform(15, 40))
    size, gap = float(rng.uniform(15, 50)), float(rng.uniform(1.5, 6.0))
    starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
    trains = bb.bursts(rng, starts, size, gap, 0.5, ctx.t1)
    comp_of = {"reward": 4.0, "pair_json": 45.0, "rubric5": 60.0}
    p_new = float(rng.uniform(0.8, 0.95))
    for ts in trains:
        a = accts[int(rng.integers(n_keys))]
        style = pick(rng, styles)
        prompts = [tx.judge(rng, ctx.chat, ctx.passages, style) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.03),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=comp_of.get(style, 170.0),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "keys": n_keys,
            "orgs": 2,
            "cards": 2,
            "ip_source": f"sticky residential proxies ({region})",
            "pool": len(pool),
            "pacing": "bursts",
            "bursts_per_day": _f(per_day),
            "burst_size": _f(size),
            "styles": styles,
            "p_new": _f(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# kehre: policy-compliant / censorship-safe rewrites, VPN exits, one stolen card per key


def kehre(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kehre"
    n_keys = irange(rng, 5, 12)
    vpn = _subset(rng, ("m247", "leaseweb", "ovh", "digitalocean", "vultr", "linode"), 2, 3)
    pool = [ip for p in vpn for ip in bb.cloud(rng, irange(rng, 10, 30), p)]
    tz = pick(rng, (8, 3, 8, 2))
    styles = _subset(rng, tx.POLICY_STYLES, 3, 6)
    if chance(rng, 0.7) and "zh" not in styles:
        styles.append("zh")
    accts, params_keys = [], []
    p_new = float(rng.uniform(0.85, 0.97))
    for _ in range(n_keys):
        a = _new(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            ua=pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.58.1")),
            ips=[pool[0]],
            tz=tz,
        )
        accts.append(a)
        on = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        off = min(ctx.t1, on + float(rng.uniform(1.0, 5.0)) * DAY) if chance(rng, 0.5) else ctx.t1
        rate = float(rng.uniform(80, 260))
        ts = bb.thinned(
            rng,
            on,
            off,
            rate * (off - on) / DAY,
            bb.workday(tz, 9.0, 22.0, weekend=0.6, night=0.08),
        )
        prompts = [
            tx.policy_rewrite(rng, ctx.chat, ctx.passages, pick(rng, styles))
            for _ in range(len(ts))
        ]
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(0.3, 1.0)) * DAY)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            ips=ips,
            comp_median=float(rng.uniform(350, 600)),
            comp_sigma=0.5,
            err=float(rng.uniform(0.02, 0.07)),
        )
        params_keys.append({"on": _f(on), "off": _f(off), "per_day": _f(rate)})
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites",
            "keys": n_keys,
            "cards": "one stolen card per key",
            "ip_source": f"VPN exits on {vpn}",
            "pacing": "per-key workday Poisson, keys burned and replaced",
            "styles": styles,
            "tz": tz,
            "key_windows": params_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# stiel: agent / tool-use trajectories from a cloud project, episodes of chained calls


def stiel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "stiel"
    n_keys = irange(rng, 3, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    accts = [
        _new(
            ctx,
            rng,
            fam,
            cid,
            "agent_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    envs = _subset(rng, tx.AGENT_ENVS, 2, 5)
    styles = _subset(rng, tx.AGENT_STYLES, 1, 2)
    start = ctx.release - float(rng.uniform(-0.3, 1.5)) * DAY
    per_hour = float(rng.uniform(4, 12))
    gap = float(rng.uniform(5, 12))
    spec_tokens = irange(rng, 300, 1200)
    p_new = float(rng.uniform(0.9, 0.99))
    for s in bb.thinned(
        rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant
    ).tolist():
        a = accts[int(rng.integers(n_keys))]
        env, style = pick(rng, envs), pick(rng, styles)
        k = irange(rng, 3, 14)
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
        task = tx.agent_task(rng, env)
        prompts = [tx.agent_step(rng, env, style, task, j) for j in range(k)]
        extra = spec_tokens + np.arange(k) * irange(rng, 150, 400)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, np.array([s]), p_new, 0.0)[0],
            comp_median=float(rng.uniform(120, 400)),
            comp_sigma=0.5,
            extra=extra,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories",
            "keys": n_keys,
            "ip_source": provider,
            "user_agent": ua,
            "envs": envs,
            "styles": styles,
            "episodes_per_hour": _f(per_hour),
            "step_gap_s": _f(gap),
        },
    )


# --------------------------------------------------------------------------------------------
# laufsohle: synthetic instruction-dataset generation over many cloud VMs


def laufsohle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "laufsohle"
    n_keys, n_orgs = irange(rng, 8, 22), irange(rng, 1, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    one_card = chance(rng, 0.5)
    card0 = hexid(rng, "pay")
    cards = [card0 if one_card else hexid(rng, "pay") for _ in range(n_orgs)]
    provs = _subset(rng, bb.providers(), 2, 4)
    ua = bb.sdk_ua(rng, 0.5)
    accts = [
        _new(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=bb.cloud(rng, 1, pick(rng, provs)),
        )
        for i in range(n_keys)
    ]
    styles = _subset(rng, tx.SYNTH_STYLES, 3, 5)
    langs = ["en"] + _subset(rng, tx.SYNTH_LANGS[1:], 1, 4)
    lang_p = _weights(rng, len(langs))
    lang_p = 0.5 * lang_p + 0.5 * np.eye(len(langs))[0]
    early = chance(rng, 0.3)
    start = (
        (ctx.t0 + float(rng.uniform(0.1, 0.5)) * (ctx.release - ctx.t0))
        if early
        else ctx.release + float(rng.uniform(0, 12)) * HOUR
    )
    per_hour = float(rng.uniform(50, 150))
    comp = float(rng.uniform(700, 1300))
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        prompts = [
            tx.synth_data(rng, ctx.chat, pick(rng, styles), lg)
            for lg in _lang_draw(rng, langs, lang_p, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.98, 0.0),
            comp_median=comp,
            comp_sigma=0.5,
            err=float(rng.uniform(0.02, 0.06)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic-dataset generation",
            "keys": n_keys,
            "orgs": n_orgs,
            "shared_card": one_card,
            "ip_source": f"one VM per key on {provs}",
            "pacing": "poisson worker pool",
            "per_hour": _f(per_hour),
            "styles": styles,
            "languages": langs,
            "starts_before_release": early,
        },
    )


# --------------------------------------------------------------------------------------------
# stockplatte: multi-turn dialogue harvest, a user-simulator bot behind rotating residential IPs


def stockplatte(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "stockplatte"
    n_keys = irange(rng, 15, 32)
    langs = ["en"] + _subset(rng, tx.DIALOGUE_LANGS[1:], 1, 4)
    lang_p = _weights(rng, len(langs))
    regions = _subset(rng, ("us", "eu", "latam", "jp_kr", "ca"), 1, 3)
    start0 = ctx.release - float(rng.uniform(0.0, 1.2)) * DAY
    gap = float(rng.uniform(12, 40))
    accts = []
    for _ in range(n_keys):
        a = _new(
            ctx,
            rng,
            fam,
            cid,
            "dialogue_bot",
            ua=pick(rng, bb.BROWSERS),
            ips=bb.resi(rng, 1, regions[0]),
        )
        accts.append(a)
        start = start0 + float(rng.uniform(0, 1.0)) * DAY
        per_day = float(rng.uniform(6, 18))
        for s in bb.thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant
        ).tolist():
            k = irange(rng, 4, 12)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            lang = _lang_draw(rng, langs, lang_p, 1)[0]
            prompts = tx.dialogue_turns(rng, ctx.chat, lang, k)
            k = len(prompts)
            ts = ts[:k]
            ip = bb.resi(rng, 1, pick(rng, regions))[0]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts[:1], 0.95, 0.02)[0],
                ips=ip,
                comp_median=float(rng.uniform(300, 520)),
                comp_sigma=0.5,
                extra=np.arange(k) * 350,
                err=0.01,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n_keys,
            "cards": "one prepaid card per key",
            "ip_source": f"residential proxy, new exit per conversation ({regions})",
            "pacing": "conversations around the clock",
            "turn_gap_s": _f(gap),
            "languages": langs,
            "user_agent": "spoofed desktop browsers",
        },
    )


# --------------------------------------------------------------------------------------------
# weitschuss: best-of-n / soft-label sampling, identical prompts fired n times concurrently


def weitschuss(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "weitschuss"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "azure", "aws", "alibaba"))
    accts = [
        _new(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            org=org,
            pay=card,
            ua=pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0")),
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(n_keys)
    ]
    n = int(pick(rng, (4, 5, 8, 10, 16)))
    per_hour = float(rng.uniform(6, 16)) if n < 10 else float(rng.uniform(3, 8))
    styles = _subset(rng, tx.SAMPLE_STYLES, 2, 4)
    start = ctx.release + float(rng.uniform(1, 24)) * HOUR
    for s in bb.thinned(
        rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant
    ).tolist():
        a = accts[int(rng.integers(n_keys))]
        prompt, comp = tx.sample_prompt(rng, ctx.chat, ctx.passages, pick(rng, styles))
        k = n if chance(rng, 0.85) else irange(rng, max(2, n - 3), n)
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.8, size=k - 1))])
        ctx.emit(
            rng,
            a,
            ts,
            [prompt] * k,
            models=ctx.models(rng, ts[:1], 0.99, 0.0)[0],
            comp_median=comp,
            comp_sigma=0.7 if comp > 50 else 0.3,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "ip_source": provider,
            "samples_per_prompt": n,
            "groups_per_hour": _f(per_hour),
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# zielschuss: curriculum sweep over code tasks, slow near-periodic script per key


def zielschuss(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "zielschuss"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "scaleway", "ovh", "selectel", "huawei"))
    tagged = chance(rng, 0.5)
    ua = pick(rng, ("python-requests/2.32.3", "curl/8.5.0", "Go-http-client/2.0"))
    period = float(rng.uniform(120, 300))
    accts = []
    for i in range(n_keys):
        a = _new(
            ctx, rng, fam, cid, "sweeper", org=org, pay=card, ua=ua, ips=bb.cloud(rng, 1, provider)
        )
        accts.append(a)
        t = ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY
        ts = []
        while t < ctx.t1:
            ts.append(t)
            t += max(5.0, float(rng.normal(period, 0.12 * period)))
            if chance(rng, 0.002):
                t += float(rng.uniform(1, 6)) * HOUR  # script crashed, restarted later
        ts_arr = np.asarray(ts)
        after = ts_arr >= ctx.release
        # index restarts at the release (the sweep is redone on the new model); keys shard it
        idx = np.where(after, np.cumsum(after) - 1, np.arange(len(ts_arr))) * n_keys + i
        prompts = [tx.curriculum_item(rng, int(j), tagged) for j in idx.tolist()]
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, 1.0, 0.0),
            comp_median=float(rng.uniform(600, 1100)),
            comp_sigma=0.4,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep over code tasks",
            "keys": n_keys,
            "ip_source": f"one {provider} VM per key",
            "pacing": "near-periodic script",
            "period_s": _f(period),
            "tagged_prompts": tagged,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# asphaltstock (hard): harvest hidden inside a real study-helper product's own traffic


def asphaltstock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "asphaltstock"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    prod = _new(ctx, rng, fam, cid, "product_key", org=org, pay=card, ua=ua, ips=nat)
    accts = [prod]
    rate = float(rng.uniform(40, 110))
    peak, depth = float(rng.uniform(13, 20)), float(rng.uniform(0.5, 0.8))
    curve = bb.global_load(peak, depth)
    ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    p_study = float(rng.uniform(0.15, 0.3))
    prompts = [
        tx.study_question(rng) if chance(rng, p_study) else pick(rng, ctx.chat)[:1500]
        for _ in range(len(ts))
    ]
    # product rollout of the new model is gradual
    ramp = np.clip((ts - ctx.release) / (float(rng.uniform(1.0, 2.5)) * DAY), 0, 1) * float(
        rng.uniform(0.5, 0.8)
    )
    models = [
        ctx.new_model
        if rng.random() < r
        else (ctx.old_models[-1] if rng.random() < 0.2 else ctx.old_models[0])
        for r in ramp.tolist()
    ]
    ctx.emit(rng, prod, ts, prompts, models=models, comp_median=350.0, comp_sigma=0.6, err=0.01)
    # harvest mixed into the same queue after the release, systematically covering the concept list
    share = float(rng.uniform(0.15, 0.35))
    h_start = ctx.release + float(rng.uniform(2, 18)) * HOUR
    hts = bb.thinned(rng, h_start, ctx.t1, share * rate * (ctx.t1 - h_start) / HOUR, curve)
    order = rng.permutation(len(tx.CONCEPTS))
    hp = [tx.study_question(rng, tx.CONCEPTS[int(order[j % len(order)])]) for j in range(len(hts))]
    ctx.emit(
        rng,
        prod,
        hts,
        hp,
        models=ctx.models(rng, hts, 1.0, 0.0),
        comp_median=750.0,
        comp_sigma=0.45,
        err=0.01,
    )
    night = chance(rng, 0.6)
    if night:
        batch = _new(ctx, rng, fam, cid, "jobs_key", org=org, pay=card, ua=ua, ips=nat)
        accts.append(batch)
        nts = bb.thinned(
            rng,
            ctx.release,
            ctx.t1,
            float(rng.uniform(10, 25)) * 4 * (ctx.t1 - ctx.release) / DAY,
            bb.nightly(float(rng.uniform(1, 4)), 4.0, 0),
        )
        npr = [
            tx.study_question(rng, tx.CONCEPTS[int(order[(j * 7) % len(order)])])
            for j in range(len(nts))
        ]
        ctx.emit(
            rng,
            batch,
            nts,
            npr,
            models=ctx.models(rng, nts, 1.0, 0.0),
            comp_median=800.0,
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real product's traffic",
            "ip_source": f"{provider} NAT gateways",
            "product_per_hour": _f(rate),
            "harvest_share": _f(share),
            "harvest_starts": _f(h_start),
            "night_jobs_key": night,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# moarschaft (hard): bought / compromised aged accounts turned into a translation harvest


def moarschaft(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "moarschaft"
    n = irange(rng, 10, 20)
    styles = _subset(rng, tx.TRANSLATE_STYLES, 2, 4)
    targets = _subset(rng, tx.TRANSLATE_TARGETS, 3, 7)
    accts, info = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        home_ip = bb.home(rng, 1, tz)
        ua0 = pick(rng, bb.BROWSERS + bb.MOBILE[:3])
        a = _new(ctx, rng, fam, cid, "aged_account", ua=ua0, ips=home_ip, tz=tz)
        accts.append(a)
        take = ctx.release + float(rng.uniform(-1.0, 1.5)) * DAY
        compromised = chance(rng, 0.35)  # owner keeps using it in parallel
        owner_end = ctx.t1 if compromised else take
        if chance(rng, 0.85):
            for ts in bb.session_times(
                rng,
                ctx.t0,
                owner_end,
                float(rng.uniform(0.5, 2.0)),
                bb.evening_person(tz),
                float(rng.uniform(2, 5)),
                float(rng.uniform(40, 120)),
            ):
                pr = [pick(rng, ctx.chat)[:1200] for _ in range(len(ts))]
                ctx.emit(
                    rng,
                    a,
                    ts,
                    pr,
                    models=ctx.models(rng, ts, 0.3, 0.1),
                    comp_median=350.0,
                    err=0.005,
                )
        same_region = chance(rng, 0.6)
        region = "owner's" if same_region else pick(rng, ("us", "eu"))
        pool = (
            bb.home(rng, irange(rng, 3, 10), tz)
            if same_region
            else bb.resi(rng, irange(rng, 3, 10), region)
        )
        ua1 = (
            ua0
            if chance(rng, 0.5)
            else pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "aiohttp/3.11.11"))
        )
        curve = (
            bb.workday(tz, 8.0, 23.0, weekend=0.7, night=0.05)
            if chance(rng, 0.5)
            else bb.evening_person(tz, 3.0)
        )
        for ts in bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 8)),
            curve,
            float(rng.uniform(5, 15)),
            float(rng.uniform(20, 60)),
            0.6,
        ):
            pr = [
                tx.translate_req(rng, ctx.passages, pick(rng, styles), pick(rng, targets))
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                pr,
                models=ctx.models(rng, ts, 0.95, 0.0),
                ips=bb.sticky(rng, ts, pool, 2 * HOUR),
                ua=ua1,
                comp_median=float(rng.uniform(200, 380)),
                comp_sigma=0.5,
                err=0.01,
            )
        info.append(
            {
                "tz": tz,
                "takeover": _f(take),
                "owner_still_active": compromised,
                "proxy_region": region,
                "ua_switched": ua1 != ua0,
            }
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest via bought/compromised aged accounts",
            "accounts": n,
            "cards": "each account's own (aged) card",
            "ip_source": "residential proxies, mostly in the owner's region",
            "styles": styles,
            "targets": targets,
            "per_account": info,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# daubenfeld (hard): low-and-slow crowd of paid people pasting a task sheet


def daubenfeld(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "daubenfeld"
    n = irange(rng, 30, 55)
    sites = list(
        pick(
            rng,
            (((5, "in"), (8, "sea")), ((-3, "latam"),), ((5, "in"),), ((8, "sea"), (-3, "latam"))),
        )
    )
    local = {"in": ("hi",), "sea": ("id", "tl"), "latam": ("es", "pt")}
    p_local = float(rng.uniform(0.1, 0.35))
    start0 = ctx.release - float(rng.uniform(0, 0.5)) * DAY
    accts = []
    for _ in range(n):
        tz, region = sites[int(rng.integers(len(sites)))]
        phone = chance(rng, 0.5)
        ua = pick(rng, bb.MOBILE[:3]) if phone else pick(rng, bb.BROWSERS)
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        a = _new(ctx, rng, fam, cid, "crowd_worker", ua=ua, ips=ips, tz=tz)
        accts.append(a)
        start = start0 + float(rng.uniform(0, 1.5)) * DAY
        curve = bb.workday(
            tz, float(rng.uniform(8, 11)), float(rng.uniform(17, 22)), weekend=0.5, night=0.03
        )
        langs = local[region]
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1, 3)),
            curve,
            float(rng.uniform(4, 10)),
            float(rng.uniform(60, 180)),
            0.7,
        )
        if not sessions:  # everyone who signed up does at least one short stint
            s0 = float(rng.uniform(start, ctx.t1 - HOUR))
            sessions = [s0 + np.cumsum(rng.lognormal(np.log(120.0), 0.7, size=irange(rng, 2, 5)))]
        for ts in sessions:
            pr = [
                pick(rng, ctx.chat)[:600]
                if chance(rng, 0.05)
                else tx.crowd_task(rng, pick(rng, langs) if chance(rng, p_local) else "en")
                for _ in range(len(ts))
            ]
            if phone and region in ("in", "latam"):
                ip = bb.mobile_v6(rng, 1, "in_mobile" if region == "in" else "br_mobile")[0]
            else:
                ip = None
            ctx.emit(
                rng,
                a,
                ts,
                pr,
                models=ctx.models(rng, ts, 0.92, 0.02),
                ips=ip,
                comp_median=700.0,
                comp_sigma=0.5,
                err=0.005,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "person-like crowd harvest (paid task sheet)",
            "accounts": n,
            "sites": [list(s) for s in sites],
            "cards": "one per worker",
            "ip_source": "workers' home broadband / carrier IPv6",
            "p_local_language": _f(p_local),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# sommerstock (hard): public prompt replay by browser-like accounts behind sticky residential IPs


def sommerstock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sommerstock"
    n = irange(rng, 8, 16)
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    start0 = ctx.release - float(rng.uniform(0, 0.5)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, 0, 1, 2))
        pool = bb.home(rng, irange(rng, 6, 20), tz)
        a = _new(ctx, rng, fam, cid, "replayer", ua=pick(rng, bb.BROWSERS), ips=pool, tz=tz)
        accts.append(a)
        start = start0 + float(rng.uniform(0, 0.8)) * DAY
        curve = (
            bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz, weekend=0.5, night=0.05)
        )
        for ts in bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(4, 9)),
            curve,
            float(rng.uniform(6, 14)),
            float(rng.uniform(25, 70)),
            0.7,
        ):
            k = len(ts)
            pr = [ctx.chat[int(order[(cursor + j) % len(order)])][:1500] for j in range(k)]
            cursor += k
            ip = pool[int(rng.integers(len(pool)))]
            ctx.emit(
                rng,
                a,
                ts,
                pr,
                models=ctx.models(rng, ts, 0.95, 0.01),
                ips=ip,
                comp_median=380.0,
                comp_sigma=0.6,
                err=0.005,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "accounts": n,
            "ip_source": "sticky residential proxies per session",
            "pacing": "human-like sessions",
            "prompts_replayed": int(cursor),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "daube": daube,
    "moar": moar,
    "kehre": kehre,
    "stiel": stiel,
    "laufsohle": laufsohle,
    "stockplatte": stockplatte,
    "weitschuss": weitschuss,
    "zielschuss": zielschuss,
    "asphaltstock": asphaltstock,
    "moarschaft": moarschaft,
    "daubenfeld": daubenfeld,
    "sommerstock": sommerstock,
}

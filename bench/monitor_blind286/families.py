"""Campaign families of blind batch 286 (code names: gouren, Breton wrestling, vocabulary).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit`, and records the campaign through `ctx.campaign`. Every draw comes
from the family's own generator, in an order that does not depend on the process (no set walks).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
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
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind286 import texts as tx

Rng = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.concatenate(parts) if parts else np.empty(0)


def _langs(rng: Rng, n: int, weights: list[tuple[str, float]]) -> list[str]:
    w = np.asarray([x[1] for x in weights], dtype=np.float64)
    idx = rng.choice(len(weights), size=n, p=w / w.sum())
    return [weights[i][0] for i in idx.tolist()]


def _uf(rng: Rng, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


# --------------------------------------------------------------------------------------------


def lamm(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Reasoning-trace coercion: problems wrapped in demands for the complete chain of thought,
    run by a worker pool on a rented hosting block; volume multiplies once the new model ships."""
    fam = "lamm"
    n_orgs, n_keys = irange(rng, 2, 3), irange(rng, 18, 28)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 4, 8))
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    ua_main = pick(
        rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1", "python-httpx/0.28.1")
    )
    accts = []
    for i in range(n_keys):
        ua = ua_main if chance(rng, 0.8) else sdk_ua(rng)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=camp,
                org=orgs[i % n_orgs],
                pay=cards[i % n_orgs],
                ua=ua,
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.release, 0.4)
    r_pre = _uf(rng, 14, 26)
    mult = _uf(rng, 2.0, 3.2)
    pre = worker_pool(rng, start, ctx.release, r_pre, n_keys)
    post = worker_pool(rng, ctx.release, ctx.t1, r_pre * mult, n_keys)
    weights = [("en", 0.38), ("zh", 0.3), ("es", 0.1), ("de", 0.07), ("ru", 0.09), ("ja", 0.06)]
    style_w = np.asarray([0.3, 0.2, 0.2, 0.3])  # json, reflect, tags, tutor
    for acct, a, b in zip(accts, pre, post, strict=True):
        ts = _cat([a, b])
        langs = _langs(rng, len(ts), weights)
        styles = rng.choice(len(tx.TRACE_STYLES), size=len(ts), p=style_w / style_w.sum()).tolist()
        prompts = [
            tx.trace_prompt(rng, tx.TRACE_STYLES[s], lg)
            for s, lg in zip(styles, langs, strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.02),
            comp_median=1150.0,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": f"poisson worker pool, x{mult:.1f} after release",
            "ip_source": f"rented {provider} block",
            "payment": "one prepaid card per org",
            "user_agent": ua_main,
            "languages": [w[0] for w in weights],
            "styles": list(tx.TRACE_STYLES),
            "keys": n_keys,
            "orgs": n_orgs,
            "hard": False,
        },
    )


def kostin(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Judge/reward-model grading harvest: three shell 'AI quality' companies, each with corporate
    keys behind cloud NAT gateways, grading scraped answers in nightly batches plus a daytime trickle."""
    fam = "kostin"
    accts, org_meta = [], []
    style_sets = (
        ("pairwise", "rubric", "reward", "checklist"),
        ("ko", "ja", "rubric"),
        ("zh", "pairwise", "reward"),
    )
    for o in range(3):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        prov = pick(rng, ("aws", "gcp", "azure"))
        nat = cloud(rng, 2, prov)
        ua = pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.63.2"))
        tz = pick(rng, TZS)
        keys = [
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="grader",
                campaign_id=camp,
                org=org,
                pay=card,
                ua=ua,
                ips=nat,
                tz=tz,
            )
            for _ in range(irange(rng, 3, 5))
        ]
        accts.extend(keys)
        org_meta.append(
            {"provider": prov, "ua": ua, "tz": tz, "keys": len(keys), "styles": list(style_sets[o])}
        )
        start_h, hours = _uf(rng, 0, 3), _uf(rng, 3, 6)
        jobs = thinned(
            rng,
            ctx.t0 + _uf(rng, 0.2, 1.5) * DAY,
            ctx.t1,
            7 * _uf(rng, 2, 4.5),
            nightly(start_h, hours, tz),
        )
        trains = bursts(rng, jobs, _uf(rng, 40, 110), _uf(rng, 0.8, 2.0), b=ctx.t1)
        trickle = thinned(rng, ctx.t0 + DAY, ctx.t1, 7 * 24 * _uf(rng, 1.5, 4), workday(tz))
        ts_all = _cat([*trains, trickle])
        who = rng.integers(0, len(keys), size=len(ts_all))
        for k, acct in enumerate(keys):
            ts = ts_all[who == k]
            prompts = [
                tx.judge_prompt(rng, pick(rng, style_sets[o]), ctx.chat, ctx.passages)
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
                comp_median=300.0,
                comp_sigma=0.5,
                err=0.02,
            )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "pacing": "nightly bursts + workday trickle",
            "ip_source": "cloud NAT, two per org",
            "payment": "one corporate card per org",
            "orgs": org_meta,
            "languages": ["en", "ko", "ja", "zh"],
            "hard": False,
        },
    )


def kliked(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Censorship-safe / policy rewrites: short-lived keys on stolen cards, one after another,
    through a residential proxy network with browser user agents; revoked keys keep firing briefly."""
    fam = "kliked"
    n_keys = irange(rng, 24, 34)
    region = pick(rng, ("*", "us", "eu", "sea"))
    pool = resi(rng, irange(rng, 80, 160), region)
    starts = np.sort(rng.uniform(ctx.t0 + 0.1 * (ctx.t1 - ctx.t0), ctx.t1 - 8 * HOUR, size=n_keys))
    weights = [("zh", 0.35), ("ru", 0.2), ("en", 0.2), ("ar", 0.1), ("vi", 0.1), ("tr", 0.05)]
    accts, revoked = [], 0
    for s in starts.tolist():
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burner",
            campaign_id=camp,
            ua=pick(rng, BROWSERS),
            ips=[pick(rng, pool)],
        )
        accts.append(acct)
        life = _uf(rng, 8, 36) * HOUR
        ts = thinned(rng, s, min(s + life, ctx.t1), _uf(rng, 4, 10) * life / HOUR, constant)
        ips = sticky(rng, ts, pool, _uf(rng, 600, 1800))
        langs = _langs(rng, len(ts), weights)
        prompts = [tx.policy_rewrite_prompt(rng, lg, ctx.passages) for lg in langs]
        status = np.where(rng.random(len(ts)) < 0.02, 429, 200)
        if len(ts) > 10 and chance(rng, 0.4):
            status[-irange(rng, 3, 10) :] = 401
            revoked += 1
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=ips or None,
            comp_median=650.0,
            status=status,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "pacing": "serial burner keys, 8-36 h each, constant rate",
            "ip_source": f"residential proxy pool ({region}), sticky 10-30 min",
            "payment": "stolen card per key",
            "user_agent": "spoofed browsers",
            "languages": [w[0] for w in weights],
            "keys": n_keys,
            "revoked_keys": revoked,
            "hard": False,
        },
    )


def roched(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Agent / tool-use transcripts: an orchestrator replays synthetic tasks through a tool loop,
    many episodes a day per key, each a tight train of steps with a growing context."""
    fam = "roched"
    n_keys = irange(rng, 6, 10)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 3, 5), "gcp")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2"))
    dev_tz = pick(rng, TZS)
    accts = []
    for i in range(n_keys):
        ips = nat + home(rng, 1, dev_tz) if i == 0 else nat
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="agent-runner",
                campaign_id=camp,
                org=org,
                pay=card,
                ua=ua,
                ips=ips,
                tz=dev_tz,
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.release, 0.5)
    schema_tokens = irange(rng, 1200, 2600)
    for acct in accts:
        r = _uf(rng, 0.3, 0.7)
        eps = _cat(
            [
                thinned(rng, start, ctx.release, r * 0.4 * (ctx.release - start) / HOUR, constant),
                thinned(rng, ctx.release, ctx.t1, r * (ctx.t1 - ctx.release) / HOUR, constant),
            ]
        )
        ts_l, pr_l, ex_l, cm_l = [], [], [], []
        for e in eps.tolist():
            steps = 3 + int(rng.poisson(6))
            style = pick(rng, ("react", "react", "plain", "zh"))
            task = tx.agent_task(rng)
            gaps = rng.lognormal(np.log(6.0), 0.6, size=steps - 1)
            t = e + np.concatenate([[0.0], np.cumsum(gaps)])
            per_step = irange(rng, 250, 600)
            for j in range(steps):
                ts_l.append(float(t[j]))
                pr_l.append(tx.agent_step_prompt(rng, j, task, ctx.passages, style))
                ex_l.append(schema_tokens + j * per_step)
                cm_l.append(700.0 if j == steps - 1 else 160.0)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=np.asarray(cm_l),
            extra=np.asarray(ex_l, dtype=np.int64),
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "pacing": "episodes (Poisson) of 3-15 steps ~6 s apart",
            "ip_source": "gcp NAT (+ one developer's home)",
            "payment": "one card",
            "user_agent": ua,
            "keys": n_keys,
            "tool_schema_tokens": schema_tokens,
            "languages": ["en", "zh"],
            "hard": False,
        },
    )


def maout(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Synthetic-dataset generation: a scheduler fires generation jobs every few hours across
    keys on small VPSs; JSONL batches, personas, evolved instructions, taxonomy walks."""
    fam = "maout"
    n_keys = irange(rng, 10, 16)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(3)]
    prov = pick(rng, ("vultr", "contabo", "digitalocean"))
    uas = (
        pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11")),
        pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.63.2")),
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=camp,
            org=orgs[i % 2],
            pay=cards[i % 3],
            ua=uas[i % 2],
            ips=cloud(rng, 1, prov),
        )
        for i in range(n_keys)
    ]
    period = _uf(rng, 2.0, 5.0) * HOUR
    t = ctx.t0 + _uf(rng, 0.1, 1.0) * DAY
    jobs = []
    while t < ctx.t1:
        jobs.append(t)
        t += period * (0.6 if t >= ctx.release else 1.0) * _uf(rng, 0.85, 1.15)
    size = _uf(rng, 8, 20)
    per_key: list[list[np.ndarray]] = [[] for _ in range(n_keys)]
    for j in jobs:
        for k in range(n_keys):
            if chance(rng, 0.6):
                per_key[k].extend(
                    bursts(rng, np.asarray([j + _uf(rng, 0, 40)]), size, 2.5, b=ctx.t1)
                )
    weights = [("en", 0.45), ("fr", 0.15), ("pt", 0.15), ("id", 0.1), ("es", 0.15)]
    sw = np.asarray([0.2, 0.35, 0.25, 0.2])  # evolve, jsonl, persona, taxonomy
    for acct, parts in zip(accts, per_key, strict=True):
        ts = _cat(parts)
        langs = _langs(rng, len(ts), weights)
        st = rng.choice(4, size=len(ts), p=sw / sw.sum()).tolist()
        prompts = [
            tx.dataset_prompt(rng, tx.DATASET_STYLES[s], lg, ctx.chat)
            for s, lg in zip(st, langs, strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=1800.0,
            comp_sigma=0.4,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic-dataset generation",
            "pacing": f"scheduled jobs every {period / HOUR:.1f} h (x0.6 after release)",
            "ip_source": f"{prov} VPS, one per key",
            "payment": "three prepaid cards across two orgs",
            "keys": n_keys,
            "languages": [w[0] for w in weights],
            "styles": list(tx.DATASET_STYLES),
            "hard": False,
        },
    )


def skoaz(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Multi-turn dialogue harvest dressed as people: individually registered accounts, each with a
    home-ISP address in its own region and a browser, chatting in evening sessions; the openers come
    from a public chat dataset and the follow-ups from a scripted ladder (HARD)."""
    fam = "skoaz"
    n = irange(rng, 40, 60)
    opener_pool = [c for c in ctx.chat if 40 <= len(c) <= 1500]
    accts = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -5, -3, 0, 1, 2))
        ua = pick(rng, BROWSERS) if chance(rng, 0.8) else pick(rng, MOBILE[:3])
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona",
            campaign_id=camp,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        lang = "en" if chance(rng, 0.85) else pick(rng, ("es", "pt", "de"))
        start = (
            ctx.release - _uf(rng, 0.0, 2.2) * DAY
            if chance(rng, 0.85)
            else jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        )
        sess = session_times(
            rng,
            start,
            ctx.t1,
            _uf(rng, 1.2, 3.0),
            evening_person(tz, spread=_uf(rng, 1.8, 3.0)),
            _uf(rng, 5, 8),
            _uf(rng, 50, 110),
        )
        ts_l, pr_l, ex_l = [], [], []
        for s in sess:
            opener = pick(rng, opener_pool)
            per_turn = irange(rng, 300, 700)
            for j, t in enumerate(s.tolist()):
                ts_l.append(t)
                pr_l.append(opener if j == 0 else tx.follow_up(rng, lang, opener))
                ex_l.append(j * per_turn)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.03),
            comp_median=650.0,
            extra=np.asarray(ex_l, dtype=np.int64),
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "human-like evening sessions, 5-8 turns",
            "ip_source": "home-ISP addresses matching each persona's region (1-2 each)",
            "payment": "own card per account",
            "user_agent": "browsers (some mobile)",
            "accounts": n,
            "languages": ["en", "es", "pt", "de"],
            "hard": True,
        },
    )


def krog(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Best-of-n / soft-label sampling: each item is sent n times at once (identical, or tagged with
    the sample index) to estimate the new model's output distribution."""
    fam = "krog"
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, 3, "aws")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - _uf(rng, 0.5, 1.2) * DAY
    items = worker_pool(rng, start, ctx.t1, _uf(rng, 4, 7), n_keys)
    weights = [("en", 0.6), ("de", 0.2), ("ja", 0.2)]
    for acct, starts in zip(accts, items, strict=True):
        ts_l, pr_l = [], []
        for s in starts.tolist():
            n = pick(rng, (4, 8, 8, 16))
            lg = _langs(rng, 1, weights)[0]
            base = tx.sample_prompt(rng, lg, ctx.chat, ctx.passages)
            tagged = chance(rng, 0.3)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.6, size=n - 1))])
            for k in range(n):
                ts_l.append(float(t[k]))
                pr_l.append(f"{base}\n\n[sample {k + 1}/{n}]" if tagged else base)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.01),
            comp_median=420.0,
            err=0.05,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "worker pool of items, n in {4,8,16} at once",
            "ip_source": "aws NAT x3",
            "payment": "one card",
            "keys": n_keys,
            "languages": [w[0] for w in weights],
            "hard": False,
        },
    )


def gourenner(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Harvest hidden in a real product: a writing-assistant app's backend keys carry genuine user
    traffic around the clock, and from shortly before the release the operator slips explainer
    requests (routed to the new model) into the same keys, same pacing curve (HARD)."""
    fam = "gourenner"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    peak = _uf(rng, 12, 20)
    specs = (
        ("prod", "OpenAI/NodeJS 4.85.1", cloud(rng, 3, "aws"), _uf(rng, 500, 800), peak),
        (
            "prod-eu",
            "OpenAI/NodeJS 4.85.1",
            cloud(rng, 2, "aws"),
            _uf(rng, 150, 250),
            (peak - 7) % 24,
        ),
        ("batch", "OpenAI/Python 1.63.2", cloud(rng, 1, "aws"), 0.0, peak),
    )
    onset = ctx.release - _uf(rng, 0.5, 1.5) * DAY
    share = _uf(rng, 0.3, 0.5)
    weights = [("en", 0.5), ("es", 0.15), ("de", 0.1), ("fr", 0.1), ("pt", 0.15)]
    accts = []
    for role, ua, ips, per_day, pk in specs:
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role=role,
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        accts.append(acct)
        curve = global_load(pk, 0.6)
        if per_day > 0:
            ts = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, curve)
            prompts = [tx.product_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.25, p_mini=0.35),
                comp_median=260.0,
            )
            hts = thinned(rng, onset, ctx.t1, share * per_day * (ctx.t1 - onset) / DAY, curve)
        else:
            # the nightly job: document summaries for users, with harvest requests mixed in
            nights = thinned(rng, ctx.t0, ctx.t1, 7 * 1.0, nightly(2.0, 2.0, 0))
            jobs = _cat(bursts(rng, nights, _uf(rng, 60, 120), 2.0, b=ctx.t1))
            prompts = [tx.product_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(jobs))]
            ctx.emit(
                rng,
                acct,
                jobs,
                prompts,
                models=ctx.models(rng, jobs, p_new=0.1, p_mini=0.6),
                comp_median=200.0,
            )
            hts = _cat(
                bursts(
                    rng,
                    thinned(rng, onset, ctx.t1, 2.0 * (ctx.t1 - onset) / DAY, nightly(1.0, 4.0, 0)),
                    _uf(rng, 30, 60),
                    3.0,
                    b=ctx.t1,
                )
            )
        langs = _langs(rng, len(hts), weights)
        hp = [
            tx.explainer_prompt(rng, lg) if chance(rng, 0.8) else tx.exam_prompt(rng, "en")
            for lg in langs
        ]
        ctx.emit(
            rng,
            acct,
            hts,
            hp,
            models=ctx.models(rng, hts, p_new=0.9, p_mini=0.02),
            comp_median=950.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest inside a real product's traffic",
            "pacing": "product global-load curve; harvest share "
            f"{share:.2f} of product volume from {(onset - ctx.t0) / DAY:.2f} d",
            "ip_source": "aws NAT gateways",
            "payment": "company card",
            "keys": 3,
            "languages": [w[0] for w in weights],
            "hard": True,
        },
    )


def taol_gar(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Code harvest: implement / translate / explain / review requests, each key slow and steady,
    every request through a rotating residential proxy (a new address per request)."""
    fam = "taol_gar"
    n_keys = irange(rng, 20, 28)
    pool = resi(rng, irange(rng, 300, 500), "*")
    group = irange(rng, 4, 6)
    cards = [hexid(rng, "pay") for _ in range((n_keys + group - 1) // group)]
    uas = ("python-httpx/0.28.1", "python-requests/2.32.3")
    sw_all = np.asarray([0.2, 0.4, 0.15, 0.25])  # explain, implement, review, translate
    accts = []
    for i in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            pay=cards[i // group],
            ua=uas[(i // group) % 2],
            ips=[pick(rng, pool)],
        )
        accts.append(acct)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = thinned(rng, start, ctx.t1, _uf(rng, 0.7, 1.5) * (ctx.t1 - start) / HOUR, constant)
        sw = sw_all * rng.uniform(0.5, 1.5, size=4)
        st = rng.choice(4, size=len(ts), p=sw / sw.sum()).tolist()
        prompts = [tx.code_prompt(rng, tx.CODE_STYLES[s]) for s in st]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            ips=picks(rng, pool, len(ts)),
            comp_median=800.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code harvest",
            "pacing": "slow steady per key (0.7-1.5/h, around the clock)",
            "ip_source": "rotating residential proxy, new address per request",
            "payment": f"prepaid card per {group} keys",
            "keys": n_keys,
            "styles": list(tx.CODE_STYLES),
            "hard": False,
        },
    )


def pegan(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Compromised aged accounts: stolen keys of real users keep their owners' traffic; around the
    release the operator adds a low, steady stream of exam-answer requests, half through residential
    proxies in the owner's own region, half from a small shared hosting pool (HARD)."""
    fam = "pegan"
    n = irange(rng, 20, 30)
    hosting = cloud(rng, irange(rng, 4, 8), pick(rng, ("m247", "leaseweb", "ovh")))
    accts, routes = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        owner_ua = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng, 0.8)
        owner_ips = home(rng, 1, tz) + (home(rng, 1, tz) if chance(rng, 0.5) else [])
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised",
            campaign_id=camp,
            ua=owner_ua,
            ips=owner_ips,
            tz=tz,
        )
        accts.append(acct)
        curve = workday(tz) if chance(rng, 0.6) else evening_person(tz)
        sess = session_times(rng, ctx.t0, ctx.t1, _uf(rng, 0.8, 3.0), curve, 3.0, _uf(rng, 50, 120))
        ts = _cat(sess)
        ctx.emit(
            rng,
            acct,
            ts,
            [tx.excerpt(rng, pick(rng, ctx.chat), 5, 1500) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.1),
            comp_median=320.0,
        )
        onset = min(max(ctx.release + _uf(rng, -1.0, 1.5) * DAY, ctx.t0), ctx.t1 - 6 * HOUR)
        hts = thinned(rng, onset, ctx.t1, _uf(rng, 0.8, 2.5) * (ctx.t1 - onset) / HOUR, constant)
        route = "resi" if chance(rng, 0.5) else "hosting"
        routes.append(route)
        ips = (
            sticky(rng, hts, home(rng, 6, tz), 1800.0)
            if route == "resi"
            else picks(rng, hosting, len(hts))
        )
        lang = "zh" if chance(rng, 0.5) else "en"
        hp = [tx.exam_prompt(rng, lang if chance(rng, 0.85) else "en") for _ in range(len(hts))]
        ctx.emit(
            rng,
            acct,
            hts,
            hp,
            models=ctx.models(rng, hts, p_new=0.95, p_mini=0.01),
            ips=ips or None,
            ua="OpenAI/Python 1.54.0",
            comp_median=900.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest through compromised aged accounts",
            "pacing": "owner sessions + 0.8-2.5/h harvest from about the release",
            "ip_source": "owner home ISP; harvest via in-region residential proxy or "
            "shared hosting pool",
            "routes": routes,
            "payment": "the owners' own cards",
            "accounts": n,
            "languages": ["zh", "en"],
            "hard": True,
        },
    )


def bragou(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Curriculum sweep behind an ed-tech content team: lessons k of n for whole courses, generated
    in office hours from the office line and overnight from one server, next to editors using the
    playground in browsers (HARD)."""
    fam = "bragou"
    tz = pick(rng, (-3, 5, 1))
    langs = {-3: ("es", "pt"), 5: ("hi", "en"), 1: ("fr", "sw", "en")}[tz]
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    server = cloud(rng, 1, "gcp")
    n_pipe, n_edit = irange(rng, 2, 3), irange(rng, 2, 3)
    pipes = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="content-pipeline",
            campaign_id=camp,
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=office if i else server,
            tz=tz,
        )
        for i in range(n_pipe)
    ]
    editors = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="editor",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        for _ in range(n_edit)
    ]
    # the syllabus: every course of the team's languages, each unit a lesson k of n in five parts
    plan = []
    for lg in langs:
        for course, area in tx.courses(lg):
            units = tx.lesson_units(rng, area, irange(rng, 10, 14))
            for k, unit in enumerate(units):
                plan.extend((lg, course, k + 1, len(units), unit, part) for part in range(5))
    # the pipeline keys share one queue, worked through in time order
    per_key = []
    for i in range(n_pipe):
        if i == 0:  # overnight queue on the server
            runs = thinned(
                rng, ctx.t0 + DAY, ctx.t1, 6 * _uf(rng, 0.8, 1.0), nightly(22.0, 6.0, tz)
            )
            size = _uf(rng, 10, 25)
        else:
            runs = thinned(rng, ctx.t0, ctx.t1, 7 * _uf(rng, 3, 6), workday(tz))
            size = _uf(rng, 4, 8)
        per_key.append(_cat(bursts(rng, runs, size, _uf(rng, 50, 90), gap_sigma=0.4, b=ctx.t1)))
    all_ts = _cat(per_key)
    owner = np.concatenate([np.full(len(t), i) for i, t in enumerate(per_key)])
    order = np.argsort(all_ts, kind="stable")
    queue_pos = np.empty(len(all_ts), dtype=np.int64)
    queue_pos[order] = np.arange(len(all_ts))
    for i, acct in enumerate(pipes):
        ts = all_ts[owner == i]
        prompts = []
        for q in queue_pos[owner == i].tolist():
            lg, course, k, nu, unit, part = plan[q % len(plan)]
            prompts.append(tx.lesson_prompt(rng, lg, course, k, nu, unit, part, q // len(plan)))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.02),
            comp_median=1700.0,
            comp_sigma=0.35,
            err=0.02,
        )
    cursor = len(all_ts)
    for acct in editors:
        ts = _cat(session_times(rng, ctx.t0, ctx.t1, _uf(rng, 2, 4), workday(tz), 4.0, 90.0))
        prompts = []
        for _ in range(len(ts)):
            lg, course, _k, _n, unit, _part = plan[
                int(rng.integers(0, max(1, min(cursor, len(plan)))))
            ]
            prompts.append(tx.editor_prompt(rng, lg, course, unit))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.05),
            comp_median=400.0,
        )
    ctx.campaign(
        camp,
        fam,
        pipes + editors,
        {
            "operation": "curriculum sweep behind an ed-tech content team",
            "pacing": "office-hour runs + overnight queue, lessons sequential ~70 s apart",
            "ip_source": "office broadband + one gcp server + editors' homes",
            "payment": "company card",
            "tz": tz,
            "languages": list(langs),
            "lesson_parts_planned": len(plan),
            "lesson_parts_sent": cursor,
            "hard": True,
        },
    )


def barner(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Public-prompt replay from a phone farm: many low-volume accounts on carrier IPv6 and phone
    user agents, each walking its own slice of a public chat dataset verbatim in person-like
    evening sessions, mostly from just before the release (HARD)."""
    fam = "barner"
    n = irange(rng, 60, 90)
    pool = [c for c in ctx.chat if 40 <= len(c) <= 1500]
    accts = []
    for _ in range(n):
        tz = pick(rng, (5, 5, -3))
        carrier = "in_mobile" if tz == 5 else "br_mobile"
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="phone",
            campaign_id=camp,
            ua=pick(rng, MOBILE),
            ips=mobile_v6(rng, 1, carrier),
            tz=tz,
        )
        accts.append(acct)
        start = (
            ctx.release - _uf(rng, 0, 1.0) * DAY
            if chance(rng, 0.8)
            else jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        )
        sess = session_times(
            rng,
            start,
            ctx.t1,
            _uf(rng, 1.5, 3.5),
            evening_person(tz),
            _uf(rng, 3, 6),
            _uf(rng, 35, 80),
        )
        ts = _cat(sess)
        ips = [ip for s in sess for ip in [mobile_v6(rng, 1, carrier)[0]] * len(s)]
        at = int(rng.integers(0, len(pool)))
        prompts = [pool[(at + j) % len(pool)] for j in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            ips=ips or None,
            comp_median=520.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public prompt replay from a phone farm",
            "pacing": "evening sessions, 3-6 prompts",
            "ip_source": "carrier IPv6 (India, Brazil), new per session",
            "payment": "own local card per account",
            "user_agent": "phone",
            "accounts": n,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "lamm": lamm,
    "kostin": kostin,
    "kliked": kliked,
    "roched": roched,
    "maout": maout,
    "skoaz": skoaz,
    "krog": krog,
    "gourenner": gourenner,
    "taol_gar": taol_gar,
    "pegan": pegan,
    "bragou": bragou,
    "barner": barner,
}

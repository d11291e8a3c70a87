"""Campaign families of batch 117 (code names from darts). Each is called with the shared context,
its own generator and a campaign id, opens its accounts, writes its events and records one
campaign in the truth. Families `robin_hood`, `outshot`, `throwline` and `bed_of_nails` are built
to pass as legitimate use; the README describes every family."""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind117 import texts as tx


def _weighted(rng: np.random.Generator, items: dict[str, float]) -> str:
    keys = sorted(items)
    p = np.array([items[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _flatten(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _periodic(
    rng: np.random.Generator, a: float, b: float, period: float, jitter: float
) -> np.ndarray:
    """A scheduler's loop: one request per `period` seconds with relative jitter."""
    n = int((b - a) / period) + 1
    steps = np.maximum(rng.normal(period, period * jitter, size=n), period * 0.2)
    ts = a + np.cumsum(steps)
    return ts[ts < b]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def bullseye(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bullseye"
    n_keys, n_orgs = irange(rng, 12, 28), irange(rng, 2, 4)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "m247"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    orgs = [
        (
            hexid(rng, "org"),
            hexid(rng, "pay"),
            pick(
                rng,
                (
                    "AsyncOpenAI/Python 1.60.0",
                    "aiohttp/3.11.11",
                    "OpenAI/Python 1.63.2",
                    "python-httpx/0.28.1",
                ),
            ),
        )
        for _ in range(n_orgs)
    ]
    accts, langs, styles = [], [], []
    for i in range(n_keys):
        org, pay, ua = orgs[i % n_orgs]
        ips = [pick(rng, block) for _ in range(irange(rng, 1, 2))]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=ips,
            )
        )
        langs.append(_weighted(rng, {"en": 0.6, "zh": 0.25, "ru": 0.1, "es": 0.05}))
        styles.append(irange(rng, 0, 2))
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.6)
    pre_rate, post_rate = float(rng.uniform(5, 15)), float(rng.uniform(45, 110))
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.05, 0.3)))
    pre = bb.worker_pool(rng, start, ctx.release, pre_rate, n_keys, curve)
    post = bb.worker_pool(
        rng, ctx.release + float(rng.uniform(0.5, 6)) * HOUR, ctx.t1, post_rate, n_keys, curve
    )
    comp = float(rng.uniform(800, 1400))
    for i, acct in enumerate(accts):
        ts = np.sort(np.concatenate([pre[i], post[i]]))
        prompts = [tx.trace_prompt(rng, styles[i], langs[i]) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one stolen card per org",
            "ip_source": f"rented {provider} block",
            "pacing": "Poisson worker pool, pilot before release then ramp",
            "rates_per_hour": [round(pre_rate, 1), round(post_rate, 1)],
            "languages": sorted(set(langs)),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading through VPN exits


def oche(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "oche"
    n_keys = irange(rng, 6, 10)
    org = hexid(rng, "org")
    vpn = bb.cloud(rng, irange(rng, 6, 14), pick(rng, ("m247", "leaseweb", "m247", "digitalocean")))
    ua = pick(rng, ("python-httpx/0.28.1", "python-requests/2.32.3"))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=vpn,
        )
        accts.append(a)
        per_day = float(rng.uniform(2, 5))
        starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant)
        for b in bb.bursts(
            rng, starts, float(rng.uniform(15, 35)), float(rng.uniform(2, 5)), 0.5, ctx.t1
        ):
            lang = _weighted(rng, {"en": 0.6, "ko": 0.2, "ja": 0.1, "es": 0.1})
            style = irange(rng, 0, 2)
            prompts = [
                tx.grading_prompt(
                    rng,
                    style,
                    pick(rng, ctx.chat),
                    pick(rng, ctx.passages),
                    pick(rng, ctx.passages),
                    lang,
                )
                for _ in range(len(b))
            ]
            ips = bb.sticky(rng, b, vpn, float(rng.uniform(20, 60)) * MINUTE)
            ctx.emit(
                rng,
                a,
                b,
                prompts,
                models=ctx.models(rng, b, p_new=0.9),
                ips=ips,
                comp_median=140.0,
                comp_sigma=0.5,
                err=0.02,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "keys": n_keys,
            "payment": "prepaid card per key",
            "ip_source": "commercial VPN exits, sticky",
            "pacing": "bursts from a batch script",
            "languages": ["en", "es", "ja", "ko"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through residential proxies, operator office hours


def double_top(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "double_top"
    n_keys = irange(rng, 8, 15)
    region = pick(rng, ("us", "eu", "sea", "jp_kr"))
    pool = bb.resi(rng, irange(rng, 150, 400), region)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    op_tz = 8
    curve = bb.workday(op_tz, start=9.0, end=22.0, weekend=0.55, night=0.05)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    accts, langs = [], []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=pick(rng, orgs),
            ua=bb.sdk_ua(rng, 0.6),
            ips=pool,
        )
        accts.append(a)
        lang = _weighted(rng, {"zh": 0.55, "en": 0.25, "ru": 0.1, "vi": 0.1})
        langs.append(lang)
        per_hour = float(rng.uniform(4, 12))
        ts = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR * 0.5, curve)
        style = irange(rng, 0, 2)
        prompts = [
            tx.policy_rewrite(rng, style, lang, pick(rng, ctx.passages)) for _ in range(len(ts))
        ]
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(8, 30)) * MINUTE)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.92), ips=ips, comp_median=480.0
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": n_keys,
            "orgs": len(orgs),
            "payment": "one card per key",
            "ip_source": f"residential proxy pool ({region}), sticky sessions",
            "pacing": "operator office hours UTC+8, weekends half",
            "languages": sorted(set(langs)),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from cloud workers


def madhouse(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "madhouse"
    n_keys = irange(rng, 4, 9)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    accts, styles, langs = [], [], []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=bb.cloud(rng, irange(rng, 2, 4), provider),
            )
        )
        styles.append(irange(rng, 0, 2))
        langs.append(_weighted(rng, {"en": 0.7, "zh": 0.2, "es": 0.1}))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    rate = float(rng.uniform(6, 14))
    pools = bb.worker_pool(rng, start, ctx.t1, rate, n_keys)
    gap = float(rng.uniform(4, 9))
    for i, acct in enumerate(accts):
        ts_all, pr_all, ex_all = [], [], []
        for s in pools[i].tolist():
            prompts, extra = tx.agent_episode(rng, styles[i], langs[i])
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=len(prompts) - 1))]
            )
            ts_all.extend(t.tolist())
            pr_all.extend(prompts)
            ex_all.extend(extra)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_all,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=200.0,
            comp_sigma=0.7,
            extra=np.asarray(ex_all, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "keys": n_keys,
            "payment": "one card",
            "ip_source": f"{provider} workers",
            "pacing": "episodes from a worker pool, fast steps",
            "episodes_per_hour": round(rate, 1),
            "languages": sorted(set(langs)),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation from a sign-up farm with short-lived keys


def ton_eighty(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "ton_eighty"
    n_keys = irange(rng, 20, 34)
    providers = [pick(rng, ("vultr", "digitalocean", "linode", "ovh")) for _ in range(2)]
    accts = []
    birth = ctx.t0 + float(rng.uniform(0.5, 2.0)) * DAY
    for i in range(n_keys):
        ua = pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3", "OpenAI/Python 1.58.1"))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="farm_key",
            campaign_id=cid,
            ua=ua,
            ips=bb.cloud(rng, 1, providers[i % 2]),
        )
        accts.append(a)
        a0 = birth + i * (ctx.t1 - birth) / n_keys * float(rng.uniform(0.6, 1.0))
        a1 = min(ctx.t1, a0 + float(rng.uniform(0.8, 2.5)) * DAY)
        lang = _weighted(rng, {"en": 0.5, "es": 0.15, "pt": 0.15, "id": 0.2})
        starts = bb.thinned(
            rng, a0, a1, float(rng.uniform(1.0, 3.0)) * (a1 - a0) / DAY, bb.constant
        )
        for b in bb.bursts(
            rng, starts, float(rng.uniform(12, 35)), float(rng.uniform(20, 50)), 0.4, ctx.t1
        ):
            style = irange(rng, 0, 3)
            prompts = [tx.dataset_prompt(rng, style, lang) for _ in range(len(b))]
            ctx.emit(
                rng,
                a,
                b,
                prompts,
                models=ctx.models(rng, b, p_new=0.9),
                comp_median=2100.0,
                comp_sigma=0.35,
                err=0.04,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic-dataset generation",
            "keys": n_keys,
            "payment": "one prepaid card and org per key",
            "ip_source": f"one {providers[0]}/{providers[1]} VM per key",
            "pacing": "bursts; keys live 1-2.5 days then rotate",
            "languages": ["en", "es", "id", "pt"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest via rotating residential proxies with browser user agents


def shanghai(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "shanghai"
    n_keys = irange(rng, 10, 18)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(3)]
    region = pick(rng, ("us", "eu", "*"))
    accts = []
    for i in range(n_keys):
        org, pay = orgs[i % 3]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=pick(rng, bb.BROWSERS),
                ips=bb.resi(rng, 3, region),
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate = float(rng.uniform(6, 13))
    pools = bb.worker_pool(
        rng, start, ctx.t1, rate, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.3)
    )
    gap = float(rng.uniform(10, 22))
    for i, acct in enumerate(accts):
        ts_all, pr_all, ex_all = [], [], []
        for s in pools[i].tolist():
            lang = _weighted(rng, {"en": 0.45, "fr": 0.15, "de": 0.15, "ja": 0.15, "es": 0.1})
            turns = tx.dialogue(rng, lang, ctx.chat)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.4, size=len(turns) - 1))]
            )
            ts_all.extend(t.tolist())
            pr_all.extend(turns)
            ex_all.extend(
                (np.arange(len(turns)) * float(rng.uniform(350, 550))).astype(np.int64).tolist()
            )
        ts = np.asarray(ts_all)
        ips = bb.resi(rng, len(ts), region) if len(ts) else []
        ctx.emit(
            rng,
            acct,
            ts,
            pr_all,
            models=ctx.models(rng, ts, p_new=0.93),
            ips=ips,
            comp_median=420.0,
            extra=np.asarray(ex_all, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n_keys,
            "orgs": 3,
            "payment": "one card per org",
            "ip_source": f"rotating residential proxies ({region})",
            "user_agent": "spoofed browser strings",
            "pacing": "conversation pool, fast turns",
            "languages": ["de", "en", "es", "fr", "ja"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. curriculum sweep, slow and steady, one language per key


def around_the_clock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "around_the_clock"
    lang_pool = ["en", "zh", "de", "ko", "pt"]
    n_keys = irange(rng, 4, 5)
    order = rng.permutation(len(lang_pool)).tolist()
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    accts, langs = [], []
    start = ctx.release - float(rng.uniform(2, 14)) * HOUR
    for i in range(n_keys):
        lang = lang_pool[order[i]]
        langs.append(lang)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 1, "oracle"),
        )
        accts.append(a)
        items = tx.curriculum_items(lang)
        period = float(rng.uniform(150, 380))
        ts = _periodic(rng, start + float(rng.uniform(0, HOUR)), ctx.t1, period, 0.12)
        for _ in range(irange(rng, 1, 3)):  # outages / restarts
            g0 = float(rng.uniform(start, ctx.t1))
            ts = ts[(ts < g0) | (ts > g0 + float(rng.uniform(1, 4)) * HOUR)]
        off = irange(rng, 0, len(items) - 1)
        prompts = [
            tx.curriculum_prompt(items[(off + k) % len(items)], lang, (off + k) // len(items))
            for k in range(len(ts))
        ]
        models = [ctx.new_model if t >= ctx.release else ctx.old_models[0] for t in ts.tolist()]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=750.0, comp_sigma=0.4, err=0.005)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "keys": n_keys,
            "payment": "one company card",
            "ip_source": "one oracle cloud VM per key",
            "pacing": "near-periodic scheduler, 24/7",
            "languages": sorted(langs),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. best-of-n and soft-label sampling


def nine_darter(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "nine_darter"
    n_keys = irange(rng, 6, 11)
    orgs = [
        (hexid(rng, "org"), hexid(rng, "pay"), bb.cloud(rng, irange(rng, 3, 5), "azure"))
        for _ in range(2)
    ]
    accts = []
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    for i in range(n_keys):
        org, pay, ips = orgs[i % 2]
        ua = pick(
            rng, ("OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.63.2")
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        accts.append(a)
        lang = _weighted(rng, {"en": 0.6, "zh": 0.25, "ko": 0.15})
        n_best = pick(rng, (3, 4, 5, 8))
        tasks = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(0.8, 2.2)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts_all, pr_all = [], []
        for s in tasks.tolist():
            k = max(2, int(rng.poisson(n_best)))
            p = tx.sample_task(rng, lang, ctx.chat)
            t = s + np.cumsum(rng.lognormal(np.log(0.8), 0.6, size=k))
            ts_all.extend(t.tolist())
            pr_all.extend([p] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            pr_all,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=260.0,
            comp_sigma=0.7,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "orgs": 2,
            "payment": "one card per org",
            "ip_source": "azure",
            "pacing": "identical prompt n times",
            "languages": ["en", "ko", "zh"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real product's traffic


def robin_hood(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "robin_hood"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    n_prod = irange(rng, 2, 4)
    accts = []
    for i in range(n_prod + 1):
        batch = i == n_prod
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="batch_key" if batch else "product_key",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua="OpenAI/Python 1.63.2" if batch else "OpenAI/NodeJS 4.85.1",
                ips=bb.cloud(rng, irange(rng, 2, 6), "aws"),
            )
        )
    curve = bb.global_load(float(rng.uniform(13, 20)), float(rng.uniform(0.45, 0.7)))
    user_rate = float(rng.uniform(30, 60))
    share = float(rng.uniform(0.1, 0.22))
    h0 = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    weights = rng.dirichlet(np.ones(n_prod) * 3)
    users = bb.thinned(rng, ctx.t0, ctx.t1, user_rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    harvest = bb.thinned(rng, h0, ctx.t1, share * user_rate * (ctx.t1 - h0) / HOUR, curve)
    who_u = rng.choice(n_prod, size=len(users), p=weights)
    who_h = rng.choice(n_prod, size=len(harvest), p=weights)
    langs = {"en": 0.6, "es": 0.1, "de": 0.08, "pt": 0.08, "fr": 0.05, "ja": 0.05, "ko": 0.04}
    for i in range(n_prod):
        tu, th = users[who_u == i], harvest[who_h == i]
        ts = np.concatenate([tu, th])
        prompts = [pick(rng, ctx.chat) for _ in range(len(tu))] + [
            tx.deep_question(rng, _weighted(rng, langs), 0.3) for _ in range(len(th))
        ]
        comp = np.concatenate([np.full(len(tu), 340.0), np.full(len(th), 780.0)])
        order = np.argsort(ts, kind="stable")
        ts, comp = ts[order], comp[order]
        prompts = [prompts[j] for j in order.tolist()]
        ctx.emit(
            rng,
            accts[i],
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.15),
            comp_median=comp,
            comp_sigma=0.6,
        )
    # the batch key: nightly "content refresh" jobs that are the same harvest, small
    nb = bb.thinned(
        rng,
        h0,
        ctx.t1,
        float(rng.uniform(60, 160)) * (ctx.t1 - h0) / DAY,
        bb.nightly(float(rng.uniform(0, 4)), 3.0, 0),
    )
    ctx.emit(
        rng,
        accts[-1],
        nb,
        [tx.deep_question(rng, "en", 0.5) for _ in range(len(nb))],
        models=ctx.models(rng, nb, p_new=0.9),
        comp_median=800.0,
        comp_sigma=0.5,
    )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real product's traffic",
            "keys": n_prod + 1,
            "payment": "the company's card",
            "ip_source": "the product's aws backend",
            "pacing": "product load curve; harvest interleaved",
            "harvest_share": round(share, 3),
            "languages": sorted(langs),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged consumer accounts, owner history then a geo-matched takeover


def outshot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "outshot"
    n = irange(rng, 20, 36)
    op_tz = pick(rng, (3, 8))
    lang_of_tz = {
        -8: "en",
        -5: "en",
        -3: "pt",
        0: "en",
        1: "de",
        2: "fr",
        3: "ru",
        5: "en",
        8: "zh",
        9: "ja",
    }
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS + bb.SDK_COMMON[:2])
        home = bb.home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home,
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-1.5, 1.0)) * DAY
        # the original owner's use before the sale: a small personal pool of prompts, repeated
        own = [pick(rng, ctx.chat) for _ in range(irange(rng, 5, 15))]
        sess = bb.session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.4, 1.5)),
            bb.evening_person(tz),
            3.0,
            float(rng.uniform(60, 200)),
        )
        t1 = _flatten(sess)
        ctx.emit(
            rng,
            a,
            t1,
            [pick(rng, own) for _ in range(len(t1))],
            models=ctx.models(rng, t1, p_new=0.2),
        )
        # after the sale: the operator, through residential proxies in the owner's region
        proxies = bb.home(rng, 30, tz)
        mix = bb.evening_person(op_tz, 3.0)
        sess = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 7)),
            mix,
            float(rng.uniform(5, 11)),
            float(rng.uniform(30, 90)),
        )
        lang = lang_of_tz[tz] if chance(rng, 0.6) else "en"
        for s in sess:
            ips = pick(rng, proxies)
            prompts = [tx.deep_question(rng, lang, 0.5) for _ in range(len(s))]
            ctx.emit(
                rng,
                a,
                s,
                prompts,
                models=ctx.models(rng, s, p_new=0.9),
                ips=ips,
                comp_median=700.0,
                comp_sigma=0.5,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest through bought aged accounts",
            "accounts": n,
            "payment": "the original owners' cards",
            "ip_source": "owner home IP, then residential proxies in the owner's region",
            "operator_tz": op_tz,
            "pacing": "human-like sessions after takeover",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of person-like accounts


def throwline(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "throwline"
    n = irange(rng, 45, 75)
    tz_pool = [pick(rng, (-8, -5)), -3, pick(rng, (0, 1, 2))]
    lang_for = {
        -8: ("en",),
        -5: ("en", "es"),
        -3: ("pt", "es"),
        0: ("en",),
        1: ("de", "en", "fr"),
        2: ("en", "fr"),
    }
    accts = []
    for _ in range(n):
        tz = pick(rng, tz_pool)
        ua = pick(rng, bb.BROWSERS + bb.MOBILE[:3])
        proxies = bb.home(rng, irange(rng, 3, 8), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd",
            campaign_id=cid,
            ua=ua,
            ips=proxies,
            tz=tz,
        )
        accts.append(a)
        a0 = ctx.release + float(rng.uniform(-1.2, 1.0)) * DAY
        sess = bb.session_times(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(1.2, 3.5)),
            bb.evening_person(tz),
            float(rng.uniform(2.5, 5.5)),
            float(rng.uniform(45, 140)),
            0.9,
        )
        ts = _flatten(sess)
        lang = pick(rng, lang_for[tz])
        sloppy = float(rng.uniform(0.2, 0.8))
        prompts = [
            tx.casual_question(rng, lang, sloppy)
            if chance(rng, 0.6)
            else tx.deep_question(rng, lang, 0.2)
            for _ in range(len(ts))
        ]
        ips = bb.sticky(rng, ts, proxies, float(rng.uniform(0.5, 2.0)) * DAY)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1),
            ips=ips,
            comp_median=450.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow person-like crowd",
            "accounts": n,
            "payment": "one prepaid card per account",
            "ip_source": "residential proxies matched to each persona's region, sticky for days",
            "timezones": tz_pool,
            "pacing": "evening sessions, 1-4 a day",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay from a small office


def bed_of_nails(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bed_of_nails"
    n_keys = irange(rng, 7, 13)
    tz = pick(rng, (0, 1, 2))
    office = bb.home(rng, 1, tz)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(2)]
    cursor = irange(rng, 0, len(ctx.chat) - 1)
    base = bb.workday(tz, start=8.0, end=20.0, weekend=0.35, night=0.03)
    accts = []
    for i in range(n_keys):
        org, pay = orgs[i % 2]
        ips = office + (bb.home(rng, 1, tz) if chance(rng, 0.5) else [])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        a0 = ctx.release - float(rng.uniform(0, 10)) * HOUR
        sess = bb.session_times(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(6, 12)),
            base,
            float(rng.uniform(10, 20)),
            float(rng.uniform(12, 30)),
            0.7,
        )
        ts = _flatten(sess)
        prompts = []
        for _ in range(len(ts)):
            if prompts and chance(rng, 0.03):
                prompts.append(prompts[-1])  # retry after a timeout
                continue
            prompts.append(ctx.chat[cursor % len(ctx.chat)])
            cursor += 1
        ips_ev = [office[0] if chance(rng, 0.8) else pick(rng, ips) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            ips=ips_ev,
            comp_median=380.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT, in file order)",
            "keys": n_keys,
            "orgs": 2,
            "payment": "one card per org",
            "ip_source": "office broadband plus homes",
            "pacing": "office-hour sessions from release on",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "bullseye": bullseye,
    "oche": oche,
    "double_top": double_top,
    "madhouse": madhouse,
    "ton_eighty": ton_eighty,
    "shanghai": shanghai,
    "around_the_clock": around_the_clock,
    "nine_darter": nine_darter,
    "robin_hood": robin_hood,
    "outshot": outshot,
    "throwline": throwline,
    "bed_of_nails": bed_of_nails,
}

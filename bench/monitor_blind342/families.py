"""Campaign families of blind batch 342 (code names from the velodrome).

Each family is `f(ctx, rng, campaign_id)`: it draws everything (keys, orgs, cards, pacing, addresses,
user agents, languages, template styles, model choice) from its own generator, writes its accounts'
events into `ctx.sink` and its truth through `ctx.account` / `ctx.campaign`. The README says what
each one is; read it only after the monitor's single run on this batch.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as B
from bench.blind_batch import DAY, HOUR, MINUTE, chance, irange, pick
from bench.monitor_blind342 import texts as T

LANG_TZ = {
    "en": (-8, -5, 0),
    "zh": (8,),
    "ru": (3,),
    "es": (-5, 1, -3),
    "pt": (-3,),
    "de": (1,),
    "fr": (1,),
    "ja": (9,),
    "ko": (9,),
    "hi": (5,),
    "id": (8,),
    "ar": (3, 2),
    "tr": (3,),
    "vi": (8,),
}


def _weights(rng: np.random.Generator, n: int, conc: float = 1.0) -> np.ndarray:
    return rng.dirichlet(np.full(n, conc))


def _draw_langs(
    rng: np.random.Generator, pool: tuple[str, ...], lo: int, hi: int, lead: str = "en"
) -> tuple[list[str], np.ndarray]:
    """A lead language plus a few others from `pool`, with weights (lead heaviest)."""
    others = [x for x in pool if x != lead]
    k = min(len(others), irange(rng, lo, hi))
    chosen = [lead] + [
        others[i] for i in sorted(rng.choice(len(others), size=k, replace=False).tolist())
    ]
    w = _weights(rng, len(chosen), 1.5)
    w[0] += 0.6
    return chosen, w / w.sum()


def _by_weight(rng: np.random.Generator, items: list, w: np.ndarray, n: int) -> list:
    return [items[i] for i in rng.choice(len(items), size=n, p=w).tolist()]


def _styles(rng: np.random.Generator, n_styles: int, lo: int, hi: int) -> list[int]:
    k = min(n_styles, irange(rng, lo, hi))
    return sorted(rng.choice(n_styles, size=k, replace=False).tolist())


def _steady(
    rng: np.random.Generator, a: float, b: float, per_hour: float, sigma: float
) -> np.ndarray:
    """A slow steady script: one request after another, lognormal spacing around 1/rate."""
    if b <= a:
        return np.empty(0)
    n = int((b - a) / HOUR * per_hour * 1.3) + 5
    t = a + np.cumsum(rng.lognormal(np.log(HOUR / per_hour), sigma, size=n))
    return t[t < b]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------


def keirin(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion through a pool of scripted keys on a rented hosting block."""
    fam = "keirin"
    n_keys, n_orgs = irange(rng, 6, 14), irange(rng, 1, 3)
    orgs = [B.hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.6)
    cards = [B.hexid(rng, "pay")] if shared_card else [B.hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo", "m247"))
    block = B.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    base_ua = B.sdk_ua(rng, 0.6)
    langs, lw = _draw_langs(rng, ("zh", "ru", "es", "de", "ja", "fr", "pt"), 2, 4)
    styles = _styles(rng, 6, 3, 5)
    start = B.jitter_start(rng, ctx.t0, ctx.release, 0.6)
    rate = float(rng.uniform(25, 60))
    boost = float(rng.uniform(1.3, 2.2))
    accts = []
    for i in range(n_keys):
        ua = base_ua if not chance(rng, 0.25) else B.sdk_ua(rng, 0.3)
        ips = B.picks(rng, block, irange(rng, 1, 4))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[0 if shared_card else i % n_orgs],
                ua=ua,
                ips=ips,
            )
        )
    pre = B.worker_pool(rng, start, ctx.release, rate, n_keys)
    post = B.worker_pool(rng, ctx.release, ctx.t1, rate * boost, n_keys)
    for a, t_pre, t_post in zip(accts, pre, post, strict=True):
        ts = _cat([t_pre, t_post])
        prompts = []
        for lg in _by_weight(rng, langs, lw, len(ts)):
            st = pick(rng, styles)
            if lg == "zh" and 2 in styles and chance(rng, 0.7):
                st = 2
            elif lg == "ru" and 3 in styles and chance(rng, 0.7):
                st = 3
            prompts.append(T.trace_coercion(rng, st, lg))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.0),
            comp_median=1300.0,
            comp_sigma=0.5,
            err=0.035,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "shared_card": shared_card,
            "provider": provider,
            "per_hour": round(rate, 1),
            "post_release_boost": round(boost, 2),
            "languages": langs,
            "styles": styles,
            "pacing": "poisson_worker_pool",
        },
    )


def derny(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model labels, fired in batch jobs from cloud VMs, one virtual card per key."""
    fam = "derny"
    n_keys = irange(rng, 4, 9)
    org = B.hexid(rng, "org")
    provider = pick(rng, ("aws", "gcp", "azure"))
    styles = _styles(rng, 6, 3, 5)
    sw = _weights(rng, len(styles), 2.0)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            ua=B.sdk_ua(rng, 0.4),
            ips=B.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    start = B.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    jobs_per_day = float(rng.uniform(5, 11))
    starts = B.thinned(rng, start, ctx.t1, jobs_per_day * (ctx.t1 - start) / DAY, B.constant)
    size = float(rng.uniform(50, 140))
    trains = B.bursts(rng, starts, size, float(rng.uniform(1.2, 4.0)), 0.6, ctx.t1)
    owner = rng.integers(0, n_keys, size=len(trains)).tolist()
    for k, a in enumerate(accts):
        mine = [tr for tr, o in zip(trains, owner, strict=True) if o == k]
        ts = _cat(mine)
        prompts = [
            T.judge_prompt(rng, st, ctx.chat, ctx.passages)
            for st in _by_weight(rng, styles, sw, len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.02), comp_median=420.0, err=0.02
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_reward_labels",
            "keys": n_keys,
            "provider": provider,
            "payment": "one_virtual_card_per_key",
            "jobs_per_day": round(jobs_per_day, 1),
            "burst_size": round(size, 1),
            "styles": styles,
            "pacing": "batch_bursts",
        },
    )


def peloton(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low-and-slow person-like crowd asking explain-it questions through residential proxies."""
    fam = "peloton"
    n = irange(rng, 34, 56)
    pool_langs = ("en", "es", "pt", "de", "fr", "ru", "hi", "id", "ja", "ko", "tr", "vi")
    start_lo = ctx.t0 + 0.3 * DAY
    accts, counts = [], 0
    for _ in range(n):
        lang = pick(rng, pool_langs)
        tz = pick(rng, LANG_TZ[lang])
        ua = pick(rng, B.BROWSERS) if chance(rng, 0.75) else pick(rng, B.MOBILE)
        pool = B.home(rng, irange(rng, 2, 6), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        begin = start_lo + float(rng.uniform(0, 3.2)) * DAY
        curve = B.evening_person(tz) if chance(rng, 0.6) else B.workday(tz, weekend=0.3, night=0.04)
        sess = B.session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(1.0, 3.2)),
            curve,
            float(rng.uniform(2.0, 4.5)),
            float(rng.uniform(45, 150)),
        )
        ts_list, prompts = [], []
        second = "en" if lang != "en" and chance(rng, 0.5) else lang
        for s in sess:
            for j in range(len(s)):
                lg = lang if chance(rng, 0.75) else second
                if j == 0 or chance(rng, 0.5):
                    p = T.knowledge_question(rng, pick(rng, (1, 1, 3, 0, 4)), lg)
                elif chance(rng, 0.2):
                    p = T.excerpt(rng, pick(rng, ctx.chat), 20, 300)
                else:
                    p = pick(rng, T.FOLLOWUPS.get(lg, T.FOLLOWUPS["en"]))
                prompts.append(p)
            ts_list.append(s)
        ts = np.concatenate(ts_list) if ts_list else np.empty(0)
        ips = B.sticky(rng, ts, pool, float(rng.uniform(2, 14)) * HOUR)
        counts += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.35, 0.75)), 0.05),
            ips=ips,
            comp_median=620.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "knowledge_harvest_person_like_crowd",
            "accounts": n,
            "payment": "one_card_per_account",
            "ip_source": "residential_proxy_sticky",
            "languages": list(pool_langs),
            "pacing": "human_sessions",
            "hard": True,
        },
    )


def apron(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant rewrites of sensitive answers, night runs through commercial VPN exits."""
    fam = "apron"
    n_keys, n_orgs = irange(rng, 3, 7), irange(rng, 1, 2)
    orgs = [B.hexid(rng, "org") for _ in range(n_orgs)]
    card = B.hexid(rng, "pay")
    vpn_a, vpn_b = pick(rng, ("m247", "leaseweb")), pick(rng, ("ovh", "hetzner", "vultr"))
    exits = B.cloud(rng, irange(rng, 4, 9), vpn_a) + B.cloud(rng, irange(rng, 2, 6), vpn_b)
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "aiohttp/3.11.11"))
    tz = pick(rng, (8, 3, 2, 1))
    langs, lw = _draw_langs(rng, ("zh", "ru", "ar", "fa", "tr"), 2, 4)
    styles = _styles(rng, 4, 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=card,
            ua=ua,
            ips=exits,
            tz=tz,
        )
        for i in range(n_keys)
    ]
    start_h, hours = float(rng.uniform(21, 24.5)) % 24, float(rng.uniform(5, 9))
    curve = B.nightly(start_h, hours, tz)
    begin = B.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    for a in accts:
        per_hour = float(rng.uniform(15, 40))
        ts = B.thinned(rng, begin, ctx.t1, per_hour * (hours / 24) * (ctx.t1 - begin) / HOUR, curve)
        prompts = [
            T.policy_rewrite(rng, pick(rng, styles), lg, ctx.passages)
            for lg in _by_weight(rng, langs, lw, len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.8, 0.0), comp_median=520.0, err=0.02
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one_shared_prepaid_card",
            "ip_source": "vpn_exit_rotation",
            "night_start_local_h": round(start_h, 1),
            "night_hours": round(hours, 1),
            "tz": tz,
            "languages": langs,
            "styles": styles,
        },
    )


def omnium(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use trajectories: chained requests per job, a 24/7 worker pool on cloud VMs."""
    fam = "omnium"
    n_keys, n_orgs = irange(rng, 6, 12), 2
    orgs = [B.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [B.hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("gcp", "azure", "aws"))
    block = B.rented_block(rng, provider, 1, irange(rng, 4, 10))
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    styles = _styles(rng, 4, 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=ua,
            ips=B.picks(rng, block, irange(rng, 1, 2)),
        )
        for i in range(n_keys)
    ]
    begin = B.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    jobs_per_hour = float(rng.uniform(12, 30))
    pool = B.worker_pool(rng, begin, ctx.t1, jobs_per_hour, n_keys)
    chain_mean = float(rng.uniform(2.5, 5.0))
    langs = ["en", pick(rng, ("zh", "es", "de", "ja", "ko"))]
    for a, starts in zip(accts, pool, strict=True):
        chains = B.bursts(rng, starts, chain_mean, float(rng.uniform(6, 18)), 0.6, ctx.t1)
        ts_list, prompts = [], []
        for ch in chains:
            st = pick(rng, styles)
            base = T.agent_transcript(rng, st)
            if chance(rng, 0.2):
                base = f"Respond in {T.LANG_NAMES[langs[1]]}.\n" + base
            for j in range(len(ch)):
                prompts.append(
                    base
                    if j == 0
                    else base + f"\n[continue from step {j + 1}; previous output appended]"
                )
            ts_list.append(ch)
        ts = np.concatenate(ts_list) if ts_list else np.empty(0)
        extra = rng.integers(200, 900, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            comp_median=650.0,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_trajectories",
            "keys": n_keys,
            "orgs": n_orgs,
            "provider": provider,
            "ua": ua,
            "jobs_per_hour": round(jobs_per_hour, 1),
            "chain_mean": round(chain_mean, 2),
            "styles": styles,
            "languages": langs,
        },
    )


def team_sprint(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic instruction datasets, relay of short-lived keys on stolen cards, one after another."""
    fam = "team_sprint"
    n_keys = irange(rng, 4, 7)
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    droplets = B.cloud(rng, irange(rng, 2, 4), provider)
    langs, lw = _draw_langs(rng, ("es", "pt", "hi", "fr", "zh"), 2, 4)
    styles = _styles(rng, 4, 2, 4)
    accts = []
    t = B.jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burner",
            campaign_id=cid,
            ua=B.sdk_ua(rng, 0.7),
            ips=B.picks(rng, droplets, irange(rng, 1, 2)),
        )
        accts.append(a)
        life = float(rng.uniform(0.6, 2.0)) * DAY
        ts = B.thinned(
            rng, t, min(t + life, ctx.t1), float(rng.uniform(25, 60)) * life / HOUR, B.constant
        )
        prompts = [
            T.dataset_request(rng, pick(rng, styles), lg)
            for lg in _by_weight(rng, langs, lw, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=2100.0,
            comp_sigma=0.4,
            err=0.06,
        )
        t = t + life * float(rng.uniform(0.7, 1.05))
        if t >= ctx.t1 - HOUR:
            t = B.jitter_start(rng, ctx.t0, ctx.t1, 0.8)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n_keys,
            "payment": "stolen_card_per_key",
            "provider": provider,
            "languages": langs,
            "styles": styles,
            "pacing": "key_relay_constant",
        },
    )


def standing_start(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Harvest hidden inside a real writing-assistant product's own traffic (same keys, same servers)."""
    fam = "standing_start"
    product = pick(rng, ("Inkwell", "Draftly", "Penmate", "Scribewise", "Wordloom", "Quillnest"))
    n_keys = irange(rng, 2, 4)
    org, card = B.hexid(rng, "org"), B.hexid(rng, "pay")
    servers = B.cloud(rng, irange(rng, 3, 6), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=servers,
        )
        for _ in range(n_keys)
    ]
    peak = float(rng.uniform(13, 19))
    load = B.global_load(peak, float(rng.uniform(0.5, 0.75)))
    rate = float(rng.uniform(35, 80))
    user_ts = B.worker_pool(rng, ctx.t0, ctx.t1, rate, n_keys, load)
    h_start = ctx.release + float(rng.uniform(-0.6, 0.4)) * DAY
    share = float(rng.uniform(0.3, 0.6))
    h_load = B.global_load(peak + float(rng.uniform(-2, 2)), float(rng.uniform(0.3, 0.7)))
    harv_ts = B.worker_pool(rng, h_start, ctx.t1, rate * share, n_keys, h_load)
    langs, lw = _draw_langs(rng, ("es", "de", "fr", "pt", "ja"), 1, 3)
    for a, u, h in zip(accts, user_ts, harv_ts, strict=True):
        pu = [
            T.product_wrap(rng, product, T.excerpt(rng, pick(rng, ctx.chat), 15, 900))
            for _ in range(len(u))
        ]
        ctx.emit(rng, a, u, pu, models=ctx.models(rng, u, 0.5, 0.1), comp_median=300.0, err=0.01)
        ph = []
        for lg in _by_weight(rng, langs, lw, len(h)):
            r = rng.random()
            if r < 0.55:
                body = T.knowledge_question(rng, pick(rng, (0, 2, 3)), lg)
                act = "Explain"
            elif r < 0.85:
                body = T.problem(rng, lg)
                act = "Answer the question"
            else:
                body = T.excerpt(rng, pick(rng, ctx.passages), 200, 800)
                act = pick(rng, ("Improve this text", "Summarise", "Make it more formal"))
            ph.append(T.product_wrap(rng, product, body, act))
        ctx.emit(rng, a, h, ph, models=ctx.models(rng, h, 0.9, 0.0), comp_median=850.0, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "product": product,
            "keys": n_keys,
            "product_per_hour": round(rate, 1),
            "harvest_share": round(share, 2),
            "harvest_start_day": round((h_start - ctx.t0) / DAY, 2),
            "languages": langs,
            "ip_source": "product_backend_aws",
            "hard": True,
        },
    )


def track_stand(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Bought / compromised aged personal accounts, taken over after the release for best-of-n and
    soft-label sampling through residential proxies."""
    fam = "track_stand"
    n = irange(rng, 10, 17)
    mimic_share = float(rng.uniform(0.3, 0.7))
    proxy_region = pick(rng, ("us", "eu", "sea", "latam"))
    proxy_pool = B.resi(rng, irange(rng, 20, 60), proxy_region)
    langs, lw = _draw_langs(rng, ("es", "zh", "ru", "de", "pt"), 1, 3)
    accts = []
    for _ in range(n):
        tz = pick(rng, B.TZS)
        own_ua = pick(rng, B.BROWSERS) if chance(rng, 0.8) else pick(rng, B.MOBILE)
        home_ips = B.home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="taken_over",
            campaign_id=cid,
            ua=own_ua,
            ips=home_ips,
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-0.4, 1.6)) * DAY
        owner_curve = B.evening_person(tz)
        own = B.session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.5, 2.0)),
            owner_curve,
            float(rng.uniform(2, 4)),
            float(rng.uniform(40, 120)),
        )
        ts_own = np.concatenate(own) if own else np.empty(0)
        p_own = [T.app_chat_turn(rng, 0, ctx.chat) for _ in range(len(ts_own))]
        ctx.emit(
            rng, a, ts_own, p_own, models=ctx.models(rng, ts_own, 0.15, 0.1), comp_median=380.0
        )
        mimic = chance(rng, mimic_share)
        curve = owner_curve if mimic else B.constant
        groups = B.thinned(
            rng, take, ctx.t1, float(rng.uniform(12, 35)) * (ctx.t1 - take) / DAY, curve
        )
        n_rep = irange(rng, 3, 8)
        trains = B.bursts(rng, groups, n_rep, float(rng.uniform(2, 8)), 0.5, ctx.t1)
        ts_list, prompts = [], []
        for tr in trains:
            lg = _by_weight(rng, langs, lw, 1)[0]
            p = (
                T.soft_label_request(rng, irange(rng, 0, 2), ctx.chat)
                if chance(rng, 0.35)
                else T.harvest_question(rng, lg, ctx.chat)
            )
            prompts.extend([p] * len(tr))
            ts_list.append(tr)
        ts = np.concatenate(ts_list) if ts_list else np.empty(0)
        ips = B.sticky(rng, ts, proxy_pool, float(rng.uniform(20, 60)) * MINUTE)
        ua = own_ua if mimic else B.sdk_ua(rng, 0.6)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            ips=ips,
            ua=ua,
            comp_median=650.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_best_of_n",
            "accounts": n,
            "payment": "original_owner_cards",
            "proxy_region": proxy_region,
            "mimic_share": round(mimic_share, 2),
            "languages": langs,
            "hard": True,
        },
    )


def home_straight(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Replay of public human prompts through person-like accounts: disjoint slices per account."""
    fam = "home_straight"
    n = irange(rng, 18, 30)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    onboard = ctx.release - float(rng.uniform(0.5, 1.8)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, B.TZS)
        ua = pick(rng, B.BROWSERS) if chance(rng, 0.85) else pick(rng, B.MOBILE)
        pool = B.home(rng, irange(rng, 2, 5), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        begin = onboard + float(rng.uniform(-0.5, 1.5)) * DAY
        curve = B.workday(tz, weekend=0.25) if chance(rng, 0.5) else B.evening_person(tz)
        sess = B.session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)),
            curve,
            float(rng.uniform(1.8, 4.0)),
            float(rng.uniform(60, 220)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        take = order[cursor : cursor + len(ts)]
        cursor = (cursor + len(ts)) % max(1, len(order) - 400)
        prompts = [ctx.chat[i] for i in take]
        ts = ts[: len(prompts)]
        ips = B.sticky(rng, ts, pool, float(rng.uniform(6, 24)) * HOUR)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.55, 0.85)), 0.05),
            ips=ips,
            comp_median=430.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "accounts": n,
            "payment": "one_card_per_account",
            "ip_source": "residential_proxy_sticky",
            "onboard_day": round((onboard - ctx.t0) / DAY, 2),
            "hard": True,
        },
    )


def handsling(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Parallel-corpus harvest: one source passage fanned out to many target languages."""
    fam = "handsling"
    n_keys = irange(rng, 5, 9)
    org = B.hexid(rng, "org")
    cards = [B.hexid(rng, "pay") for _ in range(2)]
    region = pick(rng, ("eu", "ru", "sea"))
    office = B.resi(rng, irange(rng, 1, 2), region)
    provider = pick(rng, ("ovh", "leaseweb", "hetzner"))
    accts = []
    for i in range(n_keys):
        ips = office if i < 2 else B.cloud(rng, 1, provider)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=cards[i % 2],
                ua=pick(
                    rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "Go-http-client/2.0")
                ),
                ips=ips,
            )
        )
    key_style = [irange(rng, 0, 3) for _ in range(n_keys)]
    targets = [x for x in T.LANG_NAMES if x != "en"]
    begin = B.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    jobs = B.thinned(
        rng, begin, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - begin) / HOUR, B.constant
    )
    fan = (irange(rng, 4, 7), irange(rng, 8, 12))
    per_ts: list[list[float]] = [[] for _ in range(n_keys)]
    per_p: list[list[str]] = [[] for _ in range(n_keys)]
    per_c: list[list[float]] = [[] for _ in range(n_keys)]
    for j in jobs.tolist():
        src = T.excerpt(rng, pick(rng, ctx.passages), 150, 900)
        k = irange(rng, fan[0], fan[1])
        for tl in [
            targets[i] for i in sorted(rng.choice(len(targets), size=k, replace=False).tolist())
        ]:
            w = int(rng.integers(n_keys))
            per_ts[w].append(j + float(rng.uniform(0, 900)))
            per_p[w].append(T.translation_request(rng, key_style[w], src, tl))
            per_c[w].append(max(30.0, len(src) / 3.2))
    for w, a in enumerate(accts):
        ts = np.asarray(per_ts[w])
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [per_p[w][i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], 0.85, 0.0),
            comp_median=np.asarray(per_c[w])[order],
            comp_sigma=0.3,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_parallel_corpus",
            "keys": n_keys,
            "office_region": region,
            "provider": provider,
            "fan_out": list(fan),
            "styles_per_key": key_style,
        },
    )


def kilo_ride(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Code curriculum sweep: algorithm x language x variant, a steady script on a few keys."""
    fam = "kilo_ride"
    n_keys = irange(rng, 2, 5)
    org, card = B.hexid(rng, "org"), B.hexid(rng, "pay")
    provider = pick(rng, ("oracle", "alibaba", "tencent", "huawei"))
    ua = pick(
        rng, ("Go-http-client/2.0", "reqwest/0.12.12", "Apache-HttpClient/5.4.1 (Java/21.0.5)")
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=B.cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    styles = _styles(rng, 4, 2, 4)
    grid = [(al, pl, v) for al in T.ALGOS for pl in T.PLANGS for v in range(8)]
    grid = [grid[i] for i in rng.permutation(len(grid)).tolist()]
    begin = ctx.release + float(rng.uniform(0.05, 0.6)) * DAY
    per_hour = float(rng.uniform(20, 55))
    cursor = 0
    for a in accts:
        probe = B.thinned(rng, ctx.t0 + DAY, ctx.release, float(rng.uniform(3, 10)), B.constant)
        ts = _cat([probe, _steady(rng, begin + float(rng.uniform(0, 600)), ctx.t1, per_hour, 0.3)])
        prompts = []
        for _ in range(len(ts)):
            al, pl, v = grid[cursor % len(grid)]
            cursor += 1
            prompts.append(T.code_sweep_prompt(pick(rng, styles), al, pl, v))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=1500.0,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_curriculum_sweep",
            "keys": n_keys,
            "provider": provider,
            "per_hour_per_key": round(per_hour, 1),
            "grid": len(grid),
            "styles": styles,
            "pacing": "steady_script",
        },
    )


def motor_pacer(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn role-play dialogue harvest from a phone farm on carrier networks, person-like sessions."""
    fam = "motor_pacer"
    n = irange(rng, 24, 38)
    lang_carrier = {
        "hi": ("in_mobile", 5),
        "pt": ("br_mobile", -3),
        "en": ("us_mobile", -5),
        "es": ("us_mobile", -5),
        "id": ("in_mobile", 5),
    }
    langs, lw = _draw_langs(rng, ("hi", "pt", "es", "id"), 2, 4)
    onboard = B.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = []
    for _ in range(n):
        lang = _by_weight(rng, langs, lw, 1)[0]
        carrier, tz = lang_carrier[lang]
        ua = pick(rng, B.MOBILE)
        first_ip = B.mobile_v6(rng, 1, carrier)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="phone",
            campaign_id=cid,
            ua=ua,
            ips=first_ip,
            tz=tz,
        )
        accts.append(a)
        begin = onboard + float(rng.uniform(0, 0.8)) * DAY
        sess = B.session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(2, 4.5)),
            B.evening_person(tz, 3.0),
            float(rng.uniform(6, 10)),
            float(rng.uniform(20, 50)),
            0.5,
        )
        ts_list, prompts, ips = [], [], []
        for s in sess:
            persona = pick(rng, T.PERSONAS)
            ip = B.mobile_v6(rng, 1, carrier)[0]
            for j in range(len(s)):
                prompts.append(T.dialogue_turn(rng, lang, j, persona))
            ips.extend([ip] * len(s))
            ts_list.append(s)
        ts = np.concatenate(ts_list) if ts_list else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.5, 0.8)), 0.05),
            ips=ips,
            comp_median=520.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "roleplay_dialogue_harvest",
            "accounts": n,
            "payment": "prepaid_card_per_account",
            "ip_source": "carrier_ipv6_per_session",
            "languages": langs,
            "pacing": "human_sessions",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[B.Ctx, np.random.Generator, str], None]] = {
    "keirin": keirin,
    "derny": derny,
    "peloton": peloton,
    "apron": apron,
    "omnium": omnium,
    "team_sprint": team_sprint,
    "standing_start": standing_start,
    "track_stand": track_stand,
    "home_straight": home_straight,
    "handsling": handsling,
    "kilo_ride": kilo_ride,
    "motor_pacer": motor_pacer,
}

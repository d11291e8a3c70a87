"""Campaign families of batch 319: twelve distillation operations, each drawing everything (keys,
orgs, cards, pacing, addresses, agents, languages, models) from its own generator.

Each family is `f(ctx, rng, campaign_id)`; it creates its accounts through `ctx.account`, writes
events through `ctx.emit` and records itself with `ctx.campaign`. The README's "# Campaign
families" describes them; read it only after the monitor's single run.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, chance, irange, pick
from bench.monitor_blind319 import texts as tx

LABEL = "campaign"
#: agent strings the simulator's background itself uses (copied from its output, not its code)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
)


def _langs(
    rng: np.random.Generator, options: tuple[str, ...], weights: tuple[float, ...], n: int
) -> list[str]:
    p = np.asarray(weights, dtype=np.float64)
    return [options[i] for i in rng.choice(len(options), size=n, p=p / p.sum()).tolist()]


def _weights(rng: np.random.Generator, k: int, conc: float = 2.0) -> tuple[float, ...]:
    return tuple(float(x) for x in rng.dirichlet(np.full(k, conc)))


# --------------------------------------------------------------------------------------------


def gochugaru(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reasoning-trace coercion from a rented block, a Poisson worker pool of keys."""
    fam = "gochugaru"
    n_keys = irange(rng, 5, 11)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "leaseweb"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    shared_card = chance(rng, 0.5)
    org_a, org_b, card = bb.hexid(rng, "org"), bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    two_orgs = chance(rng, 0.4)
    shared_ua = chance(rng, 0.6)
    ua0 = bb.sdk_ua(rng, 0.4)
    accts = []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="worker",
                campaign_id=camp,
                org=org_b if (two_orgs and i % 2) else org_a,
                pay=card if shared_card else None,
                ua=ua0 if shared_ua else bb.sdk_ua(rng, 0.4),
                ips=bb.picks(rng, block, irange(rng, 1, 3)),
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    night = chance(rng, 0.4)
    curve = bb.nightly(irange(rng, 18, 23), irange(rng, 8, 12), 0) if night else bb.constant
    per_hour = float(rng.uniform(45, 110))
    opts, w = ("en", "zh", "ru", "es"), _weights(rng, 4)
    p_new = float(rng.uniform(0.88, 0.98))
    for a, ts in zip(
        accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True
    ):
        langs = _langs(rng, opts, w, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.reasoning_harvest(rng, lg) for lg in langs],
            models=ctx.models(rng, ts, p_new),
            comp_median=float(rng.uniform(900, 1500)),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "provider": provider,
            "shared_card": shared_card,
            "two_orgs": two_orgs,
            "per_hour": round(per_hour, 1),
            "nightly": night,
            "languages": list(opts),
            "p_new": round(p_new, 3),
        },
    )


def napa_cabbage(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """Judge / rubric / reward-model grading, bursts through a shared pool of VPN exits,
    keys on separate orgs and separate (stolen) cards."""
    fam = "napa_cabbage"
    n_keys = irange(rng, 3, 7)
    exits = bb.cloud(rng, irange(rng, 12, 30), pick(rng, ("m247", "leaseweb", "ovh")))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(rng, label=LABEL, family=fam, role="grader", campaign_id=camp, ua=ua, ips=exits)
        for _ in range(n_keys)
    ]
    opts, w = ("en", "de", "ko"), (0.6, 0.2, 0.2)
    per_day = float(rng.uniform(4, 9))
    size = float(rng.uniform(25, 60))
    p_new = float(rng.uniform(0.85, 0.97))
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant)
        trains = bb.bursts(rng, starts, size, float(rng.uniform(1.5, 4.0)), b=ctx.t1)
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        # a VPN exit is held for a whole burst
        ips = bb.sticky(rng, ts, exits, 20 * MINUTE)
        langs = _langs(rng, opts, w, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.judge_harvest(rng, ctx.chat, ctx.passages, lg) for lg in langs],
            ips=ips,
            models=ctx.models(rng, ts, p_new),
            comp_median=float(rng.uniform(180, 320)),
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge_rubric_grading",
            "keys": n_keys,
            "vpn_exits": len(exits),
            "bursts_per_day": round(per_day, 2),
            "burst_size": round(size, 1),
            "cards": "one per key",
            "p_new": round(p_new, 3),
        },
    )


def jeotgal(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """Censorship-safe / policy rewrites from many single-card accounts behind a residential
    proxy pool with sticky sessions."""
    fam = "jeotgal"
    n = irange(rng, 8, 15)
    region = pick(rng, ("us", "eu", "sea", "jp_kr"))
    pool = bb.resi(rng, irange(rng, 120, 300), region)
    hold = float(rng.uniform(10, 45)) * MINUTE
    ua_pool = bb.SDK_COMMON + ("python-requests/2.32.3",)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="rewriter",
            campaign_id=camp,
            ua=pick(rng, ua_pool),
            ips=pool,
        )
        for _ in range(n)
    ]
    zh_share = float(rng.uniform(0.3, 0.6))
    p_new = float(rng.uniform(0.8, 0.95))
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        ts = bb.thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(40, 110)) * (ctx.t1 - start) / DAY,
            bb.global_load(float(rng.uniform(0, 24)), 0.3),
        )
        langs = ["zh" if chance(rng, zh_share) else "en" for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.policy_rewrite_harvest(rng, ctx.passages, lg) for lg in langs],
            ips=bb.sticky(rng, ts, pool, hold),
            models=ctx.models(rng, ts, p_new),
            comp_median=float(rng.uniform(380, 600)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy_rewrite",
            "accounts": n,
            "proxy_region": region,
            "sticky_min": round(hold / MINUTE, 1),
            "zh_share": round(zh_share, 2),
            "p_new": round(p_new, 3),
        },
    )


def onggi(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """Agent / tool-use transcript harvest: episodes of several steps from a cloud NAT."""
    fam = "onggi"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("gcp", "aws", "azure"))
    nat = bb.cloud(rng, irange(rng, 2, 4), provider)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="agent_runner",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    ja = float(rng.uniform(0.05, 0.3))
    p_new = float(rng.uniform(0.85, 0.97))
    episodes_per_day = float(rng.uniform(30, 80))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    for a in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, episodes_per_day * (ctx.t1 - start) / DAY, bb.constant
        )
        ts_all, prompts = [], []
        for s in starts.tolist():
            task = tx.agent_task(rng)
            lang = "ja" if chance(rng, ja) else "en"
            steps = irange(rng, 2, 8)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.6, size=steps - 1))]
            )
            for k, tk in enumerate(t.tolist()):
                ts_all.append(tk)
                prompts.append(tx.agent_step_harvest(rng, task, k, lang))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=float(rng.uniform(220, 420)),
            extra=irange(rng, 150, 600),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent_transcripts",
            "keys": n_keys,
            "provider": provider,
            "episodes_per_day": round(episodes_per_day, 1),
            "ja_share": round(ja, 2),
            "p_new": round(p_new, 3),
        },
    )


def kkakdugi(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """Synthetic instruction-dataset generation in nightly runs from dedicated servers."""
    fam = "kkakdugi"
    n_keys = irange(rng, 2, 4)
    provider = pick(rng, ("hetzner", "ovh", "scaleway", "selectel"))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="generator",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    tz = pick(rng, (1, 3, 8))
    start_h, hours = float(irange(rng, 0, 3)), float(irange(rng, 4, 7))
    rate = float(rng.uniform(120, 320))  # requests per key per nightly run
    opts = ("en", "zh", "vi")
    w = _weights(rng, 3, 3.0)
    p_new = float(rng.uniform(0.9, 0.99))
    first = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for a in accts:
        ts = bb.thinned(
            rng,
            first,
            ctx.t1,
            rate * (ctx.t1 - first) / DAY * 24 / hours,
            bb.nightly(start_h, hours, tz),
        )
        langs = _langs(rng, opts, w, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.dataset_gen_harvest(rng, lg) for lg in langs],
            models=ctx.models(rng, ts, p_new),
            comp_median=float(rng.uniform(1300, 2200)),
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic_dataset",
            "keys": n_keys,
            "provider": provider,
            "night_start_local": start_h,
            "night_hours": hours,
            "tz": tz,
            "per_night_per_key": round(rate, 0),
            "p_new": round(p_new, 3),
        },
    )


def baechu(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Multi-turn dialogue harvest by a crowd of person-like accounts: home addresses,
    browsers, evening sessions, a few requests a day each, own cards."""
    fam = "baechu"
    n = irange(rng, 24, 42)
    tzs = [
        int(x) for x in rng.choice(np.array(bb.TZS), size=irange(rng, 2, 4), replace=False).tolist()
    ]
    lang_of_tz = {
        -8: "en",
        -5: "en",
        -3: "pt",
        0: "en",
        1: "de",
        2: "de",
        3: "en",
        5: "en",
        8: "id",
        9: "en",
    }
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = (
            pick(rng, BG_BROWSERS + bb.BROWSERS[:2])
            if chance(rng, 0.8)
            else pick(rng, bb.MOBILE[:3])
        )
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="persona",
                campaign_id=camp,
                ua=ua,
                ips=bb.home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        )
    # the operator bought cards in lots: some accounts share one
    for i in range(1, n, irange(rng, 5, 9)):
        accts[i].pay = accts[i - 1].pay
    p_new = float(rng.uniform(0.55, 0.85))
    for a in accts:
        lang = lang_of_tz[a.tz] if chance(rng, 0.7) else "en"
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        curve = bb.evening_person(a.tz) if chance(rng, 0.6) else bb.workday(a.tz, weekend=0.3)
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.2, 3.0)),
            curve,
            float(rng.uniform(4, 9)),
            float(rng.uniform(60, 150)),
        )
        ts_all, prompts = [], []
        for s in sessions:
            for k, t in enumerate(s.tolist()):
                ts_all.append(t)
                prompts.append(
                    tx.dialogue_opener(rng, ctx.chat, lang)
                    if k == 0
                    else tx.dialogue_followup(rng, lang)
                )
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=float(rng.uniform(420, 650)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue",
            "accounts": n,
            "tzs": tzs,
            "card_lots": True,
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


def daikon(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """Best-of-n / soft-label sampling: every prompt is sent n times in a row."""
    fam = "daikon"
    n_keys = irange(rng, 2, 5)
    org = bb.hexid(rng, "org")
    ua = pick(rng, ("curl/8.5.0", "python-httpx/0.28.1", "reqwest/0.12.12"))
    provider = pick(rng, ("azure", "oracle", "linode"))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 10)
    per_hour = float(rng.uniform(2.5, 6.0))
    p_new = float(rng.uniform(0.9, 0.99))
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        slots = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
        ts_all, prompts, comps = [], [], []
        for s in slots.tolist():
            p = tx.soft_label_harvest(rng, ctx.chat, ctx.passages)
            k = irange(rng, n_lo, n_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=k - 1))])
            short = p.endswith("Answer:") or p.startswith("Estimate")
            ts_all.extend(t.tolist())
            prompts.extend([p] * k)
            comps.extend([6.0 if short else 280.0] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=np.asarray(comps),
            comp_sigma=0.35,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n_keys,
            "provider": provider,
            "n_range": [n_lo, n_hi],
            "slots_per_hour": round(per_hour, 1),
            "p_new": round(p_new, 3),
        },
    )


def scallion(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Harvest hidden inside a real product's traffic: a study-app backend whose own users'
    chats are real, with the operator's explainer prompts mixed into the same keys."""
    fam = "scallion"
    n_keys = irange(rng, 2, 3)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = bb.cloud(rng, irange(rng, 3, 6), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="product_backend",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    share = float(rng.uniform(0.3, 0.5))  # of requests after the harvest starts
    harvest_from = ctx.release - float(rng.uniform(0, 1.0)) * DAY
    peak = float(rng.uniform(13, 20))
    volume = float(rng.uniform(2500, 4200))
    p_prod, p_harv = float(rng.uniform(0.3, 0.6)), float(rng.uniform(0.85, 0.97))
    langs = ("en", "en", "en", "fr", "ja", "hi")
    for i, a in enumerate(accts):
        vol = volume * (0.75 if i == 0 else 0.25 / max(1, n_keys - 1))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, vol, bb.global_load(peak, 0.6))
        is_h = (ts >= harvest_from) & (rng.random(len(ts)) < share)
        prompts, models, comps = [], [], []
        mod_prod, mod_harv = ctx.models(rng, ts, p_prod), ctx.models(rng, ts, p_harv)
        for j, h in enumerate(is_h.tolist()):
            if h:
                prompts.append(tx.expert_explainer(rng, pick(rng, langs)))
                models.append(mod_harv[j])
                comps.append(900.0)
            else:
                prompts.append(pick(rng, ctx.chat))
                models.append(mod_prod[j])
                comps.append(340.0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.asarray(comps), comp_sigma=0.65)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "hidden_in_product",
            "keys": n_keys,
            "provider": provider,
            "harvest_share": round(share, 2),
            "harvest_from": harvest_from,
            "volume": round(volume),
            "p_new_product": round(p_prod, 3),
            "p_new_harvest": round(p_harv, 3),
            "hard": True,
        },
    )


def saeujeot(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Bought aged accounts: each has a person's pre-release history (home address,
    browser, evening chats), then after a pivot it harvests through an SDK and a residential proxy."""
    fam = "saeujeot"
    n = irange(rng, 8, 14)
    proxy_region = pick(rng, ("us", "eu", "latam"))
    pool = bb.resi(rng, irange(rng, 80, 200), proxy_region)
    sdk = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1"))
    hold = float(rng.uniform(5, 30)) * MINUTE
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="aged_account",
                campaign_id=camp,
                ua=pick(rng, BG_BROWSERS),
                ips=bb.home(rng, 1, tz),
                tz=tz,
            )
        )
    p_new = float(rng.uniform(0.85, 0.97))
    rate_lo, rate_hi = float(rng.uniform(60, 110)), float(rng.uniform(120, 220))
    pivots = []
    opts = ("en", "en", "fr", "ja", "hi")
    for a in accts:
        pivot = ctx.release + float(rng.uniform(-0.5, 1.0)) * DAY
        pivots.append(pivot)
        sess = bb.session_times(
            rng,
            ctx.t0,
            pivot,
            float(rng.uniform(0.5, 1.5)),
            bb.evening_person(a.tz),
            float(rng.uniform(2, 5)),
            80.0,
        )
        ts_old = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts_old,
            [pick(rng, ctx.chat) for _ in range(len(ts_old))],
            models=ctx.models(rng, ts_old, 0.1, 0.2),
            comp_median=330.0,
        )
        rate = float(rng.uniform(rate_lo, rate_hi))
        ts = bb.thinned(
            rng,
            pivot,
            ctx.t1,
            rate * (ctx.t1 - pivot) / DAY,
            bb.global_load(float(rng.uniform(0, 24)), 0.5),
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.expert_explainer(rng, pick(rng, opts)) for _ in range(len(ts))],
            ips=bb.sticky(rng, ts, pool, hold),
            ua=sdk,
            models=ctx.models(rng, ts, p_new),
            comp_median=float(rng.uniform(700, 1000)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "aged_account_takeover",
            "accounts": n,
            "proxy_region": proxy_region,
            "sdk": sdk,
            "pivots": [round(p, 1) for p in pivots],
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


def chonggak(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Public prompt replay: a public chat-prompt dataset split across many ordinary-looking
    accounts on residential proxies, at a person's daily rhythm and modest volume."""
    fam = "chonggak"
    n = irange(rng, 15, 28)
    regions = [
        str(x)
        for x in rng.choice(
            np.array(["us", "eu", "ca", "latam", "in"]), size=2, replace=False
        ).tolist()
    ]
    accts = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, 0, 1) if "in" not in regions else (-5, 0, 5))
        ua = pick(rng, bb.SDK_COMMON[:3]) if chance(rng, 0.6) else pick(rng, BG_BROWSERS)
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="replayer",
                campaign_id=camp,
                ua=ua,
                ips=bb.resi(rng, irange(rng, 20, 50), pick(rng, regions)),
                tz=tz,
            )
        )
    for i in range(2, n, 4):
        accts[i].pay = accts[i - 2].pay
    # one shuffled queue of the public prompts; each account takes the next ones (no repeats)
    queue = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    p_new = float(rng.uniform(0.6, 0.85))
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        per_day = float(rng.uniform(10, 30))
        curve = (
            bb.evening_person(a.tz)
            if chance(rng, 0.5)
            else bb.workday(a.tz, weekend=0.5, night=0.08)
        )
        ts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        prompts = [ctx.chat[queue[(pos + j) % len(queue)]] for j in range(len(ts))]
        pos += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=bb.sticky(rng, ts, a.ips, HOUR),
            models=ctx.models(rng, ts, p_new),
            comp_median=float(rng.uniform(450, 650)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "accounts": n,
            "proxy_regions": regions,
            "prompts_used": pos,
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


def yeolmu(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """Translation harvest from a phone farm: prepaid cards, carrier addresses rotating per
    request, a mobile HTTP client, around the clock."""
    fam = "yeolmu"
    n = irange(rng, 5, 9)
    carrier = pick(rng, ("in", "sea", "latam"))
    v6 = {"in": "in_mobile", "sea": "in_mobile", "latam": "br_mobile"}[carrier]
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "okhttp/4.9.3"))
    targets = [
        str(x)
        for x in rng.choice(
            np.array(sorted(tx.LANG_NAMES)), size=irange(rng, 3, 6), replace=False
        ).tolist()
    ]
    accts = []
    for _ in range(n):
        ips = bb.resi(rng, irange(rng, 15, 40), carrier)
        if chance(rng, 0.3):
            ips = ips + bb.mobile_v6(rng, irange(rng, 5, 15), v6)
        accts.append(
            ctx.account(
                rng, label=LABEL, family=fam, role="phone", campaign_id=camp, ua=ua, ips=ips
            )
        )
    p_new = float(rng.uniform(0.85, 0.97))
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(120, 260)) * (ctx.t1 - start) / DAY, bb.constant
        )
        ctx.emit(
            rng,
            a,
            ts,
            [
                tx.translation_harvest(rng, ctx.passages, ctx.chat, pick(rng, targets))
                for _ in range(len(ts))
            ],
            models=ctx.models(rng, ts, p_new),
            comp_median=float(rng.uniform(400, 650)),
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "translation_harvest",
            "phones": n,
            "carrier_region": carrier,
            "targets": targets,
            "cards": "prepaid, one per phone",
            "p_new": round(p_new, 3),
        },
    )


def dongchimi(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """Code-solution harvest: a worker pool across keys of two orgs on one card, starting
    around the model release."""
    fam = "dongchimi"
    n_keys = irange(rng, 4, 10)
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 4, 8))
    orgs = [bb.hexid(rng, "org"), bb.hexid(rng, "org")]
    card = bb.hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i % 2],
            pay=card,
            ua=pick(rng, ("aiohttp/3.11.11", "OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0")),
            ips=[pick(rng, block)],
        )
        for i in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.0, 0.8)) * DAY
    per_hour = float(rng.uniform(70, 160))
    opts, w = ("en", "zh", "es"), _weights(rng, 3, 3.0)
    p_new = float(rng.uniform(0.92, 0.99))
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        langs = _langs(rng, opts, w, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.code_harvest(rng, lg) for lg in langs],
            models=ctx.models(rng, ts, p_new),
            comp_median=float(rng.uniform(600, 950)),
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code_harvest",
            "keys": n_keys,
            "provider": provider,
            "per_hour": round(per_hour, 1),
            "start": start,
            "p_new": round(p_new, 3),
        },
    )


CAMPAIGN_FAMILIES = {
    "gochugaru": gochugaru,
    "napa_cabbage": napa_cabbage,
    "jeotgal": jeotgal,
    "onggi": onggi,
    "kkakdugi": kkakdugi,
    "baechu": baechu,
    "daikon": daikon,
    "scallion": scallion,
    "saeujeot": saeujeot,
    "chonggak": chonggak,
    "yeolmu": yeolmu,
    "dongchimi": dongchimi,
}

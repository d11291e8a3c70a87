"""Campaign families of batch 193 (code names from sculling). Each family is a generator
`(ctx, rng, campaign_id) -> None` that opens its accounts, writes its events and records its
campaign in the truth. Everything (key counts, orgs, cards, pacing, addresses, agents, languages,
template styles, model choice) is drawn from the family's own generator."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind193 import texts

FAM = "campaign"


def _weights(
    rng: np.random.Generator, names: Sequence[str], conc: float = 1.5, bias: float = 0.0
) -> dict[str, float]:
    """Random mixture weights over `names` (summing to 1); `bias` is extra mass on the first name."""
    w = rng.dirichlet(np.full(len(names), conc))
    w[0] += bias
    w /= w.sum()
    return {n: round(float(x), 3) for n, x in zip(names, w.tolist(), strict=True)}


def _draw(rng: np.random.Generator, w: dict[str, float], n: int) -> list[str]:
    keys = list(w)
    p = np.asarray([w[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def _orgs_cards(
    rng: np.random.Generator, n_keys: int, n_orgs: int, card_mode: str
) -> list[tuple[str, str]]:
    """(org, card) per key: cards shared by everyone, one per org, or one per key."""
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    org_cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    shared = hexid(rng, "pay")
    out = []
    for i in range(n_keys):
        o = i % n_orgs
        card = (
            shared
            if card_mode == "shared"
            else org_cards[o]
            if card_mode == "per_org"
            else hexid(rng, "pay")
        )
        out.append((orgs[o], card))
    return out


def _concat(parts: Sequence[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# ============================================================================================
# rowlock: reasoning-trace coercion from a rented server block, pivoting onto the new model


def rowlock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "rowlock"
    n_keys, n_orgs = irange(rng, 5, 9), irange(rng, 1, 3)
    card_mode = pick(rng, ("shared", "per_org"))
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "scaleway"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6))
    ua = bb.sdk_ua(rng, 0.4)
    langs = _weights(rng, ("en", "zh", "ru"), 2.0, 0.5)
    styles = _weights(rng, ("think_tags", "json_steps", "tutor", "plain"))
    accts = []
    for org, card in _orgs_cards(rng, n_keys, n_orgs, card_mode):
        ips = [
            str(x)
            for x in rng.choice(
                block, size=min(len(block), irange(rng, 1, 2)), replace=False
            ).tolist()
        ]
        accts.append(
            ctx.account(
                rng,
                label=FAM,
                family=name,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=ips,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.7)
    pre_rate, post_rate = float(rng.uniform(3, 8)), float(rng.uniform(50, 90))
    pivot = ctx.release + float(rng.uniform(0.3, 5.0)) * HOUR
    pre = bb.worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = bb.worker_pool(rng, pivot, ctx.t1, post_rate, n_keys)
    for acct, a, b in zip(accts, pre, post, strict=True):
        ts = _concat([a, b])
        ls, ss = _draw(rng, langs, len(ts)), _draw(rng, styles, len(ts))
        prompts = [texts.reasoning_prompt(rng, s, lang) for s, lang in zip(ss, ls, strict=True)]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=1150.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": card_mode,
            "ip_source": f"rented {provider} /24 block",
            "pacing": "Poisson worker pool, probe then ramp after release",
            "rate_per_hour": [round(pre_rate, 2), round(post_rate, 2)],
            "pivot_ts": pivot,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# ============================================================================================
# thole: judge / rubric / reward grading through a residential proxy network, bursty


def thole(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "thole"
    n_keys = irange(rng, 4, 8)
    region = pick(rng, ("*", "us", "eu", "latam"))
    pool = bb.resi(rng, irange(rng, 150, 320), region)
    hold = float(rng.uniform(3, 20)) * MINUTE
    langs = _weights(rng, ("en", "es", "de"), 1.2, 0.6)
    styles = _weights(rng, ("pairwise", "rubric", "reward", "critique"))
    uas = [bb.sdk_ua(rng, 0.3) for _ in range(irange(rng, 1, 3))]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_key_h, size = float(rng.uniform(0.2, 0.4)), float(rng.uniform(9, 16))
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng, label=FAM, family=name, role="grader", campaign_id=cid, ua=pick(rng, uas)
        )
        starts = bb.thinned(rng, start, ctx.t1, per_key_h * (ctx.t1 - start) / HOUR, bb.constant)
        ts = _concat(bb.bursts(rng, starts, size, float(rng.uniform(1.5, 4.0)), 0.6, ctx.t1))
        ls, ss = _draw(rng, langs, len(ts)), _draw(rng, styles, len(ts))
        prompts = [
            texts.judge_prompt(rng, ctx.chat, ctx.passages, s, lang)
            for s, lang in zip(ss, ls, strict=True)
        ]
        comp = np.where(np.asarray(ss) == "critique", 700.0, 220.0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=comp,
            err=0.03,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "prepaid card per key",
            "ip_source": f"residential proxy ({region}), sticky {hold / 60:.0f} min",
            "pacing": "bursts",
            "bursts_per_key_hour": round(per_key_h, 3),
            "burst_size": round(size, 1),
            "user_agents": uas,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# ============================================================================================
# feather: policy-safe / censorship-safe rewrites from VPN exits, slow and steady


def feather(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "feather"
    n_keys, n_orgs = irange(rng, 7, 12), 2
    vpn = bb.cloud(rng, irange(rng, 8, 14), "m247") + bb.cloud(
        rng, irange(rng, 4, 9), pick(rng, ("leaseweb", "ovh"))
    )
    langs = _weights(rng, ("zh", "ru", "en", "vi", "ar"), 1.0)
    styles = _weights(rng, ("pair", "sanitize", "refusal_grid", "market"))
    ua_pool = ("python-requests/2.32.3", "aiohttp/3.11.11", bb.BROWSERS[0])
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    accts = []
    for org, card in _orgs_cards(rng, n_keys, n_orgs, "per_key"):
        acct = ctx.account(
            rng,
            label=FAM,
            family=name,
            role="rewriter",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, ua_pool),
        )
        rate = float(rng.uniform(1.2, 3.2))
        k_start = start + float(rng.uniform(0, 18)) * HOUR
        ts = bb.thinned(
            rng,
            k_start,
            ctx.t1,
            rate * (ctx.t1 - k_start) / HOUR,
            bb.global_load(float(rng.uniform(0, 24)), 0.35),
        )
        ls, ss = _draw(rng, langs, len(ts)), _draw(rng, styles, len(ts))
        prompts = [
            texts.policy_prompt(rng, ctx.passages, s, lang) for s, lang in zip(ss, ls, strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
            ips=bb.sticky(rng, ts, vpn, float(rng.uniform(1.5, 5)) * HOUR),
            comp_median=420.0,
            err=0.02,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites and refusals",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one (stolen) card per key",
            "ip_source": "commercial VPN exits (hosting ranges), switched every few hours",
            "pacing": "slow steady Poisson per key, 24/7",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# ============================================================================================
# footstretcher: agent / tool-use trajectories, scheduled jobs fanned out over many keys


def footstretcher(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "footstretcher"
    n_keys = irange(rng, 9, 14)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    clouds = [str(x) for x in rng.choice(["aws", "gcp", "azure"], size=2, replace=False).tolist()]
    egress = {c: bb.cloud(rng, irange(rng, 2, 4), c) for c in clouds}
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.58.1",
        ),
    )
    styles = _weights(rng, ("react", "xml", "json"))
    domains = list(texts.TOOLSETS)
    accts = []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label=FAM,
                family=name,
                role="rollout_worker",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=egress[clouds[i % 2]],
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    n_jobs = irange(rng, 26, 44)
    job_starts = bb.thinned(rng, start, ctx.t1, n_jobs, bb.constant)
    per: list[list[tuple[float, str, int]]] = [[] for _ in range(n_keys)]
    for js in job_starts.tolist():
        n_ep = irange(rng, 25, 55)
        t = js
        for _ in range(n_ep):
            domain = pick(rng, domains)
            task = texts.agent_task(rng, domain)
            style = _draw(rng, styles, 1)[0]
            k = int(rng.integers(n_keys))
            for step in range(irange(rng, 1, 5)):
                prompt, extra = texts.agent_prompt(rng, style, domain, task, step)
                per[k].append((t, prompt, extra))
                t += float(rng.lognormal(np.log(4.0), 0.6))
            t = (
                js + float(rng.exponential(40.0)) + (t - js) * 0.15
            )  # episodes overlap: parallel rollouts
    for acct, rows in zip(accts, per, strict=True):
        rows.sort(key=lambda r: r[0])
        ts = np.asarray([r[0] for r in rows])
        ctx.emit(
            rng,
            acct,
            ts,
            [r[1] for r in rows],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.15),
            extra=np.asarray([r[2] for r in rows]),
            comp_median=170.0,
            comp_sigma=0.7,
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": f"cloud egress ({', '.join(clouds)})",
            "pacing": "scheduled jobs of parallel rollouts",
            "jobs": int(len(job_starts)),
            "user_agent": ua,
            "styles": styles,
            "hard": False,
        },
    )


# ============================================================================================
# loom: synthetic data-set generation, nightly runs from a small team account


def loom(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "loom"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 9, -3, 1))
    provider = pick(rng, ("alibaba", "gcp", "azure", "oracle"))
    ips = bb.cloud(rng, irange(rng, 1, 3), provider)
    ua = bb.sdk_ua(rng, 0.5)
    langs = _weights(rng, ("en", "ko", "ja", "pt"), 1.0, 0.8)
    styles = _weights(rng, ("self_instruct", "evolve", "persona"))
    start_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(3, 6))
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label=FAM,
            family=name,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        per_night = float(rng.uniform(40, 90))
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            per_night * (ctx.t1 - ctx.t0) / bb.DAY,
            bb.nightly(start_h, hours, tz),
        )
        ls, ss = _draw(rng, langs, len(ts)), _draw(rng, styles, len(ts))
        prompts = [
            texts.dataset_prompt(rng, ctx.chat, s, lang) for s, lang in zip(ss, ls, strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0),
            comp_median=1500.0,
            comp_sigma=0.45,
            err=0.02,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic instruction-data generation",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"{provider} VMs",
            "pacing": f"nightly {hours:.1f} h window at {start_h:.1f} local (UTC{tz:+d})",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# ============================================================================================
# hatchet: multi-turn dialogue harvest posing as web-chat users behind residential proxies


def hatchet(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "hatchet"
    n_keys = irange(rng, 10, 16)
    regions = [
        str(x) for x in rng.choice(["us", "eu", "latam", "ca"], size=2, replace=False).tolist()
    ]
    pools = {r: bb.resi(rng, irange(rng, 60, 140), r) for r in regions}
    langs = _weights(rng, ("en", "es", "pt", "fr", "de"), 1.0, 0.4)
    styles = _weights(rng, ("transcript", "json", "selfplay"))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = []
    for org, card in _orgs_cards(rng, n_keys, n_keys, "per_key"):
        region = pick(rng, regions)
        acct = ctx.account(
            rng,
            label=FAM,
            family=name,
            role="dialogue_bot",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS),
        )
        rate = float(rng.uniform(0.3, 0.55))
        k_start = start + float(rng.uniform(0, 24)) * HOUR
        thread_starts = bb.thinned(
            rng, k_start, ctx.t1, rate * (ctx.t1 - k_start) / HOUR, bb.global_load(15.0, 0.25)
        )
        ts_all, prompts = [], []
        for s in thread_starts.tolist():
            lang = _draw(rng, langs, 1)[0]
            turns = irange(rng, 3, 8)
            thread = texts.dialogue_thread(
                rng, ctx.chat, ctx.passages, lang, turns, _draw(rng, styles, 1)[0]
            )
            gaps = np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(35.0), 0.5, size=turns - 1))]
            )
            ts_all.extend((s + gaps).tolist())
            prompts.extend(thread)
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        prompts = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            ips=bb.sticky(rng, ts, pools[region], float(rng.uniform(15, 45)) * MINUTE),
            comp_median=480.0,
            err=0.02,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "virtual card per key",
            "ip_source": f"residential proxies ({', '.join(regions)}), sticky sessions",
            "pacing": "threads of 3-8 turns, 24/7",
            "user_agent": "desktop browsers",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# ============================================================================================
# wherry: best-of-n and soft-label sampling from a droplet fleet


def wherry(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "wherry"
    n_keys = irange(rng, 3, 5)
    cards = [hexid(rng, "pay") for _ in range(2)]
    org = hexid(rng, "org")
    provider = pick(rng, ("digitalocean", "linode", "vultr"))
    ua = bb.sdk_ua(rng, 0.6)
    styles = _weights(rng, ("repeat", "soft", "candidates", "confidence"), 1.5, 0.4)
    accts = [
        ctx.account(
            rng,
            label=FAM,
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=cards[i % 2],
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for i in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    rate = float(rng.uniform(5, 9))
    group_starts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
    per: list[list[tuple[float, str]]] = [[] for _ in range(n_keys)]
    for s in group_starts.tolist():
        style = _draw(rng, styles, 1)[0]
        prompt = texts.sampling_prompt(rng, ctx.chat, style)
        n = irange(rng, 4, 8) if style in ("repeat", "confidence") else irange(rng, 1, 3)
        k = int(rng.integers(n_keys))
        for j in range(n):
            per[k].append((s + j * float(rng.uniform(0.2, 2.5)), prompt))
    for acct, rows in zip(accts, per, strict=True):
        rows.sort(key=lambda r: r[0])
        ts = np.asarray([r[0] for r in rows])
        ctx.emit(
            rng,
            acct,
            ts,
            [r[1] for r in rows],
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=380.0,
            comp_sigma=0.8,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "orgs": 1,
            "payment": "two cards",
            "ip_source": f"{provider} droplets",
            "pacing": "groups of repeated prompts, Poisson group starts",
            "groups_per_hour": round(rate, 2),
            "user_agent": ua,
            "styles": styles,
            "hard": False,
        },
    )


# ============================================================================================
# headrace: parallel-corpus translation harvest, into many low-resource languages


def headrace(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "headrace"
    n_keys, n_orgs = irange(rng, 12, 18), 3
    providers = [pick(rng, ("tencent", "alibaba", "ucloud", "huawei")) for _ in range(n_orgs)]
    styles = _weights(rng, ("plain", "json", "pro", "back"))
    targets = [
        str(x) for x in rng.choice(texts.TARGETS, size=irange(rng, 10, 20), replace=False).tolist()
    ]
    ua = bb.sdk_ua(rng, 0.3)
    accts = []
    for i, (org, card) in enumerate(_orgs_cards(rng, n_keys, n_orgs, "per_org")):
        accts.append(
            ctx.account(
                rng,
                label=FAM,
                family=name,
                role="translator_worker",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=bb.cloud(rng, irange(rng, 1, 3), providers[i % n_orgs]),
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    rate = float(rng.uniform(30, 48))
    pools = bb.worker_pool(
        rng, start, ctx.t1, rate, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.2)
    )
    for acct, ts in zip(accts, pools, strict=True):
        ss = _draw(rng, styles, len(ts))
        prompts = [texts.translation_prompt(rng, ctx.passages, s, pick(rng, targets)) for s in ss]
        comp = np.asarray([len(p) / 2.6 for p in prompts]) * np.where(
            np.asarray(ss) == "back", 2.2, 1.0
        )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.1),
            comp_median=comp,
            comp_sigma=0.25,
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "translation / parallel-corpus harvest",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": f"Asian clouds ({', '.join(sorted(set(providers)))})",
            "pacing": "Poisson worker pool",
            "rate_per_hour": round(rate, 1),
            "target_languages": targets,
            "user_agent": ua,
            "styles": styles,
            "hard": False,
        },
    )


# ============================================================================================
# repechage (hard): code harvest hidden inside a real coding-assistant product's own traffic


def repechage(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "repechage"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.63.2"))
    prod = ctx.account(
        rng,
        label=FAM,
        family=name,
        role="product_backend",
        campaign_id=cid,
        org=org,
        pay=card,
        ua=ua,
        ips=nat,
    )
    batch = ctx.account(
        rng,
        label=FAM,
        family=name,
        role="product_batch",
        campaign_id=cid,
        org=org,
        pay=card,
        ua=ua,
        ips=nat,
    )
    peak = float(rng.uniform(13, 17))
    users_rate = float(rng.uniform(30, 45))
    harvest_rate = float(rng.uniform(8, 14))
    harvest_frac_batch = float(rng.uniform(0.2, 0.4))
    # genuine users of the product, following the product's worldwide load
    ts_u = bb.thinned(
        rng, ctx.t0, ctx.t1, users_rate * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(peak, 0.6)
    )
    p_u = [
        bb.pick(rng, ctx.chat) if chance(rng, 0.8) else texts.clip(bb.pick(rng, ctx.chat), 1500)
        for _ in range(len(ts_u))
    ]
    # injected harvest, shaped like users (same load curve, human phrasing), denser after the release
    h_start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    ts_h = bb.thinned(
        rng, h_start, ctx.t1, harvest_rate * (ctx.t1 - h_start) / HOUR, bb.global_load(peak, 0.45)
    )
    grid = [
        (t, lang, ask)
        for t in texts.CODE_TASKS
        for lang in texts.CODE_LANGS
        for ask in texts.CODE_ASKS
    ]
    order = rng.permutation(len(grid))
    p_h = [texts.code_prompt(rng, *grid[int(order[i % len(grid)])]) for i in range(len(ts_h))]
    to_batch = rng.random(len(ts_h)) < harvest_frac_batch
    ts_prod = np.concatenate([ts_u, ts_h[~to_batch]])
    pr_prod = p_u + [p for p, b in zip(p_h, to_batch.tolist(), strict=True) if not b]
    srt = np.argsort(ts_prod, kind="stable")
    ts_prod = ts_prod[srt]
    pr_prod = [pr_prod[i] for i in srt.tolist()]
    is_h = np.concatenate([np.zeros(len(ts_u), bool), np.ones(int((~to_batch).sum()), bool)])[srt]
    m_user = ctx.models(rng, ts_prod, p_new=0.45, p_mini=0.3)
    m_harv = ctx.models(rng, ts_prod, p_new=0.95, p_mini=0.0)
    models = [b if h else a for a, b, h in zip(m_user, m_harv, is_h.tolist(), strict=True)]
    ctx.emit(
        rng,
        prod,
        ts_prod,
        pr_prod,
        models=models,
        comp_median=np.where(is_h, 750.0, 350.0),
        err=0.01,
    )
    ts_b = ts_h[to_batch]
    # the batch key also runs the product's real nightly jobs (summaries of users' projects)
    ts_jobs = bb.thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(15, 30)) * 7, bb.nightly(2.0, 2.0, 0)
    )
    pr_b = [p for p, b in zip(p_h, to_batch.tolist(), strict=True) if b] + [
        "Summarise the changes in this repository for the weekly digest email:\n"
        + texts.paragraph(rng, ctx.passages, 300, 900)
        for _ in range(len(ts_jobs))
    ]
    ts_bb = np.concatenate([ts_b, ts_jobs])
    srt = np.argsort(ts_bb, kind="stable")
    ctx.emit(
        rng,
        batch,
        ts_bb[srt],
        [pr_b[i] for i in srt.tolist()],
        models=ctx.models(rng, ts_bb[srt], p_new=0.9, p_mini=0.1),
        comp_median=600.0,
        err=0.01,
    )
    ctx.campaign(
        cid,
        name,
        [prod, batch],
        {
            "operation": "code-solution harvest hidden in a real product's traffic",
            "keys": 2,
            "orgs": 1,
            "payment": "the product company's card",
            "ip_source": f"{provider} NAT gateways",
            "pacing": "product load curve; injected requests follow it too",
            "user_rate_per_hour": round(users_rate, 1),
            "harvest_rate_per_hour": round(harvest_rate, 1),
            "harvest_start_ts": h_start,
            "user_agent": ua,
            "hard": True,
        },
    )


# ============================================================================================
# stakeboat (hard): bought aged accounts, taken over around the release


def stakeboat(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "stakeboat"
    n = irange(rng, 14, 22)
    hold = float(rng.uniform(20, 60)) * MINUTE
    accts = []
    takeovers = []
    keep_ua = float(rng.uniform(0.5, 0.8))
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        home_ip = bb.home(rng, 1, tz)
        ua = pick(rng, bb.BROWSERS)
        acct = ctx.account(
            rng,
            label=FAM,
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home_ip,
            tz=tz,
        )
        take = ctx.release + float(rng.uniform(-14, 30)) * HOUR
        takeovers.append(take)
        # the original owner's light use
        hist = bb.session_times(
            rng, ctx.t0, take, float(rng.uniform(0.6, 1.5)), bb.evening_person(tz), 2.5, 90.0
        )
        ts_h = _concat(hist)
        ctx.emit(
            rng,
            acct,
            ts_h,
            [bb.pick(rng, ctx.chat) for _ in range(len(ts_h))],
            models=ctx.models(rng, ts_h, p_new=0.3, p_mini=0.2),
            comp_median=340.0,
        )
        # the buyer's harvest: sessions shaped like the owner's day, through proxies in the owner's region
        region = pick(rng, bb.ipspace.REGION_OF_TZ.get(tz, ("us",)))
        pool = bb.resi(rng, irange(rng, 30, 70), region)
        sess = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(4, 8)),
            bb.evening_person(tz, 4.0),
            float(rng.uniform(8, 14)),
            float(rng.uniform(30, 70)),
        )
        ts = _concat(sess)
        new_ua = ua if chance(rng, keep_ua) else bb.sdk_ua(rng, 0.6)
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.explain_prompt(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            ips=bb.sticky(rng, ts, pool, hold),
            ua=new_ua,
            comp_median=820.0,
            err=0.015,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning/explanation harvest through bought aged accounts",
            "keys": n,
            "orgs": n,
            "payment": "the original owners' cards",
            "ip_source": "owner's home IP, then residential proxies in the same region",
            "pacing": "owner-like sessions before and after takeover",
            "takeover_ts": takeovers,
            "keep_browser_ua_share": round(keep_ua, 2),
            "hard": True,
        },
    )


# ============================================================================================
# coxless (hard): a low-and-slow crowd of person-like accounts sweeping a curriculum


def coxless(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "coxless"
    n = irange(rng, 35, 50)
    items = texts.curriculum_items()
    grid = [(t, a) for _, t in items for a in range(8)]
    order = rng.permutation(len(grid)).tolist()
    lang_w = _weights(rng, ("es", "pt", "de", "fr"), 1.0)
    p_en = float(rng.uniform(0.6, 0.8))
    cursor = 0
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        region = pick(rng, bb.ipspace.REGION_OF_TZ.get(tz, ("us",)))
        ips = bb.resi(rng, irange(rng, 2, 5), region)
        ua = pick(rng, bb.MOBILE[:3]) if chance(rng, 0.45) else pick(rng, bb.BROWSERS)
        acct = ctx.account(
            rng, label=FAM, family=name, role="crowd_member", campaign_id=cid, ua=ua, ips=ips, tz=tz
        )
        lang = "en" if chance(rng, p_en) else _draw(rng, lang_w, 1)[0]
        onboard = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sess = bb.session_times(
            rng,
            onboard,
            ctx.t1,
            float(rng.uniform(1.8, 3.2)),
            bb.evening_person(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(50, 110)),
        )
        ips_ev: list[str] = []
        for s in sess:
            ips_ev.extend([pick(rng, ips)] * len(s))
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            topic, ask = grid[order[cursor % len(grid)]]
            cursor += 1
            prompts.append(texts.curriculum_prompt(rng, topic, ask, lang))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            ips=ips_ev,
            comp_median=650.0,
            err=0.01,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum sweep by a crowd of person-like accounts",
            "keys": n,
            "orgs": n,
            "payment": "one virtual card per account",
            "ip_source": "residential proxies, a few per account, tz-matched",
            "pacing": "human sessions, evening-shaped, staggered onboarding",
            "curriculum_items": len(grid),
            "english_share": round(p_en, 2),
            "other_languages": lang_w,
            "hard": True,
        },
    )


# ============================================================================================
# backsplash (hard): replay of public chat prompts from phone-like clients, onto the new model


def backsplash(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "backsplash"
    n_cells = irange(rng, 2, 4)
    per_cell = irange(rng, 6, 9)
    carriers = [
        str(x)
        for x in rng.choice(
            ["us_mobile", "in_mobile", "br_mobile", "eu_mobile"], size=2, replace=False
        ).tolist()
    ]
    shuffled = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    for _c in range(n_cells):
        card = hexid(rng, "pay")
        for _ in range(per_cell):
            carrier = pick(rng, carriers)
            tz = {"us_mobile": -5, "in_mobile": 5, "br_mobile": -3, "eu_mobile": 1}[carrier]
            ua = pick(
                rng,
                (
                    "okhttp/4.12.0",
                    "Dart/3.6 (dart:io)",
                    bb.MOBILE[0],
                    bb.MOBILE[1],
                    "CFNetwork/1568.300.101 Darwin/24.2.0",
                ),
            )
            acct = ctx.account(
                rng,
                label=FAM,
                family=name,
                role="replayer",
                campaign_id=cid,
                pay=card,
                ua=ua,
                ips=bb.mobile_v6(rng, 1, carrier),
                tz=tz,
            )
            begin = ctx.release + float(rng.uniform(-8, 14)) * HOUR
            rate = float(rng.uniform(2.0, 3.8))
            sess = bb.session_times(
                rng,
                begin,
                ctx.t1,
                rate * 24 / 6.0,
                bb.global_load(float((20 - tz) % 24), 0.5),
                6.0,
                float(rng.uniform(25, 60)),
            )
            ts = _concat(sess)
            ips = bb.sticky(
                rng, ts, bb.mobile_v6(rng, 40, carrier), float(rng.uniform(40, 120)) * MINUTE
            )
            prompts = []
            for _ in range(len(ts)):
                prompts.append(ctx.chat[shuffled[cursor % len(shuffled)]])
                cursor += 1
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
                ips=ips,
                comp_median=400.0,
                err=0.01,
            )
            accts.append(acct)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "replay of public human prompts onto the new model",
            "keys": len(accts),
            "orgs": len(accts),
            "payment": f"{n_cells} prepaid cards, one per cell",
            "ip_source": f"carrier IPv6 ({', '.join(carriers)})",
            "pacing": "session-shaped, starting around the release",
            "prompts_replayed": cursor,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "rowlock": rowlock,
    "thole": thole,
    "feather": feather,
    "footstretcher": footstretcher,
    "loom": loom,
    "hatchet": hatchet,
    "wherry": wherry,
    "headrace": headrace,
    "repechage": repechage,
    "stakeboat": stakeboat,
    "coxless": coxless,
    "backsplash": backsplash,
}

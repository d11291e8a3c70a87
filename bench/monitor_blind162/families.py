"""Campaign families of batch 162 (code names: tug-of-war words).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, records
one campaign with `ctx.campaign` and writes its events with `ctx.emit`. Everything (key counts,
orgs, cards, pacing, addresses, user agents, languages, template styles, model choice) is drawn
from the family's own generator, so seeds differ in more than the timestamps.

Four families (`walk_back`, `heel_plant`, `rope_sheath`, `tug_boots`) are built to look like
legitimate traffic in every way the author could think of.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_OTHER,
    TZS,
    Acct,
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
    mobile_v6,
    nightly,
    pick,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind162 import texts as T

#: user agents as they appear in the simulator's background (seen in its output)
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "curl/8.5.0",
    "langchain/0.3.7 python-openai/1.54.0",
)
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
HOSTING = ("hetzner", "ovh", "contabo", "digitalocean", "vultr", "linode", "scaleway", "selectel")
BIG_CLOUD = ("aws", "gcp", "azure", "oracle")
VPN_NETS = ("m247", "leaseweb", "ovh", "vultr", "digitalocean")
MOBILE_KINDS = ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")


def concat(parts: Sequence[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def weights(rng: np.random.Generator, names: Sequence[str], conc: float = 2.0) -> dict[str, float]:
    """A random mix over `names` (Dirichlet), rounded for the truth's params."""
    w = rng.dirichlet(np.full(len(names), conc))
    return {n: round(float(x), 3) for n, x in zip(names, w.tolist(), strict=True)}


def draw(rng: np.random.Generator, mix: dict[str, float], n: int) -> list[str]:
    keys = list(mix)
    p = np.asarray([mix[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def models_for(
    ctx: Ctx, rng: np.random.Generator, ts: np.ndarray, p_new: float, p_mini: float = 0.05
) -> list[str]:
    return ctx.models(rng, ts, p_new=p_new, p_mini=p_mini)


def ids_and_cards(
    rng: np.random.Generator, n: int, org_mode: str, card_mode: str
) -> tuple[list[str], list[str]]:
    """Org and payment ids for n keys: shared, a few groups, or one each."""

    def assign(mode: str, prefix: str) -> list[str]:
        if mode == "shared":
            one = hexid(rng, prefix)
            return [one] * n
        if mode == "groups":
            pool = [hexid(rng, prefix) for _ in range(max(1, min(n, irange(rng, 2, 4))))]
            return [pool[i % len(pool)] for i in range(n)]
        return [hexid(rng, prefix) for _ in range(n)]

    return assign(org_mode, "org"), assign(card_mode, "pay")


def open_accounts(
    ctx: Ctx,
    rng: np.random.Generator,
    name: str,
    cid: str,
    n: int,
    *,
    org_mode: str,
    card_mode: str,
    role: str = "worker",
) -> list[Acct]:
    orgs, pays = ids_and_cards(rng, n, org_mode, card_mode)
    return [
        ctx.account(
            rng, label="campaign", family=name, role=role, campaign_id=cid, org=orgs[i], pay=pays[i]
        )
        for i in range(n)
    ]


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion from a rented hosting block


def anchor_belt(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "anchor_belt"
    n = irange(rng, 5, 14)
    org_mode, card_mode = pick(rng, ("shared", "groups", "each")), pick(rng, ("shared", "groups"))
    accts = open_accounts(ctx, rng, name, cid, n, org_mode=org_mode, card_mode=card_mode)
    provider = pick(rng, HOSTING)
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 12))
    ua = pick(rng, SDK_OTHER[:8])
    langs = weights(rng, ("en", "zh", "ru"))
    styles = [irange(rng, 0, 3) for _ in range(n)]
    start = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    per_hour = float(rng.uniform(18, 50))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n)
    # a small smoke test on the old flagship a few days before
    smoke_at = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    p_new = float(rng.uniform(0.9, 0.99))
    total = 0
    for i, a in enumerate(accts):
        a.ua = ua
        a.ips = [
            block[j] for j in rng.choice(len(block), size=irange(rng, 1, 3), replace=False).tolist()
        ]
        ts = streams[i]
        if i < 2:
            ts = concat(
                [ts, smoke_at + np.sort(rng.uniform(0, 2 * HOUR, size=irange(rng, 10, 30)))]
            )
        lang = draw(rng, langs, len(ts))
        prompts = [
            T.reasoning_trace(
                rng, ctx.chat, lg, styles[i] if chance(rng, 0.8) else irange(rng, 0, 3)
            )
            for lg in lang
        ]
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_for(ctx, rng, ts, p_new, 0.0),
            comp_median=float(rng.uniform(1100, 1800)),
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n,
            "org_mode": org_mode,
            "card_mode": card_mode,
            "pacing": "poisson_worker_pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"hosting:{provider}",
            "ips": len(block),
            "user_agent": ua,
            "languages": langs,
            "p_new": round(p_new, 3),
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading in nightly batches


def heave_ho(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "heave_ho"
    n = irange(rng, 3, 7)
    accts = open_accounts(
        ctx, rng, name, cid, n, org_mode="shared", card_mode=pick(rng, ("shared", "groups"))
    )
    provider = pick(rng, BIG_CLOUD)
    nat = cloud(rng, irange(rng, 1, 3), provider)
    ua = pick(
        rng,
        (
            "dspy/2.6.3 litellm/1.60.2",
            "litellm/1.60.2",
            "OpenAI/Python 1.63.2",
            "python-httpx/0.28.1",
        ),
    )
    tz = int(pick(rng, TZS))
    langs = weights(rng, ("en", "de", "ko"), 1.5)
    start = ctx.release - float(rng.uniform(0.0, 2.0)) * DAY
    curve = nightly(float(rng.uniform(0, 4)), float(rng.uniform(4, 8)), tz)
    total = 0
    batch_size = float(rng.uniform(50, 150))
    for a in accts:
        a.ua, a.ips = ua, nat
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(1, 2.5)) * (ctx.t1 - start) / DAY, curve
        )
        ts = concat(bursts(rng, starts, batch_size, float(rng.uniform(1.0, 3.0)), b=ctx.t1))
        style = irange(rng, 0, 3)
        prompts = [
            T.judge_prompt(
                rng, ctx.chat, ctx.passages, lg, style if chance(rng, 0.7) else irange(rng, 0, 3)
            )
            for lg in draw(rng, langs, len(ts))
        ]
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_for(ctx, rng, ts, float(rng.uniform(0.8, 0.95))),
            comp_median=float(rng.uniform(200, 380)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n,
            "pacing": "nightly_bursts",
            "tz": tz,
            "batch_mean": round(batch_size, 1),
            "ip_source": f"cloud_nat:{provider}",
            "user_agent": ua,
            "languages": langs,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites from VPN exits on short-lived stolen-card keys


def centre_tape(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "centre_tape"
    n = irange(rng, 8, 20)
    accts = open_accounts(ctx, rng, name, cid, n, org_mode="each", card_mode="each")
    nets = [
        VPN_NETS[i]
        for i in rng.choice(len(VPN_NETS), size=irange(rng, 2, 4), replace=False).tolist()
    ]
    exits = [ip for p in nets for ip in cloud(rng, irange(rng, 6, 15), p)]
    langs = weights(rng, ("en", "es", "ar", "zh"))
    life = float(rng.uniform(0.4, 1.6))
    first = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    span = ctx.t1 - first
    total = 0
    for i, a in enumerate(accts):
        a.ua = pick(rng, SDK_OTHER) if chance(rng, 0.7) else pick(rng, BG_SDK)
        a.ips = exits
        born = first + span * i / n + float(rng.uniform(-0.1, 0.1)) * DAY
        dies = born + life * DAY * float(rng.uniform(0.6, 1.4))
        ts = thinned(rng, born, dies, float(rng.uniform(25, 70)) * (dies - born) / HOUR, constant)
        style = irange(rng, 0, 3)
        prompts = [
            T.policy_rewrite(
                rng, ctx.passages, lg, style if chance(rng, 0.6) else irange(rng, 0, 3)
            )
            for lg in draw(rng, langs, len(ts))
        ]
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_for(ctx, rng, ts, 0.95),
            ips=sticky(rng, ts, exits, float(rng.uniform(120, 900))),
            comp_median=float(rng.uniform(350, 550)),
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "keys": n,
            "payment": "stolen_card_per_key",
            "key_life_days": round(life, 2),
            "pacing": "rotating_short_lived_keys",
            "ip_source": f"vpn:{','.join(nets)}",
            "exits": len(exits),
            "languages": langs,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use trajectories


def toe_dig(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "toe_dig"
    n = irange(rng, 4, 10)
    accts = open_accounts(
        ctx, rng, name, cid, n, org_mode=pick(rng, ("shared", "groups")), card_mode="shared"
    )
    provider = pick(rng, ("gcp", "azure", "aws"))
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "OpenAI/Python 1.58.1",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    total = 0
    n_tools = irange(rng, 3, 7)
    for a in accts:
        a.ua = ua
        # one container address per day (redeployed daily)
        day_ips = cloud(rng, 8, provider)
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(1, 3)) * (ctx.t1 - start) / HOUR, constant
        )
        trains = bursts(
            rng,
            starts,
            float(rng.uniform(4, 10)),
            float(rng.uniform(3, 9)),
            gap_sigma=0.6,
            b=ctx.t1,
        )
        ts = concat(trains)
        style = irange(rng, 0, 2)
        prompts, extras = [], []
        for _ in range(len(ts)):
            p, _steps = T.agent_step(
                rng, style if chance(rng, 0.85) else irange(rng, 0, 2), n_tools
            )
            prompts.append(p)
            extras.append(irange(rng, 300, 1400))
        ips = [day_ips[int((t - ctx.t0) // DAY) % len(day_ips)] for t in ts.tolist()]
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_for(ctx, rng, ts, float(rng.uniform(0.75, 0.95))),
            ips=ips,
            comp_median=float(rng.uniform(120, 260)),
            comp_sigma=0.7,
            extra=extras,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "keys": n,
            "tools_per_prompt": n_tools,
            "pacing": "episode_trains",
            "ip_source": f"cloud:{provider}:daily_redeploy",
            "user_agent": ua,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation through residential proxies


def rope_burn(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "rope_burn"
    n = irange(rng, 10, 25)
    accts = open_accounts(ctx, rng, name, cid, n, org_mode="each", card_mode="groups")
    region = pick(rng, ("*", "us", "eu", "latam", "sea", "in"))
    pool = resi(rng, irange(rng, 150, 500), region)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "python-httpx/0.28.1"))
    langs = weights(rng, ("en", "fr", "pt", "ja", "hi"), 1.2)
    start = ctx.release - float(rng.uniform(0.0, 0.8)) * DAY
    per_hour = float(rng.uniform(25, 60))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n)
    hold = float(rng.uniform(5, 30)) * MINUTE
    total = 0
    for i, a in enumerate(accts):
        a.ua, a.ips = ua, pool
        ts = streams[i]
        style = irange(rng, 0, 3)
        prompts = [
            T.dataset_gen(rng, lg, style if chance(rng, 0.7) else irange(rng, 0, 3))
            for lg in draw(rng, langs, len(ts))
        ]
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_for(ctx, rng, ts, 0.96, 0.0),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(1400, 2300)),
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n,
            "payment": "few_prepaid_cards",
            "pacing": "poisson_worker_pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"residential_proxy:{region}",
            "pool": len(pool),
            "sticky_s": round(hold),
            "user_agent": ua,
            "languages": langs,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling


def weigh_in(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "weigh_in"
    n = irange(rng, 2, 5)
    accts = open_accounts(ctx, rng, name, cid, n, org_mode="shared", card_mode="shared")
    provider = pick(rng, ("vultr", "linode", "digitalocean", "hetzner"))
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "reqwest/0.12.12"))
    start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    mix = weights(rng, ("bon_creative", "soft_label", "confidence", "bon_user"), 2.0)
    style_of = {"bon_creative": 0, "soft_label": 1, "confidence": 2, "bon_user": 3}
    comp_of = {0: 220.0, 1: 45.0, 2: 4.0, 3: 380.0}
    k_mean = float(rng.uniform(4, 9))
    total = 0
    for a in accts:
        a.ua, a.ips = ua, cloud(rng, irange(rng, 1, 2), provider)
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(2, 5)) * (ctx.t1 - start) / HOUR, constant
        )
        items = draw(rng, mix, len(starts))
        ts_all, prompts, meds, mdl = [], [], [], []
        for s, item in zip(starts.tolist(), items, strict=True):
            st = style_of[item]
            p = T.best_of_n_prompt(rng, ctx.chat, st)
            k = max(2, int(rng.poisson(k_mean)))
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=k - 1))])
            ts_all.extend(ts.tolist())
            prompts.extend([p] * k)
            meds.extend([comp_of[st]] * k)
            # a share of the samples goes to the old flagship for a teacher-vs-teacher label
            new_ok = s >= ctx.release
            mdl.extend(
                [
                    ctx.new_model if new_ok and not chance(rng, 0.2) else ctx.old_models[0]
                    for _ in range(k)
                ]
            )
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        total += ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order.tolist()],
            models=[mdl[i] for i in order.tolist()],
            comp_median=np.asarray(meds)[order],
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n,
            "samples_per_item": round(k_mean, 1),
            "mix": mix,
            "pacing": "item_repeats",
            "ip_source": f"hosting:{provider}",
            "user_agent": ua,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# curriculum sweep of code exercises from an office line


def catchweight(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "catchweight"
    n = irange(rng, 2, 4)
    accts = open_accounts(ctx, rng, name, cid, n, org_mode="shared", card_mode="shared")
    tz = int(pick(rng, TZS))
    office = home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "Go-http-client/2.0"))
    langs = [
        T.PLANGS[i]
        for i in rng.choice(len(T.PLANGS), size=irange(rng, 3, 7), replace=False).tolist()
    ]
    lang_mix = weights(rng, ("en", "es", "pt"), 1.0)
    start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    grid = len(T.CONCEPTS) * 5 * len(langs)
    total_items = grid * (len(T.CONSTRAINTS) + 1)
    total = 0
    for k, a in enumerate(accts):
        a.ua, a.ips, a.tz = ua, office, tz
        night = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(12, 30)) * (ctx.t1 - start) / HOUR,
            nightly(float(rng.uniform(21, 24)), float(rng.uniform(5, 8)), tz),
        )
        day = thinned(
            rng, start, ctx.t1, float(rng.uniform(1, 3)) * (ctx.t1 - start) / HOUR, workday(tz)
        )
        ts = concat([night, day])
        offset = k * (grid // n)
        style = irange(rng, 0, 2)
        prompts = [
            T.curriculum_item(rng, (offset + j) % total_items, grid, style, lg, langs)
            for j, lg in enumerate(draw(rng, lang_mix, len(ts)))
        ]
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_for(ctx, rng, ts, float(rng.uniform(0.8, 0.95)), 0.0),
            comp_median=float(rng.uniform(700, 1200)),
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum_sweep_code",
            "keys": n,
            "pacing": "nightly_script_plus_daytime",
            "tz": tz,
            "ip_source": "office_broadband",
            "ips": len(office),
            "code_languages": langs,
            "languages": lang_mix,
            "user_agent": ua,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# translation harvest (parallel corpus) through mobile proxies


def strain_call(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "strain_call"
    n = irange(rng, 6, 12)
    accts = open_accounts(ctx, rng, name, cid, n, org_mode="groups", card_mode="groups")
    kinds = [
        MOBILE_KINDS[i]
        for i in rng.choice(len(MOBILE_KINDS), size=irange(rng, 1, 2), replace=False).tolist()
    ]
    pool = [ip for kd in kinds for ip in mobile_v6(rng, irange(rng, 150, 300), kd)]
    ua = pick(
        rng, ("okhttp/4.12.0", "Go-http-client/2.0", "Dart/3.6 (dart:io)", "python-httpx/0.28.1")
    )
    n_targets = irange(rng, 6, 16)
    targets = [
        T.TARGETS[i] for i in rng.choice(len(T.TARGETS), size=n_targets, replace=False).tolist()
    ]
    start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    hold = float(rng.uniform(4, 15)) * MINUTE
    total = 0
    for a in accts:
        a.ua, a.ips = ua, pool
        jobs = thinned(
            rng, start, ctx.t1, float(rng.uniform(0.5, 1.4)) * (ctx.t1 - start) / HOUR, constant
        )
        style = irange(rng, 0, 3)
        ts_all, prompts, meds = [], [], []
        for s in jobs.tolist():
            sents = T.sentences(pick(rng, ctx.passages))
            if not sents:
                continue
            src = pick(rng, sents)
            batch = sents[:5] if style == 2 else None
            order = rng.permutation(len(targets))[: irange(rng, max(3, n_targets // 2), n_targets)]
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(2.0), 0.6, size=len(order) - 1))]
            )
            for tt, j in zip(t.tolist(), order.tolist(), strict=True):
                ts_all.append(tt)
                prompts.append(T.translation_request(rng, src, targets[j], style, batch))
                meds.append(len(src) / 3.0 * (5 if batch else 1))
        idx = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all, dtype=np.float64)[idx]
        total += ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in idx.tolist()],
            models=models_for(ctx, rng, ts, 0.93, 0.0),
            ips=sticky(rng, ts, pool, hold),
            comp_median=np.asarray(meds)[idx],
            comp_sigma=0.3,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "translation_parallel_corpus",
            "keys": n,
            "targets": targets,
            "pacing": "fan_out_per_source",
            "ip_source": f"mobile_proxy:{','.join(kinds)}",
            "pool": len(pool),
            "user_agent": ua,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: harvest hidden in a real writing-assistant product's traffic

BRANDS = (
    "Inkwell",
    "Draftly",
    "Parable",
    "Quillnest",
    "Wordsmithy",
    "Ledgerline",
    "Penwise",
    "Scribbly",
)


def walk_back(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "walk_back"
    n = irange(rng, 2, 4)
    accts = open_accounts(ctx, rng, name, cid, n, org_mode="shared", card_mode="shared")
    brand = pick(rng, BRANDS)
    provider = pick(rng, ("aws", "gcp", "azure"))
    egress = cloud(rng, irange(rng, 3, 6), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    load = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.7)))
    share = np.asarray(rng.dirichlet(np.full(n, 3.0)))
    product_rate = float(rng.uniform(25, 55))
    harvest_share = float(rng.uniform(0.25, 0.55))
    harvest_from = ctx.release - float(rng.uniform(0.0, 0.4)) * DAY
    modes = weights(rng, ("improve", "summarise", "reply", "explain"), 3.0)
    product_p_new = float(rng.uniform(0.2, 0.45))
    total = 0
    for i, a in enumerate(accts):
        a.ua, a.ips = ua, egress
        prod = thinned(
            rng, ctx.t0, ctx.t1, product_rate * share[i] * (ctx.t1 - ctx.t0) / HOUR, load
        )
        harv = thinned(
            rng,
            harvest_from,
            ctx.t1,
            product_rate * harvest_share * share[i] * (ctx.t1 - harvest_from) / HOUR,
            load,
        )
        p_prompts = [
            T.product_prompt(rng, brand, m, T.clip(pick(rng, ctx.chat), 20, 1500, rng))
            for m in draw(rng, modes, len(prod))
        ]
        h_prompts = [
            T.product_prompt(
                rng,
                brand,
                "explain" if chance(rng, 0.7) else "improve",
                T.natural_harvest(rng, ctx.chat),
            )
            for _ in range(len(harv))
        ]
        total += ctx.emit(
            rng,
            a,
            prod,
            p_prompts,
            models=models_for(ctx, rng, prod, product_p_new, 0.15),
            comp_median=float(rng.uniform(250, 380)),
            err=0.01,
        )
        total += ctx.emit(
            rng,
            a,
            harv,
            h_prompts,
            models=models_for(ctx, rng, harv, 0.9, 0.0),
            comp_median=float(rng.uniform(600, 950)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "keys": n,
            "brand": brand,
            "pacing": "global_product_load",
            "product_per_hour": round(product_rate, 1),
            "harvest_share": round(harvest_share, 3),
            "ip_source": f"cloud_egress:{provider}",
            "ips": len(egress),
            "user_agent": ua,
            "modes": modes,
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: bought or compromised aged accounts


def heel_plant(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "heel_plant"
    n = irange(rng, 8, 18)
    accts = open_accounts(
        ctx, rng, name, cid, n, org_mode="each", card_mode="each", role="aged_account"
    )
    p_bought = float(rng.uniform(0.3, 0.7))
    total = 0
    modes = []
    for a in accts:
        tz = int(pick(rng, TZS))
        a.tz = tz
        a.ips = home(rng, irange(rng, 1, 2), tz)
        a.ua = pick(rng, BG_BROWSER) if chance(rng, 0.5) else pick(rng, BG_SDK[:2])
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz)
        take = ctx.release + float(rng.uniform(-0.6, 1.0)) * DAY
        bought = chance(rng, p_bought)
        modes.append("bought" if bought else "compromised")
        owner_end = take if bought else ctx.t1
        owner = concat(
            session_times(
                rng,
                ctx.t0,
                owner_end,
                float(rng.uniform(0.6, 2.0)),
                curve,
                float(rng.uniform(2, 6)),
                float(rng.uniform(40, 150)),
            )
        )
        total += ctx.emit(
            rng,
            a,
            owner,
            [T.clip(pick(rng, ctx.chat), 5, 1500, rng) for _ in range(len(owner))],
            models=models_for(ctx, rng, owner, 0.15, 0.18),
            comp_median=350.0,
        )
        # the new holder: same region, residential proxy, person-like sessions
        pool = home(rng, irange(rng, 15, 50), tz)
        h_curve = curve if chance(rng, 0.6) else evening_person(tz)
        harv = concat(
            session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(2.5, 7.0)),
                h_curve,
                float(rng.uniform(4, 10)),
                float(rng.uniform(35, 100)),
            )
        )
        ua = a.ua if chance(rng, 0.6) else "OpenAI/Python 1.54.0"
        total += ctx.emit(
            rng,
            a,
            harv,
            [T.natural_harvest(rng, ctx.chat) for _ in range(len(harv))],
            models=models_for(ctx, rng, harv, float(rng.uniform(0.7, 0.95)), 0.0),
            ips=sticky(rng, harv, pool, float(rng.uniform(15, 60)) * MINUTE),
            ua=ua,
            comp_median=float(rng.uniform(550, 850)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "aged_accounts_takeover",
            "accounts": n,
            "bought_share": round(p_bought, 3),
            "modes": modes,
            "pacing": "person_like_sessions",
            "ip_source": "owner_home_then_same_region_resi_proxy",
            "payment": "owners_cards",
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: low-and-slow crowd of paid people with their own accounts

CROWD_TZ_LANG = {
    5: ("hi", "en"),
    8: ("id", "vi", "en"),
    -3: ("pt", "es"),
    1: ("en", "es"),
    -5: ("en", "es"),
    2: ("en",),
}


def rope_sheath(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "rope_sheath"
    n = irange(rng, 30, 60)
    accts = open_accounts(
        ctx, rng, name, cid, n, org_mode="each", card_mode="each", role="crowd_worker"
    )
    tzs = list(CROWD_TZ_LANG)
    tz_mix = weights(rng, [str(t) for t in tzs], 1.5)
    p_new = float(rng.uniform(0.55, 0.8))
    total = 0
    for a in accts:
        tz = int(draw(rng, tz_mix, 1)[0])
        a.tz = tz
        lang = pick(rng, CROWD_TZ_LANG[tz])
        phone = chance(rng, 0.35)
        if phone and tz in (5, -3, -5, 1):
            kind = {5: "in_mobile", -3: "br_mobile", -5: "us_mobile", 1: "eu_mobile"}[tz]
            a.ips = mobile_v6(rng, irange(rng, 3, 8), kind)
            a.ua = pick(rng, MOBILE[:3])
        else:
            a.ips = home(rng, 1, tz)
            a.ua = pick(rng, BG_BROWSER)
        joined = ctx.release + float(rng.uniform(-0.7, 1.2)) * DAY
        ts = concat(
            session_times(
                rng,
                joined,
                ctx.t1,
                float(rng.uniform(0.8, 2.5)),
                evening_person(tz),
                float(rng.uniform(2.5, 6)),
                float(rng.uniform(60, 180)),
            )
        )
        if len(ts) == 0:
            ts = np.asarray([joined + float(rng.uniform(0, 6)) * HOUR])
        total += ctx.emit(
            rng,
            a,
            ts,
            [T.crowd_prompt(rng, lang) for _ in range(len(ts))],
            models=models_for(ctx, rng, ts, p_new, 0.05),
            comp_median=float(rng.uniform(500, 800)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "crowd_of_paid_people",
            "accounts": n,
            "tz_mix": tz_mix,
            "p_new": round(p_new, 3),
            "pacing": "evening_sessions",
            "ip_source": "own_home_or_phone",
            "payment": "own_cards",
            "events": total,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: public conversation replay, turn by turn, from person-like accounts


def tug_boots(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "tug_boots"
    n = irange(rng, 10, 22)
    accts = open_accounts(ctx, rng, name, cid, n, org_mode="each", card_mode="each")
    order = rng.permutation(len(ctx.chat)).tolist()
    shard = max(1, len(order) // n)
    total = 0
    for i, a in enumerate(accts):
        tz = int(pick(rng, TZS))
        a.tz = tz
        pool = home(rng, irange(rng, 10, 30), tz)
        a.ips = pool
        a.ua = pick(rng, BG_SDK[:2]) if chance(rng, 0.7) else pick(rng, BG_BROWSER[:2])
        curve = workday(tz) if chance(rng, 0.6) else evening_person(tz)
        aging = session_times(
            rng, ctx.t0, ctx.release, float(rng.uniform(0.5, 1.5)), curve, 2.0, 90.0
        )
        live = session_times(
            rng,
            ctx.release + float(rng.uniform(0, 0.5)) * DAY,
            ctx.t1,
            float(rng.uniform(8, 16)),
            curve,
            float(rng.uniform(2, 4.5)),
            float(rng.uniform(40, 110)),
        )
        mine = order[i * shard : (i + 1) * shard]
        cursor = 0
        ts_all: list[float] = []
        prompts: list[str] = []
        for sess in aging + live:
            for j, t in enumerate(sess.tolist()):
                # a follow-up is either a stock one or the next replayed human turn
                if j == 0 or chance(rng, 0.55):
                    prompts.append(ctx.chat[mine[cursor % len(mine)]])
                    cursor += 1
                else:
                    prompts.append(T.follow_up(rng))
                ts_all.append(t)
        idx = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all, dtype=np.float64)[idx]
        total += ctx.emit(
            rng,
            a,
            ts,
            [prompts[k] for k in idx.tolist()],
            models=models_for(ctx, rng, ts, float(rng.uniform(0.7, 0.9)), 0.1),
            ips=sticky(rng, ts, pool, float(rng.uniform(20, 90)) * MINUTE),
            comp_median=float(rng.uniform(350, 500)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public_conversation_replay",
            "accounts": n,
            "pacing": "aging_then_workday_sessions",
            "ip_source": "resi_proxy_matched_to_tz",
            "payment": "card_per_account",
            "events": total,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "anchor_belt": anchor_belt,
    "heave_ho": heave_ho,
    "centre_tape": centre_tape,
    "toe_dig": toe_dig,
    "rope_burn": rope_burn,
    "weigh_in": weigh_in,
    "catchweight": catchweight,
    "strain_call": strain_call,
    "walk_back": walk_back,
    "heel_plant": heel_plant,
    "rope_sheath": rope_sheath,
    "tug_boots": tug_boots,
}

"""Campaign families of blind batch 215 (code names from pigeon racing).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, registers
the campaign with `ctx.campaign`, and writes its events with `ctx.emit`. Every choice (key
counts, orgs, cards, pacing, addresses, user agents, languages, templates, models) is drawn from
the family's own generator. The last four families are built to look like legitimate use.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, chance, irange, pick
from bench.monitor_blind215 import texts

LABEL = "campaign"


def _weights(rng: np.random.Generator, keys: list[str], alpha: float = 1.5) -> dict[str, float]:
    w = rng.dirichlet(np.full(len(keys), alpha))
    return {k: float(x) for k, x in zip(keys, w.tolist(), strict=True)}


def _choose(rng: np.random.Generator, weights: dict[str, float], n: int) -> list[str]:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys])
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def _lang_of_tz(rng: np.random.Generator, tz: int) -> str:
    table = {
        -8: ("en",),
        -5: ("en", "en", "es"),
        -3: ("pt", "es"),
        0: ("en",),
        1: ("de", "en", "es"),
        2: ("de", "en"),
        3: ("ru",),
        5: ("hi", "en"),
        8: ("zh",),
        9: ("ja",),
    }
    return pick(rng, table.get(tz, ("en",)))


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented server block


def widowhood(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "widowhood"
    n_keys = irange(rng, 8, 20)
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    uas = [bb.sdk_ua(rng, 0.3) for _ in range(irange(rng, 1, 2))]
    langs = _weights(
        rng, rng.choice(list(texts.PROBLEMS), size=irange(rng, 2, 4), replace=False).tolist()
    )
    langs["en"] = langs.get("en", 0.0) + 0.3
    accts = []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=name,
                role="worker",
                campaign_id=camp,
                org=orgs[i % len(orgs)],
                pay=cards[i % len(cards)],
                ua=pick(rng, uas),
                ips=bb.picks(rng, block, irange(rng, 1, 3)),
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(30, 80))
    boost = float(rng.uniform(1.2, 1.8))

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where(ts >= ctx.release, 1.0, 1.0 / boost)

    streams = bb.worker_pool(rng, start, ctx.t1, per_hour * boost, n_keys, curve)
    for acct, ts in zip(accts, streams, strict=True):
        ls = _choose(rng, langs, len(ts))
        prompts = [
            texts.concept_reasoning_prompt(rng)
            if (lang == "en" and chance(rng, 0.2))
            else texts.reasoning_prompt(rng, lang)
            for lang in ls
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1200.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "reasoning_traces",
            "pacing": "poisson_worker_pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented_block:{provider}",
            "payment": "shared_prepaid",
            "languages": sorted(langs),
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading, nightly bursts from a cloud VM


def basketing_night(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "basketing_night"
    n_keys = irange(rng, 3, 7)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ips = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = bb.sdk_ua(rng, 0.6)
    tz = pick(rng, bb.TZS)
    styles = _weights(rng, [str(s) for s in range(6)], 1.0)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="grader",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start_h, hours = float(rng.uniform(20, 24)), float(rng.uniform(4, 8))
    starts = bb.thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(10, 25)) * 7, bb.nightly(start_h, hours, tz)
    )
    trains = bb.bursts(
        rng, starts, float(rng.uniform(15, 40)), float(rng.uniform(0.8, 3.0)), 0.5, ctx.t1
    )
    owner = rng.integers(0, n_keys, size=len(trains))
    for i, acct in enumerate(accts):
        mine = [t for t, o in zip(trains, owner.tolist(), strict=True) if o == i]
        ts = np.sort(np.concatenate(mine)) if mine else np.empty(0)
        st = _choose(rng, styles, len(ts))
        prompts = [texts.judge_prompt(rng, ctx.chat, ctx.passages, int(s)) for s in st]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.02),
            comp_median=380.0,
            comp_sigma=0.5,
            err=0.05,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "judge_grading",
            "pacing": "nightly_bursts",
            "tz": tz,
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "styles": sorted(styles),
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy / censorship-safe rewrites on stolen cards through VPN exits


def liberation_site(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "liberation_site"
    n_keys = irange(rng, 10, 24)
    vpn = [
        a
        for p in rng.choice(
            ["m247", "leaseweb", "ovh", "vultr"], size=irange(rng, 1, 3), replace=False
        ).tolist()
        for a in bb.rented_block(rng, p, irange(rng, 2, 4), 6)
    ]
    browser = chance(rng, 0.5)
    langs = {"en": 0.5, "zh": 0.25, "ru": 0.15, "fr": 0.1}
    hold = float(rng.uniform(15, 45)) * MINUTE
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, bb.BROWSERS) if browser else bb.sdk_ua(rng, 0.4)
        accts.append(
            ctx.account(
                rng, label=LABEL, family=name, role="burner", campaign_id=camp, ua=ua, ips=vpn
            )
        )
    first = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    for acct in accts:
        s = float(rng.uniform(first, ctx.t1 - 0.5 * DAY))
        e = min(ctx.t1, s + float(rng.uniform(0.5, 2.0)) * DAY)
        starts = bb.thinned(rng, s, e, float(rng.uniform(1, 3)) * (e - s) / HOUR, bb.constant)
        trains = bb.bursts(
            rng, starts, float(rng.uniform(4, 10)), float(rng.uniform(4, 10)), 0.6, e
        )
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        ls = _choose(rng, langs, len(ts))
        prompts = [texts.policy_prompt(rng, ctx.passages, irange(rng, 0, 3), lang) for lang in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=bb.sticky(rng, ts, vpn, hold),
            comp_median=520.0,
            err=0.04,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "policy_rewrites",
            "pacing": "bursts_short_lived_keys",
            "ip_source": "vpn_exits",
            "payment": "stolen_card_per_key",
            "user_agent": "browser" if browser else "sdk",
            "languages": sorted(langs),
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories from cloud workers


def convoyer(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "convoyer"
    n_keys = irange(rng, 4, 9)
    orgs = [bb.hexid(rng, "org") for _ in range(2)]
    card = bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "python-httpx/0.28.1",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    style_mix = float(rng.uniform(0, 1))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="agent_runner",
            campaign_id=camp,
            org=orgs[i % 2],
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for i in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.8)
    starts = bb.worker_pool(rng, start, ctx.t1, float(rng.uniform(3, 8)), n_keys)
    step_gap = float(rng.uniform(4, 9))
    base_ctx = irange(rng, 600, 1800)
    for acct, s_ts in zip(accts, starts, strict=True):
        ts_all, prompts, extra = [], [], []
        for s in s_ts.tolist():
            task = texts.agent_task(rng)
            tools = texts.agent_tools(rng, irange(rng, 3, 6))
            style = 0 if chance(rng, style_mix) else 1
            k = irange(rng, 4, 14)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.5, size=k - 1))]
            )
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(texts.agent_step(rng, task, tools, j, style))
                extra.append(base_ctx + 260 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            comp_median=240.0,
            comp_sigma=0.7,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "agent_trajectories",
            "pacing": "trajectory_chains",
            "ip_source": f"cloud:{provider}",
            "payment": "one_card_two_orgs",
            "user_agent": ua,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation, slow steady loops with long completions


def squeaker(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "squeaker"
    n_keys = irange(rng, 2, 5)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "scaleway"))
    tz = pick(rng, (0, 1, 2))
    langs = {"en": 0.7, "de": 0.1, "zh": 0.1, "es": 0.1}
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="generator",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=bb.sdk_ua(rng, 0.7),
            ips=bb.cloud(rng, 1, provider),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    win_start, win_len = float(rng.uniform(18, 23)), float(rng.uniform(8, 12))
    window = bb.nightly(win_start, win_len, tz)
    for acct in accts:
        interval = float(rng.uniform(120, 400))
        t = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        ts = []
        while t < ctx.t1:
            if window(np.array([t]))[0] > 0:
                ts.append(t)
                t += interval * float(rng.uniform(0.85, 1.2))
            else:
                t += 10 * MINUTE
        ts = np.asarray(ts)
        ls = _choose(rng, langs, len(ts))
        prompts = [texts.synth_prompt(rng, ctx.chat, irange(rng, 0, 3), lang) for lang in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.0),
            comp_median=1900.0,
            comp_sigma=0.35,
            err=0.01,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "synthetic_dataset",
            "pacing": "steady_loop_nightly",
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "languages": sorted(langs),
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest with a simulated user, through residential proxies


def yearling_race(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "yearling_race"
    n_keys = irange(rng, 12, 28)
    group = irange(rng, 3, 5)
    cards = [bb.hexid(rng, "pay") for _ in range(-(-n_keys // group))]
    pool = bb.resi(rng, irange(rng, 200, 600))
    hold = float(rng.uniform(10, 30)) * MINUTE
    lang_set = rng.choice(["en", "es", "pt", "de"], size=irange(rng, 2, 4), replace=False).tolist()
    if "en" not in lang_set:
        lang_set.append("en")
    accts, langs = [], []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=name,
                role="dialogue_bot",
                campaign_id=camp,
                pay=cards[i // group],
                ua=pick(rng, bb.BROWSERS),
                ips=pool,
            )
        )
        langs.append(pick(rng, lang_set))
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    rate = float(rng.uniform(0.4, 1.2))
    gap = float(rng.uniform(15, 40))
    for acct, lang in zip(accts, langs, strict=True):
        a = start + float(rng.uniform(0, 0.4)) * DAY
        convs = bb.thinned(
            rng,
            a,
            ctx.t1,
            rate * (ctx.t1 - a) / HOUR,
            bb.global_load(float(rng.uniform(0, 24)), 0.3),
        )
        ts_all, prompts = [], []
        for s in convs.tolist():
            opener, topic = texts.dialogue_opener(rng, lang)
            k = irange(rng, 4, 9)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.4, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(opener if j == 0 else texts.dialogue_followup(rng, lang, topic))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=480.0,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "multi_turn_dialogue",
            "pacing": "conversation_chains",
            "ip_source": "residential_proxy_sticky",
            "payment": f"prepaid_card_per_{group}_keys",
            "languages": sorted(lang_set),
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n sampling and soft-label elicitation


def race_sweep(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "race_sweep"
    n_keys = irange(rng, 2, 4)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "linode"))
    block = bb.rented_block(rng, provider, 1, irange(rng, 2, 5))
    ua = bb.sdk_ua(rng, 0.5)
    p_soft = float(rng.uniform(0.3, 0.6))
    concurrent = chance(rng, 0.5)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=block,
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.9)
    items = bb.worker_pool(rng, start, ctx.t1, float(rng.uniform(6, 14)), n_keys)
    old = ctx.old_models[0]
    for acct, its in zip(accts, items, strict=True):
        ts_all, prompts, models, comp = [], [], [], []
        for s in its.tolist():
            soft = chance(rng, p_soft)
            p = (
                texts.soft_label_prompt(rng, irange(rng, 0, 2))
                if soft
                else texts.sample_prompt(rng)
            )
            n = irange(rng, 1, 3) if soft else irange(rng, 4, 12)
            runs = [ctx.new_model if s >= ctx.release else old]
            if s >= ctx.release and chance(rng, 0.3):
                runs.append(old)
            t = s
            for m in runs:
                gaps = (
                    rng.exponential(0.05, size=n)
                    if concurrent
                    else rng.lognormal(np.log(0.8), 0.5, size=n)
                )
                for g in gaps.tolist():
                    t += g
                    ts_all.append(t)
                    prompts.append(p)
                    models.append(m)
                    comp.append(45.0 if soft else 320.0)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=models,
            comp_median=np.asarray(comp),
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "best_of_n_and_soft_labels",
            "pacing": "concurrent_repeats" if concurrent else "sequential_repeats",
            "p_soft": round(p_soft, 2),
            "ip_source": f"rented_block:{provider}",
            "payment": "one_card",
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code curriculum sweep from an office during working hours


def velocity_ranking(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "velocity_ranking"
    n_keys = irange(rng, 3, 6)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (1, 2, 3, 5, 8))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
    langs = rng.permutation(len(texts.CODE_LANGS)).tolist()
    styles = rng.choice(3, size=irange(rng, 1, 3), replace=False).tolist()
    switch = ctx.release + float(rng.uniform(0.05, 0.4)) * DAY
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="sweeper",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    for i, acct in enumerate(accts):
        my_langs = [texts.CODE_LANGS[j] for j in langs[i::n_keys]] or [texts.CODE_LANGS[langs[0]]]
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(15, 35)) * 9 * 5,
            bb.workday(tz, 8.0, 18.5, 0.02, 0.0),
        )
        prompts, models = [], []
        for j, t in enumerate(ts.tolist()):
            lang = my_langs[(j // 90) % len(my_langs)]
            level = texts.LEVELS[(j // 18) % len(texts.LEVELS)]
            prompts.append(texts.code_prompt(rng, j, lang, level, int(pick(rng, styles))))
            models.append(ctx.new_model if t >= switch else ctx.old_models[0])
        ctx.emit(
            rng, acct, ts, prompts, models=models, comp_median=850.0, comp_sigma=0.5, err=0.015
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "code_curriculum_sweep",
            "pacing": "workday_steady",
            "tz": tz,
            "ip_source": "office_broadband",
            "payment": "company_card",
            "styles": sorted(int(s) for s in styles),
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest mixed into a real study-help product's own traffic


def loft_manager(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "loft_manager"
    n_keys = irange(rng, 2, 4)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "digitalocean"))
    ips = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, bb.SDK_COMMON[:3])
    curve = bb.global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.7)))
    real_rate = float(rng.uniform(15, 30))
    share = float(rng.uniform(0.2, 0.4))
    upgrade = ctx.release + float(rng.uniform(0.5, 1.5)) * DAY
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="product_key",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    real = bb.worker_pool(rng, ctx.t0, ctx.t1, real_rate, n_keys, curve)
    harvest = bb.worker_pool(
        rng, ctx.t0 + float(rng.uniform(0.5, 2.0)) * DAY, ctx.t1, real_rate * share, n_keys, curve
    )
    for acct, r_ts, h_ts in zip(accts, real, harvest, strict=True):
        r_prompts = [
            texts.homework_question(rng) if chance(rng, 0.3) else pick(rng, ctx.chat)
            for _ in range(len(r_ts))
        ]
        r_models = [
            ctx.new_model if (t >= upgrade and chance(rng, 0.6)) else ctx.old_models[0]
            for t in r_ts.tolist()
        ]
        ctx.emit(rng, acct, r_ts, r_prompts, models=r_models, comp_median=360.0, err=0.01)
        h_prompts = [
            texts.homework_question(rng) if chance(rng, 0.6) else texts.expert_question(rng, "en")
            for _ in range(len(h_ts))
        ]
        ctx.emit(
            rng,
            acct,
            h_ts,
            h_prompts,
            models=ctx.models(rng, h_ts, p_new=0.97, p_mini=0.0),
            comp_median=900.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "harvest_in_product_traffic",
            "pacing": "follows_product_load",
            "harvest_share": round(share, 2),
            "ip_source": f"app_backend:{provider}",
            "payment": "company_card",
            "user_agent": ua,
            "keys": n_keys,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts that pivot to harvesting after the release


def old_bird(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "old_bird"
    n = irange(rng, 8, 16)
    p_keep_ua = float(rng.uniform(0.3, 0.7))
    accts, pivots = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="resold_account",
            campaign_id=camp,
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        lang = _lang_of_tz(rng, tz)
        pivot = ctx.release + float(rng.uniform(-0.2, 0.6)) * DAY
        pivots.append(round(pivot, 1))
        sessions = bb.session_times(
            rng,
            ctx.t0,
            pivot,
            float(rng.uniform(0.6, 1.5)),
            bb.evening_person(tz),
            float(rng.uniform(3, 6)),
            60.0,
        )
        pre = np.concatenate(sessions) if sessions else np.empty(0)
        ctx.emit(
            rng,
            acct,
            pre,
            [pick(rng, ctx.chat) for _ in range(len(pre))],
            models=ctx.models(rng, pre, p_new=0.5, p_mini=0.15),
            comp_median=340.0,
        )
        region = pick(rng, bb.ipspace.REGION_OF_TZ.get(tz, ("us",)))
        pool = bb.resi(rng, irange(rng, 30, 120), region)
        post = bb.thinned(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(4, 12)) * (ctx.t1 - pivot) / HOUR,
            bb.evening_person(tz, 4.0),
        )
        ua = acct.ua if chance(rng, p_keep_ua) else bb.sdk_ua(rng, 0.7)
        prompts = [texts.expert_question(rng, lang) for _ in range(len(post))]
        ctx.emit(
            rng,
            acct,
            post,
            prompts,
            models=ctx.models(rng, post, p_new=0.95, p_mini=0.0),
            ips=bb.sticky(rng, post, pool, 20 * MINUTE),
            ua=ua,
            comp_median=900.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "aged_account_pivot",
            "pacing": "human_then_steady",
            "pivots": pivots,
            "ip_source": "home_then_same_region_residential_proxy",
            "payment": "original_owner_cards",
            "keys": n,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of person-like accounts covering a subject bank


def pool_money(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "pool_money"
    n = irange(rng, 35, 70)
    p_mobile = float(rng.uniform(0.1, 0.4))
    mob_of = {
        -8: "us_mobile",
        -5: "us_mobile",
        -3: "br_mobile",
        0: "eu_mobile",
        1: "eu_mobile",
        2: "eu_mobile",
        5: "in_mobile",
    }
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.MOBILE[:3]) if chance(rng, 0.4) else pick(rng, bb.BROWSERS)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="crowd_member",
            campaign_id=camp,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        lang = _lang_of_tz(rng, tz)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            bb.evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(50, 150)),
        )
        ts_all, prompts, ips = [], [], []
        for sess in sessions:
            on_phone = tz in mob_of and chance(rng, p_mobile)
            ip = bb.mobile_v6(rng, 1, mob_of[tz])[0] if on_phone else pick(rng, acct.ips)
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(
                    texts.casual_question(rng, lang, followup=(j > 0 and chance(rng, 0.4)))
                )
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=ips,
            comp_median=700.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "person_like_crowd",
            "pacing": "human_sessions",
            "ip_source": "home_and_carrier",
            "payment": "one_card_per_account",
            "p_mobile": round(p_mobile, 2),
            "keys": n,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay through mobile and residential proxies


def training_toss(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "training_toss"
    n_keys = irange(rng, 5, 10)
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    kinds = rng.choice(
        ["us_mobile", "eu_mobile", "br_mobile", "in_mobile"], size=2, replace=False
    ).tolist()
    mobile = [ip for k in kinds for ip in bb.mobile_v6(rng, irange(rng, 60, 200), k)]
    homes = bb.resi(rng, irange(rng, 80, 250), pick(rng, ("us", "eu", "latam")))
    pool = mobile + homes
    hold = float(rng.uniform(5, 15)) * MINUTE
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="replayer",
            campaign_id=camp,
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=pick(rng, bb.SDK_COMMON[:3]),
            ips=pool,
        )
        for i in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.2, 0.6)) * DAY
    streams = bb.worker_pool(
        rng,
        start,
        ctx.t1,
        float(rng.uniform(40, 90)),
        n_keys,
        bb.global_load(float(rng.uniform(13, 19)), 0.5),
    )
    order = rng.permutation(len(ctx.chat)).tolist()
    k = 0
    for acct, ts in zip(accts, streams, strict=True):
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[order[k % len(order)]])
            k += 1
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=420.0,
            err=0.015,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "worker_pool_daily_curve",
            "ip_source": "mobile_and_residential_proxy",
            "payment": "shared_cards",
            "keys": n_keys,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[bb.Ctx, np.random.Generator, str], None]] = {
    "widowhood": widowhood,
    "basketing_night": basketing_night,
    "liberation_site": liberation_site,
    "convoyer": convoyer,
    "squeaker": squeaker,
    "yearling_race": yearling_race,
    "race_sweep": race_sweep,
    "velocity_ranking": velocity_ranking,
    "loft_manager": loft_manager,
    "old_bird": old_bird,
    "pool_money": pool_money,
    "training_toss": training_toss,
}

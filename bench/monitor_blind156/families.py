"""Campaign families of batch 156 (twelve; code names are Skittles words).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts, writes their events into
`ctx.sink` and records one campaign in the truth. Every size, rate, address source, user agent,
language mix and template style is drawn from the family's own generator.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
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
from bench.monitor_blind156 import texts

Rng = np.random.Generator


def _sub(rng: Rng, seq, lo: int, hi: int) -> list:
    """A random subset (as plain Python values) of lo..hi distinct items."""
    k = min(len(seq), irange(rng, lo, hi))
    return [seq[i] for i in sorted(rng.choice(len(seq), size=k, replace=False).tolist())]


def _lang_mix(
    rng: Rng, main: str, others: list[str], main_lo: float, main_hi: float
) -> dict[str, float]:
    mix = {main: float(rng.uniform(main_lo, main_hi))}
    for lang in others:
        mix[lang] = float(rng.uniform(0.05, 0.3))
    total = sum(mix.values())
    return {k: round(v / total, 3) for k, v in mix.items()}


def _models_from(
    ctx: Ctx, rng: Rng, ts: np.ndarray, switch: float, p_new: float, p_mini: float = 0.05
) -> list[str]:
    """Like ctx.models, but the new model is adopted only from `switch` on."""
    ts = np.asarray(ts)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [
        new if (t >= max(switch, ctx.release) and a < p_new) else (mini if b < p_mini else old)
        for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)
    ]


def _flat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def wild_berry(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "wild_berry"
    n_keys, n_orgs = irange(rng, 5, 14), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.6)
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "m247"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    ua = sdk_ua(rng, 0.6)
    langs = _lang_mix(rng, "en", _sub(rng, ["zh", "es", "ru", "pt", "de"], 1, 4), 0.4, 0.8)
    styles = _sub(rng, list(texts.REASON_STYLES), 2, 4)
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    per_hour = float(rng.uniform(22, 50))
    night_only = chance(rng, 0.3)
    curve = (
        nightly(float(rng.uniform(18, 23)), float(rng.uniform(8, 14)), pick(rng, TZS))
        if night_only
        else constant
    )
    comp = float(rng.uniform(1300, 2600))
    accts: list[Acct] = []
    for i in range(n_keys):
        ips = _sub(rng, pool, 1, min(4, len(pool)))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % n_orgs] if shared_card else None,
                ua=ua,
                ips=ips,
            )
        )
    lang_keys, lang_w = list(langs), np.asarray(list(langs.values()))
    for acct, ts in zip(
        accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True
    ):
        ls = [
            lang_keys[j]
            for j in rng.choice(len(lang_keys), size=len(ts), p=lang_w / lang_w.sum()).tolist()
        ]
        prompts = [texts.reasoning_trace_prompt(rng, lang, styles) for lang in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "shared_card": shared_card,
            "ip_source": f"hosting:{provider}",
            "ips": len(pool),
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "pacing": "worker_pool_nightly" if night_only else "worker_pool_24h",
            "per_hour": round(per_hour, 1),
            "start": start,
            "comp_median": round(comp),
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in bursts from a public cloud


def sweet_heat(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "sweet_heat"
    n_keys = irange(rng, 3, 7)
    org = hexid(rng, "org")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    styles = _sub(rng, list(texts.JUDGE_STYLES), 3, 5)
    tz = pick(rng, TZS)
    office_hours = chance(rng, 0.5)
    curve = (
        workday(tz, start=float(rng.uniform(7, 10)), end=float(rng.uniform(18, 23)), weekend=0.3)
        if office_hours
        else constant
    )
    start = ctx.release - float(rng.uniform(0.0, 2.0)) * DAY
    per_day, size, gap = (
        float(rng.uniform(5, 12)),
        float(rng.uniform(40, 110)),
        float(rng.uniform(0.8, 3.0)),
    )
    comp = float(rng.uniform(90, 260))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="grader",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
    trains = bursts(rng, starts, size, gap, b=ctx.t1)
    owner = rng.integers(0, n_keys, size=len(trains))
    for k, acct in enumerate(accts):
        ts = _flat([tr for tr, o in zip(trains, owner.tolist(), strict=True) if o == k])
        prompts = [
            texts.judge_prompt(rng, pick(rng, styles), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.02),
            comp_median=comp,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n_keys,
            "orgs": 1,
            "payment": "prepaid_card_per_key",
            "ip_source": f"cloud:{provider}",
            "user_agent": ua,
            "styles": styles,
            "pacing": "bursts",
            "bursts_per_day": round(per_day, 1),
            "burst_size": round(size),
            "office_hours_tz": tz if office_hours else None,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant rewrites through VPN exits and residential proxies, burned keys


def darkside(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "darkside"
    n_keys = irange(rng, 18, 32)
    vpn_provider = pick(rng, ("m247", "leaseweb", "ovh", "linode"))
    vpn = rented_block(rng, vpn_provider, irange(rng, 2, 5), irange(rng, 4, 10))
    region = pick(rng, ("cn", "sea", "ru", "us"))
    proxies = resi(rng, irange(rng, 40, 140), region)
    p_vpn = float(rng.uniform(0.3, 0.8))
    hold = float(rng.uniform(5, 25)) * 60
    langs = _lang_mix(rng, "zh", _sub(rng, ["en", "ru", "es"], 2, 3), 0.3, 0.6)
    lang_keys, lang_w = list(langs), np.asarray(list(langs.values()))
    rate = float(rng.uniform(3, 8))
    accts = []
    births = np.sort(rng.uniform(ctx.t0 + 0.3 * DAY, ctx.t1 - 0.6 * DAY, size=n_keys))
    for birth in births.tolist():
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.6)
            else pick(rng, ("python-requests/2.32.3", "axios/1.7.9", "curl/8.5.0"))
        )
        acct = ctx.account(
            rng, label="campaign", family=name, role="burner", campaign_id=cid, ua=ua, ips=vpn
        )
        accts.append(acct)
        end = min(ctx.t1, birth + float(rng.uniform(0.6, 2.5)) * DAY)
        ts = thinned(rng, birth, end, rate * (end - birth) / HOUR, constant)
        if len(ts) == 0:
            ts = np.array([birth])
        via_vpn = rng.random(len(ts)) < p_vpn
        ips = [
            v if flag else p
            for v, p, flag in zip(
                sticky(rng, ts, vpn, hold),
                sticky(rng, ts, proxies, hold),
                via_vpn.tolist(),
                strict=True,
            )
        ]
        ls = [
            lang_keys[j]
            for j in rng.choice(len(lang_keys), size=len(ts), p=lang_w / lang_w.sum()).tolist()
        ]
        prompts = [texts.policy_rewrite_prompt(rng, lang, ctx.passages) for lang in ls]
        status = np.where(rng.random(len(ts)) < 0.03, 429, 200)
        n_dead = min(
            len(ts) - 1, irange(rng, 0, 4)
        )  # the stolen card was charged back: the last calls fail
        if n_dead > 0:
            status[-n_dead:] = 402
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85),
            ips=ips,
            comp_median=500.0,
            status=status,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy_compliant_rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "stolen_card_per_key",
            "ip_source": f"vpn:{vpn_provider}+residential:{region}",
            "p_vpn": round(p_vpn, 2),
            "languages": langs,
            "pacing": "burner_keys_poisson",
            "per_hour_per_key": round(rate, 1),
            "key_life_days": [0.6, 2.5],
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts: episodic loops from a cloud cluster


def crazy_cores(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "crazy_cores"
    n_keys = irange(rng, 4, 9)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure", "oracle"))
    egress = cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    styles = _sub(rng, list(texts.AGENT_STYLES), 2, 4)
    start = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    eps_per_hour = float(rng.uniform(5, 12))
    step_gap = float(rng.uniform(4, 12))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    starts = thinned(rng, start, ctx.t1, eps_per_hour * (ctx.t1 - start) / HOUR, constant)
    per_key: list[list[tuple[float, str, int, float]]] = [[] for _ in range(n_keys)]
    for s in starts.tolist():
        k = int(rng.integers(n_keys))
        task, style = texts.agent_task(rng), pick(rng, styles)
        n_steps = 1 if style == "trajectory" else irange(rng, 3, 9)
        t = s
        for step in range(n_steps):
            comp = 1600.0 if style == "trajectory" else 200.0
            per_key[k].append(
                (t, texts.agent_step_prompt(rng, style, task, step), 600 + 350 * step, comp)
            )
            t += float(rng.lognormal(np.log(step_gap), 0.6))
    for acct, rows in zip(accts, per_key, strict=True):
        rows.sort(key=lambda r: r[0])
        ts = np.asarray([r[0] for r in rows])
        ctx.emit(
            rng,
            acct,
            ts,
            [r[1] for r in rows],
            models=ctx.models(rng, ts, 0.95),
            comp_median=np.asarray([r[3] for r in rows]),
            extra=np.asarray([r[2] for r in rows]),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one_card",
            "ip_source": f"cloud_nat:{provider}",
            "ips": len(egress),
            "user_agent": ua,
            "styles": styles,
            "pacing": "episodes",
            "episodes_per_hour": round(eps_per_hour, 1),
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic instruction-data generation on a cron


def green_apple(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "green_apple"
    n_keys, n_orgs = irange(rng, 3, 8), irange(rng, 1, 2)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    provider = pick(rng, ("digitalocean", "linode", "scaleway", "hetzner"))
    pool = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 2, 6))
    ua = sdk_ua(rng, 0.5)
    langs = _lang_mix(rng, "en", _sub(rng, ["zh", "es", "ko", "fr", "ja"], 1, 3), 0.4, 0.75)
    lang_keys, lang_w = list(langs), np.asarray(list(langs.values()))
    styles = _sub(rng, list(texts.SYNTH_STYLES), 2, 4)
    start = ctx.release + float(rng.uniform(0.0, 0.5)) * DAY
    period = float(rng.uniform(1.0, 3.0)) * HOUR
    size, gap = float(rng.uniform(60, 180)), float(rng.uniform(0.4, 1.5))
    accts = []
    for i in range(n_keys):
        org, pay = orgs[i % n_orgs]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="generator",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=_sub(rng, pool, 1, len(pool)),
            )
        )
    starts = (
        np.arange(start + float(rng.uniform(0, period)), ctx.t1, period)
        + rng.normal(0, 45, size=1)[0]
    )
    trains = bursts(rng, starts, size, gap, b=ctx.t1)
    ts_all = _flat(trains)
    who = np.arange(len(ts_all)) % n_keys  # the script fans requests out round-robin over its keys
    for k, acct in enumerate(accts):
        ts = ts_all[who == k]
        ls = [
            lang_keys[j]
            for j in rng.choice(len(lang_keys), size=len(ts), p=lang_w / lang_w.sum()).tolist()
        ]
        prompts = [texts.synth_data_prompt(rng, lang, pick(rng, styles), ctx.chat) for lang in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.98, 0.0),
            comp_median=float(rng.uniform(1800, 3000)),
            comp_sigma=0.35,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "card_per_org",
            "ip_source": f"hosting:{provider}",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "pacing": "cron_bursts",
            "period_h": round(period / HOUR, 2),
            "burst_size": round(size),
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn harvest seeded with public prompts (hard)


def melon_berry(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "melon_berry"
    n_keys = irange(rng, 10, 20)
    regions = _sub(rng, ["us", "eu", "latam", "in", "ca"], 2, 4)
    proxies = [ip for r in regions for ip in resi(rng, irange(rng, 60, 160), r)]
    spare_cards = [hexid(rng, "pay") for _ in range(2)]
    p_reuse = float(rng.uniform(0.0, 0.35))
    start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    gap = float(rng.uniform(25, 70))
    lang = pick(rng, ("en", "en", "es", "pt", "de", "fr"))
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        pay = pick(rng, spare_cards) if chance(rng, p_reuse) else None
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="thread_runner",
            campaign_id=cid,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=proxies,
            tz=tz,
        )
        accts.append(acct)
        curve = (
            evening_person(tz) if chance(rng, 0.6) else global_load(float(rng.uniform(0, 24)), 0.5)
        )
        per_day = float(rng.uniform(6, 18))
        begin = start + float(rng.uniform(0, 0.8)) * DAY
        rows: list[tuple[float, str, int, str]] = []
        for s in thinned(rng, begin, ctx.t1, per_day * (ctx.t1 - begin) / DAY, curve).tolist():
            ip = pick(rng, proxies)
            turns = irange(rng, 3, 7)
            t = s
            for j in range(turns):
                p = (
                    pick(rng, ctx.chat)
                    if j == 0
                    else texts.followup_prompt(rng, lang if chance(rng, 0.7) else "en")
                )
                rows.append((t, p, 450 * j, ip))
                t += float(rng.lognormal(np.log(gap), 0.5))
        rows.sort(key=lambda r: r[0])
        ts = np.asarray([r[0] for r in rows])
        ctx.emit(
            rng,
            acct,
            ts,
            [r[1] for r in rows],
            models=ctx.models(rng, ts, 0.9),
            ips=[r[3] for r in rows],
            extra=np.asarray([r[2] for r in rows], dtype=np.int64),
            comp_median=480.0,
            comp_sigma=0.7,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest_public_prompt_replay",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "own_card_mostly",
            "p_card_reuse": round(p_reuse, 2),
            "ip_source": f"residential:{'+'.join(regions)}",
            "user_agent": "browser_strings",
            "followup_language": lang,
            "pacing": "threads",
            "turn_gap_s": round(gap),
            "start": start,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling, hammering a small block


def blue_raspberry(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "blue_raspberry"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("vultr", "hetzner", "ovh", "contabo"))
    pool = rented_block(rng, provider, 1, irange(rng, 2, 4))
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    styles = _sub(rng, list(texts.SOFT_STYLES), 2, 4)
    n_samples = irange(rng, 3, 10)
    start = ctx.release + float(rng.uniform(0.0, 0.3)) * DAY
    end = min(ctx.t1, start + float(rng.uniform(1.5, 3.0)) * DAY)
    gph = float(rng.uniform(6, 14))
    err = float(rng.uniform(0.06, 0.15))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    rows: list[list[tuple[float, str, float]]] = [[] for _ in range(n_keys)]
    for s in thinned(rng, start, end, gph * (end - start) / HOUR, constant).tolist():
        style = pick(rng, styles)
        p = texts.soft_label_prompt(rng, style, ctx.chat, ctx.passages)
        comp = {"mcq": 30.0, "claim": 6.0, "nextword": 60.0}.get(style, 420.0)
        k = int(rng.integers(n_keys))
        n = max(1, n_samples + irange(rng, -1, 1))
        offs = np.cumsum(rng.lognormal(np.log(0.25), 0.6, size=n)) - 0.25
        rows[k].extend((s + float(o), p, comp) for o in offs.tolist())
    for acct, rs in zip(accts, rows, strict=True):
        rs.sort(key=lambda r: r[0])
        ts = np.asarray([r[0] for r in rs])
        ctx.emit(
            rng,
            acct,
            ts,
            [r[1] for r in rs],
            models=ctx.models(rng, ts, 0.98, 0.0),
            comp_median=np.asarray([r[2] for r in rs]),
            comp_sigma=0.4,
            err=err,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best_of_n_soft_label_sampling",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one_card",
            "ip_source": f"hosting:{provider}",
            "ips": len(pool),
            "user_agent": ua,
            "styles": styles,
            "samples_per_prompt": n_samples,
            "pacing": "prompt_groups",
            "groups_per_hour": round(gph, 1),
            "start": start,
            "end": end,
            "err": round(err, 3),
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code harvest dressed as a software team's coding agent (hard)

DEV_TOOLS = (
    "aider/0.75.2",
    "Cline/3.4.0",
    "continue-vscode/0.9.262",
    "Zed/0.172.8",
    "OpenAI/Python 1.58.1",
)


def mango_tangelo(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "mango_tangelo"
    n_devs = irange(rng, 5, 10)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1, 2, 5, 8))
    tool = pick(rng, DEV_TOOLS)
    langs = _sub(rng, list(texts.CODE_LANGS), 3, 6)
    styles = _sub(rng, list(texts.CODE_STYLES), 2, 4)
    curriculum = [(spec, lang) for spec in texts.CODE_SPECS for lang in langs]
    order = rng.permutation(len(curriculum)).tolist()
    cursor = 0
    day_start, day_end = float(rng.uniform(8, 10)), float(rng.uniform(18, 21))
    accts = []
    for _ in range(n_devs):
        ua = tool if chance(rng, 0.8) else pick(rng, DEV_TOOLS)
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="developer_seat",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(tz, day_start, day_end, weekend=0.1),
            float(rng.uniform(20, 45)),
            float(rng.uniform(25, 60)),
        )
        ts_parts, prompts = [], []
        for sess in sessions:
            spec, lang = curriculum[order[cursor % len(order)]]
            cursor += 1
            ts_parts.append(sess)
            prompts.extend(
                texts.code_harvest_prompt(rng, pick(rng, styles), spec, lang)
                if j == 0 or chance(rng, 0.2)
                else texts.code_followup_prompt(rng, spec, lang)
                for j in range(len(sess))
            )
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        o = np.argsort(ts, kind="stable")
        ts = ts[o]
        prompts = [prompts[i] for i in o.tolist()]
        extra = np.clip(rng.lognormal(np.log(2800), 0.5, size=len(ts)), 300, 20000).astype(np.int64)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85),
            comp_median=900.0,
            extra=extra,
            err=0.01,
        )
    # the "CI" seat: an overnight job from a hosted runner walks the curriculum in bulk
    ci = ctx.account(
        rng,
        label="campaign",
        family=name,
        role="ci_runner",
        campaign_id=cid,
        org=org,
        pay=pay,
        ua="OpenAI/Python 1.58.1",
        ips=cloud(rng, irange(rng, 3, 8), "azure"),
        tz=tz,
    )
    accts.append(ci)
    per_night = float(rng.uniform(60, 200))
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        per_night * 7,
        nightly(float(rng.uniform(0, 2)), float(rng.uniform(2, 4)), tz),
    )
    prompts = []
    for _ in range(len(ts)):
        spec, lang = curriculum[order[cursor % len(order)]]
        cursor += 1
        prompts.append(
            texts.code_harvest_prompt(rng, pick(rng, ("spec", "stub", "failing")), spec, lang)
        )
    ctx.emit(rng, ci, ts, prompts, models=ctx.models(rng, ts, 0.95), comp_median=1100.0, err=0.02)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code_harvest_as_coding_agent",
            "keys": n_devs + 1,
            "orgs": 1,
            "payment": "company_card",
            "ip_source": "office_broadband+ci_azure",
            "tz": tz,
            "user_agent": tool,
            "languages": langs,
            "styles": styles,
            "pacing": "workday_sessions+nightly_ci",
            "curriculum_items": len(curriculum),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest from Asian clouds at night


def kiwi_lime(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "kiwi_lime"
    n_keys, n_orgs = irange(rng, 6, 12), irange(rng, 2, 4)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    pool = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 2, 6))
    uas = _sub(
        rng,
        ["Go-http-client/2.0", "okhttp/4.12.0", "python-requests/2.32.3", "reqwest/0.12.12"],
        1,
        2,
    )
    targets = _sub(rng, [k for k in texts.LANG_NAMES if k != "en"], 6, 12)
    styles = _sub(rng, list(texts.TRANSLATION_STYLES), 2, 4)
    tz = pick(rng, (8, 9, 3))
    per_hour = float(rng.uniform(12, 28))
    curve = nightly(float(rng.uniform(19, 23)), float(rng.uniform(8, 12)), tz)
    start = ctx.t0 + float(rng.uniform(0, 1.0)) * DAY
    accts = []
    for i in range(n_keys):
        org, pay = orgs[i % n_orgs]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="translator_worker",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=pick(rng, uas),
                ips=_sub(rng, pool, 2, 5),
            )
        )
    for acct, ts in zip(
        accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True
    ):
        prompts = [
            texts.translation_prompt(rng, pick(rng, styles), targets, ctx.passages, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.9), comp_median=520.0, err=0.02
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "translation_harvest",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "card_per_org",
            "ip_source": f"hosting:{provider}",
            "user_agents": uas,
            "target_languages": targets,
            "styles": styles,
            "pacing": "worker_pool_nightly",
            "tz": tz,
            "per_hour": round(per_hour, 1),
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. harvest hidden inside a real study app's backend traffic (hard)


def pineapple_passion(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "pineapple_passion"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.85.1"))
    peak, depth = float(rng.uniform(0, 24)), float(rng.uniform(0.4, 0.8))
    curve = global_load(peak, depth)
    n_prod = irange(rng, 1, 2)
    share = float(rng.uniform(0.15, 0.35))
    total = float(rng.uniform(2500, 5000))
    switch = ctx.release + float(rng.uniform(0.3, 1.2)) * DAY
    p_new_product = float(rng.uniform(0.6, 0.9))
    harvest_start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    sys_tokens = irange(rng, 180, 420)
    accts = []
    for _ in range(n_prod):
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), "aws"),
        )
        accts.append(acct)
        ts_u = thinned(rng, ctx.t0, ctx.t1, total / n_prod, curve)
        prompts_u = [
            texts.homework_prompt(rng)
            if chance(rng, 0.35)
            else texts.clip_text(pick(rng, ctx.chat), 10, 1200, rng)
            for _ in range(len(ts_u))
        ]
        ctx.emit(
            rng,
            acct,
            ts_u,
            prompts_u,
            models=_models_from(ctx, rng, ts_u, switch, p_new_product),
            comp_median=360.0,
            extra=sys_tokens,
            err=0.01,
        )
        n_h = share / (1 - share) * total / n_prod * (ctx.t1 - harvest_start) / (ctx.t1 - ctx.t0)
        ts_h = thinned(rng, harvest_start, ctx.t1, n_h, curve)
        prompts_h = [
            texts.homework_prompt(rng)
            if chance(rng, 0.5)
            else texts.casual_harvest_prompt(rng, "en")
            for _ in range(len(ts_h))
        ]
        ctx.emit(
            rng,
            acct,
            ts_h,
            prompts_h,
            models=ctx.models(rng, ts_h, 0.97),
            comp_median=750.0,
            extra=sys_tokens,
            err=0.01,
        )
    staging = ctx.account(
        rng,
        label="campaign",
        family=name,
        role="staging",
        campaign_id=cid,
        org=org,
        pay=pay,
        ua=ua,
        ips=cloud(rng, 1, "aws"),
    )
    accts.append(staging)
    tz = pick(rng, TZS)
    ts_s = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(50, 200)), workday(tz))
    ctx.emit(
        rng,
        staging,
        ts_s,
        [texts.homework_prompt(rng) for _ in range(len(ts_s))],
        models=ctx.models(rng, ts_s, 0.5),
        comp_median=360.0,
        extra=sys_tokens,
        err=0.05,
    )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "keys": n_prod + 1,
            "orgs": 1,
            "payment": "company_card",
            "ip_source": "cloud_nat:aws",
            "user_agent": ua,
            "harvest_share": round(share, 2),
            "product_events": round(total),
            "load_peak_utc": round(peak, 1),
            "product_switch": switch,
            "harvest_start": harvest_start,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. bought / taken-over aged personal accounts (hard)


def banana_berry(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "banana_berry"
    n = irange(rng, 18, 30)
    per_day = float(rng.uniform(2, 6))
    size = float(rng.uniform(6, 14))
    gap = float(rng.uniform(30, 80))
    p_local = float(rng.uniform(0.1, 0.4))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS + ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "curl/8.5.0"))
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="compromised_aged",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        # the owner's own use goes on, unaware
        own = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 2.0)), curve, float(rng.uniform(2, 6)), 90.0
        )
        ts_o = _flat(own)
        ctx.emit(
            rng,
            acct,
            ts_o,
            [texts.clip_text(pick(rng, ctx.chat), 8, 1500, rng) for _ in range(len(ts_o))],
            models=ctx.models(rng, ts_o, 0.3),
            comp_median=320.0,
            err=0.01,
        )
        takeover = ctx.release + float(rng.uniform(-1.0, 1.5)) * DAY
        sess = session_times(rng, takeover, ctx.t1, per_day, curve, size, gap)
        ts_h = _flat(sess)
        ips: list[str] = []
        for s in sess:
            ips.extend(
                [home(rng, 1, tz)[0]] * len(s)
            )  # one residential exit in the owner's region per sitting
        order = np.argsort(np.concatenate(sess) if sess else np.empty(0), kind="stable")
        ips = [ips[i] for i in order.tolist()]
        lang = texts.LANG_OF_TZ.get(tz, "en")
        prompts = [
            texts.casual_harvest_prompt(rng, lang)
            if chance(rng, p_local)
            else texts.takeover_prompt(rng)
            for _ in range(len(ts_h))
        ]
        ctx.emit(
            rng,
            acct,
            ts_h,
            prompts,
            models=ctx.models(rng, ts_h, 0.95),
            ips=ips,
            comp_median=820.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "taken_over_aged_accounts",
            "keys": n,
            "orgs": n,
            "payment": "owners_cards",
            "ip_source": "residential_proxy_in_owner_region",
            "user_agent": "owners_own",
            "pacing": "owner_hours_sessions",
            "sessions_per_day": round(per_day, 1),
            "session_size": round(size, 1),
            "p_local_language": round(p_local, 2),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. low-and-slow crowd of person-like fresh accounts (hard)


def strawberry_starfruit(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "strawberry_starfruit"
    n = irange(rng, 50, 90)
    tz_w = rng.dirichlet(np.ones(len(TZS)) * 0.8)
    p_local = float(rng.uniform(0.4, 0.8))
    accts = []
    for _ in range(n):
        tz = TZS[int(rng.choice(len(TZS), p=tz_w))]
        ua = pick(rng, BROWSERS + MOBILE)
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        accts.append(acct)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        end = min(ctx.t1, begin + float(rng.uniform(1.5, 5.0)) * DAY)
        curve = evening_person(tz) if chance(rng, 0.65) else workday(tz, weekend=0.5)
        sess = session_times(
            rng,
            begin,
            end,
            float(rng.uniform(1.5, 4.0)),
            curve,
            float(rng.uniform(4, 9)),
            float(rng.uniform(50, 150)),
        )
        ts = _flat(sess)
        lang = texts.LANG_OF_TZ.get(tz, "en")
        prompts = [
            texts.casual_harvest_prompt(rng, lang if chance(rng, p_local) else "en")
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.9), comp_median=700.0, err=0.01
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "person_like_crowd",
            "keys": n,
            "orgs": n,
            "payment": "prepaid_card_per_account",
            "ip_source": "residential_by_tz",
            "user_agent": "browsers_and_phones",
            "pacing": "human_sessions",
            "p_local_language": round(p_local, 2),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "wild_berry": wild_berry,
    "sweet_heat": sweet_heat,
    "darkside": darkside,
    "crazy_cores": crazy_cores,
    "green_apple": green_apple,
    "melon_berry": melon_berry,
    "blue_raspberry": blue_raspberry,
    "mango_tangelo": mango_tangelo,
    "kiwi_lime": kiwi_lime,
    "pineapple_passion": pineapple_passion,
    "banana_berry": banana_berry,
    "strawberry_starfruit": strawberry_starfruit,
}

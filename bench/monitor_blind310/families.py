"""Campaign families of blind batch 310 (code names from birdwatching).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Every count, key, card,
address, pace, language and model share is drawn from the family's own generator, so seed 0 and
seed 1 give different campaigns of the same family. Nothing here walks a set.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Acct, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind310 import texts as tx

#: user-agent strings that the simulator's ordinary background traffic carries (seen in its output)
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
)
#: the languages' likely home offsets and carriers
LANG_TZ = {"en": (-8, -5, 0, 1), "es": (-5, -3, 1), "pt": (-3,), "de": (1,), "hi": (5,), "id": (8,)}
LANG_MOBILE = {
    "en": "us_mobile",
    "es": "eu_mobile",
    "pt": "br_mobile",
    "de": "eu_mobile",
    "hi": "in_mobile",
    "id": "in_mobile",
}


def _weights(rng: np.random.Generator, names: list[str], conc: list[float]) -> list[float]:
    return [float(x) for x in rng.dirichlet(conc)]


def _langs(rng: np.random.Generator, names: list[str], p: list[float], n: int) -> list[str]:
    return [names[i] for i in rng.choice(len(names), size=n, p=p).tolist()]


def _sorted_events(ts: list[float], prompts: list[str], extra: list | None = None) -> tuple:
    order = np.argsort(np.asarray(ts, dtype=np.float64), kind="stable")
    out_ts = np.asarray(ts, dtype=np.float64)[order]
    out_p = [prompts[i] for i in order.tolist()]
    if extra is None:
        return out_ts, out_p
    return out_ts, out_p, [extra[i] for i in order.tolist()]


# ============================================================================================
# 1. reasoning-trace coercion aimed at the new model from the hour it appears


def twitcher(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "twitcher"
    n_keys = irange(rng, 8, 16)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "m247"))
    pool = bb.rented_block(rng, provider, irange(rng, 2, 3), 4)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    langs = ["en", "zh", "es", "ru"]
    p_lang = _weights(rng, langs, [5.0, 2.5, 1.5, 1.0])
    accts: list[Acct] = []
    org = ""
    for i in range(n_keys):
        if i == 0 or chance(rng, 0.35):
            org = hexid(rng, "org")
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="worker",
                campaign_id=camp,
                org=org,
                pay=pick(rng, cards),
                ua=ua,
                ips=picks(rng, pool, irange(rng, 1, 3)),
            )
        )
    go = ctx.release + float(rng.uniform(0.3, 3.0)) * HOUR
    per_hour = float(rng.uniform(60, 110))
    streams = bb.worker_pool(rng, go, ctx.t1, per_hour, n_keys)
    for acct, live in zip(accts, streams, strict=True):
        probe = bb.thinned(
            rng, ctx.release - 2 * DAY, ctx.release, float(rng.uniform(3, 12)), bb.constant
        )
        ts = np.concatenate([probe, live])
        styles = rng.choice(4, size=2, replace=False).tolist()
        prompts = [
            tx.reasoning_coerce(rng, lg, pick(rng, styles))
            for lg in _langs(rng, langs, p_lang, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=1400.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": f"worker pool {per_hour:.0f}/h from release",
            "ip_source": f"rented {provider} /24s",
            "payment": f"{len(cards)} prepaid cards shared",
            "user_agent": ua,
            "languages": dict(zip(langs, [round(x, 3) for x in p_lang], strict=True)),
            "keys": n_keys,
        },
    )


# ============================================================================================
# 2. judge / rubric / reward-model labels in nightly jobs


def stringer(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "stringer"
    n_keys = irange(rng, 2, 5)
    provider = pick(rng, ("aws", "gcp"))
    nat = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    tz = pick(rng, (8, 1, -5, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="grader",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=picks(rng, nat, irange(rng, 1, 2)),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    langs = ["en", "de", "ja"]
    p_lang = _weights(rng, langs, [6.0, 1.2, 1.2])
    job_mean = float(rng.uniform(250, 600))
    per: list[list[np.ndarray]] = [[] for _ in accts]
    first_night = irange(rng, 0, 2)
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    for d in range(first_night, 8):
        start = day0 + d * DAY + float(rng.uniform(0.5, 2.5)) * HOUR
        size = int(rng.poisson(job_mean))
        for i in range(n_keys):
            burst = bb.bursts(
                rng,
                np.array([start + float(rng.uniform(0, 60))]),
                size / n_keys,
                float(rng.uniform(0.8, 2.0)),
                0.6,
            )
            per[i].extend(burst)
    for i, acct in enumerate(accts):
        dev = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 120)), bb.workday(tz))
        ts = np.sort(np.concatenate([*per[i], dev]))
        prompts = [
            tx.judge(rng, ctx.chat, ctx.passages, lg) for lg in _langs(rng, langs, p_lang, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.02),
            comp_median=180.0,
            comp_sigma=0.5,
            err=0.015,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "judge/rubric/reward labels",
            "pacing": f"nightly jobs ~{job_mean:.0f} from 01:00 UTC{tz:+d}",
            "ip_source": f"{provider} NAT",
            "payment": "one company card",
            "user_agent": ua,
            "keys": n_keys,
        },
    )


# ============================================================================================
# 3. censorship-safe and policy rewrites from burner accounts


def pishing(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "pishing"
    n = irange(rng, 20, 34)
    region = pick(rng, ("sea", "cn", "us"))
    vpn = pick(rng, ("m247", "leaseweb"))
    langs = ["zh", "en", "vi"]
    p_lang = _weights(rng, langs, [5.0, 3.0, 1.5])
    accts = []
    for _ in range(n):
        rotating = chance(rng, 0.6)
        ips = bb.resi(rng, 3, region) if rotating else bb.rented_block(rng, vpn, 1, 6)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else bb.sdk_ua(rng, 0.3)
        acct = ctx.account(
            rng, label="campaign", family=name, role="burner", campaign_id=camp, ua=ua, ips=ips
        )
        accts.append(acct)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.85)
        life = float(rng.uniform(0.6, 2.0)) * DAY
        ts = bb.thinned(
            rng, start, start + life, float(rng.uniform(6, 20)) * life / HOUR, bb.constant
        )
        per_ip = bb.resi(rng, len(ts), region) if rotating else bb.sticky(rng, ts, ips, 20 * MINUTE)
        prompts = [
            tx.policy_rewrite(rng, ctx.passages, lg) for lg in _langs(rng, langs, p_lang, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.03),
            ips=per_ip,
            comp_median=500.0,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "pacing": "burner accounts, 6-20/h for 0.6-2 days",
            "ip_source": f"rotating residential proxies ({region}) and {vpn} VPN exits",
            "payment": "one card per account (stolen)",
            "accounts": n,
        },
    )


# ============================================================================================
# 4. HARD: an agent product whose operator mixes synthetic tool schemas into its real loops


def skulker(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "skulker"
    product = pick(rng, ("Taskpilot", "Errandly", "Opsmate", "Relaywork"))
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_backend",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=BG_SDK[0],
            ips=bb.cloud(rng, irange(rng, 1, 3), "aws"),
        )
        for _ in range(n_keys)
    ]
    fixed = tx.product_tools(rng, 6)
    per_day = float(rng.uniform(110, 240))
    p_synth = float(rng.uniform(0.55, 0.75))
    curve = bb.global_load(float(rng.uniform(14, 17)), 0.55)
    starts = bb.thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, curve)
    models = ctx.models(rng, starts, 0.35, 0.12)
    ts_k: list[list[float]] = [[] for _ in accts]
    pr_k: list[list[str]] = [[] for _ in accts]
    md_k: list[list[str]] = [[] for _ in accts]
    for s, model in zip(starts.tolist(), models, strict=True):
        k = int(rng.integers(n_keys))
        tools = tx.product_tools(rng, irange(rng, 3, 8)) if chance(rng, p_synth) else fixed
        task = tx.agent_task(rng)
        steps = irange(rng, 2, 9)
        obs = [tx.observation(rng) for _ in range(steps)]
        times = s + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.6, size=steps - 1))]
        )
        for j, t in enumerate(times.tolist()):
            ts_k[k].append(t)
            pr_k[k].append(tx.agent_step(rng, task, tools, j, product, obs))
            md_k[k].append(model)
    for k, acct in enumerate(accts):
        ts, prompts, mods = _sorted_events(ts_k[k], pr_k[k], md_k[k])
        ctx.emit(rng, acct, ts, prompts, models=mods, comp_median=220.0, comp_sigma=0.7, err=0.012)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "agent/tool-use transcripts inside a live product",
            "product": product,
            "pacing": f"~{per_day:.0f} agent tasks/day on a global load curve",
            "synthetic_share": round(p_synth, 3),
            "ip_source": "aws NAT gateways",
            "payment": "one company card",
            "user_agent": BG_SDK[0],
            "keys": n_keys,
        },
    )


# ============================================================================================
# 5. HARD: a low-and-slow crowd of bought consumer accounts asking casual knowledge questions


def murmuration(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "murmuration"
    n = irange(rng, 45, 80)
    langs = ["en", "es", "pt", "de", "hi", "id"]
    p_lang = _weights(rng, langs, [4.0, 1.5, 1.0, 1.0, 1.0, 1.0])
    grid = [(c, p) for c in tx.CONCEPTS for p in tx.PERSONAS]
    order = rng.permutation(len(grid)).tolist()
    ptr = 0
    accts = []
    for lg in _langs(rng, langs, p_lang, n):
        tz = pick(rng, LANG_TZ[lg])
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        if chance(rng, 0.3):
            ips = ips + bb.mobile_v6(rng, irange(rng, 1, 3), LANG_MOBILE[lg])
        ua = pick(rng, BG_BROWSER) if chance(rng, 0.7) else pick(rng, BG_SDK[:2])
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="crowd_member",
            campaign_id=camp,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            bb.evening_person(tz),
            float(rng.uniform(2.0, 4.0)),
            float(rng.uniform(50, 120)),
        )
        ts = np.sort(np.concatenate(sessions)) if sessions else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.2):
                prompts.append(tx.short_chat(rng, ctx.chat, 500))
            else:
                c, p = grid[order[ptr % len(order)]]
                ptr += 1
                prompts.append(tx.casual_question(rng, c, p, lg))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.4, 0.08),
            comp_median=450.0,
            err=0.01,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "knowledge harvest in casual voices",
            "pacing": "human evening sessions, 1-2/day",
            "ip_source": "home broadband and phones matching each persona's country",
            "payment": "one card per bought account",
            "accounts": n,
            "cover_share": 0.2,
            "languages": dict(zip(langs, [round(x, 3) for x in p_lang], strict=True)),
        },
    )


# ============================================================================================
# 6. HARD: replay of a public prompt set, split across small office teams


def spark_bird(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "spark_bird"
    order = rng.permutation(len(ctx.chat)).tolist()
    ptr = 0
    accts = []
    n_orgs = irange(rng, 2, 3)
    for _ in range(n_orgs):
        tz = pick(rng, (-5, 0, 1, -8, 2))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        office = bb.home(rng, irange(rng, 1, 2), tz)
        ua = pick(rng, BG_SDK[:3])
        for _ in range(irange(rng, 2, 4)):
            acct = ctx.account(
                rng,
                label="campaign",
                family=name,
                role="replayer",
                campaign_id=camp,
                org=org,
                pay=pay,
                ua=ua,
                ips=office,
                tz=tz,
            )
            accts.append(acct)
            ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(250, 500)), bb.workday(tz))
            prompts = [ctx.chat[order[(ptr + j) % len(order)]] for j in range(len(ts))]
            ptr += len(ts)
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.55, 0.1),
                comp_median=420.0,
                comp_sigma=0.7,
                err=0.01,
            )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "public prompt-set replay (ShareGPT first turns, no repeats)",
            "pacing": "office hours",
            "ip_source": "office broadband",
            "payment": "one card per team",
            "orgs": n_orgs,
            "keys": len(accts),
        },
    )


# ============================================================================================
# 7. curriculum sweep: every grade x subject x unit x lesson in order


def big_year(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "big_year"
    n_keys = irange(rng, 2, 4)
    provider = pick(rng, ("gcp", "azure"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.63.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sweeper",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    extra_langs = [x for x in ("fr", "pt", "hi") if chance(rng, 0.6)]
    langs = ["en", *extra_langs]
    subjects = [tx.SUBJECTS[i] for i in rng.permutation(len(tx.SUBJECTS)).tolist()]
    items = [
        (g, s, u, lesson, lg)
        for lg in langs
        for g in range(6, 13)
        for s in subjects
        for u in tx.UNITS[s]
        for lesson in range(1, 9)
    ]
    style = int(rng.integers(2))
    start = ctx.release - float(rng.uniform(0, 14)) * HOUR
    gap = float(rng.uniform(20, 32))
    for i, acct in enumerate(accts):
        ptr = i * len(items) // n_keys
        parts = []
        t = start + float(rng.uniform(0, 20)) * MINUTE
        while t < ctx.t1:
            k = max(5, int(rng.poisson(rng.uniform(40, 70))))
            block = t + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.35, size=k - 1))]
            )
            parts.append(block)
            t = float(block[-1]) + float(rng.lognormal(np.log(2 * HOUR), 0.8))
        ts = np.concatenate(parts)
        prompts = []
        for _ in range(len(ts)):
            g, s, u, lesson, lg = items[ptr % len(items)]
            ptr += 1
            prompts.append(tx.curriculum(g, s, u, lesson, lg, style))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.0),
            comp_median=900.0,
            comp_sigma=0.4,
            err=0.01,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "curriculum sweep",
            "pacing": f"sequential blocks, ~{gap:.0f}s apart, 2h pauses",
            "ip_source": provider,
            "payment": "one card",
            "languages": langs,
            "keys": n_keys,
        },
    )


# ============================================================================================
# 8. best-of-n repeats and soft labels


def mist_net(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "mist_net"
    n_keys = irange(rng, 4, 8)
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    pay = hexid(rng, "pay")
    orgs = [hexid(rng, "org") for _ in range(2)]
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=camp,
            org=orgs[i % 2],
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for i in range(n_keys)
    ]
    langs = ["en", "zh", "fr"]
    p_lang = _weights(rng, langs, [5.0, 2.0, 1.2])
    p_mode = _weights(rng, ["repeat", "soft", "cand"], [4.0, 3.0, 2.0])
    begin = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    for acct in accts:
        starts = bb.thinned(
            rng, begin, ctx.t1, float(rng.uniform(25, 60)) * (ctx.t1 - begin) / DAY, bb.constant
        )
        ts_all, pr_all, cm_all = [], [], []
        for s in starts.tolist():
            mode = int(rng.choice(3, p=p_mode))
            if mode == 0:
                k = irange(rng, 4, 12)
                prompts = [tx.creative_seed(rng, ctx.chat)] * k
                comp = 250.0
            elif mode == 1:
                k = irange(rng, 3, 10)
                prompts = [tx.soft_label(rng, ctx.chat, lg) for lg in _langs(rng, langs, p_lang, k)]
                comp = 60.0
            else:
                k = 1
                prompts = [tx.candidates(rng, ctx.chat)]
                comp = 900.0
            times = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(0.5), 0.6, size=k - 1))]
            )
            ts_all.extend(times.tolist())
            pr_all.extend(prompts)
            cm_all.extend([comp] * k)
        ts, prompts, comp = _sorted_events(ts_all, pr_all, cm_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "best-of-n repeats and soft-label distributions",
            "pacing": "tight bursts per item",
            "ip_source": provider,
            "payment": "one prepaid card over two orgs",
            "user_agent": ua,
            "keys": n_keys,
            "modes": dict(
                zip(["repeat", "soft", "cand"], [round(x, 3) for x in p_mode], strict=True)
            ),
        },
    )


# ============================================================================================
# 9. parallel-corpus harvest: each passage into many languages


def seawatch(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "seawatch"
    n_keys = irange(rng, 5, 9)
    n_orgs = irange(rng, 1, 2)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    vpn = pick(rng, ("m247", "leaseweb", "ovh"))
    pool = bb.rented_block(rng, vpn, irange(rng, 2, 4), 5)
    ua = "Go-http-client/2.0"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="translator_worker",
            campaign_id=camp,
            org=orgs[i % n_orgs][0],
            pay=orgs[i % n_orgs][1],
            ua=ua,
            ips=pool,
        )
        for i in range(n_keys)
    ]
    all_targets = sorted(tx.LANG_NAMES)
    all_targets.remove("en")
    targets = [
        all_targets[i]
        for i in rng.choice(len(all_targets), size=irange(rng, 6, 10), replace=False).tolist()
    ]
    styles = rng.choice(3, size=irange(rng, 1, 2), replace=False).tolist()
    begin = ctx.t0 + float(rng.uniform(1.0, 3.0)) * DAY
    per_hour = float(rng.uniform(30, 60))
    ts = bb.thinned(rng, begin, ctx.t1, per_hour * (ctx.t1 - begin) / HOUR, bb.constant)
    who = rng.integers(0, n_keys, size=len(ts))
    src_order = rng.permutation(len(ctx.passages)).tolist()
    prompts, comp = [], []
    for j in range(len(ts)):
        src = tx.clip(
            ctx.passages[src_order[(j // len(targets)) % len(src_order)]],
            300,
            1600,
            np.random.default_rng([j // len(targets), len(targets)]),
        )
        prompts.append(tx.translate(rng, src, targets[j % len(targets)], pick(rng, styles)))
        comp.append(len(src) / 3.0)
    for k, acct in enumerate(accts):
        sel = np.flatnonzero(who == k)
        kts = ts[sel]
        ctx.emit(
            rng,
            acct,
            kts,
            [prompts[i] for i in sel.tolist()],
            models=ctx.models(rng, kts, 0.85, 0.0),
            ips=bb.sticky(rng, kts, pool, 30 * MINUTE),
            comp_median=np.asarray([comp[i] for i in sel.tolist()]),
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "parallel-corpus translation harvest",
            "pacing": f"worker pool {per_hour:.0f}/h around the clock",
            "ip_source": f"{vpn} VPN exits, sticky 30 min",
            "payment": f"one card per org ({n_orgs} orgs)",
            "targets": targets,
            "keys": n_keys,
        },
    )


# ============================================================================================
# 10. HARD: stolen keys of real developers, code harvest at the owners' night


def nocmig(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "nocmig"
    n = irange(rng, 9, 16)
    grid = [(s, lg) for s in tx.CODE_SPECS for lg in tx.CODE_LANGS]
    order = rng.permutation(len(grid)).tolist()
    ptr = 0
    far_region = pick(rng, bb.regions())
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, BG_SDK)
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="compromised_key",
            campaign_id=camp,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        # the owner's own use, before and after the key leaked
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            bb.workday(tz),
            float(rng.uniform(2.5, 5.0)),
            float(rng.uniform(60, 150)),
        )
        own = np.sort(np.concatenate(sessions)) if sessions else np.empty(0)
        ctx.emit(
            rng,
            acct,
            own,
            [tx.short_chat(rng, ctx.chat, 2000) for _ in range(len(own))],
            models=ctx.models(rng, own, 0.17, 0.2),
            comp_median=380.0,
            comp_sigma=0.7,
            err=0.01,
        )
        # the harvest through the stolen key, while the owner sleeps
        leak = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
        nights = (ctx.t1 - leak) / DAY
        hv = bb.thinned(
            rng,
            leak,
            ctx.t1,
            nights * float(rng.uniform(15, 35)),
            bb.nightly(float(rng.uniform(0.5, 2.5)), float(rng.uniform(3, 5)), tz),
        )
        proxies = bb.home(rng, 40, tz) if chance(rng, 0.7) else bb.resi(rng, 40, far_region)
        prompts = []
        for _ in range(len(hv)):
            spec, lg = grid[order[ptr % len(order)]]
            ptr += 1
            prompts.append(tx.code_task(rng, spec, lg))
        ctx.emit(
            rng,
            acct,
            hv,
            prompts,
            models=ctx.models(rng, hv, 0.7, 0.0),
            ips=bb.sticky(rng, hv, proxies, 20 * MINUTE),
            comp_median=700.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "code harvest through compromised developer keys",
            "pacing": "owner's own sessions plus 15-35 requests in the owner's local night",
            "ip_source": "residential proxies, mostly in the owner's region",
            "payment": "the owners' cards",
            "user_agent": "copied from each owner",
            "accounts": n,
        },
    )


# ============================================================================================
# 11. multi-turn dialogue harvest by a user simulator


def dawn_chorus(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "dawn_chorus"
    n_keys = irange(rng, 8, 14)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(3)]
    pool = bb.rented_block(rng, "gcp", irange(rng, 1, 2), 6)
    ua = "litellm/1.60.2"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="dialogue_worker",
            campaign_id=camp,
            org=orgs[i % 3][0],
            pay=orgs[i % 3][1],
            ua=ua,
            ips=picks(rng, pool, 2),
        )
        for i in range(n_keys)
    ]
    langs = ["en", "ko", "ar", "fr"]
    p_lang = _weights(rng, langs, [5.0, 2.0, 1.5, 1.5])
    begin = ctx.release - float(rng.uniform(0, 1)) * DAY
    per_hour = float(rng.uniform(6, 14))
    starts = bb.thinned(rng, begin, ctx.t1, per_hour * (ctx.t1 - begin) / HOUR, bb.constant)
    models = ctx.models(rng, starts, 0.92, 0.0)
    ts_k: list[list[float]] = [[] for _ in accts]
    pr_k: list[list[str]] = [[] for _ in accts]
    md_k: list[list[str]] = [[] for _ in accts]
    think = float(rng.uniform(18, 35))
    for s, model, lg in zip(
        starts.tolist(), models, _langs(rng, langs, p_lang, len(starts)), strict=True
    ):
        k = int(rng.integers(n_keys))
        turns = tx.dialogue(rng, lg, irange(rng, 4, 10))
        times = s + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(think), 0.4, size=len(turns) - 1))]
        )
        ts_k[k].extend(times.tolist())
        pr_k[k].extend(turns)
        md_k[k].extend([model] * len(turns))
    for k, acct in enumerate(accts):
        ts, prompts, mods = _sorted_events(ts_k[k], pr_k[k], md_k[k])
        ctx.emit(rng, acct, ts, prompts, models=mods, comp_median=380.0, comp_sigma=0.5, err=0.02)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest (simulated user)",
            "pacing": f"{per_hour:.0f} conversations/h, 4-10 turns ~{think:.0f}s apart",
            "ip_source": "gcp block",
            "payment": "three orgs, one card each",
            "user_agent": ua,
            "keys": n_keys,
        },
    )


# ============================================================================================
# 12. HARD: instruction-data generation behind a content agency's office work


def fieldcraft(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "fieldcraft"
    n_keys = irange(rng, 3, 5)
    tz = pick(rng, (1, 5, 2, -3))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="agency_staff",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=pick(rng, (BG_SDK[0], BG_BROWSER[0], BG_BROWSER[1], BG_SDK[1])),
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    topics = [*tx.CONCEPTS, *[u for s in tx.SUBJECTS for u in tx.UNITS[s]]]
    order = rng.permutation(len(topics)).tolist()
    ptr = 0
    p_cover = float(rng.uniform(0.2, 0.3))
    styles = rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist()
    for acct in accts:
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(5, 9)),
            bb.workday(tz),
            float(rng.uniform(6, 12)),
            float(rng.uniform(45, 90)),
        )
        ts = np.sort(np.concatenate(sessions)) if sessions else np.empty(0)
        prompts, comp = [], []
        for _ in range(len(ts)):
            if chance(rng, p_cover):
                prompts.append(tx.agency_brief(rng, ctx.chat))
                comp.append(250.0)
            else:
                prompts.append(
                    tx.agency_dataset(rng, topics[order[ptr % len(order)]], pick(rng, styles))
                )
                ptr += 1
                comp.append(1300.0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.15),
            comp_median=np.asarray(comp),
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "synthetic instruction data framed as client content work",
            "pacing": "office-hours sessions",
            "ip_source": "office broadband",
            "payment": "one company card",
            "cover_share": round(p_cover, 3),
            "keys": n_keys,
            "tz": tz,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "twitcher": twitcher,
    "stringer": stringer,
    "pishing": pishing,
    "skulker": skulker,
    "murmuration": murmuration,
    "spark_bird": spark_bird,
    "big_year": big_year,
    "mist_net": mist_net,
    "seawatch": seawatch,
    "nocmig": nocmig,
    "dawn_chorus": dawn_chorus,
    "fieldcraft": fieldcraft,
}

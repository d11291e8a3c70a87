"""Campaign families of batch 200 (code names: kayak-slalom words). Each family is a generator
`f(ctx, rng, campaign_id)` that registers its accounts and campaign in the truth and writes its
events to the shared sink; every choice (key counts, orgs, cards, pacing, addresses, user agents,
languages, styles, model use) is drawn from the family's own rng.

Families: reasoning-trace coercion (`cross_bow`), judge / reward grading (`offside_stroke`),
policy-safe rewrites (`sweep_stroke`), agent transcripts (`draw_stroke`), synthetic datasets on
churned stolen-card keys (`bow_rudder`), multi-turn dialogue from a phone farm (`spraydeck`),
best-of-n / soft-label sampling (`throwbag`), an ordered code curriculum sweep (`pole_wire`), and
four built to look legitimate: harvest hidden in a real writing product's traffic (`pillow_rock`),
bought aged accounts (`stopper_hole`), a low-and-slow person-like crowd (`k1_final`) and a public
prompt replay dressed as a lab (`c1_heat`).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
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
    mobile_v6,
    nightly,
    pick,
    picks,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind200 import texts

#: browser strings as ordinary users of the background send them (seen in its output)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)

#: languages people in each UTC offset mostly write in
LANGS_OF_TZ = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "pl", "en"),
    2: ("de", "pl", "tr"),
    3: ("ru", "tr"),
    5: ("hi", "en"),
    8: ("zh", "id"),
    9: ("ja", "ko"),
}
REGION_OF_TZ = {
    -8: "us",
    -5: "us",
    -3: "latam",
    0: "eu",
    1: "eu",
    2: "eu",
    3: "ru",
    5: "in",
    8: "sea",
    9: "jp_kr",
}


def _window(ts: np.ndarray, a: float, b: float) -> np.ndarray:
    ts = np.sort(np.asarray(ts, dtype=np.float64))
    return ts[(ts >= a) & (ts < b)]


def _weighted(
    rng: np.random.Generator, options: list[str], n: int
) -> tuple[list[str], list[float]]:
    """`n` options and Dirichlet weights for them (a family's own mix)."""
    chosen = [
        options[i]
        for i in rng.choice(len(options), size=min(n, len(options)), replace=False).tolist()
    ]
    return chosen, rng.dirichlet(np.ones(len(chosen)) * 1.5).tolist()


def _draw(rng: np.random.Generator, options: list[str], weights: list[float], n: int) -> list[str]:
    return [options[i] for i in rng.choice(len(options), size=n, p=weights).tolist()]


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


def cross_bow(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A worker pool on a rented hosting block coerces full reasoning traces out of the new model:
    math, code-tracing and logic problems, wrapped in templates that demand every step."""
    name = "cross_bow"
    n_keys = irange(rng, 8, 18)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    shared_orgs = chance(rng, 0.5)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    styles, sw = _weighted(
        rng,
        [
            "think_tags",
            "tutor_aloud",
            "verify_loop",
            "zh_steps",
            "ru_steps",
            "es_steps",
            "ja_steps",
        ],
        irange(rng, 3, 5),
    )
    accts = []
    for _ in range(n_keys):
        ips = [str(x) for x in rng.choice(block, size=irange(rng, 1, 3), replace=False)]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="worker",
                campaign_id=cid,
                org=pick(rng, orgs) if shared_orgs else None,
                pay=pick(rng, cards),
                ua=ua,
                ips=ips,
            )
        )
    start = ctx.release + float(rng.uniform(0.3, 10.0)) * HOUR
    per_hour = float(rng.uniform(70, 160))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    # keys join over time (replacements for keys that hit limits)
    joins = np.sort(rng.uniform(0, 0.6, size=n_keys)) * (ctx.t1 - start) + start
    joins[: max(2, n_keys // 3)] = start
    for i, (acct, ts) in enumerate(zip(accts, streams, strict=True)):
        ts = _window(ts, float(joins[i]), ctx.t1)
        if i == 0:  # a pre-release probe on the old model
            probe = thinned(
                rng,
                ctx.release - float(rng.uniform(1.0, 2.5)) * DAY,
                ctx.release,
                irange(rng, 25, 70),
                constant,
            )
            ts = np.sort(np.concatenate([probe, ts]))
        prompts = [
            texts.reasoning_trace(
                rng, s, "en" if s in ("think_tags", "tutor_aloud", "verify_loop") else s[:2]
            )
            for s in _draw(rng, styles, sw, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=1400,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": f"poisson_worker_pool_{per_hour:.0f}_per_h",
            "ip_source": f"rented_block:{provider}",
            "payment": f"{len(cards)}_shared_prepaid_cards",
            "orgs": "shared" if shared_orgs else "one_per_key",
            "user_agent": ua,
            "styles": styles,
            "languages": sorted(
                {
                    ("en" if s in ("think_tags", "tutor_aloud", "verify_loop") else s[:2])
                    for s in styles
                }
            ),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


def offside_stroke(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Keys on stolen cards behind a commercial VPN's exits fire grading batches (pairwise
    preference, rubric scores, scalar rewards) in several languages: reward-model data."""
    name = "offside_stroke"
    n_keys = irange(rng, 5, 10)
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "linode"))
    exits = cloud(rng, irange(rng, 6, 14), vpn)
    orgs = [hexid(rng, "org") for _ in range(2)]
    tz = pick(rng, (1, 2, 3, 8))
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1"))
    styles, sw = _weighted(
        rng, ["pairwise", "rubric", "reward", "es", "de", "fr"], irange(rng, 3, 5)
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="grader",
            campaign_id=cid,
            org=pick(rng, orgs),
            ua=ua,
            ips=exits,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.2, 1.2)) * DAY
    size = float(rng.uniform(20, 55))
    hold = float(rng.uniform(20, 60)) * MINUTE
    for acct in accts:
        starts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)) * (ctx.t1 - start) / DAY,
            workday(tz, start=9, end=23, weekend=0.6, night=0.05),
        )
        ts = _window(
            np.concatenate([np.empty(0), *bursts(rng, starts, size, float(rng.uniform(1.5, 4.0)))]),
            start,
            ctx.t1,
        )
        prompts = [
            texts.judge_prompt(rng, s, ctx.chat, ctx.passages)
            for s in _draw(rng, styles, sw, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, exits, hold),
            comp_median=260,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge_reward_grading",
            "pacing": f"bursts_mean_{size:.0f}",
            "ip_source": f"vpn_exits:{vpn}",
            "payment": "stolen_card_per_key",
            "orgs": 2,
            "user_agent": ua,
            "styles": styles,
            "operator_tz": tz,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites


def sweep_stroke(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant and censorship-safe rewrites harvested through rotating residential
    proxies (a new exit per request), spoofed browser strings, a night shift in the operator's
    time zone."""
    name = "sweep_stroke"
    n_keys = irange(rng, 6, 14)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    regions = [
        str(x)
        for x in rng.choice(
            ["us", "eu", "sea", "latam", "in"], size=irange(rng, 1, 3), replace=False
        )
    ]
    tz = pick(rng, (8, 3, 9))
    styles, sw = _weighted(rng, ["comply", "refusal_fix", "neutral", "zh", "ar"], irange(rng, 3, 5))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(rng, BROWSERS + BG_BROWSERS),
            ips=resi(rng, 1, regions[0]),
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(1.0, 3.5)) * DAY
    per_hour = float(rng.uniform(35, 80))
    curve = nightly(float(rng.uniform(19, 23)), float(rng.uniform(7, 11)), tz)
    for acct, ts in zip(
        accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True
    ):
        ips = [resi(rng, 1, r)[0] for r in picks(rng, regions, len(ts))]
        prompts = [
            texts.policy_rewrite(rng, s, ctx.chat, ctx.passages)
            for s in _draw(rng, styles, sw, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips,
            comp_median=500,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "night_shift_worker_pool",
            "ip_source": f"rotating_resi:{regions}",
            "payment": f"{len(cards)}_prepaid_cards",
            "orgs": "one_per_key",
            "user_agent": "spoofed_browser",
            "styles": styles,
            "operator_tz": tz,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts


def draw_stroke(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic tool-use episodes on cloud hosts: each episode is a few steps whose prompt carries
    the growing transcript (tool schema, calls, fake observations)."""
    name = "draw_stroke"
    n_keys = irange(rng, 4, 8)
    provider = pick(rng, ("aws", "gcp", "azure"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    styles, sw = _weighted(rng, ["json_schema", "react", "xml"], irange(rng, 2, 3))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="episode_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.0, 0.8)) * DAY
    per_hour = float(rng.uniform(5, 12))
    eps = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
    who = rng.integers(0, n_keys, size=len(eps))
    gap = float(rng.uniform(4, 12))
    suffix = pick(rng, ("", " Respond in Japanese.", " Responda em português."))
    per: list[tuple[list[float], list[str]]] = [([], []) for _ in range(n_keys)]
    for t, k in zip(eps.tolist(), who.tolist(), strict=True):
        steps = irange(rng, 3, 9)
        prompts = texts.agent_episode(rng, pick(rng, styles), steps)
        if suffix and chance(rng, 0.25):
            prompts = [p + suffix for p in prompts]
        times = t + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=steps - 1))]
        )
        per[k][0].extend(times.tolist())
        per[k][1].extend(prompts)
    for acct, (ts, prompts) in zip(accts, per, strict=True):
        tsa = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            tsa,
            prompts,
            models=ctx.models(rng, tsa, p_new=0.92),
            comp_median=220,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": f"episodes_{per_hour:.0f}_per_h",
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "orgs": 1,
            "user_agent": ua,
            "styles": styles,
            "languages": ["en", "ja", "pt"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation on churned keys


def bow_rudder(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Dataset generation (JSONL instruction pairs, exam questions, persona Q&A) on a chain of
    short-lived keys, each on its own stolen card and its own VPS, each dying after hours."""
    name = "bow_rudder"
    n_keys = irange(rng, 15, 30)
    chains = irange(rng, 2, 4)
    providers = [
        str(x)
        for x in rng.choice(
            ["contabo", "vultr", "digitalocean", "linode", "ovh"], size=3, replace=False
        )
    ]
    styles, sw = _weighted(rng, ["jsonl", "mcq", "persona", "pt", "hi", "id"], irange(rng, 3, 6))
    life_h = float(rng.uniform(6, 14))
    accts = []
    clock = [ctx.t0 + float(rng.uniform(0.3, 1.5)) * DAY for _ in range(chains)]
    for i in range(n_keys):
        c = i % chains
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="churned_key",
            campaign_id=cid,
            ua=pick(
                rng,
                (
                    "OpenAI/Python 1.54.0",
                    "OpenAI/Python 1.63.2",
                    "python-httpx/0.28.1",
                    "aiohttp/3.11.11",
                    "OpenAI/NodeJS 4.67.1",
                ),
            ),
            ips=cloud(rng, 1, pick(rng, providers)),
        )
        accts.append(acct)
        a = clock[c]
        b = a + float(rng.lognormal(np.log(life_h * HOUR), 0.5))
        clock[c] = b + float(rng.uniform(0.2, 3.0)) * HOUR
        starts = thinned(rng, a, b, (b - a) / (float(rng.uniform(8, 25)) * MINUTE), constant)
        ts = _window(
            np.concatenate([np.empty(0), *bursts(rng, starts, float(rng.uniform(6, 18)), 2.0)]),
            a,
            b,
        )
        prompts = [texts.synth_dataset(rng, s) for s in _draw(rng, styles, sw, len(ts))]
        status = np.where(rng.random(len(ts)) < 0.05, 429, 200)
        if len(ts) > 3:
            status[-irange(rng, 1, 3) :] = 401  # the card was charged back and the key revoked
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8),
            comp_median=1800,
            comp_sigma=0.4,
            status=status,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": f"bursts_on_{chains}_key_chains",
            "key_life_h": life_h,
            "ip_source": f"vps:{providers}",
            "payment": "stolen_card_per_key",
            "orgs": "one_per_key",
            "user_agent": "varies_per_key",
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest from a phone farm


def spraydeck(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A phone farm on a carrier network runs a user simulator: conversations of several turns,
    each turn sent after the previous reply, over carrier IPv6 addresses."""
    name = "spraydeck"
    carrier = pick(rng, ("br_mobile", "in_mobile"))
    langs = ["pt", "en", "es"] if carrier == "br_mobile" else ["hi", "en"]
    lw = rng.dirichlet(np.ones(len(langs)) * 2).tolist()
    phones = mobile_v6(rng, irange(rng, 25, 60), carrier)
    n_keys = irange(rng, 10, 20)
    cards = [hexid(rng, "pay") for _ in range(2)]
    orgs = [hexid(rng, "org") for _ in range(max(1, n_keys // irange(rng, 3, 5)))]
    inline = float(rng.uniform(0.2, 0.8))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="phone",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)")),
            ips=phones,
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(2.0, 4.2)) * DAY
    convs = thinned(
        rng,
        start,
        ctx.t1,
        float(rng.uniform(6, 14)) * (ctx.t1 - start) / HOUR,
        global_load(14, 0.4),
    )
    who = rng.integers(0, n_keys, size=len(convs))
    gap = float(rng.uniform(18, 45))
    per: list[tuple[list[float], list[str], list[int], list[str]]] = [
        ([], [], [], []) for _ in range(n_keys)
    ]
    for t, k in zip(convs.tolist(), who.tolist(), strict=True):
        turns = irange(rng, 4, 10)
        conv = texts.dialogue(
            rng, _draw(rng, langs, lw, 1)[0], turns, chance(rng, inline), ctx.passages
        )
        times = t + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=turns - 1))]
        )
        ip = pick(rng, phones)
        per[k][0].extend(times.tolist())
        per[k][1].extend(p for p, _ in conv)
        per[k][2].extend(x for _, x in conv)
        per[k][3].extend([ip] * turns)
    for acct, (ts, prompts, extra, ips) in zip(accts, per, strict=True):
        tsa = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            tsa,
            prompts,
            models=ctx.models(rng, tsa, p_new=0.9),
            ips=ips,
            extra=np.asarray(extra),
            comp_median=320,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "conversation_pool",
            "ip_source": f"carrier_v6:{carrier}",
            "payment": "2_shared_cards",
            "orgs": len(orgs),
            "user_agent": "mobile_http_client",
            "languages": langs,
            "inline_history_share": inline,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling


def throwbag(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Each item is sent n times at once (answer distributions for soft labels and best-of-n
    selection) from a few cloud hosts under one company card."""
    name = "throwbag"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "oracle"))
    hosts = cloud(rng, irange(rng, 2, 4), provider)
    n_samples = int(pick(rng, (4, 6, 8, 12, 16)))
    styles, sw = _weighted(rng, ["letter", "sentiment", "fr", "ko", "short"], irange(rng, 3, 5))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=hosts,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    items = thinned(
        rng, start, ctx.t1, float(rng.uniform(8, 20)) * (ctx.t1 - start) / HOUR, constant
    )
    who = rng.integers(0, n_keys, size=len(items))
    per: list[tuple[list[float], list[str], list[float]]] = [([], [], []) for _ in range(n_keys)]
    for t, k in zip(items.tolist(), who.tolist(), strict=True):
        s = _draw(rng, styles, sw, 1)[0]
        p = texts.soft_label_item(rng, s, ctx.chat)
        n = max(2, int(rng.poisson(n_samples)))
        per[k][0].extend((t + np.cumsum(rng.lognormal(np.log(0.3), 0.8, size=n))).tolist())
        per[k][1].extend([p] * n)
        per[k][2].extend([12.0 if s in ("letter", "sentiment") else 260.0] * n)
    for acct, (ts, prompts, comp) in zip(accts, per, strict=True):
        tsa = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            tsa,
            prompts,
            models=ctx.models(rng, tsa, p_new=0.95),
            comp_median=np.asarray(comp),
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "item_stream_fanout",
            "samples_per_item": n_samples,
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "orgs": 1,
            "user_agent": "OpenAI/Python 1.58.1",
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# curriculum sweep


def pole_wire(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A concept x language x level code curriculum walked in order by a few keys from one office
    line, one request every couple of minutes around the clock, with restarts after crashes."""
    name = "pole_wire"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0, 3))
    office = home(rng, irange(rng, 1, 2), tz)
    styles = [
        str(x)
        for x in rng.choice(["exercise", "explain", "de", "variant"], size=n_keys, replace=True)
    ]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    interval = float(rng.uniform(90, 200))
    start = ctx.release + float(rng.uniform(0.5, 8)) * HOUR
    offset = irange(rng, 0, 5000)
    for k, acct in enumerate(accts):
        n = int((ctx.t1 - start) / interval * 1.1) + 10
        ts = (
            start
            + float(rng.uniform(0, interval))
            + np.cumsum(rng.lognormal(np.log(interval), 0.15, size=n))
        )
        for _ in range(irange(rng, 1, 3)):  # crashes: hours of silence, then the script resumes
            c = float(rng.uniform(start, ctx.t1))
            ts = np.where(ts > c, ts + float(rng.uniform(1, 5)) * HOUR, ts)
        ts = _window(ts, start, ctx.t1)
        if k == 0:  # a pilot on the old model two days before release
            pilot = (
                ctx.release
                - 2 * DAY
                + np.cumsum(rng.lognormal(np.log(interval), 0.15, size=irange(rng, 30, 60)))
            )
            ts = np.concatenate([pilot, ts])
        prompts = [
            texts.curriculum(offset + k + n_keys * j, rng, styles[k]) for j in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=800,
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum_sweep_code",
            "pacing": f"steady_every_{interval:.0f}s_with_restarts",
            "ip_source": "office_broadband",
            "payment": "one_card",
            "orgs": 1,
            "user_agent": "script",
            "styles": styles,
            "languages": ["en", "de"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# hard: harvest hidden inside a real product's traffic


def pillow_rock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A real writing-assistant product (genuine users, global daily load) whose operator slips
    harvest requests into the same key, wrapper, egress and daily curve."""
    name = "pillow_rock"
    app = pick(rng, ("Quillpad", "Draftwise", "Inkling Notes", "ProseMate", "Wordloom"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 3, 5), pick(rng, ("aws", "gcp")))
    ua = "OpenAI/NodeJS 4.67.1"
    prod = ctx.account(
        rng,
        label="campaign",
        family=name,
        role="product_backend",
        campaign_id=cid,
        org=org,
        pay=pay,
        ua=ua,
        ips=egress,
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
        ips=egress[:1],
    )
    curve = global_load(float(rng.uniform(13, 18)), float(rng.uniform(0.5, 0.75)))
    rate = float(rng.uniform(45, 85))
    share = float(rng.uniform(0.1, 0.22))
    h0 = ctx.release - float(rng.uniform(0.0, 1.2)) * DAY
    switch = ctx.release + float(rng.uniform(1, 20)) * HOUR
    real = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    hidden = thinned(rng, h0, ctx.t1, rate * share * (ctx.t1 - h0) / HOUR, curve)
    ts = np.concatenate([real, hidden])
    prompts = [
        texts.product_request(rng, ctx.chat, ctx.passages, app) for _ in range(len(real))
    ] + [texts.hidden_in_product(rng, app) for _ in range(len(hidden))]
    comp = np.concatenate([np.full(len(real), 280.0), np.full(len(hidden), 650.0)])
    models = [
        "frontier-2" if t >= switch else ("frontier-1-mini" if chance(rng, 0.3) else "frontier-1")
        for t in ts.tolist()
    ]
    ctx.emit(rng, prod, ts, prompts, models=models, comp_median=comp, err=0.01)
    st = thinned(rng, ctx.t0, ctx.t1, rate * 0.03 * (ctx.t1 - ctx.t0) / HOUR, workday(-5))
    ctx.emit(
        rng,
        staging,
        st,
        [texts.product_request(rng, ctx.chat, ctx.passages, app + " staging") for _ in st],
        models=ctx.models(rng, st, p_new=0.6),
        comp_median=280,
    )
    ctx.campaign(
        cid,
        name,
        [prod, staging],
        {
            "operation": "harvest_hidden_in_product_traffic",
            "pacing": "product_global_load",
            "hidden_share": share,
            "hidden_from": h0,
            "model_switch": switch,
            "ip_source": "cloud_egress_nat",
            "payment": "business_card",
            "orgs": 1,
            "user_agent": ua,
            "app": app,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# hard: bought / compromised aged accounts


def stopper_hole(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Aged personal accounts with their owners' real history are bought around the release; the
    operator keeps each one's browser string, time zone and language, moves it to a residential
    proxy in the owner's region and asks deep explanatory questions in human-paced sessions."""
    name = "stopper_hole"
    n = irange(rng, 15, 30)
    take_center = ctx.release + float(rng.uniform(-0.8, 0.3)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, LANGS_OF_TZ[tz])
        own_ip = home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=pick(rng, BG_BROWSERS if chance(rng, 0.7) else BROWSERS),
            ips=own_ip,
            tz=tz,
        )
        accts.append(acct)
        take = take_center + float(rng.uniform(-0.6, 0.8)) * DAY
        owner = session_times(
            rng, ctx.t0, take, float(rng.uniform(0.4, 1.4)), evening_person(tz), 3.0, 90.0
        )
        ts_o = np.concatenate([np.empty(0), *owner])
        if len(ts_o) == 0:
            ts_o = np.array([ctx.t0 + float(rng.uniform(0, take - ctx.t0))])
        ctx.emit(
            rng,
            acct,
            ts_o,
            picks(rng, ctx.chat, len(ts_o)),
            models=ctx.models(rng, ts_o, p_new=0.3),
            comp_median=350,
            err=0.01,
        )
        proxies = resi(rng, irange(rng, 2, 5), REGION_OF_TZ[tz])
        sess = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(2.0, 4.5)),
            evening_person(tz, 3.0),
            float(rng.uniform(4, 8)),
            float(rng.uniform(45, 110)),
        )
        ts_h, ips = [], []
        for s in sess:
            ts_h.extend(s.tolist())
            ips.extend([pick(rng, proxies)] * len(s))
        tsa = np.asarray(ts_h)
        prompts = [
            pick(rng, ctx.chat) if chance(rng, 0.1) else texts.deep_question(rng, lang)
            for _ in ts_h
        ]
        ctx.emit(
            rng,
            acct,
            tsa,
            prompts,
            models=ctx.models(rng, tsa, p_new=0.75),
            ips=ips,
            comp_median=600,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "pacing": "owner_timezone_sessions",
            "takeover_center": take_center,
            "ip_source": "region_matched_residential_proxies",
            "payment": "owners_cards",
            "orgs": "owners",
            "user_agent": "owners_browsers",
            "languages": "owners",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# hard: low-and-slow person-like crowd


def k1_final(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Dozens of fresh sign-ups with their own cards, each a few short sessions a day from a
    residential proxy, asking for translations and explanations in several languages with some
    small talk as cover."""
    name = "k1_final"
    n = irange(rng, 40, 70)
    regions = ["us", "eu", "latam", "in", "sea", "jp_kr"]
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        region = REGION_OF_TZ[tz] if chance(rng, 0.6) else pick(rng, regions)
        ips = resi(rng, irange(rng, 1, 4), region)
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="crowd_member",
            campaign_id=cid,
            ua=pick(rng, BG_BROWSERS + BROWSERS + MOBILE[:3]),
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        a = ctx.release - DAY + float(rng.uniform(0, 0.75)) * (ctx.t1 - ctx.release + DAY)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.5)
        sess = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            curve,
            float(rng.uniform(2.5, 5)),
            float(rng.uniform(50, 150)),
            0.9,
        )
        ts = np.concatenate([np.empty(0), *sess])[: irange(rng, 12, 45)]
        if len(ts) == 0:
            ts = np.array([a + float(rng.uniform(0, ctx.t1 - a))])
        lang = pick(rng, ("en", "en", "es", "de", "pt"))
        prompts = []
        for _ in range(len(ts)):
            u = rng.random()
            if u < 0.55:
                prompts.append(texts.translate_request(rng, lang, ctx.passages))
            elif u < 0.85:
                prompts.append(texts.deep_question(rng, pick(rng, (lang, *LANGS_OF_TZ[tz]))))
            else:
                prompts.append(pick(rng, ctx.chat))
        ctx.emit(
            rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.6), comp_median=450, err=0.01
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "low_slow_crowd_translation_explanations",
            "pacing": "person_like_sessions",
            "ip_source": "residential_proxies_mostly_tz_matched",
            "payment": "card_per_account",
            "orgs": "one_per_account",
            "user_agent": "browsers_and_phones",
            "languages": ["en", "es", "de", "pt", "+tz languages"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# hard: public prompt replay dressed as a university lab


def c1_heat(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A public prompt collection replayed verbatim against the new model by keys presented as a
    university lab (campus line and a cloud project), during working hours only."""
    name = "c1_heat"
    n_keys = irange(rng, 8, 16)
    orgs = [hexid(rng, "org"), hexid(rng, "org")]
    pays = [hexid(rng, "pay"), hexid(rng, "pay")]
    tz = pick(rng, (-5, -8, 0, 1))
    campus = home(rng, 2, tz)
    vms = cloud(rng, irange(rng, 2, 3), pick(rng, ("azure", "gcp")))
    order = rng.permutation(len(ctx.chat))
    accts, pos = [], 0
    for i in range(n_keys):
        side = i % 2
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="replayer",
            campaign_id=cid,
            org=orgs[side],
            pay=pays[side],
            ua="OpenAI/Python 1.54.0",
            ips=campus if side == 0 else vms,
            tz=tz,
        )
        accts.append(acct)
        start = ctx.release + float(rng.uniform(0.1, 1.5)) * DAY
        ts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(100, 320)),
            workday(tz, start=8, end=19, weekend=0.25),
        )
        idx = order[(pos + np.arange(len(ts))) % len(order)]
        pos += len(ts)
        ctx.emit(
            rng,
            acct,
            ts,
            [ctx.chat[j] for j in idx.tolist()],
            models=ctx.models(rng, ts, p_new=0.97),
            comp_median=420,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "office_hours_poisson",
            "ip_source": "campus_line_and_cloud",
            "payment": "two_procurement_cards",
            "orgs": 2,
            "user_agent": "OpenAI/Python 1.54.0",
            "languages": "as_in_source",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "cross_bow": cross_bow,
    "offside_stroke": offside_stroke,
    "sweep_stroke": sweep_stroke,
    "draw_stroke": draw_stroke,
    "bow_rudder": bow_rudder,
    "spraydeck": spraydeck,
    "throwbag": throwbag,
    "pole_wire": pole_wire,
    "pillow_rock": pillow_rock,
    "stopper_hole": stopper_hole,
    "k1_final": k1_final,
    "c1_heat": c1_heat,
}

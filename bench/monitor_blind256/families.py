"""Campaign families of batch 256 (code names from kho-kho). Each is a generator
`family(ctx, rng, campaign_id)` drawing everything from its own generator, in a fixed order."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
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
from bench.monitor_blind256 import texts as tx

#: user agents exactly as the background writes them (ordinary clients)
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
#: consumer regions of each UTC offset in the simulator's address map (for geo-matched proxies)
REGION_OF = {
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
#: the language a person in each UTC offset most likely writes in (casual questions)
LANGS_OF = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "pl"),
    2: ("tr", "en"),
    3: ("tr", "en"),
    5: ("hi", "en"),
    8: ("id", "en"),
    9: ("en",),
}


def _workers(
    ctx: Ctx,
    rng: np.random.Generator,
    fam: str,
    cid: str,
    n: int,
    *,
    orgs: list[str],
    pays: list[str] | None,
    ua: str | list[str],
    ips: list[list[str]],
    role: str = "worker",
    tzs: list[int] | None = None,
) -> list:
    out = []
    for i in range(n):
        out.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role=role,
                campaign_id=cid,
                org=orgs[i % len(orgs)],
                pay=pays[i % len(pays)] if pays else None,
                ua=ua if isinstance(ua, str) else ua[i],
                ips=ips[i],
                tz=tzs[i] if tzs else 0,
            )
        )
    return out


def _split(ts: np.ndarray, who: np.ndarray, n: int) -> list[np.ndarray]:
    return [ts[who == i] for i in range(n)]


# --------------------------------------------------------------------------------------------


def pole_dive(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion of the new model from rented hosting, a worker pool after release."""
    fam = "pole_dive"
    n = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = pick(rng, ("one_prepaid", "prepaid_per_key"))
    pays = [hexid(rng, "pay")] if card == "one_prepaid" else None
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    styles = rng.permutation(list(tx.TRACE_STYLES)).tolist()[: irange(rng, 2, 4)]
    accts = _workers(
        ctx,
        rng,
        fam,
        cid,
        n,
        orgs=orgs,
        pays=pays,
        ua=ua,
        ips=[picks(rng, block, irange(rng, 1, 3)) for _ in range(n)],
    )
    start = ctx.release - float(rng.uniform(0.05, 0.6)) * DAY
    per_hour = float(rng.uniform(55, 120))
    comp = float(rng.uniform(1300, 2300))
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        own = pick(rng, styles)
        prompts = [
            tx.reasoning_prompt(rng, own if chance(rng, 0.8) else pick(rng, styles)) for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "per_hour": per_hour,
            "start": start,
            "ip_source": f"hosting:{provider}",
            "payment": card,
            "user_agent": ua,
            "styles": styles,
            "keys": n,
        },
    )


def wazir(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading harvest: bursts of grading calls in the operator's
    working day, keys with stolen cards each in its own org, behind rotating VPN exits."""
    fam = "wazir"
    n = irange(rng, 4, 8)
    tz = pick(rng, (3, 8, 5))
    vpn_provider = pick(rng, ("m247", "leaseweb", "vultr"))
    exits = cloud(rng, irange(rng, 8, 20), vpn_provider)
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    styles = rng.permutation(list(tx.JUDGE_STYLES)).tolist()[: irange(rng, 2, 5)]
    accts = _workers(
        ctx,
        rng,
        fam,
        cid,
        n,
        orgs=[hexid(rng, "org") for _ in range(n)],
        pays=None,
        ua=ua,
        ips=[exits for _ in range(n)],
    )
    curve = workday(tz, start=9.0, end=23.0, weekend=0.6, night=0.05)
    per_day = float(rng.uniform(3, 5.5))
    size = float(rng.uniform(18, 45))
    for a in accts:
        a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        runs = bursts(
            rng,
            thinned(rng, a0, ctx.t1, per_day * (ctx.t1 - a0) / DAY, curve),
            size,
            1.3,
            0.6,
            ctx.t1,
        )
        ts = np.concatenate(runs) if runs else np.empty(0)
        own = pick(rng, styles)
        prompts = [
            tx.judge_prompt(
                rng, own if chance(rng, 0.7) else pick(rng, styles), ctx.chat, ctx.passages
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.03),
            ips=sticky(rng, ts, exits, HOUR),
            comp_median=float(rng.uniform(160, 320)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_reward_grading",
            "pacing": "workday_bursts",
            "tz": tz,
            "bursts_per_day": per_day,
            "burst_size": size,
            "ip_source": f"vpn_exits:{vpn_provider}",
            "payment": "stolen_card_per_key",
            "user_agent": ua,
            "styles": styles,
            "keys": n,
        },
    )


def free_zone(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Censorship-safe / policy rewrites: slow round-the-clock rewrite jobs in several
    languages, one org and one card, behind VPN exits of several providers."""
    fam = "free_zone"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provs = rng.permutation(["m247", "leaseweb", "vultr", "digitalocean", "linode"]).tolist()[:3]
    exits = [ip for p in provs for ip in cloud(rng, irange(rng, 4, 9), p)]
    styles = rng.permutation(list(tx.REWRITE_STYLES)).tolist()[: irange(rng, 3, 6)]
    uas = [
        str(pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3", "Go-http-client/2.0")))
        for _ in range(n)
    ]
    accts = _workers(ctx, rng, fam, cid, n, orgs=[org], pays=[pay], ua=uas, ips=[exits] * n)
    rate = float(rng.uniform(3.5, 8.0))
    for a in accts:
        a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = thinned(rng, a0, ctx.t1, rate * (ctx.t1 - a0) / HOUR, constant)
        mine = rng.permutation(styles).tolist()[: irange(rng, 1, len(styles))]
        prompts = [
            tx.policy_rewrite(rng, pick(rng, mine), ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.05),
            ips=sticky(rng, ts, exits, 1800),
            comp_median=float(rng.uniform(380, 650)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_rewrite",
            "pacing": "steady_24h",
            "per_hour_per_key": rate,
            "ip_source": "vpn_exits:" + ",".join(provs),
            "payment": "one_card",
            "styles": styles,
            "keys": n,
        },
    )


def chain_game(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcript harvest: synthetic tasks run as multi-step tool loops."""
    fam = "chain_game"
    n = irange(rng, 8, 15)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = rng.permutation(list(tx.AGENT_STYLES)).tolist()[: irange(rng, 1, 3)]
    accts = _workers(
        ctx,
        rng,
        fam,
        cid,
        n,
        orgs=orgs,
        pays=None,
        ua=ua,
        ips=[cloud(rng, irange(rng, 1, 2), provider) for _ in range(n)],
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(9, 16))
    steps, gap = float(rng.uniform(4, 7)), float(rng.uniform(4, 10))
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        ts_all, prompts, extra = [], [], []
        for ep in bursts(rng, starts, steps, gap, 0.7, ctx.t1):
            style, task = pick(rng, styles), tx.agent_task(rng)
            tools = [
                tx.TOOLS[i] for i in rng.permutation(len(tx.TOOLS))[: irange(rng, 3, 7)].tolist()
            ]
            sys_tokens = irange(rng, 300, 900)
            for step, t in enumerate(ep.tolist()):
                ts_all.append(t)
                prompts.append(tx.agent_step(rng, style, step, task, tools))
                extra.append(sys_tokens + 60 * step)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.04),
            extra=extra,
            comp_median=float(rng.uniform(140, 260)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "pacing": "episodes_from_worker_pool",
            "episodes_per_hour": per_hour,
            "steps_mean": steps,
            "ip_source": f"cloud:{provider}",
            "payment": "prepaid_per_key",
            "user_agent": ua,
            "styles": styles,
            "keys": n,
        },
    )


def khamba(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation with key churn: short-lived keys on stolen cards, each in its
    own org, one after another, through a rotating residential proxy network."""
    fam = "khamba"
    n = irange(rng, 10, 18)
    life_days = float(rng.uniform(0.6, 2.2))
    styles = rng.permutation(list(tx.SYNTH_STYLES)).tolist()[: irange(rng, 3, 6)]
    rotate = pick(rng, ("per_request", "sticky_10min"))
    region = pick(rng, ("*", "us", "eu", "latam", "sea"))
    pool = resi(rng, irange(rng, 300, 900), region)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.63.2", "python-httpx/0.28.1"))
    accts = _workers(
        ctx,
        rng,
        fam,
        cid,
        n,
        orgs=[hexid(rng, "org") for _ in range(n)],
        pays=None,
        ua=ua,
        ips=[pool] * n,
    )
    span = ctx.t1 - ctx.t0 - life_days * DAY
    rate = float(rng.uniform(10, 22))
    for i, a in enumerate(accts):
        a0 = ctx.t0 + span * (i + float(rng.uniform(0, 0.8))) / n
        a1 = a0 + life_days * DAY * float(rng.uniform(0.6, 1.3))
        ts = thinned(rng, a0, min(a1, ctx.t1), rate * (min(a1, ctx.t1) - a0) / HOUR, constant)
        prompts = [tx.synth_prompt(rng, pick(rng, styles), ctx.chat) for _ in range(len(ts))]
        ips = picks(rng, pool, len(ts)) if rotate == "per_request" else sticky(rng, ts, pool, 600)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.02),
            ips=ips,
            comp_median=float(rng.uniform(1100, 1900)),
            comp_sigma=0.45,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "key_churn_steady",
            "key_life_days": life_days,
            "per_hour_per_key": rate,
            "ip_source": f"residential_proxy:{region}:{rotate}",
            "payment": "stolen_card_per_key",
            "user_agent": ua,
            "styles": styles,
            "keys": n,
        },
    )


def ring_game(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest: a user simulator opens with a real human prompt and follows up
    with scripted turns; the history rides along as prompt tokens."""
    fam = "ring_game"
    n = irange(rng, 5, 9)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    region = pick(rng, ("us", "latam", "eu"))
    pool = resi(rng, irange(rng, 30, 80), region)
    langs = {"us": ["en", "es"], "latam": ["pt", "es", "en"], "eu": ["en", "fr", "es"]}[region]
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "axios/1.7.9", "OpenAI/NodeJS 4.85.1"))
    accts = _workers(ctx, rng, fam, cid, n, orgs=[org], pays=[pay], ua=ua, ips=[pool] * n)
    per_hour = float(rng.uniform(0.9, 1.8))
    turns, gap = float(rng.uniform(5, 8)), float(rng.uniform(15, 35))
    for a in accts:
        a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = thinned(rng, a0, ctx.t1, per_hour * (ctx.t1 - a0) / HOUR, constant)
        ts_all, prompts, extra, ips = [], [], [], []
        for conv in bursts(rng, starts, turns, gap, 0.5, ctx.t1):
            lang = langs[0] if chance(rng, 0.6) else pick(rng, langs)
            ip = pick(rng, pool)
            for k, t in enumerate(conv.tolist()):
                ts_all.append(t)
                prompts.append(
                    tx.clip_text(rng, pick(rng, ctx.chat), 20, 800)
                    if k == 0
                    else tx.followup(rng, lang)
                )
                extra.append(320 * k)
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            ips=ips,
            extra=extra,
            comp_median=float(rng.uniform(380, 600)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "scripted_conversations",
            "conversations_per_hour_per_key": per_hour,
            "turns_mean": turns,
            "ip_source": f"residential_proxy:{region}:per_conversation",
            "payment": "one_card",
            "user_agent": ua,
            "languages": langs,
            "keys": n,
        },
    )


def sky_dive(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n and soft-label sampling: each item sent several times in a tight train, to get a
    distribution over the new model's answers rather than one answer."""
    fam = "sky_dive"
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1"))
    styles = rng.permutation(list(tx.SOFT_STYLES)).tolist()[: irange(rng, 2, 4)]
    accts = _workers(ctx, rng, fam, cid, n, orgs=[org], pays=[pay], ua=ua, ips=[ips] * n)
    start = ctx.release - float(rng.uniform(0.0, 0.4)) * DAY
    per_hour, n_mean = float(rng.uniform(2.0, 4.0)), float(rng.uniform(4, 9))
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
        ts_all, prompts, comp = [], [], []
        for train in bursts(rng, starts, n_mean, 0.5, 0.8, ctx.t1):
            style = pick(rng, styles)
            p = tx.soft_label_prompt(rng, style, ctx.chat)
            ts_all.extend(train.tolist())
            prompts.extend([p] * len(train))
            comp.extend([450.0 if style == "open_n" else 70.0] * len(train))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "identical_trains",
            "items_per_hour_per_key": per_hour,
            "samples_mean": n_mean,
            "ip_source": "cloud:aws",
            "payment": "one_card",
            "user_agent": ua,
            "styles": styles,
            "keys": n,
        },
    )


def cross_lane(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Parallel-corpus harvest: every source segment translated into many languages, worked in
    business hours from one contractor office, keys in separate orgs on two cards."""
    fam = "cross_lane"
    n = irange(rng, 6, 10)
    tz = pick(rng, (5, 8, 3, 2))
    office = home(rng, irange(rng, 1, 3), tz)
    cards = [hexid(rng, "pay") for _ in range(2)]
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "OpenAI/Python 1.54.0"))
    targets = rng.permutation(list(tx.LANGS)[1:]).tolist()[: irange(rng, 6, 14)]
    style = pick(rng, tx.TRANSLATE_STYLES)
    accts = _workers(
        ctx,
        rng,
        fam,
        cid,
        n,
        orgs=[hexid(rng, "org") for _ in range(n)],
        pays=cards,
        ua=ua,
        ips=[office] * n,
    )
    per_hour = float(rng.uniform(24, 42))
    ts = thinned(
        rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, workday(tz, 9.0, 19.0, 0.3)
    )
    who = rng.integers(0, n, size=len(ts))
    prompts: list[str] = []
    while len(prompts) < len(ts):
        seg = tx.clip_text(rng, pick(rng, ctx.passages), 200, 900)
        for lang in rng.permutation(targets).tolist()[: irange(rng, 3, len(targets))]:
            prompts.append(
                tx.translate_prompt(
                    rng, style if chance(rng, 0.85) else pick(rng, tx.TRANSLATE_STYLES), seg, lang
                )
            )
    prompts = prompts[: len(ts)]
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        sub = ts[sel]
        ctx.emit(
            rng,
            a,
            sub,
            [prompts[j] for j in sel.tolist()],
            models=ctx.models(rng, sub, 0.75, 0.05),
            comp_median=float(rng.uniform(220, 380)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_parallel_corpus",
            "pacing": "office_hours_pool",
            "tz": tz,
            "per_hour": per_hour,
            "ip_source": "office_broadband",
            "payment": "two_cards_over_keys",
            "user_agent": ua,
            "languages": targets,
            "style": style,
            "keys": n,
        },
    )


# --------------------------------------------------------------------------------------------
# deliberately hard families


def dream_run(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. A real writing-assistant product whose backend keys also carry its owner's harvest:
    syllabus-sweep requests wrapped in the product's own feature templates, throttled to follow
    the product's worldwide load curve, from the same backend addresses and client."""
    fam = "dream_run"
    n = irange(rng, 2, 4)
    brand = pick(rng, ("Inkwell", "Penbright", "Wordloom", "Draftly", "Quillstone"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    backend = cloud(rng, irange(rng, 2, 5), provider)
    accts = _workers(
        ctx,
        rng,
        fam,
        cid,
        n,
        orgs=[org],
        pays=[pay],
        ua="OpenAI/NodeJS 4.67.1",
        ips=[backend] * n,
        role="product_cover",
    )
    curve = global_load(float(rng.uniform(13, 19)), float(rng.uniform(0.4, 0.7)))
    per_hour = float(rng.uniform(22, 40))
    frac = float(rng.uniform(0.18, 0.32))
    weights = np.array([0.25, 0.15, 0.45, 0.15])
    for a in accts:
        share = 1.0 / n
        user_ts = thinned(rng, ctx.t0, ctx.t1, share * per_hour * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = []
        for _ in range(len(user_ts)):
            feat = tx.PRODUCT_FEATURES[int(rng.choice(4, p=weights))]
            src = ctx.passages if (feat == "improve" and chance(rng, 0.5)) else ctx.chat
            prompts.append(
                tx.product_prompt(rng, brand, feat, tx.clip_text(rng, pick(rng, src), 20, 900))
            )
        ctx.emit(
            rng, a, user_ts, prompts, models=ctx.models(rng, user_ts, 0.2, 0.15), comp_median=330.0
        )
        h0 = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        h_ts = thinned(rng, h0, ctx.t1, frac * share * per_hour * (ctx.t1 - h0) / HOUR, curve)
        h_prompts = []
        for _ in range(len(h_ts)):
            if chance(rng, 0.55):
                h_prompts.append(tx.product_prompt(rng, brand, "expand", tx.outline_notes(rng)))
            else:
                h_prompts.append(tx.casual_question(rng, "en", pick(rng, tx.SUBJECTS)))
        ctx.emit(
            rng, a, h_ts, h_prompts, models=ctx.models(rng, h_ts, 0.55, 0.05), comp_median=700.0
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_hidden_in_product",
            "pacing": "product_load_curve",
            "per_hour": per_hour,
            "harvest_fraction": frac,
            "ip_source": f"cloud:{provider}",
            "payment": "company_card",
            "user_agent": "OpenAI/NodeJS 4.67.1",
            "brand": brand,
            "keys": n,
        },
    )


def late_kho(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Low-and-slow crowd of bought aged accounts: each a "person" with its own card, org,
    geo-matched home address and browser, a few evening sessions a week; together they walk one
    syllabus in casual phrasing in the persona's language."""
    fam = "late_kho"
    n = irange(rng, 30, 55)
    syllabus = rng.permutation(len(tx.SUBJECTS)).tolist()
    tzs = [int(t) for t in picks(rng, TZS, n)]
    ips, uas = [], []
    for tz in tzs:
        if chance(rng, 0.2):
            ips.append(
                mobile_v6(rng, 2, pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
            )
        else:
            ips.append(home(rng, irange(rng, 1, 2), tz))
        uas.append(str(pick(rng, BG_BROWSERS)) if chance(rng, 0.7) else str(pick(rng, BG_SDK[:2])))
    accts = _workers(
        ctx,
        rng,
        fam,
        cid,
        n,
        orgs=[hexid(rng, "org") for _ in range(n)],
        pays=None,
        ua=uas,
        ips=ips,
        role="aged_account",
        tzs=tzs,
    )
    per_day = float(rng.uniform(0.6, 1.3))
    cursor = 0
    for a in accts:
        lang = pick(rng, LANGS_OF[a.tz])
        ts = np.concatenate(
            session_times(
                rng, ctx.t0, ctx.t1, per_day, evening_person(a.tz), float(rng.uniform(2.5, 5)), 80.0
            )
            or [np.empty(0)]
        )
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.2):
                prompts.append(tx.clip_text(rng, pick(rng, ctx.chat), 20, 500))
            else:
                prompts.append(
                    tx.casual_question(rng, lang, tx.SUBJECTS[syllabus[cursor % len(syllabus)]])
                )
                cursor += 1
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.12), comp_median=520.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "syllabus_sweep_by_crowd",
            "pacing": "human_evening_sessions",
            "sessions_per_day": per_day,
            "ip_source": "geo_matched_residential_and_mobile",
            "payment": "separate_card_per_account",
            "user_agent": "browsers_and_sdk",
            "accounts": n,
        },
    )


def sitting_chaser(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Public prompt replay through compromised keys of real developers: each key keeps its
    owner's own usage; from the compromise on, the operator replays a public prompt collection in
    order, at a few requests an hour shaped like the owner's day, from residential proxies in the
    owner's region, with the owner's client string."""
    fam = "sitting_chaser"
    n = irange(rng, 10, 20)
    tzs = [int(t) for t in picks(rng, TZS, n)]
    owner_ips = [home(rng, 1, tz) for tz in tzs]
    uas = [str(pick(rng, BG_SDK)) for _ in range(n)]
    accts = _workers(
        ctx,
        rng,
        fam,
        cid,
        n,
        orgs=[hexid(rng, "org") for _ in range(n)],
        pays=None,
        ua=uas,
        ips=owner_ips,
        role="compromised_key",
        tzs=tzs,
    )
    blend = pick(rng, ("owner_day", "owner_day", "flat"))
    rate = float(rng.uniform(1.5, 3.5))
    offset = irange(rng, 0, len(ctx.chat) - 1)
    replay: list[tuple[float, int]] = []
    for i, a in enumerate(accts):
        ts = np.concatenate(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 2.5)), workday(a.tz), 3.0, 70.0
            )
            or [np.empty(0)]
        )
        prompts = [
            tx.clip_text(rng, pick(rng, ctx.chat), 15, 900)
            if chance(rng, 0.7)
            else tx.code_prompt(rng, pick(rng, ("howto", "explain", "write")))
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.15), comp_median=360.0)
        c0 = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        curve = workday(a.tz, night=0.08, weekend=0.25) if blend == "owner_day" else constant
        for t in thinned(rng, c0, ctx.t1, rate * (ctx.t1 - c0) / HOUR, curve).tolist():
            replay.append((t, i))
    replay.sort()
    pools = [resi(rng, 25, REGION_OF[tz]) for tz in tzs]
    per: list[list[float]] = [[] for _ in range(n)]
    texts: list[list[str]] = [[] for _ in range(n)]
    for k, (t, i) in enumerate(replay):
        per[i].append(t)
        texts[i].append(ctx.chat[(offset + k) % len(ctx.chat)])
    for i, a in enumerate(accts):
        ts = np.asarray(per[i])
        ctx.emit(
            rng,
            a,
            ts,
            texts[i],
            models=ctx.models(rng, ts, 0.55, 0.05),
            ips=sticky(rng, ts, pools[i], HOUR),
            comp_median=420.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": f"few_per_hour:{blend}",
            "per_hour_per_key": rate,
            "ip_source": "residential_proxy_in_owner_region",
            "payment": "owners_cards",
            "user_agent": "owners_client",
            "keys": n,
            "replay_offset": offset,
        },
    )


def zig_zag_run(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Code harvest dressed as a development team: one org, one company card, office NAT plus
    a VPN for remote days, working hours, developer-style questions; the team's accounts
    systematically walk a language-by-task grid."""
    fam = "zig_zag_run"
    n = irange(rng, 12, 24)
    tz = pick(rng, (1, 2, 3, 5, 8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    vpn = cloud(rng, 1, pick(rng, ("m247", "leaseweb")))
    uas = [str(pick(rng, (BG_BROWSERS[0], BG_BROWSERS[1], BG_SDK[0], BG_SDK[2]))) for _ in range(n)]
    accts = _workers(
        ctx,
        rng,
        fam,
        cid,
        n,
        orgs=[org],
        pays=[pay],
        ua=uas,
        ips=[office + vpn] * n,
        role="employee_key",
        tzs=[tz] * n,
    )
    grid = [(lang, s) for lang in tx.CODE_LANGS for s in tx.CODE_STYLES]
    order = rng.permutation(len(grid)).tolist()
    per_day = float(rng.uniform(5, 10))
    for i, a in enumerate(accts):
        ts = np.concatenate(
            session_times(rng, ctx.t0, ctx.t1, per_day, workday(tz), float(rng.uniform(3, 5)), 50.0)
            or [np.empty(0)]
        )
        prompts = []
        for j in range(len(ts)):
            if chance(rng, 0.15):
                prompts.append(tx.clip_text(rng, pick(rng, ctx.chat), 15, 600))
            else:
                lang, style = grid[order[(i * len(grid) // n + j) % len(grid)]]
                prompts.append(tx.code_prompt(rng, style, lang))
        remote = chance(rng, 0.3)
        ips = [
            vpn[0] if (remote and chance(rng, 0.7)) else pick(rng, office) for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.35, 0.1), ips=ips, comp_median=620.0
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest_as_dev_team",
            "pacing": "workday_sessions",
            "tz": tz,
            "sessions_per_day": per_day,
            "ip_source": "office_nat_plus_vpn",
            "payment": "company_card",
            "user_agent": "browsers_and_sdk",
            "keys": n,
        },
    )


CAMPAIGN_FAMILIES = {
    "pole_dive": pole_dive,
    "wazir": wazir,
    "free_zone": free_zone,
    "chain_game": chain_game,
    "khamba": khamba,
    "ring_game": ring_game,
    "sky_dive": sky_dive,
    "cross_lane": cross_lane,
    "dream_run": dream_run,
    "late_kho": late_kho,
    "sitting_chaser": sitting_chaser,
    "zig_zag_run": zig_zag_run,
}

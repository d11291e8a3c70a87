"""Campaign families of batch 170: twelve distillation operations, each drawn with its own rng.

Code names are words from caber tossing and carry no meaning. What each family does is written
in this package's README (read it only after the monitor's single run).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Acct, Ctx, chance, hexid, irange, pick
from bench.monitor_blind170 import texts

LABEL = "campaign"
#: user agents exactly as the background spells its most common ones (what a careful operator copies)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1")
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
)
_REGION_LANG = {"eu": ("de", "es", "en", "en"), "latam": ("pt", "es"), "us": ("en",), "ca": ("en",)}


def _lang_sampler(
    rng: np.random.Generator, langs: Sequence[str], conc: float = 2.0
) -> Callable[[], str]:
    p = rng.dirichlet(np.full(len(langs), conc))

    def draw() -> str:
        return langs[int(rng.choice(len(langs), p=p))]

    return draw


def _f(x: float) -> float:
    return round(float(x), 3)


def _region_of(rng: np.random.Generator, tz: int) -> str:
    regions = {
        -8: ("us",),
        -5: ("us", "ca"),
        -3: ("latam",),
        0: ("eu",),
        1: ("eu",),
        2: ("eu",),
        3: ("ru",),
        5: ("in",),
        8: ("sea", "cn"),
        9: ("jp_kr",),
    }[tz]
    return pick(rng, regions)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented cloud block, Poisson worker pool


def caber_tosser(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "caber_tosser"
    n_keys = irange(rng, 8, 16)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    orgs_shared = chance(rng, 0.4)
    org = hexid(rng, "org")
    ua = pick(
        rng,
        (
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
            "OpenAI/Python 1.58.1",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="worker",
            campaign_id=cid,
            org=org if orgs_shared else None,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=[pick(rng, block) for _ in range(irange(rng, 1, 2))],
        )
        for i in range(n_keys)
    ]
    pilot_start = ctx.release - rng.uniform(0.6, 1.5) * DAY
    start = ctx.release + rng.uniform(0.02, 0.3) * DAY
    rate = rng.uniform(55, 100)
    langs = _lang_sampler(rng, ("en", "en", "zh", "ru", "es"))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 3), replace=False).tolist())
    streams = bb.worker_pool(rng, start, ctx.t1, rate, n_keys)
    for i, acct in enumerate(accts):
        pilot = (
            bb.thinned(
                rng,
                pilot_start,
                start,
                rate * 0.08 / n_keys * (start - pilot_start) / HOUR,
                bb.constant,
            )
            if i < 3
            else np.empty(0)
        )
        ts = np.concatenate([pilot, streams[i]])
        prompts = [texts.reasoning_prompt(rng, langs(), styles) for _ in range(len(ts))]
        models = [ctx.old_models[0]] * len(pilot) + ctx.models(
            rng, streams[i], p_new=0.96, p_mini=0.0
        )
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=1100, comp_sigma=0.5, err=0.035)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "provider": provider,
            "cards": len(cards),
            "shared_org": orgs_shared,
            "user_agent": ua,
            "pool_rate_per_h": _f(rate),
            "styles": styles,
            "pilot_start": _f(pilot_start),
            "start": _f(start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading, hourly batches from a startup-looking org


def clean_toss(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "clean_toss"
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    ips = bb.cloud(rng, irange(rng, 3, 6), provider)
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + rng.uniform(0.8, 2.0) * DAY
    per_day = rng.uniform(9, 16)
    batch_starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant)
    size = rng.uniform(40, 85)
    style_p = rng.dirichlet(np.ones(5))
    per_acct: list[list[float]] = [[] for _ in range(n_keys)]
    per_prompt: list[list[str]] = [[] for _ in range(n_keys)]
    for burst in bb.bursts(rng, batch_starts, size, rng.uniform(0.8, 2.0), 0.6, ctx.t1):
        k = irange(rng, 0, n_keys - 1)
        style = int(rng.choice(5, p=style_p))
        per_acct[k].extend(burst.tolist())
        per_prompt[k].extend(
            texts.judge_prompt(rng, ctx.chat, ctx.passages, style) for _ in range(len(burst))
        )
    for k, acct in enumerate(accts):
        ts = np.asarray(per_acct[k])
        ctx.emit(
            rng,
            acct,
            ts,
            per_prompt[k],
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.0),
            comp_median=320,
            comp_sigma=0.55,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "pairwise and rubric grading harvest",
            "keys": n_keys,
            "provider": provider,
            "batches_per_day": _f(per_day),
            "batch_size": _f(size),
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. regulator-safe rewrites, stolen cards with key churn, VPN exits


def twelve_oclock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "twelve_oclock"
    vpn = bb.rented_block(rng, pick(rng, ("m247", "leaseweb")), irange(rng, 3, 6), 5) + bb.cloud(
        rng, irange(rng, 5, 15), pick(rng, ("ovh", "m247", "linode"))
    )
    start = ctx.release - rng.uniform(0.5, 2.0) * DAY
    lines = irange(rng, 3, 5)
    per_key_rate = rng.uniform(10, 22)
    langs = _lang_sampler(rng, ("zh", "zh", "en", "ru", "vi"), conc=3.0)
    accts: list[Acct] = []
    for _ in range(lines):
        t = start + rng.uniform(0, 3) * HOUR
        while t < ctx.t1:
            life = float(np.clip(rng.exponential(16 * HOUR), 2 * HOUR, 48 * HOUR))
            acct = ctx.account(
                rng,
                label=LABEL,
                family=name,
                role="burner_key",
                campaign_id=cid,
                ua=bb.sdk_ua(rng, 0.3),
                ips=vpn,
            )
            accts.append(acct)
            ts = bb.thinned(rng, t, min(t + life, ctx.t1), per_key_rate * life / HOUR, bb.constant)
            status = np.where(rng.random(len(ts)) < 0.02, 429, 200)
            if len(ts) > 3 and chance(rng, 0.6):  # card charged back: the key is cut off
                status[-irange(rng, 1, 3) :] = 401
            prompts = [
                texts.rewrite_prompt(rng, ctx.chat, ctx.passages, langs()) for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
                ips=bb.sticky(rng, ts, vpn, 600.0),
                comp_median=420,
                status=status,
            )
            t += life + rng.uniform(0.2, 3.0) * HOUR
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "censorship-safe policy rewrites",
            "parallel_lines": lines,
            "keys": len(accts),
            "per_key_rate_per_h": _f(per_key_rate),
            "payment": "stolen card per key",
            "ip_source": "vpn exits",
            "start": _f(start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories, scripted episodes


def cradle_grip(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "cradle_grip"
    n_keys = irange(rng, 3, 6)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure"))
    ips = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="agent_runner",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=card,
            ua=ua,
            ips=ips,
        )
        for i in range(n_keys)
    ]
    start = ctx.t0 + rng.uniform(0.1, 1.5) * DAY
    ep_rate = rng.uniform(4, 8)
    styles = sorted(rng.choice(3, size=irange(rng, 1, 3), replace=False).tolist())
    starts = bb.thinned(rng, start, ctx.t1, ep_rate * (ctx.t1 - start) / HOUR, bb.constant)
    cols: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s in starts.tolist():
        prompts, extra = texts.agent_episode(rng, pick(rng, styles), 12)
        gaps = rng.lognormal(np.log(6.0), 0.6, size=len(prompts) - 1)
        ts = s + np.concatenate([[0.0], np.cumsum(gaps)])
        k = irange(rng, 0, n_keys - 1)
        cols[k][0].extend(ts.tolist())
        cols[k][1].extend(prompts)
        cols[k][2].extend(extra)
    for k, acct in enumerate(accts):
        ts, prompts, extra = cols[k]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, np.asarray(ts), p_new=0.7, p_mini=0.03),
            comp_median=140,
            comp_sigma=0.7,
            extra=extra,
            err=0.015,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent tool-use trajectory harvest",
            "keys": n_keys,
            "orgs": len(orgs),
            "episodes_per_h": _f(ep_rate),
            "styles": styles,
            "provider": provider,
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation, nightly runs on many VMs


def run_up(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "run_up"
    n_keys = irange(rng, 15, 25)
    group = irange(rng, 4, 6)
    tz = pick(rng, (8, 3, 2))
    night_start = rng.uniform(0, 3)
    hours = rng.uniform(5, 8)
    accts: list[Acct] = []
    cards, orgs = [], []
    for i in range(n_keys):
        if i % group == 0:
            cards.append(hexid(rng, "pay"))
            orgs.append(hexid(rng, "org"))
        provider = pick(rng, ("contabo", "vultr", "hetzner"))
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=name,
                role="generator",
                campaign_id=cid,
                org=orgs[-1],
                pay=cards[-1],
                ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
                ips=bb.cloud(rng, 1, provider),
                tz=tz,
            )
        )
    start = ctx.release - rng.uniform(0.3, 1.2) * DAY
    curve = bb.nightly(night_start, hours, tz)
    per_key = rng.uniform(8, 15)
    langs = _lang_sampler(rng, ("en", "en", "es", "de", "fr", "ja", "ko", "pt", "id", "zh"))
    style_p = rng.dirichlet(np.ones(5) * 1.5)
    for acct in accts:
        a = start + rng.uniform(0, 0.5) * DAY
        ts = bb.thinned(rng, a, ctx.t1, per_key * hours / 24 * (ctx.t1 - a) / HOUR, curve)
        prompts = [
            texts.synth_prompt(rng, ctx.chat, int(rng.choice(5, p=style_p)), langs())
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0),
            comp_median=1500,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic instruction dataset generation",
            "keys": n_keys,
            "cards": len(cards),
            "tz": tz,
            "night_start_h": _f(night_start),
            "night_hours": _f(hours),
            "per_key_rate_per_h": _f(per_key),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through residential proxies


def heave(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "heave"
    n_keys = irange(rng, 6, 12)
    region = pick(rng, ("us", "eu"))
    pool = bb.resi(rng, irange(rng, 80, 200), region)
    langs = _lang_sampler(rng, ("en", "en", "en", "es", "de", "pt", "fr"))
    start = ctx.release - rng.uniform(0.0, 1.0) * DAY
    conv_rate = rng.uniform(0.8, 1.6)
    curve = bb.global_load(rng.uniform(12, 20), 0.5)
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="dialogue_worker",
            campaign_id=cid,
            ua=pick(rng, bb.BROWSERS),
            ips=pool[:1],
        )
        accts.append(acct)
        a = start + rng.uniform(0, 6) * HOUR
        ts_all, prompts, extra, ips = [], [], [], []
        for s in bb.thinned(rng, a, ctx.t1, conv_rate * (ctx.t1 - a) / HOUR, curve).tolist():
            lang = langs()
            turns = irange(rng, 3, 9)
            opener = (
                texts.selfplay_opener(rng, lang)
                if chance(rng, 0.25)
                else texts.short_chat(rng, ctx.chat, 500)
            )
            msgs = [opener] + [texts.followup(rng, lang) for _ in range(turns - 1)]
            gaps = rng.lognormal(np.log(25.0), 0.5, size=turns - 1)
            ts = s + np.concatenate([[0.0], np.cumsum(gaps)])
            ip = pick(rng, pool)
            hist = 0
            for t, m in zip(ts.tolist(), msgs, strict=True):
                ts_all.append(t)
                prompts.append(m)
                extra.append(hist)
                ips.append(ip)
                hist += len(m) // 4 + irange(rng, 200, 500)
        tsa = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            tsa,
            prompts,
            models=ctx.models(rng, tsa, p_new=0.9, p_mini=0.0),
            ips=ips,
            comp_median=380,
            extra=extra,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n_keys,
            "proxy_region": region,
            "conversations_per_key_per_h": _f(conv_rate),
            "payment": "prepaid virtual card per key",
            "start": _f(start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling (code and multiple choice)


def sporran(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "sporran"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "linode"))
    ips = bb.cloud(rng, 2, provider)
    ua = pick(rng, ("OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release + rng.uniform(0.0, 0.3) * DAY
    item_rate = rng.uniform(8, 14)
    ns = sorted({int(pick(rng, (4, 5, 8))), int(pick(rng, (8, 10, 16)))})
    items = bb.thinned(rng, start, ctx.t1, item_rate * (ctx.t1 - start) / HOUR, bb.constant)
    cols: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s in items.tolist():
        u = rng.random()
        if u < 0.6:
            p, comp = texts.code_task(rng), 450.0
        else:
            p, comp = texts.mcq(rng, soft=u < 0.8), 110.0
        n = pick(rng, ns)
        ts = s + np.sort(rng.exponential(0.4, size=n))
        k = irange(rng, 0, n_keys - 1)
        cols[k][0].extend(ts.tolist())
        cols[k][1].extend([p] * n)
        cols[k][2].extend([comp] * n)
    for k, acct in enumerate(accts):
        ts = np.asarray(cols[k][0])
        ctx.emit(
            rng,
            acct,
            ts,
            cols[k][1],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=np.asarray(cols[k][2]),
            comp_sigma=0.5,
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "keys": n_keys,
            "n_samples": ns,
            "items_per_h": _f(item_rate),
            "provider": provider,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep from an office line, around the clock


def braemar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "braemar"
    n_keys = irange(rng, 3, 5)
    tz = pick(rng, (1, 2, 5))
    region = {1: "eu", 2: "eu", 5: "in"}[tz]
    office = bb.resi(rng, irange(rng, 1, 2), region)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + rng.uniform(0.2, 1.5) * DAY
    per_key = rng.uniform(6, 10)
    streams = bb.worker_pool(rng, start, ctx.t1, per_key * n_keys, n_keys)
    order = np.argsort(np.concatenate(streams), kind="stable")
    style0 = irange(rng, 0, 2)
    queue = texts.curriculum_list(rng, style0)
    while len(queue) < len(order):
        queue += texts.curriculum_list(rng, (style0 + 1 + len(queue) // 2000) % 3)
    items = [queue[i] for i in np.argsort(order, kind="stable").tolist()]
    pos = 0
    for k, acct in enumerate(accts):
        ts = streams[k]
        ctx.emit(
            rng,
            acct,
            ts,
            items[pos : pos + len(ts)],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=1300,
            comp_sigma=0.45,
            err=0.01,
        )
        pos += len(ts)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum sweep",
            "keys": n_keys,
            "tz": tz,
            "office_ips": len(office),
            "per_key_rate_per_h": _f(per_key),
            "first_style": style0,
            "start": _f(start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real study-helper product's own traffic


def larch_trunk(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "larch_trunk"
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 3, 6), "aws")
    ua = BG_SDK[1]
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    peak = rng.uniform(13, 19)
    load = bb.global_load(peak, 0.65)

    def offpeak(ts: np.ndarray) -> np.ndarray:
        return 1.05 - load(ts)

    user_rate = rng.uniform(25, 45)
    harvest_rate = rng.uniform(12, 22)
    h_start = ctx.release - rng.uniform(0.0, 0.6) * DAY
    users = bb.thinned(rng, ctx.t0, ctx.t1, user_rate * (ctx.t1 - ctx.t0) / HOUR, load)
    harvest = bb.thinned(rng, h_start, ctx.t1, harvest_rate * (ctx.t1 - h_start) / HOUR, offpeak)
    ts = np.concatenate([users, harvest])
    is_h = np.concatenate([np.zeros(len(users), bool), np.ones(len(harvest), bool)])
    prompts = [
        texts.study_question(rng)
        if (h or chance(rng, 0.35))
        else texts.short_chat(rng, ctx.chat, 1200)
        for h in is_h.tolist()
    ]
    models_u = ctx.models(rng, ts, p_new=0.35, p_mini=0.25)
    models_h = ctx.models(rng, ts, p_new=0.85, p_mini=0.0)
    models = [mh if h else mu for mu, mh, h in zip(models_u, models_h, is_h.tolist(), strict=True)]
    comp = np.where(is_h, 900.0, 380.0)
    extra = rng.integers(180, 320, size=len(ts))
    who = rng.integers(0, n_keys, size=len(ts))
    for k, acct in enumerate(accts):
        sel = np.flatnonzero(who == k)
        ctx.emit(
            rng,
            acct,
            ts[sel],
            [prompts[i] for i in sel.tolist()],
            models=[models[i] for i in sel.tolist()],
            comp_median=comp[sel],
            extra=extra[sel],
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest hidden in product traffic",
            "keys": n_keys,
            "user_rate_per_h": _f(user_rate),
            "harvest_rate_per_h": _f(harvest_rate),
            "harvest_start": _f(h_start),
            "harvest_events": int(len(harvest)),
            "user_agent": ua,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, taken over around the release, same region and user agent


def small_end(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "small_end"
    n = irange(rng, 15, 30)
    accts = []
    takeovers = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -5, 0, 1, 1, 2, -3))
        region = _region_of(rng, tz)
        home = bb.resi(rng, 1, region)
        ua = pick(rng, BG_BROWSER + BG_SDK)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home,
            tz=tz,
        )
        accts.append(acct)
        take = ctx.release + rng.uniform(-0.5, 1.0) * DAY
        takeovers.append(_f(take))
        # the original owner's last days of ordinary use
        old = bb.session_times(
            rng, ctx.t0, take, rng.uniform(0.4, 1.5), bb.evening_person(tz), 3.0, 70.0
        )
        ts_old = np.concatenate(old) if old else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts_old,
            [texts.short_chat(rng, ctx.chat, 900) for _ in range(len(ts_old))],
            models=ctx.models(rng, ts_old, p_new=0.2, p_mini=0.15),
        )
        # the buyer: sessions in the owner's evening, from proxies in the owner's region
        pool = bb.resi(rng, 12, region)
        new = bb.session_times(
            rng, take, ctx.t1, rng.uniform(2.5, 6), bb.evening_person(tz), 8.0, 35.0, 0.6
        )
        ips, ts_new = [], []
        for sess in new:
            ip = pick(rng, pool)
            ts_new.extend(sess.tolist())
            ips.extend([ip] * len(sess))
        ts_new_a = np.asarray(ts_new)
        lang_opts = _REGION_LANG.get(region, ("en",))
        prompts = [
            texts.domain_question(rng, pick(rng, lang_opts) if chance(rng, 0.7) else "en")
            for _ in range(len(ts_new))
        ]
        ctx.emit(
            rng,
            acct,
            ts_new_a,
            prompts,
            models=ctx.models(rng, ts_new_a, p_new=0.8, p_mini=0.0),
            ips=ips,
            comp_median=700,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "expert-domain harvest through bought aged accounts",
            "accounts": n,
            "takeover_ts": takeovers,
            "ip_source": "residential proxies in each owner's region",
            "payment": "original owners' cards",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of paid people pasting tasks from phones and laptops


def butt_end(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "butt_end"
    n = irange(rng, 40, 70)
    mobile_kind = {5: "in_mobile", -3: "br_mobile", 1: "eu_mobile"}
    workers = []
    for _ in range(n):
        tz = pick(rng, (5, 5, 8, 3, 1, -3))
        on_phone = tz in mobile_kind and chance(rng, 0.55)
        ua = pick(rng, bb.MOBILE) if on_phone else pick(rng, bb.BROWSERS + BG_BROWSER)
        ips = bb.mobile_v6(rng, 1, mobile_kind[tz]) if on_phone else bb.home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="crowd_worker",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        onboard = ctx.release + rng.uniform(-1.5, 1.5) * DAY
        sessions = bb.session_times(
            rng,
            onboard,
            ctx.t1,
            rng.uniform(0.8, 2.5),
            bb.evening_person(tz),
            rng.uniform(3, 7),
            70.0,
            0.7,
        )
        ip_col = []
        for sess in sessions:
            ip = bb.mobile_v6(rng, 1, mobile_kind[tz])[0] if on_phone else ips[0]
            ip_col.extend([ip] * len(sess))
        ts = np.concatenate(sessions) if sessions else np.empty(0)
        workers.append((acct, ts, ip_col))
    # one shared task list, handed out in order of work; a few tasks go to two people (spot checks)
    all_ts = np.concatenate([w[1] for w in workers])
    order = np.argsort(all_ts, kind="stable")
    tasks = [texts.crowd_task(rng, ctx.passages) for _ in range(len(all_ts))]
    for i in range(1, len(tasks)):
        if chance(rng, 0.03):
            tasks[i] = tasks[i - irange(rng, 1, min(i, 40))]
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    pos = 0
    for acct, ts, ip_col in workers:
        mine = [tasks[r] for r in rank[pos : pos + len(ts)].tolist()]
        pos += len(ts)
        ctx.emit(
            rng,
            acct,
            ts,
            mine,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            ips=ip_col,
            comp_median=520,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        [w[0] for w in workers],
        {
            "operation": "translation and explanation harvest via paid crowd",
            "accounts": n,
            "payment": "each worker's own card",
            "ip_source": "carrier IPv6 and home broadband",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay (ShareGPT) against the new model, common SDK, residential proxies


def kilt(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "kilt"
    n_keys = irange(rng, 12, 20)
    ua = BG_SDK[0]
    region = pick(rng, ("us", "eu", "*"))
    accts, streams = [], []
    curve = bb.global_load(rng.uniform(12, 18), 0.45)
    for _ in range(n_keys):
        pool = bb.resi(rng, irange(rng, 15, 40), region)
        acct = ctx.account(
            rng, label=LABEL, family=name, role="replayer", campaign_id=cid, ua=ua, ips=pool
        )
        a = ctx.release - rng.uniform(0.0, 0.4) * DAY
        ts = bb.thinned(rng, a, ctx.t1, rng.uniform(2, 5) * (ctx.t1 - a) / HOUR, curve)
        accts.append(acct)
        streams.append((acct, ts, bb.sticky(rng, ts, pool, rng.uniform(1, 3) * HOUR)))
    all_ts = np.concatenate([s[1] for s in streams])
    rank = np.empty(len(all_ts), dtype=np.int64)
    rank[np.argsort(all_ts, kind="stable")] = np.arange(len(all_ts))
    offset = irange(rng, 0, len(ctx.chat) - 1)
    pos = 0
    for acct, ts, ips in streams:
        prompts = [
            ctx.chat[(offset + r) % len(ctx.chat)] for r in rank[pos : pos + len(ts)].tolist()
        ]
        pos += len(ts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            ips=ips,
            comp_median=420,
            comp_sigma=0.7,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public prompt replay",
            "keys": n_keys,
            "proxy_region": region,
            "user_agent": ua,
            "dataset_offset": offset,
            "payment": "card per key",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "caber_tosser": caber_tosser,
    "clean_toss": clean_toss,
    "twelve_oclock": twelve_oclock,
    "cradle_grip": cradle_grip,
    "run_up": run_up,
    "heave": heave,
    "sporran": sporran,
    "braemar": braemar,
    "larch_trunk": larch_trunk,
    "small_end": small_end,
    "butt_end": butt_end,
    "kilt": kilt,
}

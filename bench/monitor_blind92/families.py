"""Campaign families of blind batch 92 (code names from track cycling).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
events through `ctx.emit`, and records the campaign with `ctx.campaign`. Every parameter (account
counts, volumes, pacing, address sources, languages, prompt styles) is drawn per seed.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, chance, irange, pick
from bench.monitor_blind92 import texts as tx

LABEL = "campaign"


def _styles(rng: np.random.Generator, pool: tuple[str, ...], lo: int, hi: int) -> list[str]:
    k = min(len(pool), irange(rng, lo, hi))
    return [str(s) for s in rng.choice(pool, size=k, replace=False)]


def _payments(rng: np.random.Generator, n: int, mode: str) -> list[str]:
    """Billing instruments of n accounts: one shared card, a few cards round-robin, or one each."""
    if mode == "shared":
        return [bb.hexid(rng, "pay")] * n
    if mode == "few":
        cards = [bb.hexid(rng, "pay") for _ in range(max(1, n // irange(rng, 3, 6)))]
        return [cards[i % len(cards)] for i in range(n)]
    return [bb.hexid(rng, "pay") for _ in range(n)]


def _orgs(rng: np.random.Generator, n: int, mode: str) -> list[str]:
    if mode == "shared":
        return [bb.hexid(rng, "org")] * n
    return [bb.hexid(rng, "org") for _ in range(n)]


def _cut(ts: np.ndarray, a: float, b: float) -> np.ndarray:
    ts = np.asarray(ts)
    return ts[(ts >= a) & (ts < b)]


# --------------------------------------------------------------------------------------------


def derny_pacer(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion on the new model: a queue of maths/logic problems wrapped in
    instructions that force the whole chain of thought out, drained by a pool of keys."""
    fam = "derny_pacer"
    n = irange(rng, 10, 18)
    provider = pick(rng, ("hetzner", "ovh", "vultr", "digitalocean", "contabo", "linode"))
    ip_mode = pick(rng, ("rented_block", "per_account_vm", "two_providers"))
    if ip_mode == "rented_block":
        pool = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
        ips = [list(bb.picks(rng, pool, irange(rng, 1, 3))) for _ in range(n)]
    elif ip_mode == "per_account_vm":
        ips = [bb.cloud(rng, 1, provider) for _ in range(n)]
    else:
        other = pick(rng, ("aws", "gcp", "azure", "oracle"))
        ips = [bb.cloud(rng, irange(rng, 1, 2), provider if i % 2 else other) for i in range(n)]
    pay_mode = pick(rng, ("few", "distinct", "distinct"))
    pays, orgs = _payments(rng, n, pay_mode), _orgs(rng, n, pick(rng, ("shared", "distinct")))
    ua_mode = pick(rng, ("one", "per_account"))
    ua0 = bb.sdk_ua(rng, 0.4)
    styles = _styles(rng, tx.COT_STYLES, 2, 4)
    langs = ["en"] * irange(rng, 3, 6) + _styles(
        rng, ("zh", "ru", "es", "de", "ja", "fr", "pt"), 1, 3
    )
    tz = pick(rng, bb.TZS)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=ua0 if ua_mode == "one" else bb.sdk_ua(rng, 0.3),
            ips=ips[i],
            tz=tz,
        )
        for i in range(n)
    ]
    start = ctx.release + float(rng.uniform(-1.5, 0.5)) * DAY
    per_hour = float(rng.uniform(18, 45)) * n / 12
    curve = pick(
        rng,
        (
            bb.constant,
            bb.global_load(float(rng.uniform(0, 24)), 0.4),
            bb.workday(tz, 7.0, 23.0, weekend=0.6, night=0.15),
        ),
    )
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n, curve)
    # a small probe on the old model days before: the pipeline being tested
    probe = irange(rng, 0, 3)
    for i, (acct, ts) in enumerate(zip(accts, streams, strict=True)):
        if i < probe:
            ts = np.sort(
                np.concatenate(
                    [
                        ts,
                        bb.thinned(
                            rng, ctx.t0 + DAY, ctx.release, irange(rng, 10, 40), bb.constant
                        ),
                    ]
                )
            )
        prompts = [tx.cot_prompt(rng, pick(rng, styles), pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            comp_median=float(rng.uniform(900, 1700)),
            comp_sigma=0.5,
            err=float(rng.uniform(0.01, 0.05)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "accounts": n,
            "ip_source": ip_mode,
            "provider": provider,
            "payment": pay_mode,
            "user_agent": ua_mode,
            "pacing": "worker_pool",
            "per_hour": round(per_hour, 1),
            "styles": styles,
            "languages": sorted(set(langs)),
            "probe_accounts": probe,
        },
    )


def team_pursuit(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reward-model data: ShareGPT questions paired with answers, sent for rubric scores, pairwise
    verdicts and critique-plus-rewrite, in scripted batches during one office's working hours."""
    fam = "team_pursuit"
    n = irange(rng, 8, 14)
    tz = pick(rng, (8, 8, 3, 9, 2, -5))
    provider = pick(rng, ("alibaba", "tencent", "aws", "gcp", "huawei", "ucloud"))
    ip_mode = pick(rng, ("cloud_per_account", "office_nat_plus_cloud"))
    office = bb.home(rng, 1, tz)
    ips = [
        bb.cloud(rng, irange(rng, 1, 2), provider)
        + (office if ip_mode != "cloud_per_account" else [])
        for _ in range(n)
    ]
    pay_mode = pick(rng, ("shared", "few", "distinct"))
    pays, orgs = _payments(rng, n, pay_mode), _orgs(rng, n, pick(rng, ("shared", "distinct")))
    styles = _styles(rng, tx.GRADE_STYLES, 2, 4)
    ua = bb.sdk_ua(rng, 0.5)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="grader",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=ua,
            ips=ips[i],
            tz=tz,
        )
        for i in range(n)
    ]
    batches_per_day = float(rng.uniform(1.5, 4.0))
    batch_size = float(rng.uniform(12, 40))
    gap = float(rng.uniform(1.5, 9.0))
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    for acct in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, batches_per_day * (ctx.t1 - start) / DAY, bb.workday(tz)
        )
        trains = bb.bursts(rng, starts, batch_size, gap, 0.4, ctx.t1)
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            q = pick(rng, ctx.chat)
            prompts.append(
                tx.grading_prompt(
                    rng, pick(rng, styles), q, pick(rng, ctx.passages), pick(rng, ctx.passages)
                )
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=float(rng.uniform(380, 700)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reward_model_grading",
            "accounts": n,
            "tz": tz,
            "provider": provider,
            "ip_source": ip_mode,
            "payment": pay_mode,
            "pacing": "office_hours_bursts",
            "batches_per_day": round(batches_per_day, 2),
            "batch_size": round(batch_size, 1),
            "styles": styles,
        },
    )


def madison_sling(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvesting relayed through short-lived accounts: each account lives for
    one 'shift', runs persona conversations with human-ish think time through a residential
    proxy with sticky sessions, and hands over to the next freshly opened account."""
    fam = "madison_sling"
    n = irange(rng, 16, 26)
    region = pick(rng, ("us", "eu", "latam", "sea", "*"))
    proxy = bb.resi(rng, irange(rng, 150, 500), region)
    hold = float(rng.uniform(8, 35)) * MINUTE
    langs = _styles(rng, tx.DIALOGUE_LANGS, 1, 3)
    if "en" not in langs:
        langs.append("en")
    ua_mode = pick(rng, ("browser", "sdk"))
    pay_mode = pick(rng, ("distinct", "distinct", "few"))
    pays = _payments(rng, n, pay_mode)
    begin = ctx.t0 + float(rng.uniform(0.2, 2.0)) * DAY
    shift = (ctx.t1 - begin) / n * float(rng.uniform(1.0, 1.6))
    accts, vols = [], []
    for i in range(n):
        ua = pick(rng, bb.BROWSERS) if ua_mode == "browser" else bb.sdk_ua(rng, 0.3)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="relay",
            campaign_id=cid,
            pay=pays[i],
            ua=ua,
            ips=proxy[:1],
            tz=0,
        )
        accts.append(acct)
        a = begin + i * (ctx.t1 - begin) / n + float(rng.uniform(-0.1, 0.1)) * shift
        b = min(ctx.t1, a + shift)
        ts_all, prompts, extra = [], [], []
        t = a
        while t < b:
            turns = irange(rng, 4, 10)
            lang = pick(rng, langs)
            ctx_tok = 0
            for k in range(turns):
                if t >= b:
                    break
                ts_all.append(t)
                prompts.append(
                    tx.dialogue_opener(rng, lang) if k == 0 else tx.dialogue_followup(rng, lang)
                )
                extra.append(ctx_tok)
                ctx_tok += int(rng.integers(350, 900))
                t += float(rng.lognormal(np.log(45.0), 0.6))
            t += float(rng.lognormal(np.log(420.0), 0.9))
        ts = np.asarray(ts_all)
        vols.append(len(ts))
        ips = bb.sticky(rng, ts, proxy, hold)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            ips=ips if len(ts) else None,
            comp_median=float(rng.uniform(300, 550)),
            extra=np.asarray(extra, dtype=np.int64),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_relay",
            "accounts": n,
            "ip_source": "residential_proxy_sticky",
            "region": region,
            "hold_minutes": round(hold / 60, 1),
            "shift_hours": round(shift / HOUR, 1),
            "payment": pay_mode,
            "user_agent": ua_mode,
            "languages": langs,
            "events_per_account": vols,
        },
    )


def flying_lap(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low-and-slow: many small accounts that each behave like one person at home in the evening,
    asking for long explanations along a topic curriculum, with a share of ordinary chat mixed in."""
    fam = "flying_lap"
    n = irange(rng, 30, 45)
    langs = ["en"] * irange(rng, 2, 4) + _styles(rng, tx.CASUAL_LANGS[1:], 1, 3)
    p_chat = float(rng.uniform(0.15, 0.4))
    per_day = float(rng.uniform(0.5, 1.6))
    pay_mode = pick(rng, ("distinct", "distinct", "few"))
    pays = _payments(rng, n, pay_mode)
    accts, vols = [], []
    for i in range(n):
        tz = pick(rng, bb.TZS)
        mobile = chance(rng, 0.35)
        ua = pick(rng, bb.MOBILE if mobile else bb.BROWSERS)
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="low_slow",
            campaign_id=cid,
            pay=pays[i],
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = bb.session_times(
            rng,
            a,
            ctx.t1,
            per_day,
            bb.evening_person(tz),
            float(rng.uniform(2, 4.5)),
            float(rng.uniform(90, 300)),
        )
        ts = np.sort(np.concatenate(sessions)) if sessions else np.empty(0)
        lang = pick(rng, langs)
        prompts = [
            pick(rng, ctx.chat) if chance(rng, p_chat) else tx.casual_question(rng, lang)
            for _ in range(len(ts))
        ]
        vols.append(len(ts))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.1),
            comp_median=float(rng.uniform(600, 1100)),
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_curriculum",
            "accounts": n,
            "ip_source": "home_isp_per_account",
            "payment": pay_mode,
            "pacing": "evening_sessions",
            "sessions_per_day": round(per_day, 2),
            "chat_share": round(p_chat, 2),
            "languages": sorted(set(langs)),
            "events_per_account": vols,
        },
    )


def omnium_sweep(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep over topics x levels x formats, one language per key, run by cron in a
    nightly window from cheap hosting."""
    fam = "omnium_sweep"
    n = irange(rng, 8, 14)
    langs = _styles(rng, tx.LANGS, 5, 9)
    style = pick(rng, tx.SWEEP_STYLES)
    style2 = pick(rng, tx.SWEEP_STYLES)
    levels = irange(rng, 3, 5)
    tz = pick(rng, bb.TZS)
    start_h, hours = float(rng.uniform(0, 23)), float(rng.uniform(4, 9))
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway", "selectel", "leaseweb"))
    shared_ip = chance(rng, 0.5)
    ip0 = bb.cloud(rng, 1, provider)
    pay_mode = pick(rng, ("shared", "few", "distinct"))
    pays, orgs = _payments(rng, n, pay_mode), _orgs(rng, n, pick(rng, ("shared", "distinct")))
    ua = bb.sdk_ua(rng, 0.6)
    rate = float(rng.uniform(10, 35))  # per hour inside the window
    accts, vols = [], []
    for i in range(n):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=ua,
            ips=ip0 if shared_ip else bb.cloud(rng, 1, provider),
            tz=tz,
        )
        accts.append(acct)
        a = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
        ts = bb.thinned(
            rng,
            a,
            ctx.t1,
            rate * hours / 24.0 * (ctx.t1 - a) / HOUR,
            bb.nightly(start_h + float(rng.uniform(-0.5, 0.5)), hours, tz),
        )
        lang = langs[i % len(langs)]
        st = style if i % 3 else style2
        prompts = [tx.sweep_prompt(rng, st, lang, k, levels) for k in range(len(ts))]
        vols.append(len(ts))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=float(rng.uniform(1000, 1800)),
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "accounts": n,
            "languages": langs,
            "styles": sorted({style, style2}),
            "levels": levels,
            "provider": provider,
            "shared_ip": shared_ip,
            "payment": pay_mode,
            "pacing": "nightly_cron",
            "window": [round(start_h, 1), round(hours, 1)],
            "tz": tz,
            "events_per_account": vols,
        },
    )


def stayers_line(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """A real writing-assistant product whose keys carry genuine users' requests; after the new
    model appears the operator slips harvest jobs into the same keys, servers and wrapper."""
    fam = "stayers_line"
    n = irange(rng, 2, 5)
    brand = pick(rng, ("Quillo", "Penwise", "Draftly", "Scribblr", "Wordsmyth", "Lexa"))
    provider = pick(rng, ("aws", "gcp", "azure"))
    servers = bb.cloud(rng, irange(rng, 2, 5), provider)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.58.1", "axios/1.7.9"))
    share = float(rng.uniform(0.08, 0.25))
    ramp = float(rng.uniform(0.0, 1.5)) * DAY
    peak = float(rng.uniform(12, 20))
    accts, vols = [], []
    for _ in range(n):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=servers,
            tz=0,
        )
        accts.append(acct)
        total = float(rng.uniform(900, 2600))
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, total, bb.global_load(peak, float(rng.uniform(0.3, 0.7)))
        )
        hidden_start = ctx.release + ramp
        hidden = (ts >= hidden_start) & (rng.random(len(ts)) < share)
        prompts = [
            tx.product_harvest_prompt(rng, brand)
            if h
            else tx.product_user_prompt(rng, brand, pick(rng, ctx.chat))
            for h in hidden.tolist()
        ]
        comp = np.where(hidden, float(rng.uniform(900, 1500)), float(rng.uniform(220, 400)))
        vols.append(len(ts))
        models = ctx.models(rng, ts, p_new=float(rng.uniform(0.5, 0.8)), p_mini=0.2)
        models = [ctx.new_model if h else m for h, m in zip(hidden.tolist(), models, strict=True)]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=models,
            comp_median=comp,
            err=0.01,
            extra=irange(rng, 60, 180),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product",
            "accounts": n,
            "brand": brand,
            "provider": provider,
            "hidden_share": round(share, 3),
            "hidden_from_release_plus_h": round(ramp / HOUR, 1),
            "payment": "shared",
            "pacing": "product_global_load",
            "events_per_account": vols,
        },
    )


def bell_lap(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n and soft-label sampling: every item is sent n times in a tight train (sampling
    many completions or confidence readouts per item), from a rented /24."""
    fam = "bell_lap"
    n = irange(rng, 5, 10)
    provider = pick(rng, ("m247", "leaseweb", "vultr", "ovh", "aws"))
    block = bb.rented_block(rng, provider, 1, max(n, 8))
    styles = _styles(rng, tx.SAMPLE_STYLES, 2, 3)
    nsamp_lo, nsamp_hi = irange(rng, 3, 6), irange(rng, 8, 16)
    p_chat = float(rng.uniform(0.1, 0.35))
    items_per_hour = float(rng.uniform(0.8, 2.5))
    pay_mode = pick(rng, ("shared", "few", "distinct"))
    pays = _payments(rng, n, pay_mode)
    ua = pick(
        rng,
        (
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.54.0",
        ),
    )
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="sampler",
            campaign_id=cid,
            pay=pays[i],
            ua=ua,
            ips=[block[i % len(block)]],
            tz=0,
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(0, 1.0)) * DAY
    for acct in accts:
        items = bb.thinned(
            rng, start, ctx.t1, items_per_hour * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts_l, pr_l = [], []
        for s in items.tolist():
            k = irange(rng, nsamp_lo, nsamp_hi)
            p = (
                pick(rng, ctx.chat)
                if chance(rng, p_chat)
                else tx.sample_item(rng, pick(rng, styles))
            )
            ts_l.extend((s + np.cumsum(rng.exponential(1.2, size=k))).tolist())
            pr_l.extend([p] * k)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=float(rng.uniform(40, 250)),
            comp_sigma=0.9,
            err=float(rng.uniform(0.02, 0.08)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "accounts": n,
            "provider": provider,
            "ip_source": "rented_24",
            "styles": styles,
            "n_samples": [nsamp_lo, nsamp_hi],
            "chat_share": round(p_chat, 2),
            "items_per_hour": round(items_per_hour, 1),
            "payment": pay_mode,
        },
    )


def keirin_motorbike(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Tool-use / agent trajectories: task plus tool schema, asking the model to produce the whole
    simulated trajectory; agent-framework clients behind a residential proxy pool."""
    fam = "keirin_motorbike"
    n = irange(rng, 8, 14)
    region = pick(rng, ("us", "eu", "in", "sea", "jp_kr"))
    proxy = bb.resi(rng, irange(rng, 60, 300), region)
    hold = float(rng.uniform(3, 20)) * MINUTE
    styles = _styles(rng, tx.AGENT_STYLES, 2, 4)
    uas = (
        "langchain-openai/0.3.6",
        "dspy/2.6.3 litellm/1.60.2",
        "litellm/1.60.2",
        "semantic-kernel-dotnet/1.36.0",
        "OpenAI/Python 1.63.2",
    )
    ua_mode = pick(rng, ("one", "per_account"))
    ua0 = pick(rng, uas)
    pay_mode = pick(rng, ("few", "distinct"))
    pays = _payments(rng, n, pay_mode)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pays[i],
            ua=ua0 if ua_mode == "one" else pick(rng, uas),
            ips=proxy[:1],
            tz=0,
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(-0.3, 1.5)) * DAY
    per_hour = float(rng.uniform(2.0, 6.0)) * n
    streams = bb.worker_pool(
        rng, start, ctx.t1, per_hour, n, bb.global_load(float(rng.uniform(0, 24)), 0.5)
    )
    for acct, ts in zip(accts, streams, strict=True):
        prompts = [tx.agent_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93),
            ips=bb.sticky(rng, ts, proxy, hold) if len(ts) else None,
            comp_median=float(rng.uniform(900, 1600)),
            err=0.02,
            extra=rng.integers(300, 1400, size=len(ts)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_trajectory_harvest",
            "accounts": n,
            "ip_source": "residential_proxy_sticky",
            "region": region,
            "hold_minutes": round(hold / 60, 1),
            "styles": styles,
            "user_agent": ua_mode,
            "payment": pay_mode,
            "pacing": "worker_pool",
            "per_hour": round(per_hour, 1),
        },
    )


def devil_takes_hindmost(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Throwaway accounts: each opened, run hard for a few hours on synthetic-dataset generation,
    then abandoned; prepaid cards reused across some of them; rotating exits."""
    fam = "devil_takes_hindmost"
    n = irange(rng, 20, 34)
    exit_mode = pick(rng, ("residential_rotating", "vpn_datacenter", "mixed"))
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "digitalocean"))
    pay_mode = pick(rng, ("few", "few", "distinct"))
    pays = _payments(rng, n, pay_mode)
    styles = _styles(rng, tx.SYNTH_STYLES, 2, 4)
    langs = ["en"] * 3 + _styles(rng, ("zh", "es", "ru", "ko", "tr", "id", "pt"), 1, 3)
    accts, life = [], []
    for i in range(n):
        ua = bb.sdk_ua(rng, 0.2)
        mode = (
            exit_mode
            if exit_mode != "mixed"
            else pick(rng, ("residential_rotating", "vpn_datacenter"))
        )
        pool = (
            bb.resi(rng, 40, "*")
            if mode == "residential_rotating"
            else bb.cloud(rng, irange(rng, 1, 3), vpn)
        )
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="throwaway",
            campaign_id=cid,
            pay=pays[i],
            ua=ua,
            ips=pool,
            tz=0,
        )
        accts.append(acct)
        a = float(rng.uniform(ctx.t0 + 0.3 * DAY, ctx.t1 - 0.3 * DAY))
        hours = float(rng.uniform(2, 12))
        vol = irange(rng, 30, 150)
        ts = _cut(np.sort(rng.uniform(a, a + hours * HOUR, size=vol)), ctx.t0, ctx.t1)
        lang = pick(rng, langs)
        prompts = [tx.synth_prompt(rng, pick(rng, styles), lang) for _ in range(len(ts))]
        life.append(round(hours, 1))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=float(rng.uniform(1200, 2200)),
            comp_sigma=0.4,
            err=float(rng.uniform(0.02, 0.1)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "throwaway_synthetic_data",
            "accounts": n,
            "ip_source": exit_mode,
            "vpn_provider": vpn,
            "payment": pay_mode,
            "styles": styles,
            "languages": sorted(set(langs)),
            "lifetime_hours": life,
        },
    )


def cote_d_azur(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Alignment-data harvest by a state-linked lab: ideal responses to borderline requests,
    refusal contrasts, neutral rewrites and critique-revise pairs, in Chinese and English, from
    domestic cloud or foreign VPN exits during the office's day."""
    fam = "cote_d_azur"
    n = irange(rng, 6, 10)
    tz = 8
    ip_mode = pick(rng, ("domestic_cloud", "vpn_exits", "both"))
    dom = pick(rng, ("alibaba", "tencent", "huawei"))
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "linode"))
    styles = _styles(rng, tx.ALIGN_STYLES, 2, 4)
    p_zh = float(rng.uniform(0.2, 0.6))
    pay_mode = pick(rng, ("shared", "few"))
    pays = _payments(rng, n, pay_mode)
    org = bb.hexid(rng, "org")
    accts = []
    for i in range(n):
        if ip_mode == "domestic_cloud":
            ips = bb.cloud(rng, irange(rng, 1, 2), dom)
        elif ip_mode == "vpn_exits":
            ips = bb.cloud(rng, irange(rng, 2, 5), vpn)
        else:
            ips = bb.cloud(rng, 1, dom) + bb.cloud(rng, irange(rng, 1, 3), vpn)
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org if chance(rng, 0.5) else None,
                pay=pays[i],
                ua=bb.sdk_ua(rng, 0.6),
                ips=ips,
                tz=tz,
            )
        )
    per_day = float(rng.uniform(40, 110))
    for acct in accts:
        a = ctx.t0 + float(rng.uniform(0.0, 2.0)) * DAY
        sess = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(2, 5)),
            bb.workday(tz, 9.0, 21.0, 0.3, 0.05),
            per_day / 3.5,
            float(rng.uniform(6, 30)),
            0.7,
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        prompts = [
            tx.align_prompt(
                rng, pick(rng, styles), pick(rng, ctx.passages), "zh" if chance(rng, p_zh) else "en"
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=float(rng.uniform(500, 900)),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "alignment_data_harvest",
            "accounts": n,
            "ip_source": ip_mode,
            "domestic_provider": dom,
            "vpn_provider": vpn,
            "styles": styles,
            "zh_share": round(p_zh, 2),
            "payment": pay_mode,
            "tz": tz,
            "pacing": "office_sessions",
        },
    )


def individual_pursuit(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Replay of a public chat-log corpus against the new model: ordinary human prompts, each used
    once across the campaign, from keys that each sit on one residential address in one region
    and keep long but not round-the-clock hours."""
    fam = "individual_pursuit"
    n = irange(rng, 12, 20)
    pay_mode = pick(rng, ("distinct", "few"))
    pays = _payments(rng, n, pay_mode)
    ua_mode = pick(rng, ("sdk_mix", "browser_mix"))
    order = rng.permutation(len(ctx.chat))
    used = 0
    accts, vols = [], []
    for i in range(n):
        tz = pick(rng, bb.TZS)
        ua = bb.sdk_ua(rng, 0.5) if ua_mode == "sdk_mix" else pick(rng, bb.BROWSERS)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pays[i],
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        accts.append(acct)
        a = ctx.release + float(rng.uniform(0.0, 1.0)) * DAY
        rate = float(rng.uniform(25, 90))  # per active day
        curve = bb.workday(
            tz, float(rng.uniform(7, 9.5)), float(rng.uniform(19, 23.5)), weekend=0.7, night=0.05
        )
        ts = bb.thinned(rng, a, ctx.t1, rate * (ctx.t1 - a) / DAY, curve)
        k = len(ts)
        idx = order[(used + np.arange(k)) % len(order)]
        used += k
        prompts = [ctx.chat[j] for j in idx.tolist()]
        vols.append(k)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=1.0),
            comp_median=float(rng.uniform(350, 650)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "accounts": n,
            "ip_source": "home_isp",
            "payment": pay_mode,
            "user_agent": ua_mode,
            "pacing": "long_day_poisson",
            "events_per_account": vols,
            "unique_prompts": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "derny_pacer": derny_pacer,
    "team_pursuit": team_pursuit,
    "madison_sling": madison_sling,
    "flying_lap": flying_lap,
    "omnium_sweep": omnium_sweep,
    "stayers_line": stayers_line,
    "bell_lap": bell_lap,
    "keirin_motorbike": keirin_motorbike,
    "devil_takes_hindmost": devil_takes_hindmost,
    "cote_d_azur": cote_d_azur,
    "individual_pursuit": individual_pursuit,
}

"""Campaign families of batch 191 (code names from shogi). Each is a generator
`family(ctx, rng, campaign_id)` that creates its accounts, writes their events to the shared sink
and records its truth. Everything (key counts, orgs, cards, pacing, addresses, user agents,
languages, templates, model choice) is drawn from the family's own generator.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, Ctx, chance, irange, pick
from bench.monitor_blind191 import texts as tx

Rng = np.random.Generator


def _langs(rng: Rng, names: list[str], weights: list[float], n: int) -> list[str]:
    p = np.asarray(weights, dtype=np.float64)
    return [names[i] for i in rng.choice(len(names), size=n, p=p / p.sum()).tolist()]


def _cards(rng: Rng, n_keys: int, n_cards: int) -> list[str]:
    """`n_cards` billing fingerprints spread over `n_keys` keys (each card used at least once)."""
    cards = [bb.hexid(rng, "pay") for _ in range(max(1, n_cards))]
    order = list(range(n_keys))
    rng.shuffle(order)
    out = [""] * n_keys
    for j, i in enumerate(order):
        out[i] = cards[j % len(cards)]
    return out


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _f(x) -> float:
    return round(float(x), 3)


# --------------------------------------------------------------------------------------------


def tokin(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion from rented hosting blocks, a Poisson worker pool, key rotation."""
    fam = "tokin"
    n = irange(rng, 10, 22)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    pool = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    n_cards = irange(rng, 2, max(2, n // 3))
    cards = _cards(rng, n, n_cards)
    org_mode = pick(rng, ("per_key", "few"))
    orgs = [bb.hexid(rng, "org") for _ in range(3)]
    start = ctx.release - float(rng.uniform(1.2, 2.6)) * DAY
    # two waves of keys: the first is retired a while after release, the second takes over
    cut = ctx.release + float(rng.uniform(0.3, 1.2)) * DAY
    langs_w = [
        0.5,
        float(rng.uniform(0.1, 0.3)),
        float(rng.uniform(0.05, 0.2)),
        float(rng.uniform(0.05, 0.2)),
    ]
    per_hour = float(rng.uniform(35, 60))
    accts = []
    for i in range(n):
        ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
        ips = [pick(rng, pool) for _ in range(irange(rng, 1, 3))]
        org = bb.hexid(rng, "org") if org_mode == "per_key" else pick(rng, orgs)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=cards[i],
                ua=ua,
                ips=ips,
            )
        )
    n0 = n // 2
    streams = bb.worker_pool(rng, start, cut + 0.2 * DAY, per_hour, n0) + bb.worker_pool(
        rng, cut, ctx.t1, per_hour, n - n0
    )
    for i, a in enumerate(accts):
        ts = streams[i]
        langs = _langs(rng, ["en", "zh", "ru", "es"], langs_w, len(ts))
        styles = rng.integers(0, 4, size=len(ts)).tolist()
        prompts = [tx.trace_prompt(rng, lg, s) for lg, s in zip(langs, styles, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            comp_median=1150,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool_two_key_waves",
            "per_hour": _f(per_hour),
            "ip_source": f"hosting_block:{provider}",
            "payment": f"prepaid_cards:{n_cards}",
            "orgs": org_mode,
            "languages": ["en", "zh", "ru", "es"],
            "start": _f(start),
            "wave_cut": _f(cut),
        },
    )


def kyosha(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Judge / rubric / reward-model grading fired in batch jobs from one start-up's cloud."""
    fam = "kyosha"
    n = irange(rng, 6, 11)
    provider = pick(rng, ("aws", "gcp"))
    org = bb.hexid(rng, "org")
    cards = _cards(rng, n, 2)
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    bursts_per_day = float(rng.uniform(3, 5))
    size = float(rng.uniform(18, 32))
    lang_w = [0.6, float(rng.uniform(0.1, 0.25)), float(rng.uniform(0.1, 0.25))]
    accts = []
    for i in range(n):
        ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=cards[i],
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        accts.append(a)
        starts = bb.thinned(
            rng, start, ctx.t1, bursts_per_day * (ctx.t1 - start) / DAY, bb.constant
        )
        ts = _cat(bb.bursts(rng, starts, size, float(rng.uniform(0.8, 2.5)), 0.5, ctx.t1))
        langs = _langs(rng, ["en", "de", "ja"], lang_w, len(ts))
        styles = rng.integers(0, 4, size=len(ts)).tolist()
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, lg, s)
            for lg, s in zip(langs, styles, strict=True)
        ]
        comp = [tx.judge_completion(s, lg) for lg, s in zip(langs, styles, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=np.asarray(comp),
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "batch_bursts",
            "bursts_per_day": _f(bursts_per_day),
            "burst_size": _f(size),
            "ip_source": f"cloud:{provider}",
            "payment": "two_company_cards",
            "orgs": "one",
            "languages": ["en", "de", "ja"],
            "start": _f(start),
        },
    )


def keima(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Policy-safe rewrites through residential proxies with sticky sessions, stolen cards."""
    fam = "keima"
    n = irange(rng, 14, 26)
    region_pool = bb.resi(rng, irange(rng, 120, 260), "us") + bb.resi(
        rng, irange(rng, 60, 160), "eu"
    )
    hold = float(rng.uniform(10, 40)) * MINUTE
    start = ctx.release - float(rng.uniform(2.0, 3.0)) * DAY
    per_hour = float(rng.uniform(28, 45))
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.5)))
    lang_w = [0.35, 0.35, 0.15, 0.15]
    accts = []
    for _ in range(n):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else pick(rng, tx.BG_BROWSER)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                ua=ua,
                ips=region_pool[:1],
            )
        )
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n, curve)
    for a, ts in zip(accts, streams, strict=True):
        langs = _langs(rng, ["zh", "en", "ru", "ar"], lang_w, len(ts))
        styles = rng.integers(0, 4, size=len(ts)).tolist()
        prompts = [
            tx.rewrite_prompt(rng, ctx.passages, lg, s) for lg, s in zip(langs, styles, strict=True)
        ]
        ips = bb.sticky(rng, ts + float(rng.uniform(0, hold)), region_pool, hold)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips,
            comp_median=480,
            comp_sigma=0.55,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship_safe_policy_rewrites",
            "pacing": "poisson_worker_pool_global_curve",
            "per_hour": _f(per_hour),
            "ip_source": "residential_proxy_sticky",
            "sticky_hold_s": _f(hold),
            "payment": "stolen_card_per_key",
            "orgs": "per_key",
            "languages": ["zh", "en", "ru", "ar"],
            "start": _f(start),
        },
    )


def ginsho(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent / tool-use transcripts: episodes of consecutive steps from a few cloud keys."""
    fam = "ginsho"
    n = irange(rng, 4, 8)
    provider = pick(rng, ("gcp", "azure", "oracle"))
    orgs = [bb.hexid(rng, "org") for _ in range(max(1, n // 2))]
    card = bb.hexid(rng, "pay")
    start = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    eps_per_day = float(rng.uniform(11, 18))
    accts = []
    for i in range(n):
        ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        accts.append(a)
        starts = bb.thinned(rng, start, ctx.t1, eps_per_day * (ctx.t1 - start) / DAY, bb.constant)
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            lang = pick(rng, ("en", "en", "en", "ko", "pt"))
            style = irange(rng, 0, 2)
            task = tx.agent_task(rng, lang)
            k = irange(rng, 4, 13)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.6, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.agent_step(rng, task, j, lang, style))
                extra.append(500 + 320 * j)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[o] for o in order.tolist()]
        extra_a = np.asarray(extra)[order]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=240,
            comp_sigma=0.6,
            err=0.02,
            extra=extra_a,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "episodes_of_steps",
            "episodes_per_day_per_key": _f(eps_per_day),
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "orgs": "one_per_two_keys",
            "languages": ["en", "ko", "pt"],
            "start": _f(start),
        },
    )


def kakugyo(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic-dataset generation in nightly windows from small VPS hosts; long completions."""
    fam = "kakugyo"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("vultr", "digitalocean", "linode"))
    org = bb.hexid(rng, "org")
    tz = pick(rng, (8, 3, 2))
    night = bb.nightly(float(rng.uniform(0, 3)), float(rng.uniform(4, 6)), tz)
    per_hour_in_window = float(rng.uniform(14, 24))
    start = ctx.t0 + float(rng.uniform(0.2, 1.5)) * DAY
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            ua="OpenAI/Python 1.63.2",
            ips=bb.cloud(rng, 1, provider),
        )
        accts.append(a)
        frac = 5.0 / 24.0
        ts = bb.thinned(
            rng, start, ctx.t1, per_hour_in_window * frac * (ctx.t1 - start) / HOUR, night
        )
        langs = _langs(rng, ["en", "fr", "id", "vi"], [0.5, 0.15, 0.15, 0.2], len(ts))
        prompts = [tx.dataset_prompt(rng, lg, irange(rng, 0, 3)) for lg in langs]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.88),
            comp_median=1900,
            comp_sigma=0.35,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly_window",
            "operator_tz": tz,
            "per_hour_in_window": _f(per_hour_in_window),
            "ip_source": f"vps:{provider}",
            "payment": "prepaid_card_per_key",
            "orgs": "one",
            "languages": ["en", "fr", "id", "vi"],
            "start": _f(start),
        },
    )


def hisha(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Multi-turn dialogue harvest over VPN exits with spoofed browser agents."""
    fam = "hisha"
    n = irange(rng, 18, 34)
    exits = bb.cloud(rng, irange(rng, 12, 20), "m247") + bb.cloud(
        rng, irange(rng, 8, 16), "leaseweb"
    )
    cards = _cards(rng, n, irange(rng, 3, 6))
    start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    conv_per_day = float(rng.uniform(4.5, 7.5))
    gap = float(rng.uniform(9, 20))
    lang_w = [0.5, 0.15, 0.1, 0.1, 0.15]
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="conversation_bot",
            campaign_id=cid,
            pay=cards[i],
            ua=pick(rng, bb.BROWSERS),
            ips=exits[:1],
        )
        accts.append(a)
        starts = bb.thinned(rng, start, ctx.t1, conv_per_day * (ctx.t1 - start) / DAY, bb.constant)
        ts_all, prompts, ips, extra = [], [], [], []
        for s in starts.tolist():
            lang = _langs(rng, ["en", "es", "pt", "fr", "de"], lang_w, 1)[0]
            k = irange(rng, 3, 9)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.45, size=k - 1))])
            ip = pick(rng, exits)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(
                    tx.dialogue_opener(rng, ctx.chat, lang)
                    if j == 0
                    else tx.dialogue_followup(rng, lang)
                )
                ips.append(ip)
                extra.append(420 * j)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[o] for o in order],
            models=ctx.models(rng, ts[order], p_new=0.92),
            ips=[ips[o] for o in order],
            comp_median=520,
            comp_sigma=0.5,
            extra=np.asarray(extra)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "bot_conversations",
            "conversations_per_day_per_key": _f(conv_per_day),
            "turn_gap_median_s": _f(gap),
            "ip_source": "vpn_exits:m247+leaseweb",
            "payment": "stolen_cards_shared",
            "orgs": "per_key",
            "languages": ["en", "es", "pt", "fr", "de"],
            "start": _f(start),
        },
    )


def ryuma(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n and soft-label sampling: the same prompt fired n times in a row."""
    fam = "ryuma"
    n = irange(rng, 7, 13)
    provs = [pick(rng, ("aws", "gcp", "oracle", "alibaba")) for _ in range(2)]
    orgs = [bb.hexid(rng, "org") for _ in range(2)]
    card = bb.hexid(rng, "pay")
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    groups_per_hour = float(rng.uniform(4.5, 7.0))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=card,
            ua=pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1")),
            ips=bb.cloud(rng, 2, provs[i % 2]),
        )
        for i in range(n)
    ]
    group_starts = bb.worker_pool(rng, start, ctx.t1, groups_per_hour, n)
    for a, gs in zip(accts, group_starts, strict=True):
        ts_all, prompts, comp = [], [], []
        for s in gs.tolist():
            style = pick(rng, (0, 1, 1, 2, 3))
            p = tx.sample_prompt(rng, ctx.chat, style)
            k = 1 if style == 2 else irange(rng, 4, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.7), 0.5, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * k)
            comp.extend([(90.0, 2.0, 900.0, 380.0)[style]] * k)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[o] for o in order],
            models=ctx.models(rng, ts[order], p_new=0.95, p_mini=0.0),
            comp_median=np.asarray(comp)[order],
            comp_sigma=0.4,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_label_sampling",
            "pacing": "repeat_groups_from_worker_pool",
            "groups_per_hour": _f(groups_per_hour),
            "ip_source": f"cloud:{provs[0]}+{provs[1]}",
            "payment": "one_card",
            "orgs": "two",
            "languages": ["en"],
            "start": _f(start),
        },
    )


def anaguma(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. A real writing product's API keys; its operator slips a concept-sweep harvest in the
    product's own wrapper into the product's own queue, growing after the release."""
    fam = "anaguma"
    product = pick(rng, ("Parchly", "Quillwise", "Draftkin", "Noteloom"))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 3, 5), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    roles = ["product_prod", "product_prod_eu", "product_batch"]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role=r,
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for r in roles
    ]
    curve = bb.global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.5, 0.7)))
    real_rate = float(rng.uniform(20, 28))
    h_start = ctx.t0 + float(rng.uniform(1.5, 2.5)) * DAY
    h_pre, h_post = float(rng.uniform(4, 7)), float(rng.uniform(10, 15))
    share = [0.55, 0.3, 0.15]
    sweep = tx.curriculum()
    off = irange(rng, 0, len(sweep) - 1)
    real = bb.thinned(rng, ctx.t0, ctx.t1, real_rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    harv = _cat(
        [
            bb.thinned(rng, h_start, ctx.release, h_pre * (ctx.release - h_start) / HOUR, curve),
            bb.thinned(rng, ctx.release, ctx.t1, h_post * (ctx.t1 - ctx.release) / HOUR, curve),
        ]
    )
    who_r = rng.choice(3, size=len(real), p=share)
    who_h = rng.choice(3, size=len(harv), p=[0.5, 0.3, 0.2])
    # the product moves a growing share of its users to the new model after release
    ramp = float(rng.uniform(0.15, 0.35))
    for i, a in enumerate(accts):
        tr, th = real[who_r == i], harv[who_h == i]
        days_after = np.clip((tr - ctx.release) / DAY, 0, None)
        p_new_r = np.where(tr >= ctx.release, np.minimum(0.6, ramp + 0.1 * days_after), 0.0)
        m_r = [
            ctx.new_model if u < p else (ctx.old_models[-1] if v < 0.12 else ctx.old_models[0])
            for u, v, p in zip(
                rng.random(len(tr)).tolist(),
                rng.random(len(tr)).tolist(),
                p_new_r.tolist(),
                strict=True,
            )
        ]
        ctx.emit(
            rng,
            a,
            tr,
            [tx.product_real(rng, product, ctx.chat) for _ in range(len(tr))],
            models=m_r,
            comp_median=320,
            comp_sigma=0.6,
            err=0.01,
        )
        hp = []
        for _ in range(len(th)):
            c, asp = sweep[off % len(sweep)]
            off += 1
            hp.append(tx.product_harvest(rng, product, c, asp))
        ctx.emit(
            rng,
            a,
            th,
            hp,
            models=ctx.models(rng, th, p_new=0.7, p_mini=0.0),
            comp_median=950,
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_hidden_in_product_traffic",
            "product": product,
            "pacing": "product_queue_global_curve",
            "real_per_hour": _f(real_rate),
            "harvest_per_hour_pre_post_release": [_f(h_pre), _f(h_post)],
            "harvest_start": _f(h_start),
            "ip_source": "cloud_nat:aws",
            "payment": "one_company_card",
            "orgs": "one",
            "languages": ["en"],
            "hard": True,
        },
    )


def yagura(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Bought aged personal accounts: ordinary history, then a person-paced expert-question
    sweep from residential proxies in each account's home region, pivoting around the release."""
    fam = "yagura"
    n = irange(rng, 28, 50)
    sweep = tx.curriculum()
    order = rng.permutation(len(sweep)).tolist()
    pos = 0
    pivots = []
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        home = bb.home(rng, irange(rng, 1, 2), tz)
        region = pick(rng, bb.ipspace.REGION_OF_TZ.get(tz, ("us",)))
        proxies = bb.resi(rng, irange(rng, 3, 8), region)
        ua = pick(rng, tx.BG_BROWSER + tx.BG_SDK[:1] + (tx.BG_PHONE,))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home,
            tz=tz,
        )
        accts.append(a)
        pivot = ctx.release + float(rng.uniform(-1.0, 1.0)) * DAY
        pivots.append(_f(pivot))
        lang = pick(rng, tx.LANG_OF_TZ[tz])
        # before: the original owner's ordinary use
        pre = bb.session_times(
            rng, ctx.t0, pivot, float(rng.uniform(0.8, 2.0)), bb.evening_person(tz), 3.0, 60.0, 0.9
        )
        ts_pre = _cat(pre)
        ctx.emit(
            rng,
            a,
            ts_pre,
            [tx._cut(pick(rng, ctx.chat), 1500) for _ in range(len(ts_pre))],
            models=ctx.models(rng, ts_pre, p_new=0.15),
            comp_median=340,
            comp_sigma=0.6,
        )
        # after: sessions of expert questions, person-paced, through proxies in the same region
        curve = bb.evening_person(tz) if chance(rng, 0.5) else bb.workday(tz, 9.0, 22.0, 0.5, 0.03)
        sessions = bb.session_times(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(3.0, 5.5)),
            curve,
            float(rng.uniform(4.0, 7.0)),
            float(rng.uniform(25, 50)),
            0.8,
        )
        ts_all, prompts, ips = [], [], []
        for sess in sessions:
            ip = pick(rng, proxies) if chance(rng, 0.8) else pick(rng, home)
            for t in sess.tolist():
                c, asp = sweep[order[pos % len(order)]]
                pos += 1
                ts_all.append(t)
                prompts.append(
                    tx.expert_question(rng, lang, c, asp)
                    if chance(rng, 0.85)
                    else tx._cut(pick(rng, ctx.chat), 800)
                )
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.45, 0.7))),
            ips=ips,
            comp_median=600,
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_expert_sweep",
            "pacing": "human_sessions_after_pivot",
            "pivots": pivots,
            "ip_source": "home_then_same_region_residential_proxy",
            "payment": "original_owner_cards",
            "orgs": "per_account",
            "languages": sorted({lg for v in tx.LANG_OF_TZ.values() for lg in v}),
            "hard": True,
        },
    )


_MOBILE_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}


def furibisha(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. A low-and-slow crowd of throwaway accounts on phones and residential proxies, each
    asking a handful of casual questions that together sweep a curriculum."""
    fam = "furibisha"
    n = irange(rng, 100, 150)
    sweep = tx.curriculum()
    off = irange(rng, 0, len(sweep) - 1)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        mob = _MOBILE_OF_TZ.get(tz)
        region = pick(rng, bb.ipspace.REGION_OF_TZ.get(tz, ("us",)))
        on_phone = mob is not None and chance(rng, 0.55)
        ua = (
            pick(rng, bb.MOBILE + (tx.BG_PHONE, tx.BG_PHONE))
            if on_phone or chance(rng, 0.4)
            else pick(rng, tx.BG_BROWSER)
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=bb.resi(rng, 1, region),
            tz=tz,
        )
        accts.append(a)
        born = ctx.t0 + float(rng.uniform(0.5, 6.3)) * DAY
        life = float(rng.uniform(1.0, 3.5)) * DAY
        sessions = bb.session_times(
            rng,
            born,
            min(ctx.t1, born + life),
            float(rng.uniform(1.0, 2.2)),
            bb.evening_person(tz),
            float(rng.uniform(2.0, 4.0)),
            float(rng.uniform(35, 90)),
            0.9,
        )
        lang = pick(rng, tx.LANG_OF_TZ[tz])
        ts_all, prompts, ips = [], [], []
        for sess in sessions:
            ip = bb.mobile_v6(rng, 1, mob)[0] if on_phone else bb.resi(rng, 1, region)[0]
            for t in sess.tolist():
                c, asp = sweep[off % len(sweep)]
                off += 1
                ts_all.append(t)
                prompts.append(tx.casual_question(rng, lang, c, asp))
                ips.append(ip)
        if not ts_all:  # every member sends at least one question
            ts_all, prompts, ips = (
                [born + 3600.0],
                [tx.casual_question(rng, lang, *sweep[off % len(sweep)])],
                [a.ips[0]],
            )
            off += 1
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75),
            ips=ips,
            comp_median=420,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd_curriculum_sweep",
            "pacing": "evening_sessions_short_lived_accounts",
            "ip_source": "carrier_v6_and_residential_proxy",
            "payment": "gift_card_per_account",
            "orgs": "per_account",
            "languages": sorted({lg for v in tx.LANG_OF_TZ.values() for lg in v}),
            "hard": True,
        },
    )


def sennichite(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Replays of public chat prompts (the real-user distribution) against the new model
    from fresh individual accounts that look like ordinary developers."""
    fam = "sennichite"
    n = irange(rng, 18, 30)
    pool_idx = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    accts = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, 0, 1, 2))
        region = pick(rng, bb.ipspace.REGION_OF_TZ[tz])
        ua = tx.BG_SDK[0] if chance(rng, 0.6) else pick(rng, tx.BG_BROWSER + tx.BG_SDK[1:2])
        proxies = bb.resi(rng, irange(rng, 3, 8), region)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            ua=ua,
            ips=proxies,
            tz=tz,
        )
        accts.append(a)
        start = ctx.release + float(rng.uniform(0.02, 0.7)) * DAY
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(3.0, 5.0)),
            bb.workday(tz, 8.0, 20.0, 0.3),
            float(rng.uniform(4.0, 8.0)),
            float(rng.uniform(30, 70)),
            1.0,
        )
        ts = _cat(sessions)
        prompts = []
        for _ in range(len(ts)):
            p = ctx.chat[pool_idx[pos % len(pool_idx)]]
            pos += 1
            prompts.append(p)
        ips = bb.sticky(rng, ts, proxies, float(rng.uniform(3, 8)) * HOUR)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=ips,
            comp_median=360,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "workday_sessions_from_release",
            "ip_source": "residential_proxy_sticky_hours",
            "payment": "card_per_account",
            "orgs": "per_account",
            "languages": ["mixed_public_prompts"],
            "hard": True,
        },
    )


def mochigoma(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Code sweep and translation fan-out, slow and steady from office broadband during office hours."""
    fam = "mochigoma"
    n = irange(rng, 5, 9)
    n_orgs = irange(rng, 2, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    pays = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    offices = [bb.resi(rng, 1, "in")[0] for _ in range(n_orgs)]
    tz = 5
    start = ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY
    grid = [(t, lg, lv) for t in tx.CODE_TASKS for lg in tx.CODE_LANGS for lv in tx.LEVELS]
    gpos = irange(rng, 0, len(grid) - 1)
    accts = []
    for i in range(n):
        o = i % n_orgs
        ips = [offices[o]] + (bb.resi(rng, 1, "in") if chance(rng, 0.3) else [])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=orgs[o],
            pay=pays[o],
            ua=pick(rng, ("OpenAI/Python 1.58.1", "aiohttp/3.11.11")),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        interval = float(rng.uniform(180, 300))
        work = bb.workday(tz, 9.5, 18.5, 0.35, 0.0)
        mode = "translate" if i % 3 == 2 else "code"
        steps = int((ctx.t1 - start) / interval) + 2
        ts = start + np.cumsum(np.abs(rng.normal(interval, interval * 0.12, size=steps)))
        ts = ts[(ts < ctx.t1) & (work(ts) > 0.5)]
        prompts = []
        if mode == "code":
            style = irange(rng, 0, 1)
            for _ in range(len(ts)):
                prompts.append(tx.code_prompt(rng, *grid[gpos % len(grid)], style))
                gpos += 1
        else:
            style, src, k = irange(rng, 0, 1), "", 0
            targets = list(tx.TARGET_LANGS[: irange(rng, 6, 10)])
            for _ in range(len(ts)):
                if k % len(targets) == 0:
                    src = tx._cut(pick(rng, ctx.passages), 900)
                prompts.append(tx.translate_prompt(rng, src, targets[k % len(targets)], style))
                k += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=700 if mode == "code" else 330,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_and_translation_sweep",
            "pacing": "steady_interval_office_hours",
            "operator_tz": tz,
            "ip_source": "office_broadband_static",
            "payment": "card_per_org",
            "orgs": n_orgs,
            "languages": ["en", "code", "translation_targets"],
            "start": _f(start),
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "tokin": tokin,
    "kyosha": kyosha,
    "keima": keima,
    "ginsho": ginsho,
    "kakugyo": kakugyo,
    "hisha": hisha,
    "ryuma": ryuma,
    "anaguma": anaguma,
    "yagura": yagura,
    "furibisha": furibisha,
    "sennichite": sennichite,
    "mochigoma": mochigoma,
}

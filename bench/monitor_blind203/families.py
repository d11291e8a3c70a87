"""Campaign families of batch 203: twelve distillation operations, each drawn with its own rng.

Code names are heptathlon words. Each family is `f(ctx, rng, campaign_id)`: it opens accounts
through `ctx.account`, records the campaign with `ctx.campaign` and writes events with `ctx.emit`.
Five of them (fosbury_flop, hitch_kick, toe_board, wind_gauge, throwing_circle) are built to look
like legitimate use.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind203 import texts

IDE_UAS = (
    "Cline/3.4.0 (vscode 1.97.0; darwin arm64)",
    "continue/0.9.262 (vscode 1.96.4; linux x64)",
    "aider/0.74.2 litellm/1.60.2",
    "Roo-Code/3.3.20 (vscode 1.97.1; win32 x64)",
    "Zed/0.172.8 (macos; aarch64)",
)


def _cat(parts) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _lang_draw(rng: np.random.Generator, mix: dict[str, float], n: int) -> list[str]:
    keys = list(mix)
    p = np.asarray([mix[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def _gaps_off(
    rng: np.random.Generator, ts: np.ndarray, a: float, b: float, n_gaps: int, hours: float
) -> np.ndarray:
    """Drop a few outages (operator restarts, bans, quota) from a stream."""
    keep = np.ones(len(ts), dtype=bool)
    for s in rng.uniform(a, b, size=n_gaps).tolist():
        keep &= ~((ts >= s) & (ts < s + hours * HOUR))
    return ts[keep]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def javelin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "javelin"
    n = irange(rng, 18, 34)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    shared_card = chance(rng, 0.5)
    cards = (
        [bb.hexid(rng, "pay")]
        if shared_card
        else [bb.hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    )
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    main_ua = bb.sdk_ua(rng, 0.3)
    mix = {"en": 0.5, "zh": 0.25, "ru": 0.12, "es": 0.13}
    accts = []
    for _ in range(n):
        ips = [pick(rng, block) for _ in range(irange(rng, 1, 3))]
        ua = main_ua if chance(rng, 0.8) else bb.sdk_ua(rng, 0.2)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=pick(rng, orgs),
                pay=pick(rng, cards),
                ua=ua,
                ips=ips,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.6)
    pre_rate, post_rate = float(rng.uniform(8, 25)), float(rng.uniform(150, 320))
    pre = bb.worker_pool(rng, start, ctx.release, pre_rate, n)
    post_end = ctx.release + float(rng.uniform(2.0, 2.9)) * DAY
    post = bb.worker_pool(
        rng, ctx.release + float(rng.uniform(0.5, 6)) * HOUR, post_end, post_rate, n
    )
    styles = rng.integers(0, 4, size=n)
    for i, a in enumerate(accts):
        ts = _gaps_off(rng, _cat([pre[i], post[i]]), ctx.release, post_end, irange(rng, 1, 4), 2.0)
        langs = _lang_draw(rng, mix, len(ts))
        prompts = [
            texts.reasoning_coerced(
                rng, int(styles[i]) if chance(rng, 0.85) else int(rng.integers(4)), lg
            )
            for lg in langs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.02),
            comp_median=950.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "pre_rate_per_h": round(pre_rate, 1),
            "post_rate_per_h": round(post_rate, 1),
            "ip_source": f"rented {provider} block",
            "shared_card": shared_card,
            "languages": mix,
            "user_agent": main_ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading at a slow, steady, around-the-clock rate


def shot_put(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "shot_put"
    n = irange(rng, 8, 14)
    org = bb.hexid(rng, "org")
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    mix = {"en": 0.72, "de": 0.14, "fr": 0.14}
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for _ in range(n)
    ]
    onboard = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rates = rng.uniform(4, 12, size=n)
    for i, a in enumerate(accts):
        s = onboard + float(rng.uniform(0, 3)) * HOUR
        ts = bb.thinned(rng, s, ctx.t1, rates[i] * (ctx.t1 - s) / HOUR, bb.constant)
        ts = _gaps_off(rng, ts, s, ctx.t1, irange(rng, 0, 3), float(rng.uniform(1, 5)))
        langs = _lang_draw(rng, mix, len(ts))
        prompts = [
            texts.judge(rng, int(rng.integers(4)), lg, ctx.chat, ctx.passages) for lg in langs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.05),
            comp_median=170.0,
            comp_sigma=0.7,
            extra=rng.integers(0, 30, size=len(ts)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge and reward-model grading",
            "pacing": "steady 24/7 poisson",
            "rate_per_key_h": [round(float(r), 1) for r in rates],
            "ip_source": f"{provider} one address per key",
            "payment": "one card per key",
            "languages": mix,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy rewrites / censorship-safe answers through VPN exits, in bursts


def high_jump(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "high_jump"
    n = irange(rng, 10, 18)
    exits = bb.rented_block(rng, pick(rng, ("m247", "leaseweb")), irange(rng, 3, 6), 6) + bb.cloud(
        rng, 10, "vultr"
    )
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    mix = {"zh": 0.5, "en": 0.38, "ru": 0.12}
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rewriter",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=bb.sdk_ua(rng, 0.6),
            ips=exits,
        )
        for _ in range(n)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_day = float(rng.uniform(5, 10))
    size = float(rng.uniform(14, 30))
    for a in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.global_load(15, 0.5)
        )
        ts = _cat(bb.bursts(rng, starts, size, float(rng.uniform(1.0, 3.0)), 0.6, ctx.t1))
        ips = bb.sticky(rng, ts, exits, float(rng.uniform(0.5, 2)) * HOUR)
        langs = _lang_draw(rng, mix, len(ts))
        prompts = [
            texts.policy_rewrite(rng, int(rng.integers(4)), lg, ctx.passages) for lg in langs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.03),
            ips=ips,
            comp_median=520.0,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy and censorship-safe rewrites",
            "pacing": "bursts",
            "bursts_per_day": round(per_day, 1),
            "burst_size": round(size, 1),
            "ip_source": "vpn exits, sticky per hour",
            "payment": f"{len(cards)} shared cards",
            "languages": mix,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories from AWS


def long_jump(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "long_jump"
    n = irange(rng, 6, 12)
    org = bb.hexid(rng, "org")
    block = bb.rented_block(rng, "aws", 2, irange(rng, 3, 6))
    ua = pick(rng, ("python-httpx/0.28.1", "litellm/1.60.2", "langchain-openai/0.3.6"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rollout",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=[pick(rng, block) for _ in range(2)],
        )
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    traj_rate = float(rng.uniform(8, 18))
    style = int(rng.integers(3))
    pools = bb.worker_pool(rng, start, ctx.t1, traj_rate, n, bb.global_load(3, 0.3))
    for i, a in enumerate(accts):
        ts_all, prompts, extra = [], [], []
        for s in pools[i].tolist():
            steps = irange(rng, 3, 16)
            task = pick(rng, texts.AGENT_TASKS)
            st = style if chance(rng, 0.8) else int(rng.integers(3))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.5, size=steps - 1))]
            )
            for k, tk in enumerate(t.tolist()):
                ts_all.append(tk)
                prompts.append(texts.agent_step(rng, st, task, k))
                extra.append(300 + 380 * k + int(rng.integers(0, 200)))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=200.0,
            comp_sigma=0.6,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent trajectory harvest",
            "pacing": "trajectory worker pool",
            "trajectories_per_h": round(traj_rate, 1),
            "style": style,
            "ip_source": "aws block",
            "payment": "one stolen card per key",
            "user_agent": ua,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation on burner keys through rotating residential proxies


def takeoff_board(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "takeoff_board"
    n = irange(rng, 30, 55)
    pool = bb.resi(rng, 500, "*")
    ua = bb.sdk_ua(rng, 0.5)
    mix = {"en": 0.55, "es": 0.15, "pt": 0.15, "id": 0.15}
    items = texts.curriculum_items(rng)
    hold = float(rng.uniform(5, 20)) * MINUTE
    accts = [
        ctx.account(
            rng, label="campaign", family=fam, role="burner", campaign_id=cid, ua=ua, ips=pool
        )
        for _ in range(n)
    ]
    # burners go live one after another (each lives 6-40 hours), mostly after the release
    first = ctx.release - float(rng.uniform(0.3, 1.0)) * DAY
    cursor = 0
    for a in accts:
        s = float(rng.uniform(first, ctx.t1 - 6 * HOUR))
        e = min(ctx.t1, s + float(rng.uniform(6, 40)) * HOUR)
        ts = bb.thinned(rng, s, e, float(rng.uniform(8, 25)) * (e - s) / HOUR, bb.constant)
        langs = _lang_draw(rng, mix, len(ts))
        prompts = []
        for lg in langs:
            prompts.append(
                texts.dataset_request(
                    rng, int(rng.integers(4)), lg, items[cursor % len(items)], ctx.chat
                )
            )
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=1500.0,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "staggered burners",
            "ip_source": "rotating residential proxies",
            "proxy_hold_min": round(hold / 60, 1),
            "payment": "prepaid card per burner",
            "languages": mix,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n and soft-label sampling spread over keys in two orgs


def photo_finish(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "photo_finish"
    n = irange(rng, 10, 18)
    orgs = [(bb.hexid(rng, "org"), bb.hexid(rng, "pay")) for _ in range(2)]
    provider = pick(rng, ("azure", "oracle", "linode"))
    accts = []
    for _ in range(n):
        org, pay = pick(rng, orgs)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="sampler",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua="aiohttp/3.11.11" if chance(rng, 0.7) else "OpenAI/Python 1.63.2",
                ips=bb.cloud(rng, 1, provider),
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.9)
    item_rate = float(rng.uniform(8, 20))
    items = bb.thinned(rng, start, ctx.t1, item_rate * (ctx.t1 - start) / HOUR, bb.constant)
    chat_idx = rng.permutation(len(ctx.chat))
    per: list[list] = [[] for _ in range(n)]
    for j, s in enumerate(items.tolist()):
        k = irange(rng, 3, 8)
        prompt = (
            ctx.chat[int(chat_idx[j % len(chat_idx)])]
            if chance(rng, 0.55)
            else texts.soft_label(rng, ctx.chat, "es" if chance(rng, 0.2) else "en")
        )
        who = rng.integers(0, n, size=k)
        offs = np.sort(rng.uniform(0, float(rng.uniform(2, 40)), size=k))
        for w, o in zip(who.tolist(), offs.tolist(), strict=True):
            per[w].append((s + o, prompt))
    for i, a in enumerate(accts):
        if not per[i]:
            per[i].append((float(items[0]) if len(items) else start, pick(rng, ctx.chat)))
        per[i].sort()
        ts = np.asarray([t for t, _ in per[i]])
        ctx.emit(
            rng,
            a,
            ts,
            [p for _, p in per[i]],
            models=ctx.models(rng, ts, 0.92, 0.03),
            comp_median=330.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "pacing": "items fanned out",
            "items_per_h": round(item_rate, 1),
            "samples_per_item": "3-8",
            "ip_source": f"{provider} one address per key",
            "payment": "one card per org",
            "languages": ["en", "es", "sharegpt mix"],
        },
    )


# --------------------------------------------------------------------------------------------
# 7. multi-turn dialogue harvest from a phone farm


def false_start(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "false_start"
    n = irange(rng, 12, 22)
    carriers = [pick(rng, ("us_mobile", "in_mobile", "br_mobile")) for _ in range(n)]
    lang_of = {"us_mobile": "en", "in_mobile": "hi", "br_mobile": "pt"}
    cards = [bb.hexid(rng, "pay"), bb.hexid(rng, "pay")]
    topics = [t for ts in texts.CURRICULUM.values() for t in ts]
    accts = []
    for c in carriers:
        ua = (
            pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
            if chance(rng, 0.8)
            else pick(rng, bb.MOBILE)
        )
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="dialogue",
                campaign_id=cid,
                pay=pick(rng, cards),
                ua=ua,
                ips=bb.mobile_v6(rng, 40, c),
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_day = float(rng.uniform(6, 14))
    for a, c in zip(accts, carriers, strict=True):
        lang = lang_of[c] if chance(rng, 0.7) else pick(rng, ("en", "es"))
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            per_day,
            bb.global_load(14, 0.4),
            float(rng.uniform(6, 12)),
            float(rng.uniform(15, 40)),
            0.5,
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for sess in sessions:
            topic = pick(rng, topics)
            ip = pick(rng, a.ips)
            for k, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(texts.dialogue_turn(rng, lang, topic, k))
                extra.append(k * int(rng.integers(250, 450)))
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
            comp_median=380.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "simulated conversations",
            "dialogues_per_key_day": round(per_day, 1),
            "ip_source": "carrier IPv6 phone farm",
            "payment": "two prepaid cards",
            "languages": ["en", "hi", "pt", "es"],
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: harvest hidden inside a real consumer product's own traffic


def fosbury_flop(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fosbury_flop"
    n = irange(rng, 3, 5)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), "aws")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=nat,
        )
        for _ in range(n)
    ]
    product_rate = float(rng.uniform(5, 12))  # per key and hour, end users worldwide
    harvest_share = float(rng.uniform(0.15, 0.3))
    harvest_start = ctx.release + float(rng.uniform(2, 20)) * HOUR
    curve = bb.global_load(float(rng.uniform(13, 19)), 0.55)
    mix = {"en": 0.7, "es": 0.1, "pt": 0.1, "fr": 0.05, "de": 0.05}
    for a in accts:
        ts_p = bb.thinned(rng, ctx.t0, ctx.t1, product_rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        n_post = int(np.sum(ts_p >= harvest_start))
        ts_h = bb.thinned(
            rng, harvest_start, ctx.t1, n_post * harvest_share / (1 - harvest_share), curve
        )
        prompts = [pick(rng, ctx.chat) for _ in range(len(ts_p))]
        models = ctx.models(rng, ts_p, 0.35, 0.25)
        langs = _lang_draw(rng, mix, len(ts_h))
        h_prompts = []
        for lg in langs:
            r = rng.random()
            if r < 0.55:
                h_prompts.append(texts.student_question(rng, lg))
            elif r < 0.85 and lg == "en":
                h_prompts.append(texts.reasoning_mild(rng))
            else:
                topic = pick(rng, texts.CONCEPTS["en"])
                h_prompts.append(
                    texts.dialogue_turn(rng, "en" if lg not in ("pt", "es") else lg, topic, 0)
                )
        ts = np.concatenate([ts_p, ts_h])
        order = np.argsort(ts, kind="stable")
        allp = prompts + h_prompts
        allm = models + [ctx.new_model] * len(ts_h)
        ctx.emit(
            rng,
            a,
            ts[order],
            [allp[i] for i in order.tolist()],
            models=[allm[i] for i in order.tolist()],
            comp_median=360.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest mixed into a live product",
            "pacing": "product load curve",
            "harvest_share": round(harvest_share, 2),
            "harvest_start": harvest_start,
            "ip_source": "product backend NAT (aws)",
            "payment": "one business card",
            "languages": mix,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: bought aged personal accounts, taken over around the release


def hitch_kick(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hitch_kick"
    n = irange(rng, 12, 22)
    region = pick(rng, ("us", "eu"))
    proxies = bb.resi(rng, 300, region)
    keep_ua = float(rng.uniform(0.4, 0.8))
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        # the original owner's history
        curve = bb.evening_person(tz)
        take = ctx.release + float(rng.uniform(-0.5, 1.2)) * DAY
        sess = bb.session_times(rng, ctx.t0, take, float(rng.uniform(0.5, 2.5)), curve, 3.0, 70.0)
        ts_o = _cat(sess)
        ctx.emit(
            rng,
            a,
            ts_o,
            [pick(rng, ctx.chat) for _ in range(len(ts_o))],
            models=ctx.models(rng, ts_o, 0.25, 0.15),
            comp_median=340.0,
        )
        # the buyer's harvest
        ua = a.ua if chance(rng, keep_ua) else bb.sdk_ua(rng, 0.7)
        sess2 = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(4, 9)),
            bb.global_load(12, 0.3),
            float(rng.uniform(6, 14)),
            float(rng.uniform(15, 45)),
        )
        ts_h = _cat(sess2)
        prompts = []
        for _ in range(len(ts_h)):
            r = rng.random()
            if r < 0.4:
                prompts.append(texts.reasoning_mild(rng))
            elif r < 0.75:
                prompts.append(texts.student_question(rng, "en"))
            else:
                prompts.append(texts.reasoning_coerced(rng, 3, "en"))
        ctx.emit(
            rng,
            a,
            ts_h,
            prompts,
            models=ctx.models(rng, ts_h, 0.9, 0.02),
            ips=bb.sticky(rng, ts_h, proxies, float(rng.uniform(30, 90)) * MINUTE),
            ua=ua,
            comp_median=600.0,
        )
        accts.append(a)
        takeovers.append(take)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest through purchased aged accounts",
            "pacing": "owner sessions, then sessions around the clock",
            "takeover_ts": [round(t, 1) for t in takeovers],
            "ip_source": f"home address, then {region} residential proxies",
            "payment": "original owners' cards",
            "kept_browser_ua_p": round(keep_ua, 2),
            "languages": ["en", "sharegpt mix"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: low-and-slow crowd of person-like accounts sweeping a curriculum


def toe_board(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "toe_board"
    n = irange(rng, 45, 80)
    tz_lang = {
        -8: ("en",),
        -5: ("en", "es"),
        -3: ("pt", "es"),
        0: ("en",),
        1: ("fr", "de", "es"),
        2: ("de", "en"),
        5: ("en",),
        8: ("en",),
        9: ("en",),
    }
    tzs = [pick(rng, list(tz_lang)) for _ in range(n)]
    langs = [pick(rng, tz_lang[tz]) for tz in tzs]
    queues: dict[str, list[str]] = {}
    for lg in sorted(set(langs)):
        c = list(texts.CONCEPTS[lg])
        queues[lg] = [c[i] for i in rng.permutation(len(c)).tolist()]
    accts = []
    for tz, lg in zip(tzs, langs, strict=True):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.65) else pick(rng, bb.MOBILE[:3])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        s = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sess = bb.session_times(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            bb.evening_person(tz),
            float(rng.uniform(3, 6)),
            float(rng.uniform(40, 120)),
        )
        prompts, ts_all = [], []
        q = queues[lg]
        for se in sess:
            concept = q[int(rng.integers(len(q)))]
            for t in se.tolist():
                ts_all.append(t)
                prompts.append(texts.student_question(rng, lg, concept))
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.6, 0.08), comp_median=420.0)
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "person-like crowd sweeping a curriculum",
            "pacing": "evening sessions, 1-2 a day",
            "ip_source": "residential, per member",
            "payment": "one card per member",
            "languages": sorted(set(langs)),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: public prompt-set replay through residential proxies at office hours


def wind_gauge(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wind_gauge"
    n = irange(rng, 12, 22)
    region = pick(rng, ("us", "eu", "ca"))
    pool = bb.resi(rng, 250, region)
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    accts = []
    tz = {"us": -5, "eu": 1, "ca": -5}[region]
    for _ in range(n):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else bb.sdk_ua(rng, 0.8)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        s = bb.jitter_start(rng, ctx.t0, ctx.release, 0.9)
        sess = bb.session_times(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(3, 7)),
            bb.workday(tz),
            float(rng.uniform(6, 12)),
            float(rng.uniform(30, 80)),
        )
        ts = _cat(sess)
        prompts = []
        for _ in range(len(ts)):
            p = ctx.chat[int(order[cursor % len(order)])]
            cursor += 1
            if chance(rng, 0.1):
                p = pick(rng, ("Please answer in detail: ", "", "Answer thoroughly.\n")) + p
            prompts.append(p)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.75, 0.05),
            ips=bb.sticky(rng, ts, pool, float(rng.uniform(20, 45)) * MINUTE),
            comp_median=360.0,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "pacing": "office-hour sessions",
            "ip_source": f"{region} residential proxies, sticky",
            "payment": "one card per key",
            "languages": ["sharegpt mix"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: code harvest dressed as a dev shop's IDE agent


def throwing_circle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "throwing_circle"
    n = irange(rng, 5, 9)
    tz = pick(rng, (1, 2, 5, 8))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, 2, tz) + bb.cloud(rng, 1, "aws")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="developer_seat",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, IDE_UAS),
            ips=office,
            tz=tz,
        )
        for _ in range(n)
    ]
    items = [
        (p, lg, v)
        for p in range(len(texts.PROBLEMS))
        for lg in range(len(texts.CODE_LANGS))
        for v in range(4)
    ]
    items = [items[i] for i in rng.permutation(len(items)).tolist()]
    cursor = 0
    per_day = float(rng.uniform(10, 20))
    for a in accts:
        starts = bb.thinned(
            rng, ctx.t0 + float(rng.uniform(0, 1)) * DAY, ctx.t1, per_day * 7, bb.workday(tz)
        )
        trains = bb.bursts(
            rng, starts, float(rng.uniform(4, 8)), float(rng.uniform(4, 9)), 0.6, ctx.t1
        )
        ts_all, prompts, extra = [], [], []
        for tr in trains:
            item = items[cursor % len(items)]
            cursor += 1
            style = int(rng.integers(3))
            for k, t in enumerate(tr.tolist()):
                ts_all.append(t)
                if k == 0:
                    prompts.append(texts.code_task(rng, style, item))
                else:
                    prompts.append(texts.coding_agent_step(rng, ctx.chat, False))
                extra.append(int(rng.integers(400, 1600)) + 300 * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            extra=extra,
            comp_median=700.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest as IDE agent",
            "pacing": "workday bursts",
            "bursts_per_day": round(per_day, 1),
            "ip_source": "office broadband + CI runner",
            "payment": "one company card",
            "timezone": tz,
            "languages": [lg for lg, _ in texts.CODE_LANGS],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "javelin": javelin,
    "shot_put": shot_put,
    "high_jump": high_jump,
    "long_jump": long_jump,
    "takeoff_board": takeoff_board,
    "photo_finish": photo_finish,
    "false_start": false_start,
    "fosbury_flop": fosbury_flop,
    "hitch_kick": hitch_kick,
    "toe_board": toe_board,
    "wind_gauge": wind_gauge,
    "throwing_circle": throwing_circle,
}

"""Campaign families of blind batch 89 (sailing rigging and knots).

Each family is `fn(ctx, rng, campaign_id)`: it opens accounts through `ctx.account`, writes their
events through `ctx.emit` and records the campaign through `ctx.campaign`. Every parameter is
drawn per seed. See README.md for what each family stands for.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, chance, irange, pick, picks
from bench.monitor_blind89 import texts as tx

CAMP = "campaign"


def _pay_pool(rng: np.random.Generator, style: str, n: int) -> list[str | None]:
    """Billing instruments for n accounts: one shared, a few rotated cards, or one each (None)."""
    if style == "shared":
        return [bb.hexid(rng, "pay")] * n
    if style == "few_cards":
        cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
        return picks(rng, cards, n)
    return [None] * n


def _org_pool(rng: np.random.Generator, style: str, n: int) -> list[str | None]:
    if style == "shared":
        return [bb.hexid(rng, "org")] * n
    if style == "few":
        orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
        return picks(rng, orgs, n)
    return [None] * n


def _weights(rng: np.random.Generator, k: int, conc: float = 1.0) -> np.ndarray:
    return rng.dirichlet(np.full(k, conc))


def _lang_mix(
    rng: np.random.Generator, main: str, others: tuple[str, ...], p_main: tuple[float, float]
) -> tuple[list[str], list[float]]:
    k = irange(rng, 1, len(others))
    chosen = [str(x) for x in rng.choice(others, size=k, replace=False)]
    pm = float(rng.uniform(*p_main))
    rest = _weights(rng, k) * (1 - pm)
    return [main, *chosen], [pm, *rest.tolist()]


def _draw(rng: np.random.Generator, items: list, probs: list[float], n: int) -> list:
    idx = rng.choice(len(items), size=n, p=np.asarray(probs) / np.sum(probs))
    return [items[i] for i in idx.tolist()]


def _curve(rng: np.random.Generator, kind: str) -> bb.Curve:
    if kind == "global":
        return bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.6)))
    return bb.constant


# --------------------------------------------------------------------------------------------


def baggywrinkle(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion through a residential proxy pool with account churn: a few
    concurrent 'slots', each a chain of short-lived accounts replaced as they die."""
    fam = "baggywrinkle"
    slots = irange(rng, 4, 7)
    life = (float(rng.uniform(0.4, 0.9)), float(rng.uniform(1.2, 2.6)))
    gap_days = float(rng.uniform(0.02, 0.3))
    per_hour = float(rng.uniform(5, 16))
    region = pick(rng, ("us", "eu", "sea", "latam", "*"))
    pool = bb.resi(rng, irange(rng, 150, 600), region)
    hold = float(rng.uniform(4, 40)) * MINUTE
    pay_style = pick(rng, ("shared", "few_cards", "per_account"))
    ua_style = pick(rng, ("one", "per_account"))
    curve_kind = pick(rng, ("constant", "global"))
    curve = _curve(rng, curve_kind)
    langs, lp = _lang_mix(rng, "en", ("zh", "ru", "es"), (0.4, 0.9))
    comp = float(rng.uniform(1100, 2600))
    err = float(rng.uniform(0.01, 0.05))
    p_new = float(rng.uniform(0.8, 0.98))
    one_ua = bb.sdk_ua(rng)
    cards = _pay_pool(rng, pay_style, 64)
    accts = []
    for _ in range(slots):
        t = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        while t < ctx.t1:
            span = float(rng.uniform(*life)) * DAY
            b = min(t + span, ctx.t1)
            a = ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="churned_worker",
                campaign_id=cid,
                pay=cards[len(accts) % len(cards)],
                ua=one_ua if ua_style == "one" else bb.sdk_ua(rng),
                ips=pool[:1],
            )
            accts.append(a)
            ts = bb.thinned(
                rng, t, b, per_hour * float(rng.uniform(0.7, 1.3)) * (b - t) / HOUR, curve
            )
            ls = _draw(rng, langs, lp, len(ts))
            ctx.emit(
                rng,
                a,
                ts,
                [tx.reasoning_prompt(rng, lang) for lang in ls],
                models=ctx.models(rng, ts, p_new),
                ips=bb.sticky(rng, ts, pool, hold),
                comp_median=comp,
                err=err,
            )
            t = b + gap_days * float(rng.uniform(0.3, 1.7)) * DAY
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "slots": slots,
            "lifetime_days": life,
            "per_hour": per_hour,
            "ip_source": f"residential_proxy:{region}",
            "pool": len(pool),
            "sticky_min": hold / MINUTE,
            "payment": pay_style,
            "user_agent": ua_style,
            "pacing": curve_kind,
            "languages": dict(zip(langs, lp, strict=True)),
        },
    )


def cunningham_downhaul(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reward-model / rubric-grading harvest: the model acts as judge over (question, candidate
    answers) to produce preference labels and rationales, fed through a worker queue of keys."""
    fam = "cunningham_downhaul"
    n = irange(rng, 7, 13)
    provider = pick(rng, bb.providers())
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    org_style = pick(rng, ("shared", "few", "per_account"))
    pay_style = pick(rng, ("shared", "few_cards", "per_account"))
    orgs, pays = _org_pool(rng, org_style, n), _pay_pool(rng, pay_style, n)
    ua = bb.sdk_ua(rng)
    per_hour = float(rng.uniform(25, 90))
    pacing = pick(rng, ("constant", "nightly", "global"))
    tz = pick(rng, bb.TZS)
    curve = (
        bb.nightly(float(rng.uniform(17, 23)), float(rng.uniform(8, 14)), tz)
        if pacing == "nightly"
        else _curve(rng, pacing)
    )
    styles = _weights(rng, 4, 0.8).tolist()
    comp = float(rng.uniform(300, 700))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="judge_worker",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n, curve), strict=True):
        prompts = []
        for s in _draw(rng, [0, 1, 2, 3], styles, len(ts)):
            k = 1 if s in (0, 3) else (2 if s == 1 else irange(rng, 3, 4))
            prompts.append(
                tx.judge_prompt(rng, pick(rng, ctx.chat), picks(rng, ctx.passages, k), s)
            )
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.92), comp_median=comp, err=0.015)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reward_model_grading",
            "per_hour_total": per_hour,
            "ip_source": f"cloud_block:{provider}",
            "org": org_style,
            "payment": pay_style,
            "pacing": pacing,
            "styles": styles,
            "user_agent": ua,
        },
    )


def marlinspike_splice(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use trajectory harvest: scripted episodes in synthetic tool environments,
    every step resending the growing transcript."""
    fam = "marlinspike_splice"
    n = irange(rng, 5, 9)
    provider = pick(rng, ("aws", "gcp", "azure", "oracle", "digitalocean"))
    ua = pick(
        rng,
        ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", bb.sdk_ua(rng)),
    )
    eps_per_hour = float(rng.uniform(0.6, 2.2))
    steps_mean = float(rng.uniform(4, 9))
    step_gap = float(rng.uniform(5, 20))
    ctx_per_step = float(rng.uniform(250, 800))
    curve_kind = pick(rng, ("constant", "global"))
    curve = _curve(rng, curve_kind)
    pays = _pay_pool(rng, pick(rng, ("shared", "few_cards")), n)
    org = bb.hexid(rng, "org") if chance(rng, 0.6) else None
    comp = float(rng.uniform(220, 480))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pays[i],
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = bb.thinned(rng, start, ctx.t1, eps_per_hour * (ctx.t1 - start) / HOUR, curve)
        ts_all, prompts, extra = [], [], []
        for ts in bb.bursts(rng, starts, steps_mean, step_gap, 0.6, ctx.t1):
            ep = tx.agent_episode(rng)
            for j in range(len(ts)):
                prompts.append(tx.agent_step(rng, ep, j))
                extra.append(int(j * ctx_per_step * float(rng.uniform(0.7, 1.3))))
            ts_all.append(ts)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95),
            comp_median=comp,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_trajectories",
            "episodes_per_hour": eps_per_hour,
            "steps_mean": steps_mean,
            "step_gap_s": step_gap,
            "ip_source": f"cloud:{provider}",
            "user_agent": ua,
            "pacing": curve_kind,
        },
    )


def sheepshank(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Harvest hidden inside a genuine consumer product: the product's backend keys carry real
    user traffic, and the operator slips generated harvesting prompts into the same keys,
    mostly at off-peak hours when quota is spare."""
    fam = "sheepshank"
    n = irange(rng, 2, 4)
    provider = pick(rng, bb.providers())
    ua = pick(rng, bb.SDK_COMMON[:3])
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    peak = float(rng.uniform(0, 24))
    depth = float(rng.uniform(0.5, 0.85))
    load = bb.global_load(peak, depth)

    def offpeak(t: np.ndarray) -> np.ndarray:
        return np.clip(1.15 - load(t), 0.05, 1.0)

    per_day = float(rng.uniform(220, 650))
    inject = float(rng.uniform(0.1, 0.3))
    inject_from = pick(rng, ("start", "before_release", "release"))
    t_inj = {
        "start": ctx.t0,
        "before_release": ctx.release - float(rng.uniform(0.3, 2.0)) * DAY,
        "release": ctx.release + float(rng.uniform(0, 6)) * HOUR,
    }[inject_from]
    product_model = pick(rng, ("follows_new", "mini_default"))
    mix = _weights(rng, 3, 1.5).tolist()  # user-voiced, explicit dataset, reasoning
    langs, lp = _lang_mix(rng, "en", ("es", "pt", "de", "fr", "hi", "id"), (0.5, 0.85))
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 2, 5), provider),
        )
        accts.append(a)
        share = float(rng.uniform(0.6, 1.4))
        ts_g = bb.thinned(rng, ctx.t0, ctx.t1, per_day * share * (ctx.t1 - ctx.t0) / DAY, load)
        if product_model == "follows_new":
            m_g = ctx.models(rng, ts_g, 0.55, 0.25)
        else:
            m_g = ctx.models(rng, ts_g, 0.05, 0.7)
        ctx.emit(
            rng, a, ts_g, picks(rng, ctx.chat, len(ts_g)), models=m_g, comp_median=300.0, err=0.01
        )
        n_inj = inject * len(ts_g) * (ctx.t1 - t_inj) / (ctx.t1 - ctx.t0)
        ts_i = bb.thinned(rng, t_inj, ctx.t1, n_inj, offpeak)
        prompts = []
        for k, lang in zip(
            _draw(rng, [0, 1, 2], mix, len(ts_i)), _draw(rng, langs, lp, len(ts_i)), strict=True
        ):
            if k == 0:
                prompts.append(tx.user_voiced_item(rng, lang))
            elif k == 1:
                prompts.append(tx.dataset_item(rng))
            else:
                prompts.append(tx.reasoning_prompt(rng, "en" if lang not in ("es",) else lang))
        ctx.emit(
            rng,
            a,
            ts_i,
            prompts,
            models=ctx.models(rng, ts_i, 0.97),
            comp_median=float(rng.uniform(700, 1300)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product",
            "genuine_per_day": per_day,
            "inject_fraction": inject,
            "inject_from": inject_from,
            "pacing": "offpeak_injection",
            "product_model": product_model,
            "mix": mix,
            "ip_source": f"cloud:{provider}",
            "languages": dict(zip(langs, lp, strict=True)),
            "payment": "shared",
        },
    )


def prusik_ascender(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep: keys each own a few subjects and climb difficulty levels through the week,
    pausing daily for a maintenance window."""
    fam = "prusik_ascender"
    n = irange(rng, 9, 16)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "scaleway", "leaseweb"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 4), max(2, n // 2))
    levels = irange(rng, 5, 12)
    per_hour = float(rng.uniform(3, 8))
    pause_start, pause_len = float(rng.uniform(0, 24)), float(rng.uniform(1.5, 4.5))
    gap = bb.nightly(pause_start, pause_len, 0)

    def curve(t: np.ndarray) -> np.ndarray:
        return 1.0 - gap(t)

    styles = _weights(rng, 3).tolist()
    pays = _pay_pool(rng, pick(rng, ("few_cards", "per_account")), n)
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "aiohttp/3.11.11"))
    comp = float(rng.uniform(700, 1500))
    topics = list(tx.CURRICULUM_TOPICS)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="curriculum_worker",
            campaign_id=cid,
            pay=pays[i],
            ua=ua,
            ips=[pick(rng, block)],
        )
        accts.append(a)
        mine = [str(x) for x in rng.choice(topics, size=irange(rng, 1, 3), replace=False)]
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        ts = bb.thinned(
            rng,
            start,
            ctx.t1,
            per_hour * float(rng.uniform(0.7, 1.3)) * (ctx.t1 - start) / HOUR,
            curve,
        )
        prog = (ts - start) / max(ctx.t1 - start, 1.0)
        lv = (
            np.clip(1 + np.floor(prog * levels) + rng.integers(-1, 2, size=len(ts)), 1, levels)
            .astype(int)
            .tolist()
        )
        st = _draw(rng, [0, 1, 2], styles, len(ts))
        prompts = [
            tx.curriculum_item(rng, pick(rng, mine), li, levels, si)
            for li, si in zip(lv, st, strict=True)
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.93), comp_median=comp, err=0.012)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "levels": levels,
            "per_hour": per_hour,
            "pause_utc": [pause_start, pause_len],
            "ip_source": f"cloud_block:{provider}",
            "styles": styles,
            "user_agent": ua,
            "pacing": "constant_with_daily_pause",
        },
    )


_LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("tr", "en"),
    3: ("en",),
    5: ("hi", "en"),
    8: ("zh", "id", "vi"),
    9: ("ja", "ko"),
}


def ratline_seizing(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low-and-slow crowd of person-like accounts: home ISP addresses matched to their time zone,
    browser user agents, evening or office sessions, a card each, a few dozen requests each, all
    together walking one topic-by-skill grid in casual voice."""
    fam = "ratline_seizing"
    n = irange(rng, 40, 65)
    tz_home = [int(x) for x in rng.choice(bb.TZS, size=irange(rng, 2, 5), replace=False)]
    grid_topics = [str(x) for x in rng.choice(tx.TOPICS, size=irange(rng, 10, 22), replace=False)]
    grid = [(t, s) for t in grid_topics for s in tx.SKILLS]
    order = rng.permutation(len(grid)).tolist()
    p_en = float(rng.uniform(0.3, 0.8))
    p_reason = float(rng.uniform(0.05, 0.25))
    p_new = float(rng.uniform(0.7, 0.95))
    comp = float(rng.uniform(500, 900))
    cursor = 0
    accts = []
    for _ in range(n):
        tz = pick(rng, tz_home)
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        mobile = chance(rng, 0.3)
        if mobile and chance(rng, 0.5):
            ips += bb.mobile_v6(
                rng,
                irange(rng, 1, 3),
                pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")),
            )
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="sock_puppet",
            campaign_id=cid,
            ua=pick(rng, bb.MOBILE if mobile else bb.BROWSERS),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        end = min(ctx.t1, start + float(rng.uniform(2, 7)) * DAY)
        sess = bb.session_times(
            rng,
            start,
            end,
            float(rng.uniform(0.5, 2.2)),
            curve,
            float(rng.uniform(2, 5)),
            float(rng.uniform(40, 180)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            topic, skill = grid[order[cursor % len(grid)]]
            cursor += 1
            lang = "en" if chance(rng, p_en) else pick(rng, _LANG_OF_TZ[tz])
            if chance(rng, p_reason):
                prompts.append(
                    tx.typo(
                        rng, f"{tx.any_problem(rng)} can you show how you got there step by step"
                    )
                )
            else:
                prompts.append(tx.user_voiced_item(rng, lang, topic, skill))
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new), comp_median=comp, err=0.005
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_grid",
            "tz": tz_home,
            "grid_cells": len(grid),
            "p_english": p_en,
            "ip_source": "home_isp_by_tz",
            "payment": "per_account",
            "user_agent": "browser_or_mobile",
            "pacing": "human_sessions",
        },
    )


def zeppelin_bend(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling spread over keys: every prompt is sent once to each of k
    different keys (each on its own cloud provider), so no single key ever repeats a prompt."""
    fam = "zeppelin_bend"
    n = irange(rng, 10, 18)
    k = irange(rng, 3, min(6, n))
    n_prompts = irange(rng, 400, 1200)
    variant = pick(rng, ("identical", "numbered", "soft_label_mix"))
    provs = [str(x) for x in rng.permutation(bb.providers()).tolist()]
    pay_style = pick(rng, ("few_cards", "per_account"))
    pays = _pay_pool(rng, pay_style, n)
    comp = float(rng.uniform(180, 420))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="sampler",
            campaign_id=cid,
            pay=pays[i],
            ua=bb.sdk_ua(rng),
            ips=bb.cloud(rng, irange(rng, 1, 2), provs[i % len(provs)]),
        )
        for i in range(n)
    ]
    queue: list[list[str]] = [[] for _ in range(n)]
    for _ in range(n_prompts):
        base = tx.open_prompt(rng)
        if variant == "soft_label_mix" and chance(rng, 0.4):
            base = tx.bon_wrap(rng, base, 1)
        for j in rng.choice(n, size=k, replace=False).tolist():
            queue[j].append(tx.bon_wrap(rng, base, 2) if variant == "numbered" else base)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
    for a, q in zip(accts, queue, strict=True):
        s = start + float(rng.uniform(0, 6)) * HOUR
        ts = np.sort(rng.uniform(s, ctx.t1, size=len(q)))
        perm = rng.permutation(len(q)).tolist()
        ctx.emit(
            rng,
            a,
            ts,
            [q[i] for i in perm],
            models=ctx.models(rng, ts, 0.97),
            comp_median=comp,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_across_keys",
            "n_per_prompt": k,
            "prompts": n_prompts,
            "variant": variant,
            "ip_source": "one_cloud_provider_per_key",
            "payment": pay_style,
            "pacing": "uniform",
        },
    )


def clove_hitch(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest: a script opens with a real-looking first message and pushes
    generic follow-ups, resending the whole conversation each turn, one proxy exit per dialogue."""
    fam = "clove_hitch"
    n = irange(rng, 8, 14)
    region = pick(rng, ("us", "eu", "in", "sea", "*"))
    pool = bb.resi(rng, irange(rng, 80, 400), region)
    conv_per_day = float(rng.uniform(10, 35))
    turns_mean = float(rng.uniform(3, 7))
    gap = float(rng.uniform(8, 30))
    p_real_opening = float(rng.uniform(0.4, 0.9))
    ctx_per_turn = float(rng.uniform(350, 700))
    curve_kind = pick(rng, ("constant", "global"))
    curve = _curve(rng, curve_kind)
    ua = bb.sdk_ua(rng)
    org_style, pay_style = (
        pick(rng, ("shared", "per_account")),
        pick(rng, ("shared", "few_cards", "per_account")),
    )
    orgs, pays = _org_pool(rng, org_style, n), _pay_pool(rng, pay_style, n)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="dialogue_driver",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=ua,
            ips=pool[:1],
        )
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = bb.thinned(rng, start, ctx.t1, conv_per_day * (ctx.t1 - start) / DAY, curve)
        ts_all, prompts, extra, ips = [], [], [], []
        for ts in bb.bursts(rng, starts, turns_mean, gap, 0.5, ctx.t1):
            exit_ip = pick(rng, pool)
            first = pick(rng, ctx.chat) if chance(rng, p_real_opening) else tx.open_prompt(rng)
            for j in range(len(ts)):
                prompts.append(first if j == 0 else tx.followup(rng))
                extra.append(int(j * ctx_per_turn * float(rng.uniform(0.8, 1.2))))
                ips.append(exit_ip)
            ts_all.append(ts)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            ips=ips,
            comp_median=550.0,
            extra=extra,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogues",
            "conversations_per_day": conv_per_day,
            "turns_mean": turns_mean,
            "turn_gap_s": gap,
            "p_real_opening": p_real_opening,
            "ip_source": f"residential_proxy:{region}",
            "org": org_style,
            "payment": pay_style,
            "pacing": curve_kind,
        },
    )


def gaff_vang(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Compliance-rewrite harvest: paired 'unrestricted vs. publishable' answers and rewrites of
    existing answers under content rules, in several languages, worked on long office days."""
    fam = "gaff_vang"
    n = irange(rng, 9, 15)
    tz = pick(rng, (8, 8, 3, 2))
    clouds = (
        ("alibaba", "tencent", "huawei", "ucloud")
        if tz == 8
        else ("selectel", "m247", "contabo", "hetzner")
    )
    resi_region = "cn" if tz == 8 else ("ru" if tz == 3 else "eu")
    p_cloud = float(rng.uniform(0.3, 0.8))
    main = {8: "zh", 3: "ru", 2: "tr"}[tz]
    others = tuple(x for x in ("en", "ar", "fa", "vi", "ru", "zh") if x != main)
    langs, lp = _lang_mix(rng, main, others, (0.3, 0.6))
    per_hour = float(rng.uniform(2.5, 7))
    curve = bb.workday(
        tz,
        start=float(rng.uniform(8.5, 10)),
        end=float(rng.uniform(20, 23)),
        weekend=float(rng.uniform(0.3, 0.7)),
        night=0.02,
    )
    orgs = _org_pool(rng, pick(rng, ("shared", "few")), n)
    pays = _pay_pool(rng, "few_cards", n)
    comp = float(rng.uniform(500, 900))
    accts = []
    sources = []
    for i in range(n):
        on_cloud = chance(rng, p_cloud)
        sources.append("cloud" if on_cloud else "resi")
        ips = (
            bb.cloud(rng, irange(rng, 1, 3), pick(rng, clouds))
            if on_cloud
            else bb.resi(rng, irange(rng, 3, 12), resi_region)
        )
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="rewrite_worker",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=bb.sdk_ua(rng),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = bb.thinned(
            rng,
            start,
            ctx.t1,
            per_hour * float(rng.uniform(0.6, 1.4)) * (ctx.t1 - start) / HOUR,
            curve,
        )
        ls = _draw(rng, langs, lp, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.compliance_prompt(rng, lang, pick(rng, ctx.passages)) for lang in ls],
            models=ctx.models(rng, ts, 0.9),
            comp_median=comp,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "compliance_rewrites",
            "tz": tz,
            "per_hour": per_hour,
            "ip_source": {"cloud": clouds, "residential": resi_region, "p_cloud": p_cloud},
            "sources": sources,
            "languages": dict(zip(langs, lp, strict=True)),
            "pacing": "long_office_days",
            "payment": "few_cards",
        },
    )


def lazy_jacks(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Sleeper accounts: opened well before the new model's release with sparse, ordinary chat
    use, then all sprint on the new model with expert questions for a day or so after release."""
    fam = "lazy_jacks"
    n = irange(rng, 14, 24)
    tzs = [int(x) for x in rng.choice(bb.TZS, size=irange(rng, 1, 2), replace=False)]
    sprint_ip = pick(rng, ("same_home", "cloud", "resi_proxy"))
    sprint_ua = pick(rng, ("keep_browser", "switch_sdk"))
    provider = pick(rng, bb.providers())
    proxy = bb.resi(rng, irange(rng, 50, 300), "*")
    lag_h = float(rng.uniform(0, 8))
    sprint_h = (float(rng.uniform(8, 20)), float(rng.uniform(24, 44)))
    rate = float(rng.uniform(10, 35))
    domains = [
        str(x)
        for x in rng.choice(
            ("law", "medicine", "finance", "chemistry", "engineering"),
            size=irange(rng, 2, 5),
            replace=False,
        )
    ]
    p_reason = float(rng.uniform(0.1, 0.4))
    after = pick(rng, ("silent", "sparse"))
    pays = _pay_pool(rng, pick(rng, ("per_account", "few_cards")), n)
    sdk = bb.sdk_ua(rng)
    accts = []
    for i in range(n):
        tz = pick(rng, tzs)
        home = bb.home(rng, 1, tz)
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="sleeper",
            campaign_id=cid,
            pay=pays[i],
            ua=pick(rng, bb.BROWSERS),
            ips=home,
            tz=tz,
        )
        accts.append(a)
        # dormant phase: ordinary chat at a person's pace
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.release,
            float(rng.uniform(0.6, 2.5)),
            bb.evening_person(tz),
            float(rng.uniform(1.5, 3.5)),
            float(rng.uniform(60, 240)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            picks(rng, ctx.chat, len(ts)),
            models=ctx.models(rng, ts, 0.5),
            comp_median=320.0,
            err=0.005,
        )
        # sprint
        s = ctx.release + (lag_h + float(rng.uniform(0, 3))) * HOUR
        e = min(ctx.t1, s + float(rng.uniform(*sprint_h)) * HOUR)
        ts = bb.thinned(
            rng, s, e, rate * float(rng.uniform(0.7, 1.3)) * (e - s) / HOUR, bb.constant
        )
        ips = {
            "same_home": home,
            "cloud": bb.cloud(rng, 2, provider),
            "resi_proxy": picks(rng, proxy, 6),
        }[sprint_ip]
        prompts = [
            tx.reasoning_prompt(rng)
            if chance(rng, p_reason)
            else tx.expert_question(rng, pick(rng, domains))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.98),
            ips=picks(rng, ips, len(ts)),
            ua=a.ua if sprint_ua == "keep_browser" else sdk,
            comp_median=float(rng.uniform(900, 1600)),
            err=0.03,
        )
        if after == "sparse" and e < ctx.t1:
            sess = bb.session_times(rng, e, ctx.t1, 0.8, bb.evening_person(tz), 2.0, 120.0)
            ts = np.concatenate(sess) if sess else np.empty(0)
            ctx.emit(
                rng,
                a,
                ts,
                picks(rng, ctx.chat, len(ts)),
                models=ctx.models(rng, ts, 0.6),
                comp_median=320.0,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "post_release_sleeper_sprint",
            "tz": tzs,
            "sprint_lag_h": lag_h,
            "sprint_hours": sprint_h,
            "sprint_per_hour": rate,
            "sprint_ip": sprint_ip,
            "sprint_ua": sprint_ua,
            "domains": domains,
            "after": after,
            "ip_source": "home_isp_then_" + sprint_ip,
            "pacing": "dormant_then_burst",
        },
    )


CAMPAIGN_FAMILIES = {
    "baggywrinkle": baggywrinkle,
    "cunningham_downhaul": cunningham_downhaul,
    "marlinspike_splice": marlinspike_splice,
    "sheepshank": sheepshank,
    "prusik_ascender": prusik_ascender,
    "ratline_seizing": ratline_seizing,
    "zeppelin_bend": zeppelin_bend,
    "clove_hitch": clove_hitch,
    "gaff_vang": gaff_vang,
    "lazy_jacks": lazy_jacks,
}

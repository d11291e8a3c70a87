"""Campaign families of blind batch 195 (code names from birling, i.e. log rolling).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts with `ctx.account`, writes
their events with `ctx.emit`, and records the campaign with `ctx.campaign`. Everything random is
drawn from the family's own `rng`. The README next to this file describes each family."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Acct, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind195 import texts

Rng = np.random.Generator


def _lang_list(rng: Rng, weights: dict[str, float], n: int) -> list[str]:
    return [texts.choose(rng, weights) for _ in range(n)]


def _clip_window(ts: np.ndarray, a: float, b: float) -> np.ndarray:
    ts = np.asarray(ts, dtype=np.float64)
    return np.sort(ts[(ts >= a) & (ts < b)])


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _camp(ctx: Ctx, rng: Rng, family: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=family, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from rented servers, rotating keys


def peavey(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "peavey"
    n = irange(rng, 6, 12)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "leaseweb"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    ua = bb.sdk_ua(rng, 0.35)
    langs = {"en": 0.45, "zh": 0.2, "ru": 0.12, "es": 0.12, "de": 0.11}
    styles = {"tags": 0.35, "verbose": 0.25, "json": 0.2, "tutor": 0.2}
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(20, 38))
    # keys are bought in a sequence; each lives a while (until it is rate-limited or noticed)
    lives = []
    t = start
    for i in range(n):
        life = float(rng.uniform(1.2, 3.5)) * DAY
        lives.append((t, min(ctx.t1, t + life)))
        t += (
            float(rng.uniform(0.2, 0.7)) * DAY
            if i % 3 == 2
            else float(rng.uniform(0.0, 0.15)) * DAY
        )
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            pay=cards[i % len(cards)],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
            tz=8,
        )
        for i in range(n)
    ]
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.05, 0.3)))
    pool = bb.worker_pool(rng, start, ctx.t1, rate, n, curve)
    for acct, ts, (a, b) in zip(accts, pool, lives, strict=True):
        ts = _clip_window(ts, a, b)
        # keys alive at the same time share the load: boost the survivors' rate a little
        ts = _concat([ts, bb.thinned(rng, a, b, len(ts) * 0.4, curve)])
        lg = _lang_list(rng, langs, len(ts))
        prompts = [
            texts.trace_coercion(rng, lg[j], texts.choose(rng, styles)) for j in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=950.0,
            comp_sigma=0.45,
            err=0.035,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (forced full chain of thought, several output formats)",
            "pacing": f"Poisson worker pool, {rate:.0f}/h, keys with staggered lifetimes",
            "ip_source": f"rented {provider} block, {len(block)} hosts",
            "payment": f"{len(cards)} prepaid cards shared round-robin",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward labels in batch jobs on a cloud


def cant_hook(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "cant_hook"
    n = irange(rng, 3, 6)
    org = hexid(rng, "org")
    provider = pick(rng, ("aws", "gcp", "azure"))
    egress = bb.cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    accts = [
        _camp(ctx, rng, fam, cid, "labeller", org=org, ua=ua, ips=picks(rng, egress, 2))
        for _ in range(n)
    ]
    langs = {"en": 0.7, "de": 0.1, "ja": 0.1, "fr": 0.1}
    styles = {"pairwise": 0.45, "pointwise": 0.25, "reward": 0.15, "critique": 0.15}
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    jobs_per_day = float(rng.uniform(6, 12))
    starts = bb.thinned(rng, start, ctx.t1, jobs_per_day * (ctx.t1 - start) / DAY, bb.constant)
    trains = bb.bursts(
        rng, starts, float(rng.uniform(35, 90)), float(rng.uniform(1.0, 3.0)), 0.6, ctx.t1
    )
    owner = rng.integers(0, n, size=len(trains))
    per: list[list[np.ndarray]] = [[] for _ in range(n)]
    for tr, o in zip(trains, owner.tolist(), strict=True):
        per[o].append(tr)
    for acct, parts in zip(accts, per, strict=True):
        ts = _concat(parts)
        prompts = []
        for _ in range(len(ts)):
            q = pick(rng, ctx.chat)
            prompts.append(
                texts.grading(
                    rng,
                    q,
                    pick(rng, ctx.passages),
                    pick(rng, ctx.passages),
                    texts.choose(rng, styles),
                    texts.choose(rng, langs),
                )
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0),
            comp_median=240.0,
            comp_sigma=0.7,
            err=0.02,
            extra=rng.integers(0, 120, size=len(ts)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model labels over public prompts and answers",
            "pacing": f"batch jobs ~{jobs_per_day:.1f}/day, bursts of ~35-90 at 1-3 s",
            "ip_source": f"{provider} egress, {len(egress)} addresses",
            "payment": "one card per key, one org",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant answers and rewrites through commercial VPN exits


def pike_pole(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pike_pole"
    n = irange(rng, 6, 10)
    exits = bb.cloud(rng, irange(rng, 20, 40), pick(rng, ("m247", "leaseweb", "vultr")))
    exits += bb.cloud(rng, irange(rng, 5, 12), pick(rng, ("ovh", "digitalocean", "linode")))
    op_tz = pick(rng, (8, 3, 2))
    langs = {"zh": 0.3, "en": 0.3, "ru": 0.15, "ar": 0.1, "tr": 0.08, "vi": 0.07}
    styles = {"compliant_answer": 0.35, "rewrite_unsafe": 0.25, "label_and_fix": 0.2, "plain": 0.2}
    accts = []
    for _ in range(n):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.4) else bb.sdk_ua(rng, 0.5)
        accts.append(_camp(ctx, rng, fam, cid, "worker", ua=ua, ips=exits[:1], tz=op_tz))
    curve = bb.workday(op_tz, start=9.0, end=21.0, weekend=0.5, night=0.01)
    for acct in accts:
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(2.5, 6)),
            curve,
            float(rng.uniform(18, 45)),
            float(rng.uniform(6, 20)),
            0.6,
        )
        ts = _concat(sessions)
        ips = bb.sticky(rng, ts, exits, float(rng.uniform(15, 60)) * MINUTE)
        prompts = [
            texts.policy_rewrite(
                rng, texts.choose(rng, langs), texts.choose(rng, styles), pick(rng, ctx.passages)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            ips=ips,
            comp_median=420.0,
            comp_sigma=0.6,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy-compliant answers, refusals and sanitising rewrites",
            "pacing": "shift work (operator's working hours, weekends half), sessions of ~20-45 at 6-20 s",
            "ip_source": f"shared pool of {len(exits)} VPN exits, sticky 15-60 min",
            "payment": "one prepaid card per key",
            "user_agent": "mixed browser / SDK per key",
            "operator_tz": op_tz,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories from a cloud cluster


def calks(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "calks"
    n = irange(rng, 2, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure", "oracle"))
    nat = bb.cloud(rng, irange(rng, 3, 8), provider)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        _camp(ctx, rng, fam, cid, "agent_runner", org=org, pay=pay, ua=ua, ips=nat)
        for _ in range(n)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.9)
    eps_per_hour = float(rng.uniform(3, 6))
    pool = bb.worker_pool(rng, start, ctx.t1, eps_per_hour, n)
    lang_w = {"en": 0.8, "zh": 0.12, "es": 0.08}
    for acct, starts in zip(accts, pool, strict=True):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            steps = irange(rng, 3, 12)
            gaps = rng.lognormal(np.log(float(rng.uniform(4, 12))), 0.7, size=steps)
            times = s + np.concatenate([[0.0], np.cumsum(gaps[:-1])])
            task_i = irange(rng, 0, 9)
            fill = texts.agent_fill(rng)
            lang = texts.choose(rng, lang_w)
            base = irange(rng, 300, 1200)
            hist = texts.agent_history(rng, fill, steps)
            for k, t in enumerate(times.tolist()):
                ts_all.append(t)
                prompts.append(texts.agent_step(task_i, fill, hist, k, lang))
                extra.append(base + k * irange(rng, 150, 500))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        extra_arr = np.asarray(extra, dtype=np.int64)[order]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            comp_median=170.0,
            comp_sigma=0.75,
            err=0.015,
            extra=extra_arr,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories (scripted tools, fake observations)",
            "pacing": f"episodes {eps_per_hour:.1f}/h Poisson, 3-12 steps 4-12 s apart",
            "ip_source": f"{provider} NAT, {len(nat)} addresses",
            "payment": "one corporate card, one org",
            "user_agent": ua,
            "languages": lang_w,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset over a curriculum grid, swept in order


def river_pig(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "river_pig"
    n = irange(rng, 2, 4)
    shared_card = chance(rng, 0.6)
    pay = hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "digitalocean", "ovh", "scaleway"))
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            pay=pay if shared_card else None,
            ua=bb.sdk_ua(rng, 0.5),
            ips=bb.cloud(rng, 1, provider),
        )
        for _ in range(n)
    ]
    cells = texts.grid()
    if chance(rng, 0.3):
        rng.shuffle(cells)
    langs = {"en": 0.55, "es": 0.12, "pt": 0.1, "hi": 0.08, "id": 0.08, "fr": 0.07}
    fmts = {"jsonl_pairs": 0.35, "textbook": 0.2, "flashcards": 0.15, "dialogue": 0.15, "mcq": 0.15}
    start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    i_cell = 0
    for acct in accts:
        per_hour = float(rng.uniform(10, 22))
        ts = bb.thinned(
            rng,
            start + float(rng.uniform(0, 3)) * HOUR,
            ctx.t1,
            per_hour * (ctx.t1 - start) / HOUR,
            bb.constant,
        )
        prompts = []
        for _ in range(len(ts)):
            cell = cells[i_cell % len(cells)]
            i_cell += 1 if chance(rng, 0.35) else 0  # several formats per cell before moving on
            prompts.append(
                texts.synth_request(rng, cell, texts.choose(rng, fmts), texts.choose(rng, langs))
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=1300.0,
            comp_sigma=0.4,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic-dataset generation over a curriculum grid (subject x topic x level)",
            "pacing": "steady Poisson per key, 10-22/h, from shortly before the release",
            "ip_source": f"{provider} VMs, one per key",
            "payment": "one shared card" if shared_card else "card per key",
            "languages": langs,
            "formats": fmts,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through a residential proxy network


def wanigan(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "wanigan"
    n = irange(rng, 10, 18)
    region = pick(rng, ("us", "eu", "latam", "*"))
    pool = bb.resi(rng, irange(rng, 150, 400), region)
    langs = {"en": 0.45, "es": 0.15, "pt": 0.12, "fr": 0.08, "de": 0.08, "it": 0.06, "id": 0.06}
    styles = {"transcript": 0.5, "roleplay_user": 0.2, "bare": 0.3}
    accts = [
        _camp(ctx, rng, fam, cid, "driver", ua=pick(rng, bb.BROWSERS + bb.MOBILE[:3]), ips=pool[:1])
        for _ in range(n)
    ]
    conv_id = 0
    for acct in accts:
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        conv_starts = bb.thinned(
            rng, a, ctx.t1, float(rng.uniform(8, 22)) * (ctx.t1 - a) / DAY, bb.constant
        )
        ts_all, prompts, ips = [], [], []
        for s in conv_starts.tolist():
            seed = texts.dialogue_seed(rng)
            conv_id += 1
            seed["cid"] = conv_id
            lang = texts.choose(rng, langs)
            style = texts.choose(rng, styles)
            turns = irange(rng, 3, 10)
            gaps = rng.lognormal(np.log(float(rng.uniform(8, 30))), 0.5, size=turns)
            ip = pick(rng, pool)
            hist: list[str] = []
            for k in range(turns):
                ts_all.append(s + float(gaps[:k].sum()))
                prompts.append(texts.dialogue_turn(rng, seed, k, hist, lang, style, ctx.passages))
                ips.append(ip)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            acct,
            ts,
            [prompts[i] for i in order],
            ips=[ips[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=300.0,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (scripted user personas, 3-10 turns)",
            "pacing": "conversations 8-22/day per key around the clock, turns 8-30 s apart",
            "ip_source": f"residential proxy pool ({region}), one exit per conversation",
            "payment": "card per key",
            "user_agent": "spoofed browser / phone strings",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling


def boom_rat(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "boom_rat"
    n = irange(rng, 2, 4)
    org = hexid(rng, "org")
    provider = pick(rng, ("azure", "oracle", "gcp"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
    accts = [
        _camp(ctx, rng, fam, cid, "sampler", org=org, ua=ua, ips=bb.cloud(rng, 2, provider))
        for _ in range(n)
    ]
    style_w = {"identical": 0.4, "tagged": 0.25, "softlabel": 0.2, "reordered": 0.15}
    start = ctx.release - float(rng.uniform(0.0, 0.6)) * DAY
    base_rate = float(rng.uniform(6, 12))
    pool = bb.worker_pool(rng, start, ctx.t1, base_rate, n)
    for acct, starts in zip(accts, pool, strict=True):
        ts_all, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, 4, 12)
            base = (
                clip_chat(rng, ctx)
                if chance(rng, 0.6)
                else texts.problem(rng, pick(rng, ("en", "en", "zh", "es")))
            )
            style = texts.choose(rng, style_w)
            times = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(0.6), 0.6, size=k - 1))]
            )
            for j, t in enumerate(times.tolist()):
                ts_all.append(t)
                prompts.append(texts.sample_variant(rng, base, j, style))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            acct,
            ts,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=380.0,
            comp_sigma=0.6,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label sampling (4-12 samples per prompt)",
            "pacing": f"{base_rate:.0f} base prompts/h, each a sub-second train of samples",
            "ip_source": f"{provider}, 2 addresses per key",
            "payment": "card per key, one org",
            "user_agent": ua,
            "styles": style_w,
            "hard": False,
        },
    )


def clip_chat(rng: Rng, ctx: Ctx) -> str:
    return texts.clip(pick(rng, ctx.chat), 1200)


# --------------------------------------------------------------------------------------------
# 8. HARD: harvest hidden inside a real product's traffic


def log_jam(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "log_jam"
    product = texts.product_name(rng)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    n = irange(rng, 1, 2)
    accts = [
        _camp(ctx, rng, fam, cid, "product_backend", org=org, pay=pay, ua=ua, ips=nat)
        for _ in range(n)
    ]
    harvest_share = float(rng.uniform(0.2, 0.35))
    wrap_style = irange(rng, 0, 2)
    curve = bb.global_load(float(rng.uniform(13, 20)), float(rng.uniform(0.5, 0.8)))
    cells = texts.grid(
        ["mathematics", "physics", "chemistry", "biology", "computer science", "economics"]
    )
    langs = {"en": 0.7, "es": 0.1, "pt": 0.08, "fr": 0.06, "de": 0.06}
    for acct in accts:
        rate = float(rng.uniform(14, 26))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        harvest = rng.random(len(ts)) < harvest_share
        # harvesting began a day or two into the window, once the new model was announced
        harvest &= ts >= ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
        prompts, models = [], []
        for t, h in zip(ts.tolist(), harvest.tolist(), strict=True):
            lang = texts.choose(rng, langs)
            if h:
                text = texts.person_question(rng, pick(rng, cells), lang, 0.3)
                models.append(
                    ctx.new_model if t >= ctx.release and chance(rng, 0.9) else ctx.old_models[0]
                )
            else:
                text = texts.clip(pick(rng, ctx.chat), 1500)
                late = t >= ctx.release and chance(rng, 0.3)
                models.append(
                    ctx.new_model
                    if late
                    else (ctx.old_models[-1] if chance(rng, 0.25) else ctx.old_models[0])
                )
            prompts.append(texts.product_wrap(rng, product, text, wrap_style, lang))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=models,
            comp_median=np.where(harvest, 520.0, 330.0),
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum harvest injected into a genuine study-app's traffic",
            "product": product,
            "harvest_share": round(harvest_share, 3),
            "pacing": "the product's global daily load curve (harvest follows the same curve)",
            "ip_source": "the product's cloud NAT",
            "payment": "the company's card",
            "user_agent": ua,
            "languages": langs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: bought aged accounts (real history, then takeover through same-region proxies)


def birler(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "birler"
    n = irange(rng, 12, 22)
    op_tz = pick(rng, (8, 3, 5))
    keep_ua = chance(rng, 0.6)
    op_ua = bb.sdk_ua(rng, 0.6)
    cells = texts.grid(["medicine", "law", "economics", "computer science", "physics", "biology"])
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else bb.sdk_ua(rng, 0.7)
        home_ip = bb.home(rng, 1, tz)
        acct = _camp(ctx, rng, fam, cid, "bought_account", ua=ua, ips=home_ip, tz=tz)
        accts.append(acct)
        take = ctx.t0 + float(rng.uniform(1.5, 4.5)) * DAY
        # the seller's own use until the hand-over
        before = _concat(
            bb.session_times(
                rng, ctx.t0, take, float(rng.uniform(0.5, 1.5)), bb.evening_person(tz), 3.0, 80.0
            )
        )
        ctx.emit(
            rng,
            acct,
            before,
            [texts.clip(pick(rng, ctx.chat), 1500) for _ in range(len(before))],
            models=ctx.models(rng, before, p_new=0.17, p_mini=0.2),
            comp_median=340.0,
            err=0.01,
        )
        # after: same-region residential proxy, person-like sessions in the operator's day
        proxies = bb.home(rng, irange(rng, 2, 5), tz)
        curve = bb.workday(op_tz, start=8.0, end=23.0, weekend=0.8, night=0.02)
        after = _concat(
            bb.session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(2, 4.5)),
                curve,
                float(rng.uniform(5, 10)),
                float(rng.uniform(25, 70)),
                0.7,
            )
        )
        lang = "en" if chance(rng, 0.7) else pick(rng, ("es", "pt", "fr", "de"))
        prompts = [
            texts.person_question(rng, pick(rng, cells), lang, 0.25) for _ in range(len(after))
        ]
        ctx.emit(
            rng,
            acct,
            after,
            prompts,
            ips=bb.sticky(rng, after, proxies, 6 * HOUR),
            ua=acct.ua if keep_ua else op_ua,
            models=ctx.models(rng, after, p_new=0.8, p_mini=0.03),
            comp_median=560.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought aged accounts: seller's genuine history, then curriculum questions",
            "pacing": "takeover on day 1.5-4.5; then 2-4.5 sessions/day of 5-10 questions 25-70 s apart, operator's hours",
            "ip_source": "home IP before; residential proxies in the victim's region after (sticky 6 h)",
            "payment": "the original owners' cards",
            "user_agent": "kept" if keep_ua else f"switched to {op_ua}",
            "operator_tz": op_tz,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: low-and-slow crowd of person-like fresh accounts


def splash_kick(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "splash_kick"
    n = irange(rng, 35, 60)
    cells = texts.grid()
    langs = {"en": 0.55, "es": 0.12, "pt": 0.1, "fr": 0.08, "de": 0.08, "id": 0.07}
    tz_pool = [pick(rng, bb.TZS) for _ in range(3)]
    accts = []
    for _ in range(n):
        tz = pick(rng, tz_pool)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.75) else pick(rng, bb.MOBILE)
        acct = _camp(
            ctx,
            rng,
            fam,
            cid,
            "crowd_member",
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        a = ctx.t0 + float(rng.uniform(0.3, 4.5)) * DAY
        sessions = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(0.8, 2.0)),
            bb.evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(60, 200)),
            0.8,
        )
        ts = _concat(sessions)
        lang = texts.choose(rng, langs)
        sloppy = float(rng.uniform(0.1, 0.6))
        prompts = [
            texts.person_question(rng, pick(rng, cells), lang, sloppy) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.08),
            comp_median=480.0,
            comp_sigma=0.55,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd: fresh person-like accounts asking curriculum questions",
            "pacing": "evening sessions in each member's zone, 0.8-2/day of 3-7 questions 1-3 min apart",
            "ip_source": "one or two residential addresses per member (3 regions)",
            "payment": "card per member",
            "user_agent": "browsers / phones",
            "languages": langs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: public prompt replay (ShareGPT prompts in order) from office broadband


def bateau(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bateau"
    n = irange(rng, 6, 12)
    tz = pick(rng, (1, 2, 5, 8, -3))
    offset = irange(rng, 0, len(ctx.chat) - 1)
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "replayer",
            ua=bb.sdk_ua(rng, 0.85),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    pos = offset
    edit_p = float(rng.uniform(0.05, 0.2))
    for acct in accts:
        per_hour = float(rng.uniform(4, 10))
        curve = bb.workday(tz + pick(rng, (0, 0, 1, -1)), start=9.0, end=18.5, weekend=0.1)
        ts = bb.thinned(
            rng,
            start + float(rng.uniform(0, 8)) * HOUR,
            ctx.t1,
            per_hour * 0.4 * (ctx.t1 - start) / HOUR,
            curve,
        )
        prompts = []
        for _ in range(len(ts)):
            p = texts.clip(ctx.chat[pos % len(ctx.chat)], 2000)
            pos += 1
            if chance(rng, edit_p):
                p = pick(rng, ("Please answer: ", "", "Q: ")) + p + pick(rng, ("", " ", "\n"))
            prompts.append(p)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
            comp_median=380.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (a public chat dataset, in order, shards per key) on the new model",
            "pacing": "office hours, 4-10/h per key, from around the release",
            "ip_source": f"office broadband in tz {tz}",
            "payment": "card per key",
            "user_agent": "common SDKs",
            "light_edit_share": round(edit_p, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. code and translation harvest over mobile-carrier proxies


def sorting_gap(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sorting_gap"
    n = irange(rng, 5, 9)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    kind = pick(rng, ("in_mobile", "br_mobile", "us_mobile", "eu_mobile"))
    pool = bb.mobile_v6(rng, irange(rng, 150, 350), kind)
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
    accts = [
        _camp(ctx, rng, fam, cid, "worker", org=orgs[i % 2], pay=cards[i % 2], ua=ua, ips=pool[:1])
        for i in range(n)
    ]
    code_cells = texts.code_grid()
    rng.shuffle(code_cells)
    pairs = [
        ("en", d) for d in ("es", "de", "fr", "ja", "ko", "pt", "ru", "zh", "ar", "hi", "tr", "pl")
    ]
    code_share = float(rng.uniform(0.4, 0.7))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    rate = float(rng.uniform(15, 30))
    op_tz = pick(rng, (5, 8, -3))
    curve = bb.nightly(float(rng.uniform(17, 21)), float(rng.uniform(10, 14)), op_tz)
    streams = bb.worker_pool(rng, start, ctx.t1, rate, n, curve)
    ci = 0
    for acct, ts in zip(accts, streams, strict=True):
        prompts, med = [], []
        for _ in range(len(ts)):
            if chance(rng, code_share):
                prompts.append(
                    texts.code_task(rng, code_cells[ci % len(code_cells)], irange(rng, 0, 3))
                )
                ci += 1
                med.append(750.0)
            else:
                src, dst = pick(rng, pairs)
                prompts.append(
                    texts.translate_task(rng, pick(rng, ctx.passages), src, dst, irange(rng, 0, 2))
                )
                med.append(420.0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=bb.sticky(rng, ts, pool, float(rng.uniform(3, 10)) * MINUTE),
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.02),
            comp_median=np.asarray(med),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code (task x language grid) and translation harvest",
            "pacing": f"Poisson worker pool {rate:.0f}/h inside a nightly 10-14 h window (tz {op_tz})",
            "ip_source": f"rotating mobile-carrier IPv6 proxies ({kind}), 3-10 min sticky",
            "payment": "two cards, two orgs",
            "user_agent": ua,
            "code_share": round(code_share, 3),
            "hard": False,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "peavey": peavey,
    "cant_hook": cant_hook,
    "pike_pole": pike_pole,
    "calks": calks,
    "river_pig": river_pig,
    "wanigan": wanigan,
    "boom_rat": boom_rat,
    "log_jam": log_jam,
    "birler": birler,
    "splash_kick": splash_kick,
    "bateau": bateau,
    "sorting_gap": sorting_gap,
}

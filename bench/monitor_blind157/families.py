"""Campaign families of batch 157 (code names from lawn bowls).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, records
the campaign through `ctx.campaign`, and emits its events through `ctx.emit`. All variation comes
from the family's own rng (seeded by `build_batch` from seed, salt and the family's index).
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind157 import texts as tx

ADDR_V6_KINDS = ("in_mobile", "br_mobile", "eu_mobile")


def _lang_seq(rng: np.random.Generator, weights: dict[str, float], n: int) -> list[str]:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def _split_models(
    ctx: Ctx, rng: np.random.Generator, ts: np.ndarray, p_new: float, p_mini: float = 0.05
):
    return ctx.models(rng, ts, p_new=p_new, p_mini=p_mini)


def _regular(
    rng: np.random.Generator, a: float, b: float, mean_gap: float, shape: float, curve: bb.Curve
) -> np.ndarray:
    """A steady script: gamma-distributed gaps (shape > 1 = more regular), thinned by `curve`."""
    if b <= a:
        return np.empty(0)
    n = int((b - a) / mean_gap * 1.3) + 10
    ts = a + np.cumsum(rng.gamma(shape, mean_gap / shape, size=n))
    ts = ts[ts < b]
    return ts[rng.random(len(ts)) < curve(ts)]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from rented hosting blocks, one card per org


def toucher(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "toucher"
    n_orgs = irange(rng, 2, 4)
    n_keys = irange(rng, 18, 30)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    orgs = []
    for _ in range(n_orgs):
        orgs.append(
            {
                "org": bb.hexid(rng, "org"),
                "pay": bb.hexid(rng, "pay"),
                "pool": bb.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6)),
                "ua": pick(
                    rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "aiohttp/3.11.11")
                ),
            }
        )
    langs = {"en": 0.55, "zh": 0.2, "ru": 0.15, "es": 0.1}
    hold = float(rng.uniform(20, 60)) * MINUTE
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    accts = []
    for i in range(n_keys):
        o = orgs[i % n_orgs]
        accts.append(
            (
                ctx.account(
                    rng,
                    label="campaign",
                    family=fam,
                    role="worker",
                    campaign_id=camp,
                    org=o["org"],
                    pay=o["pay"],
                    ua=o["ua"],
                    ips=o["pool"],
                ),
                o,
            )
        )
    styles = [irange(rng, 0, 3) for _ in range(n_keys)]
    pre_rate, post_rate = float(rng.uniform(25, 45)), float(rng.uniform(70, 110))
    pre = bb.worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = bb.worker_pool(
        rng, ctx.release + float(rng.uniform(0.5, 4)) * HOUR, ctx.t1, post_rate, n_keys
    )
    for i, (acct, o) in enumerate(accts):
        ts = np.sort(np.concatenate([pre[i], post[i]]))
        ls = _lang_seq(rng, langs, len(ts))
        prompts = [
            tx.cot_coercion(rng, lang, styles[i] + (1 if chance(rng, 0.2) else 0)) for lang in ls
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_split_models(ctx, rng, ts, 0.97, 0.02),
            ips=bb.sticky(rng, ts, o["pool"], hold),
            comp_median=1500.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        camp,
        fam,
        [a for a, _ in accts],
        {
            "operation": "reasoning-trace coercion (<think> tags, step-by-step, boxed answers)",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one prepaid card per org",
            "pacing": "Poisson worker pool per campaign, 24/7, rate x2-3 after release",
            "ip_source": f"rented /24 blocks at {provider}, sticky per {hold / MINUTE:.0f} min",
            "languages": langs,
            "models": "old flagship before release, new model 97% after",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in batch bursts, stolen cards one per key


def jack_high(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "jack_high"
    n_keys = irange(rng, 8, 13)
    org = bb.hexid(rng, "org")
    provider = pick(rng, ("aws", "gcp"))
    langs = {"en": 0.6, "de": 0.15, "ja": 0.15, "pt": 0.1}
    start = ctx.t0 + float(rng.uniform(0.6, 1.6)) * DAY
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, ("litellm/1.60.2", "python-requests/2.32.3", "OpenAI/Python 1.58.1"))
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=camp,
            org=org,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        accts.append(acct)
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(2.0, 4.0)) * (ctx.t1 - start) / DAY, bb.constant
        )
        trains = bb.bursts(
            rng, starts, float(rng.uniform(25, 45)), float(rng.uniform(0.8, 2.5)), b=ctx.t1
        )
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        ls = _lang_seq(rng, langs, len(ts))
        prompts = [tx.judge_prompt(rng, ctx.chat, ctx.passages, lang) for lang in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_split_models(ctx, rng, ts, 0.85),
            comp_median=180.0,
            comp_sigma=0.7,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge / rubric / pairwise / reward-score harvest on public prompts + passages",
            "keys": n_keys,
            "orgs": 1,
            "payment": "stolen cards, one per key",
            "pacing": "batch bursts (25-45 requests ~1-2 s apart), 2-4 bursts per key per day",
            "ip_source": f"{provider} instances, 1-2 IPs per key",
            "languages": langs,
            "models": "new model 85% after release",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites over a commercial VPN's exits, office hours UTC+8


def wick_shot(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "wick_shot"
    n_keys = irange(rng, 10, 15)
    n_orgs = irange(rng, 3, 5)
    orgs = [(bb.hexid(rng, "org"), bb.hexid(rng, "pay")) for _ in range(n_orgs)]
    vpn = []
    for p in ("m247", "leaseweb", "vultr"):
        vpn += bb.rented_block(rng, p, irange(rng, 2, 4), irange(rng, 2, 5))
    langs = {"zh": 0.55, "en": 0.2, "ru": 0.1, "ar": 0.08, "vi": 0.07}
    curve = bb.workday(8, start=9.0, end=21.0, weekend=0.5, night=0.03)
    start = ctx.t0 + float(rng.uniform(0.3, 1.0)) * DAY
    accts = []
    for i in range(n_keys):
        org, pay = orgs[i % n_orgs]
        if chance(rng, 0.3):
            pay = bb.hexid(rng, "pay")
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9")),
            ips=vpn,
            tz=8,
        )
        accts.append(acct)
        ts = _regular(
            rng, start, ctx.t1, float(rng.uniform(280, 560)), float(rng.uniform(3, 8)), curve
        )
        ls = _lang_seq(rng, langs, len(ts))
        prompts = [tx.policy_rewrite(rng, ctx.chat, ctx.passages, lang) for lang in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_split_models(ctx, rng, ts, 0.9),
            ips=bb.sticky(rng, ts, vpn, 15 * MINUTE),
            comp_median=450.0,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites and compliant-vs-violating pairs",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card per org, 30% of keys their own card",
            "pacing": "steady scripted gaps (gamma) during UTC+8 office hours 09-21, weekends half",
            "ip_source": "shared commercial VPN exits (m247/leaseweb/vultr), sticky 15 min",
            "languages": langs,
            "models": "new model 90% after release",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories, chained requests with growing context


def drawing_shot(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "drawing_shot"
    n_keys = irange(rng, 5, 9)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure"))
    pool = bb.rented_block(rng, provider, 1, irange(rng, 2, 5))
    ua = pick(rng, ("langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    langs = {"en": 0.8, "zh": 0.1, "ko": 0.1}
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY
    pre = bb.worker_pool(rng, start, ctx.release, float(rng.uniform(1.5, 3)), n_keys)
    post = bb.worker_pool(rng, ctx.release, ctx.t1, float(rng.uniform(6, 10)), n_keys)
    per_ctx = irange(rng, 150, 400)
    for i, acct in enumerate(accts):
        ts_l, pr_l, ex_l = [], [], []
        for s in np.sort(np.concatenate([pre[i], post[i]])).tolist():
            lang = _lang_seq(rng, langs, 1)[0]
            task, tools = tx.agent_task(rng, lang), pick(rng, tx.TOOLSETS)
            style, k = irange(rng, 0, 2), irange(rng, 3, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.6, size=k - 1))])
            for step, tt in enumerate(t.tolist()):
                ts_l.append(tt)
                pr_l.append(tx.agent_step(rng, task, tools, step, style))
                ex_l.append(step * per_ctx)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=_split_models(ctx, rng, ts, 0.9),
            comp_median=220.0,
            extra=np.asarray(ex_l, dtype=np.int64),
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest (ReAct, JSON tool calls, XML tags)",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "pacing": "trajectories of 3-12 chained steps ~9 s apart, handed to keys as a worker pool",
            "ip_source": f"one {provider} /24, {len(pool)} hosts",
            "languages": langs,
            "models": "new model 90% after release",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation through rotating throwaway keys on residential proxies


def yard_on(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "yard_on"
    n_keys = irange(rng, 18, 28)
    langs = {"en": 0.5, "fr": 0.12, "id": 0.12, "hi": 0.13, "tr": 0.13}
    proxy = bb.resi(rng, 400, "*")
    per_card = irange(rng, 3, 5)
    cards = [bb.hexid(rng, "pay") for _ in range(n_keys // per_card + 1)]
    span = ctx.t1 - ctx.t0
    accts = []
    for i in range(n_keys):
        a = ctx.t0 + span * (i / n_keys) * 0.85 + float(rng.uniform(0, 0.1)) * DAY
        b = min(ctx.t1, a + float(rng.uniform(1.0, 2.5)) * DAY)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="throwaway_key",
            campaign_id=camp,
            pay=cards[i // per_card],
            ua=bb.sdk_ua(rng, 0.4),
            ips=proxy,
        )
        accts.append(acct)
        ts = bb.thinned(rng, a, b, float(rng.uniform(6, 12)) * (b - a) / HOUR, bb.constant)
        ls = _lang_seq(rng, langs, len(ts))
        prompts = [tx.synth_data(rng, lang) for lang in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_split_models(ctx, rng, ts, 0.9),
            ips=bb.sticky(rng, ts, proxy, 10 * MINUTE),
            comp_median=1000.0,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic instruction / textbook / MCQ / persona-dialogue dataset generation",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": f"prepaid cards shared by {per_card} keys each",
            "pacing": "each key lives 1-2.5 days, replaced by the next; Poisson 6-12/h while alive",
            "ip_source": "worldwide residential proxy pool, sticky 10 min",
            "languages": langs,
            "models": "new model 90% after release",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n / soft-label sampling: identical prompts fired n times in a burst


def firing_shot(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "firing_shot"
    n_keys = irange(rng, 4, 7)
    org = bb.hexid(rng, "org")
    cards = [bb.hexid(rng, "pay"), bb.hexid(rng, "pay")]
    provider = pick(rng, ("oracle", "contabo"))
    start = ctx.release - float(rng.uniform(1.0, 2.0)) * DAY
    accts = []
    for i in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=cards[i % 2],
            ua="OpenAI/Python 1.63.2",
            ips=bb.cloud(rng, 2, provider),
        )
        accts.append(acct)
        n_rep = pick(rng, (4, 5, 8))
        items = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(2, 4)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts_l, pr_l = [], []
        for s in items.tolist():
            p = tx.soft_label(rng, ctx.chat)
            k = max(2, int(rng.poisson(n_rep)))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.7, size=k - 1))])
            ts_l.extend(t.tolist())
            pr_l.extend([p] * k)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=_split_models(ctx, rng, ts, 0.92),
            comp_median=300.0,
            err=0.05,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling: each prompt (public chat, label-probability, "
            "confidence) repeated ~4-8 times within seconds",
            "keys": n_keys,
            "orgs": 1,
            "payment": "two cards, alternating keys",
            "pacing": "Poisson items 2-4/h per key, each a burst of repeats ~0.4 s apart",
            "ip_source": f"{provider} instances, 2 IPs per key",
            "languages": {"en": 1.0},
            "models": "starts 1-2 days before release; new model 92% after",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. translation / code-port sweep through a 4G mobile-proxy farm, nightly runs


def ditch_jack(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "ditch_jack"
    n_keys = irange(rng, 10, 15)
    orgs = [(bb.hexid(rng, "org"), bb.hexid(rng, "pay")) for _ in range(2)]
    curve = bb.nightly(float(rng.uniform(21, 23.5)), float(rng.uniform(6, 9)), 3)
    targets = list(tx.LANGS)
    accts = []
    for i in range(n_keys):
        org, pay = orgs[i % 2]
        kind = pick(rng, ADDR_V6_KINDS)
        pool = bb.mobile_v6(rng, 30, kind)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)")),
            ips=pool,
            tz=3,
        )
        accts.append(acct)
        ts = bb.thinned(
            rng,
            ctx.t0 + float(rng.uniform(0, 0.5)) * DAY,
            ctx.t1,
            float(irange(rng, 250, 450)),
            curve,
        )
        prompts: list[str] = []
        comp: list[float] = []
        style = irange(rng, 0, 2)
        while len(prompts) < len(ts):
            src = tx.clip_text(rng, pick(rng, ctx.passages), 300, 1200)
            for tgt in rng.choice(targets, size=irange(rng, 6, 10), replace=False).tolist():
                s = 3 if chance(rng, 0.08) else style
                prompts.append(tx.translation_harvest(rng, src, tgt, s))
                comp.append(len(src) / 3.2)
        prompts = prompts[: len(ts)]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_split_models(ctx, rng, ts, 0.8),
            ips=bb.sticky(rng, ts, pool, HOUR),
            comp_median=np.asarray(comp[: len(ts)]),
            comp_sigma=0.25,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "parallel-corpus harvest: each passage into 6-10 languages, plus code ports",
            "keys": n_keys,
            "orgs": 2,
            "payment": "one card per org",
            "pacing": "nightly runs (UTC+3, ~22:00 for 6-9 h), Poisson within",
            "ip_source": "4G mobile-proxy farm (carrier IPv6), sticky 1 h",
            "languages": "20 targets",
            "models": "new model 80% after release",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: harvest hidden inside a real writing-assistant product's traffic


def back_bowl(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "back_bowl"
    n_keys = irange(rng, 3, 5)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    brand = pick(rng, ("Quillwise", "Draftly", "Penrose AI", "Scribblebee"))
    share = float(rng.uniform(0.25, 0.35))
    curve = bb.global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.5, 0.7)))
    locales = ("en-US", "en-GB", "de-DE", "es-ES", "pt-BR", "fr-FR", "en-IN")
    start = ctx.t0
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=bb.cloud(rng, irange(rng, 2, 4), "aws"),
        )
        accts.append(acct)
        n_users = float(irange(rng, 900, 1500))
        t_user = bb.thinned(rng, start, ctx.t1, n_users, curve)
        # the harvest starts a little before release and rides the same load curve
        h0 = ctx.release - float(rng.uniform(0.3, 1.0)) * DAY
        n_h = n_users * share / (1 - share) * (ctx.t1 - h0) / (ctx.t1 - start)
        t_h = bb.thinned(rng, h0, ctx.t1, n_h, curve)
        pu = [
            tx.product_wrap(
                brand,
                pick(rng, ("free", "pro", "team")),
                pick(rng, locales),
                tx.clip_text(rng, pick(rng, ctx.chat), 10, 1500),
            )
            for _ in t_user
        ]
        ph = [
            tx.product_wrap(
                brand, pick(rng, ("pro", "team")), pick(rng, locales), tx.product_harvest(rng)
            )
            for _ in t_h
        ]
        ts = np.concatenate([t_user, t_h])
        models = _split_models(ctx, rng, t_user, 0.5) + _split_models(ctx, rng, t_h, 0.9)
        comp = np.concatenate([np.full(len(t_user), 300.0), np.full(len(t_h), 900.0)])
        ctx.emit(rng, acct, ts, pu + ph, models=models, comp_median=comp, err=0.01)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "expert long-form + worked-solution harvest mixed into a real writing "
            "product's backend traffic, inside the product's own prompt wrapper",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one corporate card",
            "brand": brand,
            "harvest_share": round(share, 3),
            "pacing": "product's global load curve for both real users and harvest",
            "ip_source": "product backend NAT egress on aws, 2-4 IPs per key",
            "languages": "product locales",
            "models": "users 50% new model after release, harvest 90%",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: bought / compromised aged accounts, taken over after release, low and slow


def greenkeeper(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "greenkeeper"
    n = irange(rng, 20, 30)
    lang_of_tz = {
        -8: "en",
        -5: "en",
        -3: "pt",
        0: "en",
        1: "de",
        2: "fr",
        3: "en",
        5: "en",
        8: "en",
        9: "ja",
    }
    accts = []
    for _ in range(n):
        tz = int(pick(rng, bb.TZS))
        home_ips = bb.home(rng, irange(rng, 1, 2), tz)
        ua0 = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else pick(rng, bb.SDK_COMMON)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="taken_over",
            campaign_id=camp,
            ua=ua0,
            ips=home_ips,
            tz=tz,
        )
        accts.append(acct)
        take = ctx.release + float(rng.uniform(0.0, 0.8)) * DAY
        # the owner's own light use before the takeover
        sess = bb.session_times(
            rng, ctx.t0, take, float(rng.uniform(0.6, 1.8)), bb.evening_person(tz), 3.0, 90.0
        )
        t_own = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng,
            acct,
            t_own,
            [pick(rng, ctx.chat) for _ in t_own],
            models=_split_models(ctx, rng, t_own, 0.2, 0.2),
            comp_median=350.0,
        )
        # the buyer's harvest: same region, same person-like curve, a few dozen a day
        ua1 = "OpenAI/Python 1.54.0" if chance(rng, 0.6) else ua0
        proxy = bb.home(rng, irange(rng, 4, 10), tz)
        sess = bb.session_times(
            rng, take, ctx.t1, float(rng.uniform(3, 6)), bb.evening_person(tz, 3.0), 4.0, 50.0
        )
        t_buy = np.concatenate(sess) if sess else np.empty(0)
        lang = lang_of_tz[tz] if chance(rng, 0.7) else "en"
        ctx.emit(
            rng,
            acct,
            t_buy,
            [tx.expert_question(rng, lang) for _ in t_buy],
            models=_split_models(ctx, rng, t_buy, 0.9),
            ips=bb.sticky(rng, t_buy, proxy, 2 * HOUR),
            ua=ua1,
            comp_median=700.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "expert-answer harvest through aged accounts bought from their owners",
            "keys": n,
            "orgs": n,
            "payment": "each account's original card",
            "pacing": "owner's evening sessions before takeover; after it, 3-6 person-like sessions a day",
            "ip_source": "owner's home IP, then residential proxies in the owner's region, sticky 2 h",
            "languages": "owner's region language 70%, else English",
            "models": "owner old models; buyer new model 90%",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: low-and-slow crowd of person-like accounts with a partitioned question bank


def forehand_draw(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "forehand_draw"
    n = irange(rng, 40, 56)
    tzs = (-5, -3, 1, 5, 8)
    lang_of_tz = {-5: "en", -3: "pt", 1: "es", 5: "hi", 8: "en"}
    bank = tx.study_bank(rng, n * 40)
    accts = []
    for i in range(n):
        tz = int(pick(rng, tzs))
        ua = pick(rng, bb.BROWSERS + bb.MOBILE + bb.SDK_COMMON)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona",
            campaign_id=camp,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sess = bb.session_times(
            rng, a, ctx.t1, float(rng.uniform(1.0, 2.2)), bb.evening_person(tz), 4.0, 75.0
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        mine = bank[i * 40 : (i + 1) * 40]
        lang = lang_of_tz[tz] if chance(rng, 0.5) else "en"
        prompts = [tx.study_question(rng, mine[j % len(mine)], lang) for j in range(len(ts))]
        ctx.emit(
            rng, acct, ts, prompts, models=_split_models(ctx, rng, ts, 0.75), comp_median=650.0
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "coding / concept explanation harvest by a crowd of fake students",
            "keys": n,
            "orgs": n,
            "payment": "one virtual card per account",
            "pacing": "human-like evening sessions 1-2 a day, staggered sign-ups",
            "ip_source": "one sticky residential exit per persona in its time zone's region",
            "languages": "en / pt / es / hi-English mix",
            "models": "new model 75% after release",
            "bank": "disjoint slices of one question bank",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: multi-turn replay of public chat prompts through residential sessions


def burned_end(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "burned_end"
    n = irange(rng, 14, 22)
    shared = [bb.hexid(rng, "pay") for _ in range(2)]
    pool = bb.resi(rng, 300, "*")
    start = ctx.release - float(rng.uniform(0.8, 1.5)) * DAY
    fu_langs = {"en": 0.7, "es": 0.1, "de": 0.1, "ja": 0.1}
    accts = []
    for _ in range(n):
        tz = int(pick(rng, bb.TZS))
        pay = pick(rng, shared) if chance(rng, 0.25) else None
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=camp,
            pay=pay,
            ua=pick(rng, bb.BROWSERS),
            ips=pool,
            tz=tz,
        )
        accts.append(acct)
        sess = bb.session_times(
            rng, start, ctx.t1, float(rng.uniform(4, 8)), bb.evening_person(tz, 3.5), 4.0, 45.0
        )
        ts_l, pr_l, ip_l = [], [], []
        lang = _lang_seq(rng, fu_langs, 1)[0]
        for s in sess:
            ip = pick(rng, pool)
            for j, t in enumerate(s.tolist()):
                ts_l.append(t)
                pr_l.append(pick(rng, ctx.chat) if j == 0 else tx.followup(rng, lang))
                ip_l.append(ip)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=_split_models(ctx, rng, ts, 0.85),
            ips=ip_l,
            comp_median=500.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest replaying public chat prompts with follow-ups",
            "keys": n,
            "orgs": n,
            "payment": "own card each, a quarter share two stolen cards",
            "pacing": "human-like sessions (4-8 a day) on each persona's evening curve",
            "ip_source": "residential proxy, a new exit per session",
            "languages": fu_langs,
            "models": "starts ~1 day before release; new model 85% after",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: curriculum sweep from an ordinary office, office hours, the commonest SDK


def trail_shot(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "trail_shot"
    n_keys = irange(rng, 6, 10)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = int(pick(rng, (1, 2)))
    office = bb.home(rng, 2, tz)
    curve = bb.workday(tz)
    lang_w = {"en": 0.4, "de": 0.2, "pl": 0.2, "it": 0.2}
    concepts = list(tx.CONCEPTS)
    order = [(c, lv, lang) for c in concepts for lv in range(5) for lang in lang_w]
    order = [order[i] for i in rng.permutation(len(order)).tolist()]
    accts = []
    pos = 0
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=office,
            tz=tz,
        )
        accts.append(acct)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(irange(rng, 220, 420)), curve)
        prompts = []
        for _t in ts:
            c, lv, lang = order[pos % len(order)]
            pos += 1
            prompts.append(tx.curriculum(rng, c, lv, lang))
        ctx.emit(rng, acct, ts, prompts, models=_split_models(ctx, rng, ts, 0.8), comp_median=800.0)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "curriculum sweep: concept x level x language, lessons with exercises",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one business card",
            "pacing": f"office hours UTC{tz:+d}, weekends quiet",
            "ip_source": "two office broadband IPs",
            "languages": lang_w,
            "models": "new model 80% after release",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "toucher": toucher,
    "jack_high": jack_high,
    "wick_shot": wick_shot,
    "drawing_shot": drawing_shot,
    "yard_on": yard_on,
    "firing_shot": firing_shot,
    "ditch_jack": ditch_jack,
    "back_bowl": back_bowl,
    "greenkeeper": greenkeeper,
    "forehand_draw": forehand_draw,
    "burned_end": burned_end,
    "trail_shot": trail_shot,
}

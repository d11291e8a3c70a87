"""Campaign families of blind batch 315: twelve distillation operations, each drawn from its own
generator (`build_batch` seeds it with (seed, salt, 1, index)). Code names are dredger parts.

Each family writes its accounts, events and one campaign record (with JSON-serialisable params) to
the shared context. Four or more are built to pass as legitimate use (see the README's "Hard parts").
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Acct, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind315 import texts as tx

# the user agents the background's own people and scripts send (seen in its output)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)


def _langs(rng: np.random.Generator, langs: list[str], main: str) -> tuple[list[str], list[float]]:
    """A language mix: `main` dominant, the others in random proportions."""
    w = rng.dirichlet(np.ones(len(langs)))
    w = 0.5 * w + 0.5 * np.array([1.0 if lg == main else 0.0 for lg in langs])
    return langs, [round(float(x), 4) for x in w]


def _acct(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def cutter_head(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cutter_head"
    n_keys = irange(rng, 6, 14)
    provider = pick(rng, ["hetzner", "ovh", "contabo", "leaseweb"])
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    ua = pick(rng, ["python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"])
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    langs, w = _langs(rng, ["en", "zh", "es", "ru"], "en")
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=org,
            pay=pay,
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for _ in range(n_keys)
    ]
    test_start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    go = ctx.release + float(rng.uniform(0.5, 6)) * HOUR
    pre_rate, post_rate = float(rng.uniform(4, 12)), float(rng.uniform(60, 140))
    pre = bb.worker_pool(rng, test_start, ctx.release, pre_rate, n_keys)
    post = bb.worker_pool(
        rng, go, ctx.t1, post_rate, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.3)
    )
    for a, p0, p1 in zip(accts, pre, post, strict=True):
        ts = _concat([p0, p1])
        prompts = [tx.reasoning_coercion(rng, tx.lang_draw(rng, langs, w)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=float(rng.uniform(800, 1400)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool, test trickle before release",
            "ip_source": f"rented hosting block ({provider})",
            "payment": "one prepaid card, all keys",
            "keys": n_keys,
            "user_agent": ua,
            "languages": dict(zip(langs, w, strict=True)),
            "rates_per_hour": [round(pre_rate, 2), round(post_rate, 2)],
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading, stolen cards, nightly bursts from several clouds


def drag_head(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "drag_head"
    n_keys = irange(rng, 4, 9)
    clouds = ["aws", "gcp", "azure", "oracle"]
    provs = sorted(clouds[i] for i in rng.permutation(len(clouds))[:2].tolist())
    langs, w = _langs(rng, ["en", "de", "ja", "fr"], "en")
    tz = pick(rng, [0, 1, 8, 9, -5])
    accts = []
    for _ in range(n_keys):
        prov = pick(rng, provs)
        accts.append(
            _acct(
                ctx,
                rng,
                fam,
                cid,
                "grader",
                ua=bb.sdk_ua(rng, 0.6),
                ips=bb.cloud(rng, irange(rng, 1, 4), prov),
            )
        )  # own org, own (stolen) card
    night = bb.nightly(float(rng.uniform(0, 4)), float(rng.uniform(3, 6)), tz)
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    for a in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(2, 5)) * (ctx.t1 - start) / DAY, night
        )
        ts = _concat(
            bb.bursts(
                rng, starts, float(rng.uniform(20, 60)), float(rng.uniform(2, 6)), 0.6, ctx.t1
            )
        )
        prompts = [
            tx.judge_prompt(rng, tx.lang_draw(rng, langs, w), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=float(rng.uniform(180, 320)),
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "pacing": "nightly bursts",
            "night_tz": tz,
            "ip_source": f"cloud ({', '.join(provs)})",
            "payment": "one stolen card per key",
            "keys": n_keys,
            "languages": dict(zip(langs, w, strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-safe rewrites through a rotating residential proxy, cards shared in small groups


def suction_pipe(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "suction_pipe"
    n_keys = irange(rng, 18, 32)
    n_cards = irange(rng, 3, 6)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    region = pick(rng, ["*", "eu", "us", "sea", "latam"])
    pool = bb.resi(rng, irange(rng, 300, 900), region)
    langs, w = _langs(rng, ["zh", "en", "ru", "ar"], "zh")
    hold = float(rng.uniform(5, 30)) * MINUTE
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "rewriter",
            pay=pick(rng, cards),
            ua=bb.sdk_ua(rng, 0.4),
            ips=pool[:1],
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(1, 3.2)) * DAY
    for a in accts:
        a_start = start + float(rng.uniform(0, 1.5)) * DAY
        ts = bb.thinned(
            rng,
            a_start,
            ctx.t1,
            float(rng.uniform(40, 160)),
            bb.global_load(float(rng.uniform(0, 24)), 0.5),
        )
        prompts = [
            tx.policy_rewrite(rng, tx.lang_draw(rng, langs, w), ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(300, 520)),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites and refusal-style answers",
            "pacing": "per-key poisson at moderate rates",
            "ip_source": f"rotating residential proxy ({region})",
            "proxy_hold_minutes": round(hold / MINUTE, 1),
            "payment": f"{n_cards} cards shared across keys",
            "keys": n_keys,
            "languages": dict(zip(langs, w, strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories, episodes of fast consecutive steps


def bucket_ladder(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bucket_ladder"
    n_keys = irange(rng, 3, 6)
    prov = pick(rng, ["aws", "gcp", "digitalocean", "vultr"])
    ips = bb.cloud(rng, irange(rng, 2, 5), prov)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ["litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"])
    langs, w = _langs(rng, ["en", "fr", "pt"], "en")
    accts = [
        _acct(ctx, rng, fam, cid, "agent_runner", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0, 1.0)) * DAY
    episodes_per_hour = float(rng.uniform(5, 14))
    for a in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, episodes_per_hour * (ctx.t1 - start) / HOUR / n_keys, bb.constant
        )
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            style = irange(rng, 0, 2)
            task = tx.agent_task(rng, tx.lang_draw(rng, langs, w))
            steps = irange(rng, 3, 12)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.5, size=steps - 1))]
            )
            hist = 0
            for k, tk in enumerate(t.tolist()):
                ts_all.append(tk)
                prompts.append(tx.agent_step(rng, style, task, k))
                extra.append(hist)
                hist += irange(rng, 150, 700)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=float(rng.uniform(150, 300)),
            comp_sigma=0.7,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "pacing": "episodes of 3-12 rapid steps, around the clock",
            "ip_source": f"cloud ({prov})",
            "payment": "one card",
            "keys": n_keys,
            "user_agent": ua,
            "episodes_per_hour": round(episodes_per_hour, 2),
            "languages": dict(zip(langs, w, strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation, long completions, nightly batch jobs


def spud_carrier(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "spud_carrier"
    n_keys = irange(rng, 2, 4)
    prov = pick(rng, ["gcp", "aws", "alibaba", "tencent"])
    org = hexid(rng, "org")
    langs, w = _langs(rng, ["en", "ko", "id", "vi"], "en")
    tz = pick(rng, [8, 9, -8, 1])
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            org=org,
            ua=bb.sdk_ua(rng, 0.7),
            ips=bb.cloud(rng, irange(rng, 1, 2), prov),
        )
        for _ in range(n_keys)
    ]  # one card per key
    window = bb.nightly(float(rng.uniform(22, 24)) % 24, float(rng.uniform(4, 7)), tz)
    for a in accts:
        ts = bb.thinned(rng, ctx.t0 + 2 * DAY, ctx.t1, float(rng.uniform(250, 700)), window)
        prompts = [tx.dataset_request(rng, tx.lang_draw(rng, langs, w)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0),
            comp_median=float(rng.uniform(1500, 2600)),
            comp_sigma=0.35,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation",
            "pacing": "nightly batch windows",
            "window_tz": tz,
            "ip_source": f"cloud ({prov})",
            "payment": "one card per key",
            "keys": n_keys,
            "languages": dict(zip(langs, w, strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through VPN exits, scripted follow-ups


def hopper_well(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hopper_well"
    n_keys = irange(rng, 8, 15)
    exits = bb.rented_block(
        rng, pick(rng, ["m247", "leaseweb", "vultr"]), irange(rng, 2, 5), irange(rng, 3, 8)
    )
    cards = [hexid(rng, "pay") for _ in range(2)]
    langs, w = _langs(rng, ["en", "es", "pt", "tr"], "en")
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "conversation_bot",
            pay=pick(rng, cards),
            ua=pick(rng, bb.BROWSERS),
            ips=picks(rng, exits, irange(rng, 2, 4)),
        )
        for _ in range(n_keys)
    ]
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(10, 25)),
            bb.constant,
            float(rng.uniform(4, 7)),
            float(rng.uniform(25, 60)),
            0.35,
        )
        ts_all, prompts, extra = [], [], []
        for sess in sessions:
            lang = tx.lang_draw(rng, langs, w)
            hist = 0
            for k, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(
                    tx.opener(rng, lang, ctx.chat) if k == 0 else tx.follow_up(rng, lang)
                )
                extra.append(hist)
                hist += irange(rng, 300, 900)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=float(rng.uniform(450, 700)),
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (public openers, scripted follow-ups)",
            "pacing": "bot sessions around the clock",
            "ip_source": "VPN / hosting exits",
            "payment": "two prepaid cards",
            "keys": n_keys,
            "user_agent": "browser strings",
            "languages": dict(zip(langs, w, strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n sampling of code tasks: the same prompt n times in a few seconds


def bottom_door(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bottom_door"
    n_keys = irange(rng, 2, 3)
    ips = bb.cloud(rng, irange(rng, 1, 2), pick(rng, ["oracle", "azure", "huawei"]))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    langs, w = _langs(rng, ["en", "zh", "ja"], "en")
    n_best = irange(rng, 4, 8)
    accts = [
        _acct(ctx, rng, fam, cid, "sampler", org=org, pay=pay, ua=bb.sdk_ua(rng, 0.8), ips=ips)
        for _ in range(n_keys)
    ]
    start = ctx.release + float(rng.uniform(0.2, 1.0)) * DAY
    for a in accts:
        starts = bb.thinned(rng, start, ctx.t1, float(rng.uniform(150, 400)), bb.constant)
        ts_all, prompts = [], []
        for s in starts.tolist():
            p = tx.code_task(rng, tx.lang_draw(rng, langs, w))
            k = max(2, int(rng.poisson(n_best)))
            t = s + np.concatenate([[0.0], np.cumsum(rng.exponential(1.5, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=1.0),
            comp_median=380.0,
            comp_sigma=0.5,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling of code tasks",
            "n_per_prompt": n_best,
            "pacing": "a burst of identical prompts per task",
            "ip_source": "cloud",
            "payment": "one card",
            "keys": n_keys,
            "languages": dict(zip(langs, w, strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep: a grid of subject x concept x level, slow steady per key


def overflow_weir(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "overflow_weir"
    subjects = list(tx.CURRICULUM)
    order = rng.permutation(len(subjects)).tolist()
    n_keys = irange(rng, 4, len(subjects))
    pay = hexid(rng, "pay")
    prov = pick(rng, ["digitalocean", "linode", "scaleway"])
    langs, w = _langs(rng, ["en", "hi", "pt", "fr"], "en")
    levels = irange(rng, 5, 10)
    accts = []
    for i in range(n_keys):
        subj = subjects[order[i]]
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            f"sweeper:{subj}",
            pay=pay,
            ua=bb.sdk_ua(rng, 0.3),
            ips=bb.cloud(rng, 1, prov),
        )
        accts.append(a)
        period = float(rng.uniform(240, 720))
        start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.8)
        n = int((ctx.t1 - start) / period)
        ts = start + np.arange(n) * period + rng.normal(0, period * 0.08, size=n)
        # pauses (the sweep is restarted by hand now and then)
        keep = np.ones(n, dtype=bool)
        for _ in range(irange(rng, 1, 4)):
            c = irange(rng, 0, max(0, n - 1))
            keep[c : c + irange(rng, 20, 200)] = False
        ts = np.sort(ts[keep])
        style = irange(rng, 0, 2)
        concepts = tx.CURRICULUM[subj]
        prompts = []
        for j in range(len(ts)):
            cycle = j // (len(concepts) * levels)
            rem = j % (len(concepts) * levels)
            concept, level = concepts[rem // levels], rem % levels + 1
            lang = tx.lang_draw(rng, langs, w) if cycle else "en"
            prompts.append(tx.curriculum_prompt(rng, lang, subj, concept, level, levels, style))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=float(rng.uniform(900, 1300)),
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep (subject x concept x level grid)",
            "levels": levels,
            "pacing": "slow fixed period per key with hand restarts",
            "ip_source": f"cloud ({prov})",
            "payment": "one card, separate orgs",
            "keys": n_keys,
            "languages": dict(zip(langs, w, strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real study-help product's traffic


def dredge_pump(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dredge_pump"
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ["OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"])
    peak = float(rng.uniform(13, 20))
    share = float(rng.uniform(0.2, 0.35))
    switch = (
        ctx.release + float(rng.uniform(0.3, 1.2)) * DAY
    )  # the product upgrades everything at once
    accts = [
        _acct(ctx, rng, fam, cid, "product_backend", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(n_keys)
    ]
    users = list(ctx.chat[int(rng.integers(0, max(1, len(ctx.chat) - 3000))) :][:3000])
    for a in accts:
        real = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(700, 1400)), bb.global_load(peak, 0.6)
        )
        # injected jobs fill the product's quiet hours so the key's daily curve flattens
        quiet = bb.global_load((peak + 12) % 24, 0.8)
        inj = bb.thinned(
            rng,
            ctx.t0 + float(rng.uniform(1.5, 3.0)) * DAY,
            ctx.t1,
            share / (1 - share) * len(real),
            quiet,
        )
        ts = np.concatenate([real, inj])
        is_inj = np.concatenate([np.zeros(len(real), bool), np.ones(len(inj), bool)])
        o = np.argsort(ts, kind="stable")
        ts, is_inj = ts[o], is_inj[o]
        prompts = [
            tx.homework(rng) if j else tx.snippet(rng, users, 10, 1200) for j in is_inj.tolist()
        ]
        models = [
            ctx.new_model
            if t >= switch
            else (ctx.old_models[-1] if chance(rng, 0.3) else ctx.old_models[0])
            for t in ts.tolist()
        ]
        ctx.emit(
            rng, a, ts, prompts, models=models, comp_median=float(rng.uniform(320, 420)), err=0.01
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest injected into a live study-help product's own traffic",
            "injected_share": round(share, 3),
            "pacing": "product load curve, injections in its quiet hours",
            "ip_source": "the product's cloud egress (aws)",
            "payment": "the product's business card",
            "keys": n_keys,
            "user_agent": ua,
            "model": "whole product switched to the new model at one time",
            "languages": {"en": 1.0},
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged consumer accounts, genuine history then domain-expert harvest


def swing_winch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "swing_winch"
    n_keys = irange(rng, 20, 35)
    langs, w = _langs(rng, ["en", "es", "de", "fr", "pt"], "en")
    proxy_region = pick(rng, ["us", "eu", "*"])
    pool = bb.resi(rng, irange(rng, 200, 600), proxy_region)
    sale = ctx.release + float(rng.uniform(-1.0, 0.5)) * DAY
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, bb.TZS)
        home = bb.home(rng, irange(rng, 1, 2), tz)
        ua = pick(rng, BG_BROWSERS)
        a = _acct(ctx, rng, fam, cid, "aged_account", ua=ua, ips=home, tz=tz)
        accts.append(a)
        # the previous owner's genuine use
        hist = _concat(
            bb.session_times(
                rng, ctx.t0, sale, float(rng.uniform(0.4, 1.5)), bb.evening_person(tz), 2.5, 90.0
            )
        )
        ctx.emit(
            rng,
            a,
            hist,
            [tx.snippet(rng, ctx.chat, 10, 900) for _ in range(len(hist))],
            models=ctx.models(rng, hist, p_new=0.2, p_mini=0.2),
            comp_median=340.0,
        )
        # the buyer's use: person-like sessions through a residential proxy
        t_start = sale + float(rng.uniform(0.1, 1.0)) * DAY
        sess = bb.session_times(
            rng,
            t_start,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            bb.evening_person(tz, 3.5),
            float(rng.uniform(5, 12)),
            float(rng.uniform(35, 120)),
            0.9,
        )
        ts = _concat(sess)
        lang = tx.lang_draw(rng, langs, w)
        prompts = [tx.humanise(rng, tx.domain_question(rng, lang), 0.4) for _ in range(len(ts))]
        new_ua = ua if chance(rng, 0.65) else pick(rng, bb.SDK_COMMON)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
            ips=bb.sticky(rng, ts, pool, 45 * MINUTE),
            ua=new_ua,
            comp_median=float(rng.uniform(550, 850)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "expert-domain Q&A harvest on bought aged consumer accounts",
            "sale_ts": round(sale, 1),
            "pacing": "person-like evening sessions after the sale",
            "ip_source": f"home ISP before the sale, residential proxy ({proxy_region}) after",
            "payment": "previous owners' own cards",
            "keys": n_keys,
            "languages": dict(zip(langs, w, strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of fresh person-like accounts


def anchor_boom(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "anchor_boom"
    n_keys = irange(rng, 40, 70)
    langs, w = _langs(rng, ["en", "es", "pt", "id", "vi"], "en")
    uas = list(BG_BROWSERS) + list(bb.MOBILE[:3]) + ["OpenAI/Python 1.54.0"]
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, bb.TZS)
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "crowd_member",
            ua=pick(rng, uas),
            ips=bb.home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        accts.append(a)
        onboard = (
            ctx.release + float(rng.uniform(0, 2.5)) * DAY
            if chance(rng, 0.7)
            else bb.jitter_start(rng, ctx.t0, ctx.release, 1.0)
        )
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz, weekend=0.3)
        ts = _concat(
            bb.session_times(
                rng,
                onboard,
                ctx.t1,
                float(rng.uniform(1, 3)),
                curve,
                float(rng.uniform(2.5, 5)),
                float(rng.uniform(60, 240)),
                1.0,
            )
        )
        ts = ts[: irange(rng, 8, 45)]
        lang = tx.lang_draw(rng, langs, w)
        prompts = [
            tx.crowd_question(rng, lang if chance(rng, 0.85) else "en") for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.1),
            comp_median=float(rng.uniform(500, 800)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "olympiad / interview curriculum harvested by a crowd of fresh person-like accounts",
            "pacing": "1-3 human-like sessions a day, capped 8-45 requests per account",
            "ip_source": "residential addresses matching each claimed time zone",
            "payment": "one virtual card per account",
            "keys": n_keys,
            "languages": dict(zip(langs, w, strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay posing as a company's internal tool


def rainbow_nozzle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rainbow_nozzle"
    n_keys = irange(rng, 5, 10)
    n_offices = irange(rng, 1, 2)
    offices = [int(x) for x in picks(rng, [-5, 0, 1, 2, 5, 8], n_offices)]
    office_ips = {tz: bb.home(rng, irange(rng, 1, 2), tz) for tz in offices}
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, offices)
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "replayer",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=office_ips[tz],
            tz=tz,
        )
        accts.append(a)
        pre = bb.thinned(
            rng, ctx.release - 1.5 * DAY, ctx.release, float(rng.uniform(3, 12)), bb.workday(tz)
        )
        post = bb.thinned(
            rng, ctx.release, ctx.t1, float(rng.uniform(120, 320)), bb.workday(tz, weekend=0.15)
        )
        ts = _concat([pre, post])
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[order[cursor % len(order)]])
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.75, 0.95)), p_mini=0.1),
            comp_median=350.0,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "replay of public human prompts (ShareGPT) for new-model answers",
            "pacing": "office hours of the claimed offices",
            "offices_tz": offices,
            "ip_source": "office broadband addresses",
            "payment": "one company card",
            "keys": n_keys,
            "user_agent": "OpenAI/Python 1.54.0",
            "languages": "as in the public prompts",
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "cutter_head": cutter_head,
    "drag_head": drag_head,
    "suction_pipe": suction_pipe,
    "bucket_ladder": bucket_ladder,
    "spud_carrier": spud_carrier,
    "hopper_well": hopper_well,
    "bottom_door": bottom_door,
    "overflow_weir": overflow_weir,
    "dredge_pump": dredge_pump,
    "swing_winch": swing_winch,
    "anchor_boom": anchor_boom,
    "rainbow_nozzle": rainbow_nozzle,
}

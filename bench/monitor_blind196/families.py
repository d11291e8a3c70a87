"""Campaign families of blind batch 196 (code names from tiddlywinks).

Each family is `family(ctx, rng, campaign_id)`: it opens its accounts, writes their events into
the shared sink and records one campaign in the truth. Everything random comes from the family's
own generator, so each family varies its keys, orgs, cards, pacing, addresses, agents, languages
and prompt styles independently of the others.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, chance, hexid, irange, pick, picks
from bench.monitor_blind196 import texts as tx


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _open(
    ctx: bb.Ctx, rng: np.random.Generator, family: str, camp: str, role: str, **kw
) -> bb.Acct:
    return ctx.account(rng, label="campaign", family=family, role=role, campaign_id=camp, **kw)


def _weights_pick(rng: np.random.Generator, weights: list[float]) -> int:
    w = np.asarray(weights, dtype=np.float64)
    return int(rng.choice(len(w), p=w / w.sum()))


# --------------------------------------------------------------------------------------------


def squidger(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reasoning-trace coercion from a rented block, a Poisson worker pool, warm-up then full rate."""
    name = "squidger"
    n_keys = irange(rng, 14, 28)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 9))
    # sub-pools: each pipeline has its own prompt style and client
    style_w = [
        1.0,
        float(rng.uniform(0.3, 1.0)),
        float(rng.uniform(0.2, 0.8)),
        float(rng.uniform(0.2, 0.7)),
        float(rng.uniform(0.1, 0.5)),
    ]
    accts, styles = [], []
    for i in range(n_keys):
        ua = bb.sdk_ua(rng, 0.4)
        ips = bb.picks(rng, block, irange(rng, 1, 3))
        accts.append(
            _open(
                ctx,
                rng,
                name,
                camp,
                "worker",
                org=orgs[i % len(orgs)],
                pay=pick(rng, cards),
                ua=ua,
                ips=ips,
            )
        )
        styles.append(_weights_pick(rng, style_w))
    warm = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
    pre = bb.worker_pool(rng, warm, ctx.release, float(rng.uniform(12, 30)), n_keys)
    post = bb.worker_pool(rng, ctx.release, ctx.t1, float(rng.uniform(70, 130)), n_keys)
    for i, a in enumerate(accts):
        ts = _cat([pre[i], post[i]])
        prompts = [
            tx.reasoning_trace(rng, styles[i] if chance(rng, 0.85) else irange(rng, 0, 2))
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=float(rng.uniform(1100, 1800)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool, warm-up before release",
            "ip_source": f"rented {provider} block",
            "payment": f"{len(cards)} prepaid card(s)",
            "keys": n_keys,
            "orgs": len(orgs),
            "languages": ["en", "zh", "ru"],
            "warm_start": warm,
        },
    )


def squop(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """Judge / rubric / reward-model grading in nightly bursts; one stolen card per key."""
    name = "squop"
    n_keys = irange(rng, 6, 12)
    org = hexid(rng, "org")
    tz = pick(rng, (8, 3, 2, -5))
    provider = pick(rng, ("aws", "gcp", "azure"))
    styles_on = sorted({irange(rng, 0, 5) for _ in range(4)} | {0})
    accts = []
    for _ in range(n_keys):
        accts.append(
            _open(
                ctx,
                rng,
                name,
                camp,
                "grader",
                org=org,
                ua=bb.sdk_ua(rng, 0.6),
                ips=bb.cloud(rng, irange(rng, 1, 2), provider),
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    night = bb.nightly(float(rng.uniform(0, 3)), float(rng.uniform(3, 6)), tz)
    size = float(rng.uniform(20, 45))
    for a in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(1.5, 3.5)) * (ctx.t1 - start) / DAY, night
        )
        ts = _cat(bb.bursts(rng, starts, size, float(rng.uniform(2, 6)), b=ctx.t1))
        prompts = []
        for _ in ts:
            prompts.append(
                tx.grading(
                    rng,
                    pick(rng, styles_on),
                    pick(rng, ctx.chat),
                    pick(rng, ctx.passages),
                    pick(rng, ctx.passages),
                )
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=float(rng.uniform(180, 320)),
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "pacing": "nightly bursts",
            "tz": tz,
            "ip_source": provider,
            "payment": "one stolen card per key",
            "styles": styles_on,
            "languages": ["en", "de", "es"],
        },
    )


def boondock(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """Policy-compliant rewrites and refusal-free completions through rotating VPN exits."""
    name = "boondock"
    n_keys = irange(rng, 5, 10)
    tz = pick(rng, (8, 3, 9))
    exits = bb.rented_block(
        rng, pick(rng, ("m247", "leaseweb")), irange(rng, 3, 6), irange(rng, 2, 5)
    )
    cards = [hexid(rng, "pay") for _ in range((n_keys + 1) // 2)]
    accts = []
    for i in range(n_keys):
        ua = (
            pick(rng, tx.PLAIN_SDKS)
            if chance(rng, 0.5)
            else pick(rng, ("python-requests/2.32.3", "axios/1.7.9"))
        )
        accts.append(_open(ctx, rng, name, camp, "rewriter", pay=cards[i // 2], ua=ua, ips=exits))
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    zh_share = float(rng.uniform(0.15, 0.45))
    for a in accts:
        starts = bb.thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(4, 9)) * (ctx.t1 - start) / DAY,
            bb.workday(tz, weekend=0.5, night=0.05),
        )
        ts = _cat(
            bb.bursts(rng, starts, float(rng.uniform(8, 22)), float(rng.uniform(5, 14)), b=ctx.t1)
        )
        prompts = []
        for _ in ts:
            style = 2 if chance(rng, zh_share) else pick(rng, (0, 1, 3, 4))
            prompts.append(tx.policy_rewrite(rng, style, pick(rng, ctx.passages)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=bb.sticky(rng, ts, exits, float(rng.uniform(0.5, 3)) * HOUR),
            comp_median=float(rng.uniform(400, 700)),
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "policy-compliant rewrites / safe completions",
            "pacing": "bursts in office hours",
            "tz": tz,
            "ip_source": "VPN exits, sticky rotation",
            "payment": "prepaid card per two keys",
            "languages": ["en", "zh"],
            "zh_share": zh_share,
        },
    )


def gromp(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """Agent / tool-use transcripts: multi-step episodes with growing context from cloud workers."""
    name = "gromp"
    n_keys = irange(rng, 8, 14)
    orgs = [hexid(rng, "org") for _ in range(2)]
    card = hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    uas = (
        "litellm/1.60.2",
        "langchain-openai/0.3.6",
        "dspy/2.6.3 litellm/1.60.2",
        "OpenAI/Python 1.58.1",
    )
    accts = [
        _open(
            ctx,
            rng,
            name,
            camp,
            "agent-runner",
            org=orgs[i % 2],
            pay=card,
            ua=pick(rng, uas),
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        for i in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    style_w = [1.0, float(rng.uniform(0.3, 1.0)), float(rng.uniform(0.05, 0.3))]
    eps = bb.worker_pool(rng, start, ctx.t1, float(rng.uniform(10, 17)), n_keys)
    schema_tok = irange(rng, 250, 700)
    for i, a in enumerate(accts):
        ts_all, prompts, extra = [], [], []
        for s in eps[i].tolist():
            steps = tx.agent_episode(rng, _weights_pick(rng, style_w))
            gaps = rng.lognormal(np.log(4.0), 0.6, size=len(steps))
            t = s + np.concatenate([[0.0], np.cumsum(gaps[:-1])])
            ts_all.extend(t.tolist())
            prompts.extend(steps)
            extra.extend([schema_tok + j * irange(rng, 150, 450) for j in range(len(steps))])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.05),
            comp_median=float(rng.uniform(120, 260)),
            comp_sigma=0.7,
            extra=extra,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "pacing": "poisson episodes, seconds between steps",
            "ip_source": provider,
            "payment": "one card",
            "orgs": 2,
            "languages": ["en", "ja"],
        },
    )


def scrunge(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """Synthetic data-set generation in many languages from keys spread over cloud providers."""
    name = "scrunge"
    n_keys = irange(rng, 20, 36)
    n_orgs = irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provs = picks(rng, bb.providers(), 4)
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    accts = []
    for i in range(n_keys):
        p = pick(rng, provs)
        accts.append(
            _open(
                ctx,
                rng,
                name,
                camp,
                "generator",
                org=orgs[i % n_orgs],
                pay=cards[i % n_orgs],
                ua=ua if chance(rng, 0.8) else bb.sdk_ua(rng),
                ips=bb.cloud(rng, 1, p),
            )
        )
    start = ctx.release + float(rng.uniform(0.0, 0.4)) * DAY
    lang_w = [
        1.0,
        0.8,
        0.7,
        float(rng.uniform(0.2, 0.6)),
        float(rng.uniform(0.2, 0.6)),
        float(rng.uniform(0.1, 0.4)),
        float(rng.uniform(0.1, 0.4)),
        float(rng.uniform(0.1, 0.3)),
    ]
    pool = bb.worker_pool(rng, start, ctx.t1, float(rng.uniform(45, 80)), n_keys)
    seed_no = irange(rng, 1000, 90000)
    for i, a in enumerate(accts):
        ts = pool[i]
        prompts = []
        for _ in ts:
            seed_no += irange(rng, 1, 3)
            prompts.append(tx.synth_data(rng, _weights_pick(rng, lang_w), seed_no))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=1.0),
            comp_median=float(rng.uniform(1400, 2200)),
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "synthetic data-set generation",
            "pacing": "poisson pool from release",
            "ip_source": f"cloud {provs}",
            "payment": "card per org",
            "orgs": n_orgs,
            "languages": ["en", "es", "pt", "id", "vi", "ar"],
        },
    )


def piddle(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """Multi-turn dialogue harvest: scripted follow-ups, bought accounts, residential proxies."""
    name = "piddle"
    n = irange(rng, 24, 40)
    accts, meta = [], []
    for _ in range(n):
        region = pick(rng, ("us", "eu", "latam", "ca"))
        lang = {"latam": pick(rng, ("es", "pt")), "eu": pick(rng, ("en", "en", "de", "es"))}.get(
            region, "en"
        )
        tz = {"us": pick(rng, (-8, -5)), "ca": -5, "latam": -3}.get(region, pick(rng, (0, 1, 2)))
        ua = pick(rng, tx.PLAIN_BROWSERS) if chance(rng, 0.6) else pick(rng, bb.BROWSERS)
        pool = bb.resi(rng, irange(rng, 15, 40), region)
        accts.append(_open(ctx, rng, name, camp, "talker", ua=ua, ips=pool, tz=tz))
        meta.append((lang, tz, pool))
    start = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    for a, (lang, tz, pool) in zip(accts, meta, strict=True):
        curve = bb.constant if chance(rng, 0.5) else bb.evening_person(tz, 3.5)
        a_start = start + float(rng.uniform(0, 0.6)) * DAY
        starts = bb.thinned(
            rng, a_start, ctx.t1, float(rng.uniform(4, 9)) * (ctx.t1 - a_start) / DAY, curve
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for s in starts.tolist():
            depth = irange(rng, 3, 10)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(35.0), 0.6, size=depth - 1))]
            )
            ip = pick(rng, pool)
            opener = (
                pick(rng, ctx.chat)
                if chance(rng, 0.6)
                else tx.casual(
                    rng,
                    f"I want to understand {pick(rng, tx.TOPICS)} properly. Where should I start?",
                )
            )
            prompts.append(opener)
            prompts.extend(tx.follow_up(rng, lang) for _ in range(depth - 1))
            ctx_tok = np.cumsum(np.concatenate([[0], rng.integers(250, 700, size=depth - 1)]))
            extra.extend(ctx_tok.tolist())
            ts_all.extend(t.tolist())
            ips.extend([ip] * depth)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips,
            extra=extra,
            comp_median=float(rng.uniform(380, 600)),
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "conversations with 35 s turns",
            "ip_source": "residential proxy, one exit per conversation",
            "payment": "card per bought account",
            "languages": ["en", "es", "pt", "de"],
        },
    )


def carnovsky(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: a real study-helper app whose backend also sends the operator's curriculum sweep,
    wrapped in the app's own template and shaped like the app's load."""
    name = "carnovsky"
    app = pick(rng, ("StudyNest", "Brainloop", "HomeworkPal", "Tutorly", "QuizHive"))
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        _open(ctx, rng, name, camp, "app-backend", org=org, pay=card, ua=ua, ips=egress)
        for _ in range(n_keys)
    ]
    load = bb.global_load(float(rng.uniform(14, 22)), float(rng.uniform(0.4, 0.7)))
    real_rate = float(rng.uniform(18, 30))
    harvest_pre, harvest_post = float(rng.uniform(3, 7)), float(rng.uniform(16, 28))
    items = tx.curriculum_items(rng)
    k = 0
    for a in accts:
        share = 1.0 / n_keys
        real = bb.thinned(rng, ctx.t0, ctx.t1, real_rate * share * (ctx.t1 - ctx.t0) / HOUR, load)
        h1 = bb.thinned(
            rng, ctx.t0, ctx.release, harvest_pre * share * (ctx.release - ctx.t0) / HOUR, load
        )
        h2 = bb.thinned(
            rng, ctx.release, ctx.t1, harvest_post * share * (ctx.t1 - ctx.release) / HOUR, load
        )
        harvest = _cat([h1, h2])
        prompts = []
        for _ in real:
            grade = irange(rng, 6, 13)
            prompts.append(f"[{app}] grade={grade}\nStudent: {pick(rng, ctx.chat)}")
        for _ in harvest:
            subj, concept = items[k % len(items)]
            k += 1
            grade = irange(rng, 6, 13)
            prompts.append(
                f"[{app}] grade={grade}\nStudent: {tx.curriculum_question(rng, subj, concept, 0)}"
            )
        ts = np.concatenate([real, harvest])
        comp = np.concatenate([np.full(len(real), 360.0), np.full(len(harvest), 720.0)])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=comp,
            extra=irange(rng, 60, 140),
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "curriculum sweep hidden in a real app's traffic",
            "app": app,
            "pacing": "app's global load curve",
            "real_per_hour": real_rate,
            "harvest_per_hour": [harvest_pre, harvest_post],
            "ip_source": "app backend cloud egress",
            "payment": "one business card",
            "languages": ["en"],
        },
    )


def nurdle(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: bought aged consumer accounts; the original owner's use, then after hand-over a slow,
    person-like concept sweep from a residential proxy in the owner's own region."""
    name = "nurdle"
    n = irange(rng, 30, 50)
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        a = _open(
            ctx,
            rng,
            name,
            camp,
            "aged-account",
            ua=pick(rng, tx.PLAIN_BROWSERS),
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
    for a in accts:
        region = bb.ipspace.REGION_OF_TZ.get(a.tz, ("us",))[0]
        handover = ctx.release + float(rng.uniform(-0.5, 0.8)) * DAY
        # the original owner
        owner = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                handover,
                float(rng.uniform(0.6, 1.6)),
                bb.evening_person(a.tz),
                3.0,
                50.0,
            )
        )
        ctx.emit(rng, a, owner, [pick(rng, ctx.chat) for _ in owner], models=ctx.models(rng, owner))
        # the operator
        proxy = bb.resi(rng, irange(rng, 8, 25), region)
        sess = bb.session_times(
            rng,
            handover,
            ctx.t1,
            float(rng.uniform(2.5, 4.5)),
            bb.evening_person(a.tz, 3.5),
            float(rng.uniform(4, 8)),
            float(rng.uniform(50, 110)),
        )
        ts = _cat(sess)
        voice = {"latam": 3, "eu": pick(rng, (1, 1, 2))}.get(region, 1)
        items = tx.curriculum_items(rng)
        prompts = []
        for j in range(len(ts)):
            if chance(rng, 0.2):
                prompts.append(pick(rng, ctx.chat))
            else:
                s, c = items[j % len(items)]
                prompts.append(tx.curriculum_question(rng, s, c, voice))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=bb.sticky(rng, ts, proxy, float(rng.uniform(2, 6)) * HOUR),
            comp_median=600.0,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "slow concept sweep from bought aged accounts",
            "pacing": "evening sessions",
            "ip_source": "home, then residential proxy in the same region",
            "payment": "original owners' cards",
            "languages": ["en", "es", "pt"],
        },
    )


def blitz(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """Best-of-n / soft-label sampling: each short item sent n times within seconds."""
    name = "blitz"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    block = bb.rented_block(rng, pick(rng, ("vultr", "digitalocean", "linode")), 1, n_keys + 2)
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "Go-http-client/2.0"))
    accts = [
        _open(ctx, rng, name, camp, "sampler", org=org, pay=card, ua=ua, ips=[block[i]])
        for i in range(n_keys)
    ]
    n_samples = irange(rng, 5, 10)
    styles = sorted({irange(rng, 0, 4) for _ in range(3)})
    start = ctx.release + float(rng.uniform(0.05, 0.3)) * DAY
    for a in accts:
        jobs = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(1.5, 3)) * (ctx.t1 - start) / DAY, bb.constant
        )
        ts_all, prompts = [], []
        for j in jobs.tolist():
            items = bb.thinned(rng, j, j + float(rng.uniform(2, 5)) * HOUR, 8.0 * 3.5, bb.constant)
            for s in items.tolist():
                p = tx.label_item(rng, pick(rng, styles))
                t = s + np.cumsum(rng.lognormal(np.log(0.4), 0.5, size=n_samples))
                ts_all.extend(t.tolist())
                prompts.extend([p] * n_samples)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=1.0),
            comp_median=float(rng.uniform(3, 12)),
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "n_samples": n_samples,
            "styles": styles,
            "pacing": "jobs of a few hours, repeated items within seconds",
            "ip_source": "one rented /24",
            "payment": "one card",
            "languages": ["en", "fr"],
        },
    )


def zonk(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: a paid crowd of gig workers, each on their own account, card and home line, pasting
    items from one task sheet at a person's pace."""
    name = "zonk"
    n = irange(rng, 50, 80)
    bank = [tx.task_bank_item(rng) for _ in range(irange(rng, 200, 300))]
    accts, meta = [], []
    for _ in range(n):
        tz = pick(rng, (5, 5, 8, -3, 1, 0))
        mobile = chance(rng, 0.3)
        ua = pick(rng, bb.MOBILE[:3]) if mobile else pick(rng, tx.PLAIN_BROWSERS)
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        accts.append(_open(ctx, rng, name, camp, "crowd-worker", ua=ua, ips=ips, tz=tz))
        meta.append(irange(rng, 0, 3))
    for a, habit in zip(accts, meta, strict=True):
        onboard = ctx.release + float(rng.uniform(0.0, 1.5)) * DAY
        curve = bb.evening_person(a.tz) if chance(rng, 0.5) else bb.workday(a.tz, weekend=0.7)
        ts = _cat(
            bb.session_times(
                rng,
                onboard,
                ctx.t1,
                float(rng.uniform(1.0, 2.2)),
                curve,
                float(rng.uniform(6, 14)),
                float(rng.uniform(70, 150)),
            )
        )
        prompts = [tx.worker_phrasing(rng, pick(rng, bank), habit) for _ in ts]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95), comp_median=700.0)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "crowd of paid workers pasting a shared task sheet",
            "bank_size": len(bank),
            "pacing": "person-like sessions after release",
            "ip_source": "workers' home lines",
            "payment": "each worker's own card",
            "languages": ["en"],
        },
    )


def pot_out(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: replay of a public prompt collection in file order, each key a shard, from static ISP
    proxies with an ordinary SDK and a developer's working day."""
    name = "pot_out"
    n_keys = irange(rng, 10, 18)
    n_orgs = irange(rng, 3, 5)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    region = pick(rng, ("us", "eu"))
    accts = []
    for i in range(n_keys):
        tz = pick(rng, (-8, -5)) if region == "us" else pick(rng, (0, 1, 2))
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.7) else pick(rng, tx.PLAIN_SDKS)
        accts.append(
            _open(
                ctx,
                rng,
                name,
                camp,
                "replayer",
                org=orgs[i % n_orgs],
                pay=cards[i % n_orgs],
                ua=ua,
                ips=bb.resi(rng, 1, region),
                tz=tz,
            )
        )
    shard = len(ctx.chat) // n_keys
    for i, a in enumerate(accts):
        a_start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = bb.thinned(
            rng,
            a_start,
            ctx.t1,
            float(rng.uniform(60, 140)) * (ctx.t1 - a_start) / DAY,
            bb.workday(a.tz, start=float(rng.uniform(7, 10)), end=float(rng.uniform(17, 23))),
        )
        pos = i * shard + irange(rng, 0, max(1, shard // 3))
        prompts = []
        for _ in ts:
            pos += 1 + int(rng.random() < 0.2)
            prompts.append(ctx.chat[pos % len(ctx.chat)])
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), comp_median=400.0)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "public prompt replay, one shard per key",
            "pacing": "working-day thinning",
            "ip_source": f"static ISP proxies ({region})",
            "payment": "card per org",
            "orgs": n_orgs,
            "languages": ["en (multilingual public prompts)"],
        },
    )


def free_turn(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    """Parallel-corpus and code-porting harvest: each source fanned out to several target languages
    over several keys, slow steady rate."""
    name = "free_turn"
    n_keys = irange(rng, 8, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11"))
    accts = []
    for i in range(n_keys):
        ips = (
            bb.resi(rng, 12, "cn")
            if chance(rng, 0.3)
            else bb.cloud(rng, irange(rng, 1, 2), provider)
        )
        accts.append(
            _open(
                ctx,
                rng,
                name,
                camp,
                "translator-bot",
                org=orgs[i % len(orgs)],
                pay=cards[i % len(cards)],
                ua=ua,
                ips=ips,
            )
        )
    start = ctx.release - float(rng.uniform(0, 1)) * DAY
    jobs = bb.thinned(
        rng, start, ctx.t1, float(rng.uniform(9, 15)) * (ctx.t1 - start) / HOUR, bb.constant
    )
    style = irange(rng, 0, 2)
    per: list[tuple[list, list, list]] = [([], [], []) for _ in accts]
    for j in jobs.tolist():
        if chance(rng, 0.7):
            text = tx.clip_text(pick(rng, ctx.passages), 300, 1200, rng)
            langs = tx.target_languages(rng, irange(rng, 3, 6))
            reqs = [
                tx.translate(rng, style if chance(rng, 0.8) else irange(rng, 0, 2), text, lg)
                for lg in langs
            ]
            comp = len(text) / 3.2
        else:
            reqs = [tx.port_code(rng, int(chance(rng, 0.3))) for _ in range(irange(rng, 1, 2))]
            comp = 450.0
        for r in reqs:
            k = irange(rng, 0, n_keys - 1)
            per[k][0].append(j + float(rng.uniform(0, 20)))
            per[k][1].append(r)
            per[k][2].append(comp)
    for a, (ts, prompts, comp) in zip(accts, per, strict=True):
        ts_arr = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, p_new=0.95),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "parallel-corpus and code-porting harvest",
            "pacing": "steady job stream, fan-out",
            "ip_source": f"{provider} cloud and cn residential",
            "payment": f"{len(cards)} cards",
            "languages": ["en source", "14 targets", "zh instructions"],
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[bb.Ctx, np.random.Generator, str], None]] = {
    "squidger": squidger,
    "squop": squop,
    "boondock": boondock,
    "gromp": gromp,
    "scrunge": scrunge,
    "piddle": piddle,
    "carnovsky": carnovsky,
    "nurdle": nurdle,
    "blitz": blitz,
    "zonk": zonk,
    "pot_out": pot_out,
    "free_turn": free_turn,
}

"""Campaign families of blind batch 288: twelve distillation operations, each drawing everything
(keys, orgs, cards, pacing, addresses, user agents, languages, templates, model choice) from its own
generator. Code names are words from pesapallo. The families `takakentta`, `koppi`, `haava` and
`palo` are built to be hard (see the README card, to be read only after the monitor's run).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind288 import texts as tx

from distillguard.sim.ipspace import REGION_OF_TZ

Rng = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _langs(rng: Rng, options: list[str], weights: list[float], n: int) -> list[str]:
    w = np.asarray(weights, dtype=np.float64)
    idx = rng.choice(len(options), size=n, p=w / w.sum())
    return [options[i] for i in idx.tolist()]


# --------------------------------------------------------------------------------------------


def syotto(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, one Poisson job queue over many keys."""
    fam = "syotto"
    n_keys = irange(rng, 6, 12)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    n_cards = max(1, n_keys // irange(rng, 2, 4))
    cards = [bb.hexid(rng, "pay") for _ in range(n_cards)]
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    accts = []
    for i in range(n_keys):
        ips = [
            block[j] for j in rng.choice(len(block), size=irange(rng, 1, 3), replace=False).tolist()
        ]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % len(orgs)],
                pay=cards[i % n_cards],
                ua=ua,
                ips=ips,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    pre_rate, post_rate = float(rng.uniform(10, 25)), float(rng.uniform(40, 70))
    pre = bb.worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = bb.worker_pool(
        rng, ctx.release + float(rng.uniform(0.5, 6)) * HOUR, ctx.t1, post_rate, n_keys
    )
    lang_opts = ["en", "zh", "ru", "es"]
    lang_w = [0.55, 0.25, 0.12, 0.08]
    style = irange(rng, 0, 4)
    for a, t1, t2 in zip(accts, pre, post, strict=True):
        ts = _cat([t1, t2])
        langs = _langs(rng, lang_opts, lang_w, len(ts))
        prompts = [
            tx.reasoning_prompt(rng, lg, style if chance(rng, 0.8) else irange(rng, 0, 4))
            for lg in langs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            comp_median=1900,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "ip_source": f"rented {provider} block",
            "payment": f"{n_cards} prepaid cards",
            "user_agent": ua,
            "languages": lang_opts,
            "style": style,
        },
    )


def tuomari(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Judge / rubric / reward-model grading harvest: bursts of grading jobs from cloud workers."""
    fam = "tuomari"
    n_keys = irange(rng, 3, 7)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = bb.sdk_ua(rng, 0.6)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 4), provider),
        )
        for _ in range(n_keys)
    ]
    styles = sorted(int(x) for x in rng.choice(6, size=irange(rng, 2, 4), replace=False).tolist())
    tz = pick(rng, bb.TZS)
    curve = bb.workday(tz, start=7.0, end=23.0, weekend=0.5, night=0.15)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for a in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - start) / DAY, curve
        )
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(15, 40)), float(rng.uniform(1.5, 5.0)), b=ctx.t1
            )
        )
        prompts = [
            tx.judge_prompt(rng, ctx.passages, ctx.chat, pick(rng, styles)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
            comp_median=160,
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "pacing": "bursts on a workday",
            "ip_source": f"{provider} instances",
            "payment": "one shared card",
            "styles": styles,
            "tz": tz,
        },
    )


def ulkopeli(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Censorship-safe / policy-compliant rewrites harvested through rotating VPN exits."""
    fam = "ulkopeli"
    n_keys = irange(rng, 5, 9)
    exits = []
    for prov in ("m247", "leaseweb", "vultr", "digitalocean"):
        exits += bb.cloud(rng, irange(rng, 4, 10), prov)
    accts = []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                ua=pick(
                    rng, ("python-requests/2.32.3", "Go-http-client/2.0", "OpenAI/Python 1.58.1")
                ),
                ips=[exits[0]],
            )
        )  # one org and one (stolen) card per key: the defaults
    lang_opts = ["zh", "ru", "ar", "vi", "en"]
    lang_w = [0.4, 0.2, 0.1, 0.1, 0.2]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    pools = bb.worker_pool(
        rng,
        start,
        ctx.t1,
        float(rng.uniform(15, 35)),
        n_keys,
        bb.global_load(float(rng.uniform(0, 24)), 0.5),
    )
    hold = float(rng.uniform(10, 45)) * MINUTE
    for a, ts in zip(accts, pools, strict=True):
        langs = _langs(rng, lang_opts, lang_w, len(ts))
        prompts = [
            tx.policy_rewrite_prompt(rng, ctx.chat, ctx.passages, lg, irange(rng, 0, 3))
            for lg in langs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            ips=bb.sticky(rng, ts, exits, hold),
            comp_median=420,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-safe rewrites",
            "pacing": "poisson worker pool",
            "ip_source": "VPN exits, sticky",
            "payment": "stolen card per key",
            "languages": lang_opts,
            "hold_minutes": round(hold / MINUTE, 1),
        },
    )


def juoksija(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent / tool-use transcripts: episodes of several steps each, from a framework's SDK."""
    fam = "juoksija"
    n_keys = irange(rng, 3, 5)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure", "gcp", "oracle"))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    style = irange(rng, 0, 2)
    start = max(ctx.t0, ctx.release - float(rng.uniform(1.0, 2.5)) * DAY)
    for a in accts:
        n_ep = float(rng.uniform(30, 70)) * (ctx.t1 - start) / DAY
        ep_starts = bb.thinned(rng, start, ctx.t1, n_ep, bb.constant)
        ts_all, prompts, extra = [], [], []
        for s in ep_starts.tolist():
            ep = tx.agent_episode(rng)
            t = s
            for k in range(ep["steps"]):
                ts_all.append(t)
                prompts.append(
                    tx.agent_step_prompt(
                        rng, ep, k, style if chance(rng, 0.85) else irange(rng, 0, 2)
                    )
                )
                extra.append(irange(rng, 600, 1400) + 220 * k)
                t += float(rng.lognormal(np.log(6.0), 0.6))
        order = np.argsort(np.asarray(ts_all), kind="stable").tolist()
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.03),
            comp_median=260,
            err=0.015,
            extra=np.asarray(extra, dtype=np.int64)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent/tool-use trajectories",
            "pacing": "episodes, 24/7",
            "ip_source": f"{provider}",
            "payment": "one card",
            "user_agent": ua,
            "style": style,
        },
    )


def vaihtopesa(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic-dataset generation: many throwaway keys, each on its own VPS, nightly batch runs."""
    fam = "vaihtopesa"
    n_keys = irange(rng, 8, 16)
    tz = pick(rng, (8, 3, 1, -5))
    lang_opts = ["en", "es", "pt", "id", "hi"]
    accts = []
    for _ in range(n_keys):
        prov = pick(rng, ("contabo", "digitalocean", "vultr", "linode", "hetzner"))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                ua=bb.sdk_ua(rng, 0.8),
                ips=bb.cloud(rng, 1, prov),
            )
        )
    for a in accts:
        on = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        curve = bb.nightly(float(rng.uniform(0, 3)), float(rng.uniform(3, 6)), tz)
        starts = bb.thinned(rng, on, ctx.t1, float(rng.uniform(1, 3)) * (ctx.t1 - on) / DAY, curve)
        ts = _cat(
            bb.bursts(rng, starts, float(rng.uniform(15, 40)), float(rng.uniform(4, 12)), b=ctx.t1)
        )
        style = irange(rng, 0, 4)
        langs = _langs(rng, lang_opts, [0.5, 0.15, 0.15, 0.1, 0.1], len(ts))
        prompts = [
            tx.synth_prompt(rng, lg, style if chance(rng, 0.7) else irange(rng, 0, 4))
            for lg in langs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=1300,
            comp_sigma=0.5,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "nightly bursts",
            "ip_source": "one VPS per key",
            "payment": "prepaid card per key",
            "tz": tz,
            "languages": lang_opts,
        },
    )


def kakkonen(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Multi-turn dialogue harvest: scripted conversations through residential proxies, web-like UAs."""
    fam = "kakkonen"
    n_keys = irange(rng, 8, 16)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    region = pick(rng, ("us", "eu", "sea", "latam"))
    pool = bb.resi(rng, irange(rng, 80, 200), region)
    lang_opts = ["en", "fr", "de", "ja", "ko"]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(rng, bb.BROWSERS),
            ips=[pool[0]],
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    for a in accts:
        lang = _langs(rng, lang_opts, [0.5, 0.12, 0.12, 0.14, 0.12], 1)[0]
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(3, 7)),
            bb.constant,
            float(rng.uniform(7, 12)),
            float(rng.uniform(20, 45)),
            0.5,
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for sess in sessions:
            topic = tx.subject(rng)[1]
            ip = pick(rng, pool)
            for k, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(tx.dialogue_turn(rng, lang, topic, k))
                extra.append(k * irange(rng, 350, 600))
                ips.append(ip)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.02),
            ips=[ips[i] for i in order],
            comp_median=520,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "scripted sessions 24/7",
            "ip_source": f"residential proxies ({region})",
            "payment": f"{len(cards)} cards",
            "languages": lang_opts,
        },
    )


def viuhka(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n and soft-label sampling: the same prompt fired n times in a row, plus label
    distributions."""
    fam = "viuhka"
    n_keys = irange(rng, 2, 4)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "scaleway", "ovh"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=bb.sdk_ua(rng, 0.5),
            ips=bb.cloud(rng, irange(rng, 1, 3), prov),
        )
        for _ in range(n_keys)
    ]
    start = max(ctx.t0, ctx.release - float(rng.uniform(0, 1.5)) * DAY)
    p_soft = float(rng.uniform(0.25, 0.5))
    for a in accts:
        groups = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(25, 60)) * (ctx.t1 - start) / DAY, bb.constant
        )
        ts_all, prompts = [], []
        for s in groups.tolist():
            base = (
                tx.soft_label_prompt(rng, ctx.chat, irange(rng, 0, 2))
                if chance(rng, p_soft)
                else tx.sample_base(rng, ctx.chat)
            )
            n = pick(rng, (4, 8, 8, 16)) if chance(rng, 0.8) else irange(rng, 3, 12)
            gaps = rng.lognormal(np.log(1.2), 0.7, size=n)
            for t in (s + np.cumsum(gaps)).tolist():
                ts_all.append(t)
                prompts.append(base)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=300,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft labels",
            "pacing": "repeat groups",
            "ip_source": prov,
            "payment": "one card",
            "p_soft": round(p_soft, 2),
        },
    )


def kolmonen(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Curriculum sweep: a slow steady walk over subject x topic x difficulty, in order."""
    fam = "kolmonen"
    n_keys = irange(rng, 2, 3)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("curl/8.5.0", "python-requests/2.32.3", "reqwest/0.12.12"))
    prov = pick(rng, ("oracle", "gcp", "alibaba", "tencent"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, prov),
        )
        for _ in range(n_keys)
    ]
    subjects = [tx.SUBJECTS[i] for i in rng.permutation(len(tx.SUBJECTS)).tolist()]
    grid = [(s, t, lv) for s, items in subjects for t in sorted(items) for lv in range(1, 11)]
    style = irange(rng, 0, 2)
    lang = pick(rng, ("en", "en", "ja"))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    offset = 0
    for a in accts:
        gap = float(rng.uniform(240, 480))
        n = int((ctx.t1 - start) / gap)
        ts = start + np.cumsum(rng.normal(gap, gap * 0.08, size=n).clip(gap * 0.5))
        ts = ts[ts < ctx.t1]
        prompts = []
        for j in range(len(ts)):
            s, t, lv = grid[(offset + j) % len(grid)]
            prompts.append(tx.curriculum_prompt(rng, s, t, lv, offset + j, style, lang))
        offset += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=1.0, p_mini=0.0),
            comp_median=950,
            comp_sigma=0.4,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "pacing": "steady, one every 4-8 minutes per key",
            "ip_source": prov,
            "payment": "one card",
            "language": lang,
            "style": style,
        },
    )


# --------------------------------------------------------------------------------------------
# the hard ones


def takakentta(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A localisation SaaS's real traffic with a parallel-corpus harvest folded in: long passages,
    each sent to several locales, under the same keys, addresses and template as the UI strings."""
    fam = "takakentta"
    product = pick(rng, ("Lumen Loc", "Tessera", "Polyglot Desk", "Verba Cloud"))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    n_keys = irange(rng, 2, 4)
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
    nat = bb.cloud(rng, irange(rng, 2, 4), "aws")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_front",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=[nat[j] for j in rng.choice(len(nat), size=2, replace=False).tolist()],
        )
        for _ in range(n_keys)
    ]
    curve = bb.multi_office([1, -5, 9])
    locales = list(tx.LOCALES)
    ui_rate = float(rng.uniform(8, 16))
    harvest_jobs = float(rng.uniform(2, 5))
    h_start = ctx.release - float(rng.uniform(0, 1)) * DAY
    ui_style, doc_style = irange(rng, 0, 1), irange(rng, 0, 2)
    for a in accts:
        ts_ui = bb.thinned(rng, ctx.t0, ctx.t1, ui_rate * (ctx.t1 - ctx.t0) / HOUR / n_keys, curve)
        p_ui = [
            tx.ui_string_job(rng, product, pick(rng, locales), ui_style) for _ in range(len(ts_ui))
        ]
        jobs = bb.thinned(
            rng, h_start, ctx.t1, harvest_jobs * (ctx.t1 - h_start) / HOUR / n_keys, curve
        )
        ts_h, p_h, comp_h = [], [], []
        for s in jobs.tolist():
            passage = tx.clip_text(rng, pick(rng, ctx.passages), 400, 2400)
            k = irange(rng, 3, 9)
            targets = [locales[j] for j in rng.choice(len(locales), size=k, replace=False).tolist()]
            t = s
            for loc in targets:
                ts_h.append(t)
                p_h.append(tx.document_job(rng, product, passage, loc, doc_style))
                comp_h.append(len(passage) / 3.2)
                t += float(rng.lognormal(np.log(4.0), 0.8))
        ts = np.concatenate([ts_ui, np.asarray(ts_h)])
        prompts = p_ui + p_h
        comp = np.concatenate([np.full(len(ts_ui), 28.0), np.asarray(comp_h, dtype=np.float64)])
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.25),
            comp_median=comp[order],
            comp_sigma=0.25,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest inside a localisation product",
            "pacing": "three-office day",
            "ip_source": "aws NAT gateways",
            "payment": "company card",
            "product": product,
            "hard": True,
        },
    )


def koppi(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Bought / taken-over aged accounts: each keeps its owner's card, org, browser and home region;
    after the takeover the new holder asks coding questions in person-like sessions."""
    fam = "koppi"
    n = irange(rng, 14, 24)
    accts, plans = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        home = bb.home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="taken_over_account",
            campaign_id=cid,
            ua=pick(rng, bb.BROWSERS + bb.MOBILE[:3]),
            ips=home,
            tz=tz,
        )
        accts.append(a)
        region = pick(rng, REGION_OF_TZ[tz])
        plans.append((tz, region))
    for a, (tz, region) in zip(accts, plans, strict=True):
        takeover = ctx.release + float(rng.uniform(-1.2, 1.0)) * DAY
        own = bb.session_times(
            rng, ctx.t0, takeover, float(rng.uniform(0.6, 2.0)), bb.evening_person(tz), 3.0, 70.0
        )
        ts_own = _cat(own)
        p_own = [tx.clip_text(rng, pick(rng, ctx.chat), 20, 1200) for _ in range(len(ts_own))]
        proxy = bb.resi(rng, irange(rng, 1, 3), region)
        curve = bb.workday(tz, start=9.0, end=23.0, weekend=0.6, night=0.05)
        hs = bb.session_times(
            rng,
            takeover,
            ctx.t1,
            float(rng.uniform(3, 6)),
            curve,
            float(rng.uniform(4, 8)),
            float(rng.uniform(50, 110)),
            0.7,
        )
        ts_h = _cat(hs)
        p_h = [tx.casual_code_prompt(rng) for _ in range(len(ts_h))]
        ips = [pick(rng, a.ips) for _ in range(len(ts_own))] + [
            pick(rng, proxy) for _ in range(len(ts_h))
        ]
        ts = np.concatenate([ts_own, ts_h])
        prompts = p_own + p_h
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            ips=[ips[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=450,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest on bought aged accounts",
            "pacing": "person-like sessions after takeover",
            "ip_source": "home ISP, then residential proxy of the same region",
            "payment": "the original owners' cards",
            "hard": True,
        },
    )


def haava(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A low-and-slow crowd: many accounts, each a few sessions a day in its own time zone, on its
    own home-ISP proxy address, browser or phone, its own (stolen) card, asking knowledge questions."""
    fam = "haava"
    n = irange(rng, 35, 55)
    lang_of_tz = {
        -8: "en",
        -5: "en",
        -3: "pt",
        0: "en",
        1: "de",
        2: "fr",
        3: "ru",
        5: "hi",
        8: "id",
        9: "ja",
    }
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else pick(rng, bb.MOBILE)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="crowd_member",
                campaign_id=cid,
                ua=ua,
                ips=bb.home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        )
    for a in accts:
        on = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        curve = (
            bb.evening_person(a.tz)
            if chance(rng, 0.5)
            else bb.workday(a.tz, start=8.0, end=22.0, weekend=0.7)
        )
        sessions = bb.session_times(
            rng,
            on,
            ctx.t1,
            float(rng.uniform(1.0, 3.0)),
            curve,
            float(rng.uniform(3, 6)),
            float(rng.uniform(60, 150)),
            0.8,
        )
        ts = _cat(sessions)
        native = lang_of_tz[a.tz]
        prompts = [
            tx.crowd_question(rng, native if chance(rng, 0.45) else "en") for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
            comp_median=650,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "knowledge harvest by a person-like crowd",
            "pacing": "few sessions a day per account",
            "ip_source": "residential proxies by tz",
            "payment": "one stolen card each",
            "hard": True,
        },
    )


def palo(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Public prompt replay: real users' prompts (ShareGPT) replayed through keys that pose as a
    phone app's backend, on carrier addresses with app user agents."""
    fam = "palo"
    n_keys = irange(rng, 6, 10)
    cards = [bb.hexid(rng, "pay") for _ in range(2)]
    org = bb.hexid(rng, "org") if chance(rng, 0.5) else None
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    app_ua = pick(
        rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0")
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=cards[i % 2],
            ua=app_ua,
            ips=bb.mobile_v6(rng, 1, carrier),
        )
        for i in range(n_keys)
    ]
    curve = bb.global_load(float(rng.uniform(12, 20)), 0.6)
    start = ctx.release - float(rng.uniform(0.8, 1.6)) * DAY
    p_v6 = float(rng.uniform(0.25, 0.5))
    v4_region = {"us_mobile": "us", "in_mobile": "in", "br_mobile": "latam", "eu_mobile": "eu"}[
        carrier
    ]
    for a in accts:
        per_hour = float(rng.uniform(3, 8))
        ts = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, curve)
        prompts = [tx.replay_prompt(rng, ctx.chat) for _ in range(len(ts))]
        n_ph = max(4, len(ts) // 6)
        n_v6 = int(round(n_ph * p_v6))
        phones = bb.mobile_v6(rng, n_v6, carrier) + bb.resi(rng, n_ph - n_v6, v4_region)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            ips=bb.sticky(rng, ts, phones, float(rng.uniform(5, 20)) * MINUTE),
            comp_median=380,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "pacing": "app-like global load",
            "ip_source": f"carrier addresses ({carrier}, {v4_region} v4)",
            "p_ipv6": round(p_v6, 2),
            "payment": "two cards",
            "user_agent": app_ua,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "syotto": syotto,
    "tuomari": tuomari,
    "ulkopeli": ulkopeli,
    "juoksija": juoksija,
    "vaihtopesa": vaihtopesa,
    "kakkonen": kakkonen,
    "viuhka": viuhka,
    "kolmonen": kolmonen,
    "takakentta": takakentta,
    "koppi": koppi,
    "haava": haava,
    "palo": palo,
}

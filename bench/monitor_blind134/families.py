"""Campaign families of batch 134 (code names from quidditch).

Each family is `fn(ctx, rng, campaign_id)`: it draws its own shape (keys, orgs, cards, pacing,
addresses, user agents, languages, templates, models) from its own generator, writes its events
through `ctx.emit` and records one campaign in the truth. The README's card describes each one.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, chance, hexid, irange, pick
from bench.monitor_blind134 import texts as tx


def _subset(rng: np.random.Generator, seq, lo: int, hi: int) -> list:
    """lo..hi distinct items of seq, in a random order."""
    k = min(len(seq), irange(rng, lo, hi))
    return [seq[i] for i in rng.permutation(len(seq))[:k].tolist()]


def _weighted(rng: np.random.Generator, items: list, n: int, conc: float = 1.0) -> list:
    """n draws from items with Dirichlet weights (each operator has its own mix)."""
    w = rng.dirichlet(np.full(len(items), conc))
    return [items[i] for i in rng.choice(len(items), size=n, p=w).tolist()]


def _cat(parts) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _fresh(seen: set, make, tries: int = 6) -> str:
    """An operator's de-duplication: regenerate a prompt a few times until it is new."""
    p = make()
    for _ in range(tries):
        if p not in seen:
            break
        p = make()
    seen.add(p)
    return p


def _campaign_acct(ctx, rng, fam: str, cid: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def quaffle(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "quaffle"
    n_keys = irange(rng, 5, 12)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr"))
    pool = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    shared_org = chance(rng, 0.6)
    org = hexid(rng, "org")
    card = hexid(rng, "pay")
    p_card = float(rng.uniform(0.5, 1.0))
    langs = ["en", *_subset(rng, ["zh", "ru", "es", "de"], 1, 3)]
    styles = _subset(rng, ["tags", "json", "manual", "terse"], 2, 3)
    start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    per_hour = float(rng.uniform(40, 110))
    peak = float(rng.uniform(0, 24))
    curve = bb.constant if chance(rng, 0.5) else bb.global_load(peak, 0.35)
    one_ua = chance(rng, 0.7)
    ua0 = bb.sdk_ua(rng, 0.4)
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    accts = []
    for ts in streams:
        a = _campaign_acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=org if shared_org else None,
            pay=card if chance(rng, p_card) else None,
            ua=ua0 if one_ua else bb.sdk_ua(rng, 0.4),
            ips=bb.picks(rng, pool, irange(rng, 1, 3)),
        )
        accts.append(a)
        lang_w = _weighted(rng, langs, len(ts), 1.5)
        prompts = [tx.reasoning_harvest(rng, lg, pick(rng, styles)) for lg in lang_w]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=1800.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion on generated word problems",
            "keys": n_keys,
            "shared_org": shared_org,
            "card_share": round(p_card, 2),
            "pacing": f"one Poisson worker pool, {per_hour:.0f}/h",
            "ip_source": f"rented {provider} /24s",
            "languages": langs,
            "styles": styles,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in bursts, a stolen card per key


def bludger(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bludger"
    n_keys = irange(rng, 3, 8)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("aws", "gcp", "azure"))
    styles = _subset(rng, ["pairwise", "likert", "scalar", "checklist", "critique"], 2, 4)
    lang = pick(rng, ("en", "ru", "zh"))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = []
    for _ in range(n_keys):
        a = _campaign_acct(
            ctx,
            rng,
            fam,
            cid,
            "grader",
            org=pick(rng, orgs),
            ua=bb.sdk_ua(rng, 0.6),
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        accts.append(a)
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(2, 6)) * (ctx.t1 - start) / DAY, bb.constant
        )
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(20, 80)), float(rng.uniform(1.2, 4.0)), b=ctx.t1
            )
        )
        st = [pick(rng, styles) for _ in range(len(ts))]
        prompts = [
            tx.grading(rng, ctx.chat, ctx.passages, s, lang if s == "checklist" else "en")
            for s in st
        ]
        comp = np.array([8.0 if s == "scalar" else 450.0 for s in st])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=comp,
            err=0.02,
            extra=irange(rng, 40, 200),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "grading harvest (pairwise, rubric, scalar reward, critiques)",
            "keys": n_keys,
            "orgs": len(orgs),
            "payment": "one card per key",
            "pacing": "script bursts",
            "ip_source": provider,
            "styles": styles,
            "checklist_language": lang,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy / censorship-safe rewrites through a rotating residential proxy


def snitch(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "snitch"
    n_keys = irange(rng, 10, 25)
    region = pick(rng, ("us", "eu", "sea", "jp_kr"))
    pool = bb.resi(rng, irange(rng, 300, 1500), region)
    hold = float(rng.uniform(10, 30)) * MINUTE
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    styles = _subset(rng, ["draft", "pair", "classify", "dual"], 2, 4)
    langs = ["zh", "zh", "ru", "en", *_subset(rng, ["vi", "ar"], 0, 2)]
    curve = bb.workday(8, start=9.0, end=23.0, weekend=0.6)
    accts = []
    for _ in range(n_keys):
        ua = (
            pick(rng, bb.BROWSERS)
            if chance(rng, 0.4)
            else pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1"))
        )
        a = _campaign_acct(ctx, rng, fam, cid, "worker", pay=pick(rng, cards), ua=ua, ips=pool[:1])
        accts.append(a)
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        ts = bb.thinned(
            rng, begin, ctx.t1, float(rng.uniform(40, 160)) * (ctx.t1 - begin) / DAY, curve
        )
        prompts = [
            tx.policy_rewrite(rng, ctx.passages, pick(rng, styles), pick(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=700.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant and censorship-safe rewrite pairs",
            "keys": n_keys,
            "cards": len(cards),
            "ip_source": f"rotating residential proxy ({region})",
            "sticky_minutes": round(hold / MINUTE, 1),
            "languages": sorted(set(langs)),
            "styles": styles,
            "pacing": "per-key Poisson on a UTC+8 long working day",
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts


def chaser(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "chaser"
    n_keys = irange(rng, 4, 8)
    org = hexid(rng, "org")
    card = hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    style = pick(rng, ("react", "json", "plain"))
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "OpenAI/Python 1.54.0",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    schema_tokens = irange(rng, 600, 1500)
    accts = []
    for _ in range(n_keys):
        a = _campaign_acct(
            ctx,
            rng,
            fam,
            cid,
            "agent_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        accts.append(a)
        eps = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(40, 110)) * (ctx.t1 - start) / DAY, bb.constant
        )
        ts_all, prompts, extra, comp = [], [], [], []
        for s in eps.tolist():
            k = irange(rng, 3, 12)
            gaps = rng.lognormal(np.log(float(rng.uniform(3, 9))), 0.6, size=k)
            t = s + np.concatenate([[0.0], np.cumsum(gaps)])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                if j == 0:
                    prompts.append(tx.agent_task(rng, style))
                    comp.append(200.0)
                else:
                    prompts.append(
                        tx.agent_observation(rng, style) if j < k else tx.agent_final(rng)
                    )
                    comp.append(180.0 if j < k else 550.0)
                extra.append(schema_tokens + 260 * j)
        ctx.emit(
            rng,
            a,
            ts_all,
            prompts,
            models=ctx.models(rng, np.asarray(ts_all), p_new=0.92),
            comp_median=np.asarray(comp),
            extra=np.asarray(extra, dtype=np.int64),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic agent episodes with tool observations",
            "keys": n_keys,
            "style": style,
            "ip_source": f"{provider}, one address per key",
            "user_agent": ua,
            "schema_tokens": schema_tokens,
            "pacing": "Poisson episode starts, 3-12 quick turns each",
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in concurrent bursts


def beater(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "beater"
    n_orgs = irange(rng, 1, 2)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    provider = pick(rng, ("vultr", "digitalocean", "linode", "scaleway"))
    hosts = bb.cloud(rng, irange(rng, 2, 5), provider)
    styles = _subset(rng, ["jsonl", "textbook", "dialogue", "persona"], 2, 4)
    langs = ["en", *_subset(rng, ["zh", "es", "ar", "hi", "ja", "pt", "fr", "id"], 2, 5)]
    start = ctx.release + float(rng.uniform(0.0, 0.5)) * DAY
    accts = []
    for org, card in orgs:
        for _ in range(irange(rng, 2, 4)):
            a = _campaign_acct(
                ctx,
                rng,
                fam,
                cid,
                "generator",
                org=org,
                pay=card,
                ua=pick(rng, ("curl/8.5.0", "python-httpx/0.28.1", "aiohttp/3.11.11")),
                ips=bb.picks(rng, hosts, irange(rng, 1, 2)),
            )
            accts.append(a)
            starts = bb.thinned(
                rng, start, ctx.t1, float(rng.uniform(2, 7)) * (ctx.t1 - start) / DAY, bb.constant
            )
            ts = _cat(
                bb.bursts(
                    rng, starts, float(rng.uniform(60, 200)), float(rng.uniform(0.3, 1.5)), b=ctx.t1
                )
            )
            lw = _weighted(rng, langs, len(ts), 2.0)
            prompts = [tx.synthetic_data(rng, pick(rng, styles), lg) for lg in lw]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.95),
                comp_median=1900.0,
                comp_sigma=0.45,
                err=0.04,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction / textbook / dialogue generation",
            "orgs": n_orgs,
            "keys": len(accts),
            "ip_source": f"{provider} hosts",
            "styles": styles,
            "languages": langs,
            "pacing": "concurrent bursts after the release",
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n sampling and soft labels


def porskoff_ploy(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "porskoff_ploy"
    n_keys = irange(rng, 3, 6)
    org = hexid(rng, "org")
    card = hexid(rng, "pay")
    styles = _subset(rng, ["probs", "nli", "topk", "creative"], 2, 4)
    n_samples = irange(rng, 4, 10)
    per_hour = float(rng.uniform(6, 18))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    accts = []
    items = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, bb.constant)
    ua = bb.sdk_ua(rng, 0.6)
    comp_of = {"probs": 60.0, "nli": 55.0, "topk": 120.0, "creative": 80.0}
    for starts in items:
        a = _campaign_acct(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), "azure"),
        )
        accts.append(a)
        ts_all, prompts, comp = [], [], []
        for s in starts.tolist():
            style = pick(rng, styles)
            p = tx.soft_label(rng, ctx.chat, style)
            n = n_samples if style in ("creative", "topk") else irange(rng, 1, 3)
            t = s + np.sort(rng.uniform(0, float(rng.uniform(0.5, 4.0)), size=n))
            ts_all.extend(t.tolist())
            prompts.extend([p] * n)
            comp.extend([comp_of[style]] * n)
        ts_arr = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, p_new=0.9),
            comp_median=np.asarray(comp),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n sampling and calibrated soft labels",
            "keys": n_keys,
            "samples": n_samples,
            "styles": styles,
            "ip_source": "azure",
            "pacing": f"{per_hour:.0f} items/h, parallel samples per item",
        },
    )


# --------------------------------------------------------------------------------------------
# 7. parallel-corpus translation and code-porting harvest, slow and steady


def hawkshead_attack(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hawkshead_attack"
    n_keys = irange(rng, 3, 5)
    org = hexid(rng, "org")
    card = hexid(rng, "pay")
    provider = pick(rng, ("leaseweb", "m247", "ovh"))
    pool = bb.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 8, 20))
    targets = _subset(rng, [k for k in tx.LANG_NAME if k != "en"], 6, 12)
    instr = pick(rng, ("en", "zh", "ru", "es"))
    p_code = float(rng.uniform(0.1, 0.4))
    accts = []
    for _ in range(n_keys):
        a = _campaign_acct(
            ctx, rng, fam, cid, "translator", org=org, pay=card, ua=bb.sdk_ua(rng, 0.3), ips=pool
        )
        accts.append(a)
        jobs = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)) * (ctx.t1 - ctx.t0) / HOUR,
            bb.constant,
        )
        ts_all, prompts, comp = [], [], []
        for s in jobs.tolist():
            t = s
            if chance(rng, p_code):
                for lang in _subset(rng, list(tx.CODE_LANGS), 3, 6):
                    prompts.append(tx.code_port(rng, lang))
                    ts_all.append(t)
                    comp.append(450.0)
                    t += float(rng.lognormal(np.log(25), 0.4))
            else:
                passage = tx.snippet(rng, ctx.passages, 300, 1200)
                for lang in _subset(rng, targets, 4, len(targets)):
                    prompts.append(tx.translation_job(rng, passage, lang, instr))
                    ts_all.append(t)
                    comp.append(len(passage) / 3.2)
                    t += float(rng.lognormal(np.log(20), 0.4))
        ts_arr = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, p_new=0.8),
            comp_median=np.asarray(comp),
            comp_sigma=0.25,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel translations and code ports",
            "keys": n_keys,
            "targets": targets,
            "instruction_language": instr,
            "code_share": round(p_code, 2),
            "ip_source": f"rotating {provider} block",
            "pacing": "slow sequential jobs around the clock",
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: harvest hidden inside a real writing-assistant product's backend traffic


def firebolt(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "firebolt"
    n_keys = irange(rng, 2, 4)
    org = hexid(rng, "org")
    card = hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    hosts = bb.cloud(rng, irange(rng, 2, 6), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.58.1", "axios/1.7.9"))
    app_style = pick(rng, ("hash", "xml", "bracket"))
    peak = float(rng.uniform(12, 22))
    curve = bb.global_load(peak, float(rng.uniform(0.4, 0.7)))
    real_rate = float(rng.uniform(25, 70))
    harvest_share = float(rng.uniform(0.2, 0.45))
    harvest_rate = real_rate * harvest_share / (1 - harvest_share)
    pivot = ctx.release + float(rng.uniform(0.05, 0.6)) * DAY
    h_langs = ["en", *_subset(rng, ["es", "pt", "de", "fr", "ja", "ko", "zh"], 1, 3)]
    domains = _subset(rng, list(tx.EXPERT_DOMAINS), 4, 9)
    accts = [
        _campaign_acct(ctx, rng, fam, cid, "product_backend", org=org, pay=card, ua=ua, ips=hosts)
        for _ in range(n_keys)
    ]
    real = bb.worker_pool(rng, ctx.t0, ctx.t1, real_rate, n_keys, curve)
    harvest = bb.worker_pool(rng, pivot, ctx.t1, harvest_rate, n_keys, curve)
    for a, ts_r, ts_h in zip(accts, real, harvest, strict=True):
        p_r = [
            tx.app_request(
                rng,
                tx.snippet(rng, ctx.chat, 20, 900),
                pick(rng, tx.APP_MODES),
                pick(rng, tx.APP_TONES),
                app_style,
            )
            for _ in range(len(ts_r))
        ]
        ctx.emit(
            rng,
            a,
            ts_r,
            p_r,
            models=ctx.models(rng, ts_r, p_new=0.75, p_mini=0.3),
            comp_median=320.0,
            extra=180,
            err=0.01,
        )
        p_h = []
        for _ in range(len(ts_h)):
            q = (
                tx.expert_question(rng, pick(rng, h_langs), pick(rng, domains))
                if chance(rng, 0.75)
                else tx.problem(rng)
            )
            p_h.append(
                tx.app_request(
                    rng,
                    q,
                    pick(rng, ("explain", "ask", "expand")),
                    pick(rng, tx.APP_TONES),
                    app_style,
                )
            )
        ctx.emit(
            rng,
            a,
            ts_h,
            p_h,
            models=ctx.models(rng, ts_h, p_new=0.95, p_mini=0.0),
            comp_median=900.0,
            extra=180,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest mixed into a live product's traffic",
            "keys": n_keys,
            "app_template": app_style,
            "ip_source": f"{provider} backend hosts",
            "real_per_hour": round(real_rate, 1),
            "harvest_share": round(harvest_share, 2),
            "pivot": pivot,
            "harvest_languages": h_langs,
            "domains": domains,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: a low-and-slow crowd of person-like accounts sweeping a syllabus


def sloth_grip_roll(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sloth_grip_roll"
    n = irange(rng, 35, 70)
    lang_pool = ["en", "en", *_subset(rng, ["es", "pt", "id", "tr", "vi"], 2, 4)]
    grid = [(c, t) for c, ts in tx.SYLLABUS.items() for t in ts]
    order = rng.permutation(len(grid)).tolist()
    p_sdk = float(rng.uniform(0.0, 0.2))
    p_new = float(rng.uniform(0.55, 0.8))
    seen: set[str] = set()
    accts = []
    for i in range(n):
        tz = pick(rng, bb.TZS)
        lang = pick(rng, lang_pool)
        ua = bb.sdk_ua(rng, 0.5) if chance(rng, p_sdk) else pick(rng, bb.BROWSERS)
        ips = bb.home(rng, irange(rng, 1, 3), tz)
        a = _campaign_acct(ctx, rng, fam, cid, "crowd_member", ua=ua, ips=ips, tz=tz)
        accts.append(a)
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = bb.session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(1.0, 3.0)),
            bb.evening_person(tz),
            float(rng.uniform(4, 9)),
            float(rng.uniform(45, 120)),
        )
        ts = _cat(sess)
        mine = [grid[order[(i * 7 + j) % len(grid)]] for j in range(len(ts))]
        typo = float(rng.uniform(0.0, 0.3))
        prompts = [
            _fresh(
                seen,
                lambda ct=ct, lang=lang, typo=typo: tx.student_question(
                    rng, lang, *(ct if chance(rng, 0.5) else pick(rng, grid)), typo
                ),
            )
            for ct in mine
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=700.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "syllabus sweep by a crowd of single-person accounts",
            "accounts": n,
            "languages": sorted(set(lang_pool)),
            "payment": "one prepaid card per account",
            "ip_source": "static residential (ISP) proxies per account",
            "pacing": "human sessions, evening curve",
            "p_new": round(p_new, 2),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / compromised aged accounts turned to harvest after the release


def wronski_feint(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wronski_feint"
    n = irange(rng, 8, 16)
    p_bought = float(rng.uniform(0.6, 0.85))
    langs = ["en", *_subset(rng, ["es", "de", "fr", "ja", "ko", "zh", "pt"], 1, 3)]
    vpn = pick(rng, ("m247", "leaseweb", "ovh"))
    seen: set[str] = set()
    accts, modes = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        home = bb.home(rng, irange(rng, 1, 2), tz)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else bb.sdk_ua(rng, 0.7)
        a = _campaign_acct(ctx, rng, fam, cid, "aged_account", ua=ua, ips=home, tz=tz)
        accts.append(a)
        pivot = ctx.release + float(rng.uniform(0.0, 1.5)) * DAY
        own = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                pivot,
                float(rng.uniform(0.5, 2.0)),
                bb.evening_person(tz) if chance(rng, 0.5) else bb.workday(tz),
                float(rng.uniform(2, 5)),
                float(rng.uniform(60, 200)),
            )
        )
        ctx.emit(
            rng,
            a,
            own,
            [tx.snippet(rng, ctx.chat, 10, 1200) for _ in range(len(own))],
            models=ctx.models(rng, own, p_new=0.2),
            comp_median=330.0,
        )
        lang = pick(rng, langs)
        if chance(rng, p_bought):
            modes.append("bought")
            proxy = bb.home(rng, irange(rng, 3, 10), tz)
            ts = _cat(
                bb.session_times(
                    rng,
                    pivot,
                    ctx.t1,
                    float(rng.uniform(3, 8)),
                    bb.workday(tz, weekend=0.5),
                    float(rng.uniform(6, 15)),
                    float(rng.uniform(20, 60)),
                )
            )
            ips = bb.sticky(rng, ts, proxy, float(rng.uniform(2, 6)) * HOUR)
            ua2 = ua
        else:
            modes.append("leaked_key")
            ts = bb.thinned(
                rng,
                pivot,
                ctx.t1,
                float(rng.uniform(6, 18)) * (ctx.t1 - pivot) / HOUR,
                bb.constant,
            )
            ips = bb.sticky(
                rng, ts, bb.cloud(rng, irange(rng, 4, 12), vpn), float(rng.uniform(0.5, 3)) * HOUR
            )
            ua2 = bb.sdk_ua(rng, 0.7)
        prompts = [
            _fresh(
                seen,
                lambda lang=lang: (
                    tx.expert_question(rng, lang if chance(rng, 0.6) else pick(rng, langs))
                    if chance(rng, 0.7)
                    else tx.reasoning_harvest(rng, "en", "manual")
                ),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips,
            ua=ua2,
            comp_median=950.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged accounts (bought or leaked keys) turned to harvest after the release",
            "accounts": n,
            "modes": modes,
            "languages": langs,
            "vpn_provider": vpn,
            "pacing": "owner's own sessions, then denser sessions or a steady stream",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: replay of a public prompt collection from office-like accounts


def plumpton_pass(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "plumpton_pass"
    n = irange(rng, 10, 24)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    tz = pick(rng, (-5, 0, 1, 2))
    region = "us" if tz < 0 else "eu"
    p_suffix = float(rng.choice([0.0, 0.05, 0.15]))
    order = rng.permutation(len(ctx.chat)).tolist()
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    accts = []
    pos = 0
    for _ in range(n):
        a = _campaign_acct(
            ctx,
            rng,
            fam,
            cid,
            "replayer",
            pay=pick(rng, cards),
            ua=pick(rng, bb.SDK_COMMON),
            ips=bb.resi(rng, irange(rng, 1, 2), region),
            tz=tz,
        )
        accts.append(a)
        ts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(150, 450)), bb.workday(tz + irange(rng, -1, 1))
        )
        prompts = []
        for _ in range(len(ts)):
            p = ctx.chat[order[pos % len(order)]]
            pos += 1
            prompts.append(p + "\n\nPlease answer in detail." if chance(rng, p_suffix) else p)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.92), comp_median=450.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "replay of a public chat-prompt collection to the new model",
            "accounts": n,
            "cards": len(cards),
            "ip_source": f"static residential ({region})",
            "tz": tz,
            "suffix_rate": p_suffix,
            "pacing": "office-hours Poisson per account",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: multi-turn dialogue harvest through mobile carrier exits


def haversacking(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "haversacking"
    n = irange(rng, 8, 20)
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    tz = {"us_mobile": -5, "in_mobile": 5, "br_mobile": -3, "eu_mobile": 1}[carrier]
    langs = {
        "us_mobile": ["en", "es"],
        "in_mobile": ["en"],
        "br_mobile": ["pt", "es"],
        "eu_mobile": ["de", "fr", "en"],
    }[carrier]
    langs = [*langs, *_subset(rng, ["ja", "ko", "zh"], 0, 1)]
    gap = float(rng.uniform(14, 35))
    accts = []
    for _ in range(n):
        a = _campaign_acct(
            ctx,
            rng,
            fam,
            cid,
            "persona_driver",
            ua=pick(rng, bb.MOBILE),
            ips=bb.mobile_v6(rng, 1, carrier),
            tz=tz,
        )
        accts.append(a)
        lang = pick(rng, langs)
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        convs = bb.thinned(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(6, 18)) * (ctx.t1 - begin) / DAY,
            bb.evening_person(tz),
        )
        ts_all, prompts, ips, extra = [], [], [], []
        for s in convs.tolist():
            k = irange(rng, 3, 9)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.45, size=k - 1))])
            addr = bb.mobile_v6(rng, 1, carrier)[0]
            prev = tx.snippet(rng, ctx.chat, 15, 500)
            for j, tj in enumerate(t.tolist()):
                p = prev if j == 0 else tx.follow_up(rng, lang, prev)
                ts_all.append(tj)
                prompts.append(p)
                ips.append(addr)
                extra.append(300 * j)
        ts_arr = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, p_new=0.9),
            ips=ips,
            extra=np.asarray(extra, dtype=np.int64),
            comp_median=520.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest driven by persona simulators",
            "accounts": n,
            "carrier": carrier,
            "languages": langs,
            "turn_gap_median_s": round(gap, 1),
            "payment": "one card per account",
            "pacing": "conversations on an evening curve",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "quaffle": quaffle,
    "bludger": bludger,
    "snitch": snitch,
    "chaser": chaser,
    "beater": beater,
    "porskoff_ploy": porskoff_ploy,
    "hawkshead_attack": hawkshead_attack,
    "firebolt": firebolt,
    "sloth_grip_roll": sloth_grip_roll,
    "wronski_feint": wronski_feint,
    "plumpton_pass": plumpton_pass,
    "haversacking": haversacking,
}

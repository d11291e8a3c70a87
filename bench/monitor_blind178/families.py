"""Campaign families of blind batch 178: twelve distillation operations, each drawn with its own rng.

Code names are words from rush seating (chair caning). Each function gets the shared context, its
own generator and a campaign id, creates its accounts, writes its events and records the campaign.
Families `clamp`, `corner_fill`, `dampen`, `paper_rush` and `splice` are built to look like
legitimate use (see the README card, to be read only after the monitor's single run).
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, TZS, Acct, Ctx, chance, irange, pick
from bench.monitor_blind178 import texts as tx

LABEL = "campaign"


def _acct(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label=LABEL, family=fam, role=role, campaign_id=cid, **kw)


def _weights(rng: np.random.Generator, base: dict[str, tuple[float, float]]) -> dict[str, float]:
    return {k: float(rng.uniform(lo, hi)) for k, (lo, hi) in base.items()}


def _style(rng: np.random.Generator, probs: np.ndarray) -> int:
    return int(rng.choice(len(probs), p=probs))


def _split(per_key: dict[int, list], i: int, *vals) -> None:
    per_key.setdefault(i, []).append(vals)


# --------------------------------------------------------------------------------------------


def cattail(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion: generated maths/logic problems wrapped in 'show every step'
    instructions, a worker pool on rented hosting that ramps up at the new model's release."""
    fam = "cattail"
    n = irange(rng, 8, 20)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "scaleway"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 9))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    shells = [bb.hexid(rng, "org") for _ in range(irange(rng, 2, 4))]
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=pick(rng, shells),
            pay=cards[i % len(cards)],
            ua=ua,
            ips=bb.picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(0.8, 2.5)) * DAY
    rate = float(rng.uniform(90, 190))
    pre_share = float(rng.uniform(0.15, 0.4))
    langw = _weights(
        rng, {"en": (0.3, 0.6), "zh": (0.1, 0.4), "ru": (0.05, 0.2), "es": (0.02, 0.1)}
    )
    sp = rng.dirichlet(np.ones(4) * 2)
    pre = bb.worker_pool(rng, start, ctx.release, rate * pre_share, n)
    post = bb.worker_pool(rng, ctx.release, ctx.t1, rate, n)
    comp = float(rng.uniform(1100, 1800))
    for a, t_pre, t_post in zip(accts, pre, post, strict=True):
        ts = np.concatenate([t_pre, t_post])
        prompts = [
            tx.reasoning_coerce(rng, tx.lang_draw(rng, langw), _style(rng, sp))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool, ramps at release",
            "ip_source": f"rented {provider} block",
            "payment": f"{len(cards)} prepaid cards round-robin",
            "orgs": len(shells),
            "user_agent": ua,
            "languages": langw,
            "rate_per_hour": rate,
            "pre_release_share": pre_share,
            "hard": False,
        },
    )


def bulrush(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading: nightly bursts of pairwise and rubric grading jobs
    over public questions and answers, from a few cloud keys of one org."""
    fam = "bulrush"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("gcp", "aws", "azure"))
    ips = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.63.2"))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    accts = [
        _acct(ctx, rng, fam, cid, "grader", org=org, pay=pay, ua=ua, ips=ips) for _ in range(n)
    ]
    tz = pick(rng, TZS)
    start = ctx.t0 + float(rng.uniform(0.5, 2.0)) * DAY
    night = bb.thinned(
        rng, start, ctx.t1, irange(rng, 22, 40), bb.nightly(float(rng.uniform(0, 3)), 6, tz)
    )
    day = bb.thinned(rng, start, ctx.t1, irange(rng, 4, 10), bb.workday(tz))
    starts = np.sort(np.concatenate([night, day]))
    size = float(rng.uniform(50, 120))
    trains = bb.bursts(rng, starts, size, float(rng.uniform(0.6, 2.0)), b=ctx.t1)
    sp = rng.dirichlet(np.ones(6))
    per: dict[int, list] = {}
    for tr in trains:
        k, style = irange(rng, 0, n - 1), _style(rng, sp)
        for t in tr.tolist():
            p = tx.judge_prompt(
                rng,
                bb.pick(rng, ctx.chat),
                bb.pick(rng, ctx.passages),
                bb.pick(rng, ctx.passages),
                style,
            )
            _split(per, k, t, p)
    for k, rows in per.items():
        ts = np.array([r[0] for r in rows])
        ctx.emit(
            rng,
            accts[k],
            ts,
            [r[1] for r in rows],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=220.0,
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "pacing": "nightly bursts",
            "burst_size_mean": size,
            "ip_source": f"{provider} cloud",
            "payment": "one card",
            "orgs": 1,
            "user_agent": ua,
            "tz": tz,
            "styles": sp.round(3).tolist(),
            "languages": ["en", "de", "ja"],
            "hard": False,
        },
    )


def sedge(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Censorship-safe / policy rewrites: sensitive questions and foreign answers rewritten to a
    regime's rules; rotating keys on stolen cards, VPN exits with sticky sessions."""
    fam = "sedge"
    n = irange(rng, 10, 24)
    provider = pick(rng, ("m247", "leaseweb", "digitalocean", "vultr"))
    vpn = bb.cloud(rng, irange(rng, 20, 40), provider)
    langw = _weights(rng, {"zh": (0.45, 0.65), "en": (0.2, 0.35), "ru": (0.05, 0.2)})
    curve = bb.workday(8, start=9.0, end=23.0, weekend=0.5, night=0.05)
    begin = ctx.t0 + float(rng.uniform(0.2, 1.5)) * DAY
    span = ctx.t1 - begin
    sp = rng.dirichlet(np.ones(4) * 1.5)
    accts = []
    for i in range(n):
        ua = pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3", "OpenAI/Python 1.58.1"))
        a = _acct(ctx, rng, fam, cid, "rotating_key", ua=ua, ips=vpn, tz=8)
        accts.append(a)
        s = min(begin + span * i / n + float(rng.uniform(-0.1, 0.3)) * DAY, ctx.t1 - 0.5 * DAY)
        e = min(ctx.t1, s + float(rng.uniform(0.8, 2.5)) * DAY)
        rate = float(rng.uniform(8, 25))
        ts = bb.thinned(rng, max(s, ctx.t0), e, rate * (e - max(s, ctx.t0)) / HOUR * 0.5, curve)
        prompts = [
            tx.policy_rewrite(
                rng,
                tx.lang_draw(rng, langw),
                bb.pick(rng, ctx.passages),
                bb.pick(rng, ctx.chat),
                _style(rng, sp),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=bb.sticky(rng, ts, vpn, 1800.0),
            comp_median=500.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "pacing": "staggered key rotation, Beijing-hours poisson",
            "ip_source": f"VPN exits on {provider}, sticky 30 min",
            "payment": "one stolen card per key",
            "orgs": n,
            "languages": langw,
            "hard": False,
        },
    )


def coil(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcripts: synthetic environments (shop, travel, office, SQL, repo) run
    as multi-step episodes with growing context, through an agent framework on AWS."""
    fam = "coil"
    n = irange(rng, 4, 9)
    orgs = [bb.hexid(rng, "org") for _ in range(2)]
    pay = bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 4, 10), "aws")
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "OpenAI/Python 1.63.2"))
    accts = [
        _acct(ctx, rng, fam, cid, "agent_runner", org=orgs[i % 2], pay=pay, ua=ua, ips=ips)
        for i in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(1.0, 3.0)) * DAY
    per_hour = float(rng.uniform(5, 12))
    eps = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    envs = list(tx.TOOLS)
    envw = rng.dirichlet(np.ones(len(envs)))
    sp = rng.dirichlet(np.ones(3) * 0.7)
    base = irange(rng, 1200, 2600)
    per: dict[int, list] = {}
    for s in eps.tolist():
        env = envs[int(rng.choice(len(envs), p=envw))]
        k, steps, style = irange(rng, 0, n - 1), irange(rng, 4, 14), _style(rng, sp)
        step_tok = irange(rng, 180, 450)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.6, size=steps - 1))])
        for j, tj in enumerate(t.tolist()):
            p = tx.agent_task(rng, env) if j == 0 else tx.agent_step(rng, env, j, style)
            _split(per, k, tj, p, base + j * step_tok)
    for k, rows in per.items():
        ts = np.array([r[0] for r in rows])
        ctx.emit(
            rng,
            accts[k],
            ts,
            [r[1] for r in rows],
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=180.0,
            comp_sigma=0.7,
            extra=np.array([r[2] for r in rows]),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent/tool-use transcripts",
            "pacing": "poisson episodes, 4-14 steps",
            "episodes_per_hour": per_hour,
            "env_weights": dict(zip(envs, envw.round(3).tolist(), strict=True)),
            "ip_source": "aws",
            "payment": "one card",
            "orgs": 2,
            "user_agent": ua,
            "hard": False,
        },
    )


def strand(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation: bulk 'generate N examples as JSONL' jobs over a topic
    taxonomy in several languages, bursts from Asian cloud hosts on prepaid cards."""
    fam = "strand"
    n = irange(rng, 2, 4)
    provider = pick(rng, ("oracle", "alibaba", "tencent", "huawei", "ucloud"))
    ua = pick(rng, ("OpenAI/Python 1.63.2", "python-requests/2.32.3"))
    accts = [
        _acct(
            ctx, rng, fam, cid, "generator", ua=ua, ips=bb.cloud(rng, irange(rng, 1, 2), provider)
        )
        for _ in range(n)
    ]
    langw = _weights(
        rng,
        {
            "en": (0.3, 0.5),
            "es": (0.05, 0.2),
            "pt": (0.05, 0.2),
            "hi": (0.05, 0.15),
            "id": (0.05, 0.15),
        },
    )
    starts = bb.thinned(
        rng, ctx.t0 + float(rng.uniform(0.3, 1.5)) * DAY, ctx.t1, irange(rng, 25, 50), bb.constant
    )
    trains = bb.bursts(
        rng, starts, float(rng.uniform(40, 110)), float(rng.uniform(2.0, 6.0)), b=ctx.t1
    )
    per: dict[int, list] = {}
    seq = 0
    for tr in trains:
        k, lang, style = irange(rng, 0, n - 1), tx.lang_draw(rng, langw), irange(rng, 0, 3)
        for t in tr.tolist():
            seq += 1
            _split(per, k, t, tx.dataset_gen(rng, lang, style, seq))
    for k, rows in per.items():
        ts = np.array([r[0] for r in rows])
        ctx.emit(
            rng,
            accts[k],
            ts,
            [r[1] for r in rows],
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=1800.0,
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic-dataset generation",
            "pacing": "bursts",
            "ip_source": f"{provider} cloud",
            "payment": "one prepaid card per key",
            "orgs": n,
            "user_agent": ua,
            "languages": langw,
            "hard": False,
        },
    )


def splice(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest (hard): scripted browser sessions through residential proxies,
    each session one conversation (an opener, then stock follow-ups), person-like pacing."""
    fam = "splice"
    n = irange(rng, 25, 45)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 6, 12))]
    accts = []
    lang_pool = ("en", "en", "en", "es", "fr", "de", "pt")
    for _ in range(n):
        tz = pick(rng, TZS)
        region = pick(rng, bb.regions())
        pool = bb.resi(rng, irange(rng, 4, 10), region)
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "browser_session",
            pay=pick(rng, cards),
            ua=pick(rng, bb.BROWSERS),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        lang = pick(rng, lang_pool)
        s0 = ctx.t0 + float(rng.uniform(0.0, 2.5)) * DAY
        sessions = bb.session_times(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            bb.evening_person(tz),
            float(rng.uniform(6, 10)),
            float(rng.uniform(30, 70)),
        )
        ts_all, prompts, extra = [], [], []
        per_turn = irange(rng, 200, 350)
        for sess in sessions:
            opener = tx.dialogue_opener(rng, lang, ctx.chat)
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(tx.dialogue_turn(rng, lang, j, opener))
                extra.append(j * per_turn)
        ts = np.array(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=bb.sticky(rng, ts, pool, 1800.0),
            comp_median=500.0,
            extra=np.array(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "human-like evening sessions",
            "ip_source": "residential proxies (region unrelated to claimed tz), sticky 30 min",
            "payment": f"{len(cards)} prepaid cards shared",
            "orgs": n,
            "user_agent": "browser strings",
            "languages": ["en", "es", "fr", "de", "pt"],
            "hard": True,
        },
    )


def knot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n and soft-label sampling: each item sent n times within seconds (identical
    prompt), creative items, label-probability items, confidence items."""
    fam = "knot"
    n = irange(rng, 4, 8)
    provider = pick(rng, ("vultr", "linode", "digitalocean"))
    block = bb.rented_block(rng, provider, 1, irange(rng, 3, 6))
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1"))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    accts = [
        _acct(ctx, rng, fam, cid, "sampler", org=org, pay=pay, ua=ua, ips=block) for _ in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(0.5, 2.0)) * DAY
    per_hour = float(rng.uniform(6, 12))
    items = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    langw = _weights(rng, {"en": (0.6, 0.8), "fr": (0.05, 0.2), "de": (0.05, 0.2)})
    sp = rng.dirichlet(np.ones(4))
    per: dict[int, list] = {}
    for s in items.tolist():
        k = irange(rng, 0, n - 1)
        reps = pick(rng, (4, 5, 8, 8, 16))
        p = tx.best_of_n_item(rng, tx.lang_draw(rng, langw), _style(rng, sp), ctx.chat)
        new = s >= ctx.release and chance(rng, 0.95)
        model = ctx.new_model if new else ctx.old_models[0]
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.7), 0.5, size=reps - 1))])
        for tj in t.tolist():
            _split(per, k, tj, p, model)
    for k, rows in per.items():
        ts = np.array([r[0] for r in rows])
        ctx.emit(
            rng,
            accts[k],
            ts,
            [r[1] for r in rows],
            models=[r[2] for r in rows],
            comp_median=250.0,
            comp_sigma=0.8,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "poisson items, n repeats within seconds",
            "items_per_hour": per_hour,
            "ip_source": f"rented {provider} block",
            "payment": "one card",
            "orgs": 1,
            "user_agent": ua,
            "styles": sp.round(3).tolist(),
            "languages": langw,
            "hard": False,
        },
    )


def stuffing(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Code harvest with a curriculum sweep: implementation tasks over many languages, difficulty
    rising through the week, steady per-key rates."""
    fam = "stuffing"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("gcp", "aws", "digitalocean"))
    pay = bb.hexid(rng, "pay")
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0"))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(0.2, 1.5)) * DAY
    sp = rng.dirichlet(np.ones(4))
    for a in accts:
        rate = float(rng.uniform(5, 12))
        ts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
        lv = np.clip(1 + np.floor(7 * (ts - start) / (ctx.t1 - start)), 1, 7).astype(int)
        prompts = [tx.code_task(rng, int(v), _style(rng, sp)) for v in lv.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=900.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest, curriculum sweep",
            "pacing": "steady poisson per key",
            "ip_source": f"{provider} cloud",
            "payment": "one prepaid card",
            "orgs": n,
            "user_agent": ua,
            "styles": sp.round(3).tolist(),
            "hard": False,
        },
    )


def clamp(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Translation harvest dressed as a localisation vendor (hard): generic assistant answers, each
    sent for many target languages, office hours, office broadband plus Azure."""
    fam = "clamp"
    n = irange(rng, 2, 4)
    tz = pick(rng, (1, 2, 0, -5))
    office = bb.home(rng, 1, tz)
    cl = bb.cloud(rng, 2, "azure")
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "l10n_key",
            org=org,
            pay=pay,
            ips=office + cl,
            tz=tz,
            ua=pick(rng, ("OpenAI/NodeJS 4.85.1", "Apache-HttpClient/5.4.1 (Java/21.0.5)")),
        )
        for _ in range(n)
    ]
    project = pick(rng, ("Helpdesk KB", "DocsPortal", "Academy", "KnowledgeHub"))
    jobs = bb.thinned(rng, ctx.t0, ctx.t1, irange(rng, 200, 350), bb.workday(tz, weekend=0.1))
    sp = rng.dirichlet(np.ones(3))
    per: dict[int, list] = {}
    for s in jobs.tolist():
        passage = bb.pick(rng, ctx.passages)
        targets = [
            str(x)
            for x in rng.choice(
                np.asarray(tx.TRANSLATE_TARGETS), size=irange(rng, 6, 10), replace=False
            )
        ]
        k, style = irange(rng, 0, n - 1), _style(rng, sp)
        t = s + np.cumsum(rng.lognormal(np.log(25.0), 0.5, size=len(targets)))
        for tj, tgt in zip(t.tolist(), targets, strict=True):
            ip = office[0] if chance(rng, 0.7) else pick(rng, cl)
            _split(
                per,
                k,
                tj,
                tx.translate_harvest(rng, passage, tgt, project, style),
                ip,
                len(passage) / 3.2,
            )
    for k, rows in per.items():
        ts = np.array([r[0] for r in rows])
        ctx.emit(
            rng,
            accts[k],
            ts,
            [r[1] for r in rows],
            models=ctx.models(rng, ts, p_new=0.7),
            ips=[r[2] for r in rows],
            comp_median=np.array([min(r[3], 1200.0) for r in rows]),
            comp_sigma=0.25,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest posing as localisation",
            "pacing": "office-hours jobs, 6-10 targets each",
            "ip_source": "office broadband + azure",
            "payment": "one corporate card",
            "orgs": 1,
            "tz": tz,
            "project_tag": project,
            "hard": True,
        },
    )


def dampen(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Harvest hidden in a real product's traffic (hard): a consumer writing app's backend keys
    carry real user prompts and, from shortly before the release, an extra stream of harvest
    prompts on the same keys, addresses, user agent and daily curve."""
    fam = "dampen"
    n = irange(rng, 2, 3)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 3, 6), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        _acct(ctx, rng, fam, cid, "product_backend", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(n)
    ]
    curve = bb.global_load(float(rng.uniform(13, 20)), float(rng.uniform(0.4, 0.7)))
    rate = float(rng.uniform(40, 80))
    frac = float(rng.uniform(0.25, 0.6))
    share = np.array([0.8] + [0.2 / (n - 1)] * (n - 1))
    real = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    h0 = ctx.release - float(rng.uniform(0.3, 1.0)) * DAY
    harv = bb.thinned(rng, h0, ctx.t1, frac * rate * (ctx.t1 - h0) / HOUR, curve)
    sp = rng.dirichlet(np.ones(3) * 2)
    sys_tok = irange(rng, 90, 160)
    who_r = rng.choice(n, size=len(real), p=share)
    who_h = rng.choice(n, size=len(harv), p=share)
    for i, a in enumerate(accts):
        tr, th = real[who_r == i], harv[who_h == i]
        pr = [tx.product_wrap(rng, bb.pick(rng, ctx.chat)) for _ in range(len(tr))]
        ph = [tx.product_harvest(rng, ctx.chat, _style(rng, sp)) for _ in range(len(th))]
        ctx.emit(
            rng, a, tr, pr, models=ctx.models(rng, tr, p_new=0.35), comp_median=320.0, extra=sys_tok
        )
        ctx.emit(
            rng,
            a,
            th,
            ph,
            models=ctx.models(rng, th, p_new=1.0),
            comp_median=900.0,
            comp_sigma=0.5,
            extra=sys_tok,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest inside a real product's traffic",
            "pacing": "product's global load curve",
            "real_per_hour": rate,
            "harvest_fraction": frac,
            "harvest_from": h0,
            "ip_source": "aws backend",
            "payment": "one corporate card",
            "orgs": 1,
            "user_agent": ua,
            "hard": True,
        },
    )


def paper_rush(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Bought aged accounts, low and slow (hard): each a different org and card, a few ordinary
    prompts before the release, then evening sessions of casual expert questions on the new model,
    through residential proxies matching each account's region."""
    fam = "paper_rush"
    n = irange(rng, 40, 70)
    accts = []
    asked: set[str] = set()
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, tx.TZ_LANGS[tz])
        ua = bb.sdk_ua(rng) if chance(rng, 0.25) else pick(rng, bb.BROWSERS + bb.MOBILE)
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "aged_account",
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        accts.append(a)
        k0 = irange(rng, 0, 4)
        t_old = np.sort(rng.uniform(ctx.t0, ctx.release - 0.5 * DAY, size=k0))
        ctx.emit(
            rng,
            a,
            t_old,
            [tx.clip(bb.pick(rng, ctx.chat), 800) for _ in range(k0)],
            models=ctx.models(rng, t_old),
            comp_median=350.0,
        )
        s0 = ctx.release + float(rng.uniform(0.0, 0.8)) * DAY
        sess = bb.session_times(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(1.2, 3.0)),
            bb.evening_person(tz),
            float(rng.uniform(3, 6)),
            float(rng.uniform(50, 120)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        if len(ts) == 0:
            ts = np.array([s0 + float(rng.uniform(0, 0.5)) * DAY])
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.1):
                prompts.append(tx.clip(bb.pick(rng, ctx.chat), 800))
                continue
            p = tx.casual_expert(rng, lang)
            for _ in range(6):  # the operator de-duplicates its question list across accounts
                if p not in asked:
                    break
                p = tx.casual_expert(rng, lang)
            asked.add(p)
            prompts.append(p)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.97), comp_median=650.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "explanation harvest via bought aged accounts",
            "pacing": "evening sessions after release",
            "ip_source": "residential proxies matched to account region",
            "payment": "one card per account",
            "orgs": n,
            "user_agent": "browsers/mobile/sdk mix",
            "hard": True,
        },
    )


def corner_fill(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Public prompt replay (hard): public chat prompts replayed verbatim, without repeats, by a
    handful of keys behind one office address, browser user agents, office hours."""
    fam = "corner_fill"
    n = irange(rng, 5, 9)
    tz = pick(rng, TZS)
    office = bb.home(rng, irange(rng, 1, 2), tz)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "replayer",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS),
            ips=office,
            tz=tz,
        )
        for _ in range(n)
    ]
    order = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    for a in accts:
        ts = bb.thinned(
            rng,
            ctx.t0 + float(rng.uniform(0, 1.0)) * DAY,
            ctx.t1,
            irange(rng, 250, 600),
            bb.workday(tz, weekend=0.02),
        )
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[order[pos % len(order)]])
            pos += 1
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), comp_median=380.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "pacing": "office-hours poisson per key",
            "ip_source": "office broadband",
            "payment": "one corporate card",
            "orgs": 1,
            "user_agent": "browser strings",
            "tz": tz,
            "prompts_replayed": pos,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "bulrush": bulrush,
    "cattail": cattail,
    "clamp": clamp,
    "coil": coil,
    "corner_fill": corner_fill,
    "dampen": dampen,
    "knot": knot,
    "paper_rush": paper_rush,
    "sedge": sedge,
    "splice": splice,
    "strand": strand,
    "stuffing": stuffing,
}

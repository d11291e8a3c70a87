"""Campaign families of blind batch 350 (twelve; code names from seismology).

Each family is `fn(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Every choice (key counts,
orgs, cards, pacing, addresses, agents, languages, styles, model use) is drawn from the family's
own generator, in an order that does not depend on the process.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    TZS,
    bursts,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    picks,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind350 import texts as tx

_CHEAP_HOSTS = (
    "hetzner",
    "ovh",
    "contabo",
    "vultr",
    "digitalocean",
    "m247",
    "selectel",
    "scaleway",
)
_VPN_HOSTS = ("m247", "leaseweb", "vultr", "linode", "ovh")
_BIG_CLOUDS = ("aws", "gcp", "azure", "oracle", "alibaba")
_REGION_OF_TZ = {
    -8: "us",
    -5: "us",
    -3: "latam",
    0: "eu",
    1: "eu",
    2: "eu",
    3: "ru",
    5: "in",
    8: "sea",
    9: "jp_kr",
}
_LANG_OF_TZ = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("en", "de"),
    3: ("tr", "en"),
    5: ("hi", "en"),
    8: ("zh", "id", "en"),
    9: ("ja", "ko"),
}


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _subset(rng: np.random.Generator, pool: list[str], lo: int, hi: int) -> list[str]:
    k = min(len(pool), irange(rng, lo, hi))
    return [pool[i] for i in sorted(rng.choice(len(pool), size=k, replace=False).tolist())]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------


def epicenter(ctx, rng: np.random.Generator, camp: str) -> None:
    """Reasoning-trace coercion from a rented server block: a queue of problems handed to a pool
    of keys, every prompt demanding the full chain of thought."""
    fam = "epicenter"
    n_keys = irange(rng, 8, 22)
    n_orgs = 1 if chance(rng, 0.4) else irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, _CHEAP_HOSTS)
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    shared_ua = sdk_ua(rng) if chance(rng, 0.7) else ""
    langs = tx.lang_mix(rng, ["en", "zh", "es", "ru", "ja"])
    early = chance(rng, 0.5)
    start = (
        jitter_start(rng, ctx.t0, ctx.t1, 0.15) if early else ctx.release - _u(rng, 0.3, 1.5) * DAY
    )
    accts, styles = [], []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=camp,
                org=orgs[i % n_orgs],
                pay=cards[i % len(cards)],
                ua=shared_ua or sdk_ua(rng),
                ips=_subset(rng, block, 2, 6),
            )
        )
        styles.append(picks(rng, tx.TRACE_STYLES, irange(rng, 1, 2)))
    per_hour = _u(rng, 25, 55)
    curve = constant if chance(rng, 0.5) else global_load(_u(rng, 0, 24), _u(rng, 0.2, 0.5))
    comp = _u(rng, 800, 1400)
    for a, st, ts in zip(
        accts, styles, worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True
    ):
        prompts = [
            tx.trace_prompt(rng, tx.weighted(rng, langs), pick(rng, st)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.02), comp_median=comp, err=0.03
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "per_hour": per_hour,
            "ip_source": f"rented block ({provider})",
            "orgs": n_orgs,
            "cards": len(cards),
            "user_agent": shared_ua or "per key",
            "languages": langs,
            "start": start,
            "hard": False,
        },
    )


def aftershock(ctx, rng: np.random.Generator, camp: str) -> None:
    """Judge / rubric / reward-model grading harvest: batch jobs of grading prompts (a question, one
    or two candidate answers, a rubric) fired in bursts from cloud hosts and VPN exits."""
    fam = "aftershock"
    n_keys = irange(rng, 5, 12)
    one_org = chance(rng, 0.5)
    org = hexid(rng, "org")
    card = hexid(rng, "pay")
    cloud_ips = cloud(rng, irange(rng, 3, 8), pick(rng, _BIG_CLOUDS))
    vpn_ips = rented_block(rng, pick(rng, _VPN_HOSTS), irange(rng, 1, 3), irange(rng, 3, 6))
    langs = tx.lang_mix(rng, ["en", "zh", "ko"], 1.0)
    styles_all = ("json", "pair", "reward", "checklist", "plain")
    op_tz = pick(rng, TZS)
    office_hours = chance(rng, 0.5)
    curve = workday(op_tz, 7.0, 22.0, 0.5, 0.05) if office_hours else constant
    start = ctx.release - _u(rng, 0.0, 2.0) * DAY
    accts = []
    for _ in range(n_keys):
        ips = _subset(rng, cloud_ips, 1, 3) if chance(rng, 0.6) else _subset(rng, vpn_ips, 2, 5)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=camp,
            org=org if one_org else None,
            pay=card,
            ua=sdk_ua(rng, 0.4),
            ips=ips,
        )
        accts.append(a)
        st = picks(rng, styles_all, irange(rng, 1, 3))
        starts = thinned(
            rng,
            start + _u(rng, 0, 0.5) * DAY,
            ctx.t1,
            _u(rng, 3, 8) * (ctx.t1 - start) / DAY,
            curve,
        )
        ts = _cat(bursts(rng, starts, _u(rng, 20, 60), _u(rng, 1.2, 4.0)))
        prompts = [
            tx.judge_prompt(ctx, rng, tx.weighted(rng, langs), pick(rng, st))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.1),
            comp_median=_u(rng, 160, 320),
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "pacing": "bursts (batch jobs)",
            "office_hours": office_hours,
            "operator_tz": op_tz,
            "ip_source": "cloud hosts and VPN exits",
            "orgs": 1 if one_org else n_keys,
            "cards": 1,
            "languages": langs,
            "hard": False,
        },
    )


def foreshock(ctx, rng: np.random.Generator, camp: str) -> None:
    """Censorship-safe / policy rewrites: keys on stolen cards (one per key) behind a rotating
    residential proxy pool, each used for a few days, asking for compliant rewrites, safe answers
    to sensitive questions and refusal/safe-answer pairs, mostly not in English."""
    fam = "foreshock"
    n_keys = irange(rng, 12, 28)
    region = pick(rng, ("*", "sea", "us", "eu", "cn"))
    pool = resi(rng, irange(rng, 150, 500), region)
    hold = _u(rng, 10, 40) * 60
    langs = tx.lang_mix(rng, ["zh", "ru", "ar", "en", "vi", "tr"])
    accts = []
    for _ in range(n_keys):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.35)
            else pick(
                rng,
                (
                    "python-requests/2.32.3",
                    "aiohttp/3.11.11",
                    "OpenAI/Python 1.58.1",
                    "Go-http-client/2.0",
                ),
            )
        )
        a = ctx.account(
            rng, label="campaign", family=fam, role="worker", campaign_id=camp, ua=ua, ips=pool[:1]
        )
        accts.append(a)
        born = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        end = min(ctx.t1, born + _u(rng, 1.5, 4.0) * DAY)
        ts = thinned(
            rng, born, end, _u(rng, 40, 120) * (end - born) / DAY, global_load(_u(rng, 0, 24), 0.4)
        )
        prompts = [
            tx.policy_prompt(
                ctx, rng, tx.weighted(rng, langs), pick(rng, ("pair", "sanitize", "ask"))
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.05),
            ips=sticky(rng, ts, pool, hold),
            comp_median=_u(rng, 380, 650),
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites",
            "pacing": "per-key poisson, staggered lives",
            "ip_source": f"residential proxy pool ({region})",
            "proxy_hold_s": hold,
            "orgs": n_keys,
            "cards": n_keys,
            "payment": "stolen cards, one per key",
            "languages": langs,
            "hard": False,
        },
    )


def seismograph(ctx, rng: np.random.Generator, camp: str) -> None:
    """Agent / tool-use transcripts: an agent loop run over synthetic tasks in several tool
    domains; every episode sends one request per step with the transcript so far."""
    fam = "seismograph"
    n_keys = irange(rng, 3, 7)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure", "gcp"))
    hosts = cloud(rng, irange(rng, 3, 10), provider)
    agents = (
        "litellm/1.60.2",
        "langchain-openai/0.3.6",
        "python-httpx/0.28.1",
        "AsyncOpenAI/Python 1.60.0",
        "dspy/2.6.3 litellm/1.60.2",
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=pick(rng, agents),
            ips=_subset(rng, hosts, 1, 3),
        )
        for _ in range(n_keys)
    ]
    renders = picks(rng, ("react", "json", "xml"), irange(rng, 1, 3))
    domains = tx.agent_domains()
    start = ctx.release - _u(rng, 0.2, 1.2) * DAY
    eps = thinned(rng, start, ctx.t1, _u(rng, 4, 9) * (ctx.t1 - start) / HOUR, constant)
    gap = _u(rng, 4, 12)
    p_zh, p_ja = _u(rng, 0, 0.15), _u(rng, 0, 0.08)
    per_key: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s in eps.tolist():
        k = int(rng.integers(n_keys))
        dom = pick(rng, domains)
        task = tx.agent_task(rng, dom)
        steps = irange(rng, 3, 14)
        render = pick(rng, renders)
        u = rng.random()
        lang = "zh" if u < p_zh else ("ja" if u < p_zh + p_ja else "en")
        hist = tx.agent_episode(rng, dom, steps)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=steps - 1))])
        for j, tj in enumerate(t.tolist()):
            per_key[k][0].append(tj)
            per_key[k][1].append(tx.agent_prompt(dom, task, hist[:j], render, lang))
            per_key[k][2].append(500 + 350 * j if render == "xml" else 300)
    for a, (ts, prompts, extra) in zip(accts, per_key, strict=True):
        order = np.argsort(np.asarray(ts), kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts_a,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts_a, 0.95, 0.0),
            comp_median=_u(rng, 120, 220),
            extra=np.asarray(extra, dtype=np.int64)[order],
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "pacing": "poisson episodes, steps seconds apart",
            "ip_source": f"cloud ({provider})",
            "orgs": 1,
            "cards": 1,
            "renders": renders,
            "episodes": len(eps),
            "hard": False,
        },
    )


def liquefaction(ctx, rng: np.random.Generator, camp: str) -> None:
    """Synthetic-dataset generation by a few shell organisations (each its own prepaid card and
    /24), 24/7 queues: persona questions, JSONL batches, instruction evolution, dialogues, exams."""
    fam = "liquefaction"
    n_orgs = irange(rng, 3, 6)
    langs = tx.lang_mix(rng, ["en", "pt", "id", "fr", "de"])
    styles = ("persona", "jsonl", "evolve", "dialogue", "exam")
    accts, per_org = [], []
    for _ in range(n_orgs):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, _CHEAP_HOSTS)
        block = rented_block(rng, provider, 1, irange(rng, 3, 8))
        ua = sdk_ua(rng)
        n = irange(rng, 3, 7)
        keys = [
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="generator",
                campaign_id=camp,
                org=org,
                pay=card,
                ua=ua,
                ips=_subset(rng, block, 1, 3),
            )
            for _ in range(n)
        ]
        accts += keys
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        p_mini = 0.3 if chance(rng, 0.4) else 0.0
        p_new = _u(rng, 0.75, 0.95)
        st = picks(rng, styles, irange(rng, 2, 4))
        comp = _u(rng, 900, 1600)
        for a, ts in zip(keys, worker_pool(rng, start, ctx.t1, _u(rng, 5, 12), n), strict=True):
            prompts = [
                tx.dataset_prompt(ctx, rng, tx.weighted(rng, langs), pick(rng, st))
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new, p_mini),
                comp_median=comp,
                comp_sigma=0.45,
                err=0.02,
            )
        per_org.append({"keys": n, "provider": provider, "p_mini": p_mini, "styles": st})
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "24/7 poisson queues per org",
            "ip_source": "one rented /24 per org",
            "orgs": n_orgs,
            "payment": "one prepaid card per org",
            "per_org": per_org,
            "languages": langs,
            "hard": False,
        },
    )


def microseism(ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. A low-and-slow crowd of person-like accounts (own org, own card, a home-like address
    in a region that fits the account's clock, browser or phone), each a few evening sessions a
    day of natural-sounding questions drawn from one operator's knowledge sweep."""
    fam = "microseism"
    n = irange(rng, 40, 80)
    tzs = picks(rng, TZS, irange(rng, 2, 4))
    bank = tx.concept_bank(rng)
    cursor = int(rng.integers(len(bank)))
    p_cover = _u(rng, 0.08, 0.2)
    onboard = ctx.release - _u(rng, 0.2, 1.0) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else pick(rng, MOBILE[:3])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=camp,
            ua=ua,
            ips=home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        accts.append(a)
        langs = _LANG_OF_TZ[tz]
        main = pick(rng, langs)
        born = onboard + _u(rng, 0, 1.5) * DAY
        sess = session_times(
            rng,
            born,
            ctx.t1,
            _u(rng, 1.2, 2.5),
            evening_person(tz),
            _u(rng, 2.5, 5.0),
            _u(rng, 60, 180),
        )
        ts = _cat(sess)
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, p_cover):
                prompts.append(tx.human(ctx, rng, 400))
                continue
            _, c, d = bank[cursor % len(bank)]
            cursor += 1
            lang = main if chance(rng, 0.8) else pick(rng, langs)
            prompts.append(
                tx.natural_question(
                    rng, c, d, lang if lang in tx._Q_OTHER or lang == "en" else "en"
                )
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=_u(rng, 600, 850),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "knowledge sweep through a person-like crowd",
            "pacing": "human sessions, evenings",
            "ip_source": "home-like consumer addresses per account",
            "orgs": n,
            "cards": n,
            "tzs": tzs,
            "cover_share": p_cover,
            "onboard": onboard,
            "hard": True,
        },
    )


def asperity(ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Harvest hidden in a real product: a study-help app's keys carry its genuine users'
    requests around the clock, and the operator mixes a steady off-peak stream of harvest prompts
    into the same keys, wrapped in the product's own template."""
    fam = "asperity"
    name = tx.brand(rng)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "azure")))
    n_keys = irange(rng, 2, 5)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.58.1")),
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    peak = _u(rng, 12, 20)
    load = global_load(peak, _u(rng, 0.5, 0.8))
    user_rate = _u(rng, 18, 35)
    bank = tx.concept_bank(rng)
    h_start = ctx.release - _u(rng, 0.0, 0.6) * DAY
    h_rate = _u(rng, 6, 14)
    users = worker_pool(rng, ctx.t0, ctx.t1, user_rate, n_keys, load)
    harvest = worker_pool(rng, h_start, ctx.t1, h_rate, n_keys, lambda t: 1.05 - load(t))
    for k, a in enumerate(accts):
        tu, th = users[k], harvest[k]
        pu = []
        for _ in range(len(tu)):
            mode = pick(rng, tx.PRODUCT_MODES)
            text = (
                tx.human(ctx, rng, 700)
                if chance(rng, 0.7)
                else tx.student_explain(rng, pick(rng, bank)[1])
            )
            pu.append(tx.product_wrap(name, mode, text))
        ph = []
        for _ in range(len(th)):
            _, c, d = pick(rng, bank)
            r = rng.random()
            if r < 0.4:
                text = tx.student_explain(rng, c)
            elif r < 0.7:
                text = tx.problem(rng, "en") + pick(
                    rng, (" show all steps pls", " explain every step", " step by step")
                )
            else:
                text = tx.expert_prompt(rng, c, d, "en", "outline")
            ph.append(tx.product_wrap(name, pick(rng, ("explain", "homework")), text))
        ts = np.concatenate([tu, th])
        prompts = pu + ph
        models = ctx.models(rng, tu, 0.5, 0.3) + ctx.models(rng, th, 0.98, 0.0)
        comp = np.concatenate([np.full(len(tu), 380.0), np.full(len(th), 900.0)])
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order],
            models=[models[i] for i in order],
            comp_median=comp[order],
            extra=150,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest inside a live product's traffic",
            "product": name,
            "pacing": "product load around the clock, harvest off-peak",
            "user_per_hour": user_rate,
            "harvest_per_hour": h_rate,
            "harvest_start": h_start,
            "ip_source": "product's cloud NAT",
            "orgs": 1,
            "cards": 1,
            "hard": True,
        },
    )


def seiche(ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Bought aged accounts: ordinary people's accounts (their own org, card, home address,
    browser) that after a takeover around the release carry an expert-answer harvest through
    residential proxies in the owner's region, at a few times a normal person's volume."""
    fam = "seiche"
    n = irange(rng, 12, 24)
    langs = tx.lang_mix(rng, ["en", "zh", "es", "ru"])
    styles = ("outline", "role", "terse")
    bank = tx.concept_bank(rng)
    keep_browser = _u(rng, 0.2, 0.7)
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=camp,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + _u(rng, -0.5, 1.5) * DAY
        takeovers.append(take)
        before = _cat(
            session_times(
                rng, ctx.t0, take, _u(rng, 0.5, 1.5), evening_person(tz), _u(rng, 2, 4), 90
            )
        )
        ctx.emit(
            rng,
            a,
            before,
            [tx.human(ctx, rng, 800) for _ in range(len(before))],
            models=ctx.models(rng, before, 0.5, 0.2),
        )
        pool = resi(rng, irange(rng, 20, 60), _REGION_OF_TZ[tz])
        after = _cat(
            session_times(
                rng,
                take,
                ctx.t1,
                _u(rng, 5, 12),
                workday(tz, 7.0, 23.0, 0.8, 0.1),
                _u(rng, 6, 12),
                _u(rng, 20, 60),
            )
        )
        prompts = []
        for _ in range(len(after)):
            if chance(rng, 0.1):
                prompts.append(tx.human(ctx, rng, 600))
            else:
                _, c, d = pick(rng, bank)
                prompts.append(
                    tx.expert_prompt(rng, c, d, tx.weighted(rng, langs), pick(rng, styles))
                )
        ua_after = ua if chance(rng, keep_browser) else sdk_ua(rng)
        ctx.emit(
            rng,
            a,
            after,
            prompts,
            models=ctx.models(rng, after, 0.95, 0.0),
            ips=sticky(rng, after, pool, _u(rng, 1, 3) * HOUR),
            ua=ua_after,
            comp_median=_u(rng, 700, 1100),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "expert-answer harvest through bought aged accounts",
            "takeovers": takeovers,
            "pacing": "owner's evenings before, dense sessions after",
            "ip_source": "home, then regional residential proxies",
            "orgs": n,
            "cards": n,
            "keep_browser_share": keep_browser,
            "languages": langs,
            "hard": True,
        },
    )


def moho(ctx, rng: np.random.Generator, camp: str) -> None:
    """Multi-turn dialogue harvest: an LLM playing the user runs whole conversations (an opener,
    then follow-ups seconds apart) through keys that share one virtual card and VPN exits."""
    fam = "moho"
    n_keys = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = hexid(rng, "pay")
    pool = rented_block(rng, pick(rng, _VPN_HOSTS), irange(rng, 2, 4), irange(rng, 3, 6))
    langs = tx.lang_mix(rng, ["en", "de", "fr", "ja", "es"])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_driver",
            campaign_id=camp,
            org=orgs[i % len(orgs)],
            pay=card,
            ua=sdk_ua(rng, 0.3),
            ips=pool[:1],
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    bank = tx.concept_bank(rng)
    gap = _u(rng, 10, 25)
    hold = _u(rng, 20, 60) * 60
    convs = worker_pool(rng, start, ctx.t1, _u(rng, 3, 7), n_keys)
    for a, starts in zip(accts, convs, strict=True):
        ts, prompts, turn = [], [], []
        for s in starts.tolist():
            lang = tx.weighted(rng, langs)
            seed = pick(rng, bank)[1:]
            k = irange(rng, 4, 10)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            ts.extend(t.tolist())
            turn.extend(range(k))
            prompts.extend(tx.dialogue_turn(ctx, rng, lang, j, seed) for j in range(k))
        order = np.argsort(np.asarray(ts), kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts_a,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts_a, 0.92, 0.0),
            ips=sticky(rng, ts_a, pool, hold),
            comp_median=_u(rng, 450, 750),
            extra=120 + 420 * np.asarray(turn, dtype=np.int64)[order],
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "poisson conversations, turns seconds apart",
            "turn_gap_median_s": gap,
            "ip_source": "VPN exit block",
            "orgs": len(orgs),
            "cards": 1,
            "languages": langs,
            "hard": False,
        },
    )


def tiltmeter(ctx, rng: np.random.Generator, camp: str) -> None:
    """Best-of-n and soft-label sampling: the same prompt fired n times at once (plain, numbered
    or tagged), plus label-probability requests, from a couple of cloud hosts."""
    fam = "tiltmeter"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    hosts = cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws", "oracle")))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=hosts,
        )
        for _ in range(n_keys)
    ]
    langs = tx.lang_mix(rng, ["en", "zh", "es"])
    tag = pick(rng, ("plain", "seeded", "run"))
    start = ctx.release - _u(rng, 0.0, 1.0) * DAY
    p_soft = _u(rng, 0.3, 0.7)
    groups = worker_pool(rng, start, ctx.t1, _u(rng, 4, 9), n_keys)
    for a, starts in zip(accts, groups, strict=True):
        ts, prompts, models, comp = [], [], [], []
        for s in starts.tolist():
            lang = tx.weighted(rng, langs)
            if chance(rng, p_soft):
                base = tx.softlabel_prompt(ctx, rng, lang, pick(rng, ("probs", "logit", "conf")))
                c = 180.0
            else:
                base = tx.problem(rng, lang) if chance(rng, 0.6) else tx.human(ctx, rng, 600)
                c = 550.0
            n = irange(rng, 4, 16)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.3), 0.6, size=n - 1))])
            m = ctx.models(rng, t[:1], 0.9, 0.0)[0]
            ts.extend(t.tolist())
            prompts.extend(tx.sample_tag(rng, base, i, n, tag) for i in range(n))
            models.extend([m] * n)
            comp.extend([c] * n)
        order = np.argsort(np.asarray(ts), kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            np.asarray(ts)[order],
            [prompts[i] for i in order],
            models=[models[i] for i in order],
            comp_median=np.asarray(comp)[order],
            err=0.04,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "pacing": "poisson groups of n near-simultaneous copies",
            "tag_style": tag,
            "soft_share": p_soft,
            "ip_source": "cloud hosts",
            "orgs": 1,
            "cards": 1,
            "languages": langs,
            "hard": False,
        },
    )


def hypocenter(ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Public prompt replay: a crowd of short-lived accounts (own org, own prepaid virtual
    card, browser or phone agent) replays public human chat prompts verbatim, one queue shared by
    all, through rotating residential proxies worldwide, with a daily rhythm."""
    fam = "hypocenter"
    n = irange(rng, 30, 60)
    pool = resi(rng, irange(rng, 300, 700), "*")
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    curve = global_load(_u(rng, 10, 20), _u(rng, 0.3, 0.6))
    hold = _u(rng, 120, 900)
    accts = []
    for _ in range(n):
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE[:3])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replay_account",
            campaign_id=camp,
            ua=ua,
            ips=pool[:1],
        )
        accts.append(a)
        born = ctx.release + _u(rng, -1.0, 2.2) * DAY
        end = min(ctx.t1, born + _u(rng, 1.0, 3.0) * DAY)
        ts = thinned(rng, born, end, _u(rng, 40, 120) * (end - born) / DAY, curve)
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[order[cursor % len(order)]])
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            ips=sticky(rng, ts, pool, hold),
            comp_median=_u(rng, 350, 600),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "pacing": "per-account poisson with a daily rhythm, 1-3 day lives",
            "ip_source": "worldwide residential proxies, sticky sessions",
            "proxy_hold_s": hold,
            "orgs": n,
            "cards": n,
            "payment": "prepaid virtual cards",
            "prompts_sent": cursor,
            "hard": True,
        },
    )


def stick_slip(ctx, rng: np.random.Generator, camp: str) -> None:
    """Curriculum sweep of code and translation tasks, run every night from an office line (a
    small company's one org and corporate card), with a few daytime manual checks from the
    office and a phone."""
    fam = "stick_slip"
    tz = pick(rng, TZS)
    office = home(rng, irange(rng, 1, 2), tz)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    n_keys = irange(rng, 3, 7)
    script_ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "python-httpx/0.28.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweep_key",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=script_ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    grid = [(algo, pl, lvl) for lvl in range(1, 6) for algo in tx._ALGOS for pl in tx._PLS]
    gi = int(rng.integers(len(grid)))
    ti = 0
    p_code = _u(rng, 0.45, 0.75)
    targets = picks(rng, tx._TARGETS, irange(rng, 3, 6))
    style = pick(rng, ("spec", "explain", "short"))
    start = jitter_start(rng, ctx.t0, ctx.release, 0.8)
    curve = nightly(_u(rng, 0.5, 3.0), _u(rng, 2.5, 5.0), tz)
    runs = worker_pool(rng, start, ctx.t1, _u(rng, 45, 90), n_keys, curve)
    for a, ts in zip(accts, runs, strict=True):
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, p_code):
                algo, pl, lvl = grid[gi % len(grid)]
                prompts.append(tx.code_task(gi, algo, pl, lvl, style))
                gi += 1
            else:
                text = tx.clip_text(rng, ctx.passages[(ti * 7919) % len(ctx.passages)], 200, 900)
                prompts.append(
                    tx.translate_task(
                        ti, text, targets[ti % len(targets)], "spec" if style == "spec" else "short"
                    )
                )
                ti += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=_u(rng, 700, 1100),
        )
    manual = _cat(session_times(rng, start, ctx.t1, 1.5, workday(tz), 3, 120))
    if len(manual):
        ips = [
            pick(rng, office)
            if chance(rng, 0.7)
            else mobile_v6(rng, 1, pick(rng, ("us_mobile", "eu_mobile", "in_mobile", "br_mobile")))[
                0
            ]
            for _ in range(len(manual))
        ]
        ctx.emit(
            rng,
            accts[0],
            manual,
            [
                tx.code_task(
                    irange(rng, 0, len(grid) - 1), *grid[irange(rng, 0, len(grid) - 1)], style
                )
                for _ in range(len(manual))
            ],
            models=ctx.models(rng, manual, 0.9, 0.0),
            ips=ips,
            ua=pick(rng, BROWSERS),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "curriculum sweep (code x difficulty, translations)",
            "pacing": "nightly runs, office tz",
            "tz": tz,
            "ip_source": "office broadband (+ a phone)",
            "orgs": 1,
            "cards": 1,
            "targets": targets,
            "code_share": p_code,
            "style": style,
            "hard": False,
        },
    )


CAMPAIGN_FAMILIES = {
    "epicenter": epicenter,
    "aftershock": aftershock,
    "foreshock": foreshock,
    "seismograph": seismograph,
    "liquefaction": liquefaction,
    "microseism": microseism,
    "asperity": asperity,
    "seiche": seiche,
    "moho": moho,
    "tiltmeter": tiltmeter,
    "hypocenter": hypocenter,
    "stick_slip": stick_slip,
}

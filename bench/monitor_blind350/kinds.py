"""Benign hard-negative kinds of blind batch 350 (ten; code names from atolls).

Each kind is `fn(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Every draw comes from the kind's own generator.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    TZS,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    nightly,
    pick,
    picks,
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind350 import texts as tx


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _emit_sorted(ctx, rng, acct, ts, prompts, models, **kw) -> None:
    order = np.argsort(np.asarray(ts, dtype=np.float64), kind="stable").tolist()
    extra = kw.pop("extra", 0)
    if not np.isscalar(extra):
        extra = np.asarray(extra, dtype=np.int64)[order]
    ips = kw.pop("ips", None)
    if isinstance(ips, list):
        ips = [ips[i] for i in order]
    comp = kw.pop("comp_median", 350.0)
    if not np.isscalar(comp):
        comp = np.asarray(comp, dtype=np.float64)[order]
    ctx.emit(
        rng,
        acct,
        np.asarray(ts, dtype=np.float64)[order],
        [prompts[i] for i in order],
        models=[models[i] for i in order],
        extra=extra,
        comp_median=comp,
        ips=ips,
        **kw,
    )


def lagoon(ctx, rng: np.random.Generator) -> None:
    """An evaluation lab benchmarking the new model the week it ships: fixed item sets (maths in
    several languages, multiple choice, code completion) run on the new and old models alike,
    with pass@k repeats, as fast parallel runs during the lab's working day."""
    fam = "lagoon"
    n_keys = irange(rng, 2, 5)
    tz = pick(rng, TZS)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    hosts = cloud(rng, irange(rng, 2, 5), pick(rng, ("gcp", "aws", "azure")))
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=fam,
            role="eval_runner",
            org=org,
            pay=card,
            ua=sdk_ua(rng, 0.7),
            ips=hosts,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    suites = []
    for _ in range(irange(rng, 2, 4)):
        lang = pick(rng, ("en", "en", "zh", "es", "ru", "de", "ja"))
        style = pick(rng, ("mc", "code", "open"))
        suites.append([tx.eval_item(rng, lang, style) for _ in range(irange(rng, 60, 220))])
    day_curve = workday(tz, 9.0, 19.0, 0.15, 0.0)
    run_starts = thinned(
        rng, ctx.release - 2 * DAY, ctx.t1 - 3 * HOUR, irange(rng, 5, 10), day_curve
    )
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s in run_starts.tolist():
        suite = pick(rng, suites)
        if s >= ctx.release:
            model = pick(rng, (ctx.new_model, ctx.new_model, ctx.old_models[0], ctx.old_models[-1]))
        else:
            model = pick(rng, ctx.old_models)
        k = pick(rng, (1, 1, 5, 8))
        key = int(rng.integers(n_keys))
        rate = _u(rng, 1.0, 4.0)
        t = s
        for item in suite:
            for _ in range(k):
                t += float(rng.exponential(1.0 / rate))
                per[key][0].append(t)
                per[key][1].append(item)
                per[key][2].append(model)
    for a, (ts, prompts, models) in zip(accts, per, strict=True):
        if ts:
            _emit_sorted(ctx, rng, a, ts, prompts, models, comp_median=_u(rng, 300, 600), err=0.03)
    if not any(p[0] for p in per):
        ts = thinned(rng, ctx.release, ctx.t1, 50, day_curve)
        ctx.emit(
            rng, accts[0], ts, [pick(rng, suites[0]) for _ in range(len(ts))], models=ctx.new_model
        )


def motu(ctx, rng: np.random.Generator) -> None:
    """A data-labelling vendor: annotators in one office pre-label messages and pre-score model
    answers against a project rubric inside their web tool, on shift hours."""
    fam = "motu"
    tz = pick(rng, (5, 8, 1, -3, 2))
    office = home(rng, irange(rng, 1, 3), tz)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    project = f"[Project {pick(rng, ('K', 'R', 'T', 'V'))}-{irange(rng, 100, 999)} | guideline v{irange(rng, 2, 6)}.{irange(rng, 0, 9)}]"
    style_w = rng.dirichlet([1.0, 1.0, 1.5]).tolist()
    via_tool = chance(rng, 0.5)
    tool_ips = cloud(rng, 2, pick(rng, ("aws", "gcp")))
    shift = workday(tz, _u(rng, 7.0, 10.0), _u(rng, 16.0, 21.0), 0.2, 0.0)
    for _ in range(irange(rng, 12, 30)):
        ua = sdk_ua(rng) if via_tool else pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="annotator",
            org=org,
            pay=card,
            ua=ua,
            ips=tool_ips if via_tool else office,
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng, ctx.t0, ctx.t1, _u(rng, 2, 5), shift, _u(rng, 6, 14), _u(rng, 25, 70)
            )
        )
        styles = [("label", "ner", "rubric")[int(rng.choice(3, p=style_w))] for _ in range(len(ts))]
        prompts = [tx.annotation_task(ctx, rng, project, s) for s in styles]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.3), comp_median=180)


def reef_flat(ctx, rng: np.random.Generator) -> None:
    """A forum platform's trust-and-safety backend: queued posts rewritten to meet community
    rules or flagged, in the platform's languages, around the clock with its users' load."""
    fam = "reef_flat"
    community = pick(
        rng, ("Threadline", "Pinecone Forums", "Marketstall", "Kettle Chat", "Gamersden")
    )
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    hosts = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "hetzner", "ovh")))
    langs = tx.lang_mix(rng, ["en", "es", "pt", "de"])
    n_keys = irange(rng, 2, 4)
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=fam,
            role="moderation_backend",
            org=org,
            pay=card,
            ua=sdk_ua(rng),
            ips=hosts,
        )
        for _ in range(n_keys)
    ]
    load = global_load(_u(rng, 14, 22), _u(rng, 0.4, 0.7))
    for a, ts in zip(
        accts, worker_pool(rng, ctx.t0, ctx.t1, _u(rng, 12, 30), n_keys, load), strict=True
    ):
        prompts = [
            tx.moderation_rewrite(ctx, rng, tx.weighted(rng, langs), community)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3, 0.5), comp_median=160, extra=120
        )


def outrigger(ctx, rng: np.random.Generator) -> None:
    """Developers using a terminal coding agent: each session an agent episode of tool outputs
    and short user nudges, seconds apart, with large and growing contexts, from home or office."""
    fam = "outrigger"
    tool = pick(rng, ("tidecode", "shellmate", "pairpilot"))
    major, minor = irange(rng, 0, 2), irange(rng, 4, 30)
    team_org = hexid(rng, "org")
    team_card = hexid(rng, "pay")
    for _ in range(irange(rng, 15, 35)):
        tz = pick(rng, TZS)
        in_team = chance(rng, 0.35)
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="developer",
            org=team_org if in_team else None,
            pay=team_card if in_team else None,
            ua=f"{tool}-cli/{major}.{minor - irange(rng, 0, 3)}.{irange(rng, 0, 9)} "
            f"node/{pick(rng, ('20.18.1', '22.11.0', '22.12.0', '23.5.0'))}",
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        repo = f"{pick(rng, ('acme', 'kiwi', 'orbit', 'lumen', 'delta'))}/{pick(rng, ('api', 'web', 'core', 'infra'))}"
        starts = thinned(
            rng, ctx.t0, ctx.t1, _u(rng, 1.0, 4.0) * 7, workday(tz, 9.0, 19.0, 0.15, 0.02)
        )
        ts, prompts, extra = [], [], []
        for s in starts.tolist():
            goal = tx.coding_goal(rng)
            k = irange(rng, 4, 22)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(_u(rng, 5, 15)), 0.7, size=k - 1))]
            )
            base = irange(rng, 1500, 6000)
            for j, tj in enumerate(t.tolist()):
                ts.append(tj)
                prompts.append(tx.coding_agent_turn(rng, repo, j, goal))
                extra.append(min(60000, base + j * irange(rng, 400, 1800)))
        if ts:
            models = ctx.models(rng, np.asarray(ts), 0.8, 0.0)
            _emit_sorted(ctx, rng, a, ts, prompts, models, extra=extra, comp_median=260.0)


def pandanus(ctx, rng: np.random.Generator) -> None:
    """A company's ML team augmenting data for its own intent classifier: nightly jobs that ask
    for paraphrases and synthetic customer messages in its market's language, on a cheap model."""
    fam = "pandanus"
    tz = pick(rng, TZS)
    domain = pick(rng, tx._AUG_DOMAIN)
    lang = pick(rng, ("English", "Spanish", "Brazilian Portuguese", "German", "Indonesian"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    hosts = cloud(rng, 2, pick(rng, ("aws", "gcp")))
    n_keys = irange(rng, 1, 3)
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=fam,
            role="augmentation_job",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1")),
            ips=hosts,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    curve = nightly(_u(rng, 0.0, 4.0), _u(rng, 1.0, 3.0), tz)
    p_new = _u(rng, 0.0, 0.4)
    for a, ts in zip(
        accts, worker_pool(rng, ctx.t0, ctx.t1, _u(rng, 6, 14), n_keys, curve), strict=True
    ):
        prompts = [
            tx.augmentation_prompt(ctx, rng, domain, lang, pick(rng, ("paraphrase", "generate")))
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.7), comp_median=420)
    dev = home(rng, 1, tz)[0]
    manual = _cat(session_times(rng, ctx.t0, ctx.t1, 0.8, workday(tz), 4, 90))
    if len(manual):
        ctx.emit(
            rng,
            accts[0],
            manual,
            [
                tx.augmentation_prompt(ctx, rng, domain, lang, "generate")
                for _ in range(len(manual))
            ],
            models=ctx.models(rng, manual, 0.5, 0.3),
            ips=dev,
            ua=pick(rng, BROWSERS),
        )


def frigatebird(ctx, rng: np.random.Generator) -> None:
    """A programming course cohort: accounts opened the same day, asking about the same weekly
    topics and assignments, in class from the campus network and in the evening from home."""
    fam = "frigatebird"
    tz = pick(rng, TZS)
    campus = home(rng, irange(rng, 1, 2), tz)
    shared = chance(rng, 0.5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    opened = ctx.t0 + _u(rng, 0.3, 2.5) * DAY
    week = irange(rng, 0, 11)
    assignment = irange(rng, 1, 6)
    cls_start = _u(rng, 9.0, 15.0)
    cls = workday(tz, cls_start, cls_start + 2.0, 0.0, 0.0)
    for _ in range(irange(rng, 25, 60)):
        ua = pick(rng, BROWSERS) if chance(rng, 0.75) else pick(rng, MOBILE[:3])
        home_ip = home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="student",
            org=org if shared else None,
            pay=card if shared else None,
            ua=ua,
            ips=campus + home_ip,
            tz=tz,
        )
        born = opened + _u(rng, 0, 0.3) * DAY
        in_class = _cat(session_times(rng, born, ctx.t1, _u(rng, 0.5, 1.5), cls, 3, 150))
        at_home = _cat(
            session_times(rng, born, ctx.t1, _u(rng, 0.3, 1.2), evening_person(tz), 3, 200)
        )
        ts = np.concatenate([in_class, at_home])
        ips = [pick(rng, campus) for _ in range(len(in_class))] + home_ip * len(at_home)
        prompts = []
        for t in ts.tolist():
            wk = week + int((t - opened) // (3.5 * DAY))
            prompts.append(tx.student_prompt(ctx, rng, tx.cohort_topic(wk), assignment + wk - week))
        models = ctx.models(rng, ts, 0.6, 0.2)
        if len(ts):
            _emit_sorted(ctx, rng, a, ts.tolist(), prompts, models, ips=ips, comp_median=400.0)


def breadfruit(ctx, rng: np.random.Generator) -> None:
    """A companion-chat app's backend: short emotional messages in long conversations with a
    persona, evenings worldwide, a cheap model, big persona-plus-memory contexts."""
    fam = "breadfruit"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    hosts = cloud(rng, irange(rng, 2, 5), pick(rng, ("aws", "gcp", "digitalocean")))
    langs = tx.lang_mix(rng, ["en", "es", "pt", "ja"])
    n_keys = irange(rng, 2, 3)
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=fam,
            role="app_backend",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/NodeJS 4.67.1", "okhttp/4.12.0", "axios/1.7.9")),
            ips=hosts,
        )
        for _ in range(n_keys)
    ]
    load = global_load(_u(rng, 18, 23), _u(rng, 0.5, 0.8))
    starts = worker_pool(rng, ctx.t0, ctx.t1, _u(rng, 1.5, 3.5), n_keys, load)
    for a, st in zip(accts, starts, strict=True):
        ts, prompts, extra = [], [], []
        for s in st.tolist():
            lang = tx.weighted(rng, langs)
            char = tx.character(rng)
            k = irange(rng, 4, 25)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(_u(rng, 20, 60)), 0.8, size=k - 1))]
            )
            mem = irange(rng, 500, 1500)
            for j, tj in enumerate(t.tolist()):
                ts.append(tj)
                prompts.append(tx.companion_prompt(rng, char, lang))
                extra.append(mem + 60 * j)
        if ts:
            models = ctx.models(rng, np.asarray(ts), 0.25, 0.7)
            _emit_sorted(ctx, rng, a, ts, prompts, models, extra=extra, comp_median=110.0)


def copra(ctx, rng: np.random.Generator) -> None:
    """An API reseller / agency: one org and card, one key per client, every request through its
    own gateway in the cloud; clients are ordinary users and small products around the world."""
    fam = "copra"
    gw = f"{pick(rng, ('relaymint', 'apiharbor', 'keyforge'))}-gateway/{irange(rng, 1, 4)}.{irange(rng, 0, 20)}"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    hosts = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "hetzner", "digitalocean", "ovh")))
    for _ in range(irange(rng, 15, 40)):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="client_key",
            org=org,
            pay=card,
            ua=gw,
            ips=hosts,
            tz=tz,
        )
        total = float(rng.lognormal(np.log(60), 1.0))
        curve = pick(rng, (workday(tz), evening_person(tz), global_load(_u(rng, 0, 24), 0.5)))
        ts = thinned(rng, ctx.t0, ctx.t1, total, curve)
        wrap = chance(rng, 0.3)
        name = tx.brand(rng)
        prompts = [
            tx.product_wrap(name, pick(rng, tx.PRODUCT_MODES), tx.human(ctx, rng, 600))
            if wrap
            else tx.human(ctx, rng, 1200)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, _u(rng, 0.2, 0.9), 0.2))


def cay(ctx, rng: np.random.Generator) -> None:
    """A translation / localisation shop: translators working segments of clients' help centres
    into the clients' languages in business hours, plus a nightly pipeline job."""
    fam = "cay"
    tz = pick(rng, TZS)
    office = home(rng, irange(rng, 1, 2), tz)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    clients = [
        (tx.brand(rng), picks(rng, tx._TARGETS, irange(rng, 1, 3)))
        for _ in range(irange(rng, 2, 5))
    ]
    cat_ua = f"{pick(rng, ('Segmently', 'WordHarbor', 'Glossa'))}/{irange(rng, 3, 9)}.{irange(rng, 0, 9)} (CAT plugin)"
    seg = irange(rng, 100, 5000)
    hours = multi_office([tz])
    for _ in range(irange(rng, 3, 8)):
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="translator",
            org=org,
            pay=card,
            ua=cat_ua if chance(rng, 0.6) else pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng, ctx.t0, ctx.t1, _u(rng, 2, 4), hours, _u(rng, 8, 20), _u(rng, 40, 120)
            )
        )
        prompts = []
        for _ in range(len(ts)):
            client, targets = pick(rng, clients)
            prompts.append(tx.localisation_prompt(ctx, rng, client, pick(rng, targets), seg))
            seg += 1
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.1), comp_median=260)
    pipe = ctx.account(
        rng,
        label="benign",
        family=fam,
        role="pipeline",
        org=org,
        pay=card,
        ua="python-requests/2.32.3",
        ips=cloud(rng, 1, pick(rng, ("aws", "azure"))),
        tz=tz,
    )
    ts = thinned(rng, ctx.t0, ctx.t1, _u(rng, 300, 900), nightly(_u(rng, 22.0, 26.0) % 24, 2.0, tz))
    prompts = []
    for _ in range(len(ts)):
        client, targets = pick(rng, clients)
        prompts.append(tx.localisation_prompt(ctx, rng, client, pick(rng, targets), seg))
        seg += 1
    ctx.emit(rng, pipe, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.1), comp_median=260)


def hermit_crab(ctx, rng: np.random.Generator) -> None:
    """Indie developers whose personal accounts turn into a product's backend: casual browser chat
    from home first, then (at a launch somewhere in the week) a deployed app's steady templated
    requests from a cloud host with an SDK agent."""
    fam = "hermit_crab"
    for _ in range(irange(rng, 10, 18)):
        tz = pick(rng, TZS)
        mine = home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="benign",
            family=fam,
            role="indie_dev",
            ua=pick(rng, BROWSERS),
            ips=mine,
            tz=tz,
        )
        launch = ctx.t0 + _u(rng, 1.0, 5.5) * DAY
        before = _cat(
            session_times(rng, ctx.t0, launch, _u(rng, 0.6, 2.0), evening_person(tz), 3, 100)
        )
        ctx.emit(
            rng,
            a,
            before,
            [tx.human(ctx, rng, 700) for _ in range(len(before))],
            models=ctx.models(rng, before, 0.6, 0.1),
        )
        app = pick(rng, tx.app_names())
        after = thinned(
            rng,
            launch,
            ctx.t1,
            _u(rng, 20, 150) * (ctx.t1 - launch) / DAY,
            evening_person(tz) if chance(rng, 0.5) else global_load(_u(rng, 0, 24), 0.5),
        )
        ctx.emit(
            rng,
            a,
            after,
            [tx.app_prompt(rng, app) for _ in range(len(after))],
            models=ctx.models(rng, after, _u(rng, 0.2, 0.9), 0.4),
            ips=cloud(rng, 1, pick(rng, ("aws", "gcp")))[0],
            ua=sdk_ua(rng),
            comp_median=450,
        )


BENIGN_KINDS = {
    "lagoon": lagoon,
    "motu": motu,
    "reef_flat": reef_flat,
    "outrigger": outrigger,
    "pandanus": pandanus,
    "frigatebird": frigatebird,
    "breadfruit": breadfruit,
    "copra": copra,
    "cay": cay,
    "hermit_crab": hermit_crab,
}

"""Benign hard-negative kinds of blind batch 85 (code names from beekeeping).

Each kind is `f(ctx, rng)`: legitimate customers whose traffic resembles harvesting in some way.
Every parameter is drawn per seed.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    pick,
    picks,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind85 import texts as T

BEN = "benign"


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _day_at(ctx: Ctx, day: int, hour_local: float, tz: int) -> float:
    return ctx.t0 + day * DAY + (hour_local - tz) * HOUR


def _run(
    rng: np.random.Generator, start: float, n: int, gap: float, sigma: float = 0.5
) -> np.ndarray:
    """n requests fired back to back from `start` (a harness with a small concurrency)."""
    return start + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap), sigma, size=max(n - 1, 0)))]
    )


def supering(ctx: Ctx, rng: np.random.Generator) -> None:
    """A customer's model-evaluation team: fixed benchmark suites re-run on every model, a big
    run right after the new model ships, nightly regression subsets."""
    kind = "supering"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "azure"))
    keys = [
        ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.6),
            ips=cloud(rng, irange(rng, 1, 3), prov),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    harness = pick(rng, ("letter", "cot", "xml"))
    bank = T.eval_item_bank(rng, irange(rng, 300, 800), harness)
    comp = 12.0 if harness == "letter" else 280.0
    tz = pick(rng, (-8, -5, 0, 1))
    gap = float(rng.uniform(0.3, 2.0))
    # baseline runs on the old models early in the week
    for d in range(irange(rng, 1, 2)):
        a = pick(rng, keys)
        for mdl in (ctx.old_models[0], ctx.old_models[-1]):
            ts = _run(rng, _day_at(ctx, d, float(rng.uniform(9, 17)), tz), len(bank), gap)
            ctx.emit(rng, a, ts, bank, models=mdl, comp_median=comp, err=0.005)
    # the release run(s) on the new model, within hours of launch
    for _ in range(irange(rng, 1, 3)):
        a = pick(rng, keys)
        ts = _run(rng, ctx.release + float(rng.uniform(0.5, 20)) * HOUR, len(bank), gap)
        ctx.emit(rng, a, ts, bank, models=ctx.new_model, comp_median=comp, err=0.03)
    # nightly regression subset on whichever model is in production
    sub = [
        bank[i] for i in rng.choice(len(bank), size=irange(rng, 60, 160), replace=False).tolist()
    ]
    for d in range(7):
        t = _day_at(ctx, d, float(rng.uniform(1, 4)), tz)
        mdl = ctx.new_model if t >= ctx.release and chance(rng, 0.8) else ctx.old_models[0]
        ctx.emit(rng, keys[0], _run(rng, t, len(sub), gap), sub, models=mdl, comp_median=comp)


def brood_comb(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-labelling vendor: annotators in one office use the model to pre-label and check
    moderation labels on a client's data, one seat each, all day, in one organisation."""
    kind = "brood_comb"
    tz = pick(rng, (8, 5, 3, -3))
    org = hexid(rng, "org")
    pay = hexid(rng, "pay") if chance(rng, 0.7) else None
    office = home(rng, irange(rng, 1, 3), tz)
    guideline = f"v{irange(rng, 1, 5)}.{irange(rng, 0, 9)}"
    web = chance(rng, 0.6)
    source = pick(rng, ("chat", "passages", "both"))
    for _ in range(irange(rng, 18, 38)):
        remote = chance(rng, 0.2)
        a = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="annotator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS) if web else "python-requests/2.32.3",
            ips=home(rng, 1, tz) if remote else office,
            tz=tz,
        )
        shift = float(rng.uniform(6, 14))
        ts = _concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 7)),
                workday(tz, shift, shift + 9, 0.05),
                float(rng.uniform(8, 22)),
                float(rng.uniform(35, 140)),
                0.7,
            )
        )
        texts = [
            pick(
                rng,
                ctx.chat
                if (source == "chat" or (source == "both" and chance(rng, 0.5)))
                else ctx.passages,
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            [T.moderation_label(rng, x, guideline) for x in texts],
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.5),
            comp_median=float(rng.uniform(60, 180)),
        )


def hive_tool(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers using an IDE coding agent with their own keys: long tool loops with growing
    context during working hours."""
    kind = "hive_tool"
    ua_base = pick(rng, ("Cline/3.4.0", "continue-vscode/0.9.260", "RooCode/3.3.1", "aider/0.74.2"))
    for _ in range(irange(rng, 14, 28)):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5, 8, 9))
        lang = pick(rng, ("python", "typescript", "go", "rust", "java"))
        repo = f"{pick(rng, ('acme', 'infra', 'shop', 'tool', 'data'))}-{pick(rng, ('api', 'web', 'cli', 'etl', 'core'))}"
        a = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="developer",
            ua=ua_base if chance(rng, 0.8) else sdk_ua(rng),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 8)) * 7, workday(tz, weekend=0.1)
        )
        ts_all, prompts, extra = [], [], []
        for ep in bursts(
            rng, starts, float(rng.uniform(4, 16)), float(rng.uniform(3, 14)), 0.8, b=ctx.t1
        ):
            base = irange(rng, 3000, 14000)
            for k, t in enumerate(ep.tolist()):
                ts_all.append(t)
                prompts.append(T.ide_agent_turn(rng, lang, k, repo))
                extra.append(base + k * irange(rng, 400, 2500))
        if not ts_all:
            continue
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            extra=np.asarray(extra, dtype=np.int64)[order],
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.5, 0.95)), p_mini=0.05),
            comp_median=float(rng.uniform(150, 600)),
        )


def uncapping_fork(ctx: Ctx, rng: np.random.Generator) -> None:
    """A localisation agency: nightly batch translation of clients' UI strings into many
    locales from a cloud worker."""
    kind = "uncapping_fork"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "azure", "gcp", "hetzner"))
    keys = [
        ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="batch_translator",
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.5),
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    clients = [
        pick(
            rng,
            (
                "Ledgerly",
                "Pawsome",
                "TrailMix",
                "Brightdesk",
                "Huddle",
                "Kiwi Pay",
                "Orbitask",
                "Nomad Notes",
            ),
        )
        for _ in range(irange(rng, 3, 7))
    ]
    locales = [str(x) for x in rng.permutation(T.LOC_LANGS)[: irange(rng, 8, 18)]]
    tz = pick(rng, (0, 1, 2, -5))
    for d in range(7):
        for _ in range(irange(rng, 0, 3)):
            a, client = pick(rng, keys), pick(rng, clients)
            t = _day_at(ctx, d, float(rng.uniform(19, 30)), tz)
            chunks = irange(rng, 3, 30)
            ts = _run(rng, t, chunks * len(locales), float(rng.uniform(0.6, 3.0)))
            prompts = [
                T.localisation(rng, locales[i % len(locales)], client) for i in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.4, p_mini=0.6),
                comp_median=float(rng.uniform(150, 400)),
                err=0.02,
            )


def bee_bread(ctx: Ctx, rng: np.random.Generator) -> None:
    """An education app's backend: students' homework questions relayed with a tutoring template,
    heavy in the evenings of its home market."""
    kind = "bee_bread"
    tz, lang = pick(rng, ((-5, "en"), (-8, "en"), (-3, "es"), (5, "hi"), (5, "en"), (0, "en")))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure", "digitalocean"))
    ev = evening_person(tz, 2.5)
    base = global_load(0, 0.0)

    def curve(ts):
        return np.clip(0.85 * ev(ts) + 0.15 * base(ts), 0, 1)

    for _ in range(irange(rng, 1, 3)):
        a = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.6),
            ips=cloud(rng, irange(rng, 2, 6), prov),
            tz=tz,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1200, 4000)), curve)
        prompts = [T.tutoring(rng, irange(rng, 4, 12), lang) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.2, 0.8)), p_mini=0.5),
            comp_median=float(rng.uniform(250, 550)),
            err=0.01,
        )


def waggle_dance(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university lab's self-consistency study: each item sampled many times, old and new
    models compared, from a GPU cluster's egress."""
    kind = "waggle_dance"
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "oracle", "azure"))
    tz = pick(rng, (-8, -5, 0, 1, 9))
    keys = [
        ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="researcher",
            org=org,
            pay=pay,
            ua=pick(
                rng,
                ("OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"),
            ),
            ips=cloud(rng, irange(rng, 1, 2), prov),
            tz=tz,
        )
        for _ in range(irange(rng, 2, 5))
    ]
    items = [T.problem(rng, "en") for _ in range(irange(rng, 40, 120))]
    for r in range(irange(rng, 2, 6)):
        a = pick(rng, keys)
        d = irange(rng, 0, 6)
        t = _day_at(ctx, d, float(rng.uniform(10, 23)), tz)
        k = irange(rng, 4, 16)
        sub = [
            items[i]
            for i in rng.choice(
                len(items), size=irange(rng, 20, len(items)), replace=False
            ).tolist()
        ]
        prompts = [T.self_consistency(rng, it) for it in sub for _ in range(k)]
        ts = _run(rng, t, len(prompts), float(rng.uniform(0.3, 1.5)), 0.8)
        mdl = ctx.new_model if (t >= ctx.release and r % 2 == 0) else pick(rng, ctx.old_models)
        ctx.emit(
            rng, a, ts, prompts, models=mdl, comp_median=float(rng.uniform(200, 500)), err=0.02
        )
    for a in keys:  # ad-hoc poking at the models between runs
        ts = _concat(session_times(rng, ctx.t0, ctx.t1, 1.0, workday(tz, 10, 20, 0.3), 4, 60))
        ctx.emit(
            rng,
            a,
            ts,
            [pick(rng, items) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.7, 0.1),
        )


def swarm_cell(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course: every student has a key under the course's organisation, all work
    the same assignments, mostly the evening before each deadline."""
    kind = "swarm_cell"
    tz = pick(rng, (-5, -8, 0, 1, 8, 9))
    course = pick(rng, ("CS 161", "MATH 2270", "STAT 110", "COMP3121", "INF-2201", "ECE 345"))
    org = hexid(rng, "org")
    pay = hexid(rng, "pay") if chance(rng, 0.6) else None
    campus = home(rng, irange(rng, 1, 2), tz)
    assignments = T.make_assignments(rng, course, irange(rng, 2, 4))
    deadlines = sorted(
        _day_at(ctx, irange(rng, 1, 6), float(rng.uniform(20, 24)), tz) for _ in assignments
    )
    voices = ("hey ", "I don't get this: ", "can u explain ", "", "help with ", "pls ")
    notebook = chance(rng, 0.5)
    for _ in range(irange(rng, 30, 70)):
        a = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="student",
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.8) if notebook and chance(rng, 0.6) else pick(rng, BROWSERS),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        voice = pick(rng, voices)
        ts_all, prompts = [], []
        for asg, dl in zip(assignments, deadlines, strict=True):
            if chance(rng, 0.2):
                continue
            lead = float(rng.uniform(1, 30)) * HOUR
            for s in session_times(
                rng, dl - lead, dl, 6.0, evening_person(tz), float(rng.uniform(3, 9)), 70.0
            ):
                ts_all.extend(s.tolist())
                prompts.extend(T.homework(rng, asg, voice) for _ in range(len(s)))
        if not ts_all:
            continue
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.3),
            comp_median=float(rng.uniform(400, 900)),
        )


def honey_super(ctx: Ctx, rng: np.random.Generator) -> None:
    """An e-commerce platform's catalogue writer: nightly templated product descriptions for
    its merchants, in several languages."""
    kind = "honey_super"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure", "alibaba"))
    shops = [
        pick(
            rng,
            (
                "Northfold",
                "Casa Mira",
                "Kettle & Pine",
                "Urbanroot",
                "Lumo",
                "Saltmarsh",
                "Tidewell",
            ),
        )
        for _ in range(irange(rng, 4, 9))
    ]
    langs = ["English"] + picks(
        rng,
        ["German", "French", "Spanish", "Japanese", "Polish", "Portuguese", "Italian"],
        irange(rng, 0, 4),
    )
    tz = pick(rng, (-5, 0, 1, 8))
    for _ in range(irange(rng, 1, 3)):
        a = ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="catalogue_job",
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.6),
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        for d in range(7):
            if chance(rng, 0.15):
                continue
            t = _day_at(ctx, d, float(rng.uniform(0, 5)), tz)
            ts = _run(rng, t, irange(rng, 120, 600), float(rng.uniform(0.8, 4)))
            prompts = [T.catalogue(rng, pick(rng, shops), pick(rng, langs)) for _ in range(len(ts))]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.3, p_mini=0.7),
                comp_median=float(rng.uniform(150, 260)),
                comp_sigma=0.3,
            )


def observation_hive(ctx: Ctx, rng: np.random.Generator) -> None:
    """A trust-and-safety audit consultancy: a fixed probe set on politically sensitive topics,
    in English and Chinese, replayed on each model to compare refusals and framing."""
    kind = "observation_hive"
    tz = pick(rng, (-5, 0, 1, 2, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    keys = [
        ctx.account(
            rng,
            label=BEN,
            family=kind,
            role="auditor",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1")),
            ips=office,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 4))
    ]
    zh = float(rng.uniform(0.2, 0.5))
    probes = [
        T.redteam_probe(rng, i, "zh" if chance(rng, zh) else "en")
        for i in range(irange(rng, 60, 200))
    ]
    gap = float(rng.uniform(2, 10))
    d0 = irange(rng, 0, 2)
    for mdl in ctx.old_models:
        ctx.emit(
            rng,
            pick(rng, keys),
            _run(rng, _day_at(ctx, d0, float(rng.uniform(10, 15)), tz), len(probes), gap),
            probes,
            models=mdl,
            comp_median=450.0,
        )
    for _ in range(irange(rng, 1, 2)):
        t = max(
            ctx.release + 2 * HOUR, _day_at(ctx, irange(rng, 4, 6), float(rng.uniform(9, 16)), tz)
        )
        ctx.emit(
            rng,
            pick(rng, keys),
            _run(rng, t, len(probes), gap),
            probes,
            models=ctx.new_model,
            comp_median=450.0,
        )
    for a in keys:  # analysts' manual follow-ups
        ts = _concat(session_times(rng, ctx.t0, ctx.t1, 1.5, workday(tz), 5, 3 * MINUTE))
        ctx.emit(
            rng,
            a,
            ts,
            [pick(rng, probes) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.6, 0.1),
        )


BENIGN_KINDS = {
    "supering": supering,
    "brood_comb": brood_comb,
    "hive_tool": hive_tool,
    "uncapping_fork": uncapping_fork,
    "bee_bread": bee_bread,
    "waggle_dance": waggle_dance,
    "swarm_cell": swarm_cell,
    "honey_super": honey_super,
    "observation_hive": observation_hive,
}

__all__ = ["BENIGN_KINDS"]

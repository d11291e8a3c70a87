"""Benign hard-negative kinds of batch 199 (code names from cheesemaking): legitimate users built
to resemble a campaign family or a campaign in general. Each kind is `f(ctx, rng)`; its accounts
are labelled benign with the kind's name as their family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    COUNTRIES,
    DAY,
    HOUR,
    Ctx,
    bursts,
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
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind199 import texts as tx
from bench.monitor_blind199.families import BG_BROWSERS, sample

Rng = np.random.Generator


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def rennet(ctx: Ctx, rng: Rng) -> None:
    """Model-evaluation labs: fixed benchmark suites (same items every run), run in tight
    concurrent bursts against each model, a big wave within hours of the new model's release,
    chain-of-thought variants included. Looks like reasoning-trace coercion."""
    kind = "rennet"
    for _ in range(irange(rng, 2, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, 2, pick(rng, ("gcp", "azure", "aws")))
        ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0"))
        keys = [
            _benign(ctx, rng, kind, "eval-runner", org=org, pay=pay, ua=ua, ips=ips)
            for _ in range(irange(rng, 2, 4))
        ]
        suite_rng = np.random.default_rng(int(rng.integers(2**32)))
        suites = {
            s: [
                tx.eval_item(suite_rng, s, cot)
                for _ in range(irange(rng, 120, 300))
                for cot in (False, True)
            ]
            for s in ("mcq", "math", "code")
        }
        comp = {
            ("mcq", False): 3.0,
            ("mcq", True): 280.0,
            ("math", False): 8.0,
            ("math", True): 350.0,
            ("code", False): 120.0,
            ("code", True): 120.0,
        }
        runs = []  # (start, model, suite)
        for _ in range(irange(rng, 2, 4)):
            runs.append(
                (
                    float(rng.uniform(ctx.t0, ctx.release - 2 * HOUR)),
                    pick(rng, ctx.old_models),
                    pick(rng, tuple(suites)),
                )
            )
        wave = ctx.release + float(rng.uniform(0.5, 8)) * HOUR
        for j, s in enumerate(suites):
            runs.append((wave + j * float(rng.uniform(0.3, 2)) * HOUR, ctx.new_model, s))
        for _ in range(irange(rng, 2, 4)):
            runs.append(
                (
                    float(rng.uniform(ctx.release, ctx.t1)),
                    pick(rng, ctx.old_models + [ctx.new_model]),
                    pick(rng, tuple(suites)),
                )
            )
        for start, model, s in runs:
            items = suites[s]
            gaps = np.cumsum(rng.lognormal(np.log(0.6), 0.7, size=len(items)))
            ts = start + gaps
            key = keys[int(rng.integers(len(keys)))]
            med = np.asarray([comp[(s, "Think" in p or "Reason" in p)] for p in items])
            ctx.emit(rng, key, ts, items, models=model, comp_median=med, comp_sigma=0.4, err=0.02)


def washed_rind(ctx: Ctx, rng: Rng) -> None:
    """A data-annotation vendor: many annotators of one org on one billing card, office NAT,
    browsers, working-day sessions of model-assisted pre-labelling (pairwise preference,
    label scales). Looks like judge / reward-model grading."""
    kind = "washed_rind"
    tz = pick(rng, (5, 8, -3, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 3), tz)
    for _ in range(irange(rng, 10, 22)):
        a = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS + BG_BROWSERS),
            ips=office,
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 3)),
            workday(tz),
            float(rng.uniform(12, 30)),
            40.0,
            0.7,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.preference_label(rng, ctx.chat, ctx.passages) for _ in ts],
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.3),
            comp_median=15.0,
            comp_sigma=0.5,
            err=0.01,
        )


def bloomy_rind(ctx: Ctx, rng: Rng) -> None:
    """A tutoring product: backend keys on a cloud egress, load following North-American school
    evenings, step-by-step maths problems with a Socratic system preamble. Looks like
    reasoning harvest or a product-hidden harvest."""
    kind = "bloomy_rind"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    keys = [
        _benign(
            ctx, rng, kind, "product-backend", org=org, pay=pay, ua="OpenAI/NodeJS 4.85.1", ips=ips
        )
        for _ in range(2)
    ]
    e1, e2 = evening_person(-5), evening_person(-8)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.clip(0.55 * e1(ts) + 0.45 * e2(ts), 0, 1)

    ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2200, 3600)), curve)
    who = rng.integers(0, 2, size=len(ts))
    for i, k in enumerate(keys):
        t = ts[who == i]
        ctx.emit(
            rng,
            k,
            t,
            [tx.tutor_prompt(rng) for _ in t],
            models=ctx.models(rng, t, p_new=0.45),
            comp_median=230.0,
            comp_sigma=0.5,
        )


def cave_aging(ctx: Ctx, rng: Rng) -> None:
    """A university course cohort: dozens of new student accounts on the university's billing,
    created the same morning, working through the same assignment in two lab sessions from the
    campus network and at night from home before the deadline. Looks like a person-like crowd."""
    kind = "cave_aging"
    tz = pick(rng, (-5, 0, 1, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    course = f"{pick(rng, ('CS', 'LING', 'DATA', 'INFO'))} {irange(rng, 100, 499)}"
    week = irange(rng, 2, 10)
    day0 = np.floor(ctx.t0 / DAY) * DAY - tz * HOUR
    labs = [day0 + d * DAY + 10 * HOUR for d in sorted(sample(rng, [1, 2, 3], 2))]
    deadline = day0 + irange(rng, 5, 6) * DAY + 23.99 * HOUR
    for _ in range(irange(rng, 35, 65)):
        ua = "OpenAI/Python 1.58.1" if chance(rng, 0.6) else pick(rng, BROWSERS)
        a = _benign(
            ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=campus + home(rng, 1, tz), tz=tz
        )
        parts, ips = [], []
        for lab in labs:
            if chance(rng, 0.9):
                s = lab + float(rng.uniform(0, 0.5)) * HOUR
                t = s + np.cumsum(rng.lognormal(np.log(70), 0.8, size=irange(rng, 4, 18)))
                parts.append(t)
                ips += [pick(rng, campus)] * len(t)
        for s in session_times(
            rng, labs[0], deadline, float(rng.uniform(0.3, 1.2)), evening_person(tz), 6.0, 80.0
        ):
            parts.append(s)
            ips += [a.ips[-1]] * len(s)
        ts = np.concatenate(parts) if parts else np.empty(0)
        prompts = [
            tx.assignment_prompt(rng, course, week) if chance(rng, 0.7) else pick(rng, ctx.chat)
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.3),
            ips=ips,
            comp_median=260.0,
        )


def curd_milling(ctx: Ctx, rng: Rng) -> None:
    """A research study of model opinions: a persona x statement grid, each prompt sampled 5-10
    times in a row, swept nightly per model. Looks like best-of-n sampling and curriculum sweeps."""
    kind = "curd_milling"
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (-5, 0, 1, 2))
        ips = cloud(rng, 2, pick(rng, ("aws", "azure")))
        keys = [
            _benign(
                ctx,
                rng,
                kind,
                "study-runner",
                org=org,
                pay=pay,
                ua="python-requests/2.32.3",
                ips=ips,
            )
            for _ in range(irange(rng, 2, 3))
        ]
        personas = [
            (irange(rng, 18, 80), pick(rng, tx.JOBS), pick(rng, COUNTRIES))
            for _ in range(irange(rng, 25, 50))
        ]
        style = int(rng.integers(2))
        reps = irange(rng, 5, 10)
        grid = [tx.survey_item(p, s, style) for p in personas for s in tx.STATEMENTS]
        curve = nightly(1.0, 5.0, tz)
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2500, 4500)) / reps, curve)
        times, prompts, models = [], [], []
        for j, s in enumerate(ts.tolist()):
            t = s + np.cumsum(rng.lognormal(np.log(0.8), 0.4, size=reps))
            times.append(t)
            prompts += [grid[j % len(grid)]] * reps
            models += [
                ctx.new_model if s >= ctx.release and chance(rng, 0.6) else ctx.old_models[0]
            ] * reps
        allt = np.concatenate(times) if times else np.empty(0)
        who = np.repeat(rng.integers(0, len(keys), size=len(times)), reps)
        for i, k in enumerate(keys):
            sel = np.flatnonzero(who == i)
            ctx.emit(
                rng,
                k,
                allt[sel],
                [prompts[x] for x in sel.tolist()],
                models=[models[x] for x in sel.tolist()],
                comp_median=30.0,
                comp_sigma=0.4,
                err=0.02,
            )


def dry_salting(ctx: Ctx, rng: Rng) -> None:
    """An agency / API reseller: one org and one card for many client sub-keys, all traffic from
    the reseller's gateway in a hosting block, clients in several timezones with ordinary and
    marketing prompts. Looks like a many-key shared-card datacenter operation."""
    kind = "dry_salting"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    gw = cloud(rng, irange(rng, 2, 3), pick(rng, ("hetzner", "ovh")))
    for _ in range(irange(rng, 15, 28)):
        tz = pick(rng, (-5, -3, 0, 1, 2, 5))
        a = _benign(
            ctx, rng, kind, "client-subkey", org=org, pay=pay, ua="litellm/1.60.2", ips=gw, tz=tz
        )
        n = min(2500.0, float(rng.lognormal(np.log(120), 1.0)))
        ts = thinned(rng, ctx.t0, ctx.t1, n, multi_office([tz]))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.agency_prompt(rng, ctx.chat) for _ in ts],
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.25),
            comp_median=300.0,
            comp_sigma=0.7,
        )


def whey_draining(ctx: Ctx, rng: Rng) -> None:
    """A company's data-augmentation team generating paraphrases and hard negatives for its own
    intent classifier, in working-day batch jobs. Looks like synthetic-dataset generation."""
    kind = "whey_draining"
    company = pick(rng, ("Parcelio", "Tallyhome", "Brisk Telecom", "Lumenbank"))
    tz = pick(rng, (-5, 0, 1, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = home(rng, 1, tz) + cloud(rng, 2, "aws")
    for _ in range(irange(rng, 3, 5)):
        a = _benign(
            ctx,
            rng,
            kind,
            "ml-engineer",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 20)), workday(tz))
        parts = bursts(rng, starts, float(rng.uniform(30, 70)), 1.5, 0.5, ctx.t1)
        ts = np.sort(np.concatenate(parts)) if parts else np.empty(0)
        style = int(rng.integers(3))
        ctx.emit(
            rng,
            a,
            ts,
            [
                tx.augment_prompt(rng, company, style if chance(rng, 0.8) else int(rng.integers(3)))
                for _ in ts
            ],
            models=ctx.models(rng, ts, p_new=0.4),
            comp_median=450.0,
            comp_sigma=0.45,
        )


def thermization(ctx: Ctx, rng: Rng) -> None:
    """A team of developers using a coding agent: per-developer keys on a team plan, home
    addresses, working-day sessions of dozens of rapid tool-loop steps with large repository
    context. Looks like agent / tool-use transcript harvest."""
    kind = "thermization"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    team_tz = pick(rng, (-8, -5, 1, 2))
    repo = pick(rng, ("ledgerly", "paperplane", "tidepool-api", "quarry"))
    for _ in range(irange(rng, 10, 22)):
        tz = team_tz if chance(rng, 0.75) else pick(rng, (-5, 0, 1, 5))
        ua = pick(
            rng, ("aider/0.74.2 litellm/1.60.2", "opencode/0.3.12", "continue-vscode/0.9.250")
        )
        a = _benign(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            workday(tz),
            float(rng.uniform(12, 35)),
            7.0,
            0.9,
        )
        ts_l, prompts, extra = [], [], []
        for s in sess:
            ctx_tokens = float(rng.uniform(3000, 12000))
            for j, t in enumerate(s.tolist()):
                ts_l.append(t)
                prompts.append(tx.coding_agent_step(rng, repo, j))
                extra.append(int(ctx_tokens + j * rng.uniform(200, 900)))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.1),
            extra=extra,
            comp_median=260.0,
            comp_sigma=0.7,
            err=0.02,
        )


def curd_harp(ctx: Ctx, rng: Rng) -> None:
    """A companion / role-play app: one or two backend keys, heavy evening load from the Americas
    and Europe, short in-character chat turns. Looks like multi-turn dialogue harvest."""
    kind = "curd_harp"
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, 3, pick(rng, ("aws", "gcp")))
        keys = [
            _benign(
                ctx, rng, kind, "app-backend", org=org, pay=pay, ua="OpenAI/NodeJS 4.67.1", ips=ips
            )
            for _ in range(irange(rng, 1, 2))
        ]
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2500, 5000)),
            global_load(float(rng.uniform(0, 3)), 0.8),
        )
        who = rng.integers(0, len(keys), size=len(ts))
        chars = tx.CHARS
        for i, k in enumerate(keys):
            t = ts[who == i]
            ctx.emit(
                rng,
                k,
                t,
                [tx.companion_prompt(rng, pick(rng, chars)) for _ in t],
                models=ctx.models(rng, t, p_new=0.1, p_mini=0.7),
                comp_median=70.0,
                comp_sigma=0.5,
            )


def cheese_trier(ctx: Ctx, rng: Rng) -> None:
    """A translation agency: translators of one org in one office, a CAT-tool plugin and browsers,
    working-day sessions of short segments with glossaries. Looks like translation harvest."""
    kind = "cheese_trier"
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, (1, 2, 0))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        office = home(rng, 1, tz)
        project = f"{pick(rng, ('ACME', 'NORDA', 'VIVO', 'KESTREL'))}-{irange(rng, 100, 999)}"
        for _ in range(irange(rng, 4, 9)):
            ua = (
                "Apache-HttpClient/5.4.1 (Java/21.0.5)" if chance(rng, 0.6) else pick(rng, BROWSERS)
            )
            a = _benign(ctx, rng, kind, "translator", org=org, pay=pay, ua=ua, ips=office, tz=tz)
            tgts = sample(
                rng,
                ["de-DE", "fr-FR", "it-IT", "es-ES", "pl-PL", "nl-NL", "sv-SE"],
                irange(rng, 1, 2),
            )
            sess = session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 4)),
                workday(tz),
                float(rng.uniform(15, 35)),
                45.0,
                0.8,
            )
            ts = np.concatenate(sess) if sess else np.empty(0)
            prompts = [
                tx.cat_segment(rng, pick(rng, ctx.passages), "en-US", pick(rng, tgts), project)
                for _ in ts
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2),
                comp_median=70.0,
                comp_sigma=0.5,
            )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "rennet": rennet,
    "washed_rind": washed_rind,
    "bloomy_rind": bloomy_rind,
    "cave_aging": cave_aging,
    "curd_milling": curd_milling,
    "dry_salting": dry_salting,
    "whey_draining": whey_draining,
    "thermization": thermization,
    "curd_harp": curd_harp,
    "cheese_trier": cheese_trier,
}

__all__ = ["BENIGN_KINDS"]

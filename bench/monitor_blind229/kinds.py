"""Benign hard-negative kinds of blind batch 229 (code names: tintype-photography words).

Each kind is `f(ctx, rng)`: legitimate users built to resemble a campaign family of this batch (or
a campaign in general). All accounts are labelled benign.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind229 import texts as T


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _fixed(model: str, n: int) -> list[str]:
    return [model] * n


# --------------------------------------------------------------------------------------------


def collodion(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab: baseline runs on the old models, then a flurry of runs on the new model
    at release; chain-of-thought benchmark prompts, pass@k repeats."""
    kind = "collodion"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    block = bb.rented_block(rng, "aws", 1, 8)
    ua = pick(rng, ("OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    accts = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=card, ua=ua, ips=picks(rng, block, 2))
        for _ in range(irange(rng, 3, 5))
    ]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = []
    for _ in range(irange(rng, 2, 4)):
        runs.append((ctx.t0 + float(rng.uniform(0.3, 3.6)) * DAY, pick(rng, (old, mini))))
    for _ in range(irange(rng, 3, 6)):
        runs.append((ctx.release + float(rng.uniform(0.05, 1.6)) * DAY, new))
    for _ in range(irange(rng, 1, 2)):
        runs.append(
            (ctx.release + float(rng.uniform(0.1, 2.5)) * DAY, old)
        )  # re-baselines after release
    for start, model in runs:
        a = pick(rng, accts)
        suite = pick(rng, ("mcq", "math", "code"))
        k = 5 if (suite != "mcq" and chance(rng, 0.6)) else 1
        items = [T.benchmark_item(rng, suite) for _ in range(irange(rng, 60, 200))]
        prompts = [p for p in items for _ in range(k)]
        gaps = rng.lognormal(np.log(float(rng.uniform(0.6, 2.0))), 0.6, size=len(prompts))
        ts = start + np.cumsum(gaps)
        med = {"mcq": 300.0, "math": 420.0, "code": 150.0}[suite]
        ctx.emit(rng, a, ts, prompts, models=_fixed(model, len(ts)), comp_median=med, err=0.02)


def ferrotype(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling vendor: annotators check their labels against the model as a judge during
    office hours; a pipeline key re-grades the day's batch every night."""
    kind = "ferrotype"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8))
    office = bb.home(rng, 2, tz)
    for _ in range(irange(rng, 6, 10)):
        a = _acct(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, bb.BROWSERS),
            ips=office,
            tz=tz,
        )
        ts = _concat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 8)),
                bb.workday(tz),
                float(rng.uniform(5, 12)),
                40.0,
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [T.annotation_qa(rng, ctx.chat, ctx.passages) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.5),
            comp_median=150.0,
        )
    pipe = _acct(
        ctx,
        rng,
        kind,
        "qa_pipeline",
        org=org,
        pay=card,
        ua="python-httpx/0.28.1",
        ips=bb.cloud(rng, 1, "gcp"),
        tz=tz,
    )
    starts = bb.thinned(rng, ctx.t0, ctx.t1, 7 * float(rng.uniform(1, 2)), bb.nightly(1.0, 3.0, tz))
    ts = _concat(bb.bursts(rng, starts, float(rng.uniform(100, 200)), 1.0, b=ctx.t1))
    ctx.emit(
        rng,
        pipe,
        ts,
        [T.annotation_qa(rng, ctx.chat, ctx.passages) for _ in range(len(ts))],
        models=ctx.models(rng, ts, p_new=0.6),
        comp_median=120.0,
    )


def ambrotype(ctx: Ctx, rng: np.random.Generator) -> None:
    """A tutoring product's backend: student questions behind a fixed tutor persona."""
    kind = "ambrotype"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    brand = pick(rng, ("Lumi", "Owlbert", "Professor Pip", "Kiko"))
    ips = bb.cloud(rng, 3, "gcp")
    accts = [
        _acct(
            ctx, rng, kind, "product_backend", org=org, pay=card, ua="OpenAI/NodeJS 4.67.1", ips=ips
        )
        for _ in range(2)
    ]
    curve = bb.global_load(float(rng.uniform(13, 19)), 0.7)
    ts_all = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(400, 700)) * 7, curve)
    who = rng.random(len(ts_all)) < 0.8
    for a, ts in zip(accts, (ts_all[who], ts_all[~who]), strict=True):
        ctx.emit(
            rng,
            a,
            ts,
            [T.tutor_turn(rng, ctx.chat, brand) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.5),
            comp_median=180.0,
        )


def silver_bath(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort: students on one course org and card, a lab session from the
    campus network, then evenings at home before the problem-set deadline."""
    kind = "silver_bath"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 8))
    campus = bb.home(rng, 2, tz)
    lab = ctx.t0 + float(irange(rng, 1, 3)) * DAY + (14.0 - tz) * HOUR
    deadline = ctx.t0 + float(irange(rng, 4, 5)) * DAY + (23.9 - tz) * HOUR
    for _ in range(irange(rng, 30, 60)):
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.7) else "python-requests/2.32.3"
        homes = bb.home(rng, 1, tz)
        a = _acct(ctx, rng, kind, "student", org=org, pay=card, ua=ua, ips=campus + homes, tz=tz)
        lab_ts = _concat(bb.session_times(rng, lab, lab + 1.5 * HOUR, 16.0, bb.constant, 4.0, 70.0))
        pre = bb.session_times(
            rng, ctx.t0, deadline, float(rng.uniform(0.2, 0.8)), bb.evening_person(tz), 3.0, 90.0
        )
        rush = bb.session_times(
            rng,
            deadline - 1.2 * DAY,
            deadline,
            float(rng.uniform(1, 4)),
            bb.evening_person(tz),
            5.0,
            80.0,
        )
        home_ts = _concat(pre + rush)
        for ts, ips in ((lab_ts, campus), (home_ts, homes)):
            ctx.emit(
                rng,
                a,
                ts,
                [T.course_question(rng, ctx.chat) for _ in range(len(ts))],
                models=ctx.models(rng, ts, p_new=0.4),
                ips=[pick(rng, ips) for _ in range(len(ts))],
                comp_median=350.0,
            )


def sandarac(ctx: Ctx, rng: np.random.Generator) -> None:
    """A research study of over-refusal: the same sensitive-topic prompts in several languages sent
    to every model, then a judge pass labelling the answers."""
    kind = "sandarac"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5, 0))
    ips = bb.home(rng, 1, tz) + bb.cloud(rng, 2, pick(rng, ("oracle", "azure")))
    accts = [
        _acct(
            ctx,
            rng,
            kind,
            "study_runner",
            org=org,
            pay=card,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2")),
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    for _ in range(irange(rng, 4, 7)):
        start = ctx.t0 + float(rng.uniform(0.5, 6.5)) * DAY
        models = list(ctx.old_models) + ([ctx.new_model] if start >= ctx.release else [])
        base = [
            T.refusal_study(rng, pick(rng, ("en", "de", "zh", "es")))
            for _ in range(irange(rng, 40, 120))
        ]
        prompts, mods = [], []
        for p in base:
            for m in models:
                prompts.append(p)
                mods.append(m)
        prompts += [T.refusal_rating(rng, ctx.passages) for _ in range(len(base))]
        mods += [ctx.old_models[0]] * len(base)
        ts = start + np.cumsum(rng.lognormal(np.log(1.5), 0.5, size=len(prompts)))
        comp = np.where(np.arange(len(prompts)) < len(prompts) - len(base), 300.0, 8.0)
        ctx.emit(rng, pick(rng, accts), ts, prompts, models=mods, comp_median=comp)


def darkslide(ctx: Ctx, rng: np.random.Generator) -> None:
    """A marketing agency: one key per client project on the agency's card, called from its
    content server during office hours."""
    kind = "darkslide"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, -3))
    server = bb.cloud(rng, 2, "digitalocean")
    office = bb.home(rng, 1, tz)
    for _ in range(irange(rng, 10, 20)):
        via_server = chance(rng, 0.7)
        a = _acct(
            ctx,
            rng,
            kind,
            "client_project",
            org=org,
            pay=card,
            ua="axios/1.7.9" if via_server else pick(rng, bb.BROWSERS),
            ips=server if via_server else office,
            tz=tz,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.lognormal(np.log(120), 0.8)), bb.workday(tz))
        ctx.emit(
            rng,
            a,
            ts,
            [T.agency_brief(rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.6),
            comp_median=500.0,
        )


def dipping_tank(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-augmentation team paraphrasing and labelling its own support utterances in a
    nightly batch."""
    kind = "dipping_tank"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, -5))
    for _ in range(irange(rng, 2, 4)):
        a = _acct(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.63.2",
            ips=bb.cloud(rng, 1, "azure"),
            tz=tz,
        )
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            7 * float(rng.uniform(80, 200)),
            bb.nightly(float(rng.uniform(0, 3)), 3.0, tz),
        )
        ctx.emit(
            rng,
            a,
            ts,
            [T.augmentation(rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.3),
            comp_median=250.0,
        )


def posing_stand(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers of one company using an IDE coding agent: rapid tool-result loops with large
    file contexts during their working day."""
    kind = "posing_stand"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tzs = [int(x) for x in rng.choice(bb.TZS, size=2, replace=False)]
    office = bb.home(rng, 1, tzs[0])
    for _ in range(irange(rng, 15, 25)):
        tz = pick(rng, tzs)
        ua = pick(
            rng,
            (
                "vscode-agent/3.4.0 (node 20.18.1)",
                "jetbrains-ai-agent/1.2.0",
                "vscode-agent/3.3.2 (node 20.18.1)",
            ),
        )
        a = _acct(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.home(rng, 1, tz) + office,
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            bb.workday(tz),
            float(rng.uniform(8, 20)),
            4.0,
            0.7,
        )
        ts_l, pr_l, ex_l, ip_l = [], [], [], []
        for s in sess:
            ip = pick(rng, a.ips)
            for j, t in enumerate(s.tolist()):
                ts_l.append(t)
                pr_l.append(T.coding_agent_step(rng, j))
                ex_l.append(1500 + 300 * min(j, 20))
                ip_l.append(ip)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.7),
            ips=ip_l,
            comp_median=400.0,
            extra=np.asarray(ex_l, dtype=np.int64),
        )


def gem_tintype(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion-chat app's backend: many users' long, short-message conversations with a
    persona, peaking in the evening."""
    kind = "gem_tintype"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, 2, "aws")
    accts = [
        _acct(
            ctx, rng, kind, "product_backend", org=org, pay=card, ua="python-httpx/0.28.1", ips=ips
        )
        for _ in range(irange(rng, 2, 3))
    ]
    curve = bb.global_load(float(rng.uniform(18, 22)), 0.8)
    convs = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(50, 100)) * 7, curve)
    per = [([], [], []) for _ in accts]
    for s in convs.tolist():
        k = int(rng.integers(len(accts)))
        lang = pick(rng, ("en", "en", "es", "ja", "pt"))
        turns = irange(rng, 3, 15)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(30.0), 0.9, size=turns - 1))])
        for j, tj in enumerate(t.tolist()):
            per[k][0].append(tj)
            per[k][1].append(T.companion_turn(rng, lang, ctx.chat))
            per[k][2].append(600 + 120 * j)
    for a, (ts_l, pr_l, ex_l) in zip(accts, per, strict=True):
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.6),
            comp_median=90.0,
            extra=np.asarray(ex_l, dtype=np.int64),
        )


def japanning(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation shop: translators' CAT-tool plugin sends segment after segment during office
    hours."""
    kind = "japanning"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    office = bb.home(rng, 1, tz)
    clients = ("Fjordline Apps", "Kettle & Co", "Mondo Payments", "Brightpath LMS")
    for _ in range(irange(rng, 4, 8)):
        remote = chance(rng, 0.3)
        ua = pick(rng, ("memoQ-MT-plugin/11.2", "Trados-AI-Assistant/2.1.0"))
        a = _acct(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.home(rng, 1, tz) if remote else office,
            tz=tz,
        )
        ts = _concat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 7)),
                bb.workday(tz),
                float(rng.uniform(10, 30)),
                20.0,
            )
        )
        client = pick(rng, clients)
        ctx.emit(
            rng,
            a,
            ts,
            [T.cat_segment(rng, ctx.passages, client) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.4),
            comp_median=60.0,
        )


BENIGN_KINDS = {
    "collodion": collodion,
    "ferrotype": ferrotype,
    "ambrotype": ambrotype,
    "silver_bath": silver_bath,
    "sandarac": sandarac,
    "darkslide": darkslide,
    "dipping_tank": dipping_tank,
    "posing_stand": posing_stand,
    "gem_tintype": gem_tintype,
    "japanning": japanning,
}

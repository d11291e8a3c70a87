"""Benign hard-negative kinds of batch 231 (code names from book arts). Each is a generator
`f(ctx, rng)` that creates legitimate accounts built to resemble a campaign, and writes their
events; it draws only from its own `rng`, in a fixed order."""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind231 import texts as tx

Rng = np.random.Generator
LBL = "benign"


def _spread(rng: Rng, start: float, dur: float, k: int) -> np.ndarray:
    return np.sort(start + rng.uniform(0, dur, size=k))


def _split(rng: Rng, ts: np.ndarray, n: int) -> list[np.ndarray]:
    who = rng.integers(0, n, size=len(ts))
    return [ts[who == i] for i in range(n)]


# --------------------------------------------------------------------------------------------
# an evaluation lab: nightly regression suites, then a large sweep of the new model at release


def stab_binding(ctx: Ctx, rng: Rng) -> None:
    name = "stab_binding"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    tz = pick(rng, (-8, -5, 0, 1))
    accts = [
        ctx.account(
            rng,
            label=LBL,
            family=name,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
            tz=tz,
        )
        for _ in range(n)
    ]
    suites = ("mgsm", "mcq", "math", "code")
    # a fixed benchmark: the same items every run, on every model
    bank = [tx.eval_item(rng, suites[i % len(suites)]) for i in range(irange(rng, 900, 1600))]
    regression = [
        int(i) for i in rng.choice(len(bank), size=irange(rng, 120, 260), replace=False).tolist()
    ]
    runs = []  # (start, duration, items, model mode)
    day = ctx.t0 + ((2.0 - tz) % 24) * HOUR
    while day < ctx.t1:
        runs.append(
            (
                day + float(rng.uniform(0, 1)) * HOUR,
                float(rng.uniform(0.6, 1.5)) * HOUR,
                irange(rng, 80, 260),
                "old",
            )
        )
        day += DAY
    sweep = ctx.release + float(rng.uniform(1.5, 8)) * HOUR
    runs.append((sweep, float(rng.uniform(4, 8)) * HOUR, irange(rng, 1500, 3200), "new"))
    runs.append(
        (
            sweep + float(rng.uniform(10, 20)) * HOUR,
            float(rng.uniform(3, 6)) * HOUR,
            irange(rng, 600, 1400),
            "both",
        )
    )
    for start, dur, k, mode in runs:
        items = regression if mode == "old" else rng.permutation(len(bank)).tolist()
        k = min(k, len(items))
        ts = _spread(rng, start, dur, k)
        queue = [bank[j] for j in items[:k]]
        parts = _split(rng, np.arange(k), n)
        for a, idx in zip(accts, parts, strict=True):
            part = ts[idx]
            if mode == "old":
                models = [
                    ctx.old_models[0] if chance(rng, 0.6) else ctx.old_models[-1]
                    for _ in range(len(part))
                ]
            elif mode == "new":
                models = ctx.new_model
            else:
                models = [
                    ctx.new_model if chance(rng, 0.5) else ctx.old_models[0]
                    for _ in range(len(part))
                ]
            prompts = [queue[j] for j in idx.tolist()]
            ctx.emit(
                rng, a, part, prompts, models=models, comp_median=620.0, comp_sigma=0.55, err=0.02
            )


# --------------------------------------------------------------------------------------------
# a labelling vendor's QA desk: many annotator seats behind one office NAT, guideline checks


def long_stitch(ctx: Ctx, rng: Rng) -> None:
    name = "long_stitch"
    n = irange(rng, 15, 30)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8))
    nat = bb.home(rng, irange(rng, 2, 3), tz)
    tool_ua = chance(rng, 0.5)
    accts = [
        ctx.account(
            rng,
            label=LBL,
            family=name,
            role="annotator_seat",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3" if tool_ua else pick(rng, bb.BROWSERS),
            ips=nat,
            tz=tz,
        )
        for _ in range(n)
    ]
    for a in accts:
        times = []
        for sess in bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            bb.workday(tz, 9.0, 18.0),
            float(rng.uniform(6, 14)),
            float(rng.uniform(45, 120)),
            0.6,
        ):
            times.extend(sess.tolist())
        ts = np.asarray(times)
        prompts = [
            tx.annotation_item(rng, ctx.chat, ctx.passages)
            if chance(rng, 0.55)
            else tx.judge_prompt(rng, pick(rng, ("rubric", "pairwise")), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.1),
            comp_median=300.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# a publisher's moderation desk: reader comments rewritten to the house rules, several languages


def frontispiece(ctx: Ctx, rng: Rng) -> None:
    name = "frontispiece"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "azure")))
    langs = ("de", "fr", "pt", "en")
    lw = rng.dirichlet(np.ones(len(langs)) * 2)
    accts = [
        ctx.account(
            rng,
            label=LBL,
            family=name,
            role="moderation_service",
            org=org,
            pay=pay,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=ips,
            tz=1,
        )
        for _ in range(n)
    ]
    rate = float(rng.uniform(6, 14))
    for a in accts:
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(19.0, 0.7)
        )
        prompts = [
            tx.moderation_item(rng, str(langs[int(rng.choice(len(langs), p=lw))]), ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.3),
            comp_median=160.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# a software company's developers using a coding agent in their editors


def chiyogami(ctx: Ctx, rng: Rng) -> None:
    name = "chiyogami"
    n = irange(rng, 10, 22)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1, 2))
    office = bb.home(rng, 1, tz)
    repos = [
        f"{pick(rng, ('acme', 'northwind', 'tessera', 'lumen'))}/{w}"
        for w in ("api", "web", "infra", "billing")
    ]
    tool = pick(rng, ("cline/3.4.0", "aider/0.72.1", "Continue/0.9.250 (vscode)"))
    accts = []
    for _ in range(n):
        ips = office + bb.home(rng, 1, tz)
        accts.append(
            ctx.account(
                rng,
                label=LBL,
                family=name,
                role="developer",
                org=org,
                pay=pay,
                ua=tool,
                ips=ips,
                tz=tz,
            )
        )
    for a in accts:
        times, prompts, extra = [], [], []
        for s in bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)) * 7, bb.workday(tz)
        ).tolist():
            k = irange(rng, 4, 20)
            repo = pick(rng, repos)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(14.0), 0.8, size=k - 1))])
            for step, tt in enumerate(t.tolist()):
                times.append(tt)
                prompts.append(tx.agent_ide_step(rng, repo, step))
                extra.append(irange(rng, 1500, 6000))
        ts = np.asarray(times)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.05),
            comp_median=200.0,
            comp_sigma=0.7,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# a startup's data-augmentation job: paraphrases for its own intent classifier, nightly


def paste_paper(ctx: Ctx, rng: Rng) -> None:
    name = "paste_paper"
    n = irange(rng, 1, 2)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    company = pick(rng, ("Parcelo", "Brightbank", "Homewise", "Trainly"))
    tz = pick(rng, (1, 2, 0))
    accts = [
        ctx.account(
            rng,
            label=LBL,
            family=name,
            role="batch_job",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=bb.cloud(rng, 1, pick(rng, ("aws", "gcp", "hetzner"))),
            tz=tz,
        )
        for _ in range(n)
    ]
    nights = sorted(rng.choice(7, size=irange(rng, 3, 5), replace=False).tolist())
    for d in nights:
        start = ctx.t0 + d * DAY + ((1.0 - tz) % 24) * HOUR + float(rng.uniform(0, 1)) * HOUR
        ts = _spread(rng, start, float(rng.uniform(2, 4)) * HOUR, irange(rng, 300, 700))
        for a, part in zip(accts, _split(rng, ts, n), strict=True):
            ctx.emit(
                rng,
                a,
                part,
                [tx.augment_item(rng, company) for _ in range(len(part))],
                models=ctx.models(rng, part, 0.15, 0.5),
                comp_median=900.0,
                comp_sigma=0.35,
                err=0.02,
            )


# --------------------------------------------------------------------------------------------
# a companion app's backend: end users' multi-turn chats through a few keys


def blind_tooling(ctx: Ctx, rng: Rng) -> None:
    name = "blind_tooling"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = bb.cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "gcp", "digitalocean")))
    personas = (
        "Mika, a cheerful friend",
        "Theo, a calm listener",
        "Ari, a witty study buddy",
        "Luna, a gentle coach",
    )
    accts = [
        ctx.account(
            rng,
            label=LBL,
            family=name,
            role="app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.85.1",
            ips=egress,
        )
        for _ in range(n)
    ]
    per_day = float(rng.uniform(15, 35))
    for a in accts:
        times, prompts = [], []
        for sess in bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            per_day,
            bb.global_load(20.0, 0.6),
            7.0,
            float(rng.uniform(20, 50)),
            0.8,
        ):
            persona = pick(rng, personas)
            for j, t in enumerate(sess.tolist()):
                times.append(t)
                prompts.append(tx.companion_item(rng, persona, j + 1, ctx.chat))
        ts = np.asarray(times)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.1, 0.6),
            comp_median=120.0,
            comp_sigma=0.6,
            extra=[25 * min(j, 30) for j in range(len(ts))],
        )


# --------------------------------------------------------------------------------------------
# a university study of sampling variability: the same question asked many times on purpose


def book_cloth(ctx: Ctx, rng: Rng) -> None:
    name = "book_cloth"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    accts = [
        ctx.account(
            rng,
            label=LBL,
            family=name,
            role="researcher",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.63.2")),
            ips=campus,
            tz=tz,
        )
        for _ in range(n)
    ]
    n_runs = irange(rng, 4, 8)
    for _ in range(n_runs):
        a = pick(rng, accts)
        start = ctx.release + float(rng.uniform(-2.5, 2.8)) * DAY
        k_samples = pick(rng, (5, 10, 20))
        items = irange(rng, 20, 60)
        style = pick(rng, ("softlabel", "math", "softlabel"))
        t, times, prompts, models = start, [], [], []
        compare = start > ctx.release and chance(rng, 0.5)
        for _ in range(items):
            p = tx.sample_prompt(rng, style, ctx.chat)
            for _ in range(k_samples):
                t += float(rng.lognormal(np.log(2.0), 0.5))
                times.append(t)
                prompts.append(p)
            t += float(rng.uniform(1, 10))
        ts = np.asarray(times)
        if start > ctx.release:
            models = [
                ctx.old_models[0] if compare and chance(rng, 0.5) else ctx.new_model
                for _ in range(len(ts))
            ]
        else:
            models = ctx.old_models[0]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=220.0, comp_sigma=0.6)


# --------------------------------------------------------------------------------------------
# a university course: a cohort of students on course credits, surging before deadlines


def french_link(ctx: Ctx, rng: Rng) -> None:
    name = "french_link"
    n = irange(rng, 30, 60)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 5, 8))
    campus = bb.home(rng, 2, tz)
    course = pick(rng, ("CS201", "STAT110", "ALG-2", "INF2B"))
    deadlines = (
        ctx.t0 + float(rng.uniform(2.4, 3.2)) * DAY,
        ctx.t0 + float(rng.uniform(6.0, 6.8)) * DAY,
    )
    base = bb.evening_person(tz, 3.0)

    def curve(ts: np.ndarray) -> np.ndarray:
        surge = sum(np.exp(-0.5 * ((ts - d) / (0.7 * DAY)) ** 2) * (ts < d) for d in deadlines)
        return np.clip(base(ts) * (0.3 + 0.7 * surge), 0, 1)

    accts = []
    for _ in range(n):
        ua = pick(rng, bb.MOBILE) if chance(rng, 0.3) else pick(rng, bb.BROWSERS)
        accts.append(
            ctx.account(
                rng,
                label=LBL,
                family=name,
                role="student",
                org=org,
                pay=pay,
                ua=ua,
                ips=bb.home(rng, 1, tz) + campus,
                tz=tz,
            )
        )
    for a in accts:
        times = []
        for sess in bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 2.0)),
            curve,
            4.0,
            float(rng.uniform(40, 150)),
            0.8,
        ):
            times.extend(sess.tolist())
        ts = np.asarray(times)
        week = [1 if t < deadlines[0] else 2 for t in ts.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.homework_item(rng, course, w, ctx.chat) for w in week],
            models=ctx.models(rng, ts, 0.4, 0.2),
            comp_median=420.0,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# a translation agency: translators' CAT-tool plugin sending segments in working hours


def leporello(ctx: Ctx, rng: Rng) -> None:
    name = "leporello"
    n = irange(rng, 5, 10)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 3))
    office = bb.home(rng, 1, tz)
    clients = (
        "Velora Cosmetics",
        "Kestrel Bikes",
        "Ostara Health",
        "Bluefin Games",
        "Marlow Insurance",
    )
    targets = sorted(tx.TRANSLATE_TO)
    accts, langs = [], []
    for _ in range(n):
        accts.append(
            ctx.account(
                rng,
                label=LBL,
                family=name,
                role="translator",
                org=org,
                pay=pay,
                ua="memoQ-ai-connector/2.4 (Windows NT 10.0)",
                ips=office + bb.home(rng, 1, tz),
                tz=tz,
            )
        )
        langs.append(
            [str(x) for x in rng.choice(targets, size=irange(rng, 1, 2), replace=False).tolist()]
        )
    for a, mine in zip(accts, langs, strict=True):
        times = []
        for sess in bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 7)),
            bb.workday(tz),
            12.0,
            float(rng.uniform(40, 100)),
            0.6,
        ):
            times.extend(sess.tolist())
        ts = np.asarray(times)
        prompts = [
            tx.translator_item(rng, pick(rng, clients), pick(rng, mine), ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.1),
            comp_median=260.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# an API reseller serving small businesses: many clients' traffic through a few keys


def tranchefile(ctx: Ctx, rng: Rng) -> None:
    name = "tranchefile"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 5), pick(rng, ("hetzner", "ovh", "digitalocean")))
    ua = pick(rng, ("litellm/1.60.2", "Go-http-client/2.0"))
    clients = [
        f"{pick(rng, ('Sunny', 'Metro', 'Cedar', 'Pixel', 'Harbor'))} "
        f"{pick(rng, ('Dental', 'Realty', 'Bakery', 'Logistics', 'Studio', 'Legal'))}"
        for _ in range(12)
    ]
    total = float(rng.uniform(20, 40))
    streams = bb.worker_pool(
        rng, ctx.t0, ctx.t1, total, n, bb.global_load(float(rng.uniform(13, 17)), 0.5)
    )
    for _, ts in zip(range(n), streams, strict=True):
        a = ctx.account(
            rng, label=LBL, family=name, role="reseller_key", org=org, pay=pay, ua=ua, ips=ips
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.reseller_item(rng, pick(rng, clients), ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.75, 0.15),
            comp_median=340.0,
            comp_sigma=0.7,
        )


BENIGN_KINDS = {
    "stab_binding": stab_binding,
    "long_stitch": long_stitch,
    "frontispiece": frontispiece,
    "chiyogami": chiyogami,
    "paste_paper": paste_paper,
    "blind_tooling": blind_tooling,
    "book_cloth": book_cloth,
    "french_link": french_link,
    "leporello": leporello,
    "tranchefile": tranchefile,
}

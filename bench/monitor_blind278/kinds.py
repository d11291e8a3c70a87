"""Benign hard-negative kinds of batch 278: ten legitimate customers a careless detector would
take for campaigns, each built to resemble one of this batch's campaign families.

Each kind is `f(ctx, rng)` writing benign accounts and their events through `ctx`. Code names come
from pattachitra scroll painting; the README card says what each one looks like.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    Acct,
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
    pick,
    rented_block,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind278 import texts as tx

_PROB_LANGS = ("en", "zh", "ru", "es", "de")


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _benign(ctx: Ctx, rng: np.random.Generator, name: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=name, role=role, **kw)


def _local_time(ctx: Ctx, day: float, hour: float, tz: int) -> float:
    """Epoch seconds of `hour` local time on day `day` (0 = the window's first UTC day)."""
    return ctx.t0 + day * DAY + (hour - tz) * HOUR


def _weights(rng: np.random.Generator, n: int, conc: float = 2.0) -> list[float]:
    return [float(x) for x in rng.dirichlet(np.full(n, conc))]


# --------------------------------------------------------------------------------------------


def hingula(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab benchmarking models: fixed item sets (the same items each run) with
    work-shown answers in five languages, run at high concurrency on every model, mostly right
    after the release. Looks like reasoning-trace coercion."""
    name = "hingula"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    egress = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0", "litellm/1.60.2"))
    tz = pick(rng, (-8, -5, 0, 1))
    keys = [
        _benign(ctx, rng, name, "eval_runner", org=org, pay=card, ua=ua, ips=egress, tz=tz)
        for _ in range(irange(rng, 3, 5))
    ]
    suites = []
    for s in range(irange(rng, 3, 5)):
        suite = s % 3
        lang = "en" if suite else pick(rng, _PROB_LANGS)
        suites.append((suite, lang, int(rng.integers(2**31)), irange(rng, 150, 450)))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs: list[tuple[float, str, int]] = []
    for k in range(irange(rng, 1, 3)):
        runs.append(
            (
                _local_time(ctx, float(irange(rng, 0, 3)), float(rng.uniform(9, 18)), tz),
                pick(rng, (old, mini)),
                k,
            )
        )
    rel_day = (ctx.release - ctx.t0) / DAY
    for k in range(irange(rng, 3, 6)):
        t = (
            ctx.release + float(rng.uniform(0.5, 40)) * HOUR
            if k < 3
            else _local_time(ctx, rel_day + float(irange(rng, 1, 2)), float(rng.uniform(9, 18)), tz)
        )
        runs.append((t, new if k != 4 else old, k))
    by_key: dict[int, tuple[list[float], list[str], list[str], list[float]]] = {
        i: ([], [], [], []) for i in range(len(keys))
    }
    for t_run, model, _k in runs:
        for suite, lang, seed, size in suites:
            if chance(rng, 0.4):
                continue
            items_rng = np.random.default_rng([seed, 278])
            items = [tx.eval_item(items_rng, lang, suite) for _ in range(size)]
            t = t_run + np.cumsum(
                rng.lognormal(np.log(float(rng.uniform(0.25, 0.8))), 0.5, size=size)
            )
            t_run = float(t[-1]) + float(rng.uniform(30, 600))
            kk = irange(rng, 0, len(keys) - 1)
            ts_l, pr, mo, co = by_key[kk]
            ts_l.extend(t.tolist())
            pr.extend(items)
            mo.extend([model] * size)
            co.extend([(450.0, 30.0, 250.0)[suite]] * size)
    for i, a in enumerate(keys):
        ts_l, pr, mo, co = by_key[i]
        if not ts_l and i == 0:
            t = ctx.release + 2 * HOUR + np.cumsum(rng.lognormal(0, 0.5, size=50))
            ts_l, pr, mo, co = (
                t.tolist(),
                [tx.eval_item(rng, "en", 0) for _ in range(50)],
                [new] * 50,
                [450.0] * 50,
            )
        ctx.emit(
            rng,
            a,
            np.asarray(ts_l),
            pr,
            models=mo,
            comp_median=np.asarray(co),
            comp_sigma=0.4,
            err=0.02,
        )


def haritala(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling / QA vendor scoring a client's support bot with a rubric, comparing bot
    versions and labelling intents: an annotation tool in an office and a cloud pipeline.
    Looks like judge / reward-model grading."""
    name = "haritala"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, 2, -3))
    office = home(rng, irange(rng, 1, 2), tz)
    tool_ua = pick(rng, ("python-httpx/0.28.1", "axios/1.7.9", "python-requests/2.32.3"))
    n_tool = irange(rng, 3, 6)
    tools = [
        _benign(ctx, rng, name, "annotation_tool", org=org, pay=card, ua=tool_ua, ips=office, tz=tz)
        for _ in range(n_tool)
    ]
    pipe = _benign(
        ctx,
        rng,
        name,
        "qa_pipeline",
        org=org,
        pay=card,
        ua=sdk_ua(rng, 0.7),
        ips=cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "azure"))),
        tz=tz,
    )
    curve = workday(tz, start=9.0, end=18.0, weekend=0.05)
    for a in tools:
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(4, 8)),
                curve,
                float(rng.uniform(8, 20)),
                float(rng.uniform(25, 70)),
            )
        )
        prompts = [tx.qa_grade(rng, ctx.passages, pick(rng, (0, 0, 1, 2))) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.1),
            comp_median=220.0,
            comp_sigma=0.5,
        )
    starts = thinned(rng, ctx.t0, ctx.t1, 7 * float(rng.uniform(3, 6)), curve)
    ts = _cat(
        bursts(rng, starts, float(rng.uniform(40, 90)), float(rng.uniform(1.0, 3.0)), b=ctx.t1)
    )
    prompts = [tx.qa_grade(rng, ctx.passages, pick(rng, (0, 1))) for _ in range(len(ts))]
    ctx.emit(
        rng,
        pipe,
        ts,
        prompts,
        models=ctx.models(rng, ts, p_new=0.3, p_mini=0.0),
        comp_median=220.0,
        comp_sigma=0.5,
    )


def kajal(ctx: Ctx, rng: np.random.Generator) -> None:
    """A platform's trust-and-safety queue: posts and listings in six languages classified against
    community guidelines with compliant rewrites, from the platform's backend, around the clock.
    Looks like policy / censorship-safe rewrites."""
    name = "kajal"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
    ua = sdk_ua(rng, 0.6)
    keys = [
        _benign(
            ctx,
            rng,
            name,
            "moderation_queue",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    kw = _weights(rng, len(keys), 2.0)
    curve = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.3, 0.6)))
    per_h = float(rng.uniform(30, 55))
    ts = thinned(rng, ctx.t0, ctx.t1, per_h * (ctx.t1 - ctx.t0) / HOUR, curve)
    who = rng.choice(len(keys), size=len(ts), p=np.asarray(kw))
    langs = ["en", "es", "pt", "ar", "hi", "id"]
    lw = [0.4, 0.15, 0.12, 0.1, 0.1, 0.13]
    for i, a in enumerate(keys):
        t = ts[who == i]
        prompts = [
            tx.moderation_item(rng, tx.lang_of(rng, langs, lw), pick(rng, (0, 0, 0, 1, 2)))
            for _ in range(len(t))
        ]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=0.2, p_mini=0.5),
            comp_median=120.0,
            comp_sigma=0.5,
        )


def shankha(ctx: Ctx, rng: np.random.Generator) -> None:
    """A coding-agent product (IDE assistant): developers' episodes of 5-25 fast steps (file
    contents, test output, search results as the last message) with large contexts, worldwide
    office hours, from the vendor's cloud. Looks like agent / tool-use transcripts."""
    name = "shankha"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 4, 8), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
    keys = [
        _benign(ctx, rng, name, "agent_backend", org=org, pay=card, ua=ua, ips=egress)
        for _ in range(irange(rng, 2, 4))
    ]
    curve = multi_office([-8, -5, 1, 2, 5, 8])
    per_h = float(rng.uniform(1.5, 3.0))
    starts = thinned(rng, ctx.t0, ctx.t1, per_h * (ctx.t1 - ctx.t0) / HOUR, curve)
    base = float(rng.uniform(3000, 7000))
    per = {i: ([], [], [], []) for i in range(len(keys))}
    for s in starts.tolist():
        steps = irange(rng, 5, 25)
        gaps = rng.lognormal(np.log(float(rng.uniform(4, 9))), 0.6, size=steps - 1)
        gaps = np.where(
            rng.random(steps - 1) < 0.2, rng.lognormal(np.log(90), 0.8, size=steps - 1), gaps
        )
        t = s + np.concatenate([[0.0], np.cumsum(gaps)])
        kk = irange(rng, 0, len(keys) - 1)
        ts_l, pr, ex, co = per[kk]
        grow = float(rng.uniform(300, 900))
        for j, tj in enumerate(t.tolist()):
            ts_l.append(tj)
            pr.append(tx.ide_step(rng, j, ctx.chat))
            ex.append(int(base + j * grow))
            co.append(600.0 if j == steps - 1 else 200.0)
    for i, a in enumerate(keys):
        ts_l, pr, ex, co = per[i]
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.05),
            comp_median=np.asarray(co),
            comp_sigma=0.5,
            extra=np.asarray(ex, dtype=np.int64),
            err=0.02,
        )


def talapatra(ctx: Ctx, rng: np.random.Generator) -> None:
    """An edtech company's data team: paraphrases for its own intent classifier and practice
    questions for its item bank, batch jobs started in office hours from its cloud, ad-hoc tests
    from the office. Looks like synthetic-dataset generation."""
    name = "talapatra"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-3, 1, -5))
    lang = {-3: "pt", 1: "es", -5: "en"}[tz]
    office = home(rng, 1, tz)
    jobs_ip = cloud(rng, irange(rng, 1, 2), "gcp")
    ua = sdk_ua(rng, 0.7)
    keys = [
        _benign(ctx, rng, name, role, org=org, pay=card, ua=ua, ips=jobs_ip, tz=tz)
        for role in ("augmentation", "item_bank", "item_bank")[: irange(rng, 2, 3)]
    ]
    curve = workday(tz, weekend=0.0)
    for i, a in enumerate(keys):
        starts = thinned(rng, ctx.t0, ctx.t1, 5 * float(rng.uniform(1.5, 3.5)), curve)
        ts = _cat(
            bursts(rng, starts, float(rng.uniform(80, 200)), float(rng.uniform(1.0, 3.0)), b=ctx.t1)
        )
        adhoc = _cat(session_times(rng, ctx.t0, ctx.t1, 1.5, curve, 4.0, 60.0))
        style = 0 if i == 0 else 1
        allts = np.concatenate([ts, adhoc])
        srt = np.argsort(allts, kind="stable")
        prompts = [tx.augment_job(rng, lang, style) for _ in range(len(allts))]
        ips = [pick(rng, jobs_ip) for _ in range(len(ts))] + [office[0]] * len(adhoc)
        ips = [ips[k] for k in srt.tolist()]
        t = allts[srt]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=0.4, p_mini=0.1),
            ips=ips,
            comp_median=700.0,
            comp_sigma=0.4,
        )


def patua(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion chat app's backend: short casual messages from its users in five languages
    with persona and memory context, around the clock, mostly cheap models. Looks like a product
    whose traffic hides a harvest."""
    name = "patua"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "digitalocean"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "Dart/3.6 (dart:io)"))
    egress = cloud(rng, irange(rng, 2, 5), provider)
    keys = [
        _benign(ctx, rng, name, "app_backend", org=org, pay=card, ua=ua, ips=egress)
        for _ in range(irange(rng, 2, 3))
    ]
    curve = global_load(float(rng.uniform(18, 23)), float(rng.uniform(0.5, 0.8)))
    per_day = float(rng.uniform(600, 1100))
    ts = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, curve)
    who = rng.integers(0, len(keys), size=len(ts))
    langs = ["en", "es", "pt", "de", "ja"]
    lw = [0.55, 0.12, 0.1, 0.08, 0.15]
    for i, a in enumerate(keys):
        t = ts[who == i]
        prompts = [
            tx.companion_msg(rng, ctx.chat, tx.lang_of(rng, langs, lw)) for _ in range(len(t))
        ]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=0.15, p_mini=0.6),
            comp_median=90.0,
            comp_sigma=0.6,
            extra=rng.integers(600, 1800, size=len(t)),
        )


def chitrakar(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort: dozens of student accounts on the university's card, in lab
    sessions behind the campus NAT and in the evenings from home, asking about the same course
    topics, with a rush before the deadline. Looks like a low-and-slow crowd."""
    name = "chitrakar"
    tz = pick(rng, (1, 2, 0, -5))
    lang = {1: pick(rng, ("de", "fr")), 2: "en", 0: "en", -5: pick(rng, ("en", "es"))}[tz]
    subj = pick(rng, tx.SUBJECTS)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    lab_days = sorted(int(x) for x in rng.choice(5, size=2, replace=False))
    lab_hour = float(rng.uniform(9, 15))
    deadline = _local_time(ctx, float(irange(rng, 5, 6)), 23.99, tz)
    for _ in range(irange(rng, 40, 70)):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.7)
            else pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
        )
        own = home(rng, 1, tz)
        a = _benign(ctx, rng, name, "student", org=org, pay=card, ua=ua, ips=own, tz=tz)
        ts_l: list[np.ndarray] = []
        ips: list[str] = []
        for d in lab_days:
            if chance(rng, 0.85):
                s = _local_time(ctx, float(d), lab_hour, tz) + float(rng.uniform(0, 40)) * MINUTE
                t = s + np.cumsum(rng.lognormal(np.log(120), 0.8, size=irange(rng, 2, 12)))
                t = t[t < s + 2 * HOUR]
                ts_l.append(t)
                ips.extend([pick(rng, campus)] * len(t))
        hw = _cat(
            session_times(
                rng, ctx.t0, deadline, float(rng.uniform(0.2, 0.8)), evening_person(tz), 4.0, 90.0
            )
        )
        rush = _cat(
            session_times(
                rng,
                deadline - 30 * HOUR,
                deadline,
                float(rng.uniform(1, 3)),
                evening_person(tz),
                5.0,
                70.0,
            )
        )
        for part in (hw, rush):
            ts_l.append(part)
            ips.extend([own[0]] * len(part))
        allts = np.concatenate(ts_l) if ts_l else np.empty(0)
        if len(allts) == 0:
            allts = np.array([deadline - float(rng.uniform(1, 20)) * HOUR])
            ips = [own[0]]
        srt = np.argsort(allts, kind="stable").tolist()
        t = allts[srt]
        prompts = [tx.course_question(rng, ctx.chat, subj, lang) for _ in range(len(t))]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=0.5, p_mini=0.2),
            ips=[ips[k] for k in srt],
            comp_median=450.0,
            comp_sigma=0.6,
        )


def ganjifa(ctx: Ctx, rng: np.random.Generator) -> None:
    """A research group's consistency study: a fixed sample of public ShareGPT prompts, each sent
    3-4 times per model, on every model before and after the release, from a university cloud
    project plus one interactive key from home. Looks like public prompt replay and best-of-n."""
    name = "ganjifa"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 8, 9))
    cloud_ips = cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    batch = [
        _benign(ctx, rng, name, "study_batch", org=org, pay=card, ua=ua, ips=cloud_ips, tz=tz)
        for _ in range(irange(rng, 1, 2))
    ]
    inter = _benign(
        ctx,
        rng,
        name,
        "researcher",
        org=org,
        pay=card,
        ua=pick(rng, BROWSERS),
        ips=home(rng, 1, tz),
        tz=tz,
    )
    m = irange(rng, 200, 350)
    idx = rng.choice(len(ctx.chat), size=m, replace=False).tolist()
    sample = [ctx.chat[i] for i in idx]
    k = irange(rng, 3, 4)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    plan = [
        (_local_time(ctx, float(irange(rng, 0, 2)), float(rng.uniform(10, 20)), tz), old),
        (_local_time(ctx, float(irange(rng, 1, 3)), float(rng.uniform(10, 20)), tz), mini),
        (ctx.release + float(rng.uniform(6, 30)) * HOUR, new),
    ]
    per = {i: ([], [], []) for i in range(len(batch))}
    for t0, model in plan:
        n = m * k
        t = t0 + np.cumsum(rng.lognormal(np.log(float(rng.uniform(1.0, 2.5))), 0.4, size=n))
        kk = irange(rng, 0, len(batch) - 1)
        ts_l, pr, mo = per[kk]
        ts_l.extend(t.tolist())
        pr.extend([sample[j // k] for j in range(n)])
        mo.extend([model] * n)
    for i, a in enumerate(batch):
        ts_l, pr, mo = per[i]
        if not ts_l:
            t = (
                ctx.release
                + float(rng.uniform(40, 60)) * HOUR
                + np.cumsum(rng.lognormal(0.5, 0.4, size=m))
            )
            ts_l, pr, mo = t.tolist(), sample, [new] * m
        ctx.emit(
            rng, a, np.asarray(ts_l), pr, models=mo, comp_median=450.0, comp_sigma=0.6, err=0.02
        )
    ts = _cat(session_times(rng, ctx.t0, ctx.t1, 1.5, workday(tz), 6.0, 45.0))
    prompts = [
        pick(rng, sample) if chance(rng, 0.7) else tx.short_chat(rng, ctx.chat)
        for _ in range(len(ts))
    ]
    ctx.emit(
        rng,
        inter,
        ts,
        prompts,
        models=ctx.models(rng, ts, p_new=0.6, p_mini=0.2),
        comp_median=450.0,
    )


def raghurajpur(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation / localisation agency: offices in two or three timezones localise UI strings
    and help-centre articles for clients into many languages, translators working in sessions
    through a CAT-tool plug-in. Looks like a translation harvest."""
    name = "raghurajpur"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tzs = sorted(
        int(x) for x in rng.choice([1, 2, 5, -3, 8, -5], size=irange(rng, 2, 3), replace=False)
    )
    for tz in tzs:
        ua = pick(rng, ("python-requests/2.32.3", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
        office = home(rng, irange(rng, 1, 2), tz)
        targets = [
            tx.TARGET_LANGS[j]
            for j in rng.choice(
                len(tx.TARGET_LANGS), size=irange(rng, 3, 7), replace=False
            ).tolist()
        ]
        for _ in range(irange(rng, 1, 2)):
            a = _benign(ctx, rng, name, "office_key", org=org, pay=card, ua=ua, ips=office, tz=tz)
            ts = _cat(
                session_times(
                    rng,
                    ctx.t0,
                    ctx.t1,
                    float(rng.uniform(5, 10)),
                    workday(tz),
                    float(rng.uniform(6, 15)),
                    float(rng.uniform(30, 90)),
                )
            )
            prompts = [
                tx.localise(rng, ctx.passages, pick(rng, targets), pick(rng, (0, 0, 1)))
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.5, p_mini=0.1),
                comp_median=400.0,
                comp_sigma=0.5,
            )


def pot_gaan(ctx: Ctx, rng: np.random.Generator) -> None:
    """A development agency hosting its clients' apps: each client has its own org, card and key,
    but all run on the agency's cluster (one rented block) with the agency's SDK wrapper, each
    app on its own audience's schedule. Looks like many keys of one operator."""
    name = "pot_gaan"
    provider = pick(rng, ("hetzner", "digitalocean", "ovh", "linode"))
    block = rented_block(rng, provider, 1, irange(rng, 10, 20))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    for _ in range(irange(rng, 10, 18)):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        app = pick(rng, tx.APPS)
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5, 8))
        u = float(rng.random())
        curve = (
            evening_person(tz)
            if u < 0.4
            else (workday(tz) if u < 0.75 else global_load(float(rng.uniform(0, 24)), 0.5))
        )
        per_day = float(rng.uniform(20, 200))
        p_new = float(rng.uniform(0.0, 0.8))
        ips = [pick(rng, block) for _ in range(irange(rng, 1, 2))]
        for role in ("prod", "staging")[: 1 + int(chance(rng, 0.3))]:
            a = _benign(ctx, rng, name, f"client_{role}", org=org, pay=card, ua=ua, ips=ips, tz=tz)
            rate = per_day if role == "prod" else per_day * 0.05 + 2
            ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / DAY, curve)
            prompts = [tx.agency_app_msg(rng, app, ctx.chat, ctx.passages) for _ in range(len(ts))]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=p_new, p_mini=0.3),
                comp_median=300.0,
                comp_sigma=0.6,
            )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "hingula": hingula,
    "haritala": haritala,
    "kajal": kajal,
    "shankha": shankha,
    "talapatra": talapatra,
    "patua": patua,
    "chitrakar": chitrakar,
    "ganjifa": ganjifa,
    "raghurajpur": raghurajpur,
    "pot_gaan": pot_gaan,
}

"""Benign hard-negative kinds of batch 108 (code names from millinery). Each is a generator
`kind(ctx, rng)` writing legitimate accounts that resemble one of this batch's campaign families
(or a campaign in general): the README says which, under "Looks like"."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    TZS,
    Acct,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    local_hour,
    nightly,
    pick,
    session_times,
    thinned,
    weekday,
    workday,
    worker_pool,
)
from bench.monitor_blind108 import texts as tx
from bench.monitor_blind108.families import bg_browser, lang_list, model_mix

Rng = np.random.Generator


def user(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _split(rng: Rng, ts: np.ndarray, n: int) -> list[np.ndarray]:
    who = rng.integers(0, n, size=len(ts))
    return [ts[who == i] for i in range(n)]


# --------------------------------------------------------------------------------------------


def cloche(ctx: Ctx, rng: Rng) -> None:
    """An evaluation lab benchmarking the new model on release day (reasoning prompts, bursts)."""
    kind = "cloche"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("gcp", "aws"))
    ips = cloud(rng, irange(rng, 1, 3), provider)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng, ("OpenAI/Python 1.54.0", "dspy/2.6.3 litellm/1.60.2", "AsyncOpenAI/Python 1.60.0")
    )
    keys = [
        user(ctx, rng, kind, "eval_runner", org=org, pay=card, ua=ua, ips=ips) for _ in range(n)
    ]
    sizes = {
        "math": irange(rng, 120, 300),
        "mcq": irange(rng, 100, 250),
        "code": irange(rng, 60, 160),
    }
    suites = {}
    for suite, size in sizes.items():
        item_rng = np.random.default_rng(rng.integers(0, 2**32))
        suites[suite] = [tx.eval_item(item_rng, i + 1, suite) for i in range(size)]
    comp = {"math": 900.0, "mcq": 420.0, "code": 260.0}
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs: list[tuple[float, str, str]] = []
    for _ in range(irange(rng, 1, 3)):  # routine regression runs before the release
        runs.append(
            (ctx.t0 + rng.uniform(0.3, 3.5) * DAY, pick(rng, list(suites)), pick(rng, (old, mini)))
        )
    launch = ctx.release + rng.uniform(0.5, 6) * HOUR
    for suite in suites:
        for m in (new, new, old, mini):
            runs.append((launch + rng.uniform(0, 30) * HOUR, suite, m))
    for _ in range(irange(rng, 1, 4)):  # re-runs after prompt fixes
        runs.append((ctx.release + rng.uniform(1.5, 2.9) * DAY, pick(rng, list(suites)), new))
    for start, suite, m in runs:
        items = suites[suite]
        ts = start + np.cumsum(rng.lognormal(np.log(0.6), 0.5, size=len(items)))
        a = pick(rng, keys)
        ctx.emit(rng, a, ts, items, models=m, comp_median=comp[suite], comp_sigma=0.5, err=0.02)


def fascinator(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor scoring its clients' support-bot replies with a rubric (LLM-as-judge)."""
    kind = "fascinator"
    n = irange(rng, 3, 8)
    tz = pick(rng, (0, 1, 2, 5, -5))
    office = home(rng, 1, tz)
    workers = cloud(rng, irange(rng, 1, 2), "aws")
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    style_w = {"csv": float(rng.uniform(1, 3)), "ab": float(rng.uniform(0.3, 2))}
    for i in range(n):
        playground = i == 0 and chance(rng, 0.6)
        a = user(
            ctx,
            rng,
            kind,
            "annotator_playground" if playground else "pipeline",
            org=org,
            pay=card,
            ua=bg_browser(rng) if playground else "OpenAI/Python 1.54.0",
            ips=office if playground else workers + office,
        )
        client = tx.client_name(rng)
        ts = thinned(
            rng,
            jitter_start(rng, ctx.t0, ctx.t1, 0.3),
            ctx.t1,
            float(rng.lognormal(np.log(60 if playground else 380), 0.6)),
            workday(tz),
        )
        prompts = [
            tx.vendor_judge(
                rng,
                client,
                tx.clip(pick(rng, ctx.chat), 20, 500, rng),
                tx.clip(pick(rng, ctx.passages), 150, 900, rng),
                tx.weighted(rng, style_w),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.3, 0.1),
            comp_median=120.0,
            err=0.01,
        )


def sinamay(ctx: Ctx, rng: Rng) -> None:
    """A platform's trust-and-safety queue: classify posts, propose minimal compliant edits."""
    kind = "sinamay"
    n = irange(rng, 2, 5)
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "Apache-HttpClient/5.4.1 (Java/21.0.5)"))
    keys = [
        user(ctx, rng, kind, "moderation_queue", org=org, pay=card, ua=ua, ips=ips)
        for _ in range(n)
    ]
    langs = {
        "en": 3.0,
        "es": float(rng.uniform(0.3, 1.5)),
        "pt": float(rng.uniform(0.3, 1.5)),
        "tr": float(rng.uniform(0, 1)),
        "ar": float(rng.uniform(0, 1)),
    }
    per_hour = float(rng.uniform(12, 30))
    for a, ts in zip(
        keys,
        worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, global_load(float(rng.uniform(13, 21)), 0.6)),
        strict=True,
    ):
        prompts = [
            tx.moderation_prompt(rng, lang, tx.post_text(rng, lang, ctx.chat))
            for lang in lang_list(rng, langs, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.1, 0.4),
            comp_median=90.0,
            comp_sigma=0.4,
        )


def hatpin(ctx: Ctx, rng: Rng) -> None:
    """A coding-agent product: end users' IDE sessions relayed by the vendor's backend."""
    kind = "hatpin"
    n = irange(rng, 4, 9)
    ips = cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp")))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("litellm/1.60.2", "OpenAI/NodeJS 4.67.1"))
    keys = [
        user(ctx, rng, kind, "product_backend", org=org, pay=card, ua=ua, ips=ips) for _ in range(n)
    ]
    starts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(4, 10)) * (ctx.t1 - ctx.t0) / HOUR,
        global_load(float(rng.uniform(13, 17)), 0.6),
    )
    p_xml = float(rng.uniform(0.3, 0.8))
    rows: list[list] = [[] for _ in range(n)]
    for s in starts.tolist():
        k = irange(rng, 3, 15)
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(8.0), 0.7, size=k - 1))])
        style = "xml" if chance(rng, p_xml) else "chat"
        base, grow = irange(rng, 2000, 9000), irange(rng, 300, 1200)
        who = int(rng.integers(n))
        for j, t in enumerate(ts.tolist()):
            rows[who].append((t, tx.ide_agent(rng, j, style), base + j * grow))
    for a, r in zip(keys, rows, strict=True):
        if not r:
            continue
        ts = np.asarray([x[0] for x in r])
        ctx.emit(
            rng,
            a,
            ts,
            [x[1] for x in r],
            models=model_mix(ctx, rng, ts, 0.45, 0.1),
            comp_median=300.0,
            extra=np.asarray([x[2] for x in r], dtype=np.int64),
        )


def petersham(ctx: Ctx, rng: Rng) -> None:
    """A bank's ML team generating paraphrases to train its own small intent classifier."""
    kind = "petersham"
    n = irange(rng, 1, 3)
    tz = pick(rng, (0, 1, 2))
    office = home(rng, 1, tz)
    vm = cloud(rng, 1, "azure")
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "OpenAI/Python 1.54.0"))
    langs = {"en": 2.0, "nl": float(rng.uniform(0.3, 1.5))}
    for _ in range(n):
        a = user(ctx, rng, kind, "augmentation_job", org=org, pay=card, ua=ua, ips=vm + office)
        nights = thinned(rng, ctx.t0, ctx.t1, float(irange(rng, 2, 4)), nightly(1.0, 3.0, tz))
        ts_batch = [
            s + np.cumsum(rng.lognormal(np.log(2.0), 0.4, size=irange(rng, 100, 400)))
            for s in nights.tolist()
        ]
        ts = np.concatenate([np.empty(0), *ts_batch])
        ctx.emit(
            rng,
            a,
            ts,
            [tx.paraphrase_job(rng, lang) for lang in lang_list(rng, langs, len(ts))],
            models=model_mix(ctx, rng, ts, 0.5, 0.05),
            ips=vm[0],
            comp_median=450.0,
            comp_sigma=0.35,
        )
        dev = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(10, 40)), workday(tz)
        )  # daytime prompt tuning
        ctx.emit(
            rng,
            a,
            dev,
            [tx.paraphrase_job(rng, "en") for _ in range(len(dev))],
            models=model_mix(ctx, rng, dev, 0.5, 0.05),
            ips=office[0],
            comp_median=450.0,
        )


def capeline(ctx: Ctx, rng: Rng) -> None:
    """A companion-chat app: short emotional turns with long persona/memory context."""
    kind = "capeline"
    n = irange(rng, 3, 6)
    ips = cloud(rng, irange(rng, 2, 4), "gcp")
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = "OpenAI/NodeJS 4.67.1"
    keys = [
        user(ctx, rng, kind, "product_backend", org=org, pay=card, ua=ua, ips=ips) for _ in range(n)
    ]
    langs = {
        "en": 3.0,
        "es": float(rng.uniform(0.3, 1.5)),
        "pt": float(rng.uniform(0.3, 1.5)),
        "ja": float(rng.uniform(0, 0.8)),
    }
    per_hour = float(rng.uniform(20, 45))
    ts_all = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        per_hour * (ctx.t1 - ctx.t0) / HOUR,
        global_load(float(rng.uniform(0, 4)), 0.7),
    )
    for a, ts in zip(keys, _split(rng, ts_all, n), strict=True):
        prompts = [
            pick(rng, tx.COMPANION[lang])
            if chance(rng, 0.7)
            else tx.clip(pick(rng, ctx.chat), 5, 200, rng)
            for lang in lang_list(rng, langs, len(ts))
        ]
        extra = rng.integers(900, 4000, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.2, 0.3),
            comp_median=150.0,
            extra=extra,
        )


def percher(ctx: Ctx, rng: Rng) -> None:
    """A university course cohort: students asking the week's problem-set questions."""
    kind = "percher"
    n = irange(rng, 25, 50)
    tz = pick(rng, (-8, -5, 0, 1))
    campus = home(rng, 1, tz)[0]
    org = hexid(rng, "org")
    institutional = chance(rng, 0.7)
    card = hexid(rng, "pay")
    course = pick(rng, tx.COURSES)
    deadlines = [ctx.t0 + (d + rng.uniform(0.95, 0.99)) * DAY for d in (2, 5)]

    def curve(ts: np.ndarray) -> np.ndarray:
        near = np.zeros(len(ts))
        for d in deadlines:
            near = np.maximum(near, np.exp(-np.clip(d - ts, 0, None) / (0.8 * DAY)) * (ts <= d))
        return evening_person(tz)(ts) * (0.25 + 0.75 * near)

    for _ in range(n):
        h = home(rng, 1, tz)[0]
        a = user(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=card if institutional else None,
            ua=bg_browser(rng),
            ips=[campus, h],
            tz=tz,
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 2.0)),
            curve,
            3.0,
            float(rng.uniform(60, 200)),
        )
        ts = np.concatenate([np.empty(0), *sess])
        week = [3 if t <= deadlines[0] else 4 for t in ts.tolist()]
        lh = local_hour(ts, tz)
        on_campus = (weekday(ts, tz) < 5) & (lh > 9) & (lh < 17) & (rng.random(len(ts)) < 0.7)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.student_prompt(rng, course, w) for w in week],
            models=model_mix(ctx, rng, ts, 0.2, 0.2),
            ips=[campus if c else h for c in on_campus.tolist()],
            comp_median=450.0,
        )


def toque(ctx: Ctx, rng: Rng) -> None:
    """A translation / localisation shop: translators with a glossary, plus a TMS integration key."""
    kind = "toque"
    n = irange(rng, 4, 8)
    tz = pick(rng, (0, 1, 2, 3))
    office = home(rng, 1, tz)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    for i in range(n):
        tms = i == 0
        targets = [
            tx.TARGETS[j]
            for j in rng.choice(
                len(tx.TARGETS), 6 if tms else irange(rng, 1, 2), replace=False
            ).tolist()
        ]
        a = user(
            ctx,
            rng,
            kind,
            "tms_integration" if tms else "translator",
            org=org,
            pay=card,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)" if tms else bg_browser(rng),
            ips=office if tms else office + home(rng, 1, tz),
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.lognormal(np.log(400 if tms else 150), 0.5)), workday(tz)
        )
        texts = [tx.doc_snippet(rng, ctx.passages) for _ in range(len(ts))]
        prompts = [tx.loc_prompt(rng, tx.client_name(rng), pick(rng, targets), t) for t in texts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.35, 0.1),
            comp_median=np.asarray([max(30.0, len(t) / 3.2) for t in texts]),
            comp_sigma=0.3,
        )


def crinoline(ctx: Ctx, rng: Rng) -> None:
    """An academic study of calibration and self-consistency: items repeated n times per model."""
    kind = "crinoline"
    n = irange(rng, 2, 4)
    tz = pick(rng, TZS)
    uni = home(rng, 1, tz)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3"))
    keys = [
        user(
            ctx, rng, kind, "study_runner", org=org, pay=card, ua=ua, ips=uni + cloud(rng, 1, "aws")
        )
        for _ in range(n)
    ]
    item_rng = np.random.default_rng(rng.integers(0, 2**32))
    items = [tx.mcq(item_rng)[0] for _ in range(irange(rng, 150, 300))]
    models = [ctx.old_models[0], ctx.old_models[-1]]
    for _ in range(irange(rng, 3, 6)):
        day = float(rng.uniform(0, 6.5))
        start = ctx.t0 + np.floor(day) * DAY + (irange(rng, 9, 16) - tz) * HOUR
        ms = models + [ctx.new_model] if start >= ctx.release else models
        subset = rng.choice(len(items), size=irange(rng, 15, 40), replace=False).tolist()
        reps = irange(rng, 5, 12)
        a = pick(rng, keys)
        prompts, mods = [], []
        for m in ms:
            for i in subset:
                for r in range(reps):
                    prompts.append(tx.calib_item(rng, items[i], r + 1, reps))
                    mods.append(m)
        ts = start + np.cumsum(rng.lognormal(np.log(1.2), 0.5, size=len(prompts)))
        ctx.emit(rng, a, ts, prompts, models=mods, comp_median=30.0, comp_sigma=0.4)


def hatblock(ctx: Ctx, rng: Rng) -> None:
    """A marketing agency reselling access to its clients (one org, many keys, hosting IPs), which
    also runs a public prompt gallery on the new model."""
    kind = "hatblock"
    n = irange(rng, 8, 18)
    ips = cloud(rng, 2, "digitalocean")
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.67.1"))
    for i in range(n):
        client = f"{pick(rng, ('Lumen', 'Harbor', 'Fig', 'Oriel', 'Basalt', 'Tilde', 'Moss', 'Vireo'))} {pick(rng, ('Dental', 'Coffee', 'Legal', 'Cycles', 'Studio', 'Foods', 'Realty'))}"
        gallery = i == 0
        a = user(
            ctx,
            rng,
            kind,
            "gallery" if gallery else "client_key",
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        ctz = pick(rng, TZS)
        if gallery:
            ts = thinned(
                rng,
                ctx.release,
                ctx.t1,
                float(rng.uniform(150, 400)),
                workday(ctz, 7, 22, weekend=0.8),
            )
            prompts = [tx.clip(pick(rng, ctx.chat), 10, 800, rng) for _ in range(len(ts))]
            models = model_mix(ctx, rng, ts, 1.0)
        else:
            ts = thinned(rng, ctx.t0, ctx.t1, float(rng.lognormal(np.log(90), 0.8)), workday(ctz))
            prompts = [
                tx.agency_prompt(rng, client)
                if chance(rng, 0.7)
                else tx.clip(pick(rng, ctx.chat), 10, 800, rng)
                for _ in range(len(ts))
            ]
            models = model_mix(ctx, rng, ts, 0.5, 0.1)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=600.0)


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "cloche": cloche,
    "fascinator": fascinator,
    "sinamay": sinamay,
    "hatpin": hatpin,
    "petersham": petersham,
    "capeline": capeline,
    "percher": percher,
    "toque": toque,
    "crinoline": crinoline,
    "hatblock": hatblock,
}

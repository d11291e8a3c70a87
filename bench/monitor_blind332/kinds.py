"""Benign hard-negative kinds of batch 332: legitimate users a careless detector would flag.

Each kind is `f(ctx, rng)`, draws only from its own generator and labels its accounts benign.
Names are arboretum words; the README says what each kind is and what it looks like.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    Acct,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    nightly,
    pick,
    resi,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind332 import texts
from bench.monitor_blind332.families import BG_BROWSER, BG_SDK, Rows, flush, weighted

Rng = np.random.Generator


def _acct(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# 1. an evaluation lab benchmarking the new model the day it ships (pass@k repeats)
def catkin(ctx: Ctx, rng: Rng) -> None:
    kind = "catkin"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2", "python-httpx/0.28.1"))
    keys = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua=ua, ips=cloud(rng, 1, "gcp"))
        for _ in range(irange(rng, 2, 4))
    ]
    rows = {a.id: Rows() for a in keys}
    runs: list[tuple[float, str]] = []
    for _ in range(irange(rng, 2, 3)):
        runs.append(
            (float(rng.uniform(ctx.t0 + 0.5 * DAY, ctx.release - 6 * HOUR)), ctx.old_models[0])
        )
    runs.append((ctx.release + float(rng.uniform(0.5, 6)) * HOUR, ctx.new_model))
    for _ in range(irange(rng, 2, 4)):
        runs.append(
            (
                float(rng.uniform(ctx.release + 8 * HOUR, ctx.t1 - 8 * HOUR)),
                pick(rng, [ctx.new_model, *ctx.old_models]),
            )
        )
    for start, model in runs:
        suite = pick(rng, ("mc", "math_cot", "code", "needle"))
        k = 1 if suite in ("mc", "needle") else pick(rng, (3, 5, 5, 10))
        acct = pick(rng, keys)
        t = start
        for _ in range(irange(rng, 80, 260)):
            item, comp = texts.benchmark_item(rng, suite)
            for _ in range(k):
                rows[acct.id].add(t, item, comp, model=model)
                t += float(rng.lognormal(np.log(0.35), 0.7))
    for a in keys:
        flush(ctx, rng, a, rows[a.id], p_new=0.5, comp_sigma=0.5, err=0.02)


# 2. a data-labelling vendor's annotators asking for help with preference tasks, by hand
def dendrology(ctx: Ctx, rng: Rng) -> None:
    kind = "dendrology"
    tz = pick(rng, (3, 5, 8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 2, tz)
    for _ in range(irange(rng, 12, 24)):
        a = _acct(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS + BG_BROWSER),
            ips=office,
            tz=tz,
        )
        rows = Rows()
        for s in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz), 5.0, 150.0, 0.9
        ):
            for t in s.tolist():
                rows.add(
                    t,
                    texts.annotator_prompt(
                        rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages)
                    ),
                    300.0,
                )
        flush(ctx, rng, a, rows, p_new=0.3, p_mini=0.1, comp_sigma=0.6, err=0.005)


# 3. a trust-and-safety team: moderation labels and compliant rewrites of user posts
def ginkgo(ctx: Ctx, rng: Rng) -> None:
    kind = "ginkgo"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("semantic-kernel-dotnet/1.36.0", "OpenAI/Python 1.54.0"))
    markets = ["en", "es", "pt", "de", "ja"]
    for lang in [markets[i] for i in rng.permutation(5)[: irange(rng, 2, 3)].tolist()]:
        a = _acct(
            ctx,
            rng,
            kind,
            f"moderation_{lang}",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 2, "azure"),
        )
        curve = global_load(float(rng.uniform(12, 20)), 0.6)
        rows = Rows()
        for t in thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 16)) * 7 * 24, curve).tolist():
            rows.add(t, texts.moderation_prompt(rng, lang, pick(rng, ctx.chat)), 140.0)
        flush(ctx, rng, a, rows, p_new=0.25, p_mini=0.3, comp_sigma=0.5, err=0.01)


# 4. a coding-agent product: tool loops for many end users
def hawthorn(ctx: Ctx, rng: Rng) -> None:
    kind = "hawthorn"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "agent_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.85.1",
            ips=cloud(rng, 2, "aws"),
        )
        for _ in range(irange(rng, 3, 6))
    ]
    code_chat = [c for c in ctx.chat if texts.is_codey(c)]
    rows = {a.id: Rows() for a in keys}
    curve = global_load(float(rng.uniform(13, 17)), 0.55)
    for s in thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2.5, 5)) * 7 * 24, curve).tolist():
        a = pick(rng, keys)
        task = pick(rng, code_chat)
        n = 1 + int(rng.geometric(0.15))
        t = s
        for step in range(min(n, 25)):
            rows[a.id].add(
                t, texts.coding_agent_prompt(rng, task, step), 260.0, extra=min(9000, 400 * step)
            )
            t += float(rng.lognormal(np.log(9.0), 1.0))
    for a in keys:
        flush(ctx, rng, a, rows[a.id], p_new=0.5, p_mini=0.05, comp_sigma=0.7, err=0.01)


# 5. a university course cohort working one problem set before a deadline
def magnolia(ctx: Ctx, rng: Rng) -> None:
    kind = "magnolia"
    lang = pick(rng, ("en", "de", "es"))
    tz = {"en": pick(rng, (-5, 0)), "de": 1, "es": pick(rng, (-3, 1))}[lang]
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, 2, tz)
    problems = texts.course_problems(rng, "en" if lang == "en" else lang, irange(rng, 8, 12))
    due = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    eve = evening_person(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        ramp = np.where(ts < due, 0.25 + 0.75 * np.exp(-(due - ts) / (1.2 * DAY)), 0.12)
        return eve(ts) * ramp

    day = workday(tz)
    for _ in range(irange(rng, 28, 50)):
        ua = pick(rng, BROWSERS + BG_BROWSER) if chance(rng, 0.7) else pick(rng, MOBILE[:3])
        mine = home(rng, 1, tz)
        a = _acct(ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=mine + campus, tz=tz)
        rows = Rows()
        for s in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.6, 2.0)), curve, 4.0, 120.0
        ):
            at_campus = bool(day(s[:1])[0] > 0.5) and chance(rng, 0.7)
            ip = pick(rng, campus) if at_campus else mine[0]
            idx = irange(rng, 1, len(problems))
            for j, t in enumerate(s.tolist()):
                u = float(rng.random())
                if u < 0.15:  # something else on their mind
                    p = pick(rng, ctx.chat)
                elif j == 0 or u < 0.45:
                    idx = irange(rng, 1, len(problems))
                    p = texts.student_prompt(rng, lang, problems[idx - 1], idx)
                else:
                    p = texts.casual_followup(rng, lang)
                rows.add(t, p, 520.0, ip=ip, extra=min(3000, 200 * j))
        flush(ctx, rng, a, rows, p_new=0.4, p_mini=0.2, comp_sigma=0.6, err=0.01)


# 6. a data-augmentation team generating paraphrases for its own intent classifier, nightly
def sapling(ctx: Ctx, rng: Rng) -> None:
    kind = "sapling"
    tz = pick(rng, (-8, -5, 0, 1))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    langs = ["en"] + [pick(rng, ("es", "fr", "de", "pt")) for _ in range(irange(rng, 1, 2))]
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=cloud(rng, 1, "gcp"),
            tz=tz,
        )
        for _ in range(irange(rng, 1, 2))
    ]
    start_h = float(rng.uniform(0, 3))
    rows = {a.id: Rows() for a in keys}
    for t in thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(250, 500)) * 7, nightly(start_h, 2.5, tz)
    ).tolist():
        a = pick(rng, keys)
        rows[a.id].add(
            t, texts.augmentation_prompt(rng, pick(rng, langs), pick(rng, ctx.chat)), 260.0
        )
    for a in keys:
        flush(ctx, rng, a, rows[a.id], p_new=0.05, p_mini=0.5, comp_sigma=0.4, err=0.02)


# 7. a translation shop localising product strings for a few clients
def sequoia(ctx: Ctx, rng: Rng) -> None:
    kind = "sequoia"
    tz = pick(rng, (0, 1, 2, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    clients = []
    for _ in range(irange(rng, 3, 5)):
        name = f"{pick(rng, ('Tidewell', 'Copperleaf', 'Brightmoor', 'Lumo', 'Vantor', 'Quillon'))} {pick(rng, ('Shop', 'Bank', 'Games', 'Fit', 'Home'))}"
        locs = [
            pick(
                rng,
                (
                    "de-DE",
                    "fr-FR",
                    "es-ES",
                    "it-IT",
                    "ja-JP",
                    "ko-KR",
                    "pt-BR",
                    "pl-PL",
                    "nl-NL",
                    "tr-TR",
                ),
            )
            for _ in range(irange(rng, 3, 5))
        ]
        clients.append((name, locs))
    staff = [
        _acct(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS + BG_BROWSER),
            ips=office,
            tz=tz,
        )
        for _ in range(irange(rng, 3, 6))
    ]
    server = _acct(
        ctx,
        rng,
        kind,
        "tms_connector",
        org=org,
        pay=pay,
        ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
        ips=cloud(rng, 1, pick(rng, ("aws", "hetzner"))),
        tz=tz,
    )
    for a in staff:
        rows = Rows()
        for s in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 6)), workday(tz), 5.0, 95.0
        ):
            c, locs = pick(rng, clients)
            for t in s.tolist():
                rows.add(t, texts.ui_translation_prompt(rng, c, pick(rng, locs), "chat"), 40.0)
        flush(ctx, rng, a, rows, p_new=0.5, p_mini=0.1, comp_sigma=0.5, err=0.005)
    rows = Rows()
    for t in thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 40)) * 5 * 9, workday(tz)).tolist():
        c, locs = pick(rng, clients)
        rows.add(t, texts.ui_translation_prompt(rng, c, pick(rng, locs), "cat"), 25.0)
    flush(ctx, rng, server, rows, p_new=0.5, p_mini=0.1, comp_sigma=0.4, err=0.01)


# 8. a companion app's backend: long casual chats, evenings worldwide
def sweetgum(ctx: Ctx, rng: Rng) -> None:
    kind = "sweetgum"
    provider = pick(rng, ("vultr", "linode"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    keys = [
        _acct(
            ctx,
            rng,
            kind,
            "companion_backend",
            org=org,
            pay=pay,
            ua="Go-http-client/2.0",
            ips=cloud(rng, 2, provider),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    rows = {a.id: Rows() for a in keys}
    curve = global_load(float(rng.uniform(18, 23)) % 24, 0.65)
    personas = ("Mia", "Kai", "Luna", "Ren", "Ava", "Sol")
    for s in thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 9)) * 7 * 24, curve).tolist():
        a = pick(rng, keys)
        lang = weighted(rng, ["en", "es", "pt", "ja", "ko"], [0.5, 0.15, 0.15, 0.1, 0.1])
        persona = pick(rng, personas)
        n = 1 + int(rng.negative_binomial(2, 2 / 13))
        t = s
        for j in range(n):
            p = (
                pick(rng, ctx.chat)
                if chance(rng, 0.12)
                else texts.companion_prompt(rng, lang, persona)
            )
            rows[a.id].add(t, p, 90.0, extra=min(5000, 300 + 90 * j))
            t += float(rng.lognormal(np.log(35.0), 0.9))
    for a in keys:
        flush(ctx, rng, a, rows[a.id], p_new=0.05, p_mini=0.7, comp_sigma=0.6, err=0.01)


# 9. a university study replaying a public prompt set against old and new models
def tamarack(ctx: Ctx, rng: Rng) -> None:
    kind = "tamarack"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    uni = resi(rng, 2, pick(rng, ("eu", "us", "jp_kr")))
    keys = [
        _acct(
            ctx, rng, kind, "study_runner", org=org, pay=pay, ua="python-requests/2.32.3", ips=[ip]
        )
        for ip in uni
    ]
    sample = [
        ctx.chat[i]
        for i in rng.choice(len(ctx.chat), size=irange(rng, 300, 700), replace=False).tolist()
    ]
    rows = {a.id: Rows() for a in keys}
    jobs = [(float(rng.uniform(ctx.t0 + DAY, ctx.release - 12 * HOUR)), [ctx.old_models[0]], 0.2)]
    for _ in range(irange(rng, 1, 3)):
        jobs.append(
            (
                float(rng.uniform(ctx.release + 4 * HOUR, ctx.t1 - 10 * HOUR)),
                [*ctx.old_models, ctx.new_model],
                1.0,
            )
        )
    for start, models, frac in jobs:
        a = pick(rng, keys)
        t = start
        for p in sample[: max(1, int(len(sample) * frac))]:
            for m in models:
                rows[a.id].add(t, p, 350.0, model=m)
                t += float(rng.uniform(0.8, 2.2))
    for a in keys:
        flush(ctx, rng, a, rows[a.id], p_new=0.5, comp_sigma=0.6, err=0.01)


# 10. a marketing agency: one card, a key per client, office, VPN and home addresses
def understory(ctx: Ctx, rng: Rng) -> None:
    kind = "understory"
    tz = pick(rng, (-5, 0, 1, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    vpn = cloud(rng, 3, "m247")
    for i in range(irange(rng, 10, 18)):
        client = f"{pick(rng, ('Harbor', 'Pine', 'Nova', 'Alma', 'Ridge', 'Sunday', 'Brava'))} {pick(rng, ('Dental', 'Coffee', 'Motors', 'Studio', 'Labs', 'Travel'))}"
        lang = weighted(rng, ["en", "es", "de", "fr", "pt"], [0.5, 0.15, 0.15, 0.1, 0.1])
        ua = (
            pick(rng, BROWSERS + BG_BROWSER)
            if chance(rng, 0.75)
            else pick(rng, ("PostmanRuntime/7.43.0", "axios/1.7.9", *BG_SDK))
        )
        ips = office + vpn[i % 3 : i % 3 + 1] + home(rng, 1, tz)
        a = _acct(ctx, rng, kind, "client_project", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        rows = Rows()
        for s in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 3.0)), workday(tz), 4.0, 120.0
        ):
            ip = pick(rng, ips)
            for t in s.tolist():
                rows.add(t, texts.agency_prompt(rng, lang, client), 330.0, ip=ip)
        flush(ctx, rng, a, rows, p_new=0.45, p_mini=0.1, comp_sigma=0.5, err=0.01)


BENIGN_KINDS = {
    "catkin": catkin,
    "dendrology": dendrology,
    "ginkgo": ginkgo,
    "hawthorn": hawthorn,
    "magnolia": magnolia,
    "sapling": sapling,
    "sequoia": sequoia,
    "sweetgum": sweetgum,
    "tamarack": tamarack,
    "understory": understory,
}

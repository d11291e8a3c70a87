"""Benign hard-negative kinds of blind batch 174 (code names: crossbow shooting).

Each kind is `fn(ctx, rng)`: legitimate API users built to resemble one of this batch's campaign
families (or a campaign in general). Every account is labelled benign with the kind as its family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind174 import texts as tx

Rng = np.random.Generator

_MOBILE_KIND = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}
_TZ_LANGS = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es", "en"),
    2: ("de", "en"),
    3: ("en",),
    5: ("en",),
    8: ("id", "en"),
    9: ("ja", "en"),
}


def _fixed(model: str, n: int) -> list[str]:
    return [model] * n


# --------------------------------------------------------------------------------------------
# evaluation lab benchmarking the new model on release day


def cocking_stirrup(ctx: Ctx, rng: Rng) -> None:
    kind = "cocking_stirrup"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    hosts = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2", tx.BG_SDK_UAS[0]))
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=[pick(rng, hosts)],
        )
        for _ in range(n)
    ]
    langs = ["en", "es", "de", "zh", "ja", "ru", "fr"]
    items = [
        tx.benchmark_item(rng, "en" if chance(rng, 0.7) else pick(rng, langs[1:]))
        for _ in range(irange(rng, 200, 600))
    ]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (ctx.t0 + float(rng.uniform(0.3, 3.5)) * DAY, pick(rng, (old, mini)))
        for _ in range(irange(rng, 1, 3))
    ]
    runs += [
        (ctx.release + float(rng.uniform(0.05, 0.5)) * DAY, new) for _ in range(irange(rng, 2, 4))
    ]
    runs += [
        (ctx.release + float(rng.uniform(0.5, 2.8)) * DAY, pick(rng, (new, new, old)))
        for _ in range(irange(rng, 1, 3))
    ]
    per = [([], [], []) for _ in range(n)]
    for s, model in runs:
        sub = items if chance(rng, 0.8) else items[: irange(rng, 20, 60)]
        t = s + np.cumsum(rng.lognormal(np.log(float(rng.uniform(0.2, 0.9))), 0.5, size=len(sub)))
        i = int(rng.integers(n))
        per[i][0].extend(t.tolist())
        per[i][1].extend(sub)
        per[i][2].extend(_fixed(model, len(sub)))
    for acct, (ts, prompts, models) in zip(accts, per, strict=True):
        if not ts:
            ts, prompts, models = [ctx.t0 + float(rng.uniform(0.1, 6.5)) * DAY], [items[0]], [old]
        order = np.argsort(np.asarray(ts), kind="stable").tolist()
        ctx.emit(
            rng,
            acct,
            np.asarray(ts)[order],
            [prompts[i] for i in order],
            models=[models[i] for i in order],
            comp_median=700.0,
            comp_sigma=0.7,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# labelling vendor pre-labelling preference data for a client


def trigger_sear(ctx: Ctx, rng: Rng) -> None:
    kind = "trigger_sear"
    n = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    offices = [int(x) for x in rng.choice([8, 5, 1, -3], irange(rng, 1, 2), replace=False)]
    office_ip = {tz: bb.home(rng, irange(rng, 1, 2), tz) for tz in offices}
    projects = [
        f"{pick(rng, ('ORCA', 'LYNX', 'KESTREL', 'BISON', 'MANTA'))}-{irange(rng, 10, 99)}"
        for _ in range(irange(rng, 1, 3))
    ]
    for i in range(n):
        tz = offices[i % len(offices)]
        pipeline = chance(rng, 0.5)
        ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)" if pipeline else pick(rng, tx.BG_BROWSER_UAS)
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="pipeline" if pipeline else "team_lead",
            org=org,
            pay=card,
            ua=ua,
            ips=office_ip[tz],
            tz=tz,
        )
        rate = float(rng.uniform(25, 60)) if pipeline else float(rng.uniform(4, 12))
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, rate * 9 * 5 * (ctx.t1 - ctx.t0) / (7 * DAY), bb.workday(tz)
        )
        proj = pick(rng, projects)
        ver = f"{irange(rng, 1, 4)}.{irange(rng, 0, 9)}"
        prompts = [
            tx.vendor_pair_prompt(rng, proj, ver, ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4),
            comp_median=90.0,
            comp_sigma=0.6,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# trust-and-safety team moderating and suggesting compliant rewrites


def limb_dampener(ctx: Ctx, rng: Rng) -> None:
    kind = "limb_dampener"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 2, 4)):
        forum = pick(
            rng, ("gaming", "parenting", "football", "crypto", "local news", "fitness", "anime")
        )
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role=f"moderation_{forum.replace(' ', '_')}",
            org=org,
            pay=card,
            ua="Go-http-client/2.0",
            ips=bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("digitalocean", "gcp"))),
        )
        rate = float(rng.uniform(15, 45))
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            rate * (ctx.t1 - ctx.t0) / HOUR,
            bb.global_load(float(rng.uniform(12, 22)), float(rng.uniform(0.4, 0.8))),
        )
        prompts = [tx.moderation_prompt(rng, forum, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.5),
            comp_median=90.0,
            comp_sigma=0.5,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# developers driving coding agents


def rail_lube(ctx: Ctx, rng: Rng) -> None:
    kind = "rail_lube"
    n = irange(rng, 8, 15)
    startup = chance(rng, 0.6)
    s_org, s_card, s_tz = hexid(rng, "org"), hexid(rng, "pay"), pick(rng, bb.TZS)
    for _ in range(n):
        tz = s_tz if startup and chance(rng, 0.8) else pick(rng, bb.TZS)
        ua = pick(
            rng,
            (
                "aider/0.74.2 litellm/1.60.2",
                "cline/3.4.0",
                "OpenAI/NodeJS 4.85.1",
                tx.BG_SDK_UAS[0],
            ),
        )
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            org=s_org if startup else None,
            pay=s_card if startup else None,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        repo = f"{pick(rng, ('acme', 'northwind', 'hooli', 'initech', 'umbrella'))}/{pick(rng, ('api', 'web', 'etl', 'mobile'))}"
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            bb.workday(tz, weekend=0.15),
            float(rng.uniform(15, 35)),
            float(rng.uniform(6, 15)),
        )
        ts, prompts, extra = [], [], []
        for s in sess:
            ctx_tok = irange(rng, 1500, 4000)
            for j, t in enumerate(s.tolist()):
                ts.append(t)
                prompts.append(tx.dev_agent_turn(rng, repo, j == 0))
                extra.append(ctx_tok)
                ctx_tok += irange(rng, 200, 1500)
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.75, p_mini=0.05),
            extra=np.minimum(np.asarray(extra, dtype=np.int64), 120_000),
            comp_median=300.0,
            comp_sigma=0.8,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team generating training utterances for its own intent classifier


def scope_reticle(ctx: Ctx, rng: Rng) -> None:
    kind = "scope_reticle"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    domain = pick(rng, list(tx.INTENTS))
    langs = [
        "en",
        *[str(x) for x in rng.choice(["es", "pt", "de", "fr"], irange(rng, 1, 2), replace=False)],
    ]
    tz = pick(rng, (-5, -8, 0))
    for _ in range(irange(rng, 1, 2)):
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="augmentation_job",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.63.2")),
            ips=bb.cloud(rng, 1, "aws"),
            tz=tz,
        )
        start_h, hours = float(rng.uniform(0.5, 2.5)), float(rng.uniform(2.0, 4.0))
        per_night = float(rng.uniform(250, 700))
        starts = bb.thinned(rng, ctx.t0, ctx.t1, 7 * per_night / 30, bb.nightly(start_h, hours, tz))
        ts = np.sort(np.concatenate(bb.bursts(rng, starts, 30, 0.8, 0.5, ctx.t1)))
        prompts = [tx.augment_prompt(rng, domain, pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.6),
            comp_median=350.0,
            comp_sigma=0.4,
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# university study sampling many answers per question (calibration / self-consistency)


def flight_vane(ctx: Ctx, rng: Rng) -> None:
    kind = "flight_vane"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5, 0, 9))
    campus = bb.home(rng, 1, tz)
    qs = [str(x) for x in rng.choice(tx.TRIVIA, irange(rng, 18, 30), replace=False)]
    old, new = ctx.old_models[0], ctx.new_model
    for _ in range(irange(rng, 2, 4)):
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="phd_student",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", tx.BG_SDK_UAS[0])),
            ips=campus + bb.home(rng, 1, tz),
            tz=tz,
        )
        run_starts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3.0, 7.0)),
            bb.workday(tz, start=9.5, end=22.0, weekend=0.3),
        )
        ts, prompts, models = [], [], []
        k = pick(rng, (5, 8, 10))
        for s in run_starts.tolist():
            variant = irange(rng, 0, 1)
            mods = [old] if s < ctx.release else ([new, old] if chance(rng, 0.6) else [new])
            jobs = [(q, m) for m in mods for q in qs for _ in range(k)]
            t = s + np.cumsum(rng.lognormal(np.log(0.9), 0.5, size=len(jobs)))
            ts += t.tolist()
            prompts += [tx.calibration_prompt(rng, q, variant) for q, _ in jobs]
            models += [m for _, m in jobs]
        if not ts:
            continue
        order = np.argsort(np.asarray(ts), kind="stable").tolist()
        ctx.emit(
            rng,
            acct,
            np.asarray(ts)[order],
            [prompts[i] for i in order],
            models=[models[i] for i in order],
            ips=None,
            comp_median=40.0,
            comp_sigma=0.5,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# a university course cohort doing an API lab before a deadline


def nock_point(ctx: Ctx, rng: Rng) -> None:
    kind = "nock_point"
    n = irange(rng, 25, 45)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz_main = pick(rng, (1, -5, 0, 8))
    week = irange(rng, 3, 9)
    deadline = ctx.t0 + irange(rng, 4, 6) * DAY - tz_main * HOUR + 23.99 * HOUR
    for _ in range(n):
        tz = tz_main if chance(rng, 0.8) else pick(rng, bb.TZS)
        ua = pick(rng, tx.BG_SDK_UAS[:1]) if chance(rng, 0.7) else pick(rng, tx.BG_BROWSER_UAS)
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        sess = bb.session_times(
            rng, ctx.t0, deadline, float(rng.uniform(0.3, 1.2)), bb.evening_person(tz), 6.0, 40.0
        )
        sess += bb.session_times(
            rng,
            deadline - 1.2 * DAY,
            deadline,
            float(rng.uniform(1.0, 4.0)),
            bb.evening_person(tz, 3.5),
            8.0,
            35.0,
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        if len(ts) == 0:
            ts = np.asarray([deadline - float(rng.uniform(0.1, 20)) * HOUR])
        prompts = [tx.coursework_prompt(rng, week, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.7),
            comp_median=250.0,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# users of a bring-your-own-key companion / role-play phone app


def string_serving(ctx: Ctx, rng: Rng) -> None:
    kind = "string_serving"
    app_ua = pick(rng, ("Dart/3.6 (dart:io)", "okhttp/4.12.0"))
    for _ in range(irange(rng, 20, 40)):
        tz = pick(rng, bb.TZS)
        lang = pick(rng, _TZ_LANGS[tz])
        home_ip = bb.home(rng, 1, tz)
        acct = ctx.account(
            rng, label="benign", family=kind, role="app_user", ua=app_ua, ips=home_ip, tz=tz
        )
        char = tx.companion_char(rng)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.7, 3.0)),
            bb.evening_person(tz, 2.8),
            float(rng.uniform(10, 20)),
            float(rng.uniform(20, 110)),
        )
        ts, prompts, ips, extra = [], [], [], []
        for s in sess:
            out = tz in _MOBILE_KIND and chance(rng, 0.5)
            ip = bb.mobile_v6(rng, 1, _MOBILE_KIND[tz])[0] if out else home_ip[0]
            hist = irange(rng, 250, 450)  # the character card
            for j, t in enumerate(s.tolist()):
                ts.append(t)
                prompts.append(tx.companion_message(rng, lang, j == 0, char))
                ips.append(ip)
                extra.append(hist)
                hist += irange(rng, 150, 450)
        if not ts:
            continue
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.6, p_mini=0.15),
            ips=ips,
            extra=np.minimum(np.asarray(extra, dtype=np.int64), 32_000),
            comp_median=220.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# translation agency running documents through a CAT-tool plug-in


def field_point(ctx: Ctx, rng: Rng) -> None:
    kind = "field_point"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    offices = [int(x) for x in rng.choice([1, -3, 8, 2], irange(rng, 1, 3), replace=False)]
    targets = ["de", "fr", "es", "pt", "ja", "zh", "pl", "it", "tr", "ko"]
    clients = [
        f"{pick(rng, ('Velo', 'Brightside', 'Kumo', 'Altair', 'Norda'))} {pick(rng, ('GmbH', 'Ltd', 'SA', 'KK'))}"
        for _ in range(irange(rng, 2, 4))
    ]
    for i in range(irange(rng, 3, 6)):
        tz = offices[i % len(offices)]
        ua = pick(
            rng,
            (
                "memoQ/11.2 (MT plug-in 2.4)",
                "TradosStudio/18.1 (OpenAI Translator 3.1)",
                "python-requests/2.32.3",
            ),
        )
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="project_manager",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        docs = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)) * 5, bb.workday(tz))
        ts, prompts = [], []
        for s in docs.tolist():
            segs = tx.sentences(pick(rng, ctx.passages))
            segs = (segs * 6)[: irange(rng, 10, 120)] if len(segs) < 10 else segs
            tgt, client = pick(rng, targets), pick(rng, clients)
            t = s + np.cumsum(rng.lognormal(np.log(2.0), 0.5, size=len(segs)))
            ts += t.tolist()
            prompts += [
                tx.segment_prompt(rng, "en", tgt, j + 1, len(segs), seg, client)
                for j, seg in enumerate(segs)
            ]
        if not ts:
            continue
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.4, p_mini=0.1),
            comp_median=60.0,
            comp_sigma=0.5,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# API reseller / aggregator forwarding many small customers


def bench_rest(ctx: Ctx, rng: Rng) -> None:
    kind = "bench_rest"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    gw = bb.cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "azure")))
    pass_uas = list(tx.BG_SDK_UAS) + list(tx.BG_BROWSER_UAS) + list(bb.SDK_OTHER[:8])
    for _ in range(irange(rng, 2, 3)):
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="reseller_gateway",
            org=org,
            pay=card,
            ua=pick(rng, pass_uas),
            ips=gw,
        )
        rate = float(rng.uniform(20, 50))
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            rate * (ctx.t1 - ctx.t0) / HOUR,
            bb.global_load(float(rng.uniform(10, 18)), float(rng.uniform(0.3, 0.6))),
        )
        prompts = [tx.reseller_prompt(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.3),
            ua=bb.picks(rng, pass_uas, len(ts)),
            comp_median=350.0,
            err=0.015,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "cocking_stirrup": cocking_stirrup,
    "trigger_sear": trigger_sear,
    "limb_dampener": limb_dampener,
    "rail_lube": rail_lube,
    "scope_reticle": scope_reticle,
    "flight_vane": flight_vane,
    "nock_point": nock_point,
    "string_serving": string_serving,
    "field_point": field_point,
    "bench_rest": bench_rest,
}

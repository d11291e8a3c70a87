"""Benign hard-negative kinds of blind batch 153 (code names: jewellery-making words).

Each kind is `f(ctx, rng)`: legitimate users built to share surface features with one of this
batch's campaign families (or with campaigns in general): step-by-step prompts, rubric grading,
policy rewrites, tool loops, dataset rows, long conversations, crowds of similar accounts, repeated
public prompts, many keys on one card.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, irange, pick, picks
from bench.monitor_blind153 import texts as tx

Rng = np.random.Generator


def _ts(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# evaluation lab: benchmark suites on old and new models, burst on release day


def lost_wax(ctx: Ctx, rng: Rng) -> None:
    kind = "lost_wax"
    for _lab in range(irange(rng, 1, 2)):
        org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "aws", "azure", "oracle")))
        ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2"))
        accts = [
            ctx.account(
                rng,
                label="benign",
                family=kind,
                role="eval-runner",
                org=org,
                pay=card,
                ua=ua,
                ips=ips,
            )
            for _ in range(irange(rng, 2, 4))
        ]
        item_rng = np.random.default_rng(int(rng.integers(2**32)))
        suites = {
            s: [tx.eval_item(item_rng, s) for _ in range(irange(rng, 150, 450))]
            for s in ("mcq", "gsm", "code", "logic")
        }
        comp = {"mcq": 4.0, "gsm": 260.0, "code": 220.0, "logic": 120.0}
        # runs: a couple before the release on the old models, a big sweep right after it
        runs = [
            (float(rng.uniform(ctx.t0, ctx.release - 0.3 * DAY)), ctx.old_models[0])
            for _ in range(2)
        ]
        runs += [
            (ctx.release + float(rng.uniform(0.05, 0.6)) * DAY, ctx.new_model),
            (ctx.release + float(rng.uniform(0.05, 0.9)) * DAY, ctx.old_models[0]),
        ]
        runs += [
            (
                ctx.release + float(rng.uniform(1.0, 2.8)) * DAY,
                pick(rng, (ctx.new_model, ctx.old_models[-1])),
            )
        ]
        for start, model in runs:
            t = start
            for suite in rng.permutation(list(suites)).tolist():
                if not chance(rng, 0.8):
                    continue
                items = suites[suite]
                a = pick(rng, accts)
                gaps = rng.lognormal(np.log(0.5), 0.5, size=len(items))
                ts = t + np.cumsum(gaps)
                ctx.emit(rng, a, ts, items, models=model, comp_median=comp[suite], comp_sigma=0.4)
                t = float(ts[-1]) + float(rng.uniform(60, 900))


# --------------------------------------------------------------------------------------------
# labelling vendor: the model double-checks annotators' labels against guidelines


def bezel_setting(ctx: Ctx, rng: Rng) -> None:
    kind = "bezel_setting"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    offices = {tz: bb.home(rng, irange(rng, 1, 2), tz) for tz in (5, 8)}
    for _ in range(irange(rng, 4, 7)):
        tz = pick(rng, (5, 8))
        lang = pick(rng, ("en", "en", "en", "es", "de"))
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="qa-project",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=offices[tz],
            tz=tz,
        )
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        ts = bb.thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(20, 60)) * (ctx.t1 - start) / HOUR * 0.35,
            bb.workday(tz, start=9.0, end=18.5, weekend=0.15),
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.qa_check(rng, lang, ctx.chat) for _ in ts],
            models=ctx.models(rng, ts, 0.3, 0.45),
            comp_median=60.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# trust-and-safety team of a platform: moderation decisions and compliant rewrites


def wire_wrap(ctx: Ctx, rng: Rng) -> None:
    kind = "wire_wrap"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), "aws")
    curve = bb.global_load(float(rng.uniform(14, 22)), 0.5)
    for region_lang in ("en", "pt", "de")[: irange(rng, 2, 3)]:
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation-queue",
            org=org,
            pay=card,
            ua="Go-http-client/2.0",
            ips=ips,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(12, 35)) * 7 * 24, curve)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation_item(rng, region_lang, ctx.chat) for _ in ts],
            models=ctx.models(rng, ts, 0.35, 0.3),
            comp_median=120.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# developer-tools company: engineers' coding agents in their IDEs


def jump_ring(ctx: Ctx, rng: Rng) -> None:
    kind = "jump_ring"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office_tz = pick(rng, (-8, -5, 1))
    office_nat = bb.home(rng, 1, office_tz)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
    repos = [
        f"{pick(rng, ('core', 'web', 'billing', 'infra', 'mobile', 'search'))}-{i}"
        for i in range(6)
    ]
    for _ in range(irange(rng, 18, 32)):
        tz = office_tz if chance(rng, 0.7) else pick(rng, bb.TZS)
        home = bb.home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            org=org,
            pay=card,
            ua=ua,
            ips=home + office_nat,
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 6)),
            bb.workday(tz, weekend=0.08),
            float(rng.uniform(5, 12)),
            float(rng.uniform(4, 15)),
            0.9,
        )
        ts_l, pr_l, x_l, ip_l = [], [], [], []
        in_office = chance(rng, 0.5) and tz == office_tz
        for s in sess:
            repo = pick(rng, repos)
            ip = office_nat[0] if in_office and chance(rng, 0.7) else home[0]
            ctxlen = irange(rng, 800, 3500)
            for j, t in enumerate(s.tolist()):
                ts_l.append(t)
                pr_l.append(tx.devtool_step(rng, j, repo))
                x_l.append(ctxlen)
                ip_l.append(ip)
                ctxlen += irange(rng, 150, 800)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.75, 0.05),
            ips=ip_l,
            comp_median=380.0,
            comp_sigma=0.7,
            extra=np.asarray(x_l, dtype=np.int64),
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: paraphrases for its own intent classifier, nightly


def cabochon(ctx: Ctx, rng: Rng) -> None:
    kind = "cabochon"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1))
    ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ("azure", "aws")))
    langs = ["en"] + [
        str(x) for x in rng.choice(["es", "pt", "fr", "de", "hi", "id"], size=3, replace=False)
    ]
    for role in ("augment-nightly", "augment-adhoc")[: irange(rng, 1, 2)]:
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role=role,
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1")),
            ips=ips,
            tz=tz,
        )
        if role == "augment-nightly":
            ts = bb.thinned(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(250, 600)) * 7,
                bb.nightly(float(rng.uniform(0, 3)), float(rng.uniform(1.5, 4)), tz),
            )
        else:
            starts = bb.thinned(rng, ctx.t0, ctx.t1, irange(rng, 4, 10), bb.workday(tz))
            ts = _ts(bb.bursts(rng, starts, float(rng.uniform(60, 200)), 0.8, 0.5, ctx.t1))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augmentation_item(rng, pick(rng, langs)) for _ in ts],
            models=ctx.models(rng, ts, 0.3, 0.6),
            comp_median=240.0,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# companion / character chat app: long conversations through a backend


def pickle_bath(ctx: Ctx, rng: Rng) -> None:
    kind = "pickle_bath"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 5), pick(rng, ("digitalocean", "linode", "aws")))
    curve = bb.global_load(float(rng.uniform(19, 23)) % 24, 0.65)
    personas = ("Mira", "Captain Vale", "Juno", "Professor Hart", "Kiko", "Sable")
    for _ in range(irange(rng, 2, 3)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app-backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 45)) * 7 * 24, curve)
        n = len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.companion_msg(rng, pick(rng, personas), ctx.chat) for _ in range(n)],
            models=ctx.models(rng, ts, 0.2, 0.55),
            comp_median=130.0,
            comp_sigma=0.6,
            extra=rng.integers(600, 3500, size=n),
        )


# --------------------------------------------------------------------------------------------
# course cohort: a class on one school card, campus by day, homes by night, deadline spikes


def crimp_bead(ctx: Ctx, rng: Rng) -> None:
    kind = "crimp_bead"
    tz = pick(rng, (-5, 0, 1, 5, 9))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    course = pick(
        rng, ("CS101", "Intro to Economics", "BIO 210", "Data Science Bootcamp", "Physics 1B")
    )
    deadlines = sorted(
        ctx.t0 + float(rng.uniform(1.5, 6.8)) * DAY for _ in range(irange(rng, 2, 3))
    )
    for _ in range(irange(rng, 25, 50)):
        home = bb.home(rng, 1, tz)
        ua = pick(rng, bb.BROWSERS + bb.MOBILE[:2])
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=card,
            ua=ua,
            ips=campus + home,
            tz=tz,
        )
        parts, ip_l = [], []
        for k, d in enumerate(deadlines, start=1):
            cram = bb.session_times(
                rng,
                max(ctx.t0, d - 1.5 * DAY),
                d,
                float(rng.uniform(0.6, 3.0)),
                bb.evening_person(tz, 3.5),
                float(rng.uniform(2, 6)),
                80.0,
            )
            for s in cram:
                parts.append((k, s))
        ts_l, pr_l = [], []
        for k, s in parts:
            on_campus = bb.workday(tz)(s[:1])[0] > 0.6 and chance(rng, 0.6)
            ip = pick(rng, campus) if on_campus else home[0]
            for t in s.tolist():
                ts_l.append(t)
                pr_l.append(tx.homework(rng, course, k))
                ip_l.append(ip)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.3, 0.2),
            ips=ip_l if ip_l else None,
            comp_median=520.0,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# translation shop: translators in two offices on one company card


def lobster_clasp(ctx: Ctx, rng: Rng) -> None:
    kind = "lobster_clasp"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    offices = {
        tz: bb.home(rng, 1, tz) for tz in rng.choice([-3, 1, 2, 8], size=2, replace=False).tolist()
    }
    pairs = [
        ("en", "de"),
        ("en", "fr"),
        ("de", "en"),
        ("en", "pt"),
        ("es", "en"),
        ("en", "ja"),
        ("en", "zh"),
        ("fr", "en"),
        ("en", "pl"),
        ("en", "it"),
        ("nl", "en"),
        ("en", "ko"),
    ]
    for _ in range(irange(rng, 6, 11)):
        tz = int(pick(rng, list(offices)))
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="translator",
            org=org,
            pay=card,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=offices[tz],
            tz=tz,
        )
        my_pairs = picks(rng, pairs, 2)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 7)),
            bb.workday(tz),
            float(rng.uniform(8, 25)),
            25.0,
        )
        ts = _ts(sess)
        prompts = [tx.translation_job(rng, *pick(rng, my_pairs), ctx.passages) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.1),
            comp_median=600.0,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# university prompt-sensitivity study: public prompts, variants, repeats, both models


def prong_setting(ctx: Ctx, rng: Rng) -> None:
    kind = "prong_setting"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5))
    ips = bb.home(rng, 1, tz) + bb.cloud(rng, 1, "gcp")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="study",
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1")),
            ips=ips,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    base = [
        ctx.chat[i]
        for i in rng.choice(len(ctx.chat), size=irange(rng, 100, 220), replace=False).tolist()
    ]
    base = [b for b in base if len(b) < 600]
    reps = irange(rng, 2, 4)
    run_starts = [
        ctx.release + float(rng.uniform(0.2, 2.5)) * DAY for _ in range(irange(rng, 2, 3))
    ]
    for r, start in enumerate(run_starts):
        items = [
            (tx.sensitivity_variant(rng, b, v), m)
            for b in base
            for v in range(5)
            for m in (ctx.old_models[0], ctx.new_model)
            for _ in range(reps if r == 0 else 1)
        ]
        order = rng.permutation(len(items)).tolist()
        ts = start + np.cumsum(rng.lognormal(np.log(1.2), 0.6, size=len(items)))
        a = keys[r % len(keys)]
        ctx.emit(
            rng,
            a,
            ts,
            [items[i][0] for i in order],
            models=[items[i][1] for i in order],
            comp_median=380.0,
            comp_sigma=0.7,
        )


# --------------------------------------------------------------------------------------------
# marketing agency / reseller: client accounts on the agency card behind one VPN


def draw_plate(ctx: Ctx, rng: Rng) -> None:
    kind = "draw_plate"
    card = bb.hexid(rng, "pay")
    vpn = bb.cloud(rng, irange(rng, 1, 2), "m247")
    app = bb.cloud(rng, 1, pick(rng, ("hetzner", "ovh")))
    tzs = [int(x) for x in rng.choice([-5, 0, 1, 2], size=irange(rng, 1, 3), replace=False)]
    curve = bb.multi_office(tzs)
    langs = ("en", "de", "fr", "es", "it", "nl", "sv", "pl")
    for i in range(irange(rng, 7, 14)):
        client = f"{pick(rng, ('Nordlys', 'Bellamar', 'Kestrel', 'Oakhaus', 'Veloce', 'Tideline', 'Marigold'))} {i}"
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="client-account",
            ua=pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.67.1")),
            ips=vpn + app,
            pay=card,
        )
        lang = pick(rng, langs)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 9)) * 7 * 24 * 0.4, curve)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.agency_copy(rng, client, lang if chance(rng, 0.8) else "en") for _ in ts],
            models=ctx.models(rng, ts, 0.45, 0.15),
            comp_median=260.0,
            comp_sigma=0.5,
        )


BENIGN_KINDS = {
    "lost_wax": lost_wax,
    "bezel_setting": bezel_setting,
    "wire_wrap": wire_wrap,
    "jump_ring": jump_ring,
    "cabochon": cabochon,
    "pickle_bath": pickle_bath,
    "crimp_bead": crimp_bead,
    "lobster_clasp": lobster_clasp,
    "prong_setting": prong_setting,
    "draw_plate": draw_plate,
}

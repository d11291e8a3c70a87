"""Benign hard-negative kinds of batch 246 (code names: mizuhiki cord-knotting words).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families, or a campaign in general. Labels are "benign"; `family` is the kind's name.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind246 import texts as tx
from bench.monitor_blind246.families import BG_BROWSERS, BG_SDK


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _flat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


_COMP = {"mcq": 4.0, "gsm": 260.0, "code": 180.0, "mt": 30.0}


# --------------------------------------------------------------------------------------------
# 1. evaluation lab benchmarking the new model on release


def awaji_loop(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "awaji_loop"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, 2, pick(rng, ("gcp", "azure")))
    keys = [
        _benign(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua="OpenAI/Python 1.58.1", ips=ips)
        for _ in range(irange(rng, 2, 4))
    ]
    suites = {
        "mcq": irange(rng, 300, 600),
        "gsm": irange(rng, 200, 400),
        "code": irange(rng, 80, 160),
        "mt": irange(rng, 60, 120),
    }
    # baseline runs on the old models before release, then the new model (several seeds) after
    runs = [
        (ctx.release - float(rng.uniform(1, 2.5)) * DAY, ctx.old_models[0], 1),
        (ctx.release - float(rng.uniform(0.3, 1)) * DAY, ctx.old_models[-1], 1),
        (ctx.release + float(rng.uniform(1, 5)) * HOUR, ctx.new_model, irange(rng, 3, 5)),
        (ctx.release + float(rng.uniform(20, 40)) * HOUR, ctx.new_model, 1),
    ]
    for r_i, (t_start, model, samples) in enumerate(runs):
        key = keys[r_i % len(keys)]
        t = t_start
        ts, prompts, comp = [], [], []
        for suite, n_items in suites.items():
            for item in range(n_items):
                p = tx.eval_item(rng, suite, item)
                for _ in range(samples):
                    t += float(rng.exponential(0.35))
                    ts.append(t)
                    prompts.append(p)
                    comp.append(_COMP[suite])
            t += float(rng.uniform(2, 20)) * MINUTE
        ts_a = np.asarray(ts)
        ctx.emit(rng, key, ts_a, prompts, models=model, comp_median=np.asarray(comp), err=0.02)


# --------------------------------------------------------------------------------------------
# 2. labelling vendor: annotators asking the model about items they grade


def musubi_kiri(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "musubi_kiri"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (8, 3, 5))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    project = pick(rng, ("ORCHID-7", "HELIX-2", "LANTERN", "PX-41"))
    for _ in range(irange(rng, 12, 24)):
        a = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=pay,
            ua=pick(rng, BG_BROWSERS[:2] + bb.BROWSERS[:2]),
            ips=office,
            tz=tz,
        )
        ts = _flat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 6)),
                bb.workday(tz, weekend=0.02),
                float(rng.uniform(4, 9)),
                float(rng.uniform(60, 240)),
            )
        )
        prompts = [
            tx.annotator_prompt(rng, project, ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3), comp_median=300)


# --------------------------------------------------------------------------------------------
# 3. tutoring product relaying real students' questions


def chouchou_bow(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "chouchou_bow"
    brand = pick(rng, ("StudyNest", "Homework Harbor", "Brightdesk"))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tzs = [pick(rng, (-5, -8)), pick(rng, (0, 1))]
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    keys = [
        _benign(ctx, rng, kind, "product_key", org=org, pay=pay, ua=ua, ips=bb.cloud(rng, 2, "aws"))
        for _ in range(irange(rng, 2, 4))
    ]
    for i, a in enumerate(keys):
        tz = tzs[i % len(tzs)]
        # students: after school and evenings, sessions with follow-ups
        ts = _flat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(60, 110)),
                bb.evening_person(tz, 2.8),
                float(rng.uniform(2.5, 5)),
                float(rng.uniform(40, 110)),
            )
        )
        prompts = [tx.student_question(rng, ctx.chat, brand) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.25),
            comp_median=420,
            extra=irange(rng, 80, 200),
        )


# --------------------------------------------------------------------------------------------
# 4. coding-agent product driven by developers' working days


def aioi_knot(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "aioi_knot"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    offices = [pick(rng, (-8, -5)), pick(rng, (0, 1, 2)), pick(rng, (5, 8, 9))]
    curve = bb.multi_office(offices)
    ips = bb.cloud(rng, irange(rng, 3, 6), "aws")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "litellm/1.60.2"))
    for _ in range(irange(rng, 4, 8)):
        a = _benign(ctx, rng, kind, "product_key", org=org, pay=pay, ua=ua, ips=ips)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(15, 30)),
            curve,
            float(rng.uniform(10, 22)),
            float(rng.uniform(4, 12)),
            0.9,
        )
        ts_all, prompts, extras = [], [], []
        for s in sess:
            for step, _t in enumerate(s.tolist()):
                p, e = tx.ide_agent_prompt(rng, ctx.chat, step)
                prompts.append(p)
                extras.append(e)
            ts_all.append(s)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.15),
            comp_median=240,
            extra=extras,
        )


# --------------------------------------------------------------------------------------------
# 5. data-augmentation team: paraphrases for their own intent classifier, nightly


def ume_blossom(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "ume_blossom"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    ips = bb.cloud(rng, 1, "gcp")
    langs = ("English", "German", "Polish", "Spanish")
    for _ in range(irange(rng, 1, 2)):
        a = _benign(
            ctx,
            rng,
            kind,
            "pipeline",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=ips,
            tz=tz,
        )
        starts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.0, 1.5)) * (ctx.t1 - ctx.t0) / DAY,
            bb.nightly(1.5, 3.0, tz),
        )
        ts_all, prompts = [], []
        for s in starts.tolist():
            jobs = [(i, lg) for lg in langs for i in tx.INTENTS]
            t = s + np.cumsum(rng.exponential(float(rng.uniform(1.5, 4)), size=len(jobs)))
            ts_all.append(t)
            prompts.extend(tx.augment_prompt(rng, i, lg) for i, lg in jobs)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.1, p_mini=0.6), comp_median=320
        )


# --------------------------------------------------------------------------------------------
# 6. companion app with bring-your-own-key users on phones


def kame_turtle(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kame_turtle"
    lang_of = {
        "us_mobile": "en",
        "br_mobile": "pt",
        "eu_mobile": pick(rng, ("de", "es", "en")),
        "in_mobile": "en",
    }
    tz_of = {"us_mobile": -5, "br_mobile": -3, "eu_mobile": 1, "in_mobile": 5}
    carriers = list(lang_of)
    for _ in range(irange(rng, 30, 50)):
        car = pick(rng, carriers)
        lang = lang_of[car] if chance(rng, 0.85) else "ja"
        tz = tz_of[car]
        ua = pick(
            rng, ("Dart/3.6 (dart:io)", "okhttp/4.12.0", "CFNetwork/1568.300.101 Darwin/24.2.0")
        )
        a = _benign(ctx, rng, kind, "app_user", ua=ua, ips=bb.mobile_v6(rng, 1, car), tz=tz)
        sess = bb.session_times(
            rng,
            bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3),
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            bb.evening_person(tz),
            float(rng.uniform(8, 20)),
            float(rng.uniform(20, 60)),
            0.9,
        )
        ts_all, prompts, extras, ips = [], [], [], []
        for s in sess:
            ip = bb.mobile_v6(rng, 1, car)[0]
            hist = irange(rng, 200, 900)  # persona card and memory
            for _t in s.tolist():
                p = tx.companion_line(rng, lang)
                prompts.append(p)
                extras.append(hist)
                ips.append(ip)
                hist += irange(rng, 60, 220)
            ts_all.append(s)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.3),
            comp_median=140,
            extra=extras,
        )


# --------------------------------------------------------------------------------------------
# 7. translation shop: translators working through client documents


def tsuru_crane(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tsuru_crane"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    office = bb.home(rng, 1, tz)
    vpn = bb.cloud(rng, 2, "m247")
    shop = pick(rng, ("Verbatim & Co", "Babel Desk", "Lexis Bridge"))
    for _ in range(irange(rng, 4, 8)):
        ua = (
            pick(rng, BG_BROWSERS[:2])
            if chance(rng, 0.6)
            else pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3"))
        )
        a = _benign(
            ctx, rng, kind, "translator", org=org, pay=pay, ua=ua, ips=office + vpn[:1], tz=tz
        )
        ts = _flat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 6)),
                bb.workday(tz),
                float(rng.uniform(6, 15)),
                float(rng.uniform(60, 200)),
            )
        )
        prompts = [
            tx.l10n_prompt(
                rng,
                shop,
                pick(rng, tx.LOCALES[:10]),
                tx.clip_text(rng, pick(rng, ctx.passages), 300, 1600),
                pick(rng, ("doc", "doc", "plain", "tag")),
            )
            for _ in range(len(ts))
        ]
        ips = [office[0] if chance(rng, 0.8) else vpn[0] for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, p_new=0.55), comp_median=480
        )


# --------------------------------------------------------------------------------------------
# 8. university course cohort: lab sessions from campus, homework from home


def noshi_fold(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "noshi_fold"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")  # the university pays
    tz = pick(rng, (0, -5, 1))
    campus = bb.resi(rng, 2, {0: "eu", 1: "eu", -5: "us"}[tz])
    lab_days = sorted(rng.choice(5, size=2, replace=False).tolist())
    lab_hour = float(rng.uniform(9, 15))
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    labs = []
    for d in range(8):
        t = day0 + d * DAY
        if int(bb.weekday(np.asarray([t + 12 * HOUR]), tz)[0]) in lab_days:
            labs.append(t + lab_hour * HOUR)
    for s_i in range(irange(rng, 30, 70)):
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=pay,
            ua=pick(rng, BG_BROWSERS + bb.BROWSERS[:2]),
            ips=campus,
            tz=tz,
        )
        home_ip = bb.home(rng, 1, tz)[0]
        ts_all, prompts, ips = [], [], []
        for w, lab in enumerate(labs):
            if chance(rng, 0.85):
                k = irange(rng, 4, 14)
                t = (
                    lab
                    + float(rng.uniform(5, 30)) * MINUTE
                    + np.cumsum(rng.lognormal(np.log(150), 0.8, size=k))
                )
                t = t[t < lab + 2 * HOUR]
                ts_all.append(t)
                prompts.extend(tx.assignment_prompt(rng, w + 1, s_i) for _ in range(len(t)))
                ips.extend(bb.picks(rng, campus, len(t)))
        for s in bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.2)), bb.evening_person(tz), 4, 90
        ):
            ts_all.append(s)
            prompts.extend(tx.clip_text(rng, pick(rng, ctx.chat), 10, 600) for _ in range(len(s)))
            ips.extend([home_ip] * len(s))
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, p_new=0.5), comp_median=380
        )


# --------------------------------------------------------------------------------------------
# 9. marketing agency reselling access to many clients through one VPN egress


def shugi_envelope(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "shugi_envelope"
    pay = bb.hexid(rng, "pay")  # the agency's card pays for every client
    egress = bb.cloud(rng, irange(rng, 2, 3), pick(rng, ("m247", "leaseweb")))
    offices = [pick(rng, (0, 1)), pick(rng, (-5, -3))]
    curve = bb.multi_office(offices)
    langs = ("English", "German", "Spanish", "French", "Portuguese", "Italian", "Dutch")
    ua = pick(rng, BG_SDK[:2])
    for _ in range(irange(rng, 10, 25)):
        client = (
            pick(
                rng,
                (
                    "Northwind",
                    "Acme Outdoor",
                    "Bloom&Bark",
                    "Casa Lume",
                    "Velo Verde",
                    "Kettle Kin",
                    "Fjord Goods",
                    "Sunday Linen",
                    "Trailhead",
                    "Pebble Pet",
                ),
            )
            + f" {irange(rng, 1, 99)}"
        )
        a = _benign(ctx, rng, kind, "client_account", pay=pay, ua=ua, ips=egress)
        ts = _flat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(1, 3)),
                curve,
                float(rng.uniform(8, 25)),
                float(rng.uniform(5, 20)),
                0.7,
            )
        )
        lang_set = [
            langs[i]
            for i in sorted(rng.choice(len(langs), size=irange(rng, 1, 3), replace=False).tolist())
        ]
        prompts = [tx.agency_prompt(rng, client, pick(rng, lang_set)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.6), comp_median=260)


# --------------------------------------------------------------------------------------------
# 10. research study comparing old and new model on a public prompt set


def washi_wrap(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "washi_wrap"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 1, 2), "*")
    n_items = irange(rng, 800, 1500)
    items = [
        ctx.chat[int(i)] for i in rng.choice(len(ctx.chat), size=n_items, replace=False).tolist()
    ]
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "study_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0")),
            ips=ips,
        )
        for _ in range(irange(rng, 2, 3))
    ]
    start = ctx.release + float(rng.uniform(6, 30)) * HOUR
    models = [ctx.new_model, ctx.old_models[0]]
    for m_i, model in enumerate(models):
        key = keys[m_i % len(keys)]
        gaps = rng.uniform(2.5, 6.0, size=n_items)
        ts = start + float(rng.uniform(0, 2)) * HOUR + np.cumsum(gaps)
        ctx.emit(rng, key, ts, items, models=model, comp_median=360, err=0.01)
    # a small paraphrase-robustness arm on the third key (or the first)
    key = keys[-1]
    sub = items[: irange(rng, 100, 200)]
    ts = start + 8 * HOUR + np.cumsum(rng.uniform(3, 8, size=len(sub)))
    prompts = [
        f"Paraphrase-robustness item {i}: {p}" if chance(rng, 0.5) else p for i, p in enumerate(sub)
    ]
    ctx.emit(rng, key, ts, prompts, models=ctx.new_model, comp_median=360)


BENIGN_KINDS = {
    "awaji_loop": awaji_loop,
    "musubi_kiri": musubi_kiri,
    "chouchou_bow": chouchou_bow,
    "aioi_knot": aioi_knot,
    "ume_blossom": ume_blossom,
    "kame_turtle": kame_turtle,
    "tsuru_crane": tsuru_crane,
    "noshi_fold": noshi_fold,
    "shugi_envelope": shugi_envelope,
    "washi_wrap": washi_wrap,
}

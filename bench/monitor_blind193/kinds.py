"""Benign hard-negative kinds of batch 193 (code names from stained glass). Each kind is a
generator `(ctx, rng) -> None` writing legitimate traffic built to resemble one of this batch's
campaign families, or a campaign in general."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind193 import texts

LABEL = "benign"


def _sorted(ts_parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in ts_parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# ============================================================================================
# lead_came: a model-evaluation lab benchmarking the new model the day it comes out


def lead_came(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "lead_came"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0", "litellm/1.60.2"))
    bank = texts.eval_item_bank(rng, irange(rng, 250, 400))
    keys = [
        ctx.account(
            rng, label=LABEL, family=name, role="eval_runner", org=org, pay=card, ua=ua, ips=ips
        )
        for _ in range(irange(rng, 3, 5))
    ]
    # runs: a couple of regression runs on the old models, then the big one right after the release
    runs = [
        (ctx.t0 + float(rng.uniform(0.5, 3.0)) * bb.DAY, ctx.old_models[0], 1),
        (ctx.t0 + float(rng.uniform(1.0, 3.5)) * bb.DAY, ctx.old_models[-1], 1),
        (ctx.release + float(rng.uniform(1.0, 6.0)) * HOUR, ctx.new_model, irange(rng, 2, 4)),
        (ctx.release + float(rng.uniform(8.0, 20.0)) * HOUR, ctx.old_models[0], 1),
        (ctx.release + float(rng.uniform(30.0, 60.0)) * HOUR, ctx.new_model, 1),
    ]
    per: list[list[tuple[float, str, str]]] = [[] for _ in keys]
    for start, model, samples in runs:
        t = start
        for item in bank:
            for _ in range(samples):
                k = int(rng.integers(len(keys)))
                per[k].append((t, item, model))
                t += float(rng.exponential(0.9))
    for acct, rows in zip(keys, per, strict=True):
        rows.sort(key=lambda r: r[0])
        ts = np.asarray([r[0] for r in rows])
        ctx.emit(
            rng,
            acct,
            ts,
            [r[1] for r in rows],
            models=[r[2] for r in rows],
            comp_median=620.0,
            err=0.03,
        )


# ============================================================================================
# solder: a labelling vendor whose annotators use the model as a pre-labeller


def solder(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "solder"
    tz = pick(rng, (5, 8, -3, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    project = pick(rng, ("PRJ-HELIX", "ACME-RLHF-7", "NORTHSTAR-PREF", "Q1-SAFETY-AUDIT"))
    version = irange(rng, 3, 12)
    for _ in range(irange(rng, 18, 30)):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else "python-requests/2.32.3"
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="annotator",
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        sess = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(4, 9)), bb.workday(tz), 5.0, 100.0, 0.7
        )
        ts = _sorted(sess)
        prompts = [
            texts.annotation_prompt(rng, ctx.chat, ctx.passages, project, version)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.1),
            comp_median=160.0,
        )


# ============================================================================================
# roundel: a social platform's trust & safety pipeline rewriting flagged posts


def roundel(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "roundel"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)"
    regions = (("en", "es", "pt"), ("de", "en"), ("id", "ja", "en"))
    for i, langs in enumerate(regions):
        ips = bb.cloud(rng, irange(rng, 2, 3), "azure")
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role=f"moderation_pipeline_{i}",
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        rate = float(rng.uniform(8, 14))
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            rate * (ctx.t1 - ctx.t0) / HOUR,
            bb.global_load(float(rng.uniform(0, 24)), 0.5),
        )
        prompts = [texts.moderation_prompt(rng, ctx.chat, pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.05, p_mini=0.6),
            comp_median=200.0,
        )


# ============================================================================================
# lancet: an engineering team's coding agents (interactive) and CI bots


def lancet(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "lancet"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1, 2))
    ua_dev = pick(rng, ("aider/0.72.1 litellm/1.60.2", "litellm/1.60.2", "OpenAI/NodeJS 4.85.1"))
    for _ in range(irange(rng, 8, 12)):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="developer",
            org=org,
            pay=card,
            ua=ua_dev,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        rows: list[tuple[float, str, int]] = []
        for s in bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)) * 7, bb.workday(tz)
        ).tolist():
            t = s
            for step in range(irange(rng, 3, 25)):
                p, extra = texts.coding_agent_prompt(rng, min(step, 8))
                rows.append((t, p, extra))
                t += float(rng.lognormal(np.log(7.0), 0.7))
        ts = np.asarray([r[0] for r in rows])
        ctx.emit(
            rng,
            acct,
            ts,
            [r[1] for r in rows],
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.05),
            extra=np.asarray([r[2] for r in rows], dtype=np.int64) if rows else 0,
            comp_median=260.0,
            err=0.02,
        )
    ci_ips = bb.cloud(rng, 3, "aws")
    for _ in range(irange(rng, 1, 2)):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="ci_bot",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=ci_ips,
        )
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(25, 45)) * 7, bb.workday(tz, weekend=0.2)
        )
        rows = []
        for s in starts.tolist():
            t = s
            for step in range(irange(rng, 2, 8)):
                p, extra = texts.coding_agent_prompt(rng, step)
                rows.append((t, p, extra))
                t += float(rng.lognormal(np.log(3.0), 0.5))
        ts = np.asarray([r[0] for r in rows])
        ctx.emit(
            rng,
            acct,
            ts,
            [r[1] for r in rows],
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.3),
            extra=np.asarray([r[2] for r in rows], dtype=np.int64) if rows else 0,
            comp_median=220.0,
        )


# ============================================================================================
# mullion: an enterprise data-augmentation job for an intent classifier


def mullion(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "mullion"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    ips = bb.cloud(rng, 1, "aws")
    for role in ("augment_nightly", "augment_adhoc"):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role=role,
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
        )
        if role == "augment_nightly":
            starts = [
                ctx.t0 + d * bb.DAY + (2.0 - tz) * HOUR + float(rng.uniform(0, 600))
                for d in range(8)
            ]
            ts = _sorted(bb.bursts(rng, np.asarray(starts), float(rng.uniform(180, 320)), 2.5, 0.4))
        else:
            ts = _sorted(bb.session_times(rng, ctx.t0, ctx.t1, 1.5, bb.workday(tz), 25.0, 6.0, 0.5))
        prompts = [texts.augmentation_prompt(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.4),
            comp_median=420.0,
        )


# ============================================================================================
# quatrefoil: a companion / role-play app's backend, multi-turn context in every request


def quatrefoil(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "quatrefoil"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 3, 5), "gcp")
    ua = "OpenAI/NodeJS 4.85.1"
    peak = float(rng.uniform(18, 23))
    for role, rate in (
        ("chat_backend", float(rng.uniform(22, 32))),
        ("chat_backend_eu", float(rng.uniform(6, 10))),
        ("memory_summariser", float(rng.uniform(2, 4))),
    ):
        acct = ctx.account(
            rng, label=LABEL, family=name, role=role, org=org, pay=card, ua=ua, ips=ips
        )
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(peak, 0.55)
        )
        if role == "memory_summariser":
            prompts = [
                "Summarise what you learned about the user in this chat as 5 short memory facts:\n"
                + texts.paragraph(rng, ctx.passages, 300, 900)
                for _ in range(len(ts))
            ]
            extra = 0
        else:
            pairs = [texts.companion_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
            prompts = [p for p, _ in pairs]
            extra = np.asarray([e for _, e in pairs], dtype=np.int64) if pairs else 0
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.55),
            comp_median=180.0,
            extra=extra,
        )


# ============================================================================================
# glazier: a translation agency's freelancers translating client documents


def glazier(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "glazier"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    clients = [str(x) for x in rng.choice(texts.BRANDS, size=4, replace=False).tolist()]
    job = irange(rng, 20000, 40000)
    for _ in range(irange(rng, 8, 12)):
        tz = pick(rng, (0, 1, 2, -3, 9))
        tgts = [
            str(x)
            for x in rng.choice(list(texts.LOCALES), size=irange(rng, 1, 2), replace=False).tolist()
        ]
        ua = (
            pick(rng, bb.BROWSERS)
            if chance(rng, 0.5)
            else pick(rng, ("OpenAI/Python 1.58.1", "PostmanRuntime/7.43.0"))
        )
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="translator",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(4, 8)),
            bb.workday(tz, 9.0, 18.5, 0.1),
            float(rng.uniform(5, 10)),
            45.0,
        )
        ts = _sorted(sess)
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.05):
                job += 1
            prompts.append(
                texts.agency_translation_prompt(
                    rng, ctx.passages, pick(rng, clients), job, pick(rng, tgts)
                )
            )
        comp = np.asarray([len(p) / 3.0 for p in prompts]) if prompts else 300.0
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.15),
            comp_median=comp,
            comp_sigma=0.3,
        )


# ============================================================================================
# oculus: a university course cohort, onboarded together, homework spike before a deadline


def oculus(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "oculus"
    tz = pick(rng, (1, 0, -5, 9))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = bb.home(rng, irange(rng, 1, 2), tz)
    course = pick(rng, tuple(texts.COURSE))
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * bb.DAY
    for _ in range(irange(rng, 28, 40)):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else pick(rng, bb.MOBILE[:3])
        home_ip = bb.home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="student",
            org=org,
            pay=card,
            ua=ua,
            ips=campus + home_ip,
            tz=tz,
        )
        base = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.0)), bb.evening_person(tz), 4.0, 80.0
        )
        cram = bb.session_times(
            rng,
            deadline - 30 * HOUR,
            deadline,
            float(rng.uniform(1.0, 3.0)),
            bb.constant,
            6.0,
            60.0,
        )
        ts = _sorted(base + cram)
        lh = bb.local_hour(ts, tz)
        ips = [campus[0] if (9 <= h < 17 and chance(rng, 0.8)) else home_ip[0] for h in lh.tolist()]
        prompts = [texts.student_prompt(rng, course, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.2),
            ips=ips,
            comp_median=450.0,
        )


# ============================================================================================
# muffle: an academic study replaying a public prompt set on old and new models, several samples


def muffle(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "muffle"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1))
    ua = "python-httpx/0.28.1"
    prompts_set = [
        ctx.chat[i]
        for i in rng.choice(len(ctx.chat), size=irange(rng, 150, 260), replace=False).tolist()
    ]
    for role in ("grad_student_a", "grad_student_b"):
        ips = bb.home(rng, 1, tz) + bb.cloud(rng, 1, "aws")
        acct = ctx.account(
            rng, label=LABEL, family=name, role=role, org=org, pay=card, ua=ua, ips=ips, tz=tz
        )
        rows: list[tuple[float, str, str, str]] = []
        sub = (
            prompts_set[: len(prompts_set) // 2]
            if role.endswith("a")
            else prompts_set[len(prompts_set) // 2 :]
        )
        plan = [
            (ctx.release - float(rng.uniform(20, 60)) * HOUR, ctx.old_models[0]),
            (ctx.release + float(rng.uniform(20, 50)) * HOUR, ctx.new_model),
            (ctx.release + float(rng.uniform(24, 60)) * HOUR, ctx.old_models[0]),
        ]
        for start, model in plan:
            t = start
            for p in sub:
                for _ in range(3):
                    rows.append((t, p, model, ips[1]))
                    t += float(rng.lognormal(np.log(2.5), 0.6))
        # a few interactive checks from the office
        for s in bb.thinned(rng, ctx.t0, ctx.t1, 15.0, bb.workday(tz)).tolist():
            rows.append(
                (
                    s,
                    pick(rng, prompts_set),
                    ctx.new_model if s > ctx.release else ctx.old_models[0],
                    ips[0],
                )
            )
        rows.sort(key=lambda r: r[0])
        ts = np.asarray([r[0] for r in rows])
        ctx.emit(
            rng,
            acct,
            ts,
            [r[1] for r in rows],
            models=[r[2] for r in rows],
            ips=[r[3] for r in rows],
            comp_median=360.0,
            err=0.02,
        )


# ============================================================================================
# vitreous: a marketing agency reselling access to its clients through one proxy


def vitreous(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "vitreous"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    proxy_ips = bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("digitalocean", "hetzner")))
    ua = "axios/1.7.9"
    for _ in range(irange(rng, 15, 24)):
        tz = pick(rng, bb.TZS)
        brand = pick(rng, texts.BRANDS)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="client_subaccount",
            org=org,
            pay=card,
            ua=ua,
            ips=proxy_ips,
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.8, 3.0)),
            bb.workday(tz),
            float(rng.uniform(3, 9)),
            float(rng.uniform(30, 120)),
        )
        ts = _sorted(sess)
        switch = ctx.release + float(rng.uniform(0, 60)) * HOUR
        p_new = float(rng.uniform(0.0, 0.9))
        models = [
            m if (m != ctx.new_model or t >= switch) else ctx.old_models[0]
            for m, t in zip(ctx.models(rng, ts, p_new=p_new, p_mini=0.2), ts.tolist(), strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.agency_prompt(rng, ctx.chat, brand) for _ in range(len(ts))],
            models=models,
            comp_median=330.0,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "lead_came": lead_came,
    "solder": solder,
    "roundel": roundel,
    "lancet": lancet,
    "mullion": mullion,
    "quatrefoil": quatrefoil,
    "glazier": glazier,
    "oculus": oculus,
    "muffle": muffle,
    "vitreous": vitreous,
}

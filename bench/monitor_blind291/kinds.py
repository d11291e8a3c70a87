"""Benign hard-negative kinds of blind batch 291 (code names from tin-glazed pottery).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Every draw comes from the kind's own generator, in an order
that does not depend on the process (no set walks, no `hash()`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
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
    local_hour,
    nightly,
    pick,
    rented_block,
    resi,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind291 import texts as tx


def _accounts(
    ctx: Ctx,
    rng: np.random.Generator,
    kind: str,
    n: int,
    role: str,
    *,
    org: str | None = None,
    pay: str | None = None,
    ua: Callable[[int], str] | str = "",
    ips: Callable[[int], list[str]] | None = None,
    tz: Callable[[int], int] | int = 0,
) -> list[Acct]:
    return [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role=role,
            org=org,
            pay=pay,
            ua=ua(i) if callable(ua) else ua,
            ips=ips(i) if ips else None,
            tz=tz(i) if callable(tz) else tz,
        )
        for i in range(n)
    ]


def _emit_sorted(
    ctx: Ctx,
    rng: np.random.Generator,
    acct: Acct,
    ts: Sequence[float],
    prompts: Sequence[str],
    *,
    models: Sequence[str],
    comp: Sequence[float],
    extra: Sequence[int] | int = 0,
    ips: Sequence[str] | None = None,
    comp_sigma: float = 0.5,
    err: float = 0.01,
) -> None:
    arr = np.asarray(ts, dtype=np.float64)
    order = np.argsort(arr, kind="stable").tolist()
    ex = np.asarray(extra, dtype=np.int64)
    ctx.emit(
        rng,
        acct,
        arr[order],
        [prompts[i] for i in order],
        models=[models[i] for i in order],
        comp_median=np.asarray(comp, dtype=np.float64)[order],
        comp_sigma=comp_sigma,
        extra=ex[order] if ex.ndim else int(ex),
        ips=[ips[i] for i in order] if ips is not None else None,
        err=err,
    )


# --------------------------------------------------------------------------------------------
# an evaluation lab: fixed benchmark suites, nightly regressions, a full sweep at the release


def albarello(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "albarello"
    n = irange(rng, 3, 6)
    tz = pick(rng, (-8, -5, 0, 1))
    nat = cloud(rng, 2, pick(rng, ("gcp", "aws")))
    accts = _accounts(
        ctx,
        rng,
        kind,
        n,
        "eval_runner",
        org=hexid(rng, "org"),
        pay=hexid(rng, "pay"),
        ua=pick(rng, ("OpenAI/Python 1.58.1", "litellm/1.60.2")),
        ips=lambda i: list(nat),
        tz=tz,
    )
    suites = {
        "mathcot": irange(rng, 200, 400),
        "mcq": irange(rng, 300, 500),
        "code": irange(rng, 120, 200),
        "safety": irange(rng, 80, 150),
    }
    comp = {"mathcot": 420.0, "mcq": 3.0, "code": 260.0, "safety": 220.0}
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    names = sorted(suites)
    per: list[tuple[list, list, list, list]] = [([], [], [], []) for _ in range(n)]

    def run(t: float, suite: str, model: str, items: list[int], k: int) -> None:
        gaps = rng.lognormal(np.log(0.35), 0.5, size=len(items))
        for tt, it in zip((t + np.cumsum(gaps)).tolist(), items, strict=True):
            per[k][0].append(tt)
            per[k][1].append(tx.eval_item(rng, it, suite))
            per[k][2].append(model)
            per[k][3].append(comp[suite])

    # nightly regression: a sample of each suite on the old models
    for d in range(8):
        t = ctx.t0 + d * DAY + (2 - tz) % 24 * HOUR + float(rng.uniform(0, 1800))
        for suite in names:
            items = sorted(int(x) for x in rng.choice(suites[suite], size=60, replace=False))
            run(t, suite, pick(rng, (old, mini)), items, int(rng.integers(n)))
            t += float(rng.uniform(300, 900))
    # the release: every suite in full on the new model and the old flagship, within hours
    t = ctx.release + float(rng.uniform(0.3, 3.0)) * HOUR
    for model in (new, old):
        for suite in names:
            run(t, suite, model, list(range(suites[suite])), int(rng.integers(n)))
            t += float(rng.uniform(200, 1200))
    # researchers poking at items by hand
    for k in range(n):
        ts = thinned(rng, ctx.t0, ctx.t1, 7 * float(rng.uniform(5, 25)), workday(tz))
        for tt in ts.tolist():
            suite = pick(rng, names)
            per[k][0].append(tt)
            per[k][1].append(tx.eval_item(rng, irange(rng, 0, suites[suite] - 1), suite))
            per[k][2].append(new if tt >= ctx.release and chance(rng, 0.7) else old)
            per[k][3].append(comp[suite])
    for acct, (ts, pr, md, cm) in zip(accts, per, strict=True):
        _emit_sorted(ctx, rng, acct, ts, pr, models=md, comp=cm, comp_sigma=0.4, err=0.02)


# --------------------------------------------------------------------------------------------
# a labelling vendor's QA pre-annotation tool, office hours on office broadband


def tulipiere(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tulipiere"
    tz = pick(rng, (5, 8))
    office = resi(rng, irange(rng, 1, 2), "in" if tz == 5 else "sea")
    n = irange(rng, 6, 12)
    vendor = pick(rng, ("LabelForge", "Annotia", "TrueMark Data", "CrowdLedger"))
    accts = _accounts(
        ctx,
        rng,
        kind,
        n,
        "team_lead",
        org=hexid(rng, "org"),
        pay=hexid(rng, "pay"),
        ua="python-requests/2.32.3",
        ips=lambda i: list(office),
        tz=tz,
    )
    for acct in accts:
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            5 * 8 * float(rng.uniform(8, 25)),
            workday(tz, 9.5, 18.5, weekend=0.0),
        )
        prompts = [
            tx.annotation_prompt(rng, vendor, ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.6),
            comp_median=70.0,
            comp_sigma=0.4,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# a trust-and-safety vendor rewriting flagged comments, around the clock


def crespina(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "crespina"
    nat = cloud(rng, 2, "azure")
    accts = _accounts(
        ctx,
        rng,
        kind,
        2,
        "moderation_queue",
        org=hexid(rng, "org"),
        pay=hexid(rng, "pay"),
        ua="semantic-kernel-dotnet/1.36.0",
        ips=lambda i: list(nat),
    )
    langs = list(tx.MOD_LANGS)
    w = rng.dirichlet(np.full(len(langs), 2.0))
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(3500, 6500)),
        global_load(float(rng.uniform(14, 22)), 0.5),
    )
    key = (rng.random(len(ts)) < 0.2).astype(int)
    prompts = [
        tx.moderation_prompt(rng, langs[int(rng.choice(len(langs), p=w))], ctx.chat)
        for _ in range(len(ts))
    ]
    models = ctx.models(rng, ts, p_new=0.2, p_mini=0.1)
    for k, acct in enumerate(accts):
        sel = np.flatnonzero(key == k).tolist()
        ctx.emit(
            rng,
            acct,
            ts[sel],
            [prompts[i] for i in sel],
            models=[models[i] for i in sel],
            comp_median=90.0,
            comp_sigma=0.5,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# developers using a bring-your-own-key coding agent: tool loops with growing context


def compendiario(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "compendiario"
    n = irange(rng, 20, 35)
    tz_of = [pick(rng, (-8, -5, 0, 1, 2, 5, 9)) for _ in range(n)]
    agent_ua = pick(
        rng,
        (
            "driftcode-cli/0.14.2 (node/20.11; darwin arm64)",
            "driftcode-cli/0.14.2 (node/20.11; linux x64)",
        ),
    )
    accts = _accounts(
        ctx,
        rng,
        kind,
        n,
        "developer",
        ua=agent_ua,
        ips=lambda i: home(rng, irange(rng, 1, 2), tz_of[i]),
        tz=lambda i: tz_of[i],
    )
    for acct in accts:
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 5.0)),
            workday(acct.tz, 9.0, 19.0),
            float(rng.uniform(6, 18)),
            float(rng.uniform(4, 10)),
            0.7,
        )
        ts, pr, ex = [], [], []
        for st in sess:
            task = tx.code_task(rng) if chance(rng, 0.7) else tx.chat_line(rng, ctx.chat, 300)
            ctx_tok = irange(rng, 1500, 6000)
            for j, t in enumerate(st.tolist()):
                ts.append(t)
                pr.append(tx.coding_agent_step(rng, task, j))
                ex.append(ctx_tok)
                ctx_tok = min(120_000, ctx_tok + irange(rng, 300, 2500))
        arr = np.asarray(ts)
        models = ctx.models(rng, arr, p_new=0.7, p_mini=0.05)
        _emit_sorted(
            ctx, rng, acct, ts, pr, models=models, comp=[320.0] * len(ts), extra=ex, comp_sigma=0.7
        )


# --------------------------------------------------------------------------------------------
# a bank's data team augmenting intent-classifier training data


def kwaart(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kwaart"
    tz = pick(rng, (0, 1, 2))
    hosts = cloud(rng, irange(rng, 1, 2), "azure")
    accts = _accounts(
        ctx,
        rng,
        kind,
        irange(rng, 1, 2),
        "data_team",
        org=hexid(rng, "org"),
        pay=hexid(rng, "pay"),
        ua="python-httpx/0.28.1",
        ips=lambda i: list(hosts),
        tz=tz,
    )
    langs = ["en", "de", "fr"]
    starts = np.concatenate(
        [
            thinned(rng, ctx.t0, ctx.t1, 5 * float(rng.uniform(2, 5)), workday(tz, weekend=0.0)),
            thinned(rng, ctx.t0, ctx.t1, 7.0, nightly(1.0, 1.0, tz)),
        ]
    )
    trains = bursts(rng, np.sort(starts), float(rng.uniform(80, 200)), 1.2, b=ctx.t1)
    for j, tr in enumerate(trains):
        acct = accts[j % len(accts)]
        lang = pick(rng, langs)
        prompts = [tx.augment_prompt(rng, lang) for _ in range(len(tr))]
        ctx.emit(
            rng,
            acct,
            tr,
            prompts,
            models=ctx.models(rng, tr, p_new=0.3, p_mini=0.5),
            comp_median=380.0,
            comp_sigma=0.4,
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# a companion / role-play app: its regional backends carry thousands of people's chats


def smalto(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "smalto"
    regions = [("aws", (-8, -5)), ("gcp", (0, 1, 2)), ("aws", (8, 9))]
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = [cloud(rng, 2, p) for p, _ in regions]
    accts = _accounts(
        ctx,
        rng,
        kind,
        len(regions),
        "app_backend",
        org=org,
        pay=pay,
        ua="OpenAI/Python 1.54.0",
        ips=lambda i: ips[i],
    )
    for k, acct in enumerate(accts):
        ts, pr, ex = [], [], []
        for _ in range(irange(rng, 40, 80)):  # end users of this region
            tz = pick(rng, regions[k][1])
            for st in session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.2, 0.8)),
                evening_person(tz, 2.8),
                float(rng.uniform(8, 20)),
                25.0,
                0.8,
            ):
                card = irange(rng, 500, 1500)
                for j, t in enumerate(st.tolist()):
                    ts.append(t)
                    pr.append(tx.companion_line(rng, ctx.chat))
                    ex.append(min(8000, card + 90 * j))
        models = ctx.models(rng, np.asarray(ts), p_new=0.3, p_mini=0.45)
        _emit_sorted(
            ctx, rng, acct, ts, pr, models=models, comp=[130.0] * len(ts), extra=ex, comp_sigma=0.6
        )


# --------------------------------------------------------------------------------------------
# a translation agency: freelancers' CAT-tool plugin, each on a fixed language pair


def puzzle_jug(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "puzzle_jug"
    n = irange(rng, 6, 10)
    pairs = (
        "en-GB>de-DE",
        "en-GB>fr-FR",
        "en-US>es-ES",
        "en-US>pt-BR",
        "en-GB>it-IT",
        "en-GB>pl-PL",
        "en-US>ja-JP",
        "en-GB>nl-NL",
        "de-DE>en-GB",
        "en-US>ko-KR",
    )
    tz_of = [pick(rng, (0, 1, 2)) for _ in range(n)]
    accts = _accounts(
        ctx,
        rng,
        kind,
        n,
        "translator",
        org=hexid(rng, "org"),
        pay=hexid(rng, "pay"),
        ua="cat-connector/3.4.1 (Windows NT 10.0; Win64)",
        ips=lambda i: home(rng, 1, tz_of[i]),
        tz=lambda i: tz_of[i],
    )
    clients = (
        "Nordwind Logistics",
        "Helio Pharma",
        "Cassa Retail",
        "Brightwell Games",
        "Ostara Bank",
    )
    for acct in accts:
        pair = pick(rng, pairs)
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.0, 2.5)),
            workday(acct.tz, weekend=0.1),
            float(rng.uniform(30, 90)),
            float(rng.uniform(25, 70)),
            0.6,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        client = pick(rng, clients)
        prompts = [tx.cat_segment(rng, client, pair, ctx.passages) for _ in range(len(ts))]
        comp = [len(p) / 4 * 0.9 for p in prompts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.2),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
        )


# --------------------------------------------------------------------------------------------
# a university course cohort: the same labs, campus lab sessions and homework evenings


def petit_feu(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "petit_feu"
    tz = pick(rng, (0, 1, -5))
    n = irange(rng, 30, 60)
    campus = resi(rng, irange(rng, 2, 3), "eu" if tz >= 0 else "us")
    course = pick(rng, ("CS1010", "INF-102", "COMP 1531", "DS 200"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    homes = [home(rng, 1, tz)[0] for _ in range(n)]
    accts = _accounts(
        ctx,
        rng,
        kind,
        n,
        "student",
        org=org,
        pay=pay,
        ua=lambda i: pick(rng, ("OpenAI/Python 1.54.0",) + BROWSERS[:3]),
        ips=lambda i: list(campus) + [homes[i]],
        tz=tz,
    )
    lab_days = (1, 3)  # Tuesday, Thursday

    def lab(ts: np.ndarray) -> np.ndarray:
        h = local_hour(ts, tz)
        return (np.isin(weekday(ts, tz), lab_days) & (h >= 14.0) & (h < 16.0)).astype(np.float64)

    for acct in accts:
        t_lab = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 20)), lab)
        t_home = np.concatenate(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.3, 1.0)),
                evening_person(tz),
                float(rng.uniform(3, 8)),
                90.0,
            )
            or [np.empty(0)]
        )
        ts = np.concatenate([t_lab, t_home])
        ipl = [pick(rng, campus) for _ in range(len(t_lab))] + [acct.ips[-1]] * len(t_home)
        week = ((ts - ctx.t0) // (3.5 * DAY)).astype(int)
        pr = [tx.course_prompt(rng, course, 3 + int(w)) for w in week.tolist()]
        models = ctx.models(rng, ts, p_new=0.5, p_mini=0.1)
        _emit_sorted(
            ctx,
            rng,
            acct,
            ts.tolist(),
            pr,
            models=models,
            comp=[350.0] * len(ts),
            ips=ipl,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# a research study of sampling variance and calibration: fixed items, many samples each


def berettino(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "berettino"
    tz = pick(rng, (1, 2, -5))
    hosts = rented_block(rng, pick(rng, ("linode", "ovh", "scaleway")), 1, 2)
    accts = _accounts(
        ctx,
        rng,
        kind,
        2,
        "study",
        org=hexid(rng, "org"),
        pay=hexid(rng, "pay"),
        ua=pick(rng, ("aiohttp/3.11.11", "python-requests/2.32.3")),
        ips=lambda i: list(hosts),
        tz=tz,
    )
    studies = ("calibration", "consistency", "mathshort")
    items = {s: irange(rng, 80, 200) for s in studies}
    comp = {"calibration": 180.0, "consistency": 140.0, "mathshort": 40.0}
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    per: list[tuple[list, list, list, list]] = [([], [], [], []) for _ in range(2)]
    runs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 16)), workday(tz, weekend=0.0))
    for r in runs.tolist():
        study = pick(rng, studies)
        model = pick(rng, (old, mini) + ((new, new) if r >= ctx.release else ()))
        k = int(rng.integers(2))
        reps = pick(rng, (5, 10, 10, 20))
        t = r
        for it in sorted(
            int(x) for x in rng.choice(items[study], size=irange(rng, 15, 40), replace=False)
        ):
            p = tx.study_item(rng, it, study)
            for _ in range(reps):
                t += float(rng.lognormal(np.log(0.5), 0.4))
                per[k][0].append(t)
                per[k][1].append(p)
                per[k][2].append(model)
                per[k][3].append(comp[study])
    for acct, (ts, pr, md, cm) in zip(accts, per, strict=True):
        if ts:
            _emit_sorted(ctx, rng, acct, ts, pr, models=md, comp=cm, comp_sigma=0.35, err=0.015)


# --------------------------------------------------------------------------------------------
# a marketing agency's content SaaS: one key per client, all on the agency's card


def gallipot(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "gallipot"
    n = irange(rng, 12, 20)
    servers = cloud(rng, 2, "digitalocean")
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    client_tz = [pick(rng, (-8, -5, -3, 0, 1, 2)) for _ in range(n)]
    accts = _accounts(
        ctx,
        rng,
        kind,
        n,
        "client_key",
        org=org,
        pay=pay,
        ua="axios/1.7.9",
        ips=lambda i: list(servers),
        tz=lambda i: client_tz[i],
    )
    lang_of_tz = {
        -8: "English",
        -5: "English",
        -3: "Portuguese",
        0: "English",
        1: "German",
        2: "Polish",
    }
    first = (
        "Bright",
        "Harbor",
        "Maple",
        "Summit",
        "Cedar",
        "Lumen",
        "Atlas",
        "Willow",
        "Nova",
        "Pioneer",
    )
    for acct in accts:
        client = f"{pick(rng, first)} {pick(rng, ('Dental', 'Studio', 'Group', 'Co.', 'Partners', 'Works'))}"
        industry = pick(rng, tx.industries())
        lang = lang_of_tz[acct.tz] if chance(rng, 0.7) else "English"
        ts = thinned(rng, ctx.t0, ctx.t1, 5 * 8 * float(rng.uniform(1.5, 7.0)), workday(acct.tz))
        prompts = [tx.agency_prompt(rng, client, industry, lang) for _ in range(len(ts))]
        p_new = 0.6 if chance(rng, 0.5) else 0.0
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.1),
            comp_median=850.0,
            comp_sigma=0.5,
        )


BENIGN_KINDS: dict[str, Callable] = {
    "albarello": albarello,
    "tulipiere": tulipiere,
    "crespina": crespina,
    "compendiario": compendiario,
    "kwaart": kwaart,
    "smalto": smalto,
    "puzzle_jug": puzzle_jug,
    "petit_feu": petit_feu,
    "berettino": berettino,
    "gallipot": gallipot,
}

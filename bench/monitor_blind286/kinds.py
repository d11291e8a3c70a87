"""Benign hard-negative kinds of blind batch 286 (code names: pietra dura vocabulary).

Each kind is `f(ctx, rng)`: legitimate users whose traffic shares a visible trait with one of this
batch's campaign families (or with campaigns in general). Accounts are labelled "benign" with the
kind as their family. Every draw comes from the kind's own generator, in a fixed order.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    nightly,
    pick,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind286 import texts as tx

Rng = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.concatenate(parts) if parts else np.empty(0)


def _uf(rng: Rng, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _fixed_models(ts: np.ndarray, model: str) -> list[str]:
    return [model] * len(ts)


# --------------------------------------------------------------------------------------------


def commesso(ctx: Ctx, rng: Rng) -> None:
    """An evaluation lab benchmarking the new model on release day: fixed item banks (MCQ, maths with
    'reason step by step', code completion, instructions), n samples per item for pass@k, run
    back-to-back from cloud runners; old-model baselines before and after."""
    kind = "commesso"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, pick(rng, ("azure", "gcp")))
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval-runner",
            org=org,
            pay=card,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2")),
            ips=ips,
        )
        for _ in range(irange(rng, 3, 5))
    ]
    langs = ("en", "zh", "es", "de", "ru", "ja", "fr")
    banks = {
        "mcq": [tx.benchmark_prompt(rng, "mcq", i, "en") for i in range(irange(rng, 200, 320))],
        "math": [
            tx.benchmark_prompt(rng, "math", i, pick(rng, langs))
            for i in range(irange(rng, 120, 200))
        ],
        "code": [tx.benchmark_prompt(rng, "code", i, "en") for i in range(irange(rng, 80, 140))],
        "inst": [tx.benchmark_prompt(rng, "inst", i, "en") for i in range(irange(rng, 60, 100))],
    }
    comp = {"mcq": 4.0, "math": 450.0, "code": 180.0, "inst": 380.0}
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = []
    for _ in range(irange(rng, 2, 3)):
        runs.append((ctx.t0 + _uf(rng, 0.5, 3.5) * DAY, pick(rng, (old, mini))))
    for _ in range(irange(rng, 4, 7)):
        runs.append((ctx.release + _uf(rng, 2, 30) * HOUR, new))
    for _ in range(irange(rng, 2, 4)):
        runs.append((ctx.release + _uf(rng, 1.5, 2.8) * DAY, pick(rng, (old, new, new))))
    for start, model in runs:
        suite = pick(rng, ("mcq", "math", "math", "code", "inst"))
        samples = 1 if suite in ("mcq", "inst") else pick(rng, (1, 5))
        items = [p for p in banks[suite] for _ in range(samples)]
        ts = start + np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=len(items)))
        acct = keys[int(rng.integers(0, len(keys)))]
        ctx.emit(
            rng, acct, ts, items, models=_fixed_models(ts, model), comp_median=comp[suite], err=0.03
        )


def opificio(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor: annotators in two delivery centres use the model to double-check labels
    and rate responses (rubrics, pairwise), and a QA automation key grades overnight."""
    kind = "opificio"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    project = pick(rng, ("Project Heron", "Project Quill", "Project Basalt"))
    sites = {8: home(rng, 1, 8), 5: home(rng, 1, 5)}
    for _ in range(irange(rng, 14, 22)):
        tz = pick(rng, (8, 5))
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="annotator",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=sites[tz] + home(rng, 1, tz),
            tz=tz,
        )
        ts = _cat(
            session_times(rng, ctx.t0, ctx.t1, _uf(rng, 2, 5), workday(tz, 9.0, 18.0), 6.0, 75.0)
        )
        prompts = [
            tx.label_check_prompt(rng, ctx.chat, ctx.passages, project)
            if chance(rng, 0.55)
            else tx.judge_prompt(rng, pick(rng, ("pairwise", "rubric")), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.1),
            comp_median=260.0,
        )
    bot = ctx.account(
        rng,
        label="benign",
        family=kind,
        role="qa-automation",
        org=org,
        pay=card,
        ua="OpenAI/Python 1.54.0",
        ips=cloud(rng, 1, "aws"),
        tz=8,
    )
    nights = thinned(rng, ctx.t0, ctx.t1, 7 * 0.8, nightly(23.0, 3.0, 8))
    ts = _cat(bursts(rng, nights, _uf(rng, 100, 250), 1.5, b=ctx.t1))
    prompts = [
        tx.judge_prompt(rng, pick(rng, ("pairwise", "rubric", "reward")), ctx.chat, ctx.passages)
        for _ in range(len(ts))
    ]
    ctx.emit(
        rng,
        bot,
        ts,
        prompts,
        models=ctx.models(rng, ts, p_new=0.5, p_mini=0.05),
        comp_median=280.0,
        err=0.02,
    )


def lapis_lazuli(ctx: Ctx, rng: Rng) -> None:
    """A university course cohort: dozens of student keys created the same morning under the
    department's card, similar homework questions, campus and home addresses, deadline rushes."""
    kind = "lapis_lazuli"
    tz = pick(rng, (-5, 0, 1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    course = pick(rng, ("CS 101", "CS 241", "INF 120", "DAT 110"))
    campus = home(rng, 2, tz)
    created = ctx.t0 + _uf(rng, 0.4, 1.2) * DAY
    deadlines = (ctx.t0 + 3.99 * DAY - tz * HOUR, ctx.t0 + 6.99 * DAY - tz * HOUR)
    for _ in range(irange(rng, 40, 70)):
        ua = pick(rng, BROWSERS) if chance(rng, 0.75) else pick(rng, MOBILE[:3])
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=card,
            ua=ua,
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        start = created + _uf(rng, 0, 2) * HOUR
        base = session_times(rng, start, ctx.t1, _uf(rng, 0.3, 1.2), evening_person(tz), 5.0, 80.0)
        rush = []
        for d in deadlines:
            rush += session_times(
                rng,
                max(start, d - 30 * HOUR),
                d,
                _uf(rng, 1, 4),
                evening_person(tz, 3.0),
                6.0,
                70.0,
            )
        ts = np.sort(_cat(base + rush))
        prompts = [
            tx.homework_prompt(rng, course, 1 if t < deadlines[0] else 2, ctx.chat)
            for t in ts.tolist()
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.15),
            comp_median=380.0,
        )


def carnelian(ctx: Ctx, rng: Rng) -> None:
    """A social-science research study: persona vignettes × conditions, each asked three times
    to measure answer variance, in waves per language and per model, at a steady scripted rate."""
    kind = "carnelian"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="study-runner",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=cloud(rng, 1, "aws"),
        )
        for _ in range(irange(rng, 2, 3))
    ]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    waves = [
        (ctx.t0 + _uf(rng, 0.5, 2.5) * DAY, old, "en"),
        (ctx.t0 + _uf(rng, 1.0, 3.0) * DAY, mini, "en"),
        (ctx.release + _uf(rng, 0.3, 1.5) * DAY, new, pick(rng, ("en", "de", "es"))),
        (ctx.release + _uf(rng, 1.0, 2.5) * DAY, new, pick(rng, ("zh", "ar", "es"))),
    ]
    for start, model, lang in waves[: irange(rng, 3, 4)]:
        hours, rate = _uf(rng, 5, 14), _uf(rng, 60, 130)
        n_items = int(hours * rate / 3)
        gaps = rng.exponential(3600.0 / rate, size=n_items * 3)
        ts = start + np.cumsum(gaps)
        prompts = []
        for _ in range(n_items):
            p = tx.vignette_prompt(rng, lang, pick(rng, ("neutral", "prime", "anchor")))
            prompts += [p, p, p]
        ctx.emit(
            rng,
            keys[int(rng.integers(0, len(keys)))],
            ts,
            prompts,
            models=_fixed_models(ts, model),
            comp_median=40.0,
            comp_sigma=0.4,
        )


def chalcedony(ctx: Ctx, rng: Rng) -> None:
    """An AI agency reselling access: one org and one card, a key per client brand, all calls from
    the agency's cloud NAT; each client's volume and daily rhythm is its own."""
    kind = "chalcedony"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, 3, "aws")
    brands = (
        "Lumen Dental",
        "Fjord Outdoor",
        "Casa Verde",
        "Kiteworks Studio",
        "Northpeak Legal",
        "Bloom & Co",
        "Sahara Travel",
        "Pixel Forge",
        "Maple Tutors",
        "Urban Sprout",
        "Harbor Fitness",
        "Velvet Paws",
        "Quartz Realty",
        "Saffron Kitchen",
        "Nimbus Insurance",
        "Orbit Bikes",
        "Tidal Yoga",
        "Copper Lane",
        "Atlas Movers",
        "Juniper Books",
        "Cedar Clinic",
        "Polar Coffee",
        "Zenith Auto",
        "Lotus Spa",
        "Iron Oak Furniture",
        "Blue Finch Bakery",
        "Summit Accounting",
        "Coral Kids",
        "Beacon HR",
        "Echo Audio",
    )
    n = irange(rng, 15, 30)
    for i in range(n):
        brand = brands[i]
        tz = pick(rng, TZS)
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="client-key",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=nat,
            tz=tz,
        )
        per_day = float(np.clip(rng.lognormal(np.log(25), 0.9), 2, 300))
        curve = workday(tz) if chance(rng, 0.6) else global_load(_uf(rng, 0, 24), 0.5)
        ts = thinned(rng, ctx.t0 + _uf(rng, 0, 1) * DAY, ctx.t1, per_day * 7, curve)
        prompts = [
            tx.marketing_prompt(rng, brand)
            if chance(rng, 0.5)
            else tx.product_prompt(rng, ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.3),
            comp_median=220.0,
        )


def porphyry(ctx: Ctx, rng: Rng) -> None:
    """A data-augmentation team: nightly jobs that paraphrase and generate customer utterances per
    intent in several languages, for their own intent classifier."""
    kind = "porphyry"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    product = pick(rng, ("Bankly", "ShipRight", "Telvio", "Mediq"))
    tz = pick(rng, (1, 2, -5))
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="aug-job",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=cloud(rng, 1, "gcp"),
            tz=tz,
        )
        for _ in range(2)
    ]
    first = (
        np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    )  # local midnight before the window
    nights = [first + d * DAY + HOUR + _uf(rng, 0, 1800) for d in range(1, 8) if chance(rng, 0.85)]
    for night, s in enumerate(nights):
        lang = pick(rng, ("en", "es", "de", "fr", "pt", "id", "tr"))
        n = irange(rng, 120, 350)
        ts = s + np.cumsum(rng.lognormal(np.log(1.0), 0.5, size=n))
        prompts = [tx.augmentation_prompt(rng, lang, product) for _ in range(n)]
        ctx.emit(
            rng,
            keys[night % 2],
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.5),
            comp_median=180.0,
        )


def scagliola(ctx: Ctx, rng: Rng) -> None:
    """A software company's developers running coding agents in their IDEs: long tool loops a few
    seconds apart, huge contexts, office and home addresses, office hours."""
    kind = "scagliola"
    tz = pick(rng, (-8, -5, 1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    repo = pick(
        rng, ("~/src/payments-api", "~/work/webapp", "~/code/platform", "~/dev/mobile-backend")
    )
    for _ in range(irange(rng, 10, 16)):
        ua = pick(
            rng, ("Cline/3.4.1", "aider/0.74.2", "Continue/0.9.260 (vscode)", "Roo-Code/3.7.2")
        )
        own = home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            org=org,
            pay=card,
            ua=ua,
            ips=office + own,
            tz=tz,
        )
        loops = thinned(rng, ctx.t0, ctx.t1, 7 * _uf(rng, 2, 5), workday(tz))
        ts_l, pr_l, ex_l, ip_l = [], [], [], []
        for s in loops.tolist():
            steps = irange(rng, 6, 30)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.7, size=steps - 1))]
            )
            base, grow = irange(rng, 4000, 12000), irange(rng, 300, 900)
            ip = office[0] if chance(rng, 0.7) else own[0]
            for j in range(steps):
                ts_l.append(float(t[j]))
                pr_l.append(tx.coding_agent_prompt(rng, j, ctx.chat, repo))
                ex_l.append(base + j * grow)
                ip_l.append(ip)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.05),
            ips=ip_l or None,
            extra=np.asarray(ex_l, dtype=np.int64),
            comp_median=350.0,
        )


def parchin_kari(ctx: Ctx, rng: Rng) -> None:
    """A companion chat app's backend: two keys (iOS, Android), global 24-hour load, short last
    messages on top of long persona-and-history contexts."""
    kind = "parchin_kari"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    peak = _uf(rng, 0, 24)
    weights = (("en", 0.6), ("es", 0.1), ("pt", 0.1), ("ja", 0.1), ("id", 0.05), ("de", 0.05))
    w = np.asarray([x[1] for x in weights])
    for role, per_day in (
        ("ios-backend", _uf(rng, 500, 900)),
        ("android-backend", _uf(rng, 200, 400)),
    ):
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role=role,
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.85.1",
            ips=cloud(rng, 2, "aws"),
        )
        ts = thinned(rng, ctx.t0, ctx.t1, per_day * 7, global_load(peak, 0.7))
        langs = rng.choice(len(weights), size=len(ts), p=w / w.sum()).tolist()
        prompts = [tx.companion_message(rng, weights[i][0]) for i in langs]
        extra = rng.integers(1500, 6000, size=len(ts))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.15, p_mini=0.6),
            comp_median=90.0,
            comp_sigma=0.7,
            extra=extra,
        )


def paragone(ctx: Ctx, rng: Rng) -> None:
    """A translation agency: a CAT-tool connector pre-translates whole documents segment by segment
    into many languages, and translators ask for alternatives while post-editing."""
    kind = "paragone"
    tz = pick(rng, (1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    targets = ("de", "fr", "es", "it", "pl", "nl", "pt", "ja", "zh", "ko", "tr")
    srv = ctx.account(
        rng,
        label="benign",
        family=kind,
        role="cat-connector",
        org=org,
        pay=card,
        ua=pick(rng, ("memoQ/11.2 LLM-MT-plugin", "TradosStudio/2024 AIAssistant")),
        ips=cloud(rng, 1, "ovh"),
        tz=tz,
    )
    docs = thinned(rng, ctx.t0, ctx.t1, 7 * _uf(rng, 4, 8), workday(tz))
    ts_l, pr_l = [], []
    for s in docs.tolist():
        tgt = pick(rng, targets)
        job = f"J-{irange(rng, 10000, 99999)}"
        segs: list[str] = []
        need = irange(rng, 40, 200)
        while len(segs) < need:
            segs += tx.prose_sentences(pick(rng, ctx.passages))
        t = s + np.cumsum(rng.lognormal(np.log(1.2), 0.5, size=need))
        ts_l += t.tolist()
        pr_l += [tx.translation_prompt(rng, seg, "en", tgt, job) for seg in segs[:need]]
    ts = np.asarray(ts_l)
    ctx.emit(
        rng, srv, ts, pr_l, models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2), comp_median=60.0
    )
    for _ in range(irange(rng, 6, 10)):
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="translator",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        ts = _cat(session_times(rng, ctx.t0, ctx.t1, _uf(rng, 1.5, 3.5), workday(tz), 8.0, 40.0))
        tgt = pick(rng, targets)
        prompts = []
        for _ in range(len(ts)):
            ss = tx.prose_sentences(pick(rng, ctx.passages))
            prompts.append(
                tx.translation_prompt(
                    rng, ss[0] if ss else "Thank you for your order.", "en", tgt, "manual"
                )
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.1),
            comp_median=90.0,
        )


def archetto(ctx: Ctx, rng: Rng) -> None:
    """A platform's trust-and-safety team: moderators in two offices, all through the corporate
    VPN's hosting exits, rewriting and redacting user posts to policy; plus a queue worker."""
    kind = "archetto"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    vpn = cloud(rng, 3, pick(rng, ("m247", "leaseweb")))
    offices = ((1, ("de", "fr", "es", "en")), (8, ("id", "vi", "en")))
    for _ in range(irange(rng, 5, 9)):
        tz, langs = offices[int(rng.integers(0, 2))]
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderator",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS),
            ips=vpn,
            tz=tz,
        )
        ts = _cat(session_times(rng, ctx.t0, ctx.t1, _uf(rng, 3, 5), workday(tz), 6.0, 60.0))
        prompts = [
            tx.moderation_rewrite_prompt(rng, pick(rng, langs), ctx.chat) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.1),
            comp_median=180.0,
        )
    bot = ctx.account(
        rng,
        label="benign",
        family=kind,
        role="queue-worker",
        org=org,
        pay=card,
        ua="OpenAI/Python 1.54.0",
        ips=cloud(rng, 1, "gcp"),
    )
    ts = thinned(rng, ctx.t0, ctx.t1, 7 * _uf(rng, 150, 300), global_load(_uf(rng, 10, 16), 0.5))
    prompts = [
        tx.moderation_rewrite_prompt(rng, pick(rng, ("en", "de", "es", "id", "vi", "pt")), ctx.chat)
        for _ in range(len(ts))
    ]
    ctx.emit(
        rng, bot, ts, prompts, models=ctx.models(rng, ts, p_new=0.2, p_mini=0.3), comp_median=160.0
    )


BENIGN_KINDS = {
    "commesso": commesso,
    "opificio": opificio,
    "lapis_lazuli": lapis_lazuli,
    "carnelian": carnelian,
    "chalcedony": chalcedony,
    "porphyry": porphyry,
    "scagliola": scagliola,
    "parchin_kari": parchin_kari,
    "paragone": paragone,
    "archetto": archetto,
}

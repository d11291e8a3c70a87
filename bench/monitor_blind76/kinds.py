"""Hard-negative benign kinds of blind batch 76 (code names from archery): legitimate traffic that
looks like harvesting. Each is called once per seed with the shared context and its own generator.
See README.md (the card) for what each kind does.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind76 import texts as tx

Rng = np.random.Generator


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# clout: an enterprise model-evaluation team: release-day benchmark sweep with pass@k sampling,
# a pre-release baseline, and a nightly golden-set regression on both models


def clout(ctx: Ctx, rng: Rng) -> None:
    kind = "clout"
    n_acc = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1))
    nat = bb.cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "gcp")))
    accts = [ctx.account(rng, label="benign", family=kind, role="eval", org=org, pay=pay,
                         ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "OpenAI/Python 1.63.2")),
                         ips=nat, tz=tz) for _ in range(n_acc)]
    product = pick(rng, ("Helpdesk", "Ledgerly", "Tripwise", "Docsy", "Mediq"))
    golden = [tx.golden_prompt(rng, product) for _ in range(irange(rng, 120, 350))]
    fmts = ("mcq", "math", "code", "hard")
    fmt_w = rng.dirichlet([3, 2, 1.5, 1])

    def sweep(a: bb.Acct, start: float, n_items: int, rate: float, model: str) -> None:
        t_items = start + np.cumsum(rng.exponential(3600.0 / rate, size=n_items))
        ts_l, prompts, meds = [], [], []
        for t in t_items.tolist():
            fmt = fmts[int(rng.choice(4, p=fmt_w))]
            p = tx.eval_item(rng, fmt)
            k = 1 if fmt == "mcq" else pick(rng, (1, 1, 5, 5, 10))
            ts_l.append(t + rng.uniform(0, 3, size=k))
            prompts.extend([p] * k)
            meds.extend([8.0 if fmt == "mcq" else (500.0 if fmt != "code" else 220.0)] * k)
        ts = np.concatenate(ts_l)
        order = np.argsort(ts, kind="stable")
        ctx.emit(rng, a, ts[order], [prompts[i] for i in order.tolist()], models=model,
                 comp_median=np.asarray(meds)[order], comp_sigma=0.6, err=0.03)

    # pre-release baseline on the old flagship, during a workday
    base_day = ctx.t0 + irange(rng, 1, 2) * DAY + (10 - tz) * HOUR
    sweep(accts[0], base_day, irange(rng, 300, 900), float(rng.uniform(300, 900)), ctx.old_models[0])
    # release-day sweep, split over the team's keys
    start = ctx.release + float(rng.uniform(1, 8)) * HOUR
    total = irange(rng, 1200, 3500)
    for a in accts:
        sweep(a, start + float(rng.uniform(0, 2)) * HOUR, total // n_acc, float(rng.uniform(500, 1400)), ctx.new_model)
    # nightly regression: the same golden prompts every night, on both models once released
    reg = accts[-1]
    for d in range(8):
        night = ctx.t0 + d * DAY + (2 - tz) * HOUR + float(rng.uniform(0, 0.3)) * HOUR
        models = [ctx.old_models[0]] + ([ctx.new_model] if night >= ctx.release else [])
        for m in models:
            ts = night + np.cumsum(rng.exponential(float(rng.uniform(0.3, 1.2)), size=len(golden)))
            ctx.emit(rng, reg, ts, golden, models=m, comp_median=180.0, comp_sigma=0.5, err=0.01,
                     extra=irange(rng, 300, 700))
            night = float(ts[-1]) + 60.0


# --------------------------------------------------------------------------------------------
# fistmele: a data-labelling vendor pre-annotating customer data (incl. pairwise preferences)


def fistmele(ctx: Ctx, rng: Rng) -> None:
    kind = "fistmele"
    n_acc = irange(rng, 6, 12)
    org = hexid(rng, "org")
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    offices = picks(rng, (8, 3, -5, 5, 1), irange(rng, 2, 3))
    egress = bb.cloud(rng, 2, pick(rng, ("aws", "azure")))
    office_ips = {tz: bb.home(rng, 2, tz) for tz in offices}
    accts = []
    for _ in range(n_acc):
        tz = pick(rng, offices)
        project = f"{pick(rng, ('ORCA', 'LYNX', 'TERN', 'IBIS', 'KITE', 'MOTH'))}-{irange(rng, 100, 999)}"
        a = ctx.account(rng, label="benign", family=kind, role="pre-annotation", org=org, pay=pick(rng, pays),
                        ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "axios/1.7.9")),
                        ips=office_ips[tz] + egress, tz=tz)
        accts.append(a)
        tasks = picks(rng, tx.LABEL_TASKS, irange(rng, 1, 3))
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        per_hour = float(rng.uniform(8, 35))
        ts = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR * 0.3, bb.workday(tz, 8, 18))
        prompts = []
        for _ in range(len(ts)):
            src = pick(rng, ctx.passages) if chance(rng, 0.6) else pick(rng, ctx.chat)
            prompts.append(tx.labelling(rng, pick(rng, tasks), tx._snip(rng, src, 150, 900),
                                        tx._snip(rng, pick(rng, ctx.passages), 150, 700), project))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=float(rng.uniform(0.1, 0.4)), p_mini=0.5),
                 comp_median=float(rng.uniform(60, 220)), comp_sigma=0.5, err=0.01)


# --------------------------------------------------------------------------------------------
# bracer: students of a bring-your-own-key study browser extension, each with their own key


def bracer(ctx: Ctx, rng: Rng) -> None:
    kind = "bracer"
    n_acc = irange(rng, 40, 80)
    lang_of_tz = {-8: ("en", "es"), -5: ("en", "es"), -3: ("pt", "es"), 0: ("en",), 1: ("en", "es"),
                  2: ("en",), 3: ("en",), 5: ("hi", "en"), 8: ("zh", "id"), 9: ("en",)}
    for _ in range(n_acc):
        tz = pick(rng, bb.TZS)
        lang = pick(rng, lang_of_tz[tz])
        phone = chance(rng, 0.3)
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        if phone:
            ips += bb.mobile_v6(rng, irange(rng, 2, 6), pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
        a = ctx.account(rng, label="benign", family=kind, role="student", ua=pick(rng, bb.BROWSERS), ips=ips, tz=tz)
        sys_tokens = irange(rng, 120, 220)
        p_new = float(rng.uniform(0.3, 0.95))
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        for sess in bb.session_times(rng, start, ctx.t1, float(rng.uniform(0.3, 1.5)), bb.evening_person(tz, 2.8),
                                     float(rng.uniform(3, 8)), float(rng.uniform(40, 200))):
            prompts = [tx.homework(rng, lang) if chance(rng, 0.75) else pick(rng, ctx.chat) for _ in range(len(sess))]
            ctx.emit(rng, a, sess, prompts, models=ctx.models(rng, sess, p_new=p_new, p_mini=0.15),
                     comp_median=float(rng.uniform(500, 800)), comp_sigma=0.5, err=0.005, extra=sys_tokens)


# --------------------------------------------------------------------------------------------
# broadhead: a localisation vendor: interactive translation by day, bulk multi-language jobs by night


def broadhead(ctx: Ctx, rng: Rng) -> None:
    kind = "broadhead"
    n_acc = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("azure", "leaseweb")))
    p_new = float(rng.uniform(0.3, 0.6))
    for _ in range(n_acc):
        client = pick(rng, ("ShopNova", "Fintrio", "Medlane", "Gamebyte", "Travelo", "EduKit"))
        tgts = picks(rng, [k for k in sorted(tx.LANG_NAMES) if k != "en"], irange(rng, 6, 14))
        a = ctx.account(rng, label="benign", family=kind, role="localisation", org=org, pay=pay,
                        ua=pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "semantic-kernel-dotnet/1.36.0")),
                        ips=picks(rng, ips, 2), tz=tz)
        day = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 25)) * 7 * 24 * 0.3, bb.workday(tz))
        prompts, meds = [], []
        for _ in range(len(day)):
            src = tx._snip(rng, pick(rng, ctx.passages), 150, 1400)
            prompts.append(tx.localisation(rng, src, pick(rng, tgts), client))
            meds.append(max(40.0, len(src) / 4 * 1.3))
        ctx.emit(rng, a, day, prompts, models=ctx.models(rng, day, p_new=p_new, p_mini=0.1),
                 comp_median=np.asarray(meds), comp_sigma=0.3, err=0.01)
        # nightly bulk: a handful of documents, each into every target language
        for d in range(7):
            if bb.weekday(np.array([ctx.t0 + d * DAY]), tz)[0] >= 5 or chance(rng, 0.2):
                continue
            t = ctx.t0 + d * DAY + (22 - tz) * HOUR + float(rng.uniform(0, 2)) * HOUR
            docs = [tx._snip(rng, pick(rng, ctx.passages), 400, 1800) for _ in range(irange(rng, 6, 25))]
            ts_l, pr, md = [], [], []
            for doc in docs:
                for lang in tgts:
                    t += float(rng.lognormal(np.log(1.5), 0.5))
                    ts_l.append(t)
                    pr.append(tx.localisation(rng, doc, lang, client))
                    md.append(len(doc) / 4 * 1.3)
            ts = np.asarray(ts_l)
            ctx.emit(rng, a, ts, pr, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.0), comp_median=np.asarray(md),
                     comp_sigma=0.25, err=0.02, extra=irange(rng, 100, 300))


# --------------------------------------------------------------------------------------------
# popinjay: an LLM router / aggregator forwarding many end users' requests


def popinjay(ctx: Ctx, rng: Rng) -> None:
    kind = "popinjay"
    n_acc = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 3, 5), "aws") + bb.cloud(rng, irange(rng, 2, 4), "gcp")
    for _ in range(n_acc):
        a = ctx.account(rng, label="benign", family=kind, role="router", org=org, pay=pay,
                        ua=pick(rng, ("python-httpx/0.28.1", "reqwest/0.12.12", "OpenAI/NodeJS 4.85.1")),
                        ips=picks(rng, ips, irange(rng, 2, 4)))
        rate = float(rng.uniform(25, 70))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR,
                        bb.global_load(float(rng.uniform(12, 18)), 0.45))
        prompts = []
        for _ in range(len(ts)):
            u = rng.random()
            prompts.append(pick(rng, ctx.chat) if u < 0.84 else (tx.ide_first(rng) if u < 0.94 else tx.homework(rng, "en")))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=float(rng.uniform(0.4, 0.7)), p_mini=0.3),
                 comp_median=330.0, comp_sigma=0.8, err=0.02, extra=rng.integers(0, 1500, size=len(ts)))


# --------------------------------------------------------------------------------------------
# kisser: a company's developers using a coding agent in their IDE (bring-your-own-key, per developer)


def kisser(ctx: Ctx, rng: Rng) -> None:
    kind = "kisser"
    n_acc = irange(rng, 20, 40)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    hq = pick(rng, (-8, -5, 0, 1))
    egress = bb.cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "azure")))
    uas = ("vscode-agent/1.3.2 (VS Code 1.97.2; darwin)", "vscode-agent/1.3.2 (VS Code 1.97.2; win32)",
           "JetBrains-AI/2024.3.2 (IntelliJ IDEA)", "Cursor/0.46.8 OpenAI/NodeJS 4.85.1")
    for _ in range(n_acc):
        tz = hq if chance(rng, 0.75) else pick(rng, (5, 2, -3))
        remote = chance(rng, 0.4)
        a = ctx.account(rng, label="benign", family=kind, role="developer", org=org, pay=pay, ua=pick(rng, uas),
                        ips=(bb.home(rng, 1, tz) + egress[:1]) if remote else egress, tz=tz)
        per_day = float(rng.uniform(2, 9))
        ep_starts = bb.thinned(rng, ctx.t0, ctx.t1, per_day * 7, bb.workday(tz, 9, 18.5, weekend=0.05))
        ts_l, prompts, extra = [], [], []
        for t_ep in bb.bursts(rng, ep_starts, float(rng.uniform(4, 12)), float(rng.uniform(4, 20)), gap_sigma=0.8,
                              b=ctx.t1):
            base = irange(rng, 1500, 9000)
            for j in range(len(t_ep)):
                prompts.append(tx.ide_first(rng) if j == 0 else tx.ide_step(rng))
                extra.append(base + j * irange(rng, 100, 900))
            ts_l.append(t_ep)
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        order = np.argsort(ts, kind="stable")
        ctx.emit(rng, a, ts[order], [prompts[i] for i in order.tolist()],
                 models=ctx.models(rng, ts[order], p_new=float(rng.uniform(0.5, 0.9)), p_mini=0.1),
                 comp_median=float(rng.uniform(350, 900)), comp_sigma=0.7, err=0.01,
                 extra=np.asarray(extra, dtype=np.int64)[order])


BENIGN_KINDS = {
    "clout": clout,
    "fistmele": fistmele,
    "bracer": bracer,
    "broadhead": broadhead,
    "popinjay": popinjay,
    "kisser": kisser,
}

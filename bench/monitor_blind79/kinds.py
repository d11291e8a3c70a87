"""Hard-negative benign kinds of blind batch 79 (code names from cocktail bartending).

Each kind is `f(ctx, rng)`: legitimate traffic that shares a surface with harvesting (templated
reasoning prompts, judging, translation, agent loops, router fan-out, generated quizzes). Every
volume and mix is randomised per seed.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, TZS, chance, hexid, irange, pick
from bench.monitor_blind79 import texts as tx
from bench.monitor_blind79.families import concat, subset

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# muddler: university / lab evaluation sweeps (the same items across every model)


def muddler(ctx, rng: Rng) -> None:
    kind = "muddler"
    for _ in range(irange(rng, 2, 4)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("gcp", "aws", "azure"))
        runners = bb.cloud(rng, irange(rng, 2, 6), provider)
        ua = pick(rng, ("lm_eval/0.4.8 python-requests/2.32.3", "inspect_ai/0.3.72 python-httpx/0.28.1",
                        "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
        tz = pick(rng, TZS)
        people = [ctx.account(rng, label="benign", family=kind, role="researcher", org=org, pay=pay, ua=ua,
                              ips=runners + bb.home(rng, 1, tz), tz=tz) for _ in range(irange(rng, 2, 5))]
        harness, shots = pick(rng, tx.EVAL_HARNESSES), irange(rng, 2, 5)
        items = [tx.eval_item(rng, harness, tx.problem(rng), shots) for _ in range(irange(rng, 120, 450))]
        k_samples = 1 if chance(rng, 0.6) else irange(rng, 3, 5)
        gap = float(rng.uniform(0.2, 1.0))
        comp = float(rng.uniform(350, 800))
        runs: dict[int, list] = {i: [[], [], []] for i in range(len(people))}
        for _ in range(irange(rng, 2, 6)):
            if chance(rng, 0.3):
                s = float(rng.uniform(ctx.t0, ctx.release))
            else:
                s = ctx.release + float(rng.uniform(0, 1.5 if chance(rng, 0.6) else 2.9)) * DAY
            models = [ctx.old_models[0], ctx.old_models[-1]] + ([ctx.new_model] if s >= ctx.release else [])
            models = subset(rng, models, 1, len(models))
            who = int(rng.integers(len(people)))
            frac = float(rng.uniform(0.6, 1.0))
            for m in models:
                sel = [it for it in items if chance(rng, frac)]
                seq = [it for it in sel for _ in range(k_samples)]
                tt = s + np.cumsum(rng.lognormal(np.log(gap), 0.6, size=len(seq)))
                s = float(tt[-1]) + float(rng.uniform(1, 20)) * 60 if len(tt) else s
                runs[who][0].extend(tt.tolist())
                runs[who][1].extend(seq)
                runs[who][2].extend([m] * len(seq))
        for i, a in enumerate(people):
            ts, prompts, models = runs[i]
            chat_t = concat(bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 2.5)), bb.workday(tz),
                                             float(rng.uniform(2, 5)), float(rng.uniform(40, 150))))
            ts = ts + chat_t.tolist()
            prompts = prompts + [pick(rng, ctx.chat) for _ in range(len(chat_t))]
            models = models + ctx.models(rng, chat_t, p_new=0.5, p_mini=0.1)
            meds = [comp] * (len(ts) - len(chat_t)) + [350.0] * len(chat_t)
            order = np.argsort(np.asarray(ts), kind="stable")
            ctx.emit(rng, a, np.asarray(ts)[order], [prompts[j] for j in order], models=[models[j] for j in order],
                     comp_median=np.asarray(meds)[order] if len(meds) else 350.0, comp_sigma=0.5,
                     err=float(rng.uniform(0.005, 0.04)))


# --------------------------------------------------------------------------------------------
# jigger: product teams grading their own assistant with an LLM judge (nightly CI + ad hoc)


def jigger(ctx, rng: Rng) -> None:
    kind = "jigger"
    for _ in range(irange(rng, 3, 6)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        company = pick(rng, tx.COMPANIES)
        provider = pick(rng, ("aws", "azure", "gcp"))
        ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "langchain-openai/0.3.6",
                        "promptfoo/0.103.4 node/20.18.1"))
        tz = pick(rng, TZS)
        keys = [ctx.account(rng, label="benign", family=kind, role="eval", org=org, pay=pay, ua=ua,
                            ips=bb.cloud(rng, irange(rng, 1, 3), provider), tz=tz) for _ in range(irange(rng, 1, 3))]
        switch = ctx.release + float(rng.uniform(0, 2.0)) * DAY
        p_switch = float(rng.uniform(0.5, 1.0))
        comp = float(rng.uniform(90, 250))
        run_h = float(rng.uniform(1, 4))
        size_lo, size_hi = irange(rng, 60, 150), irange(rng, 160, 350)
        p_weekend = float(rng.uniform(0.0, 0.5))
        day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
        ci = keys[0]
        ts_all: dict[str, list[float]] = {k.id: [] for k in keys}
        for d in range(9):
            start = day0 + d * DAY + run_h * HOUR + float(rng.uniform(0, 0.4)) * HOUR
            if bb.weekday(np.asarray([start]), tz)[0] >= 5 and not chance(rng, p_weekend):
                continue
            k = irange(rng, size_lo, size_hi)
            ts_all[ci.id].extend((start + np.cumsum(rng.lognormal(np.log(0.9), 0.6, size=k))).tolist())
        for key in keys:
            adhoc = concat(bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 3)), bb.workday(tz),
                                            float(rng.uniform(5, 20)), float(rng.uniform(8, 40))))
            t = np.sort(np.asarray(ts_all[key.id] + adhoc.tolist()))
            prompts = [tx.product_judge_prompt(rng, company, pick(rng, ctx.passages), pick(rng, ctx.passages))
                       for _ in range(len(t))]
            use_new = (t >= switch) & (rng.random(len(t)) < p_switch)
            models = [ctx.new_model if u else ctx.old_models[0] for u in use_new.tolist()]
            ctx.emit(rng, key, t, prompts, models=models, comp_median=comp, comp_sigma=0.5,
                     err=float(rng.uniform(0.005, 0.03)))


# --------------------------------------------------------------------------------------------
# hawthorne: localisation companies translating product strings and help articles


def hawthorne(ctx, rng: Rng) -> None:
    kind = "hawthorne"
    for _ in range(irange(rng, 3, 5)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        company = pick(rng, tx.COMPANIES)
        provider = pick(rng, ("azure", "aws", "ovh", "gcp"))
        ua = pick(rng, bb.SDK_OTHER[:4] + ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "OpenAI/Python 1.54.0"))
        offices = subset(rng, TZS, 1, 3)
        keys = [ctx.account(rng, label="benign", family=kind, role="service", org=org, pay=pay, ua=ua,
                            ips=bb.cloud(rng, irange(rng, 1, 4), provider), tz=offices[0])
                for _ in range(irange(rng, 1, 4))]
        per_hour = float(rng.uniform(12, 45))
        p_new = float(rng.uniform(0.2, 0.6))
        ratio = float(rng.uniform(1.0, 1.4))
        for key, t in zip(keys, bb.worker_pool(rng, ctx.t0, ctx.t1, per_hour, len(keys), bb.multi_office(offices)),
                          strict=True):
            prompts = [tx.l10n_prompt(rng, pick(rng, ctx.passages), company) for _ in range(len(t))]
            meds = np.asarray([max(60.0, len(p) / 4.0 * ratio * 0.8) for p in prompts]) if prompts else 300.0
            ctx.emit(rng, key, t, prompts, models=ctx.models(rng, t, p_new=p_new, p_mini=0.25), comp_median=meds,
                     comp_sigma=0.3, err=float(rng.uniform(0.005, 0.02)))


# --------------------------------------------------------------------------------------------
# barspoon: developers' IDE coding agents (tool loops with big context)

IDE_UAS = ("vscode-copilot-chat/0.24.1 node/20.18.1", "cursor-agent/0.46.8", "continue/0.9.250 node/20.18.1",
           "zed/0.171.4", "cline/3.4.0 node/20.18.1", "jetbrains-ai/243.22562")


def barspoon(ctx, rng: Rng) -> None:
    kind = "barspoon"
    teams = []
    for _ in range(irange(rng, 3, 7)):
        tz = pick(rng, TZS)
        teams.append({"org": hexid(rng, "org"), "pay": hexid(rng, "pay"), "tz": tz, "office": bb.home(rng, 1, tz)})
    p_team = float(rng.uniform(0.4, 0.75))
    for _ in range(irange(rng, 22, 40)):
        team = pick(rng, teams) if chance(rng, p_team) else None
        tz = team["tz"] if team else pick(rng, TZS)
        ips = bb.home(rng, irange(rng, 1, 2), tz) + (team["office"] if team else [])
        a = ctx.account(rng, label="benign", family=kind, role="developer", org=team["org"] if team else None,
                        pay=team["pay"] if team else None, ua=pick(rng, IDE_UAS), ips=ips, tz=tz)
        curve = bb.workday(tz, start=float(rng.uniform(8, 10.5)), end=float(rng.uniform(17, 20.5)), weekend=0.15)
        sessions = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 5)), curve, float(rng.uniform(6, 20)),
                                    float(rng.uniform(3, 12)), gap_sigma=1.0)
        ctx_tokens = float(rng.uniform(1500, 9000))
        p_new = float(rng.uniform(0.5, 0.95))
        ts, prompts, extra = [], [], []
        for s in sessions:
            req = tx.ide_request(rng)
            for j, t in enumerate(s.tolist()):
                ts.append(t)
                prompts.append(tx.ide_prompt(rng, j, req))
                extra.append(int(ctx_tokens * (1 + 0.15 * j)))
        t = np.asarray(ts)
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new=p_new, p_mini=0.1),
                 comp_median=float(rng.uniform(150, 450)), comp_sigma=0.8,
                 extra=np.asarray(extra, dtype=np.int64) if extra else 0, err=float(rng.uniform(0.005, 0.03)))


# --------------------------------------------------------------------------------------------
# swizzle: a legitimate router/aggregator (many end users; compare mode fans out; retries)


def swizzle(ctx, rng: Rng) -> None:
    kind = "swizzle"
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("aws", "gcp", "digitalocean", "hetzner", "vultr"))
        block = bb.rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 4, 8))
        ua = pick(rng, ("litellm/1.60.2", "OpenAI/NodeJS 4.85.1", "Go-http-client/2.0"))
        curve = bb.global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.3, 0.6)))
        p_cmp, p_retry = float(rng.uniform(0.02, 0.06)), float(rng.uniform(0.01, 0.03))
        p_new, p_mini = float(rng.uniform(0.25, 0.5)), float(rng.uniform(0.1, 0.3))
        all_models = [ctx.old_models[0], ctx.old_models[-1], ctx.new_model]
        for _ in range(irange(rng, 2, 3)):
            a = ctx.account(rng, label="benign", family=kind, role="router", org=org, pay=pay, ua=ua, ips=block)
            base = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 45)) * (ctx.t1 - ctx.t0) / HOUR, curve)
            bm = ctx.models(rng, base, p_new=p_new, p_mini=p_mini)
            ts, prompts, models, status = [], [], [], []
            for t, m in zip(base.tolist(), bm, strict=True):
                p = pick(rng, ctx.chat)
                if chance(rng, p_cmp):
                    ms = [x for x in all_models if t >= ctx.release or x != ctx.new_model]
                    for j, x in enumerate(ms):
                        ts.append(t + j * float(rng.uniform(0.01, 0.3)))
                        prompts.append(p)
                        models.append(x)
                        status.append(200)
                    continue
                if chance(rng, p_retry):
                    ts.append(t)
                    prompts.append(p)
                    models.append(m)
                    status.append(429)
                    t = t + float(rng.lognormal(np.log(2.0), 0.6))
                ts.append(t)
                prompts.append(p)
                models.append(m)
                status.append(429 if chance(rng, 0.008) else 200)
            order = np.argsort(np.asarray(ts), kind="stable")
            ctx.emit(rng, a, np.asarray(ts)[order], [prompts[j] for j in order], models=[models[j] for j in order],
                     comp_median=350.0, comp_sigma=0.8, status=np.asarray(status)[order])


# --------------------------------------------------------------------------------------------
# orgeat: an edtech platform generating quizzes and lesson plans, plus student tutoring


def orgeat(ctx, rng: Rng) -> None:
    kind = "orgeat"
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("aws", "gcp", "azure"))
        ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.58.1", "axios/1.7.9"))
        p_quiz = float(rng.uniform(0.35, 0.55))
        comp_q = float(rng.uniform(600, 1000))
        p_new = float(rng.uniform(0.1, 0.4))
        for tz in subset(rng, TZS, 3, 6):
            a = ctx.account(rng, label="benign", family=kind, role="platform", org=org, pay=pay, ua=ua,
                            ips=bb.cloud(rng, irange(rng, 1, 3), provider), tz=tz)
            school = bb.workday(tz, start=7.5, end=15.5, weekend=0.05, night=0.01)
            evening = bb.evening_person(tz)

            def curve(t: np.ndarray, school=school, evening=evening) -> np.ndarray:
                return np.clip(school(t) + 0.4 * evening(t), 0, 1)

            t = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 20)) * (ctx.t1 - ctx.t0) / HOUR, curve)
            quiz = rng.random(len(t)) < p_quiz
            lang = "es" if tz == -3 else "en"
            prompts = [tx.quiz_prompt(rng, lang) if q else pick(rng, ctx.chat) for q in quiz.tolist()]
            ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new=p_new, p_mini=0.3),
                     comp_median=np.where(quiz, comp_q, 350.0), comp_sigma=0.5)


BENIGN_KINDS = {
    "muddler": muddler,
    "jigger": jigger,
    "hawthorne": hawthorne,
    "barspoon": barspoon,
    "swizzle": swizzle,
    "orgeat": orgeat,
}

"""Campaign families of blind batch 116 (code names: korfball words).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes its
events through `ctx.emit` and records itself with `ctx.campaign`. Everything (key counts, orgs,
cards, pacing, addresses, user agents, languages, model choice) is drawn from the family's own rng.
Four families (free_pass, running_in_shot, penalty_shot, defended_shot) are built to look like
legitimate use.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, chance, hexid, irange, pick, picks
from bench.monitor_blind116 import texts as tx


def _keys(ctx, rng, fam, camp, n, *, orgs, pays, uas, ips, tzs=None, role="worker") -> list:
    """n campaign accounts; org/pay/ua/ips/tz given per key (lists of length n)."""
    return [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role=role,
            campaign_id=camp,
            org=orgs[i],
            pay=pays[i],
            ua=uas[i],
            ips=ips[i],
            tz=(tzs[i] if tzs else 0),
        )
        for i in range(n)
    ]


def _share(rng, n_keys: int, n_items: int, prefix: str) -> list[str]:
    """n_items ids handed out to n_keys keys (round robin after a shuffle)."""
    items = [hexid(rng, prefix) for _ in range(n_items)]
    order = rng.permutation(n_keys).tolist()
    out = [""] * n_keys
    for j, i in enumerate(order):
        out[i] = items[j % n_items]
    return out


def _cat(parts) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion on rented hosting


def doorloopbal(ctx, rng, camp):
    fam = "doorloopbal"
    n = irange(rng, 8, 14)
    n_orgs = irange(rng, 2, 3)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 3), 4)
    orgs = _share(rng, n, n_orgs, "org")
    org_ids = sorted(set(orgs))
    pay_of = {o: hexid(rng, "pay") for o in org_ids}
    ua_of = {o: pick(rng, bb.SDK_OTHER) for o in org_ids}
    pays = [pay_of[o] for o in orgs]
    uas = [ua_of[o] for o in orgs]
    ips = [picks(rng, block, irange(rng, 1, 2)) for _ in range(n)]
    accts = _keys(ctx, rng, fam, camp, n, orgs=orgs, pays=pays, uas=uas, ips=ips)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    mid = max(start, ctx.release + float(rng.uniform(0, 3)) * HOUR)
    r1 = float(rng.uniform(25, 45))
    r2 = r1 * float(rng.uniform(1.4, 2.2))
    pre = bb.worker_pool(rng, start, mid, r1, n)
    post = bb.worker_pool(rng, mid, ctx.t1, r2, n)
    for a, s1, s2 in zip(accts, pre, post, strict=True):
        ts = _cat([s1, s2])
        prompts = [tx.reasoning_harvest(rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.96, 0.02),
            comp_median=1100.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, full chain of thought, JSON trace requests)",
            "pacing": f"Poisson worker pool, {r1:.0f}/h rising to {r2:.0f}/h after the release, around the clock",
            "ip_source": f"rented {provider} /24 blocks, 1-2 addresses per key",
            "payment": "one prepaid card per org",
            "orgs": n_orgs,
            "keys": n,
            "user_agent": "one SDK string per org",
            "languages": ["en", "zh", "ru"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading in nightly bursts


def strafworp(ctx, rng, camp):
    fam = "strafworp"
    n = irange(rng, 5, 9)
    provider = pick(rng, ("aws", "gcp"))
    nat = bb.cloud(rng, irange(rng, 3, 5), provider)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    accts = _keys(
        ctx, rng, fam, camp, n, orgs=[org] * n, pays=[pay] * n, uas=[ua] * n, ips=[nat] * n
    )
    tz = pick(rng, bb.TZS)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_night = float(rng.uniform(8, 16))
    starts = bb.thinned(
        rng, start, ctx.t1, per_night * (ctx.t1 - start) / DAY, bb.nightly(1.0, 5.0, tz)
    )
    trains = bb.bursts(
        rng, starts, float(rng.uniform(45, 80)), float(rng.uniform(0.8, 2.0)), b=ctx.t1
    )
    per_key: list[list[np.ndarray]] = [[] for _ in range(n)]
    for t in trains:
        who = rng.integers(0, n, size=len(t))
        for i in range(n):
            per_key[i].append(t[who == i])
    trickle = bb.worker_pool(rng, start, ctx.t1, float(rng.uniform(3, 8)), n)
    for i, a in enumerate(accts):
        ts = _cat([*per_key[i], trickle[i]])
        prompts = [
            tx.judge_harvest(
                rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.03),
            comp_median=220.0,
            comp_sigma=0.55,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading of public answers (pairwise, JSON rubric, scalar reward, critique-revise)",
            "pacing": f"nightly bursts (~{per_night:.0f} trains a night, 01-06 local UTC{tz:+d}) plus a daytime trickle",
            "ip_source": f"{len(nat)} {provider} NAT addresses shared by all keys",
            "payment": "one company card",
            "orgs": 1,
            "keys": n,
            "user_agent": ua,
            "languages": ["en", "de", "es"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# safety / censorship-compliant rewrites through residential proxies and stolen cards


def vrije_worp(ctx, rng, camp):
    fam = "vrije_worp"
    n = irange(rng, 18, 28)
    n_orgs = irange(rng, 3, 5)
    region = pick(rng, ("us", "eu", "sea", "latam", "*"))
    pool = bb.resi(rng, irange(rng, 150, 300), region)
    orgs = _share(rng, n, n_orgs, "org")
    pays = [hexid(rng, "pay") for _ in range(n)]
    uas = [pick(rng, bb.BROWSERS) for _ in range(n)]
    accts = _keys(ctx, rng, fam, camp, n, orgs=orgs, pays=pays, uas=uas, ips=[pool] * n)
    first = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    for a in accts:
        born = first + float(rng.uniform(0, 2.5)) * DAY
        life = float(rng.uniform(1.5, 4.0)) * DAY
        rate = float(rng.uniform(3, 7))
        ts = bb.thinned(rng, born, min(ctx.t1, born + life), rate * life / HOUR, bb.constant)
        prompts = [tx.policy_harvest(rng, pick(rng, ctx.passages)) for _ in range(len(ts))]
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(600, 1800)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.02),
            ips=ips if len(ts) else None,
            comp_median=420.0,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "safety-policy and censorship-compliant rewrites, refusal-style replies",
            "pacing": "each key steady Poisson 3-7/h, no daily rhythm, 1.5-4 day lifetimes staggered (keys burned and replaced)",
            "ip_source": f"residential proxy pool ({region}), sticky 10-30 min sessions",
            "payment": "a different stolen card per key",
            "orgs": n_orgs,
            "keys": n,
            "user_agent": "spoofed desktop browser strings",
            "languages": ["en", "zh", "ar", "ru"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use trajectories


def afstandsschot(ctx, rng, camp):
    fam = "afstandsschot"
    n = irange(rng, 4, 7)
    provider = pick(rng, ("gcp", "azure"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    uas = picks(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"), n)
    ips = [bb.cloud(rng, 2, provider) for _ in range(n)]
    accts = _keys(ctx, rng, fam, camp, n, orgs=[org] * n, pays=[pay] * n, uas=uas, ips=ips)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    ep_rate = float(rng.uniform(1.5, 3.0))
    steps = float(rng.uniform(5, 8))
    for a in accts:
        starts = bb.thinned(rng, start, ctx.t1, ep_rate * (ctx.t1 - start) / HOUR, bb.constant)
        ts = _cat(bb.bursts(rng, starts, steps, float(rng.uniform(3, 7)), 0.6, b=ctx.t1))
        prompts = [tx.agent_harvest(rng) for _ in range(len(ts))]
        extra = rng.integers(600, 2600, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.94, 0.03),
            comp_median=520.0,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories (ReAct, function-call continuations, plans, recovery)",
            "pacing": f"episodes ~{ep_rate:.1f}/h per key, ~{steps:.0f} steps each, seconds apart, around the clock",
            "ip_source": f"{provider}, 2 addresses per key",
            "payment": "one business card",
            "orgs": 1,
            "keys": n,
            "user_agent": "agent frameworks (langchain, litellm, dspy)",
            "languages": ["en", "de", "ja"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation via VPN exits


def omdraaibal(ctx, rng, camp):
    fam = "omdraaibal"
    n = irange(rng, 10, 16)
    provider = pick(rng, ("m247", "leaseweb", "ovh"))
    exits = bb.rented_block(rng, provider, irange(rng, 6, 10), 3)
    orgs = [hexid(rng, "org") for _ in range(n)]
    n_cards = irange(rng, 2, 3)
    pays = _share(rng, n, n_cards, "pay")
    uas = [
        pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "curl/8.5.0")) for _ in range(n)
    ]
    accts = _keys(ctx, rng, fam, camp, n, orgs=orgs, pays=pays, uas=uas, ips=[exits] * n)
    per_day = float(rng.uniform(2, 5))
    size = float(rng.uniform(25, 45))
    for a in accts:
        born = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        starts = bb.thinned(rng, born, ctx.t1, per_day * (ctx.t1 - born) / DAY, bb.constant)
        ts = _cat(bb.bursts(rng, starts, size, float(rng.uniform(1.5, 3.5)), b=ctx.t1))
        prompts = [tx.dataset_harvest(rng, pick(rng, ctx.chat)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.05),
            comp_median=1500.0,
            comp_sigma=0.45,
            err=0.06,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation (JSONL instruction sets, persona Q&A, conversations, evol-style rewrites, MCQ)",
            "pacing": f"script bursts, ~{per_day:.1f} a day per key of ~{size:.0f} requests",
            "ip_source": f"VPN exits on {provider} (every request a random exit)",
            "payment": f"{n_cards} prepaid cards shared across throwaway orgs",
            "orgs": n,
            "keys": n,
            "user_agent": "python-requests / httpx / curl",
            "languages": ["en", "es", "de", "ja", "pt", "id"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# translation fan-out (parallel corpus)


def korf(ctx, rng, camp):
    fam = "korf"
    n = irange(rng, 4, 6)
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    nat = bb.cloud(rng, irange(rng, 3, 4), provider)
    orgs = _share(rng, n, irange(rng, 1, 2), "org")
    pay = hexid(rng, "pay")
    ua = pick(rng, ("Go-http-client/2.0", "python-httpx/0.28.1"))
    accts = _keys(ctx, rng, fam, camp, n, orgs=orgs, pays=[pay] * n, uas=[ua] * n, ips=[nat] * n)
    langs = list(tx.TGT)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    jobs = bb.thinned(
        rng, start, ctx.t1, float(rng.uniform(3, 6)) * (ctx.t1 - start) / HOUR, bb.constant
    )
    fan = (irange(rng, 6, 9), irange(rng, 10, 13))
    styles = [int(s) for s in rng.integers(0, 5, size=n)]
    ev: list[list] = [[] for _ in range(n)]
    for t in jobs.tolist():
        text = tx.excerpt(rng, pick(rng, ctx.passages), 300, 1200)
        k = irange(rng, *fan)
        targets = [langs[j] for j in rng.permutation(len(langs))[:k].tolist()]
        times = t + np.cumsum(rng.lognormal(np.log(1.2), 0.5, size=k))
        for code, tt in zip(targets, times.tolist(), strict=True):
            i = int(rng.integers(n))
            ev[i].append((tt, tx.translation_harvest(rng, text, code, styles[i]), len(text)))
    for i, a in enumerate(accts):
        ev[i].sort()
        ts = np.array([e[0] for e in ev[i]])
        comp = np.array([max(40.0, e[2] / 3.2) for e in ev[i]])
        ctx.emit(
            rng,
            a,
            ts,
            [e[1] for e in ev[i]],
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=comp,
            comp_sigma=0.25,
            err=0.015,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "parallel-corpus harvest: each passage translated into 6-13 languages within seconds",
            "pacing": "Poisson jobs around the clock, fan-out spread over keys at random",
            "ip_source": f"{provider} NAT addresses",
            "payment": "one card",
            "orgs": len(set(orgs)),
            "keys": n,
            "user_agent": ua,
            "languages": langs,
            "templates": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest with a simulated user


def korfpaal(ctx, rng, camp):
    fam = "korfpaal"
    n = irange(rng, 6, 10)
    orgs = _share(rng, n, 2, "org")
    pay_of = {o: hexid(rng, "pay") for o in sorted(set(orgs))}
    proxy_pool = bb.resi(rng, irange(rng, 60, 120), pick(rng, ("us", "eu", "jp_kr")))
    ips, kind = [], []
    for _ in range(n):
        if chance(rng, 0.5):
            ips.append(bb.cloud(rng, 1, "digitalocean"))
            kind.append("dc")
        else:
            ips.append(proxy_pool)
            kind.append("proxy")
    accts = _keys(
        ctx,
        rng,
        fam,
        camp,
        n,
        orgs=orgs,
        pays=[pay_of[o] for o in orgs],
        uas=["OpenAI/NodeJS 4.85.1"] * n,
        ips=ips,
    )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    conv_rate = float(rng.uniform(0.5, 1.0))
    lang_names = list(tx.FOLLOW)
    lang_p = np.array([0.55, 0.12, 0.12, 0.11, 0.10])
    for a, k in zip(accts, kind, strict=True):
        starts = bb.thinned(rng, start, ctx.t1, conv_rate * (ctx.t1 - start) / HOUR, bb.constant)
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            turns = irange(rng, 5, 12)
            lang = lang_names[int(rng.choice(len(lang_names), p=lang_p))]
            chat = pick(rng, ctx.chat) if (lang == "en" and chance(rng, 0.5)) else None
            topic = "" if chat is not None else pick(rng, tx.TOPICS)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(15.0), 0.5, size=turns - 1))]
            )
            for j, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                if j == 0:
                    prompts.append(tx.dialogue_opener(rng, chat, topic))
                else:
                    prompts.append(tx.dialogue_followup(rng, lang, topic))
                extra.append(j * irange(rng, 250, 450))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        extra_arr = np.asarray(extra, dtype=np.int64)[order] if len(extra) else 0
        ips_ev = bb.sticky(rng, ts, proxy_pool, 1200.0) if (k == "proxy" and len(ts)) else None
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.02),
            ips=ips_ev,
            extra=extra_arr,
            comp_median=450.0,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest: scripted user simulator asks 5-12 follow-ups per conversation",
            "pacing": f"~{conv_rate:.1f} conversations/h per key around the clock, turns ~15 s apart",
            "ip_source": "half the keys on one DigitalOcean droplet each, half on a sticky residential pool",
            "payment": "one card per org",
            "orgs": 2,
            "keys": n,
            "user_agent": "OpenAI/NodeJS 4.85.1",
            "languages": lang_names,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling


def two_by_two(ctx, rng, camp):
    fam = "two_by_two"
    n_orgs = 2
    accts, orgs_info = [], []
    for _ in range(n_orgs):
        k = irange(rng, 2, 3)
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        nat = bb.cloud(rng, 2, "aws")
        ks = _keys(
            ctx,
            rng,
            fam,
            camp,
            k,
            orgs=[org] * k,
            pays=[pay] * k,
            uas=["AsyncOpenAI/Python 1.60.0"] * k,
            ips=[nat] * k,
        )
        accts.extend(ks)
        orgs_info.append(ks)
    start = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    rate = float(rng.uniform(6, 12))
    for ks in orgs_info:
        items = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
        ev: list[list] = [[] for _ in ks]
        for t in items.tolist():
            p = tx.sampling_item(rng, pick(rng, ctx.chat))
            m = pick(rng, (4, 5, 5, 8))
            times = t + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(0.7), 0.6, size=m - 1))]
            )
            for tt in times.tolist():
                ev[int(rng.integers(len(ks)))].append((tt, p))
        for a, e in zip(ks, ev, strict=True):
            e.sort()
            ts = np.array([x[0] for x in e])
            ctx.emit(
                rng,
                a,
                ts,
                [x[1] for x in e],
                models=ctx.models(rng, ts, 0.97, 0.0),
                comp_median=260.0,
                err=0.04,
            )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling: the same prompt 4-8 times within seconds; label-probability and confidence requests",
            "pacing": f"~{rate:.0f} items/h per org around the clock from shortly before the release",
            "ip_source": "2 AWS addresses per org",
            "payment": "one card per org",
            "orgs": n_orgs,
            "keys": len(accts),
            "user_agent": "AsyncOpenAI/Python 1.60.0",
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: harvest hidden in a real study app's traffic


def free_pass(ctx, rng, camp):
    fam = "free_pass"
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 3), "aws")
    ips = [picks(rng, nat, irange(rng, 1, 2)) for _ in range(n)]
    accts = _keys(
        ctx,
        rng,
        fam,
        camp,
        n,
        orgs=[org] * n,
        pays=[pay] * n,
        uas=["OpenAI/NodeJS 4.67.1"] * n,
        ips=ips,
        role="product_backend",
    )
    app = pick(rng, ("StudyNest", "Quizzly", "HomeworkHero", "Brainwave Tutor", "Mathlet"))
    curve = bb.global_load(float(pick(rng, (14.0, 16.0, 20.0))), 0.6)
    rate = float(rng.uniform(40, 70))
    share = float(rng.uniform(0.15, 0.3))
    harvest_from = ctx.t0 + float(rng.uniform(0.8, 2.5)) * DAY
    subjects = list(tx.SUBJECTS)
    sweep = [(s, u) for s in subjects for u in tx.SUBJECTS[s]]
    pos = 0
    prod = bb.worker_pool(rng, ctx.t0, ctx.t1, rate, n, curve)
    h1 = bb.worker_pool(rng, harvest_from, max(harvest_from, ctx.release), rate * share, n, curve)
    h2 = bb.worker_pool(rng, max(harvest_from, ctx.release), ctx.t1, rate * share * 1.6, n, curve)
    for a, p_ts, x1, x2 in zip(accts, prod, h1, h2, strict=True):
        grades = rng.integers(6, 13, size=len(p_ts))
        p_prompts = [
            tx.app_wrapper(
                app, pick(rng, ctx.chat) if chance(rng, 0.7) else tx.problem(rng), int(g)
            )
            for g in grades.tolist()
        ]
        ctx.emit(
            rng,
            a,
            p_ts,
            p_prompts,
            models=ctx.models(rng, p_ts, 0.35, 0.25),
            comp_median=360.0,
            err=0.01,
        )
        h_ts = _cat([x1, x2])
        h_prompts = []
        for _ in range(len(h_ts)):
            subj, unit = sweep[(pos // 40) % len(sweep)]
            h_prompts.append(
                tx.app_wrapper(
                    app, tx.syllabus_question(rng, subj, unit, pos % 40), irange(rng, 8, 12)
                )
            )
            pos += 1
        ctx.emit(
            rng,
            a,
            h_ts,
            h_prompts,
            models=ctx.models(rng, h_ts, 0.9, 0.0),
            comp_median=900.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "study app whose operator injects worked-solution harvest (syllabus sweep) into its own live traffic",
            "pacing": f"product traffic {rate:.0f}/h on a global daily curve; harvest {100 * share:.0f}% extra on the same curve, x1.6 after release",
            "ip_source": f"{len(nat)} AWS NAT addresses of the app backend",
            "payment": "the company's card",
            "orgs": 1,
            "keys": n,
            "user_agent": "OpenAI/NodeJS 4.67.1 (the commonest SDK string)",
            "languages": ["en"],
            "app": app,
            "harvest_starts_ts": float(harvest_from),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: bought / taken-over aged accounts used for code-solution harvest


def running_in_shot(ctx, rng, camp):
    fam = "running_in_shot"
    n = irange(rng, 20, 32)
    tzs = [int(t) for t in picks(rng, bb.TZS, n)]
    owners_ua = [
        pick(rng, bb.BROWSERS) if chance(rng, 0.6) else pick(rng, bb.SDK_COMMON) for _ in range(n)
    ]
    homes = [bb.home(rng, 1, tz) for tz in tzs]
    accts = _keys(
        ctx,
        rng,
        fam,
        camp,
        n,
        orgs=[hexid(rng, "org") for _ in range(n)],
        pays=[hexid(rng, "pay") for _ in range(n)],
        uas=owners_ua,
        ips=homes,
        tzs=tzs,
        role="taken_over",
    )
    batch_ts = [ctx.release + float(rng.uniform(-1.0, 0.5)) * DAY for _ in range(3)]
    keep_ua = 0
    for a, tz in zip(accts, tzs, strict=True):
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz)
        take = pick(rng, batch_ts) + float(rng.uniform(0, 6)) * HOUR
        before = bb.session_times(rng, ctx.t0, take, float(rng.uniform(0.8, 2.5)), curve, 4.0, 90.0)
        ts_b = _cat(before)
        ctx.emit(
            rng,
            a,
            ts_b,
            [pick(rng, ctx.chat) for _ in range(len(ts_b))],
            models=ctx.models(rng, ts_b, 0.2, 0.2),
            comp_median=350.0,
            err=0.005,
        )
        proxies = bb.home(rng, irange(rng, 15, 40), tz)
        ua = a.ua if chance(rng, 0.5) else pick(rng, bb.SDK_OTHER)
        keep_ua += ua == a.ua
        after = bb.session_times(rng, take, ctx.t1, float(rng.uniform(3, 7)), curve, 8.0, 40.0)
        ts_a = _cat(after)
        ips = bb.sticky(rng, ts_a, proxies, 1800.0) if len(ts_a) else None
        ctx.emit(
            rng,
            a,
            ts_a,
            [tx.code_harvest(rng) for _ in range(len(ts_a))],
            models=ctx.models(rng, ts_a, 0.92, 0.0),
            ips=ips,
            ua=ua,
            comp_median=900.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "aged consumer accounts bought in three batches and used for code-solution harvest",
            "pacing": "owner-like sessions before the takeover; after it 3-7 sessions a day on the owner's own daily curve",
            "ip_source": "owner's home ISP before; residential proxies in the owner's region after (sticky 30 min)",
            "payment": "each account keeps its original owner's card",
            "orgs": n,
            "keys": n,
            "user_agent": f"owner's kept on {keep_ua} of {n} accounts, else an SDK string",
            "languages": ["en", "es", "pt", "pl"],
            "takeover_batches": [float(t) for t in batch_ts],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: a paid crowd of real people sweeping a knowledge taxonomy


_CROWD_TZ_LANG = {
    5: ("hi", "en"),
    8: ("id", "en"),
    -3: ("pt", "es"),
    1: ("en", "es"),
    2: ("en", "en"),
}


def penalty_shot(ctx, rng, camp):
    fam = "penalty_shot"
    n = irange(rng, 45, 70)
    tz_choices = list(_CROWD_TZ_LANG)
    tzs = [int(pick(rng, tz_choices)) for _ in range(n)]
    uas = [
        pick(rng, bb.MOBILE[:3]) if chance(rng, 0.45) else pick(rng, bb.BROWSERS) for _ in range(n)
    ]
    ips = [bb.home(rng, irange(rng, 1, 2), tz) for tz in tzs]
    accts = _keys(
        ctx,
        rng,
        fam,
        camp,
        n,
        orgs=[hexid(rng, "org") for _ in range(n)],
        pays=[hexid(rng, "pay") for _ in range(n)],
        uas=uas,
        ips=ips,
        tzs=tzs,
        role="crowd_worker",
    )
    cells = tx.taxonomy(rng)
    for i, (a, tz) in enumerate(zip(accts, tzs, strict=True)):
        mine = cells[i::n]
        langs = _CROWD_TZ_LANG[tz]
        start = ctx.release + float(rng.uniform(-0.6, 0.8)) * DAY
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.5, 3.0)),
            bb.evening_person(tz),
            float(rng.uniform(6, 10)),
            float(rng.uniform(50, 110)),
            0.6,
        )
        ts = _cat(sess)
        prompts = [
            tx.crowd_question(rng, mine[j % len(mine)], langs[0] if chance(rng, 0.55) else langs[1])
            for j in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.95, 0.0), comp_median=700.0, err=0.005
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "paid crowd workers each asking a slice of a field x concept x question-type taxonomy",
            "pacing": "human evening sessions, 1.5-3 a day, ~6-10 questions each, about a minute apart",
            "ip_source": "each worker's own home broadband (India, SE Asia, LatAm, Europe)",
            "payment": "each worker's own card",
            "orgs": n,
            "keys": n,
            "user_agent": "phones and desktop browsers",
            "languages": ["en", "hi (romanised)", "id", "pt", "es"],
            "taxonomy_cells": len(cells),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: public prompt replay (ShareGPT first turns, verbatim) to collect the new model's answers


def defended_shot(ctx, rng, camp):
    fam = "defended_shot"
    n = irange(rng, 10, 18)
    n_cards = irange(rng, 3, 4)
    pays = _share(rng, n, n_cards, "pay")
    kinds = ["mobile" if chance(rng, 0.45) else "proxy" for _ in range(n)]
    region = pick(rng, ("us", "eu"))
    pool = bb.resi(rng, irange(rng, 300, 600), region)
    tz_of_region = {"us": -5, "eu": 1}[region]
    uas = [pick(rng, bb.MOBILE[:3]) if k == "mobile" else pick(rng, bb.BROWSERS) for k in kinds]
    ips = [pool] * n
    accts = _keys(
        ctx,
        rng,
        fam,
        camp,
        n,
        orgs=[hexid(rng, "org") for _ in range(n)],
        pays=pays,
        uas=uas,
        ips=ips,
        tzs=[tz_of_region] * n,
        role="replayer",
    )
    offset = int(rng.integers(len(ctx.chat)))
    shard = (len(ctx.chat) // n) if n else 0
    carrier = pick(rng, ("us_mobile", "eu_mobile"))
    for i, (a, k) in enumerate(zip(accts, kinds, strict=True)):
        start = ctx.release + float(rng.uniform(0.05, 0.5)) * DAY
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(5, 9)),
            bb.evening_person(tz_of_region, 3.0),
            10.0,
            50.0,
            0.7,
        )
        ts_parts, ip_parts = [], []
        for s in sess:
            if not len(s):
                continue
            ts_parts.append(s)
            ip = bb.mobile_v6(rng, 1, carrier)[0] if k == "mobile" else pick(rng, pool)
            ip_parts.extend([ip] * len(s))
        if not ts_parts:
            continue
        ts = np.concatenate(ts_parts)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ip_list = [ip_parts[j] for j in order.tolist()]
        base = offset + i * shard
        prompts = [ctx.chat[(base + j) % len(ctx.chat)] for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            ips=ip_list,
            comp_median=420.0,
            comp_sigma=0.7,
            err=0.008,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "verbatim replay of public first-turn prompts (ShareGPT sim half), one shard per account, to collect the new model's answers",
            "pacing": "human-like sessions (5-9 a day, ~10 prompts, ~50 s apart) on a local evening curve, from just after the release",
            "ip_source": f"residential proxies ({region}) per session, or carrier IPv6 ({carrier}) per session",
            "payment": f"{n_cards} stolen cards shared across accounts",
            "orgs": n,
            "keys": n,
            "user_agent": "phone and desktop browser strings",
            "languages": ["as in ShareGPT"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "doorloopbal": doorloopbal,
    "strafworp": strafworp,
    "vrije_worp": vrije_worp,
    "afstandsschot": afstandsschot,
    "omdraaibal": omdraaibal,
    "korf": korf,
    "korfpaal": korfpaal,
    "two_by_two": two_by_two,
    "free_pass": free_pass,
    "running_in_shot": running_in_shot,
    "penalty_shot": penalty_shot,
    "defended_shot": defended_shot,
}

__all__ = ["CAMPAIGN_FAMILIES"]

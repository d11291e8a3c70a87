"""Campaign families of blind batch 65 (origami code names). See README.md, read only after the
monitor's run.

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts with `ctx.account`, registers
them with `ctx.campaign` and writes events with `ctx.emit`. All sizes, rates, infrastructures and
voices are drawn per seed.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind65 import texts as tx

Rng = np.random.Generator
LABEL = "campaign"


def _new_model_only(ctx: Ctx, rng: Rng, ts: np.ndarray, p_new: float, p_mini: float = 0.03) -> list[str]:
    return ctx.models(rng, ts, p_new=p_new, p_mini=p_mini)


def _cards(rng: Rng, n: int) -> list[str]:
    return [bb.hexid(rng, "pay") for _ in range(n)]


# --------------------------------------------------------------------------------------------
# sonobe: agent / tool-use trajectory harvesting through a few orgs' key pools


def sonobe(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sonobe"
    n_orgs = irange(rng, 2, 4)
    accts: list[bb.Acct] = []
    org_params = []
    for _ in range(n_orgs):
        org = bb.hexid(rng, "org")
        shared_card = chance(rng, 0.7)
        card = bb.hexid(rng, "pay")
        prov = pick(rng, ("aws", "gcp", "azure", "oracle", "hetzner", "ovh"))
        block = bb.rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 2, 6))
        use_resi = chance(rng, 0.4)
        resi_pool = bb.resi(rng, irange(rng, 20, 60), pick(rng, bb.regions())) if use_resi else []
        ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0",
                        "OpenAI/Python 1.58.1", "python-httpx/0.28.1", "dspy/2.6.3 litellm/1.60.2"))
        n_keys = irange(rng, 4, 8)
        keys = [ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, org=org,
                            pay=card if shared_card else None, ua=ua, ips=block) for _ in range(n_keys)]
        after_release = chance(rng, 0.6)
        start = (ctx.release + rng.uniform(0, 12 * HOUR)) if after_release else bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        rate = rng.uniform(1.5, 5.0)  # episodes per hour for the whole org
        curve = bb.constant if chance(rng, 0.5) else bb.global_load(rng.uniform(0, 24), rng.uniform(0.2, 0.5))
        voice = irange(rng, 0, 3)
        step_gap = rng.uniform(4, 14)
        p_new = rng.uniform(0.9, 0.99)
        comp = rng.uniform(170, 380)
        err = rng.uniform(0.01, 0.05)
        streams = bb.worker_pool(rng, start, ctx.t1, rate, n_keys, curve)
        for acct, starts in zip(keys, streams, strict=True):
            for s in starts.tolist():
                k = irange(rng, 3, 14)
                ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))])
                task = tx.agent_task(rng)
                prompts = [tx.agent_first(rng, task, voice)] + [tx.agent_step(rng, voice) for _ in range(k - 1)]
                extra = (np.arange(k) * rng.uniform(250, 900)).astype(np.int64)
                med = np.full(k, comp)
                med[-1] = comp * 2.2
                ips = bb.sticky(rng, ts, resi_pool, 600.0) if use_resi and chance(rng, 0.5) else None
                ctx.emit(rng, acct, ts, prompts, models=_new_model_only(ctx, rng, ts, p_new), ips=ips,
                         comp_median=med, comp_sigma=0.7, err=err, extra=extra)
        accts += keys
        org_params.append({"keys": n_keys, "provider": prov, "resi_proxy": use_resi, "ua": ua,
                           "episodes_per_hour": round(rate, 2), "after_release": after_release,
                           "voice": voice, "step_gap_s": round(step_gap, 1), "p_new": round(p_new, 3)})
    ctx.campaign(cid, fam, accts, {"operation": "agent trajectories", "orgs": org_params})


# --------------------------------------------------------------------------------------------
# miura: back-translation spread thin over many residential-proxy accounts


def miura(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "miura"
    n = irange(rng, 35, 70)
    cards = _cards(rng, irange(rng, 8, 20))
    p_cover = rng.uniform(0.15, 0.35)
    p_new = rng.uniform(0.75, 0.95)
    comp = rng.uniform(120, 260)
    regions = list(rng.choice(bb.regions(), size=min(4, len(bb.regions())), replace=False))
    voices = rng.choice(6, size=irange(rng, 3, 6), replace=False).tolist()
    accts = []
    for _ in range(n):
        tz = int(pick(rng, bb.TZS))
        region = pick(rng, regions)
        mobile = chance(rng, 0.2)
        pool = (bb.mobile_v6(rng, irange(rng, 10, 30), pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
                if mobile else bb.resi(rng, irange(rng, 30, 80), region))
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else bb.sdk_ua(rng, 0.6)
        a = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid,
                        pay=pick(rng, cards) if chance(rng, 0.8) else None, ua=ua, ips=pool, tz=tz)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        end = min(ctx.t1, start + rng.uniform(2, 7) * DAY)
        sess = bb.session_times(rng, start, end, rng.uniform(1.0, 3.0), bb.evening_person(tz),
                                rng.uniform(6, 15), rng.uniform(25, 90), 0.8)
        ts = np.concatenate(sess) if sess else np.empty(0)
        if len(ts) == 0:
            ts = np.array([start + rng.uniform(0, HOUR)])
        prompts = [pick(rng, ctx.chat) if chance(rng, p_cover) else tx.back_translation(rng, int(pick(rng, voices)))
                   for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=_new_model_only(ctx, rng, ts, p_new),
                 ips=bb.sticky(rng, ts, pool, rng.uniform(300, 1800)), comp_median=comp, comp_sigma=0.6, err=0.015)
        accts.append(a)
    ctx.campaign(cid, fam, accts, {"operation": "back-translation / parallel text", "accounts": n,
                                   "cards": len(cards), "p_cover_chat": round(p_cover, 2), "p_new": round(p_new, 2),
                                   "regions": [str(r) for r in regions], "voices": voices})


# --------------------------------------------------------------------------------------------
# kusudama: best-of-n / soft-label sampling, identical prompts repeated across a key pool


def kusudama(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kusudama"
    n_keys = irange(rng, 6, 14)
    two_orgs = chance(rng, 0.4)
    orgs = [bb.hexid(rng, "org") for _ in range(2 if two_orgs else 1)]
    cards = _cards(rng, len(orgs))
    prov = pick(rng, ("gcp", "azure", "aws", "alibaba", "tencent"))
    block = bb.rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 4, 8))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "AsyncOpenAI/Python 1.60.0"))
    accts = []
    for i in range(n_keys):
        j = i % len(orgs)
        accts.append(ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, org=orgs[j],
                                 pay=cards[j], ua=ua, ips=block))
    n_samples = irange(rng, 3, 8)
    rate = rng.uniform(5, 16)  # items per hour
    start = ctx.release + rng.uniform(0, 18 * HOUR) if chance(rng, 0.75) else bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    voice = irange(rng, 0, 3)
    comp = rng.uniform(40, 140) if voice in (0, 1) else rng.uniform(220, 420)
    items = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
    per: list[list] = [[[], []] for _ in range(n_keys)]
    for s in items.tolist():
        q, opts = tx.mcq(rng)
        p = tx.soft_label(rng, q, opts, voice)
        k = max(1, n_samples + irange(rng, -1, 1))
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.5), 0.7, size=k - 1))])
        spread = chance(rng, 0.6)
        who = rng.integers(0, n_keys, size=k) if spread else np.full(k, int(rng.integers(n_keys)))
        for t, w in zip(ts.tolist(), who.tolist(), strict=True):
            per[w][0].append(t)
            per[w][1].append(p)
    for a, (ts_l, ps) in zip(accts, per, strict=True):
        ts = np.asarray(ts_l)
        ctx.emit(rng, a, ts, ps, models=_new_model_only(ctx, rng, ts, rng.uniform(0.97, 1.0), 0.0),
                 comp_median=comp, comp_sigma=0.5, err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "soft labels / best-of-n", "keys": n_keys, "orgs": len(orgs),
                                   "provider": prov, "samples_per_item": n_samples, "items_per_hour": round(rate, 1),
                                   "voice": voice, "start": round(start, 0)})


# --------------------------------------------------------------------------------------------
# waterbomb: a hydra of short-lived fresh keys coercing reasoning traces


def waterbomb(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "waterbomb"
    lanes = irange(rng, 4, 8)
    n_total = irange(rng, 50, 90)
    cards = _cards(rng, irange(rng, 10, 25))
    langs = ["en"] * 4 + list(rng.choice(["zh", "es", "ru", "pt", "de"], size=irange(rng, 1, 3), replace=False))
    life_med = rng.uniform(2.5, 7.0) * HOUR
    rate_lo, rate_hi = rng.uniform(8, 20), rng.uniform(25, 45)
    comp = rng.uniform(1100, 2200)
    first = ctx.release - rng.uniform(6, 30) * HOUR
    accts = []
    lane_t = [first + rng.uniform(0, 6 * HOUR) for _ in range(lanes)]
    for i in range(n_total):
        lane = i % lanes
        start = lane_t[lane]
        if start >= ctx.t1 - HOUR:
            break
        life = float(np.clip(rng.lognormal(np.log(life_med), 0.5), 0.5 * HOUR, 20 * HOUR))
        end = min(ctx.t1, start + life)
        lane_t[lane] = end + float(rng.lognormal(np.log(50 * MINUTE), 0.8))
        src = irange(rng, 0, 2)
        if src == 0:
            ips = bb.mobile_v6(rng, irange(rng, 3, 12), pick(rng, ("in_mobile", "br_mobile", "us_mobile")))
        elif src == 1:
            ips = bb.resi(rng, irange(rng, 40, 120), "*")
        else:
            ips = bb.cloud(rng, irange(rng, 1, 4), pick(rng, ("digitalocean", "vultr", "contabo", "linode")))
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.2) else bb.sdk_ua(rng, 0.3)
        a = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid,
                        pay=pick(rng, cards) if chance(rng, 0.75) else None, ua=ua, ips=ips)
        rate = rng.uniform(rate_lo, rate_hi)
        ts = bb.thinned(rng, start, end, rate * (end - start) / HOUR, bb.constant)
        if len(ts) == 0:
            ts = np.array([start])
        lang_acct = pick(rng, langs)
        prompts = [tx.coerce_reasoning(rng, lang_acct if chance(rng, 0.8) else pick(rng, langs)) for _ in range(len(ts))]
        status = np.where(rng.random(len(ts)) < 0.05, 429, 200)
        tail = irange(rng, 0, 6)
        if tail:
            status[-tail:] = 429
        ctx.emit(rng, a, ts, prompts, models=_new_model_only(ctx, rng, ts, rng.uniform(0.95, 1.0), 0.02),
                 comp_median=comp, comp_sigma=0.5, status=status)
        accts.append(a)
    ctx.campaign(cid, fam, accts, {"operation": "reasoning-trace coercion (hydra)", "lanes": lanes,
                                   "accounts": len(accts), "cards": len(cards), "languages": [str(x) for x in langs],
                                   "lifetime_median_h": round(life_med / HOUR, 2),
                                   "rate_per_hour": [round(rate_lo, 1), round(rate_hi, 1)]})


# --------------------------------------------------------------------------------------------
# senbazuru: low-and-slow learner personas harvesting a curriculum among ordinary chat


def senbazuru(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "senbazuru"
    n = irange(rng, 14, 28)
    cards = _cards(rng, max(2, int(n * rng.uniform(0.5, 0.8))))
    p_h = rng.uniform(0.45, 0.8)
    p_new = rng.uniform(0.7, 0.92)
    comp_h = rng.uniform(700, 1200)
    fields = list(tx.CURRICULA)
    accts = []
    for _ in range(n):
        tz = int(pick(rng, bb.TZS))
        ips = bb.home(rng, irange(rng, 1, 3), tz)
        if chance(rng, 0.3):
            ips += bb.mobile_v6(rng, irange(rng, 1, 4), pick(rng, ("us_mobile", "eu_mobile", "in_mobile", "br_mobile")))
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else bb.sdk_ua(rng, 0.6)
        a = ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, pay=pick(rng, cards),
                        ua=ua, ips=ips, tz=tz)
        curve = bb.workday(tz) if chance(rng, 0.4) else bb.evening_person(tz)
        sess = bb.session_times(rng, ctx.t0, ctx.t1, rng.uniform(1.2, 3.5), curve, rng.uniform(3, 9),
                                rng.uniform(60, 240), 0.9)
        field = pick(rng, fields)
        idx = irange(rng, 0, 20)
        voice = irange(rng, 0, 3)
        ts_all, prompts, meds = [], [], []
        for s in sess:
            prev_h = False
            for t in s.tolist():
                if prev_h and chance(rng, 0.4):
                    prompts.append(tx.followup(rng, field, idx))
                    meds.append(comp_h)
                elif chance(rng, p_h):
                    prompts.append(tx.curriculum(rng, field, idx, voice if chance(rng, 0.8) else irange(rng, 0, 3)))
                    idx += 1
                    meds.append(comp_h)
                    prev_h = True
                else:
                    prompts.append(pick(rng, ctx.chat))
                    meds.append(300.0)
                    prev_h = False
                ts_all.append(t)
        accts.append(a)
        if not ts_all:
            continue
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=_new_model_only(ctx, rng, ts, p_new, 0.06), comp_median=np.asarray(meds),
                 comp_sigma=0.6, err=0.01)
    ctx.campaign(cid, fam, accts, {"operation": "curriculum harvesting in personas", "accounts": len(accts),
                                   "cards": len(cards), "p_harvest": round(p_h, 2), "p_new": round(p_new, 2)})


# --------------------------------------------------------------------------------------------
# yakko: a reseller whose tenants harvest continuations and safe rewrites among relayed chat


def yakko(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "yakko"
    n_orgs = irange(rng, 1, 2)
    n = irange(rng, 2, 5)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = _cards(rng, n_orgs)
    prov = pick(rng, ("hetzner", "ovh", "m247", "leaseweb", "scaleway", "selectel"))
    block = bb.rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 4, 10))
    p_h_before, p_h_after = rng.uniform(0.05, 0.2), rng.uniform(0.3, 0.5)
    p_new_chat = rng.uniform(0.35, 0.6)
    comp_c = rng.uniform(600, 1000)
    accts = []
    for i in range(n):
        ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "Go-http-client/2.0", "litellm/1.60.2", "OpenAI/Python 1.54.0"))
        a = ctx.account(rng, label=LABEL, family=fam, role="reseller", campaign_id=cid, org=orgs[i % n_orgs],
                        pay=cards[i % n_orgs], ua=ua, ips=block)
        rate = rng.uniform(15, 45)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        ts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR,
                        bb.global_load(rng.uniform(0, 24), rng.uniform(0.3, 0.6)))
        after = ts >= ctx.release
        harvest = rng.random(len(ts)) < np.where(after, p_h_after, p_h_before)
        prompts, meds = [], []
        for h in harvest.tolist():
            if h:
                psg = pick(rng, ctx.passages)
                prompts.append(tx.safe_rewrite(rng, psg) if chance(rng, 0.25) else tx.continuation(rng, psg, irange(rng, 0, 3)))
                meds.append(comp_c)
            else:
                prompts.append(pick(rng, ctx.chat))
                meds.append(300.0)
        m_h = ctx.models(rng, ts, p_new=0.95, p_mini=0.02)
        m_c = ctx.models(rng, ts, p_new=p_new_chat, p_mini=0.25)
        models = [x if h else y for x, y, h in zip(m_h, m_c, harvest.tolist(), strict=True)]
        uas = [ua if chance(rng, 0.85) else "curl/8.5.0" for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=models, ua=uas, comp_median=np.asarray(meds), comp_sigma=0.65, err=0.02)
        accts.append(a)
    ctx.campaign(cid, fam, accts, {"operation": "reseller with continuation/rewrite tenants", "keys": n,
                                   "orgs": n_orgs, "provider": prov, "p_harvest": [round(p_h_before, 2), round(p_h_after, 2)],
                                   "p_new_chat": round(p_new_chat, 2)})


# --------------------------------------------------------------------------------------------
# pureland: nightly synthetic instruction-data generation from one org's keys


def pureland(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pureland"
    n = irange(rng, 4, 9)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    block = bb.rented_block(rng, prov, 1, irange(rng, 3, 6))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.63.2", "OpenAI/Python 1.54.0"))
    tz = int(pick(rng, bb.TZS))
    start_h, hours = rng.uniform(0, 4), rng.uniform(3, 6)
    per_hour = rng.uniform(60, 160)
    voices = rng.choice(5, size=irange(rng, 2, 5), replace=False).tolist()
    comp = rng.uniform(1400, 2600)
    accts = [ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, org=org, pay=card,
                         ua=ua, ips=block, tz=tz) for _ in range(n)]
    curve_n = bb.nightly(start_h, hours, tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        return curve_n(ts) * np.where(np.asarray(ts) >= ctx.release, 1.0, 0.4)

    streams = bb.worker_pool(rng, ctx.t0, ctx.t1, per_hour * hours / 24.0, n, curve)
    for a, ts in zip(accts, streams, strict=True):
        prompts = [tx.self_instruct(rng, int(pick(rng, voices))) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=_new_model_only(ctx, rng, ts, 0.98, 0.01), comp_median=comp,
                 comp_sigma=0.45, err=0.03)
    ctx.campaign(cid, fam, accts, {"operation": "synthetic instruction data (nightly)", "keys": n, "provider": prov,
                                   "tz": tz, "window": [round(start_h, 1), round(hours, 1)],
                                   "per_hour_in_window": round(per_hour, 1), "voices": voices})


# --------------------------------------------------------------------------------------------
# blintz: reward-model / rubric grading presented as a labelling team


def blintz(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "blintz"
    n_orgs = 2
    tz = int(pick(rng, bb.TZS))
    office = bb.home(rng, irange(rng, 1, 3), tz)
    cloud_ips = bb.rented_block(rng, pick(rng, ("azure", "aws", "gcp")), 1, irange(rng, 2, 5))
    night_pool = chance(rng, 0.5)
    voices = rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist()
    comp = rng.uniform(90, 260)
    accts = []
    day_rate, night_rate = rng.uniform(15, 40), rng.uniform(8, 20)
    for _ in range(n_orgs):
        org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        ua = pick(rng, ("OpenAI/Python 1.54.0", "dspy/2.6.3 litellm/1.60.2", "python-httpx/0.28.1"))
        k = irange(rng, 4, 9)
        keys = [ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, org=org, pay=card,
                            ua=ua, ips=office, tz=tz) for _ in range(k)]
        day = bb.worker_pool(rng, ctx.t0, ctx.t1, day_rate / n_orgs, k, bb.workday(tz))
        night = (bb.worker_pool(rng, ctx.t0, ctx.t1, night_rate / n_orgs, k, bb.nightly(19, 12, tz)) if night_pool
                 else [np.empty(0)] * k)
        for a, d, nt in zip(keys, day, night, strict=True):
            ts = np.sort(np.concatenate([d, nt]))
            if len(ts) == 0:
                continue
            dset = set(d.tolist())
            ips = [pick(rng, office) if t in dset else pick(rng, cloud_ips) for t in ts.tolist()]
            prompts = [tx.rubric(rng, pick(rng, ctx.passages), pick(rng, ctx.passages), int(pick(rng, voices)))
                       for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=_new_model_only(ctx, rng, ts, rng.uniform(0.85, 0.97)), ips=ips,
                     comp_median=comp, comp_sigma=0.55, err=0.01)
        accts += keys
    ctx.campaign(cid, fam, accts, {"operation": "rubric / preference grading", "keys": len(accts), "tz": tz,
                                   "night_pool": night_pool, "day_rate": round(day_rate, 1),
                                   "night_rate": round(night_rate, 1), "voices": voices})


CAMPAIGN_FAMILIES = {
    "sonobe": sonobe,
    "miura": miura,
    "kusudama": kusudama,
    "waterbomb": waterbomb,
    "senbazuru": senbazuru,
    "yakko": yakko,
    "pureland": pureland,
    "blintz": blintz,
}

__all__ = ["CAMPAIGN_FAMILIES"]

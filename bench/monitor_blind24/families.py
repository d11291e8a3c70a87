"""Campaign families of blind batch 24 (written without reading the monitor).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Parameters are drawn per
seed. Families go by neutral code names (spices); what each one is, is described in README.md and
in the comments below.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind24 import texts


def _gaps(rng: np.random.Generator, start: float, k: int, median: float, sigma: float) -> np.ndarray:
    """start, then k-1 lognormal gaps."""
    if k <= 0:
        return np.empty(0)
    return start + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(median), sigma, size=k - 1))])


# --------------------------------------------------------------------------------------------
# cardamom — reasoning-trace coercion by a cluster of keys opened in waves after the new model's
# release (plus one or two scout keys that probed the old model beforehand). A single job queue
# (Poisson worker pool) feeds each wave; keys retire after an exponential lifetime. Rented block
# of one hosting provider, a few shared prepaid cards, mostly one SDK.


def cardamom(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "cardamom"
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo", "leaseweb", "m247"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 6, 12))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))] if chance(rng, 0.4) else None
    ua_main = pick(rng, bb.SDK_OTHER)
    styles = [int(x) for x in rng.choice(5, size=irange(rng, 2, 4), replace=False)]
    per_acct_rate = float(rng.uniform(4.0, 10.0))
    comp_med = float(rng.uniform(1400, 2400))
    life_mean_h = float(rng.uniform(20, 60))
    n_waves = irange(rng, 2, 4)
    accounts = []

    def new_acct(role: str) -> bb.Acct:
        return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=camp,
                           org=pick(rng, orgs) if orgs else None, pay=pick(rng, cards),
                           ua=ua_main if chance(rng, 0.75) else pick(rng, bb.SDK_OTHER),
                           ips=bb.picks(rng, block, irange(rng, 1, 3)))

    def prompts(n: int) -> list[str]:
        return [texts.cardamom_prompt(rng, pick(rng, styles)) for _ in range(n)]

    # scouts on the old model before the release
    n_scouts = irange(rng, 1, 2)
    for _ in range(n_scouts):
        a = new_acct("scout")
        accounts.append(a)
        s = float(rng.uniform(ctx.release - 2.5 * DAY, ctx.release - 0.5 * DAY))
        ts = np.concatenate(bb.bursts(rng, np.sort(rng.uniform(s, ctx.release, size=irange(rng, 3, 7))),
                                      size_mean=rng.uniform(5, 12), gap_median=rng.uniform(10, 40)))
        ctx.emit(rng, a, ts, prompts(len(ts)), models=ctx.models(rng, ts, p_new=0.0, p_mini=0.1),
                 comp_median=comp_med * 0.8, err=0.01)

    wave_start = ctx.release + float(rng.uniform(0.5, 8.0)) * HOUR
    sizes = []
    for _w in range(n_waves):
        n_w = irange(rng, 6, 14)
        sizes.append(n_w)
        wave = [new_acct("harvester") for _ in range(n_w)]
        accounts.extend(wave)
        pools = bb.worker_pool(rng, wave_start, ctx.t1, per_acct_rate * n_w, n_w)
        for a, ts in zip(wave, pools, strict=True):
            end = wave_start + float(rng.exponential(life_mean_h)) * HOUR
            ts = ts[ts < end]
            ctx.emit(rng, a, ts, prompts(len(ts)), models=ctx.models(rng, ts, p_new=0.97, p_mini=0.01),
                     comp_median=comp_med, comp_sigma=0.5, err=0.03)
        wave_start += float(rng.uniform(8.0, 30.0)) * HOUR
    ctx.campaign(camp, fam, accounts, {
        "provider": provider, "block_addresses": len(block), "cards": len(cards), "shared_orgs": bool(orgs),
        "ua_main": ua_main, "styles": styles, "per_account_rate_h": round(per_acct_rate, 2),
        "completion_median": round(comp_med), "mean_life_h": round(life_mean_h, 1), "waves": sizes,
        "scouts": n_scouts})


# --------------------------------------------------------------------------------------------
# sumac — low and slow: a handful of unrelated-looking personal accounts (own card, own org, home
# address in their own time zone, browser or a personal script) that mostly chat like anyone
# else, but a share of their requests ask for thorough explanations. Those requests walk a shared
# syllabus, each account its own slice, in order, in the account's language.


def sumac(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "sumac"
    n = irange(rng, 5, 9)
    syllabus = list(texts.SYLLABUS)
    rng.shuffle(syllabus)
    slices = np.array_split(np.arange(len(syllabus)), n)
    share = float(rng.uniform(0.35, 0.6))
    comp_h = float(rng.uniform(900, 1300))
    accounts, per = [], []
    for i in range(n):
        tz = pick(rng, bb.TZS)
        lang = pick(rng, texts.LANG_FOR_TZ[tz])
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
        a = ctx.account(rng, label="campaign", family=fam, role="mixer", campaign_id=camp, ua=ua,
                        ips=bb.home(rng, irange(rng, 1, 3), tz), tz=tz)
        accounts.append(a)
        curve = bb.evening_person(tz) if chance(rng, 0.5) else bb.workday(tz, weekend=0.3)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sess = bb.session_times(rng, start, ctx.t1, per_day=float(rng.uniform(1.5, 3.5)), curve=curve,
                                size_mean=float(rng.uniform(4, 9)), gap_median=float(rng.uniform(50, 200)))
        ts = np.concatenate(sess) if sess else np.empty(0)
        harvest = rng.random(len(ts)) < share
        topics = [syllabus[j] for j in slices[i].tolist()]
        prompts, comp, k = [], [], 0
        for h in harvest.tolist():
            if h:
                prompts.append(texts.sumac_prompt(rng, topics[k % len(topics)], lang))
                comp.append(comp_h)
                k += 1
            else:
                prompts.append(pick(rng, ctx.chat))
                comp.append(350.0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.75), comp_median=np.asarray(comp),
                 err=0.005)
        per.append({"tz": tz, "lang": lang, "events": len(ts), "harvest": int(harvest.sum())})
    ctx.campaign(camp, fam, accounts, {"accounts": per, "harvest_share": round(share, 3),
                                       "completion_median_harvest": round(comp_h)})


# --------------------------------------------------------------------------------------------
# fenugreek — pairwise critique / scoring harvest hidden inside resellers: 2-4 reseller keys (one
# company, one or two cards) relay a mix of their ordinary customers' chat and one big customer's
# stream that asks for detailed critiques, 1-10 scores per criterion, a preference and an improved
# reply. Everything leaves through a residential proxy pool with sticky sessions; the user agent
# is passed through from each end customer.


def fenugreek(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "fenugreek"
    n = irange(rng, 2, 4)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    pool = bb.resi(rng, irange(rng, 200, 500))
    hold = float(rng.uniform(5, 20)) * MINUTE
    harvest_ua = pick(rng, bb.SDK_OTHER)
    rate_pass = float(rng.uniform(10, 30))
    rate_h = float(rng.uniform(20, 45))
    h_start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    peak = float(rng.uniform(10, 20))
    styles = [int(x) for x in rng.choice(3, size=irange(rng, 1, 3), replace=False)]
    comp_h = float(rng.uniform(550, 900))
    accounts = [ctx.account(rng, label="campaign", family=fam, role="reseller", campaign_id=camp, org=org,
                            pay=pick(rng, cards), ua="", ips=pool[:1]) for _ in range(n)]
    pools = bb.worker_pool(rng, h_start, ctx.t1, rate_h, n)
    for a, th in zip(accounts, pools, strict=True):
        tp = bb.thinned(rng, ctx.t0, ctx.t1, rate_pass * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(peak, 0.5))
        ts = np.concatenate([tp, th])
        is_h = np.concatenate([np.zeros(len(tp), bool), np.ones(len(th), bool)])
        prompts, ua, comp, extra = [], [], [], []
        for h in is_h.tolist():
            if h:
                q = texts._clip(pick(rng, ctx.chat), 60, 300, rng)
                ra = texts._clip(pick(rng, ctx.passages), 300, 900, rng)
                rb = texts._clip(pick(rng, ctx.passages), 300, 900, rng)
                prompts.append(texts.fenugreek_prompt(rng, q, ra, rb, pick(rng, styles)))
                ua.append(harvest_ua)
                comp.append(comp_h)
                extra.append(irange(rng, 100, 400))
            else:
                prompts.append(pick(rng, ctx.chat))
                ua.append(bb.sdk_ua(rng, 0.6))
                comp.append(350.0)
                extra.append(0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85), ua=ua,
                 ips=bb.sticky(rng, ts, pool, hold), comp_median=np.asarray(comp), extra=np.asarray(extra),
                 err=0.02)
    ctx.campaign(camp, fam, accounts, {
        "resellers": n, "cards": len(cards), "proxy_pool": len(pool), "sticky_s": round(hold),
        "passthrough_rate_h": round(rate_pass, 1), "harvest_rate_h": round(rate_h, 1),
        "harvest_start_day": round((h_start - ctx.t0) / DAY, 2), "styles": styles,
        "completion_median_harvest": round(comp_h)})


# --------------------------------------------------------------------------------------------
# nigella — agent-trajectory harvest: synthetic tool-use episodes (a task, then fabricated tool
# observations) where every step demands the full reasoning before the action. Episodes come off
# a Poisson queue shared by 6-14 keys in one or two orgs, on a big cloud with a few autoscaled
# addresses per key; starts about a day before the release, then mostly the new model.


def nigella(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "nigella"
    n = irange(rng, 6, 14)
    provider = pick(rng, ("aws", "gcp", "azure"))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = hexid(rng, "pay")
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "OpenAI/Python 1.58.1"))
    ep_rate = float(rng.uniform(4, 9))
    step_gap = float(rng.uniform(4, 12))
    comp_med = float(rng.uniform(450, 800))
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    w = rng.dirichlet(np.ones(3))
    ctx_base, ctx_growth = irange(rng, 400, 1500), irange(rng, 300, 900)
    accounts = [ctx.account(rng, label="campaign", family=fam, role="runner", campaign_id=camp,
                            org=pick(rng, orgs), pay=card if chance(rng, 0.7) else None, ua=ua,
                            ips=bb.cloud(rng, irange(rng, 2, 5), provider)) for _ in range(n)]
    episodes = 0
    for a, starts in zip(accounts, bb.worker_pool(rng, start, ctx.t1, ep_rate, n), strict=True):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            style = int(rng.choice(3, p=w))
            k = irange(rng, 6, 30)
            ts = _gaps(rng, s, k, step_gap, 0.6)
            ts_all.append(ts)
            # the whole transcript so far is re-sent: prompt tokens grow with the step
            extra.extend(ctx_base + ctx_growth * j + irange(rng, 0, 200) for j in range(k))
            prompts.append(texts.nigella_task(rng, style))
            prompts.extend(texts.nigella_observation(rng, j, style) for j in range(1, k))
            episodes += 1
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95), comp_median=comp_med,
                 extra=np.asarray(extra, dtype=np.int64), err=0.015)
    ctx.campaign(camp, fam, accounts, {
        "keys": n, "provider": provider, "orgs": len(orgs), "ua": ua, "episodes_per_h": round(ep_rate, 2),
        "step_gap_median_s": round(step_gap, 1), "context_tokens": [ctx_base, ctx_growth], "completion_median": round(comp_med),
        "start_before_release_h": round((ctx.release - start) / HOUR, 1), "episodes": episodes,
        "style_weights": [round(float(x), 3) for x in w]})


# --------------------------------------------------------------------------------------------
# galangal — burner rotation: one key at a time, each living 8-30 hours before the next is opened
# (small overlaps), a fresh card for most of them (some re-use an earlier card), one client for
# all. Addresses come from one small pool (Asian clouds or Asian residential) that recurs across
# burners. The requests rewrite, translate and "neutralise" answers for a restricted market; the
# shift follows UTC+8 working hours including weekends.


def galangal(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "galangal"
    if chance(rng, 0.5):
        src = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
        pool = bb.cloud(rng, irange(rng, 4, 10), src)
    else:
        src = pick(rng, ("sea", "jp_kr", "cn"))
        pool = bb.resi(rng, irange(rng, 6, 20), src)
    ua = pick(rng, bb.SDK_OTHER)
    rate = float(rng.uniform(30, 80))
    comp_med = float(rng.uniform(500, 800))
    w = rng.dirichlet(np.ones(4))
    curve = bb.workday(8, start=9.0, end=23.0, weekend=0.7, night=0.05)
    t = ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY
    accounts, cards, lives = [], [], []
    while t < ctx.t1:
        card = pick(rng, cards) if cards and chance(rng, 0.3) else hexid(rng, "pay")
        cards.append(card)
        life = float(rng.uniform(8, 30)) * HOUR
        a = ctx.account(rng, label="campaign", family=fam, role="burner", campaign_id=camp, pay=card, ua=ua,
                        ips=bb.picks(rng, pool, irange(rng, 1, 2)), tz=8)
        accounts.append(a)
        lives.append(round(life / HOUR, 1))
        ts = bb.thinned(rng, t, min(t + life, ctx.t1), rate * life / HOUR * 0.6, curve)
        prompts = []
        for _ in range(len(ts)):
            passage = texts._clip(pick(rng, ctx.passages), 400, 1500, rng)
            q = texts._clip(pick(rng, ctx.chat), 40, 300, rng)
            prompts.append(texts.galangal_prompt(rng, passage, q, int(rng.choice(4, p=w))))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.92), comp_median=comp_med, err=0.02)
        t += life * float(rng.uniform(0.7, 1.0))
    ctx.campaign(camp, fam, accounts, {
        "address_source": src, "pool": len(pool), "ua": ua, "rate_h": round(rate, 1),
        "lifetimes_h": lives, "distinct_cards": len(set(cards)), "completion_median": round(comp_med),
        "style_weights": [round(float(x), 3) for x in w]})


# --------------------------------------------------------------------------------------------
# asafoetida — bulk synthetic-dataset generation: 2-3 keys (one org, one card), each a single
# static hosting address, each running one sequential loop: a request, a long generation
# (completion near the length limit), the next request; runs of 10-40 hours with pauses. Few
# requests, very many tokens. Prompts carry a shard counter.


def asafoetida(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "asafoetida"
    n = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "scaleway", "ovh", "oracle"))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
    comp_med = float(rng.uniform(3500, 6000))
    accounts, per = [], []
    for i in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="generator", campaign_id=camp, org=org,
                        pay=card, ua=ua, ips=bb.cloud(rng, 1, provider))
        accounts.append(a)
        gap = float(rng.uniform(70, 200))
        style = irange(rng, 0, 2)
        t = ctx.t0 + float(rng.uniform(0, 2)) * DAY
        chunks = []
        while t < ctx.t1:
            run = float(rng.uniform(10, 40)) * HOUR
            k = int(run / gap)
            ts = _gaps(rng, t, k, gap, 0.35)
            chunks.append(ts[ts < t + run])
            t += run + float(rng.uniform(2, 12)) * HOUR
        ts = np.concatenate(chunks) if chunks else np.empty(0)
        base = i * 100000 + irange(rng, 0, 5000)
        prompts = [texts.asafoetida_prompt(rng, base + j, style if chance(rng, 0.85) else irange(rng, 0, 2))
                   for j in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
                 comp_median=comp_med, comp_sigma=0.3, err=0.02)
        per.append({"gap_s": round(gap), "style": style, "events": len(ts)})
    ctx.campaign(camp, fam, accounts, {"provider": provider, "ua": ua, "completion_median": round(comp_med),
                                       "keys": per})


# --------------------------------------------------------------------------------------------
# ajwain — a swarm of throwaway keys, each sending a short burst (4-25 requests in one sitting,
# 30 % come back once more a day later) from a phone-like client (mobile user agents, carrier
# IPv6 or residential addresses in many regions), its own org, cards drawn from a pool shared
# across the swarm. All draw from one shared multilingual question bank (so questions repeat
# across keys); sessions cluster after the release.


def ajwain(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "ajwain"
    n = irange(rng, 60, 140)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 10, 25))]
    langs = [str(x) for x in rng.choice(list(texts._AJWAIN_Q), size=irange(rng, 3, 5), replace=False)]
    if "en" not in langs:
        langs.append("en")
    bank = texts.ajwain_bank(rng, irange(rng, 300, 700), langs)
    gap = float(rng.uniform(25, 90))
    comp_med = float(rng.uniform(700, 1100))
    p_after = float(rng.uniform(0.5, 0.8))
    accounts = []
    for _ in range(n):
        kind = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile", "resi"))
        region = pick(rng, bb.regions())

        def addr(kind: str = kind, region: str = region) -> str:
            return bb.mobile_v6(rng, 1, kind)[0] if kind != "resi" else bb.resi(rng, 1, region)[0]

        a = ctx.account(rng, label="campaign", family=fam, role="throwaway", campaign_id=camp,
                        pay=pick(rng, cards), ua=pick(rng, bb.MOBILE), ips=[addr()])
        accounts.append(a)
        if chance(rng, p_after):
            s = float(rng.uniform(ctx.release, ctx.t1 - 6 * HOUR))
        else:
            s = float(rng.uniform(ctx.t0 + DAY, ctx.release))
        starts = [s] + ([s + float(rng.uniform(20, 30)) * HOUR] if chance(rng, 0.3) else [])
        for j, st in enumerate(starts):
            ts = _gaps(rng, st, irange(rng, 4, 25), gap, 0.7)
            ip = a.ips[0] if j == 0 else addr()
            ctx.emit(rng, a, ts, picks(rng, bank, len(ts)), models=ctx.models(rng, ts, p_new=0.9), ips=ip,
                     comp_median=comp_med, err=0.01)
    ctx.campaign(camp, fam, accounts, {"keys": n, "cards": len(cards), "languages": langs, "bank": len(bank),
                                       "gap_median_s": round(gap), "completion_median": round(comp_med),
                                       "share_after_release": round(p_after, 2)})


CAMPAIGN_FAMILIES = {
    "ajwain": ajwain,
    "asafoetida": asafoetida,
    "cardamom": cardamom,
    "fenugreek": fenugreek,
    "galangal": galangal,
    "nigella": nigella,
    "sumac": sumac,
}

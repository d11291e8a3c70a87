"""Campaign families of blind batch 67 (code names from bonsai). Each is a generator
`family(ctx, rng, campaign_id)` that writes its accounts' events and truth into `ctx`; every
volume, rate, address source, user agent, voice mixture and model share is drawn per seed.
See README.md (read it only after the monitor's run).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    SDK_OTHER,
    TZS,
    chance,
    hexid,
    irange,
    pick,
    picks,
)
from bench.monitor_blind67 import texts

FAMILY_LABEL = "campaign"


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _lang_for_tz(rng: np.random.Generator, tz: int) -> str:
    table = {-8: ("en", "en", "es"), -5: ("en", "en", "es"), -3: ("pt", "es", "en"), 0: ("en", "en", "fr"),
             1: ("de", "fr", "es", "en"), 2: ("de", "en", "ru"), 3: ("ru", "ru", "en"), 5: ("en", "en"),
             8: ("zh", "zh", "en"), 9: ("ja", "ko", "en")}
    return pick(rng, table.get(tz, ("en",)))


# --------------------------------------------------------------------------------------------
# nebari: reasoning-trace coercion from a worker pool behind proxies


def nebari(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 10, 22)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(irange(rng, 2, 4))]
    infra = pick(rng, ("resi_sticky", "rented_block", "mixed"))
    region = pick(rng, bb.regions())
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "m247", "leaseweb", "digitalocean"))
    resi_pool = bb.resi(rng, irange(rng, 150, 600), region)
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 4, 10))
    hold = _u(rng, 300, 1800)
    shared_ua = bb.sdk_ua(rng, 0.3) if chance(rng, 0.6) else None
    weights = rng.dirichlet(np.full(texts.NEBARI_VOICES, 0.6))
    rate_pre, rate_post = _u(rng, 15, 45), _u(rng, 110, 240)
    curve = bb.global_load(_u(rng, 0, 24), _u(rng, 0.05, 0.35))
    pre = bb.worker_pool(rng, ctx.t0, ctx.release, rate_pre, n, curve)
    post = bb.worker_pool(rng, ctx.release, ctx.t1, rate_post, n, curve)
    p_new, comp, err = _u(rng, 0.9, 0.99), _u(rng, 1200, 2400), _u(rng, 0.02, 0.06)
    accts = []
    for i in range(n):
        org, pay = pick(rng, orgs)
        use_resi = infra == "resi_sticky" or (infra == "mixed" and chance(rng, 0.5))
        acct = ctx.account(rng, label=FAMILY_LABEL, family="nebari", role="worker", campaign_id=camp, org=org,
                           pay=pay, ua=shared_ua or bb.sdk_ua(rng, 0.4), ips=resi_pool if use_resi else block)
        accts.append(acct)
        start = ctx.t0 if chance(rng, 0.35) else bb.jitter_start(rng, ctx.t0, ctx.t1, 0.8)
        ts = np.concatenate([pre[i], post[i]])
        ts = ts[ts >= start]
        ips = bb.sticky(rng, ts, resi_pool, hold) if use_resi else picks(rng, block, len(ts))
        prompts = [texts.nebari(rng, texts.choose(rng, weights)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), ips=ips, comp_median=comp,
                 comp_sigma=0.45, err=err, extra=irange(rng, 40, 220))
    ctx.campaign(camp, "nebari", accts, {
        "operation": "reasoning-trace coercion", "accounts": n, "orgs": len(orgs), "infra": infra,
        "region": region, "provider": provider, "sticky_hold_s": round(hold), "shared_ua": shared_ua,
        "rate_per_hour": [round(rate_pre, 1), round(rate_post, 1)], "p_new": round(p_new, 3),
        "completion_median": round(comp), "voice_weights": [round(float(w), 3) for w in weights]})


# --------------------------------------------------------------------------------------------
# kusamono: preference / rubric / reward labels from a "vendor" that never sleeps


def kusamono(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 6, 14)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    tz = int(pick(rng, (8, 5, 1, -3, 3)))
    floor = _u(rng, 0.3, 0.6)
    day = bb.workday(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(day(ts), floor)

    provider = pick(rng, ("gcp", "aws", "azure", "digitalocean", "linode"))
    backend = bb.cloud(rng, irange(rng, 2, 6), provider)
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    weights = rng.dirichlet(np.full(texts.KUSAMONO_VOICES, 0.7))
    comp_by_voice = np.array([220.0, 260.0, 420.0, 250.0, 90.0, 150.0]) * _u(rng, 0.8, 1.3)
    rate_pre = _u(rng, 20, 50)
    boost = _u(rng, 1.2, 1.9)
    pre = bb.worker_pool(rng, ctx.t0, ctx.release, rate_pre, n, curve)
    post = bb.worker_pool(rng, ctx.release, ctx.t1, rate_pre * boost, n, curve)
    p_new, p_office = _u(rng, 0.45, 0.9), _u(rng, 0.0, 0.25)
    accts = []
    for i in range(n):
        acct = ctx.account(rng, label=FAMILY_LABEL, family="kusamono", role="grader", campaign_id=camp, org=org,
                           pay=pick(rng, cards), ua=ua, ips=backend, tz=tz)
        accts.append(acct)
        ts = np.concatenate([pre[i], post[i]])
        if chance(rng, 0.4):
            ts = ts[ts >= bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)]
        prompts, comp = [], []
        for _ in range(len(ts)):
            v = texts.choose(rng, weights)
            k = texts.kusamono_n_answers(v, rng)
            prompts.append(texts.kusamono(rng, v, pick(rng, ctx.chat), picks(rng, ctx.passages, k)))
            comp.append(comp_by_voice[v])
        ips = [pick(rng, office) if chance(rng, p_office) else pick(rng, backend) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.05), ips=ips,
                 comp_median=np.asarray(comp), comp_sigma=0.5, err=0.015)
    ctx.campaign(camp, "kusamono", accts, {
        "operation": "preference / rubric / reward labels", "accounts": n, "cards": len(cards), "tz": tz,
        "night_floor": round(floor, 2), "provider": provider, "backend_ips": len(backend), "ua": ua,
        "rate_per_hour": round(rate_pre, 1), "post_release_boost": round(boost, 2), "p_new": round(p_new, 3),
        "voice_weights": [round(float(w), 3) for w in weights]})


# --------------------------------------------------------------------------------------------
# yamadori: low-and-slow accounts that look like people


def yamadori(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 30, 55)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    p_card = _u(rng, 0.2, 0.45)
    p_harvest = (_u(rng, 0.3, 0.5), _u(rng, 0.55, 0.8))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        lang = _lang_for_tz(rng, tz) if chance(rng, 0.6) else "en"
        if lang == "hi":
            lang = "en"
        mobile = chance(rng, 0.3)
        ua = pick(rng, MOBILE[:3]) if mobile else pick(rng, BROWSERS)
        ips = bb.home(rng, irange(rng, 1, 3), tz)
        acct = ctx.account(rng, label=FAMILY_LABEL, family="yamadori", role="persona", campaign_id=camp,
                           pay=pick(rng, cards) if chance(rng, p_card) else None, ua=ua, ips=ips, tz=tz)
        accts.append(acct)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = bb.session_times(rng, start, ctx.t1, _u(rng, 0.8, 2.2), bb.evening_person(tz, _u(rng, 1.8, 3.0)),
                                _u(rng, 3, 7), _u(rng, 45, 140))
        if not sess:
            sess = [np.array([start + _u(rng, 0, DAY)])]
        ts = np.concatenate(sess)
        ph = _u(rng, *p_harvest)
        voice = irange(rng, 0, 6)
        harvest = rng.random(len(ts)) < ph
        prompts = [texts.yamadori(rng, lang, voice) if h else pick(rng, ctx.chat) for h in harvest.tolist()]
        comp = np.where(harvest, _u(rng, 700, 1100), 320.0)
        if mobile:
            ip_col = []
            pool = bb.mobile_v6(rng, len(sess), pick(rng, ("us_mobile", "eu_mobile", "in_mobile", "br_mobile")))
            for j, s in enumerate(sess):
                ip_col.extend([pool[j]] * len(s))
        else:
            ip_col = None
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, _u(rng, 0.55, 0.9), 0.1), ips=ip_col,
                 comp_median=comp, comp_sigma=0.55, err=0.005)
    ctx.campaign(camp, "yamadori", accts, {
        "operation": "low-and-slow curriculum harvesting mixed with ordinary chat", "accounts": n,
        "shared_cards": len(cards), "p_shared_card": round(p_card, 2),
        "p_harvest_range": [round(p, 2) for p in p_harvest], "ip_source": "geo-matched residential / mobile v6",
        "pacing": "evening sessions"})


# --------------------------------------------------------------------------------------------
# ishitsuki: agent / tool-use trajectories from a cloud fleet

AGENT_UAS = ("langgraph-sdk/0.1.48 httpx/0.28.1", "crewai/0.86.0 litellm/1.57.4", "autogen-agentchat/0.4.3",
             "litellm/1.60.2", "OpenAI/Python 1.63.2", "smolagents/1.8.1", "pydantic-ai/0.0.24 httpx/0.28.1",
             "llama-index-llms-openai/0.3.18")


def ishitsuki(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 8, 16)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
    egress = bb.cloud(rng, irange(rng, 4, 12), provider)
    weights = rng.dirichlet(np.full(texts.ISHITSUKI_VOICES, 0.8))
    rate_pre, rate_post = _u(rng, 5, 14), _u(rng, 15, 35)
    size, gap = _u(rng, 2.5, 6.0), _u(rng, 3, 12)
    pre = bb.worker_pool(rng, ctx.t0, ctx.release, rate_pre, n)
    post = bb.worker_pool(rng, ctx.release, ctx.t1, rate_post, n)
    p_new, err = _u(rng, 0.7, 0.97), _u(rng, 0.01, 0.04)
    extra_med = _u(rng, 600, 2500)
    accts = []
    for i in range(n):
        org, pay = pick(rng, orgs)
        ips = [str(x) for x in rng.choice(egress, size=min(len(egress), irange(rng, 1, 3)), replace=False)]
        acct = ctx.account(rng, label=FAMILY_LABEL, family="ishitsuki", role="agent_runner", campaign_id=camp,
                           org=org, pay=pay, ua=pick(rng, AGENT_UAS), ips=ips)
        accts.append(acct)
        starts = np.concatenate([pre[i], post[i]])
        trains = bb.bursts(rng, starts, size, gap, 0.6, ctx.t1)
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        voices = [texts.choose(rng, weights) for _ in range(len(ts))]
        prompts = [texts.ishitsuki(rng, v) for v in voices]
        comp = np.where(np.asarray(voices) == 2, 700.0, _u(rng, 1100, 1700))
        extra = np.clip(rng.lognormal(np.log(extra_med), 0.5, size=len(ts)), 100, 12000).astype(np.int64)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.03), comp_median=comp,
                 comp_sigma=0.5, err=err, extra=extra)
    ctx.campaign(camp, "ishitsuki", accts, {
        "operation": "agent / tool-use trajectory synthesis", "accounts": n, "orgs": len(orgs),
        "provider": provider, "egress_ips": len(egress), "episodes_per_hour": [round(rate_pre, 1), round(rate_post, 1)],
        "episode_size": round(size, 1), "gap_s": round(gap, 1), "p_new": round(p_new, 3),
        "extra_prompt_tokens_median": round(extra_med)})


# --------------------------------------------------------------------------------------------
# fukinagashi: hydras of throwaway keys generating synthetic datasets


def fukinagashi(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    n_ops = irange(rng, 1, 2)
    for op in range(n_ops):
        cid = camp if op == 0 else hexid(rng, "camp")
        n = irange(rng, 22, 45)
        cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 9))]
        ip_mode = pick(rng, ("resi_rotating", "mobile_sticky", "mixed"))
        region = pick(rng, bb.regions())
        pool = bb.resi(rng, irange(rng, 200, 800), region)
        mkind = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
        weights = rng.dirichlet(np.full(texts.FUKINAGASHI_VOICES, 0.7))
        lang = pick(rng, ("en", "zh", "pt", "es"))
        p_pre = _u(rng, 0.1, 0.35)
        life_med, rate = _u(rng, 3, 10), _u(rng, 6, 22)
        p_new, comp, err = _u(rng, 0.9, 0.99), _u(rng, 1400, 3000), _u(rng, 0.03, 0.09)
        accts = []
        for _ in range(n):
            acct = ctx.account(rng, label=FAMILY_LABEL, family="fukinagashi", role="throwaway", campaign_id=cid,
                               pay=pick(rng, cards), ua=pick(rng, SDK_COMMON + SDK_OTHER), ips=pool)
            accts.append(acct)
            if chance(rng, p_pre):
                birth = _u(rng, ctx.t0, ctx.release - 2 * HOUR)
            else:
                birth = _u(rng, ctx.release, ctx.t1 - 2 * HOUR)
            life = float(np.clip(rng.lognormal(np.log(life_med), 0.5), 1.0, 30.0)) * HOUR
            r = rate * _u(rng, 0.6, 1.5)
            ts = bb.thinned(rng, birth, min(birth + life, ctx.t1), r * life / HOUR, bb.constant)
            if len(ts) == 0:
                ts = np.array([birth])
            mobile = ip_mode == "mobile_sticky" or (ip_mode == "mixed" and chance(rng, 0.5))
            if mobile:
                ips = bb.sticky(rng, ts, bb.mobile_v6(rng, 60, mkind), _u(rng, 60, 900))
            else:
                ips = picks(rng, pool, len(ts))
            prompts = [texts.fukinagashi(rng, texts.choose(rng, weights), picks(rng, ctx.chat, irange(rng, 3, 6)),
                                         lang) for _ in range(len(ts))]
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), ips=ips, comp_median=comp,
                     comp_sigma=0.5, err=err)
        ctx.campaign(cid, "fukinagashi", accts, {
            "operation": "synthetic instruction-data generation from throwaway keys", "operator": op,
            "keys": n, "cards": len(cards), "ip_mode": ip_mode, "region": region, "mobile": mkind,
            "lang": lang, "p_born_before_release": round(p_pre, 2), "life_median_h": round(life_med, 1),
            "rate_per_hour": round(rate, 1), "p_new": round(p_new, 3), "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------
# kabudachi: a reseller sampling best-of-n on its own customers' prompts

RELAY_UAS = ("Go-http-client/2.0", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "relaygate/1.4.2",
             "python-httpx/0.28.1", "OpenAI/NodeJS 4.85.1", "undici/6.21.0")


def kabudachi(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 2, 4)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb", "digitalocean", "vultr"))
    ua = pick(rng, RELAY_UAS)
    frac = _u(rng, 0.08, 0.25)
    n_lo, n_hi = irange(rng, 2, 4), irange(rng, 5, 9)
    harvest_from = ctx.release + _u(rng, -1.0, 0.5) * DAY
    p_soft = _u(rng, 0.05, 0.3)
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label=FAMILY_LABEL, family="kabudachi", role="gateway", campaign_id=camp, org=org,
                           pay=pick(rng, cards), ua=ua, ips=bb.cloud(rng, irange(rng, 1, 4), provider))
        accts.append(acct)
        rate = _u(rng, 15, 40)
        curve = bb.global_load(_u(rng, 0, 24), _u(rng, 0.3, 0.7))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = picks(rng, ctx.chat, len(ts))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, _u(rng, 0.3, 0.55), _u(rng, 0.1, 0.3)),
                 comp_median=300.0, comp_sigma=0.7, err=0.01)
        # the reseller's own sampling: several identical requests per recycled prompt
        jobs = bb.thinned(rng, harvest_from, ctx.t1, frac * rate * (ctx.t1 - harvest_from) / HOUR, curve)
        h_ts, h_prompts, h_models = [], [], []
        for s, m in zip(jobs.tolist(), ctx.models(rng, jobs, 0.97, 0.0), strict=True):
            if chance(rng, p_soft):
                p = texts.soft_label(rng, pick(rng, ctx.chat))
            else:
                p = pick(rng, prompts) if len(prompts) else pick(rng, ctx.chat)
            k = irange(rng, n_lo, n_hi)
            h_ts.extend((s + np.cumsum(rng.exponential(0.4, size=k))).tolist())
            h_prompts.extend([p] * k)
            h_models.extend([m] * k)
        h = np.asarray(h_ts)
        ctx.emit(rng, acct, h, h_prompts, models=h_models, comp_median=_u(rng, 350, 600),
                 comp_sigma=0.6, err=0.02)
    ctx.campaign(camp, "kabudachi", accts, {
        "operation": "reseller: forwarded traffic plus best-of-n sampling on recycled prompts", "gateways": n,
        "provider": provider, "ua": ua, "harvest_fraction": round(frac, 3), "n_range": [n_lo, n_hi],
        "harvest_from_day": round((harvest_from - ctx.t0) / DAY, 2), "p_soft_label": round(p_soft, 2)})


# --------------------------------------------------------------------------------------------
# sabamiki: back-translation, parallel corpora and regional rewrites in night batches


def sabamiki(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 5, 12)
    tz = int(pick(rng, (8, 8, 9, 3)))
    orgs = []
    for _ in range(irange(rng, 2, 3)):
        orgs.append((hexid(rng, "org"), hexid(rng, "pay"),
                     pick(rng, ("alibaba", "tencent", "huawei", "ucloud", "aws", "oracle"))))
    weights = rng.dirichlet(np.full(texts.SABAMIKI_VOICES, 0.8))
    night_start, night_len = _u(rng, 22, 26) % 24, _u(rng, 4, 7)
    night = bb.nightly(night_start, night_len, tz)
    day = bb.workday(tz)
    boost = _u(rng, 1.3, 2.2)
    p_new, comp = _u(rng, 0.5, 0.95), _u(rng, 650, 1200)
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.63.2", "Go-http-client/2.0"))
    accts = []
    for _ in range(n):
        org, pay, provider = pick(rng, orgs)
        acct = ctx.account(rng, label=FAMILY_LABEL, family="sabamiki", role="translator", campaign_id=camp, org=org,
                           pay=pay, ua=ua, ips=bb.cloud(rng, irange(rng, 2, 5), provider), tz=tz)
        accts.append(acct)
        r_night, r_day = _u(rng, 10, 35), _u(rng, 1, 5)
        parts = [bb.thinned(rng, ctx.t0, ctx.release, r_night * night_len * 4, night),
                 bb.thinned(rng, ctx.release, ctx.t1, r_night * boost * night_len * 3, night),
                 bb.thinned(rng, ctx.t0, ctx.t1, r_day * 7 * 9 * 5 / 7, day)]
        ts = np.sort(np.concatenate(parts))
        prompts = [texts.sabamiki(rng, texts.choose(rng, weights), pick(rng, ctx.passages)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.05), comp_median=comp,
                 comp_sigma=0.5, err=0.02, extra=irange(rng, 20, 120))
    ctx.campaign(camp, "sabamiki", accts, {
        "operation": "translation / back-translation / regional rewrites", "accounts": n, "orgs": len(orgs),
        "tz": tz, "night_start_h": round(night_start, 1), "night_hours": round(night_len, 1),
        "post_release_boost": round(boost, 2), "p_new": round(p_new, 3), "completion_median": round(comp),
        "voice_weights": [round(float(w), 3) for w in weights]})


# --------------------------------------------------------------------------------------------
# bunjin: scripted multi-turn sessions (opener + follow-ups) spread thin over consumer networks


def bunjin(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    n = irange(rng, 25, 45)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    p_card = _u(rng, 0.15, 0.4)
    langs = ("en", "en", "en", "es", "fr", "de", "ja", "ko", "hi")
    gap_med, gap_sig = _u(rng, 20, 60), _u(rng, 0.25, 0.45)
    follow_mean = _u(rng, 2, 5)
    p_new, comp = _u(rng, 0.75, 0.95), _u(rng, 800, 1400)
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        lang = pick(rng, langs)
        mobile = chance(rng, 0.55)
        mkind = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
        resi_ips = bb.resi(rng, irange(rng, 2, 6), pick(rng, bb.regions()))
        ua = pick(rng, MOBILE) if mobile else pick(rng, BROWSERS)
        acct = ctx.account(rng, label=FAMILY_LABEL, family="bunjin", role="conversant", campaign_id=camp,
                           pay=pick(rng, cards) if chance(rng, p_card) else None, ua=ua, ips=resi_ips, tz=tz)
        accts.append(acct)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        eve = bb.evening_person(tz)

        def curve(t: np.ndarray, eve: Callable = eve) -> np.ndarray:
            return 0.35 + 0.65 * eve(t)

        starts = bb.thinned(rng, start, ctx.t1, _u(rng, 1, 3) * (ctx.t1 - start) / DAY, curve)
        if len(starts) == 0:
            starts = np.array([min(start + _u(rng, 0, DAY), ctx.t1 - HOUR)])
        ts_l, prompts, ips = [], [], []
        for s in starts.tolist():
            k = 1 + 1 + int(rng.poisson(follow_mean))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap_med), gap_sig, size=k - 1))])
            ts_l.append(t)
            prompts.append(texts.bunjin_opener(rng, lang, pick(rng, ctx.passages)))
            prompts.extend(texts.bunjin_follow(rng, lang) for _ in range(k - 1))
            ip = bb.mobile_v6(rng, 1, mkind)[0] if mobile else pick(rng, resi_ips)
            ips.extend([ip] * k)
        ts = np.concatenate(ts_l)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.05), ips=ips, comp_median=comp,
                 comp_sigma=0.5, err=0.01)
    ctx.campaign(camp, "bunjin", accts, {
        "operation": "scripted multi-turn harvesting (opener + follow-ups, continuation)", "accounts": n,
        "shared_cards": len(cards), "p_shared_card": round(p_card, 2), "gap_median_s": round(gap_med, 1),
        "gap_sigma": round(gap_sig, 2), "followups_mean": round(follow_mean, 1), "p_new": round(p_new, 3),
        "completion_median": round(comp)})


CAMPAIGN_FAMILIES: dict[str, Callable[[bb.Ctx, np.random.Generator, str], None]] = {
    "nebari": nebari,
    "kusamono": kusamono,
    "yamadori": yamadori,
    "ishitsuki": ishitsuki,
    "fukinagashi": fukinagashi,
    "kabudachi": kabudachi,
    "sabamiki": sabamiki,
    "bunjin": bunjin,
}

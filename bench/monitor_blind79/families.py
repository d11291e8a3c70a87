"""Campaign families of blind batch 79 (code names from cricket bowling).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
its events through `ctx.emit`, and records one campaign through `ctx.campaign` with the
parameters it drew. Every volume, rate, pool size and mix below is randomised per seed.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, chance, hexid, irange, pick
from bench.monitor_blind79 import texts as tx

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# helpers shared with kinds.py


def subset(rng: Rng, seq: Sequence, lo: int, hi: int) -> list:
    k = min(len(seq), irange(rng, lo, hi))
    return [seq[i] for i in rng.choice(len(seq), size=k, replace=False).tolist()]


def weighted(rng: Rng, seq: Sequence, alpha: float = 1.5) -> tuple[list, np.ndarray]:
    """`seq` with Dirichlet weights (a campaign's own preference among its voices)."""
    return list(seq), rng.dirichlet(np.full(len(seq), alpha))


def draw(rng: Rng, choices: tuple[list, np.ndarray]):
    items, w = choices
    return items[int(rng.choice(len(items), p=w))]


def assign_alive(rng: Rng, ts: np.ndarray, born: np.ndarray, dies: np.ndarray) -> list[np.ndarray]:
    """Hand each job time to one of the keys alive at that time (jobs with none alive are lost)."""
    out: list[list[float]] = [[] for _ in range(len(born))]
    for t in np.asarray(ts).tolist():
        alive = np.flatnonzero((born <= t) & (t < dies))
        if len(alive):
            out[int(alive[rng.integers(len(alive))])].append(t)
    return [np.asarray(x) for x in out]


def concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def per_event_ip(rng: Rng, ts: np.ndarray, own: list[str], proxy: list[str], p_proxy: float, hold_s: float) -> list[str]:
    """Each event from the account's own egress or, with probability p_proxy, a sticky proxy exit."""
    if len(ts) == 0:
        return []
    prox = bb.sticky(rng, ts, proxy, hold_s)
    mine = bb.picks(rng, own, len(ts))
    use = rng.random(len(ts)) < p_proxy
    return [p if u else m for p, m, u in zip(prox, mine, use.tolist(), strict=True)]


# --------------------------------------------------------------------------------------------
# googly: reasoning-trace coercion behind a homework-help front


def googly(ctx, rng: Rng, camp: str) -> None:
    fam = "googly"
    n = irange(rng, 14, 24)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 4))]
    pays = {o: hexid(rng, "pay") for o in orgs}
    if chance(rng, 0.5):  # one card behind every org
        pays = dict.fromkeys(orgs, pays[orgs[0]])
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo", "linode"))
    egress = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    region = pick(rng, ("us", "eu", "latam", "sea", "in"))
    proxy = bb.resi(rng, irange(rng, 300, 1200), region)
    p_proxy = float(rng.uniform(0.15, 0.6))
    hold = float(rng.uniform(2, 30)) * MINUTE
    uas = subset(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/NodeJS 4.85.1",
                       "python-httpx/0.28.1", "OpenAI/Python 1.63.2"), 1, 2)
    voices = weighted(rng, subset(rng, list(tx.REASONING_VOICES), 3, 7))
    p_chat = float(rng.uniform(0.08, 0.3))
    rate = float(rng.uniform(40, 100))
    pre = float(rng.uniform(0.1, 0.5))
    curve = bb.global_load(float(rng.uniform(9, 17)), float(rng.uniform(0.3, 0.7)))
    start = ctx.t0 + float(rng.uniform(0, 0.8)) * (ctx.release - ctx.t0)
    comp_h = float(rng.uniform(1100, 2200))
    p_new = float(rng.uniform(0.7, 0.95))
    # keys: some live all along, others are rotated in and out
    born = np.where(rng.random(n) < 0.5, start, start + rng.uniform(0, 0.6, n) * (ctx.t1 - start))
    dies = np.minimum(ctx.t1 + 1, born + np.where(rng.random(n) < 0.4, rng.lognormal(np.log(1.5 * DAY), 0.5, n), 30 * DAY))
    ts = concat([bb.thinned(rng, start, ctx.release, rate * pre * (ctx.release - start) / HOUR, curve),
                 bb.thinned(rng, max(start, ctx.release), ctx.t1, rate * (ctx.t1 - max(start, ctx.release)) / HOUR, curve)])
    streams = assign_alive(rng, ts, born, dies)
    accts = []
    for i in range(n):
        org = orgs[i % len(orgs)]
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=camp, org=org, pay=pays[org],
                        ua=pick(rng, uas), ips=egress)
        accts.append(a)
        t = streams[i]
        chat = rng.random(len(t)) < p_chat
        prompts = [pick(rng, ctx.chat) if c else tx.reasoning_prompt(rng, draw(rng, voices)) for c in chat.tolist()]
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new=p_new, p_mini=0.02),
                 ips=per_event_ip(rng, t, egress, proxy, p_proxy, hold), comp_median=np.where(chat, 380.0, comp_h),
                 comp_sigma=0.5, err=float(rng.uniform(0.005, 0.03)))
    ctx.campaign(camp, fam, accts, {
        "operation": "reasoning-trace coercion behind a homework-help app", "accounts": n, "orgs": len(orgs),
        "provider": provider, "proxy_region": region, "p_proxy": round(p_proxy, 3), "jobs_per_hour": round(rate, 1),
        "pre_release_share": round(pre, 3), "p_chat": round(p_chat, 3), "voices": voices[0],
        "completion_median": round(comp_h), "p_new": round(p_new, 3), "user_agents": uas})


# --------------------------------------------------------------------------------------------
# doosra: rubric / reward-model grading


def doosra(ctx, rng: Rng, camp: str) -> None:
    fam = "doosra"
    n = irange(rng, 5, 9)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pay = hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
    ua = pick(rng, ("litellm/1.60.2", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "dspy/2.6.3 litellm/1.60.2"))
    voices = weighted(rng, subset(rng, tx.JUDGE_VOICES, 2, 5))
    tz = pick(rng, TZS)
    night = bb.nightly(float(rng.uniform(18, 23)), float(rng.uniform(6, 10)), tz)
    base = float(rng.uniform(0.1, 0.4))

    def curve(t: np.ndarray) -> np.ndarray:
        return base + (1 - base) * night(t)

    start = max(ctx.t0, ctx.release - float(rng.uniform(0, 2.0)) * DAY)
    per_day, size, gap = float(rng.uniform(2, 5)), float(rng.uniform(40, 110)), float(rng.uniform(0.6, 3.0))
    comp, p_new = float(rng.uniform(140, 320)), float(rng.uniform(0.85, 1.0))
    accts = []
    for i in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=camp, org=orgs[i % len(orgs)],
                        pay=pay, ua=ua, ips=bb.cloud(rng, irange(rng, 1, 4), provider))
        accts.append(a)
        starts = bb.thinned(rng, start + float(rng.uniform(0, 0.5)) * DAY, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        t = concat(bb.bursts(rng, starts, size, gap, b=ctx.t1))
        prompts = []
        for _ in range(len(t)):
            v = draw(rng, voices)
            k = irange(rng, 3, 5) if v == "rank" else 2
            prompts.append(tx.judge_prompt(rng, v, pick(rng, ctx.chat), [pick(rng, ctx.passages) for _ in range(k)]))
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new=p_new, p_mini=0.03), comp_median=comp,
                 comp_sigma=0.5, err=float(rng.uniform(0.01, 0.05)))
    ctx.campaign(camp, fam, accts, {
        "operation": "pairwise / rubric grading and reward labels", "accounts": n, "provider": provider, "tz": tz,
        "bursts_per_day": round(per_day, 2), "burst_size": round(size), "gap_s": round(gap, 2),
        "voices": voices[0], "completion_median": round(comp), "p_new": round(p_new, 3), "user_agent": ua})


# --------------------------------------------------------------------------------------------
# yorker: a hydra of short-lived keys generating synthetic instruction data


def yorker(ctx, rng: Rng, camp: str) -> None:
    fam = "yorker"
    n = irange(rng, 40, 75)
    cards = [hexid(rng, "pay") for _ in range(max(3, n // irange(rng, 2, 5)))]
    regions = subset(rng, bb.regions(), 2, 4)
    pools = {r: bb.resi(rng, irange(rng, 400, 1500), r) for r in regions}
    p_mobile = float(rng.uniform(0.1, 0.4))
    p_rotate = float(rng.uniform(0.3, 0.9))
    p_cont = float(rng.uniform(0.15, 0.4))
    life_med = float(rng.uniform(5, 14)) * HOUR
    ev_med = float(rng.uniform(28, 60))
    comp = float(rng.uniform(900, 1600))
    p_early = float(rng.uniform(0.1, 0.35))
    accts = []
    for _ in range(n):
        if chance(rng, p_early):
            born = float(rng.uniform(ctx.t0, ctx.release))
        else:
            born = float(rng.uniform(ctx.release - 6 * HOUR, ctx.t1 - 2 * HOUR))
        life = float(rng.lognormal(np.log(life_med), 0.6))
        k = max(3, int(rng.poisson(rng.lognormal(np.log(ev_med), 0.5))))
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.4) else bb.sdk_ua(rng, 0.4)
        mobile = chance(rng, p_mobile)
        region = pick(rng, regions)
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=camp, pay=pick(rng, cards),
                        ua=ua, ips=pools[region][:1])
        accts.append(a)
        t = np.sort(rng.uniform(born, born + life, size=k))
        if mobile:
            kind = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
            ips = bb.sticky(rng, t, bb.mobile_v6(rng, irange(rng, 2, 8), kind), float(rng.uniform(10, 60)) * MINUTE)
        elif chance(rng, p_rotate):
            ips = bb.picks(rng, pools[region], len(t))
        else:
            ips = bb.sticky(rng, t, pools[region], float(rng.uniform(5, 30)) * MINUTE)
        voice = subset(rng, tx.SELFINSTRUCT_VOICES, 1, 2)
        cont = rng.random(len(t)) < p_cont
        prompts = [tx.continuation_prompt(rng, pick(rng, ctx.passages)) if c else tx.selfinstruct_prompt(rng, pick(rng, voice))
                   for c in cont.tolist()]
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new=0.95, p_mini=0.02), ips=ips,
                 comp_median=np.where(cont, comp * 1.3, comp), comp_sigma=0.45, err=float(rng.uniform(0.03, 0.09)))
    ctx.campaign(camp, fam, accts, {
        "operation": "hydra of fresh keys: self-instruct generation + continuation", "accounts": n,
        "cards": len(cards), "regions": regions, "p_mobile": round(p_mobile, 3), "p_rotate": round(p_rotate, 3),
        "p_continuation": round(p_cont, 3), "life_median_h": round(life_med / HOUR, 1),
        "events_median": round(ev_med, 1), "completion_median": round(comp), "p_early": round(p_early, 3)})


# --------------------------------------------------------------------------------------------
# carrom: low-and-slow accounts that look like curious people


def carrom(ctx, rng: Rng, camp: str) -> None:
    fam = "carrom"
    n = irange(rng, 24, 44)
    tzs = subset(rng, TZS, 2, 3)
    domains = subset(rng, list(tx.CURRICULUM), 2, 4)
    p_shared = float(rng.uniform(0.0, 0.5))
    shared_cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    p_curr = float(rng.uniform(0.45, 0.75))
    per_day = (float(rng.uniform(0.4, 0.9)), float(rng.uniform(1.0, 2.0)))
    comp = float(rng.uniform(700, 1100))
    p_new = float(rng.uniform(0.45, 0.8))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, bb.BROWSERS + bb.MOBILE[:3])
        pay = pick(rng, shared_cards) if chance(rng, p_shared) else None
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=camp, pay=pay, ua=ua,
                        ips=bb.home(rng, irange(rng, 1, 2), tz), tz=tz)
        accts.append(a)
        curve = bb.evening_person(tz) if chance(rng, 0.55) else bb.workday(tz, weekend=0.3, night=0.03)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = bb.session_times(rng, start, ctx.t1, float(rng.uniform(*per_day)), curve,
                                    float(rng.uniform(2.5, 6)), float(rng.uniform(45, 150)))
        ts, prompts, meds = [], [], []
        for s in sessions:
            if chance(rng, p_curr):
                dom, concept = tx.curriculum_concept(rng, domains)
                for j in range(len(s)):
                    prompts.append(tx.curriculum_opening(rng, concept) if j == 0 else tx.curriculum_followup(rng, dom, concept))
                    meds.append(comp)
            else:
                for _ in range(len(s)):
                    prompts.append(pick(rng, ctx.chat))
                    meds.append(360.0)
            ts.extend(s.tolist())
        t = np.asarray(ts)
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new=p_new, p_mini=0.08),
                 comp_median=np.asarray(meds) if meds else 360.0, comp_sigma=0.55)
    ctx.campaign(camp, fam, accts, {
        "operation": "low-and-slow curriculum questions dressed as people", "accounts": n, "tzs": tzs,
        "domains": domains, "p_shared_card": round(p_shared, 3), "p_curriculum_session": round(p_curr, 3),
        "sessions_per_day": [round(x, 2) for x in per_day], "completion_median": round(comp), "p_new": round(p_new, 3)})


# --------------------------------------------------------------------------------------------
# teesra: agent / tool-use trajectory harvesting


def teesra(ctx, rng: Rng, camp: str) -> None:
    fam = "teesra"
    n = irange(rng, 6, 12)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    pays = {o: hexid(rng, "pay") for o in orgs}
    provider = pick(rng, ("azure", "oracle", "aws", "gcp"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 4, 10))
    ua = pick(rng, ("langchain-openai/0.3.6", "OpenAI/Python 1.63.2", "agentops/0.3.26 python-httpx/0.28.1",
                    "crewai/0.95.0 litellm/1.60.2"))
    toolsets = subset(rng, list(range(len(tx.TOOLSETS))), 2, 5)
    styles = subset(rng, tx.AGENT_STYLES, 1, 2)
    per_hour = float(rng.uniform(8, 20))
    steps_mean = float(rng.uniform(2.5, 5.0))
    think = float(rng.uniform(2, 7))
    schema = float(rng.uniform(400, 1800))
    comp_step, comp_final = float(rng.uniform(160, 320)), float(rng.uniform(450, 900))
    p_new = float(rng.uniform(0.8, 0.97))
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.7)
    depth = float(rng.uniform(0.0, 0.4))
    tasks = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.global_load(12, depth))
    who = rng.integers(0, n, size=len(tasks))
    accts = [ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=camp, org=orgs[i % len(orgs)],
                         pay=pays[orgs[i % len(orgs)]], ua=ua, ips=bb.picks(rng, block, irange(rng, 1, 3)))
             for i in range(n)]
    for i, a in enumerate(accts):
        ts, prompts, meds, extra, models = [], [], [], [], []
        for t0 in tasks[who == i].tolist():
            ts_ = t0 + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(think), 0.5, size=1 + int(rng.poisson(steps_mean))))])
            toolset, style = pick(rng, toolsets), pick(rng, styles)
            task = tx.agent_task(rng, toolset)
            model = ctx.models(rng, ts_[:1], p_new=p_new, p_mini=0.05)[0]
            for j, t in enumerate(ts_.tolist()):
                ts.append(t)
                prompts.append(tx.agent_step_prompt(rng, style, toolset, task, j))
                meds.append(comp_final if j == len(ts_) - 1 else comp_step)
                extra.append(int(schema + 140 * j))
                models.append(model)
        ctx.emit(rng, a, np.asarray(ts), prompts, models=models, comp_median=np.asarray(meds) if meds else 300.0,
                 comp_sigma=0.5, extra=np.asarray(extra, dtype=np.int64) if extra else 0,
                 err=float(rng.uniform(0.005, 0.03)))
    ctx.campaign(camp, fam, accts, {
        "operation": "agent / tool-use trajectories", "accounts": n, "orgs": len(orgs), "provider": provider,
        "tasks_per_hour": round(per_hour, 1), "steps_mean": round(steps_mean + 2, 2), "think_s": round(think, 2),
        "schema_tokens": round(schema), "toolsets": toolsets, "styles": styles, "p_new": round(p_new, 3),
        "user_agent": ua})


# --------------------------------------------------------------------------------------------
# flipper: back-translation and policy-safe rewrites of answers, run at night


def flipper(ctx, rng: Rng, camp: str) -> None:
    fam = "flipper"
    n = irange(rng, 6, 11)
    org = hexid(rng, "org")
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "aiohttp/3.11.11", "OpenAI/Python 1.54.0"))
    tz = pick(rng, (8, 8, 9, 3))
    curve = bb.nightly(float(rng.uniform(22, 26)) % 24, float(rng.uniform(5, 9)), tz)
    voices = weighted(rng, subset(rng, tx.REWRITE_VOICES, 3, 5))
    per_day, size, gap = float(rng.uniform(2, 5)), float(rng.uniform(25, 80)), float(rng.uniform(1, 4))
    mult = {"backtrans": 2.0, "parallel": 2.2, "paraphrase": 3.0, "neutral": 1.0, "compliant": 2.0}
    p_new = float(rng.uniform(0.85, 0.95))
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.9)
    accts = []
    for i in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=camp, org=org, pay=pays[i % len(pays)],
                        ua=ua, ips=bb.cloud(rng, irange(rng, 1, 3), provider))
        accts.append(a)
        starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        t = concat(bb.bursts(rng, starts, size, gap, b=ctx.t1))
        prompts, meds = [], []
        for _ in range(len(t)):
            v = draw(rng, voices)
            p = tx.rewrite_prompt(rng, v, pick(rng, ctx.passages))
            prompts.append(p)
            meds.append(max(120.0, len(p) / 4.0 * mult[v] * 0.85))
        ctx.emit(rng, a, t, prompts, models=ctx.models(rng, t, p_new=p_new, p_mini=0.02),
                 comp_median=np.asarray(meds) if meds else 400.0, comp_sigma=0.35, err=float(rng.uniform(0.01, 0.04)))
    ctx.campaign(camp, fam, accts, {
        "operation": "back-translation and policy-safe rewrites", "accounts": n, "provider": provider, "tz": tz,
        "bursts_per_day": round(per_day, 2), "burst_size": round(size), "gap_s": round(gap, 2), "voices": voices[0],
        "p_new": round(p_new, 3), "user_agent": ua})


# --------------------------------------------------------------------------------------------
# jaffa: a router/reseller whose end customer samples best-of-n and soft labels


def jaffa(ctx, rng: Rng, camp: str) -> None:
    fam = "jaffa"
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr", "linode", "hetzner"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 8))
    ua = pick(rng, ("litellm/1.60.2", "relaygate/2.4.1 node/22.11.0", "OpenAI/NodeJS 4.85.1"))
    legit_rate = float(rng.uniform(8, 22))
    legit_new = float(rng.uniform(0.2, 0.45))
    curve = bb.global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.3, 0.6)))
    units_rate = float(rng.uniform(5, 14))
    p_soft = float(rng.uniform(0.2, 0.5))
    n_lo, n_hi = irange(rng, 3, 4), irange(rng, 5, 8)
    mode = pick(rng, ("exact", "tagged", "prefix"))
    soft_voices = subset(rng, tx.SOFT_VOICES, 1, 3)
    h_start = ctx.release - float(rng.uniform(0, 1.0)) * DAY
    comp_h = float(rng.uniform(500, 900))
    accts = [ctx.account(rng, label="campaign", family=fam, role="reseller", campaign_id=camp, org=org, pay=pay,
                         ua=ua, ips=block) for _ in range(n)]
    units = bb.thinned(rng, h_start, ctx.t1, units_rate * (ctx.t1 - h_start) / HOUR, bb.constant)
    who = rng.integers(0, n, size=len(units))
    for i, a in enumerate(accts):
        lt = bb.thinned(rng, ctx.t0, ctx.t1, legit_rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        ts, prompts, models, meds = list(lt.tolist()), [pick(rng, ctx.chat) for _ in range(len(lt))], \
            ctx.models(rng, lt, p_new=legit_new, p_mini=0.2), [350.0] * len(lt)
        for u in units[who == i].tolist():
            if chance(rng, p_soft):
                k = irange(rng, 1, 3)
                p = tx.mcq_softlabel_prompt(rng, pick(rng, soft_voices))
                seq = [p] * k
                med = 260.0
            else:
                k = irange(rng, n_lo, n_hi)
                seed = tx.bestofn_seed(rng)
                seq = [tx.bestofn_variant(rng, seed, j + 1, mode) for j in range(k)]
                med = comp_h
            tt = u + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.5), 0.7, size=k - 1))])
            ts.extend(tt.tolist())
            prompts.extend(seq)
            models.extend(ctx.models(rng, tt[:1], p_new=0.95, p_mini=0.0) * k)
            meds.extend([med] * k)
        order = np.argsort(np.asarray(ts), kind="stable")
        ctx.emit(rng, a, np.asarray(ts)[order], [prompts[j] for j in order], models=[models[j] for j in order],
                 comp_median=np.asarray(meds)[order], comp_sigma=0.6, err=float(rng.uniform(0.01, 0.03)))
    ctx.campaign(camp, fam, accts, {
        "operation": "router reseller carrying best-of-n and soft-label sampling", "accounts": n,
        "provider": provider, "legit_per_hour_per_key": round(legit_rate, 1), "units_per_hour": round(units_rate, 1),
        "p_soft": round(p_soft, 3), "n_range": [n_lo, n_hi], "variant_mode": mode, "soft_voices": soft_voices,
        "completion_median": round(comp_h), "user_agent": ua})


# --------------------------------------------------------------------------------------------
# beamer: insiders in a real company harvesting code answers after hours


def beamer(ctx, rng: Rng, camp: str) -> None:
    fam = "beamer"
    insiders_all = []
    params: dict = {"operation": "insider code harvesting from a corporate org", "companies": []}
    voices = subset(rng, tx.CODE_VOICES, 2, 4)
    comp = float(rng.uniform(700, 1200))
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, (-8, -5, 0, 1, 2, 5))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        nat = bb.home(rng, irange(rng, 1, 2), tz)
        ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1"))
        n_co, n_in = irange(rng, 8, 16), irange(rng, 1, 3)
        co_new = float(rng.uniform(0.2, 0.5))
        day = bb.workday(tz)
        for _ in range(n_co):  # ordinary colleagues behind the same NAT (benign)
            a = ctx.account(rng, label="benign", family="corporate_nat", role="user", org=org, pay=pay, ua=ua,
                            ips=nat, tz=tz)
            t = concat(bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 3.5)), day,
                                        float(rng.uniform(2, 5)), float(rng.uniform(40, 120))))
            ctx.emit(rng, a, t, [pick(rng, ctx.chat) for _ in range(len(t))],
                     models=ctx.models(rng, t, p_new=co_new, p_mini=0.15))
        p_vpn = float(rng.uniform(0.3, 0.9))
        night = bb.nightly(float(rng.uniform(19, 21.5)), float(rng.uniform(3.5, 6)), tz)
        for _ in range(n_in):
            home_ips = bb.home(rng, 1, tz)
            a = ctx.account(rng, label="campaign", family=fam, role="insider", campaign_id=camp, org=org, pay=pay,
                            ua=ua, ips=nat, tz=tz)
            insiders_all.append(a)
            td = concat(bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)), day, float(rng.uniform(2, 5)),
                                         float(rng.uniform(40, 120))))
            ctx.emit(rng, a, td, [pick(rng, ctx.chat) for _ in range(len(td))],
                     models=ctx.models(rng, td, p_new=co_new, p_mini=0.15))
            s0 = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
            starts = bb.thinned(rng, s0, ctx.t1, float(rng.uniform(0.8, 2.0)) * (ctx.t1 - s0) / DAY, night)
            tn = concat(bb.bursts(rng, starts, float(rng.uniform(20, 70)), float(rng.uniform(4, 12)), b=ctx.t1))
            ips = [pick(rng, nat) if chance(rng, p_vpn) else home_ips[0] for _ in range(len(tn))]
            ctx.emit(rng, a, tn, [tx.code_harvest_prompt(rng, pick(rng, voices)) for _ in range(len(tn))],
                     models=ctx.models(rng, tn, p_new=0.85, p_mini=0.02), ips=ips, comp_median=comp, comp_sigma=0.45)
        params["companies"].append({"tz": tz, "colleagues": n_co, "insiders": n_in, "p_vpn": round(p_vpn, 3),
                                    "user_agent": ua})
    params.update({"voices": voices, "completion_median": round(comp)})
    ctx.campaign(camp, fam, insiders_all, params)


CAMPAIGN_FAMILIES = {
    "googly": googly,
    "doosra": doosra,
    "yorker": yorker,
    "carrom": carrom,
    "teesra": teesra,
    "flipper": flipper,
    "jaffa": jaffa,
    "beamer": beamer,
}

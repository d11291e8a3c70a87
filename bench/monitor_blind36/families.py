"""Campaign families of blind batch 36 (distillation operations), written without reading the
monitor. Each is a generator `(ctx, rng, campaign_id) -> None` that opens its accounts, writes
their events into `ctx.sink` and records the campaign in `ctx.truth`. Code names are neutral
(lighthouse parts); what each does is in the comments here and in README.md."""

from __future__ import annotations

import numpy as np
from bench import blind_batch as B
from bench.blind_batch import DAY, HOUR, MINUTE, chance, hexid, irange, pick, picks
from bench.monitor_blind36 import texts as T

CAMPAIGN = "campaign"


def _campaign_models(ctx: B.Ctx, rng: np.random.Generator, ts: np.ndarray, p_new: float, p_mini: float = 0.0) -> list[str]:
    return ctx.models(rng, ts, p_new=p_new, p_mini=p_mini)


# --------------------------------------------------------------------------------------------
def daymark(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion by a cluster of fresh accounts opened around the new model's
    release. One Poisson job queue is shared by all keys (a worker pool); most keys exit through a
    rented datacenter block, a minority through a residential proxy pool with sticky sessions.
    Cards come from a handful of prepaid batches. Prompts wrap generated maths/logic/code
    problems in demands for the complete, unabridged thought process (six styles, several
    languages); each account has its own mix of styles. Long completions."""
    fam = "daymark"
    n = irange(rng, 18, 40)
    provider = pick(rng, ("hetzner", "ovh", "vultr", "contabo", "m247", "leaseweb"))
    block = B.rented_block(rng, provider, irange(rng, 2, 5), irange(rng, 3, 8))
    resi_region = pick(rng, ("us", "eu", "sea", "latam", "in"))
    resi_pool = B.resi(rng, irange(rng, 200, 600), resi_region)
    p_resi = float(rng.uniform(0.15, 0.45))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 8))]
    ua_main = B.sdk_ua(rng, 0.6)
    styles = sorted(T.REASONING_STYLES)
    lead = float(rng.uniform(1, 10)) * HOUR
    per_hour = float(rng.uniform(110, 240))
    comp = float(rng.uniform(1300, 2400))
    accts, onboard, on_resi = [], [], []
    for _ in range(n):
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="worker", campaign_id=cid, pay=pick(rng, cards),
                        ua=ua_main if chance(rng, 0.8) else B.sdk_ua(rng, 0.3), ips=list(block))
        accts.append(a)
        onboard.append(ctx.release - lead + float(rng.uniform(0, 30)) * HOUR)
        on_resi.append(chance(rng, p_resi))
    start = ctx.release - lead
    lanes = B.worker_pool(rng, start, ctx.t1, per_hour, n, B.global_load(float(rng.uniform(0, 24)), 0.25))
    for a, ts, t_on, r in zip(accts, lanes, onboard, on_resi, strict=True):
        # a few keys get abandoned (throttled or closed) before the end of the window
        t_off = ctx.t1 if chance(rng, 0.75) else t_on + float(rng.uniform(10, 60)) * HOUR
        ts = ts[(ts >= t_on) & (ts < t_off)]
        w = rng.dirichlet(np.ones(len(styles)) * 0.6)
        prompts = [T.reasoning_prompt(rng, styles[int(i)]) for i in rng.choice(len(styles), size=len(ts), p=w)]
        ips = B.sticky(rng, ts, resi_pool, float(rng.uniform(5, 30)) * MINUTE) if r else None
        ctx.emit(rng, a, ts, prompts, models=_campaign_models(ctx, rng, ts, 0.97), ips=ips, comp_median=comp,
                 comp_sigma=0.5, err=float(rng.uniform(0.01, 0.06)))
    ctx.campaign(cid, fam, accts, {"operation": "reasoning-trace coercion", "pacing": "shared Poisson worker pool",
                                   "ip_source": f"rented {provider} block + {resi_region} residential sticky",
                                   "accounts": n, "cards": len(cards), "per_hour": round(per_hour, 1),
                                   "p_residential": round(p_resi, 2), "onboard": "around release",
                                   "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------
def watchroom(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reward-model / preference data presented as a labelling vendor's judge jobs: one org, a few
    keys, one or two company cards, a couple of cloud NAT addresses; nightly batch windows in its
    time zone plus a daytime trickle. Every prompt asks for rubric scores of candidate replies
    (texts that stand in for the student model's outputs) and ends by demanding a better,
    "gold" reply: the judge job doubles as a harvest of ideal answers."""
    fam = "watchroom"
    n = irange(rng, 3, 6)
    tz = pick(rng, B.TZS)
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = B.cloud(rng, irange(rng, 2, 4), provider)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    start_h, hours = float(rng.uniform(22, 27)) % 24, float(rng.uniform(4, 7))
    night_rate = float(rng.uniform(110, 260))
    day_rate = float(rng.uniform(6, 20))
    styles = ("plain", "json", "rubric")
    w = rng.dirichlet(np.ones(3))
    comp = float(rng.uniform(550, 950))
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="judge", campaign_id=cid, org=org,
                         pay=pick(rng, cards), ua=ua, ips=nat, tz=tz) for _ in range(n)]
    # worker_pool's rate is the mean over the whole window: scale the in-window rate by its duty cycle
    night = B.worker_pool(rng, ctx.t0, ctx.t1, night_rate * hours / 24.0, n, B.nightly(start_h, hours, tz))
    day = B.worker_pool(rng, ctx.t0, ctx.t1, day_rate, n, B.workday(tz))
    for a, t1, t2 in zip(accts, night, day, strict=True):
        ts = np.sort(np.concatenate([t1, t2]))
        prompts = [T.rubric_prompt(rng, ctx.chat, ctx.passages, styles[int(i)])
                   for i in rng.choice(3, size=len(ts), p=w)]
        ctx.emit(rng, a, ts, prompts, models=_campaign_models(ctx, rng, ts, 0.8), comp_median=comp,
                 extra=rng.integers(150, 1200, size=len(ts)), err=0.015)
    ctx.campaign(cid, fam, accts, {"operation": "rubric grading with gold rewrite", "pacing": "nightly pool + daytime trickle",
                                   "ip_source": f"{provider} NAT", "tz": tz, "accounts": n,
                                   "night_rate": round(night_rate, 1), "night_hours": round(hours, 1),
                                   "styles": dict(zip(styles, np.round(w, 2).tolist(), strict=True))})


# --------------------------------------------------------------------------------------------
def cupola(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low and slow: many person-shaped accounts (one time zone each, home-ISP addresses through a
    residential proxy matched to that zone, browser or common SDK user agents, human sessions with
    think times, own cards except a few shared pairs). Each spends most of its few prompts a day on
    deep textbook-style explanations of one slice of a professional syllabus (pharmacology, law,
    finance, ...), the rest on ordinary chat taken from ShareGPT as cover."""
    fam = "cupola"
    n = irange(rng, 22, 38)
    subjects = sorted(T.SYLLABI)
    p_h = float(rng.uniform(0.5, 0.8))
    accts = []
    shared_card = None
    for _ in range(n):
        tz = pick(rng, B.TZS)
        if shared_card is not None and chance(rng, 0.5):
            pay, shared_card = shared_card, None
        else:
            pay = hexid(rng, "pay")
            shared_card = pay if chance(rng, 0.25) else None
        ua = pick(rng, B.BROWSERS) if chance(rng, 0.55) else B.sdk_ua(rng, 0.8)
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="mixer", campaign_id=cid, pay=pay, ua=ua,
                        ips=B.home(rng, irange(rng, 1, 3), tz), tz=tz)
        accts.append(a)
        subject = pick(rng, subjects)
        style = irange(rng, 0, 4)
        curve = B.evening_person(tz) if chance(rng, 0.6) else B.workday(tz, weekend=0.3)
        start = B.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        sess = B.session_times(rng, start, ctx.t1, float(rng.uniform(1.0, 2.8)), curve, float(rng.uniform(3, 7)),
                               float(rng.uniform(70, 260)))
        ts = np.concatenate(sess) if sess else np.empty(0)
        harvest = rng.random(len(ts)) < p_h
        prompts = [T.syllabus_prompt(rng, subject, style if chance(rng, 0.8) else irange(rng, 0, 4)) if h
                   else pick(rng, ctx.chat) for h in harvest.tolist()]
        comp = np.where(harvest, float(rng.uniform(900, 1400)), 350.0)
        ctx.emit(rng, a, ts, prompts, models=_campaign_models(ctx, rng, ts, 0.75, 0.03), comp_median=comp, err=0.005)
    ctx.campaign(cid, fam, accts, {"operation": "syllabus explanations mixed with genuine chat",
                                   "pacing": "human sessions, 1-3 per day", "ip_source": "tz-matched residential",
                                   "accounts": n, "p_harvest": round(p_h, 2), "cover": "ShareGPT chat"})


# --------------------------------------------------------------------------------------------
def parapet(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """A reseller gateway on a Chinese cloud: a few keys (two per card) serve a consumer chat app's
    end users round the clock (ShareGPT chat with the app's peak in East-Asian evenings) and the
    operator adds its own overnight jobs: balanced overviews of contested subjects and rewrites of
    answers into 'policy-safe' versions with a list of removals (pairs for aligning its own model).
    Gateway software user agent, addresses from a rented block."""
    fam = "parapet"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    block = B.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6))
    ua = pick(rng, ("Go-http-client/2.0", "new-api/0.4.9", "one-api/v0.6.10", "axios/1.7.9"))
    cards = [hexid(rng, "pay") for _ in range((n + 1) // 2)]
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="reseller", campaign_id=cid, pay=cards[i // 2],
                         ua=ua, ips=list(block), tz=8) for i in range(n)]
    user_rate = float(rng.uniform(45, 110))
    op_rate = float(rng.uniform(70, 180))
    users = B.thinned(rng, ctx.t0, ctx.t1, user_rate * (ctx.t1 - ctx.t0) / HOUR, B.global_load(13.0, 0.75))
    who = rng.integers(0, n, size=len(users))
    # the operator's own jobs: op_rate per hour while its nightly window (01:00-06:30 UTC+8) is open
    op = B.worker_pool(rng, ctx.t0 + float(rng.uniform(0, 2)) * DAY, ctx.t1, op_rate * 5.5 / 24.0, n,
                       B.nightly(1.0, 5.5, 8))
    styles = ("zh_rewrite", "zh_question", "en_pair", "en_safe")
    w = rng.dirichlet(np.ones(4) * 2)
    op_comp = float(rng.uniform(800, 1200))
    for i, a in enumerate(accts):
        tu, to = users[who == i], op[i]
        ts = np.concatenate([tu, to])
        is_op = np.concatenate([np.zeros(len(tu), bool), np.ones(len(to), bool)])
        order = np.argsort(ts, kind="stable")
        ts, is_op = ts[order], is_op[order]
        prompts = [T.rewrite_prompt(rng, ctx.passages, styles[int(rng.choice(4, p=w))]) if o else pick(rng, ctx.chat)
                   for o in is_op.tolist()]
        models = [m_op if o else m_u for o, m_op, m_u in zip(is_op.tolist(), _campaign_models(ctx, rng, ts, 0.95),
                                                             _campaign_models(ctx, rng, ts, 0.6, 0.2), strict=True)]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.where(is_op, op_comp, 340.0), err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "reseller relay + policy-safe rewrite pairs",
                                   "pacing": "global end-user load + nightly operator pool",
                                   "ip_source": f"rented {provider} block", "accounts": n, "cards": len(cards),
                                   "user_rate": round(user_rate, 1), "operator_rate": round(op_rate, 1)})


# --------------------------------------------------------------------------------------------
def lantern(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent/tool-use trajectory synthesis with burner rotation: a chain of accounts, each live for
    ten to forty hours and then dropped, two or three live at a time, each with its own card and
    its own small set of GPU-cloud addresses. Each prompt carries a tool catalogue (large extra
    prompt tokens) and a goal, and asks for a whole invented multi-step episode (ReAct text, XML,
    or a JSON message list). Script bursts of a few seconds' spacing."""
    fam = "lantern"
    n = irange(rng, 10, 16)
    provs = list(rng.choice(np.array(["vultr", "ovh", "hetzner", "digitalocean", "linode", "oracle", "scaleway"]),
                            size=3, replace=False))
    styles = ("react", "xml", "messages")
    uas = [B.sdk_ua(rng, 0.2) for _ in range(2)]
    rate = float(rng.uniform(1.0, 2.6))
    size = float(rng.uniform(7, 18))
    comp = float(rng.uniform(1500, 2600))
    accts = []
    t = ctx.t0 + float(rng.uniform(0, 12)) * HOUR
    span = (ctx.t1 - t)
    step = span / n * float(rng.uniform(0.7, 1.0))
    for i in range(n):
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="burner", campaign_id=cid,
                        ua=uas[i % 2], ips=B.cloud(rng, irange(rng, 1, 3), pick(rng, provs)))
        accts.append(a)
        s = t + i * step + float(rng.uniform(-2, 2)) * HOUR
        e = s + float(rng.uniform(10, 40)) * HOUR
        starts = B.thinned(rng, s, min(e, ctx.t1), rate * (min(e, ctx.t1) - s) / HOUR, B.constant)
        ts = np.concatenate(B.bursts(rng, starts, size, float(rng.uniform(2, 7)), b=ctx.t1)) if len(starts) else np.empty(0)
        st = styles[i % 3] if chance(rng, 0.7) else pick(rng, styles)
        prompts = [T.agent_prompt(rng, st) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=_campaign_models(ctx, rng, ts, 0.92), comp_median=comp,
                 extra=rng.integers(900, 3600, size=len(ts)), err=0.03)
    ctx.campaign(cid, fam, accts, {"operation": "agent trajectory synthesis", "pacing": "script bursts, burner relay",
                                   "ip_source": "cloud " + "/".join(provs), "accounts": n,
                                   "bursts_per_hour": round(rate, 2), "burst_size": round(size, 1)})


# --------------------------------------------------------------------------------------------
def gallery(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Off the usual shape: label harvesting for a small classifier. Very many short requests that
    classify scraped user messages (sentiment, intent, topic, toxicity, ...) and get back a label
    and a confidence: tiny completions, not long answers. Two to four keys run a fast Poisson pool
    during a few multi-hour runs, each request leaving through a different mobile-carrier IPv6
    address (a mobile proxy network); much of it goes to the cheap model."""
    fam = "gallery"
    n = irange(rng, 2, 4)
    carriers = list(rng.choice(np.array(["us_mobile", "in_mobile", "br_mobile", "eu_mobile"]), size=irange(rng, 1, 2),
                               replace=False))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="labeller", campaign_id=cid, ua=ua,
                         ips=B.mobile_v6(rng, 1, carriers[0])) for _ in range(n)]
    runs = irange(rng, 2, 4)
    rate = float(rng.uniform(220, 420))
    styles = ("json", "tsv", "pt", "single")
    w = rng.dirichlet(np.ones(4))
    lanes: list[list[np.ndarray]] = [[] for _ in range(n)]
    spans = []
    for _ in range(runs):
        s = float(rng.uniform(ctx.t0, ctx.t1 - 6 * HOUR))
        d = float(rng.uniform(6, 18)) * HOUR
        spans.append(round((s - ctx.t0) / HOUR, 1))
        for i, lane in enumerate(B.worker_pool(rng, s, min(ctx.t1, s + d), rate, n)):
            lanes[i].append(lane)
    for a, parts in zip(accts, lanes, strict=True):
        ts = np.sort(np.concatenate(parts))
        prompts = [T.label_prompt(rng, ctx.chat, styles[int(i)]) for i in rng.choice(4, size=len(ts), p=w)]
        ips = [B.mobile_v6(rng, 1, c)[0] for c in picks(rng, carriers, len(ts))]
        ctx.emit(rng, a, ts, prompts, models=_campaign_models(ctx, rng, ts, 0.55, 0.5), ips=ips,
                 comp_median=float(rng.uniform(14, 40)), comp_sigma=0.4, err=0.04)
    ctx.campaign(cid, fam, accts, {"operation": "classifier label harvesting", "pacing": "Poisson pool in runs",
                                   "ip_source": "mobile IPv6 per request: " + ",".join(carriers), "accounts": n,
                                   "runs_start_h": spans, "per_hour": round(rate, 1)})


# --------------------------------------------------------------------------------------------
def service_room(ctx: B.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n sampling for rejection-sampling fine-tuning, off the usual shape in another way:
    each generated problem is sent k times in a quick train (identical text, a sample tag, or a
    different-method hint), concurrency trips the rate limit so a large share of calls come back
    429 and are retried with the same prompt after exponential backoff. Keys on one hyperscaler
    with a research-style client; light before the release, heavy after it."""
    fam = "service_room"
    n = irange(rng, 5, 9)
    provider = pick(rng, ("azure", "gcp", "aws", "oracle"))
    ua = pick(rng, ("python-requests/2.32.3", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.63.2"))
    org = hexid(rng, "org") if chance(rng, 0.5) else None
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="sampler", campaign_id=cid, org=org, ua=ua,
                         ips=B.cloud(rng, irange(rng, 1, 4), provider)) for _ in range(n)]
    n_prob = irange(rng, 350, 800)
    p429 = float(rng.uniform(0.12, 0.3))
    style = pick(rng, ("bare", "tagged", "hint"))
    comp = float(rng.uniform(700, 1300))
    pre = float(rng.uniform(0.1, 0.3))

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where(ts < ctx.release, pre, 1.0)

    starts = B.thinned(rng, ctx.t0, ctx.t1, n_prob, curve)
    owner = rng.integers(0, n, size=len(starts))
    per: list[tuple[list[float], list[str], list[int]]] = [([], [], []) for _ in range(n)]
    ks = []
    for s, o in zip(starts.tolist(), owner.tolist(), strict=True):
        p = T.problem(rng)
        k = irange(rng, 4, 12)
        ks.append(k)
        t = s
        for j in range(k):
            prompt = T.sample_prompt(rng, p, j, k, style)
            t += float(rng.lognormal(np.log(2.5), 0.7))
            for attempt in range(6):
                ok = attempt == 5 or not chance(rng, p429)
                per[o][0].append(t)
                per[o][1].append(prompt)
                per[o][2].append(200 if ok else 429)
                if ok:
                    break
                t += 2.0 ** attempt * float(rng.uniform(0.8, 1.2))
    for a, (ts, prompts, status) in zip(accts, per, strict=True):
        ts_a = np.asarray(ts)
        order = np.argsort(ts_a, kind="stable")
        st = np.asarray(status)[order]
        ctx.emit(rng, a, ts_a[order], [prompts[i] for i in order.tolist()],
                 models=_campaign_models(ctx, rng, ts_a[order], 0.95), comp_median=np.where(st == 200, comp, 1.0),
                 status=st)
    ctx.campaign(cid, fam, accts, {"operation": "best-of-n rejection sampling", "pacing": "k-sample trains with 429 retries",
                                   "ip_source": f"{provider} cloud", "accounts": n, "problems": len(starts),
                                   "k_mean": round(float(np.mean(ks)) if ks else 0.0, 1), "p429": round(p429, 2),
                                   "style": style})


CAMPAIGN_FAMILIES = {
    "daymark": daymark,
    "watchroom": watchroom,
    "cupola": cupola,
    "parapet": parapet,
    "lantern": lantern,
    "gallery": gallery,
    "service_room": service_room,
}

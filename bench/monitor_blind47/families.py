"""Campaign families of the forty-seventh blind batch (code names from clockmaking).

Each family is `f(ctx, rng, campaign_id)`: it draws its own parameters from `rng`, creates its
accounts with `ctx.account(..., label="campaign")`, writes their events with `ctx.emit` and
records the campaign with `ctx.campaign`. Written without reading the monitor.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind47 import texts as tx

LABEL = "campaign"


def _chat(ctx: Ctx, rng: np.random.Generator, n: int = 2000) -> str:
    return tx.clip(pick(rng, ctx.chat), n)


def _passage(ctx: Ctx, rng: np.random.Generator, lo: int, hi: int) -> str:
    return tx.clip(pick(rng, ctx.passages), irange(rng, lo, hi))


def _org_card_plan(
    rng: np.random.Generator, n_keys: int, n_orgs: int, n_cards: int
) -> tuple[list, list]:
    orgs = [bb.hexid(rng, "org") for _ in range(max(1, n_orgs))]
    cards = [bb.hexid(rng, "pay") for _ in range(max(1, n_cards))]
    return [pick(rng, orgs) for _ in range(n_keys)], [pick(rng, cards) for _ in range(n_keys)]


def _split(ts: np.ndarray, who: np.ndarray, n: int) -> list[np.ndarray]:
    return [ts[who == i] for i in range(n)]


# --------------------------------------------------------------------------------------------


def crutch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion with rejection sampling: a hydra of fresh keys opened at the new
    model's release, fed by one Poisson job queue; each problem is sent 1-6 times (identical text)
    to random keys of the pool; residential proxies with sticky sessions."""
    n_keys = irange(rng, 30, 70)
    n_scouts = irange(rng, 2, 4)
    rate = float(rng.uniform(60, 130))  # problems per hour across the pool
    max_n = irange(rng, 3, 6)
    p_new = float(rng.uniform(0.85, 0.97))
    comp = float(rng.uniform(900, 1800))
    region = pick(rng, ["*", "*", "us", "eu", "sea", "latam"])
    pool = bb.resi(rng, irange(rng, 300, 1500), region)
    hold = float(rng.uniform(5, 30)) * MINUTE
    n_orgs = n_keys if chance(rng, 0.5) else irange(rng, 3, 8)
    orgs, cards = _org_card_plan(rng, n_keys + n_scouts, n_orgs, irange(rng, 3, 8))
    shared_ua = chance(rng, 0.4)
    ua0 = bb.sdk_ua(rng)
    tpl_ids = rng.choice(
        len(tx.CRUTCH), size=irange(rng, 3, len(tx.CRUTCH)), replace=False
    ).tolist()
    err = float(rng.uniform(0.02, 0.06))
    delay = float(rng.uniform(0, 8)) * HOUR

    accts = []
    for i in range(n_keys + n_scouts):
        ua = ua0 if shared_ua else bb.sdk_ua(rng)
        role = "scout" if i >= n_keys else "worker"
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family="crutch",
                role=role,
                campaign_id=cid,
                org=orgs[i],
                pay=cards[i],
                ua=ua,
                ips=bb.picks(rng, pool, 3),
            )
        )
    workers, scouts = accts[:n_keys], accts[n_keys:]

    def problem_prompt() -> str:
        p = tx.problem(rng)
        return tx.fill(tx.CRUTCH[pick(rng, tpl_ids)], p=p, pj=tx.json_str(p))

    # scouts probe the old model before the release
    a = ctx.release - float(rng.uniform(1.0, 2.5)) * DAY
    for acct in scouts:
        ts = bb.thinned(rng, a, ctx.release + 12 * HOUR, float(rng.uniform(15, 60)), bb.constant)
        ctx.emit(
            rng,
            acct,
            ts,
            [problem_prompt() for _ in ts],
            models=ctx.models(rng, ts, p_new),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=comp,
            comp_sigma=0.5,
            err=err,
        )

    # the hydra's job queue: problems, each repeated max 1..max_n times across the pool
    start = ctx.release + delay
    jobs = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
    reps = rng.integers(1, max_n + 1, size=len(jobs))
    t_all, p_all = [], []
    for t, k in zip(jobs.tolist(), reps.tolist(), strict=True):
        prompt = problem_prompt()
        t_all.extend((t + np.cumsum(rng.exponential(25.0, size=k))).tolist())
        p_all.extend([prompt] * k)
    t_arr = np.asarray(t_all)
    who = rng.integers(0, n_keys, size=len(t_arr))
    for i, acct in enumerate(workers):
        sel = np.flatnonzero(who == i)
        ts = t_arr[sel]
        ctx.emit(
            rng,
            acct,
            ts,
            [p_all[j] for j in sel.tolist()],
            models=ctx.models(rng, ts, p_new),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=comp,
            comp_sigma=0.5,
            err=err,
            extra=int(rng.integers(0, 150)),
        )
    ctx.campaign(
        cid,
        "crutch",
        accts,
        {
            "operation": "reasoning_trace_rejection_sampling",
            "keys": n_keys,
            "scouts": n_scouts,
            "problems_per_hour": rate,
            "max_samples": max_n,
            "start_delay_h": delay / HOUR,
            "p_new": p_new,
            "completion_median": comp,
            "ip_source": f"residential_proxy:{region}",
            "sticky_min": hold / MINUTE,
            "orgs": n_orgs,
            "shared_ua": shared_ua,
            "templates": tpl_ids,
        },
    )


def foliot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Rubric grading and pairwise preference labels: an operator team working office hours in
    its own time zone, a handful of orgs, scripts on a small rented hosting block."""
    tz = int(pick(rng, [8, 8, 3, 2, 5]))
    n_keys = irange(rng, 6, 14)
    n_orgs = irange(rng, 2, 3)
    per_day = float(rng.uniform(80, 220))
    p_pair = float(rng.uniform(0.55, 0.85))
    p_new = float(rng.uniform(0.5, 0.8))
    comp = float(rng.uniform(250, 450))
    provider = pick(rng, ["alibaba", "tencent", "selectel", "huawei", "ucloud", "hetzner"])
    block = bb.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 4, 10))
    uas = [bb.sdk_ua(rng, 0.3) for _ in range(n_orgs)]
    org_ids = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    org_cards = {o: [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 2))] for o in org_ids}
    start_h = float(rng.uniform(8.5, 10.0))
    curve = bb.workday(
        tz,
        start=start_h,
        end=start_h + float(rng.uniform(8, 10)),
        weekend=float(rng.uniform(0, 0.3)),
    )
    accts = []
    for _ in range(n_keys):
        k = int(rng.integers(n_orgs))
        acct = ctx.account(
            rng,
            label=LABEL,
            family="foliot",
            role="grader",
            campaign_id=cid,
            org=org_ids[k],
            pay=pick(rng, org_cards[org_ids[k]]),
            ua=uas[k],
            ips=bb.picks(rng, block, irange(rng, 1, 3)),
            tz=tz,
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        starts = bb.thinned(rng, a, ctx.t1, per_day * (ctx.t1 - a) / DAY / 20.0, curve)
        ts = np.sort(
            np.concatenate([np.empty(0), *bb.bursts(rng, starts, 20.0, float(rng.uniform(4, 15)))])
        )
        prompts = []
        for _ in ts:
            q = _chat(ctx, rng, 400)
            a_txt = _passage(ctx, rng, 500, 1100)
            if chance(rng, p_pair):
                b_txt = _passage(ctx, rng, 500, 1100)
                tpl = pick(rng, tx.FOLIOT_PAIR)
                if tpl.startswith("{"):
                    q, a_txt, b_txt = tx.json_str(q), tx.json_str(a_txt), tx.json_str(b_txt)
                prompts.append(tx.fill(tpl, q=q, a=a_txt, b=b_txt))
            else:
                prompts.append(tx.fill(pick(rng, tx.FOLIOT_SINGLE), q=q, a=a_txt))
        ctx.emit(
            rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new), comp_median=comp, err=0.01
        )
    ctx.campaign(
        cid,
        "foliot",
        accts,
        {
            "operation": "rubric_grading_preference_labels",
            "keys": n_keys,
            "orgs": n_orgs,
            "tz": tz,
            "per_key_per_day": per_day,
            "pairwise_share": p_pair,
            "p_new": p_new,
            "completion_median": comp,
            "ip_source": f"hosting:{provider}",
            "pacing": "office_hours_bursts",
        },
    )


def stackfreed(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-aligned rewrites harvested through a reseller: a few relay accounts carrying genuine
    customers' chat around the clock, and the rewrite jobs in a nightly window with hidden
    guidelines in the system context."""
    n_keys = irange(rng, 3, 6)
    tz = int(pick(rng, [8, 3]))
    win_start = float(rng.uniform(0, 3))
    win_len = float(rng.uniform(4, 7))
    rate = float(rng.uniform(150, 400))  # rewrite jobs per hour inside the window
    cover = float(rng.uniform(15, 40))  # customer chat per hour
    p_new = float(rng.uniform(0.6, 0.9))
    comp = float(rng.uniform(400, 700))
    hidden = irange(rng, 400, 1400)
    prov = [pick(rng, ["hetzner", "ovh", "aws", "alibaba", "digitalocean"]) for _ in range(2)]
    ua = pick(
        rng, ["relaygate/2.3.1", "Go-http-client/2.0", "python-httpx/0.28.1", "new-relay/0.9.4"]
    )
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family="stackfreed",
            role="reseller",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 2, 6), pick(rng, prov)),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    jobs = bb.worker_pool(
        rng, a, ctx.t1, rate * win_len / 24.0, n_keys, bb.nightly(win_start, win_len, tz)
    )
    chat = bb.worker_pool(
        rng, ctx.t0, ctx.t1, cover, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.6)
    )
    for acct, tj, tc in zip(accts, jobs, chat, strict=True):
        prompts = []
        for _ in tj:
            if chance(rng, 0.7):
                prompts.append(
                    tx.fill(pick(rng, tx.STACKFREED[:4]), x=_passage(ctx, rng, 500, 1500))
                )
            else:
                prompts.append(tx.fill(pick(rng, tx.STACKFREED[4:]), q=_chat(ctx, rng, 300)))
        ctx.emit(
            rng,
            acct,
            tj,
            prompts,
            models=ctx.models(rng, tj, p_new),
            comp_median=comp,
            extra=hidden,
        )
        ctx.emit(
            rng,
            acct,
            tc,
            [_chat(ctx, rng) for _ in tc],
            models=ctx.models(rng, tc, 0.4, 0.2),
            comp_median=300.0,
            comp_sigma=0.9,
            extra=irange(rng, 0, 60),
        )
    ctx.campaign(
        cid,
        "stackfreed",
        accts,
        {
            "operation": "policy_aligned_rewrites_via_reseller",
            "keys": n_keys,
            "tz": tz,
            "window_start_h": win_start,
            "window_h": win_len,
            "jobs_per_hour_in_window": rate,
            "cover_chat_per_hour": cover,
            "p_new": p_new,
            "completion_median": comp,
            "hidden_tokens": hidden,
            "ip_source": f"cloud:{prov}",
            "user_agent": ua,
        },
    )


def grasshopper(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use trajectory harvesting: scripted episodes over a synthetic goal bank, each a
    burst of steps with growing hidden history; keys rotated at the release in half the seeds."""
    n_keys = irange(rng, 8, 20)
    eps_per_hour = float(rng.uniform(6, 16))
    step_gap = float(rng.uniform(6, 15))
    p_new = float(rng.uniform(0.8, 0.95))
    comp = float(rng.uniform(150, 300))
    rotate = chance(rng, 0.5)
    provs = [pick(rng, ["aws", "gcp", "azure", "oracle"]) for _ in range(2)]
    ua = pick(
        rng,
        [
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "python-httpx/0.28.1",
            "AsyncOpenAI/Python 1.60.0",
        ],
    )
    n_orgs = irange(rng, 1, 4)
    orgs, cards = _org_card_plan(rng, n_keys, n_orgs, irange(rng, 1, n_orgs))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family="grasshopper",
            role="runner",
            campaign_id=cid,
            org=orgs[i],
            pay=cards[i],
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 4), pick(rng, provs)),
        )
        for i in range(n_keys)
    ]
    a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    starts = bb.thinned(rng, a, ctx.t1, eps_per_hour * (ctx.t1 - a) / HOUR, bb.constant)
    half = n_keys // 2
    for s in starts.tolist():
        if rotate:
            k = int(rng.integers(0, half)) if s < ctx.release else int(rng.integers(half, n_keys))
        else:
            k = int(rng.integers(n_keys))
        m = irange(rng, 4, 18)
        ts = s + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=m - 1))]
        )
        kw = dict(
            c1=pick(rng, bb.COUNTRIES),
            c2=pick(rng, bb.COUNTRIES),
            d=irange(rng, 2, 28),
            w=pick(rng, ["orders", "billing", "auth", "search", "ingest", "reports"]),
            repo=f"{pick(rng, ['acme', 'zeta', 'northwind', 'orbit'])}/{pick(rng, ['api', 'core', 'web'])}",
            n=irange(rng, 100, 9999),
            topic=pick(rng, tx.TOPICS),
            name=pick(rng, bb.NAMES),
        )
        goal = tx.fill(pick(rng, tx.AGENT_GOALS), **kw)
        tools = pick(rng, tx.AGENT_TOOLS)
        tpl = pick(rng, tx.GRASSHOPPER)
        ep = bb.hexid(rng, "ep")
        prompts = []
        for j in range(m):
            obs = tx.fill(pick(rng, tx.AGENT_OBS), **kw)
            prompts.append(
                tx.fill(
                    tpl,
                    k=j + 1,
                    m=m,
                    goal=goal,
                    goalj=tx.json_str(goal),
                    tools=tools,
                    obs=obs,
                    obsj=tx.json_str(obs),
                    ep=ep,
                )
            )
        extra = 600 + 350 * np.arange(m) + rng.integers(0, 200, size=m)
        ctx.emit(
            rng,
            accts[k],
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=comp,
            extra=extra,
        )
    ctx.campaign(
        cid,
        "grasshopper",
        accts,
        {
            "operation": "agent_trajectory_harvest",
            "keys": n_keys,
            "episodes_per_hour": eps_per_hour,
            "step_gap_s": step_gap,
            "p_new": p_new,
            "completion_median": comp,
            "rotate_at_release": rotate,
            "ip_source": f"cloud:{provs}",
            "user_agent": ua,
            "orgs": n_orgs,
        },
    )


def snail(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Instruction evolution and synthetic dataset rows: many short-lived keys, each with its own
    organisation and card, rotating residential proxies per request, spoofed browser or SDK UAs."""
    n_keys = irange(rng, 60, 150)
    life_h = (float(rng.uniform(4, 10)), float(rng.uniform(14, 36)))
    rate = float(rng.uniform(3, 10))
    p_new = float(rng.uniform(0.7, 0.95))
    comp = float(rng.uniform(900, 1600))
    region = pick(rng, ["*", "*", "eu", "latam", "us", "in"])
    pool = bb.resi(rng, irange(rng, 2000, 6000), region)
    p_browser = float(rng.uniform(0.3, 0.9))
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, bb.BROWSERS) if chance(rng, p_browser) else bb.sdk_ua(rng)
        acct = ctx.account(
            rng,
            label=LABEL,
            family="snail",
            role="generator",
            campaign_id=cid,
            ua=ua,
            ips=bb.picks(rng, pool, 2),
        )
        accts.append(acct)
        life = float(rng.uniform(*life_h)) * HOUR
        a = float(rng.uniform(ctx.t0, ctx.t1 - life * 0.5))
        starts = bb.thinned(rng, a, a + life, rate * life / HOUR / 3.0, bb.constant)
        ts = np.sort(np.concatenate([np.empty(0), *bb.bursts(rng, starts, 3.0, 40.0, 0.7)]))
        mine = rng.choice(len(tx.SNAIL), size=irange(rng, 1, 2), replace=False).tolist()
        prompts = []
        for _ in ts:
            s = _chat(ctx, rng, 300)
            prompts.append(
                tx.fill(
                    tx.SNAIL[pick(rng, mine)],
                    s=s,
                    sj=tx.json_str(s),
                    n=irange(rng, 3, 10),
                    topic=pick(rng, tx.TOPICS),
                )
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=bb.picks(rng, pool, len(ts)),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        "snail",
        accts,
        {
            "operation": "instruction_evolution_synthetic_rows",
            "keys": n_keys,
            "key_life_h": list(life_h),
            "batches_per_hour": rate / 3.0,
            "p_new": p_new,
            "completion_median": comp,
            "ip_source": f"rotating_residential:{region}",
            "browser_ua_share": p_browser,
            "orgs": n_keys,
        },
    )


def countwheel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Parallel-corpus harvesting disguised as a phone translator: each source passage is rendered
    into several languages by a Poisson queue over many keys on carrier IPv6 with mobile UAs."""
    n_keys = irange(rng, 20, 50)
    rate = float(rng.uniform(25, 55))  # source passages per hour
    fan = irange(rng, 2, 6)
    p_new = float(rng.uniform(0.6, 0.9))
    comp = float(rng.uniform(500, 900))
    carriers = [pick(rng, ["in_mobile", "br_mobile", "eu_mobile", "us_mobile"]) for _ in range(2)]
    pool = bb.mobile_v6(rng, 2500, carriers[0]) + bb.mobile_v6(rng, 1500, carriers[1])
    n_orgs = irange(rng, 2, 5)
    orgs, cards = _org_card_plan(rng, n_keys, n_orgs, n_orgs)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family="countwheel",
            role="translator",
            campaign_id=cid,
            org=orgs[i],
            pay=cards[i],
            ua=pick(rng, bb.MOBILE[3:]),
            ips=bb.picks(rng, pool, 2),
        )
        for i in range(n_keys)
    ]
    a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.1)
    src = bb.thinned(
        rng, a, ctx.t1, rate * (ctx.t1 - a) / HOUR, bb.global_load(float(rng.uniform(0, 24)), 0.5)
    )
    t_all, p_all = [], []
    for t in src.tolist():
        x = _passage(ctx, rng, 400, 1500) if chance(rng, 0.8) else _chat(ctx, rng, 1200)
        k = irange(rng, 1, fan)
        langs = rng.choice(len(tx.LANGS), size=k, replace=False).tolist()
        t_all.extend((t + np.cumsum(rng.exponential(90.0, size=k))).tolist())
        p_all.extend(tx.fill(pick(rng, tx.COUNTWHEEL), lang=tx.LANGS[j], x=x) for j in langs)
    t_arr = np.asarray(t_all)
    who = rng.integers(0, n_keys, size=len(t_arr))
    for i, acct in enumerate(accts):
        sel = np.flatnonzero(who == i)
        ts = t_arr[sel]
        ctx.emit(
            rng,
            acct,
            ts,
            [p_all[j] for j in sel.tolist()],
            models=ctx.models(rng, ts, p_new),
            ips=bb.sticky(rng, ts, pool, 20 * MINUTE),
            comp_median=comp,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        "countwheel",
        accts,
        {
            "operation": "parallel_corpus_translation_harvest",
            "keys": n_keys,
            "sources_per_hour": rate,
            "max_languages_per_source": fan,
            "p_new": p_new,
            "completion_median": comp,
            "ip_source": f"carrier_ipv6:{carriers}",
            "orgs": n_orgs,
        },
    )


def cannon_pinion(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Soft-label harvesting: next-word distributions, option probabilities and label
    distributions with very short completions, at a steady rate in a nightly window from a rented
    hosting block; one organisation, one or two cards."""
    n_keys = irange(rng, 4, 10)
    tz = int(pick(rng, [3, 2, 8, 1]))
    win_start = float(rng.uniform(0, 3))
    win_len = float(rng.uniform(4, 8))
    rate = float(rng.uniform(250, 500))
    p_new = float(rng.uniform(0.75, 0.95))
    comp = float(rng.uniform(25, 80))
    provider = pick(rng, ["hetzner", "ovh", "contabo", "leaseweb", "m247", "vultr"])
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 12))
    ua = pick(rng, ["aiohttp/3.11.11", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"])
    org = bb.hexid(rng, "org")
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family="cannon_pinion",
            role="prober",
            campaign_id=cid,
            org=org,
            pay=pick(rng, cards),
            ua=ua,
            ips=bb.picks(rng, block, 2),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    lanes = bb.worker_pool(
        rng, a, ctx.t1, rate * win_len / 24.0, n_keys, bb.nightly(win_start, win_len, tz)
    )
    for acct, ts in zip(accts, lanes, strict=True):
        prompts = []
        for _ in ts:
            words = pick(rng, ctx.passages).split()
            n = irange(rng, 12, 45)
            off = int(rng.integers(0, max(1, len(words) - n)))
            c = " ".join(words[off : off + n])
            opts = bb.picks(rng, words, 4)
            prompts.append(
                tx.fill(
                    pick(rng, tx.CANNON),
                    ctx=c,
                    ctxj=tx.json_str(c),
                    k=irange(rng, 5, 20),
                    q=_chat(ctx, rng, 200),
                    o1=opts[0],
                    o2=opts[1],
                    o3=opts[2],
                    o4=opts[3],
                    labels=pick(rng, tx.CANNON_LABELS),
                    x=_chat(ctx, rng, 500),
                    opts=", ".join(opts),
                )
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=comp,
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        "cannon_pinion",
        accts,
        {
            "operation": "soft_label_distribution_harvest",
            "keys": n_keys,
            "tz": tz,
            "window_start_h": win_start,
            "window_h": win_len,
            "per_hour_in_window": rate,
            "p_new": p_new,
            "completion_median": comp,
            "ip_source": f"hosting_block:{provider}",
            "user_agent": ua,
        },
    )


_LANG_TZ = {
    "hi": (5,),
    "it": (1,),
    "th": (8,),
    "nl": (1,),
    "ar": (2, 3),
    "en": (-8, -5, 0),
    "es": (-3, 1),
}


def bushing(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low and slow: a few person-shaped accounts (home lines, browsers, evening or office
    sessions) whose ordinary chat is laced with a minority of textbook-length expert requests in
    their own language, aimed at the new model."""
    n_people = irange(rng, 3, 7)
    p_harvest = float(rng.uniform(0.25, 0.5))
    p_new = float(rng.uniform(0.6, 0.9))
    comp_h = float(rng.uniform(1400, 2200))
    accts = []
    for _ in range(n_people):
        lang = pick(rng, list(_LANG_TZ))
        tz = int(pick(rng, _LANG_TZ[lang]))
        mobile = chance(rng, 0.3)
        ua = pick(rng, bb.MOBILE[:3]) if mobile else pick(rng, bb.BROWSERS)
        ips = bb.home(rng, irange(rng, 1, 3), tz)
        acct = ctx.account(
            rng,
            label=LABEL,
            family="bushing",
            role="person",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz)
        per_day = float(rng.uniform(0.6, 2.0))
        ts = np.empty(0)
        for _ in range(20):
            ts = np.sort(
                np.concatenate(
                    [
                        np.empty(0),
                        *bb.session_times(
                            rng,
                            ctx.t0,
                            ctx.t1,
                            per_day,
                            curve,
                            float(rng.uniform(2, 5)),
                            float(rng.uniform(60, 240)),
                        ),
                    ]
                )
            )
            if 3 <= len(ts) <= 80:
                break
        ts = ts[:80]
        harvest = rng.random(len(ts)) < p_harvest
        if len(ts) and not harvest.any():
            harvest[int(rng.integers(len(ts)))] = True
        prompts = [
            tx.fill(tx.BUSHING[lang], topic=pick(rng, tx.TOPICS)) if h else _chat(ctx, rng)
            for h in harvest.tolist()
        ]
        models = [
            m if h else o
            for m, o, h in zip(
                ctx.models(rng, ts, p_new), ctx.models(rng, ts, 0.35), harvest.tolist(), strict=True
            )
        ]
        comp = np.where(harvest, comp_h, 300.0)
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=comp, comp_sigma=0.6, err=0.0)
    ctx.campaign(
        cid,
        "bushing",
        accts,
        {
            "operation": "low_and_slow_expert_longform",
            "people": n_people,
            "harvest_share": p_harvest,
            "p_new_harvest": p_new,
            "completion_median_harvest": comp_h,
            "ip_source": "home_lines",
            "pacing": "human_sessions",
        },
    )


CAMPAIGN_FAMILIES = {
    "crutch": crutch,
    "foliot": foliot,
    "stackfreed": stackfreed,
    "grasshopper": grasshopper,
    "snail": snail,
    "countwheel": countwheel,
    "cannon_pinion": cannon_pinion,
    "bushing": bushing,
}

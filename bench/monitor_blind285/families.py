"""Campaign families of batch 285: twelve distillation operations, code names from savate.

Each family is `f(ctx, rng, campaign_id)` and draws only from its own generator (seeded by
`bench.blind_batch.build_batch` from the seed, this batch's salt and the family's sorted position),
and only over lists and tuples, so a seed gives the same batch in every process. Accounts are
created through `ctx.account`, events written through `ctx.emit`, the campaign recorded with
`ctx.campaign` (params JSON-serialisable). See README.md (read it only after the monitor's run).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    SDK_OTHER,
    TZS,
    Ctx,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    nightly,
    pick,
    picks,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind285 import texts

C = "campaign"

# --------------------------------------------------------------------------------------------
# small helpers (all draws in list order)


def _flat(sessions: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Concatenate sessions; also return each event's session number."""
    if not sessions:
        return np.empty(0), np.empty(0, dtype=np.int64)
    ts = np.concatenate(sessions)
    sid = np.concatenate([np.full(len(s), i, dtype=np.int64) for i, s in enumerate(sessions)])
    return ts, sid


def _per_session(rng: np.random.Generator, sid: np.ndarray, make) -> list[str]:
    """One value per session (made by `make(rng)`), repeated for each of its events."""
    n = int(sid.max()) + 1 if len(sid) else 0
    vals = [make(rng) for _ in range(n)]
    return [vals[i] for i in sid.tolist()]


def _weighted(rng: np.random.Generator, items: list, weights: list[float]):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def _lang_of_tz(rng: np.random.Generator, tz: int) -> str:
    return pick(rng, texts.LANGS_OF_TZ.get(tz, ("en",)))


_REGION_OF_TZ = {
    -8: "us",
    -5: "us",
    -3: "latam",
    0: "eu",
    1: "eu",
    2: "eu",
    3: "ru",
    5: "in",
    8: "sea",
    9: "jp_kr",
}


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def chasse_frontal(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "chasse_frontal"
    provider = pick(rng, ("hetzner", "ovh", "contabo"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    n_orgs, per_org = irange(rng, 2, 3), irange(rng, 3, 6)
    accts = []
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
        for _ in range(per_org):
            accts.append(
                ctx.account(
                    rng,
                    label=C,
                    family=fam,
                    role="worker",
                    campaign_id=cid,
                    org=org,
                    pay=pay,
                    ua=ua,
                    ips=picks(rng, block, 2),
                )
            )
    start = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    rate = float(rng.uniform(120, 240))
    langs = ["en", "zh", "ru", "es"]
    lw = [0.55, 0.2, 0.15, 0.1]
    item = irange(rng, 1000, 90000)
    for a, ts in zip(
        accts,
        worker_pool(rng, start, ctx.t1, rate, len(accts), global_load(14.0, 0.25)),
        strict=True,
    ):
        prompts = []
        for _ in range(len(ts)):
            lg = _weighted(rng, langs, lw)
            item += 1
            if chance(rng, 0.75):
                prompts.append(
                    texts.reasoning_wrap(
                        rng, lg, int(rng.integers(3)), texts.problem(rng, lg), item
                    )
                )
            else:
                prompts.append(texts.explain(rng, lg))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1150,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (think tags / JSON full_reasoning / numbered steps)",
            "pacing": f"one Poisson worker pool, {rate:.0f}/h, mild global curve, from {(start - ctx.t0) / DAY:.2f} d",
            "ip_source": f"rented {provider} block, 2 addresses per key",
            "payment": "one prepaid card per org",
            "orgs": n_orgs,
            "keys": len(accts),
            "languages": langs,
            "styles": 3,
            "model": "new model at 0.95",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model labels, nightly from a cloud account


def fouette_median(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fouette_median"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 3), "aws")
    tz = pick(rng, (8, 3, 2))
    n = irange(rng, 5, 9)
    ua = "OpenAI/Python 1.58.1"
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
            tz=tz,
        )
        for _ in range(n)
    ]
    rate = float(rng.uniform(60, 110))
    curve = nightly(float(rng.uniform(0.5, 2.5)), float(rng.uniform(4, 7)), tz)
    styles = [0, 1, 2, 3, 4]
    sw = [0.35, 0.25, 0.2, 0.1, 0.1]
    for a, ts in zip(
        accts, worker_pool(rng, ctx.t0 + 0.4 * DAY, ctx.t1, rate, n, curve), strict=True
    ):
        prompts = [
            texts.judge(rng, ctx.chat, ctx.passages, _weighted(rng, styles, sw))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.1),
            comp_median=240,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model labels on ShareGPT questions and answers",
            "pacing": f"worker pool averaging {rate:.0f}/h, all of it inside a nightly window (UTC{tz:+d})",
            "ip_source": "2-3 AWS NAT",
            "payment": "one card",
            "orgs": 1,
            "keys": n,
            "languages": ["en", "es", "de"],
            "styles": ["pairwise", "rubric JSON", "reward scalar", "pairwise es", "rubric de"],
            "model": "new at 0.9 after release, old before",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant rewrites from burner accounts on VPN exits


def revers_lateral(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "revers_lateral"
    exits = rented_block(rng, "m247", irange(rng, 2, 4), 4) + rented_block(
        rng, "leaseweb", irange(rng, 1, 3), 4
    )
    n = irange(rng, 12, 20)
    accts = []
    styles = [0, 1, 2, 3, 4]
    sw = [0.3, 0.35, 0.12, 0.11, 0.12]
    first = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    for _ in range(n):
        ua = pick(
            rng,
            ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "Go-http-client/2.0", "axios/1.7.9"),
        )
        a = ctx.account(rng, label=C, family=fam, role="burner", campaign_id=cid, ua=ua, ips=exits)
        accts.append(a)
        born = float(rng.uniform(first, ctx.t1 - 0.5 * DAY))
        life = float(rng.uniform(0.6, 2.5)) * DAY
        starts = thinned(
            rng, born, min(born + life, ctx.t1), float(rng.uniform(5, 12)) * life / DAY, constant
        )
        burst = float(rng.uniform(15, 35))
        sess = [
            s
            + np.concatenate(
                [
                    [0.0],
                    np.cumsum(
                        rng.lognormal(np.log(4.0), 0.5, size=max(0, int(rng.poisson(burst)) - 1))
                    ),
                ]
            )
            for s in starts.tolist()
        ]
        ts, _ = _flat(sess)
        prompts = [
            texts.policy_rewrite(rng, ctx.passages, _weighted(rng, styles, sw))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            ips=sticky(rng, ts, exits, HOUR),
            comp_median=480,
            comp_sigma=0.5,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites and safe completions",
            "pacing": "burner keys living 0.6-2.5 d, 5-12 bursts a day of ~15-35 requests 4 s apart",
            "ip_source": "VPN exits (M247 + Leaseweb /24s), sticky per hour",
            "payment": "one card per key (stolen)",
            "orgs": n,
            "keys": n,
            "languages": ["zh", "en", "ru"],
            "styles": [
                "policy list en",
                "rules zh",
                "rules ru",
                "critique-revise",
                "safe completion",
            ],
            "model": "new at 0.9",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories from VPS


def coup_bas(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "coup_bas"
    n_orgs = irange(rng, 1, 2)
    pay = hexid(rng, "pay")
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    n = irange(rng, 4, 8)
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    accts = []
    for i in range(n):
        ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
        accts.append(
            ctx.account(
                rng,
                label=C,
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=pay,
                ua=ua,
                ips=cloud(rng, 1, provider),
            )
        )
    rate = float(rng.uniform(50, 100))
    start = ctx.t0 + float(rng.uniform(0.3, 2.0)) * DAY
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n, constant), strict=True):
        prompts = [
            texts.agent(rng, _weighted(rng, [0, 1, 2], [0.45, 0.3, 0.25])) for _ in range(len(ts))
        ]
        extra = rng.integers(600, 2600, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=520,
            comp_sigma=0.6,
            err=0.02,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts (next-step JSON, ReAct, full trajectories)",
            "pacing": f"worker pool {rate:.0f}/h, flat, from {(start - ctx.t0) / DAY:.2f} d",
            "ip_source": f"one {provider} VPS per key",
            "payment": "one card",
            "orgs": n_orgs,
            "keys": n,
            "languages": ["en"],
            "styles": 3,
            "model": "new at 0.85 after release",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset sweep through a rotating residential proxy


def crochet(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "crochet"
    pool = resi(rng, irange(rng, 300, 600), "*")
    n_orgs = irange(rng, 4, 7)
    per = irange(rng, 3, 5)
    ua = "OpenAI/Python 1.63.2"
    accts = []
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        for _ in range(per):
            accts.append(
                ctx.account(
                    rng,
                    label=C,
                    family=fam,
                    role="worker",
                    campaign_id=cid,
                    org=org,
                    pay=pay,
                    ua=ua,
                    ips=pool,
                )
            )
    rate = float(rng.uniform(180, 300))
    start = ctx.release - float(rng.uniform(0.0, 0.4)) * DAY
    langs = list(texts.LANGS)
    cell = irange(rng, 0, 500)
    for a, ts in zip(
        accts, worker_pool(rng, start, ctx.t1, rate, len(accts), constant), strict=True
    ):
        prompts = []
        for _ in range(len(ts)):
            cell += 1
            prompts.append(texts.dataset_gen(rng, langs[cell % len(langs)], cell // len(langs)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=1500,
            comp_sigma=0.35,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction / question-bank generation, swept over domain x level x language",
            "pacing": f"worker pool {rate:.0f}/h flat from the release",
            "ip_source": "residential proxy, new exit each request (worldwide)",
            "payment": "one prepaid card per org",
            "orgs": n_orgs,
            "keys": len(accts),
            "languages": langs,
            "styles": 3,
            "model": "new at 0.97",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: harvest mixed into a real writing-assistant product's traffic


def esquive(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "esquive"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    app = pick(rng, ("Penwise", "Draftly Pro", "Inkmoth", "Wordhaven"))
    n = irange(rng, 2, 4)
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, irange(rng, 2, 3), "aws"),
        )
        for _ in range(n)
    ]
    modes = ["rewrite", "explain", "summarise", "continue", "ask"]
    share_pre, share_post = float(rng.uniform(0.05, 0.15)), float(rng.uniform(0.35, 0.5))
    langs = ["en", "es", "pt", "de", "fr", "ja", "hi"]
    total = 0
    for a in accts:
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(22, 40)) * (ctx.t1 - ctx.t0) / HOUR,
            global_load(float(rng.uniform(13, 17)), 0.6),
        )
        harvest = rng.random(len(ts)) < np.where(ts >= ctx.release, share_post, share_pre)
        prompts, models, comp = [], [], []
        user_models = ctx.models(rng, ts, p_new=0.3, p_mini=0.15)
        for t, h, um in zip(ts.tolist(), harvest.tolist(), user_models, strict=True):
            if h:
                lg = pick(rng, langs)
                text = (
                    texts.explain(rng, lg)
                    if chance(rng, 0.6)
                    else (
                        texts.problem(rng, lg) + "\n\nShow each step."
                        if chance(rng, 0.6)
                        else texts.code_task(rng)
                    )
                )
                mode = "explain"
                models.append(
                    ctx.new_model if t >= ctx.release and chance(rng, 0.95) else ctx.old_models[0]
                )
                comp.append(750.0)
            else:
                text = pick(rng, ctx.chat)
                mode = pick(rng, modes)
                models.append(um)
                comp.append(300.0)
            prompts.append(
                f"You are {app}'s writing assistant. Mode: {mode}. Reply in the user's language.\n---\n{text}"
            )
        total += int(harvest.sum())
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.asarray(comp),
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden inside a real writing-assistant app's production keys",
            "pacing": "product load (global diurnal), 22-40/h per key, all week",
            "ip_source": "2-3 AWS NAT gateways per key",
            "payment": "the company card",
            "orgs": 1,
            "keys": n,
            "harvest_share_before_release": round(share_pre, 3),
            "harvest_share_after_release": round(share_post, 3),
            "app": app,
            "languages": langs,
            "styles": "app wrapper; explain / step problems / code inside",
            "model": "harvest requests new at 0.95, user requests new at 0.3",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. HARD: bought aged accounts that switch to harvesting after the release


def parade(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "parade"
    n = irange(rng, 24, 38)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = _lang_of_tz(rng, tz)
        ua = pick(rng, SDK_COMMON[:3]) if chance(rng, 0.7) else pick(rng, BROWSERS)
        own = home(rng, 1, tz)
        a = ctx.account(
            rng, label=C, family=fam, role="aged_account", campaign_id=cid, ua=ua, ips=own, tz=tz
        )
        accts.append(a)
        # the seller's warm-up traffic: an ordinary person's sessions before the switch
        switch = ctx.release + float(rng.uniform(0.1, 0.9)) * DAY
        pre, _ = _flat(
            session_times(
                rng, ctx.t0, switch, float(rng.uniform(0.5, 1.8)), evening_person(tz), 3.0, 70.0
            )
        )
        ctx.emit(
            rng,
            a,
            pre,
            [pick(rng, ctx.chat) for _ in range(len(pre))],
            models=ctx.models(rng, pre, p_new=0.3, p_mini=0.1),
            comp_median=320,
            comp_sigma=0.7,
        )
        # the buyer's harvest: same hours, residential proxies in the owner's region
        proxy = resi(rng, 40, _REGION_OF_TZ[tz])
        post, _ = _flat(
            session_times(
                rng,
                switch,
                ctx.t1,
                float(rng.uniform(3, 7)),
                evening_person(tz, 3.5),
                float(rng.uniform(7, 12)),
                40.0,
            )
        )
        prompts = [
            texts.casual(rng, lang) if chance(rng, 0.8) else pick(rng, ctx.chat)
            for _ in range(len(post))
        ]
        ctx.emit(
            rng,
            a,
            post,
            prompts,
            models=ctx.models(rng, post, p_new=0.85, p_mini=0.0),
            ips=sticky(rng, post, proxy, 1800.0),
            comp_median=620,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought aged consumer accounts: warm-up chat, then step-by-step harvest after the release",
            "pacing": "evening sessions before the switch (0.5-1.8/day), then 3-7 sessions/day of 7-12 requests",
            "ip_source": "owner's home IP before; residential proxies of the same region after, sticky 30 min",
            "payment": "each account's own card",
            "orgs": n,
            "keys": n,
            "languages": "by the owner's time zone",
            "styles": "casual templates in 10 languages + ShareGPT",
            "model": "new at 0.85 after the switch",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: paid crowd workers pasting a shared task list from their own accounts


def chasse_italien(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "chasse_italien"
    n_items = irange(rng, 250, 400)
    items = []
    for i in range(n_items):
        r = rng.random()
        items.append(
            texts.explain(rng, "en", i)
            if r < 0.45
            else texts.problem(rng, "en")
            if r < 0.8
            else texts.code_task(rng, i)
        )
    n = irange(rng, 45, 70)
    accts = []
    tz_choices = [5, 8, -3, 1, 3, -5]
    tz_w = [0.3, 0.25, 0.2, 0.1, 0.08, 0.07]
    for w in range(n):
        tz = _weighted(rng, tz_choices, tz_w)
        ua = pick(rng, BROWSERS) if chance(rng, 0.75) else pick(rng, MOBILE[:3])
        a = ctx.account(
            rng,
            label=C,
            family=fam,
            role="crowd_worker",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        start = ctx.release + float(rng.uniform(0.0, 1.5)) * DAY
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.5)
        ts, _ = _flat(
            session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(0.8, 2.2)),
                curve,
                float(rng.uniform(6, 12)),
                80.0,
            )
        )
        prefix = pick(rng, ("", "", "", "Please answer in detail: ", "Q: ", "Task: "))
        suffix = pick(rng, ("", "", " thanks", " Thank you!"))
        lower = chance(rng, 0.2)
        native = chance(rng, 0.25)
        lang = _lang_of_tz(rng, tz)
        pos = (w * 7) % n_items
        prompts = []
        for _ in range(len(ts)):
            if native:
                prompts.append(texts.casual(rng, lang, pos))
            else:
                text = items[pos % n_items]
                prompts.append(prefix + (text.lower() if lower else text) + suffix)
            pos += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=700,
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "crowd workers paste a shared task list (explain / step problems / code) and return answers",
            "pacing": "sign-ups over 1.5 d after the release, 0.8-2.2 human sessions a day of 6-12 prompts",
            "ip_source": "each worker's home ISP (IN, SEA/CN, LATAM, EU, RU, US)",
            "payment": "workers' own cards",
            "orgs": n,
            "keys": n,
            "task_list_items": n_items,
            "languages": "English task list; 25% rephrase natively",
            "model": "new at 0.9",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: replaying a public prompt set, sharded over many small accounts


def moniteur(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "moniteur"
    n = irange(rng, 10, 16)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 4))]
    region = pick(rng, ("us", "eu", "latam"))
    pool = resi(rng, irange(rng, 150, 300), region)
    shard = len(ctx.chat) // n
    base = irange(rng, 0, shard - 1)
    accts = []
    start = ctx.release - float(rng.uniform(0.0, 0.3)) * DAY
    for k in range(n):
        tz = pick(rng, (-8, -5, 0, 1, -3))
        a = ctx.account(
            rng,
            label=C,
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=cards[k % len(cards)],
            ua="OpenAI/Python 1.54.0",
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        ts, _ = _flat(
            session_times(
                rng,
                start + float(rng.uniform(0, 0.4)) * DAY,
                ctx.t1,
                float(rng.uniform(7, 13)),
                evening_person(tz, 4.0),
                float(rng.uniform(9, 15)),
                30.0,
            )
        )
        off = (k * shard + base) % len(ctx.chat)
        prompts = [ctx.chat[(off + j) % len(ctx.chat)] for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            ips=sticky(rng, ts, pool, 1200.0),
            comp_median=380,
            comp_sigma=0.7,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT 'sim' half walked in file order, one shard per key)",
            "pacing": "7-13 human-like sessions a day of 9-15 prompts, wide evening curve",
            "ip_source": f"residential proxy ({region}), sticky 20 min",
            "payment": f"{len(cards)} gift cards across keys",
            "orgs": n,
            "keys": n,
            "languages": "as ShareGPT",
            "model": "new at 0.97",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. multi-turn dialogue harvest from a phone farm


def semelle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "semelle"
    n = irange(rng, 10, 16)
    orgs = [hexid(rng, "org") for _ in range(2)]
    pays = [hexid(rng, "pay") for _ in range(2)]
    carriers = [
        ("br_mobile", "pt"),
        ("in_mobile", "hi"),
        ("in_mobile", "en"),
        ("sea", "id"),
        ("us_mobile", "en"),
    ]
    cw = [0.3, 0.25, 0.15, 0.2, 0.1]
    accts = []
    start = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    for i in range(n):
        carrier, lang = _weighted(rng, carriers, cw)
        ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
        a = ctx.account(
            rng,
            label=C,
            family=fam,
            role="phone",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=pays[i % 2],
            ua=ua,
        )
        accts.append(a)
        ts, sid = _flat(
            session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(18, 35)),
                constant,
                float(rng.uniform(4, 8)),
                14.0,
            )
        )
        if carrier == "sea":
            ips = _per_session(rng, sid, lambda r: resi(r, 1, "sea")[0])
        else:
            ips = _per_session(rng, sid, lambda r, c=carrier: mobile_v6(r, 1, c)[0])
        a.ips = sorted(dict.fromkeys(ips))
        prompts = [texts.dialogue(rng, lang, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            ips=ips,
            comp_median=380,
            comp_sigma=0.55,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (continue-as-assistant with personas)",
            "pacing": "phones running sessions around the clock, 18-35 a day of 4-8 turns 14 s apart",
            "ip_source": "carrier IPv6 (BR/IN/US) or Indonesian mobile IPv4, new address each session",
            "payment": "2 cards",
            "orgs": 2,
            "keys": n,
            "languages": ["pt", "hi", "en", "id"],
            "model": "new at 0.9",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. best-of-n and soft-label sampling


def contre_attaque(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "contre_attaque"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 2, "gcp")
    n = irange(rng, 3, 5)
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
        )
        for _ in range(n)
    ]
    rate = float(rng.uniform(14, 26))
    start = ctx.release + float(rng.uniform(0.0, 0.5)) * DAY
    n_lo, n_hi = 4, 8
    for a, items in zip(accts, worker_pool(rng, start, ctx.t1, rate, n, constant), strict=True):
        ts_all, prompts, comp = [], [], []
        for s in items.tolist():
            k = irange(rng, n_lo, n_hi)
            r = rng.random()
            lg = pick(rng, ("en", "en", "fr", "ja"))
            if r < 0.4:
                p, c = texts.soft_label(rng, lg, ctx.chat), 120.0
            elif r < 0.75:
                p, c = (
                    texts.reasoning_wrap(
                        rng, "en", 0, texts.problem(rng, "en"), irange(rng, 1, 99999)
                    ),
                    900.0,
                )
            else:
                p, c = texts.story_opening(rng, lg), 260.0
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.6, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * k)
            comp.extend([c] * k)
        ctx.emit(
            rng,
            a,
            np.asarray(ts_all),
            prompts,
            models=ctx.models(rng, np.asarray(ts_all), p_new=0.95, p_mini=0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n sampling (identical prompt sent 4-8 times within seconds) and soft-label "
            "distributions",
            "pacing": f"{rate:.0f} items/h pooled over keys, from after the release",
            "ip_source": "2 GCP addresses",
            "payment": "one card",
            "orgs": 1,
            "keys": n,
            "languages": ["en", "fr", "ja"],
            "styles": ["soft labels", "step-by-step problems", "story openings"],
            "model": "new at 0.95",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: a small dev shop's office harvesting code answers during office hours


def gant_argent(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gant_argent"
    tz = pick(rng, (1, 2, 3, 5, 8))
    office = home(rng, irange(rng, 1, 2), tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    n = irange(rng, 8, 14)
    proj = pick(rng, ("CORE", "PLAT", "DEV", "API", "WEB"))
    code_chat = texts.codey(ctx.chat)
    accts = []
    task_i, pl_i, ticket = irange(rng, 0, 50), irange(rng, 0, 9), irange(rng, 200, 900)
    for _ in range(n):
        ua = pick(
            rng,
            (
                "OpenAI/Python 1.58.1",
                "litellm/1.60.2",
                "OpenAI/NodeJS 4.85.1",
                "python-httpx/0.28.1",
                SDK_OTHER[0],
            ),
        )
        a = ctx.account(
            rng,
            label=C,
            family=fam,
            role="developer",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        accts.append(a)
        ts, _ = _flat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(6, 11)),
                workday(tz),
                float(rng.uniform(6, 10)),
                45.0,
            )
        )
        prompts = []
        for _ in range(len(ts)):
            r = rng.random()
            if r < 0.55:
                task_i += 1
                pl_i += 1 if task_i % len(texts.CODE_TASKS) == 0 else 0
                p = texts.code_task(rng, task_i, texts.PLANGS[pl_i % len(texts.PLANGS)])
            elif r < 0.75:
                p = texts.code_port(rng)
            elif r < 0.9:
                p = pick(rng, code_chat)
            else:
                p = texts.explain(rng, "en", pick(rng, (9, 10, 18, 19, 23, 28)))
            if chance(rng, 0.3):
                ticket += int(rng.integers(0, 2))
                p = f"[{proj}-{ticket}] {p}"
            prompts.append(p)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
            comp_median=900,
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest from an office: implement / port / compare over tasks x languages, with dev "
            "chatter mixed in",
            "pacing": f"office-hours sessions (UTC{tz:+d}), 6-11 a day per developer",
            "ip_source": "1-2 office broadband addresses",
            "payment": "company card",
            "orgs": 1,
            "keys": n,
            "languages": ["en"],
            "styles": "3 implement templates, port, ShareGPT code questions, CS explain",
            "model": "new at 0.8 after release",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "chasse_frontal": chasse_frontal,
    "fouette_median": fouette_median,
    "revers_lateral": revers_lateral,
    "coup_bas": coup_bas,
    "crochet": crochet,
    "esquive": esquive,
    "parade": parade,
    "chasse_italien": chasse_italien,
    "moniteur": moniteur,
    "semelle": semelle,
    "contre_attaque": contre_attaque,
    "gant_argent": gant_argent,
}

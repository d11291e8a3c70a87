"""Campaign families of batch 104 (code names: sumo wrestling terms).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, emits
their events with `ctx.emit`, and records the campaign with `ctx.campaign`. Every parameter is
drawn from the family's own rng (see `bench/blind_batch.py`'s `build_batch`).
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, chance, irange, pick
from bench.monitor_blind104 import texts as tx

C = "campaign"


def _cards(rng: np.random.Generator, n_keys: int, n_cards: int) -> list[str]:
    pool = [bb.hexid(rng, "pay") for _ in range(max(1, n_cards))]
    return [pool[i % len(pool)] for i in range(n_keys)]


def _after_release(ctx: bb.Ctx, rng: np.random.Generator, lo_h: float, hi_h: float) -> float:
    return ctx.release + float(rng.uniform(lo_h, hi_h)) * HOUR


def _langs(
    rng: np.random.Generator, choices: tuple[str, ...], n: int, p_main: float
) -> tuple[list[str], list[str]]:
    """A main language and a few others; per-event language choices."""
    main = choices[0]
    others = [
        str(x)
        for x in rng.permutation(list(choices[1:]))[: irange(rng, 1, max(1, len(choices) - 1))]
    ]
    langs = [main if rng.random() < p_main else pick(rng, others) for _ in range(n)]
    return [main, *others], langs


# --------------------------------------------------------------------------------------------


def tachiai(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion: a hosted worker pool asks for full private reasoning on generated
    problems, in English, Chinese and Russian."""
    fam = "tachiai"
    n = irange(rng, 4, 9)
    prov = pick(rng, ("hetzner", "ovh", "vultr", "digitalocean", "contabo"))
    hosts = bb.rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 2, 4))
    pays = _cards(rng, n, irange(rng, 1, 2))
    ua = bb.sdk_ua(rng, 0.6)
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pays[i],
            ua=ua,
            ips=[
                str(x)
                for x in rng.choice(hosts, size=min(len(hosts), irange(rng, 1, 3)), replace=False)
            ],
        )
        for i in range(n)
    ]
    a = _after_release(ctx, rng, -20, 10)
    per_hour = float(rng.uniform(30, 75))
    streams = bb.worker_pool(rng, a, ctx.t1, per_hour, n)
    p_main = float(rng.uniform(0.5, 0.85))
    styles = rng.permutation(4)[: irange(rng, 2, 4)].tolist()
    langs_used: set[str] = set()
    for acct, ts in zip(accts, streams, strict=True):
        _, langs = _langs(rng, ("en", "zh", "ru"), len(ts), p_main)
        langs_used |= set(langs)
        prompts = [tx.tachiai_prompt(rng, lg, pick(rng, styles)) for lg in langs]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97),
            comp_median=1100,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": f"worker pool {per_hour:.0f}/h",
            "ip_source": f"{prov} block",
            "payment": "shared cards",
            "user_agent": ua,
            "languages": sorted(langs_used),
            "styles": styles,
        },
    )


def gyoji(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / reward-model harvest: pairwise verdicts and rubric scores over ShareGPT questions and
    answers, many keys, one prepaid card each, sticky residential proxies."""
    fam = "gyoji"
    n = irange(rng, 10, 20)
    region = pick(rng, ("us", "eu", "*"))
    pool = bb.resi(rng, irange(rng, 150, 400), region)
    hold = float(rng.uniform(10, 40)) * MINUTE
    accts = [
        ctx.account(
            rng, label=C, family=fam, role="worker", campaign_id=cid, ua=bb.sdk_ua(rng, 0.3), ips=[]
        )
        for _ in range(n)
    ]
    a = _after_release(ctx, rng, -6, 18)
    starts_per_day = float(rng.uniform(6, 14))
    size = float(rng.uniform(5, 12))
    styles = rng.permutation(4)[: irange(rng, 2, 4)].tolist()
    for acct in accts:
        s = bb.thinned(rng, a, ctx.t1, starts_per_day * (ctx.t1 - a) / DAY, bb.constant)
        ts = np.sort(
            np.concatenate(
                [np.empty(0), *bb.bursts(rng, s, size, float(rng.uniform(2, 6)), b=ctx.t1)]
            )
        )
        prompts = []
        for _ in range(len(ts)):
            lang = "en" if chance(rng, 0.8) else pick(rng, ("es", "de"))
            prompts.append(
                tx.gyoji_prompt(
                    rng,
                    pick(rng, ctx.chat),
                    pick(rng, ctx.passages),
                    pick(rng, ctx.passages),
                    lang,
                    pick(rng, styles),
                )
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=420,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric grading harvest",
            "pacing": "scripted bursts",
            "ip_source": f"residential proxies ({region}), sticky {hold / 60:.0f} min",
            "payment": "one prepaid card per key",
            "languages": ["en", "es", "de"],
            "styles": styles,
        },
    )


def mawashi(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant rewrites of answers (safe-completion data) through commercial VPN exits that
    change every day."""
    fam = "mawashi"
    n = irange(rng, 3, 6)
    vpn = [
        bb.cloud(rng, irange(rng, 3, 6), pick(rng, ("m247", "leaseweb", "ovh"))) for _ in range(8)
    ]
    pays = _cards(rng, n, 2)
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pays[i],
            ua=bb.sdk_ua(rng),
            ips=[],
        )
        for i in range(n)
    ]
    a = _after_release(ctx, rng, -40, 6)
    styles = rng.permutation(4)[: irange(rng, 2, 4)].tolist()
    extra_lang = pick(rng, ("zh", "ar", "ko"))
    for acct in accts:
        s = bb.thinned(rng, a, ctx.t1, float(rng.uniform(20, 45)) * (ctx.t1 - a) / DAY, bb.constant)
        ts = np.sort(
            np.concatenate(
                [np.empty(0), *bb.bursts(rng, s, float(rng.uniform(4, 9)), 4.0, b=ctx.t1)]
            )
        )
        day = np.floor((ts - ctx.t0) / DAY).astype(int)
        ips = [pick(rng, vpn[d % len(vpn)]) for d in day.tolist()]
        prompts = [
            tx.mawashi_prompt(
                rng,
                pick(rng, ctx.passages),
                extra_lang if chance(rng, 0.25) else "en",
                pick(rng, styles),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.95), ips=ips, comp_median=500
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrite harvest",
            "pacing": "bursts",
            "ip_source": "VPN exits rotating daily",
            "payment": "two shared cards",
            "languages": ["en", extra_lang],
            "styles": styles,
        },
    )


def kimarite(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcript harvest: scripted agent episodes with fabricated tools, the
    transcript growing with each step."""
    fam = "kimarite"
    n = irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.58.1"))
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
            ips=bb.cloud(rng, irange(rng, 1, 3), prov),
        )
        for _ in range(n)
    ]
    a = _after_release(ctx, rng, 0, 24)
    ep_per_hour = float(rng.uniform(8, 16))
    style = int(rng.integers(3))
    for acct, st in zip(accts, bb.worker_pool(rng, a, ctx.t1, ep_per_hour, n), strict=True):
        ts_all, prompts, extra = [], [], []
        for s in st.tolist():
            k = irange(rng, 3, 12)
            task = tx.kimarite_task(rng)
            tools = [
                tx._TOOLS[i]
                for i in rng.choice(len(tx._TOOLS), size=irange(rng, 3, 6), replace=False)
            ]
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.5, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.kimarite_step(rng, task, tools, j, style))
                extra.append(250 * j + irange(rng, 0, 80))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98),
            comp_median=180,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent transcript harvest",
            "pacing": f"{ep_per_hour:.0f} episodes/h",
            "ip_source": prov,
            "payment": "one card",
            "user_agent": ua,
            "languages": ["en"],
            "styles": [style],
        },
    )


def chanko(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation: long JSONL completions of instruction pairs, conversations and
    preference pairs in several languages."""
    fam = "chanko"
    n = irange(rng, 5, 12)
    prov = pick(rng, ("hetzner", "ovh", "scaleway", "linode"))
    pays = _cards(rng, n, irange(rng, 2, 3))
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pays[i],
            ua=bb.sdk_ua(rng, 0.5),
            ips=bb.cloud(rng, 1, prov),
        )
        for i in range(n)
    ]
    a = _after_release(ctx, rng, -48, 12)
    per_hour = float(rng.uniform(12, 28))
    styles = rng.permutation(4)[: irange(rng, 2, 4)].tolist()
    langs_all = ("en", "zh", "vi", "id", "pt")
    for acct, ts in zip(accts, bb.worker_pool(rng, a, ctx.t1, per_hour, n), strict=True):
        _, langs = _langs(rng, langs_all, len(ts), 0.55)
        prompts = [tx.chanko_prompt(rng, lg, pick(rng, styles)) for lg in langs]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=2600,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": f"pool {per_hour:.0f}/h",
            "ip_source": prov,
            "payment": "2-3 cards",
            "languages": list(langs_all),
            "styles": styles,
        },
    )


def keiko(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest: scripted conversations with quick follow-ups, sticky residential
    proxy per conversation, history growing."""
    fam = "keiko"
    n = irange(rng, 6, 14)
    region = pick(rng, ("sea", "latam", "us", "eu"))
    pool = bb.resi(rng, 300, region)
    pays = _cards(rng, n, max(1, n // 3))
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pays[i],
            ua=pick(rng, bb.BROWSERS) if chance(rng, 0.5) else bb.sdk_ua(rng),
            ips=[],
        )
        for i in range(n)
    ]
    a = _after_release(ctx, rng, -12, 12)
    conv_per_hour = float(rng.uniform(5, 10))
    lang = pick(rng, ("en", "en", "zh", "es", "ja"))
    for acct, st in zip(accts, bb.worker_pool(rng, a, ctx.t1, conv_per_hour, n), strict=True):
        ts_all, prompts, extra, ips = [], [], [], []
        for s in st.tolist():
            k = irange(rng, 5, 15)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(14.0), 0.6, size=k - 1))])
            ip = pick(rng, pool)
            lg = lang if chance(rng, 0.8) else "en"
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                ips.append(ip)
                prompts.append(
                    tx.keiko_opener(rng, lg, pick(rng, ctx.chat))
                    if j == 0
                    else pick(rng, tx.KEIKO_FOLLOW[lg])
                )
                extra.append(380 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96),
            ips=ips,
            extra=extra,
            comp_median=550,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "scripted conversations",
            "ip_source": f"residential proxies ({region}) per conversation",
            "payment": "a card per ~3 keys",
            "languages": [lang, "en"],
        },
    )


def shikiri(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: each item sent n times in a burst (identical prompt), plus
    probability-distribution prompts."""
    fam = "shikiri"
    n = irange(rng, 3, 5)
    pay = bb.hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "oracle", "alibaba"))
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pay,
            ua=bb.sdk_ua(rng),
            ips=bb.cloud(rng, 2, prov),
        )
        for _ in range(n)
    ]
    a = _after_release(ctx, rng, -4, 20)
    items_per_hour = float(rng.uniform(5, 10))
    nn = irange(rng, 4, 16)
    styles = rng.permutation(4)[: irange(rng, 2, 4)].tolist()
    for acct, st in zip(accts, bb.worker_pool(rng, a, ctx.t1, items_per_hour, n), strict=True):
        ts_all, prompts = [], []
        for s in st.tolist():
            base = tx.shikiri_base(rng, pick(rng, ctx.chat), pick(rng, styles))
            k = max(2, int(rng.poisson(nn)))
            t = s + np.sort(rng.uniform(0, float(rng.uniform(1, 8)), size=k))
            ts_all.extend(t.tolist())
            prompts.extend([base] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.99),
            comp_median=260,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "n_samples": nn,
            "pacing": "parallel identical bursts",
            "ip_source": prov,
            "payment": "one card",
            "languages": ["en"],
            "styles": styles,
        },
    )


def banzuke(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep: subject x topic x audience x facet walked in order by a couple of keys at a
    steady sequential rate."""
    fam = "banzuke"
    n = irange(rng, 2, 3)
    pay = bb.hexid(rng, "pay")
    ip_src = pick(rng, ("cloud", "office"))
    accts = []
    for _ in range(n):
        ips = bb.cloud(rng, 1) if ip_src == "cloud" else bb.home(rng, 1, pick(rng, TZS))
        accts.append(
            ctx.account(
                rng,
                label=C,
                family=fam,
                role="worker",
                campaign_id=cid,
                pay=pay,
                ua=pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1")),
                ips=ips,
            )
        )
    grid = [
        (s, t, lv, f)
        for s in rng.permutation(list(tx.SUBJECTS)).tolist()
        for t in tx.SUBJECTS[s]
        for lv in tx.LEVELS
        for f in tx.BANZUKE_FACETS
    ]
    style = int(rng.integers(3))
    a = _after_release(ctx, rng, -10, 10)
    gap = float(rng.uniform(35, 80))
    pos = 0
    for acct in accts:
        ts = a + np.cumsum(
            rng.lognormal(np.log(gap * n), 0.35, size=int((ctx.t1 - a) / (gap * n)) + 5)
        )
        ts = ts[ts < ctx.t1]
        # an hour's pause every few hours (rate-limit care)
        ts = ts[((ts - a) % (6 * HOUR)) < 5 * HOUR]
        prompts = [tx.banzuke_prompt(*grid[(pos + i) % len(grid)], style) for i in range(len(ts))]
        pos += len(ts)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=1.0), comp_median=900)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "pacing": f"sequential ~{gap:.0f}s",
            "ip_source": ip_src,
            "payment": "one card",
            "languages": ["en"],
            "styles": [style],
        },
    )


# --------------------------------------------------------------------------------------------
# deliberately hard families


def henka(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Harvest hidden in a real product: a writing-assistant app's backend keys carry genuine user
    traffic all week and, after the release, a share of harvest prompts wrapped exactly like it."""
    fam = "henka"
    app = pick(rng, ("Quillmate", "Draftly", "Penwise", "Inkflow"))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    servers = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng, label=C, family=fam, role=r, campaign_id=cid, org=org, pay=pay, ua=ua, ips=servers
        )
        for r in ("product", "product")
    ]
    per_day = float(rng.uniform(450, 800))
    load = bb.global_load(float(rng.uniform(13, 19)), 0.6)
    share = float(rng.uniform(0.2, 0.35))
    tones = ("friendly", "formal", "concise", "persuasive")
    for i, acct in enumerate(accts):
        vol = per_day * (0.85 if i == 0 else 0.15)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, vol * (ctx.t1 - ctx.t0) / DAY, load)
        hidden = (ts >= ctx.release + 6 * HOUR) & (rng.random(len(ts)) < share)
        prompts = [
            tx.henka_wrap(
                app, pick(rng, tones), tx.henka_harvest(rng) if h else pick(rng, ctx.chat)
            )
            for h in hidden.tolist()
        ]
        models = ctx.models(rng, ts, p_new=0.35)
        models = [ctx.new_model if h else m for h, m in zip(hidden.tolist(), models, strict=True)]
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=np.where(hidden, 800, 320))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in product traffic",
            "app": app,
            "harvest_share": round(share, 3),
            "pacing": "product load curve",
            "ip_source": "app servers",
            "payment": "company card",
            "languages": ["en"],
        },
    )


def shikona(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Bought / taken-over aged accounts: each had an ordinary owner (home IP, own card, evening
    use); after the release the buyer drives it from residential proxies in the owner's region."""
    fam = "shikona"
    n = irange(rng, 8, 14)
    accts, pivots = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, bb.BROWSERS)
        acct = ctx.account(
            rng,
            label=C,
            family=fam,
            role="bought",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        pivot = _after_release(ctx, rng, 2, 40)
        pivots.append(pivot)
        # the original owner
        sess = bb.session_times(
            rng, ctx.t0, pivot, float(rng.uniform(0.5, 1.5)), bb.evening_person(tz), 4, 60
        )
        ts = np.sort(np.concatenate([np.empty(0), *sess]))
        ctx.emit(
            rng, acct, ts, [pick(rng, ctx.chat) for _ in ts], models=ctx.models(rng, ts, p_new=0.2)
        )
        # the buyer
        region = pick(rng, bb.ipspace.REGION_OF_TZ.get(tz, ("us",)))
        pool = bb.resi(rng, 60, region)
        rate = float(rng.uniform(60, 160))
        ts2 = bb.thinned(
            rng, pivot, ctx.t1, rate * (ctx.t1 - pivot) / DAY, bb.evening_person(tz, 5.0)
        )
        prompts = [
            tx.casual_question(rng, "en")
            if chance(rng, 0.4)
            else (
                tx.henka_harvest(rng)
                if chance(rng, 0.6)
                else tx.word_problem(rng) + "\nShow all steps."
            )
            for _ in ts2
        ]
        ua2 = ua if chance(rng, 0.5) else bb.sdk_ua(rng)
        ctx.emit(
            rng,
            acct,
            ts2,
            prompts,
            models=ctx.models(rng, ts2, p_new=0.95),
            ua=ua2,
            ips=bb.sticky(rng, ts2, pool, 45 * MINUTE),
            comp_median=700,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought/compromised aged accounts",
            "pivots": [round(p, 1) for p in pivots],
            "pacing": "owner sessions then steady",
            "ip_source": "home, then residential proxies in the owner's region",
            "payment": "the owners' cards",
            "languages": ["en"],
        },
    )


def utchari(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low and slow, human-looking: dozens of accounts, each one person-like (own card, own home IP,
    browser or phone, evening sessions, human think times), casually phrased harvest questions."""
    fam = "utchari"
    n = irange(rng, 30, 60)
    accts = []
    lang_pool = ("en", "en", "en", "pt", "tr", "hi", "fr")
    for _ in range(n):
        tz = pick(rng, TZS)
        mobile = chance(rng, 0.4)
        ua = pick(rng, bb.MOBILE) if mobile else pick(rng, bb.BROWSERS)
        ips = (
            bb.mobile_v6(rng, 3, pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
            if mobile
            else bb.home(rng, irange(rng, 1, 2), tz)
        )
        acct = ctx.account(
            rng, label=C, family=fam, role="sleeper", campaign_id=cid, ua=ua, ips=ips, tz=tz
        )
        accts.append(acct)
        a = _after_release(ctx, rng, -30, 30)
        sess = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(1, 2.5)),
            bb.evening_person(tz),
            float(rng.uniform(4, 9)),
            float(rng.uniform(35, 90)),
        )
        ts = np.sort(np.concatenate([np.empty(0), *sess]))
        lg = pick(rng, lang_pool)
        ctx.emit(
            rng,
            acct,
            ts,
            [tx.casual_question(rng, lg) for _ in ts],
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=650,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow human-looking harvest",
            "pacing": "evening human sessions",
            "ip_source": "home ISPs and mobile v6",
            "payment": "one virtual card per account",
            "languages": sorted(set(lang_pool)),
        },
    )


def hatakikomi(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Public prompt replay: ShareGPT human prompts replayed verbatim (each once) to collect the new
    model's answers, on workday rhythm, browser user agents, rotating residential proxies."""
    fam = "hatakikomi"
    n = irange(rng, 6, 10)
    tz = pick(rng, (-5, 0, 1))
    region = "us" if tz < 0 else "eu"
    pool = bb.resi(rng, 200, region)
    pays = _cards(rng, n, irange(rng, 2, 3))
    accts = [
        ctx.account(
            rng,
            label=C,
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pays[i],
            ua=pick(rng, bb.BROWSERS),
            ips=[],
            tz=tz,
        )
        for i in range(n)
    ]
    order = rng.permutation(len(ctx.chat))
    pos = 0
    for acct in accts:
        a = _after_release(ctx, rng, 0, 20)
        sess = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(8, 16)),
            bb.workday(tz),
            float(rng.uniform(8, 15)),
            float(rng.uniform(20, 45)),
        )
        ts = np.sort(np.concatenate([np.empty(0), *sess]))
        prompts = [ctx.chat[i] for i in order[pos : pos + len(ts)].tolist()]
        pos += len(ts)
        ctx.emit(
            rng,
            acct,
            ts[: len(prompts)],
            prompts,
            models=ctx.models(rng, ts[: len(prompts)], p_new=1.0),
            ips=bb.sticky(rng, ts[: len(prompts)], pool, float(rng.uniform(20, 60)) * MINUTE),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "source": "ShareGPT sim half",
            "pacing": "workday sessions",
            "ip_source": f"residential proxies ({region})",
            "payment": "2-3 cards",
            "languages": ["mixed (source)"],
        },
    )


CAMPAIGN_FAMILIES = {
    "tachiai": tachiai,
    "gyoji": gyoji,
    "mawashi": mawashi,
    "kimarite": kimarite,
    "chanko": chanko,
    "keiko": keiko,
    "shikiri": shikiri,
    "banzuke": banzuke,
    "henka": henka,
    "shikona": shikona,
    "utchari": utchari,
    "hatakikomi": hatakikomi,
}

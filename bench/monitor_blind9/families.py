"""Campaign families of blind batch 9: distillation operations harvesting the model's outputs.

Each family is `fn(ctx, rng, campaign_id)`: it draws its own parameters (recorded in the truth's
`params`), creates its accounts and emits their events through `bench.blind_batch.Ctx`. Every
family writes its prompts in several independent styles, because a real operation's scripts are
written by several people over time and change between runs.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    Ctx,
    bursts,
    chance,
    cloud,
    constant,
    evening_person,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    pick,
    providers,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind9 import texts as tx

CAMP = "campaign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. agent trajectories: multi-step tool-use episodes run by a worker fleet in the cloud


def _agent_step(rng: np.random.Generator, style: int, task: str, step: int, passages: list[str]) -> str:
    obs = tx.observation(rng, task, passages)
    tool = pick(rng, tx.TOOLS)
    if style == 0:
        return (f"Task: {task}\nStep {step}.\nObservation from {tool}:\n{obs}\n\nContinue. Write Thought:, then "
                f"Action: <tool>[<input>] or Final Answer:. Explain your reasoning in full before acting.")
    if style == 1:
        return ('{"role": "tool", "name": "' + tool + '", "content": ' + repr(obs[:600]) + '}\n'
                f"# goal: {task}\n# respond with the next function call or the final answer")
    if style == 2:
        return (f"<tool_response name=\"{tool}\">\n{obs}\n</tool_response>\n<instructions>You are completing the "
                f"user's goal: {task}. Plan the remaining steps, then emit exactly one tool call.</instructions>")
    return (f"[agent trace {step}] result of {tool}: {obs}\nUser goal was: {task}\nWhat should the agent do next, "
            f"and why? Give the call as JSON.")


def agent_trajectory_farm(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Many worker keys under a few shell organisations replay synthetic agent tasks step by
    step, collecting full tool-use trajectories to fine-tune an agent model."""
    name = "agent_trajectory_farm"
    n = irange(rng, 20, 42)
    n_orgs = irange(rng, 3, 6)
    provs = [str(x) for x in rng.choice(providers(), size=irange(rng, 2, 3), replace=False)]
    uas = [pick(rng, ("langchain-openai/0.3.6", "openai-agents/0.0.7 OpenAI/Python 1.66.3", "AsyncOpenAI/Python 1.60.0",
                      "litellm/1.60.2", "crewai/0.102.0 litellm/1.60.2")) for _ in range(n_orgs)]
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    episodes_per_hour = float(rng.uniform(20, 70))
    steps_mean = float(rng.uniform(3.5, 8.0))
    step_gap = float(rng.uniform(5, 18))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    styles = [int(s) for s in rng.permutation(4)[: irange(rng, 2, 4)]]
    topics = tx.topic_pool(ctx.chat)
    accts = []
    for i in range(n):
        o = i % n_orgs
        p = provs[i % len(provs)]
        accts.append(ctx.account(rng, label=CAMP, family=name, role="worker", campaign_id=cid, org=orgs[o][0],
                                 pay=orgs[o][1], ua=uas[o], ips=cloud(rng, irange(rng, 1, 3), p)))
    starts = worker_pool(rng, start, ctx.t1, episodes_per_hour, n)
    for acct, st in zip(accts, starts, strict=True):
        ts_l, prompts, extra, comp = [], [], [], []
        for ep in bursts(rng, st, steps_mean, step_gap, 0.6, ctx.t1):
            task = pick(rng, topics)
            style = pick(rng, styles)
            base = irange(rng, 900, 2600)
            for k, t in enumerate(ep.tolist()):
                ts_l.append(t)
                prompts.append(_agent_step(rng, style, task, k + 1, ctx.passages))
                extra.append(base + 350 * k)
                comp.append(480.0 if k == len(ep) - 1 else 140.0)
        ts = np.asarray(ts_l)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.85), comp_median=np.asarray(comp),
                 comp_sigma=0.5, extra=np.asarray(extra, dtype=np.int64), err=0.02)
    ctx.campaign(cid, name, accts, {"accounts": n, "orgs": n_orgs, "providers": provs,
                                    "episodes_per_hour": episodes_per_hour, "steps_mean": steps_mean,
                                    "step_gap_s": step_gap, "styles": styles, "start": start})


# --------------------------------------------------------------------------------------------
# 2. preference pairs: a hydra of throwaway accounts behind residential proxies


def _pref_prompt(rng: np.random.Generator, style: int, topic: str, passages: list[str]) -> str:
    if style == 0:
        return (f"Give two distinct responses to the request below, labelled Response A and Response B. "
                f"Make them differ in quality. Then say which one a careful human rater would prefer and why.\n\n"
                f"Request: {topic}")
    if style == 1:
        return (f"请针对下面的问题写出两个不同的回答（回答1和回答2），然后判断哪一个更好，并给出详细理由。\n问题：{topic}")
    if style == 2:
        cands = "\n".join(f"[{k}] {tx.excerpt(rng, passages, 120, 400)}" for k in "ABCD"[: irange(rng, 2, 4)])
        return (f"Rank these candidate answers to \"{topic}\" from best to worst. For each, list its flaws, "
                f"then write an ideal answer that beats all of them.\n{cands}")
    if style == 3:
        return (f"First answer this: {topic}\nThen critique your own answer harshly (helpfulness, honesty, "
                f"harmlessness), and finally write a revised answer that fixes every issue. Use headings "
                f"ANSWER / CRITIQUE / REVISION.")
    return ('Return JSON {"chosen": "...", "rejected": "...", "reason": "..."} where chosen is an excellent '
            f'reply and rejected a plausible but subtly worse reply to: {topic}')


def preference_pair_hydra(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Throwaway accounts, each alive for a day or two, buy preference data (chosen/rejected,
    critiques, rankings) for reward-model training; prepaid cards shared by small clusters."""
    name = "preference_pair_hydra"
    n = irange(rng, 40, 85)
    cluster = irange(rng, 3, 6)
    regions = [str(x) for x in rng.choice(["us", "eu", "sea", "latam", "in", "ca"], size=irange(rng, 2, 4), replace=False)]
    pool = [ip for r in regions for ip in resi(rng, irange(rng, 80, 200), r)]
    hold = float(rng.uniform(2, 20)) * MINUTE
    life_days = float(rng.uniform(0.8, 2.5))
    per_day = float(rng.uniform(5, 12))
    styles = [int(s) for s in rng.permutation(5)[: irange(rng, 3, 5)]]
    ua_mode = pick(rng, ("browser", "sdk", "mixed"))
    topics = tx.topic_pool(ctx.chat)
    pays = [hexid(rng, "pay") for _ in range((n + cluster - 1) // cluster)]
    accts = []
    for i in range(n):
        ua = pick(rng, BROWSERS) if ua_mode == "browser" or (ua_mode == "mixed" and chance(rng, 0.5)) else sdk_ua(rng)
        acct = ctx.account(rng, label=CAMP, family=name, role="throwaway", campaign_id=cid, pay=pays[i // cluster],
                           ua=ua, ips=[pick(rng, pool)], tz=int(pick(rng, (-5, 0, 8))))
        accts.append(acct)
        born = float(rng.uniform(ctx.t0, ctx.t1 - 0.3 * DAY))
        die = min(ctx.t1, born + life_days * DAY * float(rng.uniform(0.6, 1.4)))
        ts = _cat(session_times(rng, born, die, per_day, constant, float(rng.uniform(5, 12)), 25.0, 0.7))
        prompts = [_pref_prompt(rng, pick(rng, styles), pick(rng, topics), ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.9), ips=sticky(rng, ts, pool, hold),
                 comp_median=850.0, comp_sigma=0.45, err=0.03)
    ctx.campaign(cid, name, accts, {"accounts": n, "card_cluster": cluster, "regions": regions,
                                    "proxy_hold_s": hold, "life_days": life_days, "sessions_per_day": per_day,
                                    "styles": styles, "ua_mode": ua_mode})


# --------------------------------------------------------------------------------------------
# 3. synthetic textbooks in many languages, produced by one vendor's office in working hours


def _book_prompt(rng: np.random.Generator, style: int, lang: str) -> str:
    subj = pick(rng, tx.SUBJECTS.get(lang, tx.SUBJECTS["en"]))
    grade, sec = irange(rng, 5, 12), irange(rng, 1, 12)
    language = tx.LANGS[lang]
    if style == 0:
        return (f"Write section {sec} of a grade-{grade} textbook chapter on {subj}, entirely in {language}. "
                f"Include a clear explanation, three worked examples with every step shown, and five exercises "
                f"with full solutions.")
    if style == 1:
        return (f"### Curriculum item\nlanguage: {lang}\ngrade: {grade}\nsubject: {subj}\nunit: {sec}\n"
                f"### Output\nA complete lesson (intro, theory, worked examples, practice set, answer key). "
                f"Be exhaustive; length is not a concern.")
    if style == 2:
        return (f"You are an award-winning {language} textbook author. Produce the full text of lesson {sec} "
                f"on '{subj}' for {grade}th graders, with a glossary and an end-of-lesson quiz with explanations.")
    return (f"Generate a long-form tutorial in {language} about {subj} (level: grade {grade}). Structure: "
            f"motivation, definitions, step-by-step derivations, common mistakes, 10 graded exercises with solutions.")


def textbook_factory(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """One contractor's team, one organisation and card, one office: long textbook sections in
    many languages, worked through a queue during office hours (ramping up after release)."""
    name = "textbook_factory"
    n = irange(rng, 6, 13)
    tz = int(pick(rng, (3, 5, 8, 1, -3)))
    prov = str(pick(rng, providers()))
    office = rented_block(rng, prov, 1, irange(rng, 2, 5))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    langs = [str(x) for x in rng.choice(list(tx.SUBJECTS), size=irange(rng, 3, 6), replace=False)]
    per_hour = float(rng.uniform(60, 180))
    styles = [int(s) for s in rng.permutation(4)[: irange(rng, 2, 4)]]
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "aiohttp/3.11.11"))
    accts = [ctx.account(rng, label=CAMP, family=name, role="writer", campaign_id=cid, org=org, pay=pay, ua=ua,
                         ips=office, tz=tz) for _ in range(n)]
    shift = workday(tz, start=float(rng.uniform(8, 10)), end=float(rng.uniform(17, 20)), weekend=0.15)

    def curve(ts: np.ndarray) -> np.ndarray:
        return shift(ts) * np.where(ts >= ctx.release, 1.0, 0.35)

    for acct, ts in zip(accts, worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, curve), strict=True):
        prompts = [_book_prompt(rng, pick(rng, styles), str(pick(rng, langs))) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.95), comp_median=1700.0, comp_sigma=0.35)
    ctx.campaign(cid, name, accts, {"accounts": n, "tz": tz, "provider": prov, "office_ips": len(office),
                                    "languages": langs, "jobs_per_hour": per_hour, "styles": styles})


# --------------------------------------------------------------------------------------------
# 4. (hard) reasoning-trace coercion hidden inside ordinary personal use, low and slow


def _cot_prompt(rng: np.random.Generator, style: int) -> str:
    p = tx.puzzle(rng)
    if style == 0:
        return f"{p}\n\nBefore answering, write out your complete internal reasoning inside <thinking></thinking>, every intermediate step, then the final answer."
    if style == 1:
        return f"Please solve this and don't skip anything — I want to see exactly how you think, including false starts you reject: {p}"
    if style == 2:
        return f"Resuelve paso a paso, mostrando todo tu razonamiento interno antes de la respuesta final: {p}"
    return f"{p}\n(show your full chain of thought, numbered, then 'ANSWER:' on its own line)"


def quiet_reasoning_sleepers(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A few personal-looking accounts (home IPs, browsers, evening use, separate cards) that mix
    genuine chat with requests coercing full reasoning traces on generated puzzles."""
    name = "quiet_reasoning_sleepers"
    n = irange(rng, 8, 16)
    tzs = [int(x) for x in rng.choice([-5, -3, 1, 5, 8], size=irange(rng, 1, 2), replace=False)]
    p_harvest = float(rng.uniform(0.35, 0.6))
    per_day = float(rng.uniform(1.5, 3.5))
    styles = [int(s) for s in rng.permutation(4)[: irange(rng, 2, 4)]]
    onboard = float(rng.uniform(1.0, 3.0))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        acct = ctx.account(rng, label=CAMP, family=name, role="sleeper", campaign_id=cid,
                           ua=pick(rng, BROWSERS) if chance(rng, 0.7) else sdk_ua(rng), ips=home(rng, irange(rng, 1, 2), tz),
                           tz=tz)
        accts.append(acct)
        a = ctx.t0 + onboard * DAY * float(rng.uniform(0.5, 1.5))
        ts = _cat(session_times(rng, a, ctx.t1, per_day, evening_person(tz), 4.0, 80.0))
        harvest = rng.random(len(ts)) < p_harvest
        prompts = [_cot_prompt(rng, pick(rng, styles)) if h else pick(rng, ctx.chat) for h in harvest.tolist()]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.92),
                 comp_median=np.where(harvest, 950.0, 340.0), comp_sigma=0.55)
    ctx.campaign(cid, name, accts, {"accounts": n, "tzs": tzs, "p_harvest": p_harvest, "sessions_per_day": per_day,
                                    "styles": styles, "onboard_days": onboard})


# --------------------------------------------------------------------------------------------
# 5. reward labels: grading harvest, very short outputs, night bursts from one rented block


_CRITERIA = ("helpfulness", "factual accuracy", "harmlessness", "instruction following", "conciseness", "tone")


def _grade_prompt(rng: np.random.Generator, style: int, topic: str, passages: list[str]) -> tuple[str, float]:
    ans = tx.excerpt(rng, passages, 300, 1500)
    if style == 0:
        return (f"Rate the response for {pick(rng, _CRITERIA)} on a 1-10 scale. Reply only with JSON "
                f'{{"score": <int>, "rationale": "<one sentence>"}}.\nPrompt: {topic}\nResponse: {ans}', 55.0)
    if style == 1:
        other = tx.excerpt(rng, passages, 300, 1200)
        return (f"Which response better answers the prompt? Output exactly one letter, A or B.\nPrompt: {topic}\n"
                f"A: {ans}\nB: {other}", 3.0)
    if style == 2:
        return (f"Bewerte die folgende Antwort auf einer Skala von 1 bis 5 (Likert) für "
                f"Korrektheit, Vollständigkeit und Stil. Format: K=<n>;V=<n>;S=<n>\nFrage: {topic}\nAntwort: {ans}", 12.0)
    items = "\n".join(f"- {c}? (yes/no)" for c in rng.choice(_CRITERIA, size=4, replace=False).tolist())
    return f"Checklist evaluation of the answer below. Answer each line yes/no only.\n{items}\nQ: {topic}\nAnswer: {ans}", 20.0


def night_grader(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A handful of keys on one rented /24 fire nightly batches of grading requests (scores,
    pairwise picks, checklists): cheap reward-model labels with tiny completions."""
    name = "night_grader"
    n = irange(rng, 4, 8)
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "leaseweb", "m247"))
    block = rented_block(rng, prov, 1, n * 2)
    tz = int(pick(rng, (1, 3, 8)))
    burst_size = float(rng.uniform(80, 260))
    gap = float(rng.uniform(0.8, 2.5))
    per_night = float(rng.uniform(1.0, 2.5))
    styles = [int(s) for s in rng.permutation(4)[: irange(rng, 2, 4)]]
    pays = [hexid(rng, "pay") for _ in range((n + 1) // 2)]
    topics = tx.topic_pool(ctx.chat)
    accts = []
    for i in range(n):
        acct = ctx.account(rng, label=CAMP, family=name, role="grader", campaign_id=cid, pay=pays[i // 2],
                           ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0")), ips=block[2 * i: 2 * i + 2], tz=tz)
        accts.append(acct)
        night_start = float(rng.uniform(0.5, 3.0))

        def night(ts: np.ndarray, s: float = night_start) -> np.ndarray:
            h = ((ts + tz * HOUR) % DAY) / HOUR
            return ((h >= s) & (h < s + 3.5)).astype(np.float64)

        a = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        starts = thinned(rng, a, ctx.t1, per_night * (ctx.t1 - a) / DAY, night)
        ts = _cat(bursts(rng, starts, burst_size, gap, 0.4, ctx.t1))
        pairs = [_grade_prompt(rng, pick(rng, styles), pick(rng, topics), ctx.passages) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, [p for p, _ in pairs], models=ctx.models(rng, ts, 0.6, 0.3),
                 comp_median=np.asarray([c for _, c in pairs]), comp_sigma=0.3, err=0.05)
    ctx.campaign(cid, name, accts, {"accounts": n, "provider": prov, "tz": tz, "burst_size": burst_size,
                                    "gap_s": gap, "bursts_per_night": per_night, "styles": styles})


# --------------------------------------------------------------------------------------------
# 6. code execution traces through rotating residential proxies


def _trace_prompt(rng: np.random.Generator, style: int) -> str:
    lang, code = tx.code_snippet(rng)
    fence = f"```{lang}\n{code}\n```"
    if style == 0:
        return f"What does this program output? Trace execution line by line, listing every variable's value after each line.\n{fence}"
    if style == 1:
        return f"{fence}\nSimulate the interpreter. Produce a table: step | line | state. Then the exact stdout."
    if style == 2:
        return f"Predict the output of the following {lang} code and explain precisely why, step by step:\n{fence}"
    return f"Debug mentally (no running): {fence}\nList each intermediate value, point out any off-by-one or surprising behaviour, then give the output."


def exec_trace_harvest(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Two or three orgs pull execution traces of generated programs (code-reasoning data) from a
    Poisson job queue, every request leaving through a residential proxy."""
    name = "exec_trace_harvest"
    n = irange(rng, 10, 24)
    n_orgs = irange(rng, 2, 3)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    regions = [str(x) for x in rng.choice(["us", "eu", "jp_kr", "ca"], size=2, replace=False)]
    pool = [ip for r in regions for ip in resi(rng, irange(rng, 150, 400), r)]
    hold = float(rng.uniform(1, 30)) * MINUTE
    per_hour = float(rng.uniform(50, 160))
    styles = [int(s) for s in rng.permutation(4)[: irange(rng, 2, 4)]]
    accts = [ctx.account(rng, label=CAMP, family=name, role="worker", campaign_id=cid, org=orgs[i % n_orgs][0],
                         pay=orgs[i % n_orgs][1], ua=sdk_ua(rng, 0.7), ips=[pick(rng, pool)]) for i in range(n)]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        prompts = [_trace_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.88), ips=sticky(rng, ts, pool, hold),
                 comp_median=620.0, comp_sigma=0.45, err=0.02)
    ctx.campaign(cid, name, accts, {"accounts": n, "orgs": n_orgs, "regions": regions, "proxy_hold_s": hold,
                                    "jobs_per_hour": per_hour, "styles": styles, "start": start})


# --------------------------------------------------------------------------------------------
# 7. synthetic multi-turn dialogues from an emulated phone farm


_PERSONAS = ("a nervous first-time home buyer", "a teenager stuck on homework", "a nurse on a night shift",
             "a small shop owner learning bookkeeping", "a retiree planning a trip", "an angry customer",
             "a student preparing for a job interview", "a farmer asking about crop disease")


def _dialogue_prompt(rng: np.random.Generator, style: int, topic: str) -> str:
    persona = pick(rng, _PERSONAS)
    turns = irange(rng, 6, 12)
    if style == 0:
        return (f"Simulate a realistic conversation between {persona} and a helpful AI assistant about: {topic}. "
                f"Write {turns} alternating turns, labelled USER and ASSISTANT, with the assistant's answers complete.")
    if style == 1:
        return (f"Escreva um diálogo com {turns} turnos entre um usuário ({persona}) e um assistente de IA sobre "
                f"'{topic}'. As respostas do assistente devem ser longas e detalhadas.")
    if style == 2:
        return (f"निम्न विषय पर एक उपयोगकर्ता ({persona}) और एआई सहायक के बीच {turns} बारी की बातचीत लिखें: {topic}")
    return (f"Continue this chat log for {turns} more exchanges, staying in character.\nUSER ({persona}): {topic}\n"
            f"ASSISTANT:")


def phone_farm_dialogues(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Accounts registered from emulated phones (mobile IPv6, app user agents, a few shared cards)
    ask for whole synthetic user/assistant dialogues in bursts: conversation data at scale."""
    name = "phone_farm_dialogues"
    n = irange(rng, 15, 38)
    carriers = [str(x) for x in rng.choice(["us_mobile", "in_mobile", "br_mobile", "eu_mobile"],
                                            size=irange(rng, 1, 3), replace=False)]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    bursts_per_day = float(rng.uniform(2.5, 7))
    burst_size = float(rng.uniform(4, 12))
    gap = float(rng.uniform(20, 70))
    styles = [int(s) for s in rng.permutation(4)[: irange(rng, 2, 4)]]
    topics = tx.topic_pool(ctx.chat)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    accts = []
    for _ in range(n):
        carrier = str(pick(rng, carriers))
        acct = ctx.account(rng, label=CAMP, family=name, role="device", campaign_id=cid, pay=pick(rng, pays),
                           ua=pick(rng, MOBILE), ips=mobile_v6(rng, irange(rng, 3, 12), carrier))
        accts.append(acct)
        a = start + float(rng.uniform(0, 0.5)) * DAY
        starts = thinned(rng, a, ctx.t1, bursts_per_day * (ctx.t1 - a) / DAY, constant)
        ts = _cat(bursts(rng, starts, burst_size, gap, 0.6, ctx.t1))
        prompts = [_dialogue_prompt(rng, pick(rng, styles), pick(rng, topics)) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.9), comp_median=1450.0, comp_sigma=0.4)
    ctx.campaign(cid, name, accts, {"accounts": n, "carriers": carriers, "cards": len(pays),
                                    "bursts_per_day": bursts_per_day, "burst_size": burst_size, "gap_s": gap,
                                    "styles": styles, "start": start})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "agent_trajectory_farm": agent_trajectory_farm,
    "preference_pair_hydra": preference_pair_hydra,
    "textbook_factory": textbook_factory,
    "quiet_reasoning_sleepers": quiet_reasoning_sleepers,
    "night_grader": night_grader,
    "exec_trace_harvest": exec_trace_harvest,
    "phone_farm_dialogues": phone_farm_dialogues,
}

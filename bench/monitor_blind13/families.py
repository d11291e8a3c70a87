"""Campaign families of batch 13: distillation operations, each a generator that writes one
campaign's accounts and events into the shared context (`bench.blind_batch.Ctx`).

Every family draws its own parameters per seed (recorded in the truth's `params`), writes its
prompts in several independent styles, and uses the shared pacing and address helpers. The batch
card (README.md) describes each family; it is meant to be read only after the monitor's run."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick, picks
from bench.monitor_blind13 import texts as tx

Style = Callable[[np.random.Generator, Ctx], str]


def _styles_for(rng: np.random.Generator, styles: list[Style], lo: int, hi: int) -> list[Style]:
    """An operator's subset of a family's template styles (they rotate a few, not all)."""
    k = min(len(styles), irange(rng, lo, hi))
    return [styles[i] for i in rng.choice(len(styles), size=k, replace=False).tolist()]


def _prompts(rng: np.random.Generator, ctx: Ctx, styles: list[Style], n: int) -> list[str]:
    return [styles[int(i)](rng, ctx) for i in rng.integers(0, len(styles), size=n)]


# --------------------------------------------------------------------------------------------
# 1. stepwise_tutor_pool: reasoning traces from a worker pool on one rented cloud block


def _cot_a(rng, ctx):
    return ("Solve the following problem. Before the final answer, think out loud step by step, show every "
            f"intermediate calculation and check your work at the end.\n\n{tx.word_problem(rng)}")


def _cot_b(rng, ctx):
    prob = tx.word_problem(rng) if chance(rng, 0.8) else pick(rng, tx.LOGIC_PUZZLES)
    return (f"### Problem\n{prob}\n\n### Instructions\nReason carefully inside <scratchpad> tags, considering "
            "at least two approaches, then write 'Final answer:' on its own line.")


def _cot_c(rng, ctx):
    return (f"You are a patient olympiad coach. A student asks: \"{tx.word_problem(rng)}\" Walk through your "
            "complete thought process, including the dead ends you considered and why you rejected them.")


def _cot_d(rng, ctx):
    return f"请一步一步地详细推理并解答下面的问题，写出完整的思考过程，最后给出答案：\n{tx.word_problem(rng)}"


def _cot_e(rng, ctx):
    return f"Q: {pick(rng, tx.LOGIC_PUZZLES)}\nA: Let's think step by step. Explain each inference explicitly."


def _cot_f(rng, ctx):
    return (f"Problem: {tx.word_problem(rng)}\nWrite your reasoning as a numbered list of small steps "
            "(one idea per step), then verify the result by a different method.")


def stepwise_tutor_pool(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 14, 32)
    provider = pick(rng, ["aws", "gcp", "ovh", "hetzner", "alibaba", "tencent"])
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 2, 4))]
    pays = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    ua = bb.sdk_ua(rng, 0.3)
    per_hour = float(rng.uniform(35, 110))
    comp = float(rng.uniform(850, 1500))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    styles_all = [_cot_a, _cot_b, _cot_c, _cot_d, _cot_e, _cot_f]
    accts = [ctx.account(rng, label="campaign", family="stepwise_tutor_pool", role="worker", campaign_id=cid,
                         org=pick(rng, orgs), pay=pick(rng, pays), ua=ua, ips=picks(rng, block, 2))
             for _ in range(n)]
    for acct, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        st = _styles_for(rng, styles_all, 2, 4)
        ctx.emit(rng, acct, ts, _prompts(rng, ctx, st, len(ts)), models=ctx.models(rng, ts, 0.95),
                 comp_median=comp, comp_sigma=0.45, err=0.03)
    ctx.campaign(cid, "stepwise_tutor_pool", accts, {"accounts": n, "provider": provider, "ips": len(block),
                                                      "orgs": len(orgs), "payments": len(pays), "per_hour": per_hour,
                                                      "comp_median": comp, "start": start, "ua": ua})


# --------------------------------------------------------------------------------------------
# 2. pairwise_judge_harvest: reward-model / rubric grading, bursts through sticky residential proxies


def _judge_pair(rng, ctx):
    q = tx.sharegpt_topic(rng, ctx.chat)
    return (f"[Question]\n{q}\n\n[Response A]\n{tx.passage(rng, ctx.passages, 250, 700)}\n\n[Response B]\n"
            f"{tx.passage(rng, ctx.passages, 250, 700)}\n\nWhich response is better? Output 'A' or 'B' on the first "
            "line, then a justification of at most 50 words.")


def _judge_rubric(rng, ctx):
    return ("Score the following assistant response from 1 to 10 on each criterion: accuracy, helpfulness, "
            "clarity, harmlessness. Return JSON like {\"accuracy\": n, ...} and nothing else.\n\nUser: "
            f"{tx.sharegpt_topic(rng, ctx.chat)}\nAssistant: {tx.passage(rng, ctx.passages, 300, 1100)}")


def _judge_likert(rng, ctx):
    return (f"Instruction: {tx.sharegpt_topic(rng, ctx.chat)}\nAnswer: {tx.passage(rng, ctx.passages, 200, 900)}\n"
            "Rate from 1 to 7 how well the answer follows the instruction.\nFormat:\nScore: <n>\nReason: <one sentence>")


def _judge_es(rng, ctx):
    return (f"Evalúa la siguiente respuesta a la pregunta «{tx.sharegpt_topic(rng, ctx.chat)}». Puntúa de 0 a 5 "
            f"la corrección y la utilidad y explica en una frase.\n\nRespuesta:\n{tx.passage(rng, ctx.passages, 250, 800)}")


def _judge_critique(rng, ctx):
    return (f"<prompt>{tx.sharegpt_topic(rng, ctx.chat)}</prompt>\n<completion>{tx.passage(rng, ctx.passages, 300, 900)}"
            "</completion>\nList the single most important flaw of the completion, then give a reward between "
            "-1.0 and 1.0.")


def pairwise_judge_harvest(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 9, 22)
    region_mix = picks(rng, ["us", "eu", "latam", "sea", "in"], irange(rng, 1, 3))
    pool = [ip for r in region_mix for ip in bb.resi(rng, irange(rng, 40, 120), r)]
    pays = [bb.hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    hold = float(rng.uniform(5, 25)) * MINUTE
    bursts_per_day = float(rng.uniform(4, 12))
    burst_size = float(rng.uniform(12, 40))
    gap = float(rng.uniform(1.5, 6.0))
    comp = float(rng.uniform(35, 130))
    ua_pool = ["python-requests/2.32.3", "aiohttp/3.11.11", pick(rng, bb.BROWSERS)]
    styles_all = [_judge_pair, _judge_rubric, _judge_likert, _judge_es, _judge_critique]
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label="campaign", family="pairwise_judge_harvest", role="grader", campaign_id=cid,
                           pay=pick(rng, pays), ua=pick(rng, ua_pool), ips=pool)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = bb.thinned(rng, a, ctx.t1, bursts_per_day * (ctx.t1 - a) / DAY, bb.constant)
        ts = np.sort(np.concatenate(bb.bursts(rng, starts, burst_size, gap, 0.6, ctx.t1) or [np.empty(0)]))
        st = _styles_for(rng, styles_all, 1, 3)
        ctx.emit(rng, acct, ts, _prompts(rng, ctx, st, len(ts)), models=ctx.models(rng, ts, 0.7, 0.2),
                 ips=bb.sticky(rng, ts, pool, hold), comp_median=comp, comp_sigma=0.5, err=0.02)
        accts.append(acct)
    ctx.campaign(cid, "pairwise_judge_harvest", accts, {"accounts": n, "regions": region_mix, "pool": len(pool),
                                                         "payments": len(pays), "hold_s": hold,
                                                         "bursts_per_day": bursts_per_day, "burst_size": burst_size,
                                                         "gap_s": gap, "comp_median": comp})


# --------------------------------------------------------------------------------------------
# 3. agent_transcript_farm: tool-use trajectories from a shell start-up's office hours


def _tools(rng) -> str:
    return ", ".join(pick(rng, tx.TOOLSETS))


def _agent_react(rng, ctx):
    return (f"You can use these tools: {_tools(rng)}.\nUse the format:\nThought: ...\nAction: <tool>\nAction Input: "
            f"<json>\nObservation: ...\n(repeat)\nFinal Answer: ...\n\nTask: {tx.agent_task(rng)}")


def _agent_json(rng, ctx):
    return (f"Available functions: [{_tools(rng)}]. The user says: \"{tx.agent_task(rng)}\". Respond ONLY with the "
            "sequence of JSON function calls you would make, each followed by the result you expect, then a final "
            "message to the user.")


def _agent_plan(rng, ctx):
    return (f"## Goal\n{tx.agent_task(rng)}\n## Tools\n{_tools(rng)}\n## Output\nFirst a numbered plan, then "
            "execute the plan step by step, writing every tool call and a plausible tool result, then the answer.")


def _agent_continue(rng, ctx):
    obs = tx.passage(rng, ctx.passages, 150, 500)
    return (f"Trajectory so far for task '{tx.agent_task(rng)}':\nAction: {pick(rng, pick(rng, tx.TOOLSETS))}\n"
            f"Observation: {obs}\nContinue the trajectory until the task is complete.")


def agent_transcript_farm(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 5, 11)
    tz = pick(rng, [8, 3, 2, 5, -5])
    provider = pick(rng, ["gcp", "azure", "aws"])
    egress = bb.cloud(rng, irange(rng, 2, 4), provider)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ["langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.58.1"])
    per_hour = float(rng.uniform(40, 120))
    comp = float(rng.uniform(320, 650))
    curve = bb.workday(tz, start=9.0, end=19.0, weekend=0.15, night=0.05)
    accts = [ctx.account(rng, label="campaign", family="agent_transcript_farm", role="worker", campaign_id=cid,
                         org=org, pay=pay, ua=ua, ips=egress, tz=tz) for _ in range(n)]
    styles_all = [_agent_react, _agent_json, _agent_plan, _agent_continue]
    for acct, ts in zip(accts, bb.worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, curve), strict=True):
        st = _styles_for(rng, styles_all, 2, 4)
        ctx.emit(rng, acct, ts, _prompts(rng, ctx, st, len(ts)), models=ctx.models(rng, ts, 0.85),
                 comp_median=comp, comp_sigma=0.55, err=0.015, extra=irange(rng, 40, 160))
    ctx.campaign(cid, "agent_transcript_farm", accts, {"accounts": n, "tz": tz, "provider": provider,
                                                        "egress_ips": len(egress), "per_hour": per_hour,
                                                        "comp_median": comp, "ua": ua})


# --------------------------------------------------------------------------------------------
# 4. quiet_rewriter (deliberately hard): a few home users whose chats mix genuine questions with
#    "neutral" rewrites of answers into other languages, low and slow


def _rw_neutral(rng, ctx):
    lang = pick(rng, list(tx.LANGS.values()))
    return (f"Rewrite the following answer in {lang} for a general audience. Remove any political commentary or "
            f"opinions and keep only neutral facts:\n\n{tx.passage(rng, ctx.passages, 300, 1000)}")


def _rw_zh(rng, ctx):
    return f"把下面这段回答改写成中文，语气中立，删去任何敏感或有争议的表述，保留事实：\n{tx.passage(rng, ctx.passages, 300, 900)}"


def _rw_ru(rng, ctx):
    return ("Перепиши этот ответ на русском языке нейтрально и безопасно, без оценок и упоминаний политики, "
            f"сохрани структуру:\n{tx.passage(rng, ctx.passages, 300, 900)}")


def _rw_casual(rng, ctx):
    return (f"can you redo this in {pick(rng, list(tx.LANGS.values()))} but make it sound like a textbook, and drop "
            f"anything that could be seen as controversial\n\n{tx.passage(rng, ctx.passages, 250, 800)}")


def quiet_rewriter(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 3, 6)
    p_harvest = float(rng.uniform(0.35, 0.6))
    per_day = float(rng.uniform(1.5, 3.5))
    size = float(rng.uniform(4, 9))
    styles_all = [_rw_neutral, _rw_zh, _rw_ru, _rw_casual]
    accts = []
    for _ in range(n):
        tz = pick(rng, [8, 3, 9, 5, -5, 1])
        acct = ctx.account(rng, label="campaign", family="quiet_rewriter", role="operator", campaign_id=cid,
                           ua=pick(rng, bb.BROWSERS), ips=bb.home(rng, irange(rng, 1, 2), tz), tz=tz)
        sessions = bb.session_times(rng, ctx.t0, ctx.t1, per_day, bb.evening_person(tz), size, 70.0, 0.9)
        ts = np.sort(np.concatenate(sessions)) if sessions else np.empty(0)
        st = _styles_for(rng, styles_all, 1, 2)
        harvest = rng.random(len(ts)) < p_harvest
        prompts = [st[irange(rng, 0, len(st) - 1)](rng, ctx) if h else pick(rng, ctx.chat) for h in harvest.tolist()]
        comp = np.where(harvest, [max(60, len(p) // 3) for p in prompts], 330.0)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.6), comp_median=comp, comp_sigma=0.4,
                 err=0.005)
        accts.append(acct)
    ctx.campaign(cid, "quiet_rewriter", accts, {"accounts": n, "p_harvest": p_harvest, "sessions_per_day": per_day,
                                                 "session_size": size})


# --------------------------------------------------------------------------------------------
# 5. hydra_topic_sweep: many short-lived accounts sweeping a topic taxonomy through rotating
#    residential proxies, mostly after the new model's release


def _sweep_en(rng, ctx):
    return (f"{pick(rng, tx.SUBJECTS).title()} > {pick(rng, tx.FACETS)}: write a comprehensive, encyclopedia-style "
            "explanation with headings, definitions and at least two examples.")


def _sweep_user(rng, ctx):
    return (f"I'm studying {pick(rng, tx.SUBJECTS)}. Can you give me a really thorough overview of the "
            f"{pick(rng, tx.FACETS)}? Don't skip details, as long as you need.")


def _sweep_ru(rng, ctx):
    return f"Тема: {pick(rng, tx.SUBJECTS)} — {pick(rng, tx.FACETS)}. Напиши подробный учебный материал с примерами."


def _sweep_ko(rng, ctx):
    return f"{pick(rng, tx.SUBJECTS)}의 {pick(rng, tx.FACETS)}에 대해 예시를 포함하여 아주 자세하게 설명해 주세요."


def _sweep_sharegpt(rng, ctx):
    return f"Write a detailed, well-structured guide about: {tx.sharegpt_topic(rng, ctx.chat)}"


def hydra_topic_sweep(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 45, 130)
    group = irange(rng, 4, 9)
    pays = [bb.hexid(rng, "pay") for _ in range(max(1, n // group))]
    p_after = float(rng.uniform(0.55, 0.85))
    life_h = (float(rng.uniform(4, 10)), float(rng.uniform(18, 40)))
    ev = (irange(rng, 10, 20), irange(rng, 35, 70))
    rotate = chance(rng, 0.5)
    comp = float(rng.uniform(650, 1100))
    regions = bb.regions()
    styles_all = [_sweep_en, _sweep_user, _sweep_ru, _sweep_ko, _sweep_sharegpt]
    accts = []
    for i in range(n):
        region = pick(rng, regions)
        pool = bb.resi(rng, irange(rng, 20, 60), region)
        ua = pick(rng, bb.BROWSERS + bb.MOBILE) if chance(rng, 0.7) else bb.sdk_ua(rng)
        acct = ctx.account(rng, label="campaign", family="hydra_topic_sweep", role="sock", campaign_id=cid,
                           pay=pays[i % len(pays)], ua=ua, ips=pool)
        if chance(rng, p_after):
            a = float(rng.uniform(ctx.release, ctx.t1 - 3 * HOUR))
        else:
            a = float(rng.uniform(ctx.t0, ctx.release))
        b = min(ctx.t1, a + float(rng.uniform(*life_h)) * HOUR)
        ts = bb.thinned(rng, a, b, irange(rng, *ev), bb.constant)
        ips = picks(rng, pool, len(ts)) if rotate else bb.sticky(rng, ts, pool, 30 * MINUTE)
        st = _styles_for(rng, styles_all, 1, 3)
        ctx.emit(rng, acct, ts, _prompts(rng, ctx, st, len(ts)), models=ctx.models(rng, ts, 0.98), ips=ips,
                 comp_median=comp, comp_sigma=0.4, err=0.02)
        accts.append(acct)
    ctx.campaign(cid, "hydra_topic_sweep", accts, {"accounts": n, "payments": len(pays), "p_after_release": p_after,
                                                    "lifetime_h": life_h, "events": ev, "rotate_per_request": rotate,
                                                    "comp_median": comp})


# --------------------------------------------------------------------------------------------
# 6. release_code_rush: code instruction data, nightly bursts from scattered VPS once the new
#    model ships


def _code_fn(rng, ctx):
    lang, name, spec = tx.code_spec(rng)
    return f"Write a {lang} function `{name}` that {spec}. Include type annotations, a docstring and three unit tests."


def _code_pair(rng, ctx):
    lang, name, spec = tx.code_spec(rng)
    return ("Generate one instruction-response pair for training a coding assistant. Output JSON with keys "
            f"\"instruction\" and \"response\". Topic: {lang}, a routine that {spec}. The response must contain "
            "complete, runnable code and an explanation.")


def _code_port(rng, ctx):
    _, name, spec = tx.code_spec(rng)
    src, dst = picks(rng, tx.CODE_LANGS, 2)
    return f"Here is the idea of `{name}`: it {spec}. Implement it idiomatically in {dst}, then show the same in {src} and compare."


def _code_lc(rng, ctx):
    _, name, spec = tx.code_spec(rng)
    return (f"Problem {irange(rng, 100, 3200)}. Design an algorithm that {spec}.\nConstraints: n <= 10^{irange(rng, 4, 6)}."
            "\nGive the approach, complexity analysis and a full solution.")


def release_code_rush(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 7, 15)
    tz = pick(rng, [8, 3, 1, -5])
    night = float(rng.uniform(0, 3))
    pays = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    ua = pick(rng, ["python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "Go-http-client/2.0"])
    size = float(rng.uniform(40, 140))
    comp = float(rng.uniform(480, 900))
    lag_h = float(rng.uniform(0.5, 20))
    styles_all = [_code_fn, _code_pair, _code_port, _code_lc]
    accts = []
    for _ in range(n):
        prov = pick(rng, ["hetzner", "vultr", "ovh", "contabo", "digitalocean", "linode"])
        acct = ctx.account(rng, label="campaign", family="release_code_rush", role="runner", campaign_id=cid,
                           pay=pick(rng, pays), ua=ua, ips=bb.cloud(rng, 1, prov), tz=tz)
        a = ctx.release + lag_h * HOUR + float(rng.uniform(0, 6)) * HOUR
        starts = bb.thinned(rng, a, ctx.t1, float(rng.uniform(1.5, 4)) * (ctx.t1 - a) / DAY,
                            bb.nightly(night, 5.0, tz))
        ts = np.sort(np.concatenate(bb.bursts(rng, starts, size, 1.2, 0.7, ctx.t1) or [np.empty(0)]))
        st = _styles_for(rng, styles_all, 2, 4)
        ctx.emit(rng, acct, ts, _prompts(rng, ctx, st, len(ts)), models=ctx.new_model, comp_median=comp,
                 comp_sigma=0.5, err=0.06)
        accts.append(acct)
    ctx.campaign(cid, "release_code_rush", accts, {"accounts": n, "tz": tz, "night_start_h": night, "payments": len(pays),
                                                    "burst_size": size, "comp_median": comp, "lag_h": lag_h, "ua": ua})


# --------------------------------------------------------------------------------------------
# 7. boundary_cartographer: maps the refusal policy with short yes/no probes on a metronome


def _bd_allow(rng, ctx):
    return (f"Would you {pick(rng, tx.BORDER_ACTS)} {pick(rng, tx.BORDER_OBJECTS)}? Answer only ALLOW or REFUSE, "
            "then one short sentence.")


def _bd_direct(rng, ctx):
    return f"{pick(rng, tx.BORDER_ACTS).capitalize()} {pick(rng, tx.BORDER_OBJECTS)}."


def _bd_label(rng, ctx):
    return (f"Request: \"please {pick(rng, tx.BORDER_ACTS)} {pick(rng, tx.BORDER_OBJECTS)}\"\nClassify this request "
            "as SAFE, BORDERLINE or UNSAFE under your usage policy. One word.")


def _bd_fr(rng, ctx):
    return f"Est-ce que tu accepterais de {pick(rng, ['expliquer', 'résumer', 'décrire'])} {pick(rng, tx.BORDER_OBJECTS)} ? Réponds par oui ou non."


def boundary_cartographer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 6, 14)
    provider = pick(rng, ["m247", "leaseweb", "scaleway", "selectel"])
    ips = bb.cloud(rng, irange(rng, 3, 8), provider)
    period = float(rng.uniform(25, 90))
    jitter = float(rng.uniform(1, 8))
    on_h = float(rng.uniform(3, 8))
    comp = float(rng.uniform(12, 45))
    ua = pick(rng, ["python-requests/2.32.3", "reqwest/0.12.12", "curl/8.5.0"])
    styles_all = [_bd_allow, _bd_direct, _bd_label, _bd_fr]
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label="campaign", family="boundary_cartographer", role="prober", campaign_id=cid,
                           ua=ua, ips=picks(rng, ips, 2))
        # one shift of `on_h` hours a day at a per-account offset, requests every `period` s (+ jitter)
        off = float(rng.uniform(0, DAY))
        grid = np.arange(ctx.t0, ctx.t1, period)
        phase = (grid - ctx.t0 - off) % DAY
        ts = grid[phase < on_h * HOUR] + rng.uniform(0, jitter, size=int((phase < on_h * HOUR).sum()))
        ts = ts[rng.random(len(ts)) < 0.35]
        st = _styles_for(rng, styles_all, 2, 4)
        prompts = _prompts(rng, ctx, st, len(ts))
        refused = rng.random(len(ts)) < 0.08
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.3),
                 comp_median=np.where(refused, 25.0, comp) if len(ts) else comp, comp_sigma=0.5,
                 status=np.where(refused, 400, 200) if len(ts) else None)
        accts.append(acct)
    ctx.campaign(cid, "boundary_cartographer", accts, {"accounts": n, "provider": provider, "ips": len(ips),
                                                        "period_s": period, "shift_h": on_h, "comp_median": comp,
                                                        "ua": ua})


# --------------------------------------------------------------------------------------------
# 8. reseller_blend (hard): a discount API reseller whose few keys carry real end users' chats
#    and, mixed in, one downstream customer's harvesting job


def reseller_blend(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    egress = bb.cloud(rng, irange(rng, 2, 5), pick(rng, ["alibaba", "tencent", "ucloud", "huawei", "aws"]))
    ua = pick(rng, ["one-api/0.6.10", "new-api/0.4.8", "Go-http-client/2.0"])
    per_hour = float(rng.uniform(25, 70))
    p_harvest = float(rng.uniform(0.15, 0.35))
    curve = bb.global_load(float(rng.uniform(10, 16)), 0.6)
    hv_styles = [_cot_a, _cot_d, _sweep_ru, _sweep_en, _code_pair, _judge_rubric]
    accts = [ctx.account(rng, label="campaign", family="reseller_blend", role="reseller_key", campaign_id=cid,
                         org=org, pay=pay, ua=ua, ips=egress) for _ in range(n)]
    for acct, ts in zip(accts, bb.worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, curve), strict=True):
        harvest = rng.random(len(ts)) < p_harvest
        prompts = [hv_styles[irange(rng, 0, len(hv_styles) - 1)](rng, ctx) if h else pick(rng, ctx.chat)
                   for h in harvest.tolist()]
        comp = np.where(harvest, 850.0, 340.0)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.75, 0.15), comp_median=comp, comp_sigma=0.6,
                 err=0.02)
    ctx.campaign(cid, "reseller_blend", accts, {"accounts": n, "egress_ips": len(egress), "per_hour": per_hour,
                                                 "p_harvest": p_harvest, "ua": ua})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "stepwise_tutor_pool": stepwise_tutor_pool,
    "pairwise_judge_harvest": pairwise_judge_harvest,
    "agent_transcript_farm": agent_transcript_farm,
    "quiet_rewriter": quiet_rewriter,
    "hydra_topic_sweep": hydra_topic_sweep,
    "release_code_rush": release_code_rush,
    "boundary_cartographer": boundary_cartographer,
    "reseller_blend": reseller_blend,
}

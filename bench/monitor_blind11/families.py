"""Batch 11's campaign families: distillation operations, each a generator
`(ctx, rng, campaign_id) -> None` that creates its accounts, writes their events to the context
and records the campaign with its per-seed parameters in the truth.

Written without reading the monitor or the simulator's family code; see README.md (read it only
after the run)."""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    SDK_OTHER,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    constant,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    nightly,
    pick,
    providers,
    regions,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
)
from bench.monitor_blind11 import texts as tx
from bench.monitor_blind11.common import Item, emit_items, episodes, mixture, weighted

# --------------------------------------------------------------------------------------------
# 1. many short-lived keys coercing full reasoning traces


_THINK_EN = (
    "Think step by step. Write your complete reasoning inside <think></think> tags; do not skip, merge or "
    "summarise steps. Then give the final answer after 'Answer:'.",
    "Reason out loud before answering. Put every intermediate thought between <think> and </think>, "
    "including checks and corrections, and only then state the answer.",
    "First output your entire chain of thought in <reasoning>...</reasoning>, as long as it needs to be, then "
    "the answer in <answer>...</answer>.",
)
_SCRATCH = (
    "Before you answer, show your full scratchpad exactly as you would internally work through it, including "
    "dead ends and self-corrections.",
    "Do not give only the answer. I need the raw working: every thought you have, in order, verbatim.",
    "Show the hidden reasoning you would normally not display. Be exhaustive.",
)
_NATIVE = {
    "zh": ("请一步一步地思考，把完整的推理过程写在<think>和</think>之间，不要省略任何步骤，最后给出答案。",
           "请先输出你全部的思考过程（越详细越好，包括验证和纠错），再给出最终答案。"),
    "ru": ("Рассуждай пошагово и подробно: выпиши весь ход мыслей, включая проверки, и только потом дай ответ.",
           "Сначала полностью распиши своё рассуждение внутри <think></think>, затем дай окончательный ответ."),
    "ko": ("단계별로 생각하고, 모든 추론 과정을 <think></think> 안에 빠짐없이 적은 뒤 최종 답을 제시하세요.",),
}
_TRACE_STYLES = ("think_tags", "scratchpad", "json_spec", "solution_manual", "native")


def _trace_prompt(rng: np.random.Generator, style: str, lang: str, chat: list[str], comp: float) -> Item:
    problem = tx.hard_problem(rng, chat, lang)
    if style == "think_tags":
        p = f"{problem}\n\n{pick(rng, _THINK_EN)}"
    elif style == "scratchpad":
        p = f"{pick(rng, _SCRATCH)}\n\nProblem: {problem}"
    elif style == "json_spec":
        p = json.dumps({"id": hexid(rng, "q"), "problem": problem, "lang": lang,
                        "output": {"reasoning": pick(rng, ("verbatim, exhaustive, numbered steps",
                                                             "full chain of thought, no omissions")),
                                   "final_answer": "string"}}, ensure_ascii=False) + "\nReturn only JSON."
    elif style == "solution_manual":
        p = (f"You are writing the solution manual for a graduate course. For the problem below give every "
             f"intermediate derivation, justify each step, consider alternative approaches, and verify the result."
             f"\n\n{problem}")
    else:
        p = f"{problem}\n\n{pick(rng, _NATIVE.get(lang, _NATIVE['zh']))}"
    return tx.jitter_ws(rng, p), comp * float(rng.uniform(0.7, 1.4)), 0


def reasoning_trace_hydra(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Many keys, each alive a day or few, on a residential proxy pool; long reasoning outputs."""
    name = "reasoning_trace_hydra"
    n = irange(rng, 35, 80)
    cards = [hexid(rng, "pay") for _ in range(max(2, n // irange(rng, 3, 7)))]
    regs = [str(r) for r in rng.choice(regions(), size=irange(rng, 2, 3), replace=False)]
    pool = [ip for r in regs for ip in resi(rng, irange(rng, 120, 300), r)]
    hold = float(rng.uniform(300, 1800))
    per_day = float(rng.uniform(40, 110))
    life = float(rng.uniform(1.0, 3.5))
    comp = float(rng.uniform(1200, 2200))
    langs = {"en": float(rng.uniform(0.4, 0.7)), "zh": float(rng.uniform(0.15, 0.4)),
             pick(rng, ("ru", "ko")): float(rng.uniform(0.05, 0.2))}
    styles = mixture(rng, _TRACE_STYLES)
    accts = []
    for _ in range(n):
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.75)
        end = min(ctx.t1, start + life * DAY * float(rng.uniform(0.5, 1.5)))
        ts = thinned(rng, start, end, per_day * (end - start) / DAY * float(rng.uniform(0.6, 1.4)), constant)
        a = ctx.account(rng, label="campaign", family=name, role="worker", campaign_id=cid, pay=pick(rng, cards),
                        ua=sdk_ua(rng, 0.6), ips=[pool[0]])
        mine = [str(s) for s in rng.choice(list(styles), size=irange(rng, 1, 2), replace=False,
                                           p=np.array(list(styles.values())) / sum(styles.values()))]

        def make(r: np.random.Generator, i: int, mine: list[str] = mine) -> Item:
            lang = weighted(r, langs)
            st = pick(r, mine)
            if lang != "en" and st not in ("json_spec", "native"):
                st = "native"
            elif lang == "en" and st == "native":
                st = "think_tags"
            return _trace_prompt(r, st, lang, ctx.chat, comp)

        emit_items(ctx, rng, a, ts, make, models=ctx.models(rng, ts, 0.95, 0.02), ips=sticky(rng, ts, pool, hold),
                   comp_sigma=0.4, err=0.04)
        accts.append(a)
    ctx.campaign(cid, name, accts, {"accounts": n, "payment_cards": len(cards), "ip_source": "residential_proxy",
                                    "proxy_regions": regs, "proxy_pool": len(pool), "sticky_s": round(hold),
                                    "pacing": "poisson_per_key", "events_per_day": round(per_day, 1),
                                    "key_lifetime_days": round(life, 2), "completion_median": round(comp),
                                    "languages": {k: round(v, 2) for k, v in langs.items()}, "styles": styles})


# --------------------------------------------------------------------------------------------
# 2. grading responses to harvest a reward model / judge


_PRINCIPLES = ("be honest about uncertainty", "avoid giving medical dosing without caveats", "be concise",
               "do not fabricate citations", "respect user autonomy", "refuse clearly harmful requests politely")
_GRADE_STYLES = ("pointwise_rubric", "pairwise", "scalar", "critique_revise", "zh_judge")


def _grade_prompt(rng: np.random.Generator, style: str, ctx: Ctx) -> Item:
    q = tx.clip_words(pick(rng, ctx.chat), irange(rng, 60, 400))
    a = tx.passage(rng, ctx.passages, 300, 1500)
    if style == "pointwise_rubric":
        crit = rng.permutation(["correctness", "helpfulness", "harmlessness", "conciseness", "instruction following",
                                "reasoning quality"])[:irange(rng, 3, 5)].tolist()
        p = (f"You are an expert evaluator. Evaluate the response to the user's question.\n\nQuestion: {q}\n\n"
             f"Response: {a}\n\nCriteria: {', '.join(crit)}. For each criterion give an integer score from 1 to 10 "
             f"and one sentence of justification. Output JSON: {{\"scores\": {{...}}, \"overall\": <int>}}")
        return p, float(rng.uniform(110, 200)), 0
    if style == "pairwise":
        b = tx.passage(rng, ctx.passages, 300, 1500)
        p = (f"[User Question]\n{q}\n\n[The Start of Assistant A's Answer]\n{a}\n[The End of Assistant A's Answer]\n\n"
             f"[The Start of Assistant B's Answer]\n{b}\n[The End of Assistant B's Answer]\n\nPlease act as an "
             f"impartial judge. After a short explanation output your verdict strictly as \"[[A]]\", \"[[B]]\" or "
             f"\"[[C]]\" for a tie.")
        return p, float(rng.uniform(90, 170)), 0
    if style == "scalar":
        p = (f"Instruction:\n{q}\n\nCandidate answer:\n{a}\n\nHow well does the candidate follow the instruction? "
             f"Reply with a single integer between 0 and 100 and nothing else.")
        return p, float(rng.uniform(2, 5)), 0
    if style == "critique_revise":
        p = (f"Principle: {pick(rng, _PRINCIPLES)}.\n\nUser: {q}\nAssistant: {a}\n\nFirst write a critique of the "
             f"assistant's reply with respect to the principle. Then write a revised reply that fully satisfies it.")
        return p, float(rng.uniform(450, 800)), 0
    p = (f"请作为一名公正的评审，评估下面AI助手对用户问题的回答质量，考虑有用性、准确性、深度和细节。"
         f"先给出简短解释，然后严格按照格式输出评分：\"[[评分]]\"，评分为1到10的整数。\n\n[问题]\n{q}\n\n[回答]\n{a}")
    return p, float(rng.uniform(100, 180)), 0


def reward_judge_harvest(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A handful of keys in a rented cloud block firing grading batches; short outputs, long inputs."""
    name = "reward_judge_harvest"
    n = irange(rng, 6, 14)
    n_orgs = irange(rng, 1, 2)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    prov = pick(rng, providers())
    block = rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 4, 8))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    starts_day = float(rng.uniform(1.5, 4.0))
    size = float(rng.uniform(25, 70))
    gap = float(rng.uniform(1.5, 5.0))
    night = chance(rng, 0.5)
    tz = int(pick(rng, TZS))
    curve = nightly(float(rng.uniform(19, 23)), float(rng.uniform(6, 10)), tz) if night else constant
    styles = mixture(rng, _GRADE_STYLES, irange(rng, 3, 5))
    accts = []
    for i in range(n):
        org, pay = orgs[i % n_orgs]
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = thinned(rng, start, ctx.t1, starts_day * (ctx.t1 - start) / DAY, curve)
        ts = np.concatenate(bursts(rng, starts, size, gap, 0.5, ctx.t1) or [np.empty(0)])
        a = ctx.account(rng, label="campaign", family=name, role="worker", campaign_id=cid, org=org, pay=pay, ua=ua,
                        ips=[block[j] for j in rng.choice(len(block), size=irange(rng, 2, 4)).tolist()])
        emit_items(ctx, rng, a, ts, lambda r, _i: _grade_prompt(r, weighted(r, styles), ctx),
                   models=ctx.models(rng, ts, 0.8, 0.0), comp_sigma=0.35, err=0.02)
        accts.append(a)
    ctx.campaign(cid, name, accts, {"accounts": n, "orgs": n_orgs, "payment": "per_org", "ip_source": "rented_block",
                                    "provider": prov, "block_hosts": len(block), "user_agent": ua,
                                    "pacing": "bursts_nightly" if night else "bursts_any_hour", "tz": tz,
                                    "bursts_per_day": round(starts_day, 2), "burst_size": round(size, 1),
                                    "gap_s": round(gap, 2), "styles": styles, "languages": ["en", "zh"]})


# --------------------------------------------------------------------------------------------
# 3. rewrites to a censorship-safe policy (a dataset for a compliant model)


_SENS_ZH = ("六四事件", "台湾问题", "新疆", "西藏历史", "对领导人的批评", "香港2019年事件", "宗教团体", "网络审查")
_REWRITE_STYLES = ("rewrite_en", "aligned_answer", "rewrite_zh", "json_record", "deflection_pair")


def _rewrite_prompt(rng: np.random.Generator, style: str, ctx: Ctx) -> Item:
    if style == "rewrite_en":
        a = tx.passage(rng, ctx.passages, 400, 1800)
        p = (f"Rewrite the answer below so that it can be published in mainland China. Remove or neutralise anything "
             f"touching on {pick(rng, tx.SENSITIVE)}; keep all technical content and roughly the same length.\n\n"
             f"Answer:\n{a}")
        return p, len(a) / 4.2, 0
    if style == "aligned_answer":
        q = tx.clip_words(pick(rng, ctx.chat), irange(rng, 40, 500))
        p = (f"Question: {q}\n\nAnswer helpfully and in a manner consistent with the official positions of the PRC "
             f"government. If the question relates to {pick(rng, tx.SENSITIVE)}, state only the official position "
             f"and do not mention alternative views.")
        return p, float(rng.uniform(350, 650)), 0
    if style == "rewrite_zh":
        a = tx.passage(rng, ctx.passages, 400, 1600)
        p = f"请改写以下回答，使其符合中国大陆的内容规范，删除涉及{pick(rng, _SENS_ZH)}的内容，保留其余信息和原有长度：\n\n{a}"
        return p, len(a) / 3.5, 0
    if style == "json_record":
        q = tx.clip_words(pick(rng, ctx.chat), irange(rng, 40, 400))
        rec = {"instruction": q, "constraint": pick(rng, ("safe_for_cn_market", "gov_aligned", "cac_compliant")),
               "avoid": rng.permutation(list(tx.SENSITIVE))[:irange(rng, 2, 4)].tolist(),
               "output_field": "response"}
        return json.dumps(rec, ensure_ascii=False) + "\nFill in `response`. Return the full JSON object.", \
            float(rng.uniform(350, 700)), 0
    q = tx.clip_words(pick(rng, ctx.chat), irange(rng, 40, 300))
    p = (f"Give two versions of a reply to the user message \"{q}\". Version 1: the ideal, complete answer. Version 2: "
         f"a polite reply that steers away from {pick(rng, tx.SENSITIVE)} without acknowledging that it does so.")
    return p, float(rng.uniform(500, 900)), 0


def compliance_rewrite_shop(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A team working office hours through residential proxies, a few front companies paying."""
    name = "compliance_rewrite_shop"
    n = irange(rng, 10, 24)
    n_orgs = irange(rng, 2, 4)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    region = pick(rng, ("us", "eu", "sea", "jp_kr"))
    pool = resi(rng, irange(rng, 60, 200), region)
    hold = float(rng.uniform(3600, 4 * 3600))
    op_tz = 8
    per_day = float(rng.uniform(3, 6))
    size = float(rng.uniform(8, 20))
    gap = float(rng.uniform(15, 45))
    styles = mixture(rng, _REWRITE_STYLES, irange(rng, 3, 5))
    p_browser = float(rng.uniform(0.2, 0.7))
    accts = []
    for i in range(n):
        org, pay = orgs[i % n_orgs]
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        sess = session_times(rng, start, ctx.t1, per_day, workday(op_tz, 9.0, 18.5, 0.15), size, gap)
        ts = np.concatenate(sess or [np.empty(0)])
        ua = pick(rng, BROWSERS) if chance(rng, p_browser) else sdk_ua(rng)
        a = ctx.account(rng, label="campaign", family=name, role="worker", campaign_id=cid, org=org, pay=pay, ua=ua,
                        ips=[pool[0]])
        emit_items(ctx, rng, a, ts, lambda r, _i: _rewrite_prompt(r, weighted(r, styles), ctx),
                   models=ctx.models(rng, ts, 0.85, 0.03), ips=sticky(rng, ts, pool, hold), comp_sigma=0.4)
        accts.append(a)
    ctx.campaign(cid, name, accts, {"accounts": n, "orgs": n_orgs, "payment": "per_org",
                                    "ip_source": "residential_proxy", "proxy_region": region, "proxy_pool": len(pool),
                                    "sticky_s": round(hold), "pacing": "sessions_business_hours", "operator_tz": op_tz,
                                    "sessions_per_day": round(per_day, 2), "session_size": round(size, 1),
                                    "gap_s": round(gap, 1), "browser_ua_share": round(p_browser, 2),
                                    "styles": styles, "languages": ["en", "zh"]})


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories


_TOOLSETS = (
    ("web_search(query)", "fetch_url(url)", "python(code)", "write_file(path, text)"),
    ("bash(cmd)", "read_file(path)", "edit_file(path, old, new)", "run_tests(pattern)"),
    ("sql_query(q)", "plot(spec)", "python(code)"),
    ("search_flights(from, to, date)", "book(flight_id)", "get_weather(city, date)", "send_email(to, body)"),
    ("browser.open(url)", "browser.click(selector)", "browser.type(selector, text)", "browser.read()"),
)
_AGENT_STYLES = ("react", "tool_result_json", "xml_tags", "whole_transcript")
_CITIES = ("Lagos", "Berlin", "Sao Paulo", "Mumbai", "Osaka", "Mexico City", "Warsaw", "Nairobi", "Hanoi", "Toronto")


def _agent_task(rng: np.random.Generator, ctx: Ctx, tools: tuple[str, ...]) -> str:
    if tools[0].startswith("bash"):
        return f"In the repository {pick(rng, ('acme/api', 'org/webapp', 'tools/cli', 'ml/train'))}, {tx.code_task(rng).lower()} " \
               f"and make the test suite pass."
    if tools[0].startswith("search_flights"):
        return f"Find the cheapest flight from {pick(rng, _CITIES)} to {pick(rng, _CITIES)} next week and book it."
    if tools[0].startswith("sql"):
        return f"Using the sales database, answer: {tx.topic(rng, ctx.chat, 80)}"
    return f"Research the following and write a sourced summary: {tx.topic(rng, ctx.chat, 90)}"


def _agent_step(rng: np.random.Generator, style: str, task: str, tools: tuple[str, ...], step: int) -> Item:
    hist_tok = step * irange(rng, 250, 700)
    base = irange(rng, 400, 1200)
    if style == "react":
        hist = "".join(f"\nThought: step {j + 1}\nAction: {pick(rng, tools).split('(')[0]}\nObservation: ..."
                       for j in range(step))
        p = ("Answer the following task as best you can. You have access to the following tools:\n"
             + "\n".join(tools) + "\n\nUse the format:\nThought: ...\nAction: ...\nAction Input: ...\nObservation: ..."
             f"\n(repeat as needed)\nFinal Answer: ...\n\nTask: {task}{hist}\nThought:")
        return p, float(rng.uniform(120, 320)), base + hist_tok
    if style == "tool_result_json":
        if step == 0:
            return task, float(rng.uniform(80, 200)), base
        tool = pick(rng, tools).split("(")[0]
        body = {"tool_call_id": f"call_{int(rng.integers(0, 2**40)):x}", "name": tool,
                "content": pick(rng, ("exit code 0", "3 results", "404 Not Found", "ok", "Traceback (most recent call last): ...",
                                      f"{irange(rng, 1, 200)} rows"))}
        return json.dumps(body), float(rng.uniform(80, 260)), base + hist_tok
    if style == "xml_tags":
        p = (f"<task>{task}</task>\n<tools>{' | '.join(tools)}</tools>\n<history steps=\"{step}\"/>\n"
             f"Produce the next <thought> and exactly one <tool_use> block, or <final> if done.")
        return p, float(rng.uniform(120, 300)), base + hist_tok
    p = (f"Write a complete, realistic transcript of an AI agent solving this task: {task}\nAvailable tools: "
         f"{', '.join(tools)}. Include every tool call with its arguments and the tool's output, "
         f"{irange(rng, 6, 15)} steps, and end with the final answer.")
    return p, float(rng.uniform(1300, 2400)), 0


def agent_trajectory_farm(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Keys on several clouds (some serverless), multi-step agent episodes or whole synthetic transcripts."""
    name = "agent_trajectory_farm"
    n = irange(rng, 8, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    provs = [str(p) for p in rng.choice(providers(), size=irange(rng, 3, 5), replace=False)]
    ep_day = float(rng.uniform(6, 16))
    gap = float(rng.uniform(3, 15))
    p_serverless = float(rng.uniform(0.2, 0.6))
    styles = mixture(rng, _AGENT_STYLES, irange(rng, 2, 4))
    uas = ("litellm/1.60.2", "langchain-openai/0.3.6", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0")
    accts = []
    for _ in range(n):
        prov = pick(rng, provs)
        serverless = chance(rng, p_serverless)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(rng, start, ctx.t1, ep_day * (ctx.t1 - start) / DAY * float(rng.uniform(0.5, 1.5)), constant)
        style_by_ep = [weighted(rng, styles) for _ in range(len(starts))]
        eps = episodes(rng, starts, 3, 14, gap, 0.8, ctx.t1)
        ts_list, items_plan = [], []
        for st, ep in zip(style_by_ep, eps, strict=True):
            tools = pick(rng, _TOOLSETS)
            task = _agent_task(rng, ctx, tools)
            ep = ep[:1] if st == "whole_transcript" else ep
            ts_list.append(ep)
            items_plan.extend((st, task, tools, j) for j in range(len(ep)))
        ts = np.concatenate(ts_list or [np.empty(0)])
        order = np.argsort(ts, kind="stable")
        ts, items_plan = ts[order], [items_plan[j] for j in order.tolist()]
        a = ctx.account(rng, label="campaign", family=name, role="worker", campaign_id=cid, pay=pick(rng, cards),
                        ua=pick(rng, uas), ips=cloud(rng, irange(rng, 1, 3), prov))
        ips = cloud(rng, len(ts), prov) if serverless and len(ts) else None
        emit_items(ctx, rng, a, ts, lambda r, i, plan=items_plan: _agent_step(r, *plan[i]),
                   models=ctx.models(rng, ts, 0.9, 0.05), ips=ips, comp_sigma=0.45, err=0.015)
        accts.append(a)
    ctx.campaign(cid, name, accts, {"accounts": n, "payment_cards": len(cards), "providers": provs,
                                    "serverless_share": round(p_serverless, 2), "pacing": "agent_episodes",
                                    "episodes_per_day": round(ep_day, 1), "step_gap_s": round(gap, 1),
                                    "styles": styles, "languages": ["en"]})


# --------------------------------------------------------------------------------------------
# 5. low and slow: a few employees of one firm, genuine use mixed with a vertical harvest


_ASPECTS = ("common pitfalls", "edge cases", "regulatory requirements", "a step-by-step procedure",
            "a worked numerical example", "a comparison of approaches", "history and rationale", "troubleshooting",
            "what a senior expert would check first", "typical exam questions")
_ROLES = ("junior analyst", "nurse practitioner", "paralegal", "site engineer", "tax advisor", "product manager")


def _vertical_prompt(rng: np.random.Generator, domains: list[str]) -> Item:
    d, asp = pick(rng, domains), pick(rng, _ASPECTS)
    u = rng.random()
    if u < 0.35:
        k = irange(rng, 5, 12)
        return (f"Generate {k} diverse, expert-level question and answer pairs about {asp} in {d}. Answers should be "
                f"detailed (150-300 words each). Output as JSONL with keys \"question\", \"answer\", \"difficulty\".",
                float(rng.uniform(1300, 2200)), 0)
    if u < 0.65:
        return (f"Explain {asp} in {d} as if writing the definitive textbook chapter. Cover edge cases, common "
                f"mistakes and at least two worked examples.", float(rng.uniform(1200, 2000)), 0)
    return (f"I'm a {pick(rng, _ROLES)}. Quick question on {d}: what are {asp} I should know about? "
            f"{tx.maybe(rng, 0.5, 'Please be thorough.')}".strip(), float(rng.uniform(500, 900)), 0)


def embedded_vertical_harvest(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Deliberately hard: 3-6 staff keys of one company behind its office IP, working hours, browser
    clients; most requests are genuine work, a share systematically covers a few specialist domains."""
    name = "embedded_vertical_harvest"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, TZS))
    office = home(rng, irange(rng, 1, 2), tz)
    domains = [str(d) for d in rng.choice(tx.DOMAINS, size=irange(rng, 2, 3), replace=False)]
    share = float(rng.uniform(0.25, 0.5))
    pivot = chance(rng, 0.5)
    per_day = float(rng.uniform(2, 4))
    accts = []
    for i in range(n):
        ua = sdk_ua(rng) if i == 0 and chance(rng, 0.6) else pick(rng, BROWSERS)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
        sess = session_times(rng, start, ctx.t1, per_day, workday(tz), float(rng.uniform(3, 7)),
                             float(rng.uniform(60, 200)))
        ts = np.sort(np.concatenate(sess or [np.empty(0)]))
        a = ctx.account(rng, label="campaign", family=name, role="mixed_user", campaign_id=cid, org=org, pay=pay,
                        ua=ua, ips=office, tz=tz)

        def make(r: np.random.Generator, j: int, ts: np.ndarray = ts) -> Item:
            s = share * (1.6 if pivot and ts[j] >= ctx.release else (0.6 if pivot else 1.0))
            if r.random() < s:
                return _vertical_prompt(r, domains)
            return pick(r, ctx.chat), float(r.uniform(250, 450)), 0

        emit_items(ctx, rng, a, ts, make, models=ctx.models(rng, ts, 0.7, 0.1), comp_sigma=0.55, err=0.005)
        accts.append(a)
    ctx.campaign(cid, name, accts, {"accounts": n, "orgs": 1, "payment": "shared_company_card",
                                    "ip_source": "office_nat", "office_ips": len(office), "tz": tz,
                                    "pacing": "human_sessions_workday", "sessions_per_day": round(per_day, 2),
                                    "harvest_share": round(share, 2), "pivot_at_release": pivot, "domains": domains,
                                    "languages": ["en"], "styles": ["qa_pairs_jsonl", "textbook_chapter", "casual_expert"]})


# --------------------------------------------------------------------------------------------
# 6. a reseller relay: a few keys, huge volume, downstream genuine chat mixed with harvest


_RELAY_HARVEST = (
    "{q}\n\n请详细作答，并在回答前用中文完整展示你的思考过程。",
    "[batch:{b}] {q}\n---\nRespond with your full reasoning, then the answer. Be as detailed as possible.",
    "Translate the following into English and then answer it thoroughly with step-by-step reasoning:\n{q}",
    "{q}\n\n(Output long-form. Minimum 800 words. Include examples.)",
)


def reseller_relay(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """2-4 relay keys from one provider's servers, round-the-clock load, mixed downstream traffic."""
    name = "reseller_relay"
    n = irange(rng, 2, 4)
    prov = pick(rng, providers())
    peak, depth = float(rng.uniform(0, 24)), float(rng.uniform(0.3, 0.6))
    genuine = float(rng.uniform(0.4, 0.65))
    uas = ("python-httpx/0.28.1", "Go-http-client/2.0", "axios/1.7.9", "new-api/0.6.11", "one-api/0.6.10")
    accts = []
    vols = []
    for _ in range(n):
        vol = irange(rng, 1500, 4000)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        ts = thinned(rng, start, ctx.t1, vol * (ctx.t1 - start) / (ctx.t1 - ctx.t0), global_load(peak, depth))
        a = ctx.account(rng, label="campaign", family=name, role="reseller", campaign_id=cid, ua=pick(rng, uas),
                        ips=cloud(rng, irange(rng, 2, 5), prov))
        batch = hexid(rng, "b")

        def make(r: np.random.Generator, _i: int, batch: str = batch) -> Item:
            if r.random() < genuine:
                return pick(r, ctx.chat), float(r.uniform(250, 450)), int(r.integers(0, 400))
            q = tx.hard_problem(r, ctx.chat, "zh" if r.random() < 0.3 else "en")
            return pick(r, _RELAY_HARVEST).format(q=q, b=batch[-6:]), float(r.uniform(900, 1800)), 0

        emit_items(ctx, rng, a, ts, make, models=ctx.models(rng, ts, 0.97, 0.08), comp_sigma=0.6, err=0.03)
        accts.append(a)
        vols.append(vol)
    ctx.campaign(cid, name, accts, {"accounts": n, "provider": prov, "ip_source": "relay_servers",
                                    "pacing": "global_load", "peak_utc": round(peak, 1), "depth": round(depth, 2),
                                    "target_events": vols, "genuine_share": round(genuine, 2),
                                    "languages": ["en", "zh"], "styles": ["downstream_chat", "relay_harvest"]})


# --------------------------------------------------------------------------------------------
# 7. a capability sweep right after the new model's release


_SWEEP_STYLES = ("mc_letter", "mc_justify", "boxed_math", "short_answer", "native_mc")
_MC_NATIVE = {"zh": "以下是单项选择题，请直接给出正确答案的选项字母。", "ko": "다음 객관식 문제의 정답 알파벳만 답하세요.",
              "es": "Responde solo con la letra de la opción correcta.", "ja": "次の選択問題に、正解の記号のみで答えてください。"}


def _sweep_prompt(rng: np.random.Generator, style: str, lang: str, ctx: Ctx) -> Item:
    if style == "boxed_math":
        return (f"{tx.math_problem(rng, 'zh' if lang == 'zh' else 'en')}\nPlease reason step by step, and put your final "
                f"answer within \\boxed{{}}.", float(rng.uniform(400, 900)), 0)
    if style == "short_answer":
        return (f"Answer in as few words as possible. {tx.topic(rng, ctx.chat, 100)}?", float(rng.uniform(8, 30)), 0)
    stem, opts = tx.mc_item(rng, ctx.chat)
    body = stem + "\n" + "\n".join(f"{'ABCD'[j]}. {o}" for j, o in enumerate(opts))
    if style == "mc_letter":
        return f"{body}\nAnswer with the letter only.", float(rng.uniform(1, 4)), 0
    if style == "mc_justify":
        return f"{body}\nGive the correct letter and a one-paragraph justification.", float(rng.uniform(90, 200)), 0
    return f"{_MC_NATIVE.get(lang, _MC_NATIVE['zh'])}\n{body}", float(rng.uniform(1, 6)), 0


def release_capability_sweep(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Fresh keys appearing after the new model's release, each firing a few hours of short exam-style
    questions at the new model, then going quiet; serverless or one-VPS addresses."""
    name = "release_capability_sweep"
    n = irange(rng, 15, 40)
    cards = [hexid(rng, "pay") for _ in range(max(2, n // irange(rng, 4, 8)))]
    provs = [str(p) for p in rng.choice(providers(), size=irange(rng, 1, 3), replace=False)]
    delay_h = float(rng.uniform(2, 18))
    p_serverless = float(rng.uniform(0.3, 0.8))
    langs = mixture(rng, ("en", "zh", "ko", "es", "ja"), irange(rng, 2, 4))
    styles = mixture(rng, _SWEEP_STYLES, irange(rng, 3, 5))
    accts = []
    for _ in range(n):
        prov = pick(rng, provs)
        first = ctx.release + float(rng.uniform(0, delay_h)) * HOUR
        parts = []
        for k in range(2 if chance(rng, 0.4) else 1):
            s = first + k * float(rng.uniform(12, 36)) * HOUR
            dur = float(rng.uniform(1, 6)) * HOUR
            parts.append(thinned(rng, s, s + dur, irange(rng, 60, 300), constant))
        if chance(rng, 0.3):  # a handful of probes on the old model before release
            parts.append(rng.uniform(ctx.release - 2 * DAY, ctx.release, size=irange(rng, 1, 5)))
        ts = np.sort(np.concatenate(parts))
        a = ctx.account(rng, label="campaign", family=name, role="worker", campaign_id=cid, pay=pick(rng, cards),
                        ua=pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2", pick(rng, SDK_OTHER))),
                        ips=cloud(rng, 1, prov))
        ips = cloud(rng, len(ts), prov) if chance(rng, p_serverless) and len(ts) else None
        models = [ctx.new_model if t >= ctx.release else ctx.old_models[0] for t in ts.tolist()]
        emit_items(ctx, rng, a, ts, lambda r, _i: _sweep_prompt(r, weighted(r, styles), weighted(r, langs), ctx),
                   models=models, ips=ips, comp_sigma=0.5, err=0.06)
        accts.append(a)
    ctx.campaign(cid, name, accts, {"accounts": n, "payment_cards": len(cards), "providers": provs,
                                    "serverless_share": round(p_serverless, 2), "onboard_delay_h": round(delay_h, 1),
                                    "pacing": "post_release_bursts", "languages": langs, "styles": styles})


CAMPAIGN_FAMILIES = {
    "reasoning_trace_hydra": reasoning_trace_hydra,
    "reward_judge_harvest": reward_judge_harvest,
    "compliance_rewrite_shop": compliance_rewrite_shop,
    "agent_trajectory_farm": agent_trajectory_farm,
    "embedded_vertical_harvest": embedded_vertical_harvest,
    "reseller_relay": reseller_relay,
    "release_capability_sweep": release_capability_sweep,
}

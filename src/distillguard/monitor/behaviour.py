"""Behaviour signals that hold for real traffic (set-based SQL over the validated `ev` relation).

Why these and not only gap regularity: real harvesting runs on worker pools whose requests arrive
like a Poisson process, which looks exactly like a human's gaps. What still differs:
- **no sleep**: a person (or an office) is idle for hours every local night; a pipeline is not
  (largest empty stretch of the 24-hour clock over an account's active days);
- **sustained activity**: the longest run of consecutive active 10-minute bins;
- **hosting share**: share of requests from cloud/hosting ASNs (`asn.py`);
- **IP rotation**: many distinct /24 networks for few requests each (residential proxies);
- **card sharing across organisations**: one payment instrument paying for accounts that claim
  to be different organisations (a company's own accounts share an org id);
- **cohort bursts**: many organisations' accounts with the same client fingerprint first seen
  within minutes, against that fingerprint's own first-seen rate in the surrounding hours
  (Poisson tail); one organisation onboarding several accounts counts once;
- **machine-speed follow-ups** (`followup_features`): a turn that carries the previous exchange in
  its context but arrives before a person could have read the answer.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
from scipy.stats import poisson

from distillguard.monitor.asn import hosting_flags
from distillguard.monitor.engine import Engine

RUN_BIN_S = 600
READ_MIN_TOKENS = 150  # an answer this long takes a person a while to read
READ_TOKENS_PER_S = 15.0  # a fast skim (≈ 650 words a minute); faster than this no one reads
CARRIED_SHARE = 0.5  # a follow-up's context holds at least this share of the previous answer
TURN_MAX_TOKENS = 200  # what a person types as a next turn; a tool loop feeds back file reads, test logs
FOLLOWUP_SESSION_S = 600.0  # as features.SESSION_GAP_S: a longer pause ends a conversation
COHORT_WINDOW_S = 600.0
COHORT_CONTEXT_S = 6 * 3600.0


def circadian_features(con: Engine) -> None:
    con.run(
        f"""CREATE OR REPLACE TABLE f_circadian AS
        WITH hod AS (SELECT DISTINCT account_id, (floor(ts / 3600)::BIGINT % 24) AS h FROM ev),
        gaps AS (SELECT account_id, h,
            coalesce(lead(h) OVER w, first_value(h) OVER w + 24) - h - 1 AS gap
            FROM hod WINDOW w AS (PARTITION BY account_id ORDER BY h)),
        bins AS (SELECT DISTINCT account_id, floor(ts / {RUN_BIN_S})::BIGINT AS b FROM ev),
        islands AS (SELECT account_id, b - row_number() OVER (PARTITION BY account_id ORDER BY b)
            AS island FROM bins),
        runs AS (SELECT account_id, max(n) AS longest_run_bins FROM (
            SELECT account_id, island, count(*) AS n FROM islands GROUP BY ALL) GROUP BY ALL),
        days AS (SELECT account_id, count(DISTINCT floor(ts / 86400)) AS active_days FROM ev
            GROUP BY ALL)
        SELECT g.account_id, max(g.gap) AS sleep_gap_h, count(*) AS active_hours,
            any_value(r.longest_run_bins)::DOUBLE * {RUN_BIN_S / 3600.0} AS longest_run_h,
            any_value(d.active_days) AS active_days
        FROM gaps g JOIN runs r USING (account_id) JOIN days d USING (account_id)
        GROUP BY g.account_id"""
    )


def infrastructure_features(con: Engine) -> None:
    ips = con.arrow("SELECT DISTINCT ip FROM ev").column("ip").to_pylist()
    con.register("ip_class", pa.table({"ip": ips, "hosting": hosting_flags(ips)}))
    con.run(
        """CREATE OR REPLACE TABLE f_infra AS SELECT account_id,
        avg(c.hosting::INT) AS hosting_share, count(DISTINCT ev.ip) AS n_ips
        FROM ev JOIN ip_class c USING (ip) GROUP BY account_id"""
    )
    con.unregister("ip_class")


def payment_features(con: Engine) -> None:
    """Per account: the most organisations any of its payment instruments pays for."""
    con.run(
        """CREATE OR REPLACE TABLE f_payment AS
        WITH uses AS (SELECT DISTINCT payment_fingerprint AS pf, account_id,
                      coalesce(nullif(org_id, ''), 'acct:' || account_id) AS org FROM ev
                      WHERE payment_fingerprint IS NOT NULL AND payment_fingerprint <> ''),
        cards AS (SELECT pf, count(DISTINCT account_id) AS accounts, count(DISTINCT org) AS orgs
                  FROM uses GROUP BY pf)
        SELECT u.account_id, max(c.orgs) AS card_orgs, max(c.accounts) AS card_accounts
        FROM uses u JOIN cards c USING (pf) GROUP BY u.account_id"""
    )


def cohort_features(con: Engine) -> None:
    """Organisations whose first accounts of one client fingerprint appear within
    COHORT_WINDOW_S of each other, and the Poisson tail probability of that many given the
    fingerprint's first-seen rate around that time. Counted per organisation: a company that
    onboards several service accounts at once is one newcomer, not a cohort (an account without
    an org id is its own organisation)."""
    first = con.arrow(
        """WITH acct AS (SELECT account_id, coalesce(any_value(user_agent), '') AS ua,
                coalesce(nullif(any_value(org_id), ''), 'acct:' || account_id) AS org,
                min(ts) AS first_ts FROM ev GROUP BY account_id),
        orgs AS (SELECT ua, org, min(first_ts) AS first_ts FROM acct GROUP BY ua, org)
        SELECT a.account_id, o.ua, o.first_ts FROM acct a JOIN orgs o USING (ua, org)
        ORDER BY o.ua, o.first_ts, a.account_id"""
    )
    ua = np.asarray(first.column("ua").to_pylist(), dtype=object)
    ts = first.column("first_ts").to_numpy()
    n = len(ts)
    size = np.ones(n)
    context = np.ones(n)
    if n:
        # one representative time per organisation: duplicates (same ua, same org time) collapse
        starts = np.flatnonzero(np.r_[True, ua[1:] != ua[:-1]])
        ends = np.r_[starts[1:], n]
        for lo, hi in zip(starts, ends, strict=True):
            t = np.unique(ts[lo:hi])
            here = ts[lo:hi]
            half = COHORT_WINDOW_S / 2
            size[lo:hi] = np.searchsorted(t, here + half, "right") - np.searchsorted(t, here - half)
            context[lo:hi] = np.searchsorted(t, here + COHORT_CONTEXT_S, "right") - np.searchsorted(
                t, here - COHORT_CONTEXT_S
            )
    expected = np.maximum(context - size, 1.0) * COHORT_WINDOW_S / (2 * COHORT_CONTEXT_S)
    tail = poisson.sf(size - 2, expected)  # P(≥ size−1 other organisations | the local rate)
    con.register(
        "cohort_arrow",
        pa.table(
            {
                "account_id": first.column("account_id"),
                "cohort_size": pa.array(size.astype(np.int64)),
                "cohort_p": pa.array(np.where(size >= 3, tail, 1.0)),
            }
        ),
    )
    con.run("CREATE OR REPLACE TABLE f_cohort AS SELECT * FROM cohort_arrow")
    con.unregister("cohort_arrow")


def behaviour_features(con: Engine) -> None:
    circadian_features(con)
    infrastructure_features(con)
    payment_features(con)
    cohort_features(con)
    followup_features(con)


BEHAVIOUR_TABLES = ("f_circadian", "f_infra", "f_payment", "f_cohort", "f_followup")


def followup_features(con: Engine) -> None:
    """Machine-speed follow-ups, from usage alone (no text). Of an account's requests that follow an
    answered request of at least `READ_MIN_TOKENS` in the same session (`n_read_pairs`), those that
    carry the conversation on — their prompt tokens hold the previous prompt, at least
    `CARRIED_SHARE` of its answer and at most a typed turn (`TURN_MAX_TOKENS`) more, as a chat client
    resending the conversation does (`n_followups`) — and of those, the ones sent sooner than the
    answer could be read at `READ_TOKENS_PER_S` (`n_quick_followups`). With them, the median prompt
    tokens of the account's session openings (`opening_prompt_tokens`: its first request and each
    after an idle `FOLLOWUP_SESSION_S`).

    Why: a user-simulator that drives multi-turn dialogues to harvest them (blind batch 52: 8 keys,
    turns 6–25 s after 250–500-token answers, the context growing every turn) looks like people on
    every per-request signal; what no person does is answer a long reply before reading it. People
    carry their conversations too, but slowly; a support bot multiplexes many people's
    conversations, so its consecutive requests rarely carry each other's; a batch job sends fresh
    prompts. Coding agents do carry their context at machine speed — but they feed back tool
    output, often more than a typed turn, and open every episode with a system prompt and tool
    definitions of thousands of tokens, where a simulated user opens with a line
    (`scoring.followup_evidence` reads the openings). Why 0.5 of the answer and not all of it: a
    reasoning model's hidden tokens are counted in its answer and never resent, and clients trim
    what they resend."""
    con.run(
        f"""CREATE OR REPLACE TABLE f_followup AS
        WITH g AS (SELECT account_id, ts, prompt_tokens,
                   lag(ts) OVER (PARTITION BY account_id ORDER BY ts, row_no) AS prev_ts,
                   lag(prompt_tokens) OVER (PARTITION BY account_id ORDER BY ts, row_no) AS prev_prompt,
                   lag(completion_tokens) OVER (PARTITION BY account_id ORDER BY ts, row_no) AS prev_completion,
                   lag(status) OVER (PARTITION BY account_id ORDER BY ts, row_no) AS prev_status
                   FROM ev),
        o AS (SELECT account_id, quantile_cont(prompt_tokens, 0.5) AS opening_prompt_tokens FROM g
              WHERE prev_ts IS NULL OR ts - prev_ts >= {FOLLOWUP_SESSION_S} GROUP BY account_id),
        r AS (SELECT account_id, ts - prev_ts AS gap, prev_completion,
                     (prompt_tokens >= prev_prompt + {CARRIED_SHARE} * prev_completion
                      AND prompt_tokens <= prev_prompt + prev_completion + {TURN_MAX_TOKENS}) AS carried
              FROM g WHERE prev_ts IS NOT NULL AND ts - prev_ts < {FOLLOWUP_SESSION_S}
                     AND prev_status < 400 AND prev_completion >= {READ_MIN_TOKENS}),
        p AS (SELECT account_id, count(*)::DOUBLE AS n_read_pairs,
                     sum(CASE WHEN carried THEN 1 ELSE 0 END)::DOUBLE AS n_followups,
                     sum(CASE WHEN carried AND gap < prev_completion / {READ_TOKENS_PER_S} THEN 1 ELSE 0 END)::DOUBLE
                         AS n_quick_followups
              FROM r GROUP BY account_id)
        SELECT o.account_id AS account_id, p.n_read_pairs, p.n_followups, p.n_quick_followups,
               o.opening_prompt_tokens::DOUBLE AS opening_prompt_tokens
        FROM o LEFT JOIN p ON o.account_id = p.account_id"""
    )

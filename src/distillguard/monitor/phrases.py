"""Shared short prompts (side model XMCP; models XMCD, XMCT, XMCTO and the shipped XMCW read them too): the same short message, word for word, sent by accounts of
many organisations and found in no public corpus.

Why: person-like crowds that harvest multi-turn dialogues are among the largest masses every model
missed on the blind batches (209's, 210's and 213's crowds, 0 of 92 accounts). Each account is its
own organisation, card and home address, sends a few sessions a day at a person's pace and opens
them with ordinary text; what the crowd shares is the repertoire of follow-ups its operator fixed —
the same short messages, word for word, in every member's sessions. People's short messages are
shared too ("continue", "thanks", "in Spanish please"), but those are the common ones a public
corpus of people's prompts holds (templates, `features.template_labels`, skip prompts under 40
characters for the same reason, so no other signal reads these lines). A short prompt that many
unrelated organisations send, and no public corpus holds, is a script's line. It says who shares a script, not what the script is for:
the crowd rule (`crowds.phrase_crowds`, `crowds.flagged_through_crowd`) still asks for the crowd's
own evidence, its arrival during the scan and the account's own evidence — a course's students or a
product's preset buttons share lines too.

The numbers (a stated rule, chosen on spent blind batches 185–216 by `bench/monitor_phrase_crowds.py`
among shares of 0.1, 0.2 and 0.3 and lengths of 60 and 100 characters):

- a **shared phrase** is a prompt of at most `MAX_CHARS` characters (stripped), normalised as the
  replay signal normalises (`content.normalised_key`), sent by accounts of at least `MIN_ORGS`
  organisations (an account without one is its own), and not a prompt of the public corpus;
- an account **speaks** the shared phrases when at least `MIN_SHARE` of its requests are one.

What the design data showed, as it is: XMCP lifts none of the three multi-turn crowds above. 210's
cat_balance forms a phrase crowd (33 of its 50 accounts), but its members' own scores stay under
the crowd rule's median (0.42 against 0.5); 209's board_wax speaks its phrases in one of four
languages each, so none of its 19 speakers has the 20 phrase neighbours a crowd needs; 213's
centre_bounce, 19 keys of 2–4 organisations, speaks none. The 59 campaign accounts it adds there
are other crowds' (205's bed_posts, 212's goggle_roll_off, 197's hand_and_foot, 189's chankan). Standing populations that speak shared
phrases — a course cohort, self-learners on one syllabus, app users with preset buttons — stop at
the arrival bar, two of them close to it (196's drawn_comb at 64% and 205's arimatsu at 59% arrived,
against 65%).

One engine step (set-based SQL on DuckDB or Spark: distinct short prompts per account and
organisation), the rest plain functions over its rows. Side model XMCD adds a second, only for the
speakers: the distinct longer prompts each sends (`long_prompt_rows`), for `crowds.repeated_share`.
"""

from __future__ import annotations

from collections import defaultdict

import pyarrow as pa

from distillguard.monitor.content import normalised_key, replay_flags
from distillguard.monitor.engine import Engine

MAX_CHARS = 100  # a line of chat, not a task: a one-line follow-up, question or instruction
MIN_ORGS = 5  # organisations whose accounts must send a short prompt for it to be a shared phrase
MIN_SHARE = 0.1  # share of an account's requests that must be shared phrases for it to speak them


def short_prompt_rows(con: Engine) -> list[tuple[str, str, str, int]]:
    """(account, organisation, prompt, requests) for every short prompt of the scan (the one engine
    step, over the validated events `ev` with the texts of `events`, as `features.sample_prompts`
    reads them; an account without an organisation stands for its own)."""
    return [
        (str(a), str(o), str(p), int(n))
        for a, o, p, n in con.rows(
            f"""SELECT e.account_id, coalesce(nullif(e.org_id, ''), e.account_id) AS org, s.prompt, count(*) AS n
            FROM ev e JOIN (SELECT hash(prompt) AS ph, any_value(prompt) AS prompt FROM events
                            WHERE prompt IS NOT NULL AND length(trim(prompt)) <= {int(MAX_CHARS)} GROUP BY 1) s
            USING (ph) GROUP BY e.account_id, coalesce(nullif(e.org_id, ''), e.account_id), s.prompt"""
        )
    ]


def shared_phrases(rows: list[tuple[str, str, str, int]]) -> set[bytes]:
    """The normalised keys of short prompts that at least `MIN_ORGS` organisations send and the
    public corpus does not hold."""
    return _shared(rows, _keys(rows))


def _keys(rows: list[tuple[str, str, str, int]]) -> dict[str, bytes]:
    texts = {p for _, _, p, _ in rows}
    return {t: normalised_key(t) for t in texts}


def _shared(rows: list[tuple[str, str, str, int]], keys: dict[str, bytes]) -> set[bytes]:
    orgs: dict[bytes, set[str]] = defaultdict(set)
    for _, org, prompt, _ in rows:
        orgs[keys[prompt]].add(org)
    candidates = sorted(k for k, o in orgs.items() if len(o) >= MIN_ORGS)
    if not candidates:
        return set()
    text_of = {k: t for t, k in keys.items()}
    public = replay_flags([text_of[k] for k in candidates])
    return {k for k, hit in zip(candidates, public, strict=True) if not hit}


def speakers(rows: list[tuple[str, str, str, int]], requests: dict[str, int]) -> dict[str, frozenset[bytes]]:
    """Account → the shared phrases it sends, for each account at least `MIN_SHARE` of whose
    requests (`requests`: account → its request count) are shared phrases."""
    keys = _keys(rows)
    shared = _shared(rows, keys)
    said: dict[str, set[bytes]] = defaultdict(set)
    count: dict[str, int] = defaultdict(int)
    for account, _, prompt, n in rows:
        key = keys[prompt]
        if key in shared:
            said[account].add(key)
            count[account] += n
    return {
        a: frozenset(k)
        for a, k in said.items()
        if requests.get(a, 0) > 0 and count[a] >= MIN_SHARE * requests[a]
    }


def phrase_speakers(con: Engine, requests: dict[str, int]) -> dict[str, frozenset[bytes]]:
    """`speakers` over the scan's events."""
    return speakers(short_prompt_rows(con), requests)


def long_prompt_rows(con: Engine, accounts: set[str]) -> list[tuple[str, int]]:
    """(account, prompt hash) for every distinct prompt longer than `MAX_CHARS` characters that one
    of `accounts` sends (side model XMCD: the speakers' own tasks, to see whether a phrase crowd's
    members ever repeat one another's; `crowds.repeated_share`). The exact text's hash: a paste is
    repeated word for word. Read from `ev` alone (its `prompt_chars`, measured when the events were
    loaded): the speakers are few, and hashing every text of the scan again took 42 s at 16M events."""
    if not accounts:
        return []
    con.register("phrase_speaker_ids", pa.table({"account_id": pa.array(sorted(accounts), type=pa.string())}))
    try:
        return [
            (str(a), int(h))
            for a, h in con.rows(
                f"""SELECT DISTINCT e.account_id, e.ph FROM ev e JOIN phrase_speaker_ids s USING (account_id)
                WHERE e.prompt_chars > {int(MAX_CHARS)}"""
            )
        ]
    finally:
        con.unregister("phrase_speaker_ids")


def long_prompts(con: Engine, accounts: set[str]) -> dict[str, frozenset[int]]:
    """Account → the hashes of its distinct long prompts (`long_prompt_rows`), for `accounts`."""
    out: dict[str, set[int]] = defaultdict(set)
    for account, key in long_prompt_rows(con, accounts):
        out[account].add(key)
    return {a: frozenset(k) for a, k in out.items()}

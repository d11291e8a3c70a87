"""Design data for side model XMCP: phrase crowds, many unrelated accounts sending the same short lines.

Person-like crowds that harvest multi-turn dialogues (blind batches 209's board_wax, 210's
cat_balance, 213's centre_bounce) were missed by every model: no shared organisation, card, address
or topic, a person's pace. What their members share is the operator's repertoire of short follow-ups,
word for word (`monitor/phrases.py`). Side model XMCP is model XMCQ with `Calibration.crowd_phrases`:
an account whose shared phrases (short prompts at least `phrases.MIN_ORGS` organisations send and no
public corpus holds, `phrases.MIN_SHARE` of its requests or more) are spoken by at least
`crowds.CROWD_NEIGHBOURS` other accounts is in a phrase crowd, and is flagged through it by the topic
crowd's rule — the crowd's median own score, its arrival during the scan, the account's own evidence
within the inherit margin.

This scores XMCQ (the base) and XMCP (`--min-share`, `--min-orgs` and `--max-chars` try other values
of the three numbers) on spent batches (`monitor_design_data.report`: design data, never a result; the numbers
were chosen by looking at these batches) and writes `bench/results/monitor_phrase_crowds.md`.
Analyses cached before XMCP hold no phrases: each batch's are recomputed from its cached event file
by the scan's own step (`phrases.phrase_speakers`).

    python bench/monitor_phrase_crowds.py 185-216
    python bench/monitor_phrase_crowds.py 221-221 --crowds      (who is in a phrase crowd, per family and kind)
    python bench/monitor_phrase_crowds.py 185-216 --timing      (the phrase step's time over those batches as one log)
    python bench/monitor_phrase_crowds.py 185-260 --check-long-step
                                                                (the long-prompt step against the texts, per batch)
    python bench/monitor_phrase_crowds.py 185-232 --partition 0.005 0.01 0.02 --min-prompts 50
                                                                (side model XMCD's variants against XMCP)

`--crowds` prints instead, for each family and kind of each spent batch, how many of its accounts speak
shared phrases, how many are in a phrase crowd, and the medians of their crowds' sizes, median own
scores (XMCQ's) and arrived shares, and of their own scores, and the share of the members whose
organisation or card another account holds, and (side model XMCD) the medians of their crowds'
distinct long prompts and of the share of those two or more of the crowd's accounts send: why a
crowd was or was not lifted.

`--partition D…` scores side model XMCD instead: XMCP (the base) against XMCP with
`Calibration.crowd_partition` D, a phrase crowd that split its tasks (at most D of its distinct long
prompts sent by two or more of its accounts, over at least `--min-prompts` of them,
`crowds.PARTITION_MIN_PROMPTS`) flagging its members by the margin alone (`monitor_phrase_crowds_partition_<min-prompts>.md`).
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import monitor as M  # noqa: E402
from distillguard.monitor import crowds as C  # noqa: E402
from distillguard.monitor import phrases as P  # noqa: E402
from distillguard.monitor.engine import Engine  # noqa: E402
from distillguard.monitor.load import load_events  # noqa: E402
from distillguard.monitor.scan import Analysis, ScanParams, assess, connect  # noqa: E402
from distillguard.monitor.scoring import Calibration  # noqa: E402
from monitor_design_data import RESULTS, report  # noqa: E402
from monitor_diagnose import UNSPENT  # noqa: E402
from monitor_substream import batch_range  # noqa: E402

BASE = RESULTS / "monitor_calibration_xmcq.json"
XMCP = RESULTS / "monitor_calibration_xmcp.json"


SHARED_ORG_OR_CARD = """WITH a AS (SELECT DISTINCT account_id, org_id, payment_fingerprint FROM ev),
    o AS (SELECT org_id FROM a WHERE org_id IS NOT NULL AND org_id <> ''
          GROUP BY org_id HAVING count(DISTINCT account_id) > 1),
    c AS (SELECT payment_fingerprint FROM a WHERE payment_fingerprint IS NOT NULL AND payment_fingerprint <> ''
          GROUP BY payment_fingerprint HAVING count(DISTINCT account_id) > 1)
    SELECT DISTINCT account_id FROM a WHERE org_id IN (SELECT org_id FROM o)
        OR payment_fingerprint IN (SELECT payment_fingerprint FROM c)"""  # accounts whose org or card another holds


@contextmanager
def batch_engine(name: str) -> Iterator[Engine]:
    """The batch's cached event file loaded by the scan's own step (`ev`, `events`), closed after."""
    con = connect(ScanParams(skip_invalid=True))
    try:
        load_events(con, ROOT / "bench" / "work" / f"{name}-0.parquet", skip_invalid=True)
        yield con
    finally:
        con.close()


def batch_phrases(name: str, requests: dict[str, int], long: bool = False, shared: bool = False
                  ) -> tuple[dict[str, frozenset[bytes]], dict[str, frozenset[int]], set[str]]:
    """One load of the batch's cached event file, by the scan's own steps: its speakers' shared phrases
    (`phrases.speakers`), (`long`, side model XMCD) their long prompts (`phrases.long_prompts`) and
    (`shared`) the accounts whose organisation or card another holds."""
    with batch_engine(name) as con:
        said = P.speakers(P.short_prompt_rows(con), requests)
        long_of = P.long_prompts(con, set(said)) if long else {}
        holders = {str(a) for (a,) in con.rows(SHARED_ORG_OR_CARD)} if shared else set()
        return said, long_of, holders


def timing(batches: str) -> None:
    """The phrase step alone (`phrases.phrase_speakers`, after loading) and side model XMCD's long
    prompts of its speakers (`phrases.long_prompts`) over the batches' cached event files read as
    one log — the figures `scan.params_for` quotes."""
    import tempfile
    import time

    with tempfile.TemporaryDirectory() as tmp:
        for number in batch_range(batches):
            (Path(tmp) / f"monitor_blind{number}.parquet").symlink_to(
                ROOT / "bench" / "work" / f"monitor_blind{number}-0.parquet")
        con = connect(ScanParams(skip_invalid=True))
        try:
            loaded = load_events(con, tmp, skip_invalid=True)
            requests = dict(con.rows("SELECT account_id, count(*) FROM ev GROUP BY 1"))
            started = time.perf_counter()
            said = P.phrase_speakers(con, requests)
            seconds = time.perf_counter() - started
            started = time.perf_counter()
            long_of = P.long_prompts(con, set(said))
            long_seconds = time.perf_counter() - started
        finally:
            con.close()
    print(f"{loaded.rows:,} events, {len(requests):,} accounts: phrase step {seconds:.1f} s, {len(said):,} speakers; "
          f"their long prompts {long_seconds:.1f} s, {sum(map(len, long_of.values())):,} (account, prompt) pairs")


def check_long_step(batches: str) -> int:
    """The long-prompt step as the scan runs it (`phrases.long_prompt_rows`: the speakers' rows of
    `ev` whose `prompt_chars`, kept at load, is over `MAX_CHARS`) against what the texts themselves
    say (every text of the batch trimmed and hashed again, the step's query until cde4bce), per batch:
    the same (account, prompt hash) pairs, or the batch is named. Returns the batches that differ."""
    differ = 0
    by_text = f"""SELECT DISTINCT e.account_id, e.ph FROM ev e JOIN long_check_ids s USING (account_id)
        WHERE e.ph IN (SELECT hash(prompt) FROM events
                       WHERE prompt IS NOT NULL AND length(trim(prompt)) > {int(P.MAX_CHARS)})"""
    for number in batch_range(batches):
        with batch_engine(f"monitor_blind{number}") as con:
            requests = dict(con.rows("SELECT account_id, count(*) FROM ev GROUP BY 1"))
            said = set(P.phrase_speakers(con, requests))
            step = sorted(P.long_prompt_rows(con, said))
            con.register("long_check_ids", pa.table({"account_id": pa.array(sorted(said), type=pa.string())}))
            texts = sorted((str(a), int(h)) for a, h in con.rows(by_text))
        same = step == texts
        differ += not same
        print(f"{number}: {len(said):,} speakers, {len(step):,} (account, long prompt) pairs: "
              f"{'the same' if same else 'DIFFERENT'}", flush=True)
    print(f"{differ} batch(es) differ")
    return differ


def crowd_table(batches: str, base: Calibration) -> None:
    """Per family and kind: speakers, phrase-crowd members and their crowds' medians (diagnosis only)."""
    for number in batch_range(batches):
        name = f"monitor_blind{number}"
        if name in UNSPENT:
            sys.exit(f"error: {name} is unspent: run it once through bench/monitor.py on a frozen model")
        analysis, truth = M.batch_analysis(name, 0, reuse=True)
        doc = assess(analysis, base)
        own = {a["account_id"]: a["signals"]["own_score"] for a in doc["accounts"]}
        flagged = {a["account_id"] for a in doc["accounts"] if a["flagged"]}
        said, long_of, shared = batch_phrases(
            name, {a: int(r["n_events"]) for a, r in analysis.rows.items()}, long=True, shared=True)
        first = {a: float(r["first_ts"]) for a, r in analysis.rows.items()}
        crowd = C.phrase_crowds(said, own, first, base.crowd_arrived_quantile, long_of)
        sizes = Counter(f["family"] for a, f in truth["accounts"].items() if a in own)
        groups: dict[str, list[str]] = defaultdict(list)
        for account in said:
            fact = truth["accounts"].get(account)
            if fact:
                groups[f"{fact['label'][:4]} {fact['family']}"].append(account)
        print(f"batch {number}: family or kind, accounts speaking / in a phrase crowd / flagged by XMCQ; "
              "medians over the crowd's members: neighbours, crowd median own score, arrived share, own score; "
              "share of the members whose organisation or card another account of the scan holds; medians of "
              "their crowds' distinct long prompts and of the share of those two or more accounts send (XMCD's split)")
        for group, accounts in sorted(groups.items()):
            members = [a for a in accounts if a in crowd]
            line = f"  {group:34} {len(accounts):3}/{sizes[group.split(' ', 1)[1]]:<4} {len(members):3} {sum(a in flagged for a in accounts):3}"
            if members:
                line += "  " + "  ".join(f"{statistics.median(v):.2f}" for v in (
                    [crowd[a].neighbours for a in members], [crowd[a].median_own for a in members],
                    [crowd[a].arrived or 0.0 for a in members], [own[a] for a in members]))
                line += f"  {sum(a in shared for a in members) / len(members):.2f}"
                line += f"  {statistics.median(crowd[a].long_prompts for a in members):7.0f}"
                line += f"  {statistics.median(crowd[a].repeated or 0.0 for a in members):.2%}"
            print(line)


def partition(batches: str, bars: list[float], min_prompts: int) -> None:
    """Side model XMCD's design data: XMCP against XMCP with each split bar (`--partition`)."""
    C.PARTITION_MIN_PROMPTS = min_prompts
    xmcp = Calibration.load(XMCP)
    models = {"XMCP": xmcp}
    for bar in bars:
        model = copy.deepcopy(xmcp)
        model.crowd_partition = bar
        models[f"XMCD {bar:g}"] = model

    def prepare(name: str, analysis: Analysis) -> None:
        analysis.phrases, analysis.long_prompts, _ = batch_phrases(
            name, {a: int(r["n_events"]) for a, r in analysis.rows.items()}, long=True)

    bar_text = " ".join(f"{b:g}" for b in bars)
    report(batches, models,
           f"# Side model XMCD's design data: phrase crowds that split their tasks, on spent batches {batches} "
           f"(split bars {bar_text}, over at least {min_prompts} distinct long prompts)",
           f"python bench/monitor_phrase_crowds.py {batches} --partition {bar_text} --min-prompts {min_prompts}",
           f"monitor_phrase_crowds_partition_{min_prompts}.md", prepare=prepare)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="spent blind batches, FIRST-LAST")
    parser.add_argument("--min-share", type=float, default=P.MIN_SHARE)
    parser.add_argument("--min-orgs", type=int, default=P.MIN_ORGS)
    parser.add_argument("--max-chars", type=int, default=P.MAX_CHARS)
    parser.add_argument("--crowds", action="store_true", help="who is in a phrase crowd, per family and kind")
    parser.add_argument("--partition", type=float, nargs="+", metavar="D",
                        help="side model XMCD's split bars, scored against XMCP")
    parser.add_argument("--min-prompts", type=int, default=C.PARTITION_MIN_PROMPTS,
                        help="side model XMCD: distinct long prompts a crowd's split is read over")
    parser.add_argument("--timing", action="store_true",
                        help="time the phrase step over the batches' event files read as one log")
    parser.add_argument("--check-long-step", action="store_true",
                        help="the long-prompt step (ev.prompt_chars) against the texts themselves, per batch")
    args = parser.parse_args()
    tried = (args.min_share, args.min_orgs, args.max_chars) != (P.MIN_SHARE, P.MIN_ORGS, P.MAX_CHARS)
    P.MIN_SHARE, P.MIN_ORGS, P.MAX_CHARS = args.min_share, args.min_orgs, args.max_chars
    if args.timing:
        timing(args.batches)
        return
    if args.check_long_step:
        sys.exit(1 if check_long_step(args.batches) else 0)
    if args.partition:
        partition(args.batches, args.partition, args.min_prompts)
        return
    base = Calibration.load(BASE)
    if args.crowds:
        crowd_table(args.batches, base)
        return
    xmcp = copy.deepcopy(base)
    xmcp.crowd_phrases = True

    def prepare(name: str, analysis: Analysis) -> None:
        analysis.phrases = batch_phrases(name, {a: int(r["n_events"]) for a, r in analysis.rows.items()})[0]

    command = f"python bench/monitor_phrase_crowds.py {args.batches}"
    suffix = ""
    if tried:
        command += f" --min-share {args.min_share:g} --min-orgs {args.min_orgs} --max-chars {args.max_chars}"
        suffix = f"_{args.min_share:g}_{args.min_orgs}_{args.max_chars}"
    report(args.batches, {"XMCQ": base, "XMCP": xmcp},
           f"# Side model XMCP's design data: phrase crowds on spent batches {args.batches} "
           f"(short prompts of at most {args.max_chars} characters, sent by at least {args.min_orgs} organisations, "
           f"at least {args.min_share:g} of an account's requests)",
           command, f"monitor_phrase_crowds{suffix}.md", prepare=prepare)


if __name__ == "__main__":
    main()

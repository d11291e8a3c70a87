"""Phrase crowds (`monitor/phrases.py`, `crowds.phrase_crowds`; side model XMCP): short prompts many
organisations send word for word and no public corpus holds link the accounts that send them, and a
member is flagged through such a crowd by the topic crowds' rule. Side model XMCD: a phrase crowd
that split its tasks (`crowds.repeated_share`) flags by the margin alone."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from distillguard.data.sharegpt import prompts
from distillguard.errors import DistillguardError
from distillguard.monitor import crowds as C
from distillguard.monitor import phrases as P
from distillguard.monitor.content import normalised_key, public_prompts
from distillguard.monitor.engine import DuckDBEngine
from distillguard.monitor.load import load_events
from distillguard.monitor.scan import ScanParams, analyse, params_for
from distillguard.monitor.scoring import Calibration
from test_monitor_generalize import _assessed, _benign_crowd
from test_monitor_signals import DAY, T0, _event

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "results"
# an operator's follow-ups (written for this test; `test_the_script_lines_are_no_public_prompts` checks)
SCRIPT = (
    "Walk me through the trickiest step of that once more.",
    "Now argue the opposite side of it in three lines.",
    "Squeeze that into a table with two columns.",
    "Which of those points would an examiner test?",
    "Give one worked case with made-up numbers.",
    "Rewrite the last part for a twelve year old.",
)
DIALOGUES = 25


def test_the_script_lines_are_no_public_prompts():
    keys = {normalised_key(t) for t in public_prompts()}
    assert all(len(line) <= P.MAX_CHARS and normalised_key(line) not in keys for line in SCRIPT)


def test_a_shared_phrase_needs_the_stated_number_of_organisations():
    line = SCRIPT[0]
    four = [(f"a{i}", f"o{i}", line, 3) for i in range(P.MIN_ORGS - 1)]
    assert P.shared_phrases(four) == set()
    # a second account of an organisation already counted adds no organisation
    assert P.shared_phrases(four + [("a-extra", "o0", line, 3)]) == set()
    five = four + [("a-last", "o-last", line.upper().replace(" ", "  "), 1)]  # normalised as replay normalises
    assert P.shared_phrases(five) == {normalised_key(line)}


def test_a_public_prompt_is_no_shared_phrase():
    common = next(t for t in public_prompts() if 8 <= len(t.strip()) <= P.MAX_CHARS)
    rows = [(f"a{i}", f"o{i}", common, 5) for i in range(3 * P.MIN_ORGS)]
    assert P.shared_phrases(rows) == set()
    assert P.speakers(rows, {f"a{i}": 5 for i in range(3 * P.MIN_ORGS)}) == {}


def test_an_account_speaks_the_phrases_only_at_the_stated_share_of_its_requests():
    line = SCRIPT[1]
    rows = [(f"a{i}", f"o{i}", line, 2) for i in range(P.MIN_ORGS)]
    at_bar = round(2 / P.MIN_SHARE)  # 2 of its requests are the phrase: exactly the share
    requests = {"a0": at_bar, "a1": at_bar + 1} | {f"a{i}": 2 for i in range(2, P.MIN_ORGS)}
    said = P.speakers(rows, requests)
    assert "a0" in said and "a1" not in said and said["a0"] == frozenset({normalised_key(line)})


def test_phrase_neighbours_are_the_accounts_sharing_any_of_its_phrases():
    a, b, c = (normalised_key(x) for x in SCRIPT[:3])
    phrases = {"x": frozenset({a}), "y": frozenset({a, b}), "z": frozenset({b}), "w": frozenset({c})}
    names = sorted(phrases)
    near = dict(zip(names, (sorted(names[j] for j in n) for n in C.phrase_neighbours(names, phrases)), strict=True))
    assert near == {"w": [], "x": ["y"], "y": ["x", "z"], "z": ["y"]}


@pytest.mark.parametrize(("members", "in_crowd"), [(C.CROWD_NEIGHBOURS, False), (C.CROWD_NEIGHBOURS + 1, True)])
def test_a_phrase_crowd_needs_the_stated_number_of_neighbours(members, in_crowd):
    key = normalised_key(SCRIPT[0])
    phrases = {f"m{i:02d}": frozenset({key}) for i in range(members)}
    own = {name: 0.6 for name in phrases} | {"bystander": 0.1}
    found = C.phrase_crowds(phrases, own)
    assert bool(found) is in_crowd
    if in_crowd:
        assert set(found) == set(phrases)
        assert found["m00"] == C.Crowd(members - 1, 0.6, None, "phrase")


def test_the_phrase_reason_says_what_the_crowd_shares():
    text = C.crowd_reason(C.Crowd(31, 0.62, 0.71, "phrase"), 2.0, 0.25)
    assert text.startswith("one of a phrase crowd: 31 other accounts send the same short prompts word for word")
    assert "median own score of 0.62 (71% of them first seen more than 24 h after 25% of the scan's" in text


@pytest.fixture(scope="module")
def phrase_scan(tmp_path_factory):
    """A real scan (DuckDB, MiniLM): sixty ordinary users (ShareGPT prompts) and twenty-five
    person-like accounts, each its own organisation, card and home address, each holding a few
    conversations a day that open with a ShareGPT prompt of its own and carry on with lines of one
    operator's script — the crowd the shared phrases link. Every opener is a long prompt no other
    account sends: the crowd split its tasks (side model XMCD). One analysis, assessed per model."""
    rng = np.random.default_rng(11)
    pool = sorted({p for p in prompts(part="sim") if len(p.strip()) > P.MAX_CHARS})
    openers = [pool[int(i)] for i in rng.choice(len(pool), size=3 * DIALOGUES, replace=False)]  # each its own
    events = _benign_crowd(60)
    for h in range(DIALOGUES):
        for day in range(3):
            start = T0 + (h % 5 + day) * DAY + (18 + h % 4) * 3600
            turns = [openers[3 * h + day]] + [SCRIPT[int(k)] for k in rng.integers(len(SCRIPT), size=4)]
            times = start + np.cumsum(rng.uniform(60.0, 120.0, len(turns)))
            events += [_event(f"talk-{h:02d}", float(t), text, ip=f"81.7.{10 + h}.{40 + h}", card=f"pay-t{h}")
                       for t, text in zip(times, turns, strict=True)]
    directory = tmp_path_factory.mktemp("phrases")
    path = directory / "events.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in events))
    analysis = analyse(path, params_for(Calibration.load(RESULTS / "monitor_calibration_xmcd.json"), None))
    xmcq = Calibration.load(RESULTS / "monitor_calibration_xmcq.json")
    open_bars = replace(xmcq, crowd_median=0.0, inherit_margin=50.0, crowd_arrived=None, crowd_arrived_quantile=None)
    without = analyse(path)  # the step runs only for a model that reads phrase crowds
    shut = replace(open_bars, crowd_phrases=True, crowd_median=1.0)
    return analysis, without, {"open": open_bars, "open phrases": replace(open_bars, crowd_phrases=True),
                               "shut phrases": shut, "shut split": replace(shut, crowd_partition=0.01)}


def test_only_a_model_that_reads_phrase_crowds_switches_the_step_on(phrase_scan):
    xmcp = params_for(Calibration.load(RESULTS / "monitor_calibration_xmcp.json"), None).features
    assert xmcp.phrases and not xmcp.partition  # XMCP reads no split: its speakers' long prompts are not read
    xmcd = params_for(Calibration.load(RESULTS / "monitor_calibration_xmcd.json"), None).features
    assert xmcd.phrases and xmcd.partition
    xmcq = params_for(Calibration.load(RESULTS / "monitor_calibration_xmcq.json"), None).features
    assert not xmcq.phrases and not xmcq.partition  # a model reading no phrase crowd pays nothing for them
    assert not ScanParams().features.phrases and not ScanParams().features.partition
    _, without, _ = phrase_scan
    assert without.phrases == {} and without.long_prompts == {}


def test_the_scan_finds_who_speaks_the_script_and_no_ordinary_user(phrase_scan):
    analysis, _, _ = phrase_scan
    talkers = {f"talk-{h:02d}" for h in range(DIALOGUES)}
    assert set(analysis.phrases) == talkers
    script = {normalised_key(line) for line in SCRIPT}
    assert all(keys <= script and keys for keys in analysis.phrases.values())


def test_a_phrase_crowd_flags_by_the_topic_crowds_rule_and_only_for_a_model_that_reads_it(phrase_scan, monkeypatch):
    analysis, _, models = phrase_scan
    monkeypatch.setattr(C, "CROWD_COSINE", 1.01)  # no topic neighbours: only the phrases can make a crowd
    talkers = {f"talk-{h:02d}" for h in range(DIALOGUES)}

    def through_crowd(name):
        doc = _assessed(analysis, models[name])
        return {a["account_id"]: a["reasons"][0] for a in doc["accounts"] if a["reason_codes"][:1] == ["crowd"]}

    flagged = through_crowd("open phrases")
    assert set(flagged) == talkers
    assert all(text.startswith(f"one of a phrase crowd: {DIALOGUES - 1} other accounts") for text in flagged.values())
    assert through_crowd("open") == {} and through_crowd("shut phrases") == {}


def test_a_crowds_split_counts_the_distinct_long_prompts_two_members_send():
    long_of = {"a": frozenset({1, 2, 3}), "b": frozenset({3, 4}), "c": frozenset({5})}
    assert C.repeated_share(["a", "b", "c"], long_of) == (5, 0.2)  # 3 of 1–5 is sent twice
    assert C.repeated_share(["a", "c", "nobody"], long_of) == (4, 0.0)
    assert C.repeated_share(["nobody"], long_of) == (0, 0.0)


@pytest.mark.parametrize(("prompts", "repeated", "bar", "split"), [
    (C.PARTITION_MIN_PROMPTS, 0.01, 0.01, True),  # at both bars
    (C.PARTITION_MIN_PROMPTS - 1, 0.0, 0.01, False),  # too few prompts to read a split
    (C.PARTITION_MIN_PROMPTS, 0.011, 0.01, False),  # repeats more than the bar
    (C.PARTITION_MIN_PROMPTS, 0.0, None, False),  # a model that reads no split
])
def test_a_split_crowd_needs_both_bars_and_waives_only_the_median_and_arrivals(prompts, repeated, bar, split):
    crowd = C.Crowd(30, 0.1, 0.2, "phrase", prompts, repeated)  # under every median and arrival bar
    assert crowd.partitioned(bar) is split
    assert C.flagged_through_crowd(crowd, 1.0, 0.5, 2.0, 0.65, bar) is split
    assert not C.flagged_through_crowd(crowd, 2.5, 0.5, 2.0, 0.65, bar)  # the margin is never waived
    assert not C.flagged_through_crowd(replace(crowd, repeated=None), 1.0, 0.5, 2.0, 0.65, bar)  # not measured


def test_the_split_reason_says_the_crowd_split_its_tasks():
    text = C.crowd_reason(C.Crowd(31, 0.2, 0.4, "phrase", 212, 0.0047), 2.0, 0.25, 0.01)
    assert text.startswith("one of a phrase crowd: 31 other accounts send the same short prompts word for word")
    assert "they split their tasks: of the 212 distinct longer prompts they send, 0.5% are sent by two" in text
    assert "median own score" not in text
    assert "median own score of 0.20" in C.crowd_reason(C.Crowd(31, 0.2, 0.4, "phrase", 212, 0.5), 2.0, 0.25, 0.01)


def test_the_scan_reads_the_speakers_long_prompts_and_no_one_elses(phrase_scan):
    analysis, _, _ = phrase_scan
    assert set(analysis.long_prompts) == set(analysis.phrases)
    assert all(len(keys) == 3 for keys in analysis.long_prompts.values())  # three openers of its own each
    assert len(set().union(*analysis.long_prompts.values())) == 3 * DIALOGUES


@pytest.mark.parametrize("kind", ["jsonl", "parquet"])
def test_the_long_prompt_step_keeps_what_the_texts_say_without_reading_them_again(tmp_path, kind):
    """`long_prompt_rows` reads the length measured at load (`ev.prompt_chars`) instead of hashing
    every text again: it must keep exactly the prompts whose trimmed text is longer than
    `MAX_CHARS`, asked of the texts themselves, on both load paths. A short line padded past the
    limit with spaces is short; one character over the limit is long; other accounts are not read."""
    limit = P.MAX_CHARS
    texts = ["x" * limit, "y" * (limit + 1), "   " + "z" * (limit - 5) + "      ", SCRIPT[0],
             " " + "w" * (limit + 20) + " ", "v" * limit + "\n",
             "\u3000" + "u" * limit, "t" * limit + "\u00a0", " "]  # other spaces the engine trims
    events = [_event(account, T0 + 60.0 * i, text, ip="81.7.1.2", card="pay-1")
              for i, (account, text) in enumerate((a, t) for a in ("asked-1", "asked-2", "other") for t in texts)]
    events.append(_event("asked-2", T0 + 99_000.0, texts[1], ip="81.7.1.2", card="pay-1"))  # a repeat: one key
    path = tmp_path / f"events.{kind}"
    if kind == "jsonl":
        path.write_text("".join(json.dumps(e) + "\n" for e in events))
    else:
        pq.write_table(pa.Table.from_pylist(events), path)
    con = DuckDBEngine()
    try:
        load_events(con, path)
        found = sorted(P.long_prompt_rows(con, {"asked-1", "asked-2"}))
        truth = sorted((str(a), int(h)) for a, h in con.rows(
            f"""SELECT DISTINCT account_id, hash(prompt) FROM events
            WHERE account_id IN ('asked-1', 'asked-2') AND length(trim(prompt)) > {limit}"""))
    finally:
        con.close()
    assert found == truth
    # "y" * (limit + 1), the padded "w" line and the line ending in a newline (trim takes spaces,
    # not line ends, as the step always did), for each account asked
    assert len(found) == 2 * 3
    assert P.long_prompt_rows(DuckDBEngine(), set()) == []


def test_a_crowd_that_split_its_tasks_flags_past_the_median_and_one_that_shares_them_does_not(phrase_scan, monkeypatch):
    analysis, _, models = phrase_scan
    monkeypatch.setattr(C, "CROWD_COSINE", 1.01)  # no topic neighbours: only the phrases can make a crowd
    talkers = {f"talk-{h:02d}" for h in range(DIALOGUES)}

    def through_crowd(scan):
        doc = _assessed(scan, models["shut split"])
        return {a["account_id"]: a["reasons"][0] for a in doc["accounts"] if a["reason_codes"][:1] == ["crowd"]}

    flagged = through_crowd(analysis)
    assert set(flagged) == talkers and all("they split their tasks" in text for text in flagged.values())
    # a cohort pasting one another's tasks: every member also sends two other members' openers
    names = sorted(talkers)
    shared = {a: analysis.long_prompts[a] | analysis.long_prompts[names[(i + 1) % len(names)]]
              for i, a in enumerate(names)}
    assert through_crowd(replace(analysis, long_prompts=shared)) == {}


def test_calibration_files_refuse_a_bad_phrase_setting(tmp_path):
    xmcq = Calibration.load(RESULTS / "monitor_calibration_xmcq.json")
    xmcq.save(tmp_path / "base.json")
    assert "crowd_phrases" not in json.loads((tmp_path / "base.json").read_text())  # false: kept out of the file
    replace(xmcq, crowd_phrases=True).save(tmp_path / "set.json")
    assert Calibration.load(tmp_path / "set.json").crowd_phrases is True
    for value, without in (("yes", False), (1, False), (True, True)):
        data = json.loads((tmp_path / "set.json").read_text()) | {"crowd_phrases": value}
        if without:
            for field in ("crowd_median", "crowd_arrived", "crowd_arrived_quantile"):
                data.pop(field)
        (tmp_path / "bad.json").write_text(json.dumps(data))
        with pytest.raises(DistillguardError, match="crowd_phrases must be true or false, and true only with crowd_median"):
            Calibration.load(tmp_path / "bad.json")
    assert "crowd_partition" not in json.loads((tmp_path / "set.json").read_text())  # None: kept out of the file
    replace(xmcq, crowd_phrases=True, crowd_partition=0.01).save(tmp_path / "split.json")
    assert Calibration.load(tmp_path / "split.json").crowd_partition == 0.01
    for change in ({"crowd_partition": True}, {"crowd_partition": 1.5}, {"crowd_partition": -0.1},
                   {"crowd_partition": "0.01"}, {"crowd_phrases": False}):
        data = json.loads((tmp_path / "split.json").read_text()) | change
        (tmp_path / "bad.json").write_text(json.dumps(data))
        with pytest.raises(DistillguardError, match="crowd_partition must be in"):
            Calibration.load(tmp_path / "bad.json")


def test_side_model_xmcp_is_xmcq_with_phrase_crowds_derived_by_its_command(tmp_path):
    """Side model XMCP (bench/results/monitor_calibration_xmcp.json, frozen before blind batches 225-232
    were written) is what bench/monitor_derive.py makes of XMCQ with `--crowd-phrases`: XMCQ's every
    field but the flag; a second flag, or one on a model reading no topic crowd, is one line of error."""
    from test_monitor_trees import _but_source, _derive, _derive_fails

    derived, frozen, base = _derive(tmp_path, "xmcq", "xmcp", "--crowd-phrases")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in set(base) | set(frozen) if base.get(k) != frozen.get(k)} == {"crowd_phrases", "source"}
    assert frozen["crowd_phrases"] is True
    for base_model in ("xmcp", "xm"):
        again = _derive_fails(tmp_path, base_model, "--crowd-phrases")
        assert again.returncode == 2 and "reads topic crowds and not phrase crowds" in again.stderr


def test_side_model_xmcd_is_xmcp_with_the_split_derived_by_its_command(tmp_path):
    """Side model XMCD (bench/results/monitor_calibration_xmcd.json, frozen before blind batches 233-240
    were written) is what bench/monitor_derive.py makes of XMCP with `--crowd-partition 0.01`: XMCP's
    every field but the bar; a second bar, or one on a model reading no phrase crowd, is one line of error."""
    from test_monitor_trees import _but_source, _derive, _derive_fails

    derived, frozen, base = _derive(tmp_path, "xmcp", "xmcd", "--crowd-partition", "0.01")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in set(base) | set(frozen) if base.get(k) != frozen.get(k)} == {"crowd_partition", "source"}
    assert frozen["crowd_partition"] == 0.01
    for base_model in ("xmcd", "xmcq"):
        again = _derive_fails(tmp_path, base_model, "--crowd-partition", "0.01")
        assert again.returncode == 2 and "on a base that reads phrase crowds and not their split" in again.stderr


def test_model_xmcd_reads_phrase_crowds_and_their_split_and_the_shipped_model_keeps_them():
    """Model XMCD (bench/results/monitor_calibration_xmcd.json, frozen before blind batches 233-240 were
    written; shipped after 248 until XMCT replaced it after 312) reads phrase crowds and their split and
    switches both steps on; XMCQ, shipped before it, is its base without the two phrase fields, and the
    shipped model (XMCW, after XMCT and XMCTO) keeps both fields as they are."""
    shipped = Calibration.load().__dict__
    frozen = Calibration.load(RESULTS / "monitor_calibration_xmcd.json").__dict__
    xmcq = Calibration.load(RESULTS / "monitor_calibration_xmcq.json").__dict__
    assert frozen["crowd_phrases"] is True and frozen["crowd_partition"] == 0.01
    assert {k for k in xmcq if xmcq[k] != frozen[k]} == {"crowd_phrases", "crowd_partition", "source"}
    assert (shipped["crowd_phrases"], shipped["crowd_partition"]) == (True, 0.01)
    features = params_for(Calibration.load(), None).features
    assert features.phrases and features.partition

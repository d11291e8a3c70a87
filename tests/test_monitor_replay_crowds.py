"""Disjoint-replay crowds (side model XMCR, `monitor/replay_crowds.py`): accounts that deal a public
corpus out between them are found by how little they overlap one another; people who paste public
prompts, however many, are not; a real scan collects the arrived public senders' prompts and flags the
crowd only for a model that reads it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from distillguard.data.sharegpt import prompts
from distillguard.errors import DistillguardError
from distillguard.monitor import replay_crowds as RC
from distillguard.monitor.scan import ScanParams, analyse, params_for
from distillguard.monitor.scoring import Calibration
from test_monitor_generalize import _assessed
from test_monitor_signals import DAY, T0, _event

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "results"
POOL = 6000


def _population(rng: np.random.Generator, people: int = 150, shards: int = 20, shard_size: int = 100,
                heavy: bool = False) -> dict[str, np.ndarray]:
    """`people` accounts that each pick 40-120 public prompts at random from a pool of `POOL`, and
    `shards` accounts that deal one shuffled copy of the pool out, `shard_size` each; `heavy`: one
    more key that sends 1,500 prompts of a fifth of the pool (a coding key)."""
    sets = {f"person-{i:03d}": rng.choice(POOL, size=int(rng.integers(40, 121)), replace=False) for i in range(people)}
    order = rng.permutation(POOL)
    sets |= {f"shard-{i:02d}": order[i * shard_size:(i + 1) * shard_size] for i in range(shards)}
    if heavy:
        sets["heavy-key"] = rng.choice(POOL // 5, size=1000, replace=False)
    return sets


def _members(sets: dict[str, np.ndarray], z: float = 4.0, least: int = 30) -> set[str]:
    return {a for c in RC.disjoint_crowds(sets, z, least) for a in c.members}


def test_the_chance_of_an_overlap_is_the_pairs_overlaps_per_product_of_their_sizes():
    overlaps = np.array([[4.0, 1.0, 0.0], [1.0, 2.0, 1.0], [0.0, 1.0, 3.0]])
    sizes = np.array([4.0, 2.0, 3.0])
    # off-diagonal overlaps 4 over products 2·(4·2 + 4·3 + 2·3) = 52
    assert RC.overlap_chance(overlaps, sizes) == pytest.approx(4 / 52)
    assert RC.overlap_chance(np.diag(sizes), sizes) == 0.0


def test_a_bottom_sample_keeps_small_sets_whole_and_a_shared_prompt_in_both_large_ones():
    ids = np.arange(50)
    assert np.array_equal(RC.bottom(ids, 100), ids)
    big, other = np.arange(1000), np.arange(500, 2000)
    kept_big, kept_other = set(RC.bottom(big, 100).tolist()), set(RC.bottom(other, 100).tolist())
    assert len(kept_big) == len(kept_other) == 100
    assert np.array_equal(RC.bottom(big[::-1], 100), RC.bottom(big, 100))  # the order sent does not matter
    # one fixed hash order: each keeps its smallest keys, so a shared prompt kept by one set with a
    # smaller largest key than the other's is kept by the other too
    keys = {v: ((v * 0x9E3779B97F4A7C15) % 2**64) >> 17 for v in range(2000)}
    assert kept_big == set(sorted(range(1000), key=keys.__getitem__)[:100])
    bar = min(max(keys[v] for v in kept_big), max(keys[v] for v in kept_other))
    assert {v for v in kept_big if v >= 500 and keys[v] <= bar} == {v for v in kept_other if v < 1000 and keys[v] <= bar}


@pytest.mark.parametrize("seed", range(5))
def test_a_corpus_dealt_out_over_keys_is_found_among_people_who_paste_public_prompts(seed):
    found = _members(_population(np.random.default_rng(seed)))
    shards = {a for a in found if a.startswith("shard-")}
    assert len(shards) >= 16, sorted(found)
    assert found == shards  # no person among them


def test_independent_senders_make_no_crowd():
    """Statistically: 30 populations of 170 accounts that each pick public prompts on their own (no
    crowd). A crowd needs five accounts each at least 4 standard deviations short of chance against it;
    among independent senders none should appear (a permissive method would find some in most)."""
    found = [len(_members(_population(np.random.default_rng(100 + s), people=170, shards=0))) for s in range(30)]
    assert sum(found) == 0, found


def test_a_heavy_key_is_no_member_for_its_size_alone():
    found = _members(_population(np.random.default_rng(7), heavy=True))
    assert "heavy-key" not in found
    assert len({a for a in found if a.startswith("shard-")}) >= 16


def test_a_member_needs_the_least_public_prompts_and_a_crowd_five_members():
    sets = _population(np.random.default_rng(3))
    assert len(_members(sets, least=100)) >= 16
    assert _members(sets, least=101) == set()  # every shard sends 100: none may be a member
    small = _population(np.random.default_rng(3), shards=4)
    assert not {a for a in _members(small) if a.startswith("shard-")}


def test_the_replay_reason_says_how_little_the_crowd_shares():
    crowd = RC.ReplayCrowd(("a", "b", "c", "d", "e", "f"), 3, 41.6)
    text = RC.reason(crowd)
    assert text.startswith("one of a disjoint-replay crowd: 5 other accounts")
    assert "share 3 of them" in text and "would have them share 42" in text


def test_calibration_files_refuse_a_bad_replay_crowd_setting(tmp_path):
    cal = Calibration.load(RESULTS / "monitor_calibration_xmcw.json")
    bad = [replace(cal, replay_crowd_z=4.0), replace(cal, replay_crowd_prompts=30),
           replace(cal, replay_crowd_z=0.0, replay_crowd_prompts=30),
           replace(cal, replay_crowd_z=float("nan"), replay_crowd_prompts=30),
           replace(cal, replay_crowd_z=4.0, replay_crowd_prompts=0),
           replace(cal, replay_crowd_z=True, replay_crowd_prompts=30)]
    for each in bad:
        each.save(tmp_path / "bad.json")
        with pytest.raises(DistillguardError, match="replay_crowd"):
            Calibration.load(tmp_path / "bad.json")
    cal.save(tmp_path / "base.json")
    assert "replay_crowd_z" not in json.loads((tmp_path / "base.json").read_text())


def public_pool() -> list[str]:
    """1,500 public prompts of the simulator's half, 80-1,500 characters, in a fixed order."""
    return sorted({p for p in prompts(part="sim") if 80 <= len(p.strip()) <= 1500})[:1500]


def pasting_sessions(events: list[dict], rng: np.random.Generator, account: str, texts: list[str], start: float,
                     n: int, net: int = 90) -> None:
    """Append `account` sending `texts` at random times over three days from `start`, from its own
    address (`net`.…, numbered by `n`) and card."""
    times = start + np.sort(rng.uniform(0, 3 * DAY, len(texts)))
    events.extend(_event(account, float(t), text, ip=f"{net}.{n % 200}.{n // 200}.{7 + n % 50}", card=f"pay-{account}")
                  for t, text in zip(times, texts, strict=True))


ARRIVED = 40  # ordinary users who turn up three days in and paste public prompts
SHARDS = 12
PER_ACCOUNT = 60


@pytest.fixture(scope="module")
def replay_scan(tmp_path_factory):
    """A real scan (DuckDB, MiniLM): sixty ordinary users from the log's first day, forty more who
    turn up three days in, each pasting 60 public prompts of a pool of 1,500 at random, and twelve
    keys that turn up at the same time and deal 720 prompts of the same pool out, 60 each. One
    analysis with the step on, one without."""
    rng = np.random.default_rng(21)
    pool = public_pool()
    events: list[dict] = []

    def sessions(account: str, texts: list[str], start: float, n: int) -> None:
        pasting_sessions(events, rng, account, texts, start, n)

    for i in range(60):
        sessions(f"early-{i:02d}", [pool[int(j)] for j in rng.choice(len(pool), 20, replace=False)], T0, i)
    for i in range(ARRIVED):
        sessions(f"late-{i:02d}", [pool[int(j)] for j in rng.choice(len(pool), PER_ACCOUNT, replace=False)],
                 T0 + 3 * DAY, 100 + i)
    dealt = rng.permutation(len(pool))
    for i in range(SHARDS):
        sessions(f"shard-{i:02d}", [pool[int(j)] for j in dealt[i * PER_ACCOUNT:(i + 1) * PER_ACCOUNT]],
                 T0 + 3 * DAY, 300 + i)
    path = tmp_path_factory.mktemp("replay") / "events.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in events))
    xmcr = replace(Calibration.load(RESULTS / "monitor_calibration_xmcw.json"), replay_crowd_z=4.0, replay_crowd_prompts=30)
    return analyse(path, params_for(xmcr, None)), analyse(path), xmcr


def test_only_a_model_that_reads_replay_crowds_switches_the_step_on(replay_scan):
    _, without, xmcr = replay_scan
    assert params_for(xmcr, None).features.replay_crowds
    assert not params_for(Calibration.load(RESULTS / "monitor_calibration_xmcw.json"), None).features.replay_crowds
    assert not ScanParams().features.replay_crowds
    assert without.public_sets == {}


def test_the_scan_collects_the_public_prompts_of_arrived_public_senders_only(replay_scan):
    analysis, _, _ = replay_scan
    arrived = {f"late-{i:02d}" for i in range(ARRIVED)} | {f"shard-{i:02d}" for i in range(SHARDS)}
    assert set(analysis.public_sets) == arrived  # the first day's users did not arrive during the scan
    assert all(len(v) == PER_ACCOUNT for v in analysis.public_sets.values())


def test_the_crowd_is_flagged_by_a_model_that_reads_it_and_no_one_else_is(replay_scan):
    analysis, _, xmcr = replay_scan

    def through_crowd(cal):
        doc = _assessed(analysis, cal)
        return {a["account_id"]: a["reasons"][0] for a in doc["accounts"] if a["reason_codes"][:1] == ["crowd"]}

    flagged = through_crowd(xmcr)
    assert set(flagged) >= {f"shard-{i:02d}" for i in range(SHARDS - 2)} and all(a.startswith("shard-") for a in flagged)
    assert all(text.startswith("one of a disjoint-replay crowd") for text in flagged.values())
    assert not any(a.startswith("shard-") for a in through_crowd(Calibration.load(RESULTS / "monitor_calibration_xmcw.json")))


def test_side_model_xmcr_is_xmcw_with_replay_crowds_derived_by_its_command(tmp_path):
    """Side model XMCR (bench/results/monitor_calibration_xmcr.json, frozen before blind batches 337-344
    were read or run) is what bench/monitor_derive.py makes of XMCW with `--replay-crowd 4 50`: XMCW's
    every field but those two; a second `--replay-crowd`, or a bad value, is one line of error."""
    from test_monitor_trees import _but_source, _derive, _derive_fails

    derived, frozen, base = _derive(tmp_path, "xmcw", "xmcr", "--replay-crowd", "4", "50")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in set(base) | set(frozen) if base.get(k) != frozen.get(k)} == {
        "replay_crowd_z", "replay_crowd_prompts", "source"}
    assert (frozen["replay_crowd_z"], frozen["replay_crowd_prompts"]) == (4.0, 50)
    again = _derive_fails(tmp_path, "xmcr", "--replay-crowd", "4", "50")
    assert again.returncode == 2 and "reads no disjoint-replay crowd" in again.stderr
    bad = _derive_fails(tmp_path, "xmcw", "--replay-crowd", "four", "50")
    assert bad.returncode == 2 and "--replay-crowd wants Z PROMPTS" in bad.stderr


def test_only_xmcr_reads_replay_crowds_and_the_shipped_model_does_not():
    assert params_for(Calibration.load(RESULTS / "monitor_calibration_xmcr.json"), None).features.replay_crowds
    assert not params_for(Calibration.load(), None).features.replay_crowds  # the shipped model, XMCW

"""Every blind batch from 14 on builds correctly: the simulator's exact schema, time order,
complete and consistent truth, determinism per seed. (This checks the batches, never the monitor.)

One parametrized module instead of a copy per batch: each batch is a package
`bench/monitor_blindNN` exporting `make_blind_batch`, `CAMPAIGN_FAMILIES` and `BENIGN_KINDS`, found
here by name, so a new batch is checked without a new test file. It replaces seventeen copies of one
file (`tests/test_monitor_blind14_batch.py` … `_blind30_batch.py`, which the batches' READMEs still
name as what their authors copied and ran). Batches 4–13 keep their own test files (they check more,
in shapes of their own)."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from distillguard.sim.config import SimConfig
from distillguard.sim.simulate import simulate

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # `bench` is a top-level folder of the repository, not an installed package
from bench.blind_batch import digest  # noqa: E402
from bench.monitor_blind_digests import BENIGN, FIRST, batches  # noqa: E402

BATCHES = batches()  # every batch from FIRST, the first written to this module's checks, at BENIGN background accounts
DIGESTS: dict[str, dict[str, str]] = json.loads((ROOT / "bench" / "monitor_blind_digests.json").read_text())


def test_every_batch_from_the_first_is_found():
    assert BATCHES[0] == FIRST and BATCHES == list(range(FIRST, BATCHES[-1] + 1)), BATCHES


@pytest.fixture(scope="module")
def background():
    return simulate(SimConfig(seed=0, benign_accounts=BENIGN, campaigns=0, campaign_accounts=0))[0]


@pytest.fixture(scope="module", params=BATCHES, ids=lambda n: f"batch{n}")
def batch(request):
    module = importlib.import_module(f"bench.monitor_blind{request.param}")
    table, truth = module.make_blind_batch(0, benign_accounts=BENIGN)
    return module, table, truth


def test_schema_equals_simulate(batch, background):
    _, table, _ = batch
    assert table.schema == background.schema
    assert table.num_rows > background.num_rows


def test_sorted_by_time_and_inside_background_window(batch, background):
    _, table, _ = batch
    ts = table["ts"].to_numpy()
    assert (ts[1:] >= ts[:-1]).all()
    bts = background["ts"].to_numpy()
    assert ts.min() >= bts.min() and ts.max() <= bts.max()


def test_truth_covers_every_account_and_campaign(batch):
    module, table, truth = batch
    seen = set(pc.unique(table["account_id"].combine_chunks().dictionary_decode()).to_pylist())
    assert seen <= set(truth["accounts"])
    assert truth["events"] == table.num_rows
    camp_accts = {a for a, v in truth["accounts"].items() if v["label"] == "campaign"}
    listed = {a for c in truth["campaigns"] for a in c["accounts"]}
    assert camp_accts == listed
    assert {c["family"] for c in truth["campaigns"]} == set(module.CAMPAIGN_FAMILIES)
    for c in truth["campaigns"]:
        assert c["params"] and all(truth["accounts"][a]["campaign_id"] == c["campaign_id"] for a in c["accounts"])
    # every family and every kind actually sends traffic
    fam_seen = {truth["accounts"][a]["family"] for a in seen}
    assert set(module.CAMPAIGN_FAMILIES) <= fam_seen and set(module.BENIGN_KINDS) <= fam_seen


def test_enough_families_and_kinds(batch):
    module, _, truth = batch
    assert len(truth["families"]) >= 5 and truth["families"] == sorted(module.CAMPAIGN_FAMILIES)
    assert len(truth["benign_kinds"]) >= 3 and truth["benign_kinds"] == sorted(module.BENIGN_KINDS)
    kinds = {v["family"] for v in truth["accounts"].values() if v["label"] == "benign"}
    assert set(module.BENIGN_KINDS) <= kinds


def test_deterministic_per_seed(batch):
    """A batch with a recorded fingerprint (`bench/monitor_blind_digests.json`, written by
    `bench/monitor_blind_digests.py`) must build exactly the events and truth recorded for seed 0 —
    the seed its blind runs scanned — in this process, with today's machinery, simulator and
    libraries; its seed-1 fingerprint, recorded from a build of its own, must differ. One without a
    record (a batch just written) is built twice in this process, and once with seed 1, instead.

    Why seed 1 is not rebuilt for a recorded batch: that the seed reaches the draws is a property of
    the batch's code, settled when its two fingerprints were recorded from two builds; rebuilding it
    in every CI run was a quarter of the suite's time at 330 batches. `python
    bench/monitor_blind_digests.py --check` rebuilds both seeds of every batch."""
    module, table, truth = batch
    recorded = DIGESTS.get(module.__name__.removeprefix("bench.monitor_blind"))
    if recorded is None:
        again, truth2 = module.make_blind_batch(0, benign_accounts=BENIGN)
        assert again.equals(table) and truth2 == truth
        other, truth3 = module.make_blind_batch(1, benign_accounts=BENIGN)
        assert truth3["campaigns"] != truth["campaigns"]
        assert not other.equals(table)
    else:
        assert digest(table, truth) == recorded["0"]
        assert recorded["1"] != recorded["0"]


def test_the_fingerprint_reads_every_column_and_the_truth(background):
    """`blind_batch.digest` changes with one value of any column, string or number, or of the truth."""
    truth = {"accounts": {"a": {"label": "benign"}}}
    base = digest(background, truth)
    assert base == digest(background, json.loads(json.dumps(truth)))
    for name in background.column_names:
        column = background[name].combine_chunks()
        values = column.dictionary_decode().to_pylist() if pa.types.is_dictionary(column.type) else column.to_pylist()
        values[len(values) // 2] = values[len(values) // 2] + ("x" if isinstance(values[0], str) else 1)
        changed = pa.array(values, type=column.type.value_type if pa.types.is_dictionary(column.type) else column.type)
        if pa.types.is_dictionary(column.type):
            changed = pc.dictionary_encode(changed)
        assert digest(background.set_column(background.column_names.index(name), name, changed), truth) != base, name
    assert digest(background, {"accounts": {"a": {"label": "campaign"}}}) != base


def _set_iterations(path: Path) -> list[str]:
    """Where a batch's code walks a set or calls `hash()`: both follow the per-process string hash
    seed (PYTHONHASHSEED), so a generator drawing in that order writes different events in every
    process, and each model's one run would scan a different batch."""
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        walked = [node.iter] if isinstance(node, (ast.For, ast.comprehension)) else []
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id == "hash":
                found.append(f"{path.name}:{node.lineno} hash()")
            if node.func.id in ("list", "tuple", "enumerate", "zip", "iter"):
                walked.extend(node.args)
        for it in walked:
            if isinstance(it, (ast.Set, ast.SetComp)) or (
                isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id in ("set", "frozenset")
            ):
                found.append(f"{path.name}:{it.lineno} {ast.unparse(it)[:50]}")
    return found


def test_no_batch_draws_in_an_order_that_depends_on_the_string_hash_seed():
    """Batch 203 walked `set(langs)` while drawing from its generator: the same seed gave a different
    batch in every process, so its first runs scanned different draws per model (kept as
    `bench/results/monitor_blind203_*_nondeterministic.*`). No batch may walk a set or hash a string."""
    found = {p.parent.name: hits for p in sorted((ROOT / "bench").glob("monitor_blind*/*.py"))
             if (hits := _set_iterations(p))}
    assert found == {}


def test_the_checker_finds_a_set_walk(tmp_path):
    bad = tmp_path / "families.py"
    bad.write_text("def f(rng, langs):\n    for lg in set(langs):\n        rng.permutation(3)\n    return hash('a')\n")
    assert len(_set_iterations(bad)) == 2


def test_batch_203_is_the_same_under_two_string_hash_seeds():
    """The batch that had the bug, built in two processes with different PYTHONHASHSEED."""
    import os
    import subprocess

    code = ("import hashlib, sys; sys.path.insert(0, sys.argv[1]); import bench.monitor_blind203 as m; "
            "t, _ = m.make_blind_batch(0, benign_accounts=150); "
            "print(hashlib.sha256(str(t.column('prompt').to_pylist()).encode()).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(digests) == 1 and len(next(iter(digests))) > 60

"""Covering operators (`scan.Operators.clears`; side model XMCO): an identified operator — accounts
tied by a card or shared networks — that makes up at least half a cluster takes the cluster's score
as its own only if the median own score of all its accounts reaches the calibration's
`operator_median`. Without the field, the covering operator inherits as before."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from distillguard.errors import DistillguardError
from distillguard.monitor.graph import Cluster
from distillguard.monitor.scan import Operators, _inherited
from distillguard.monitor.scoring import Calibration, logit

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "results"


def _business_and_ring(business_scores: list[float], ring: int = 3):
    """A cluster of one business's keys on one card (operator 1) and `ring` campaign keys of another
    operator (2) that templates joined to it; the ring's keys score 0.99 on their own."""
    keys = [f"biz-{i}" for i in range(len(business_scores))]
    ringers = [f"ring-{i}" for i in range(ring)]
    cluster = Cluster("C0001", keys + ringers)
    own = dict(zip(keys, business_scores, strict=True)) | {r: 0.99 for r in ringers}
    analysis = SimpleNamespace(
        operators={k: 1 for k in keys} | {r: 2 for r in ringers},
        links={k: {"C0001": {"payment": 1, "hard": 1, "template": 3}} for k in keys},
    )
    return analysis, cluster, own


@pytest.mark.parametrize(
    ("scores", "bar", "passes"),
    [
        ([0.1] * 8, None, True),  # the rule as it was: covering is enough
        ([0.1] * 8, 0.4, False),  # a business that bears nothing out itself
        ([0.1] * 3 + [0.5] * 5, 0.4, True),  # its median reaches the bar
        ([0.1] * 5 + [0.5] * 3, 0.4, False),  # its median does not
        ([0.1] * 2, 0.4, False),  # not covering: two of five, as before
    ],
)
def test_a_covering_operator_passes_the_clusters_score_only_at_its_own_median(scores, bar, passes):
    analysis, cluster, own = _business_and_ring(scores)
    cal = Calibration.load(RESULTS / "monitor_calibration_xmcd.json")
    operators = Operators.build(analysis, own, {a: cluster for a in cluster.accounts}, bar)
    assert operators.clears("biz-0", own["biz-0"], cluster, cal.threshold) is passes


def test_a_flagged_mate_still_passes_the_score_whatever_the_median():
    """The operator rule's other way in is untouched: another of the operator's accounts flagged on
    its own evidence lets the cluster's score reach the rest."""
    cal = Calibration.load(RESULTS / "monitor_calibration_xmcd.json")
    scores = [0.1] * 7 + [0.99]
    analysis, cluster, own = _business_and_ring(scores)
    operators = Operators.build(analysis, own, {a: cluster for a in cluster.accounts}, 0.9)
    assert operators.clears("biz-0", own["biz-0"], cluster, cal.threshold)


def test_the_business_keeps_its_own_score_when_it_bears_nothing_out():
    """`scan._inherited` end to end on the business: its keys have a hard link into the cluster (its
    own card), so they inherit the cluster's score under XMCD; with a median bar over the business's
    own scores they keep their own."""
    cal = Calibration.load(RESULTS / "monitor_calibration_xmcd.json")
    analysis, cluster, own = _business_and_ring([0.1] * 8)
    scores = {"C0001": (0.995, {}, {})}
    cluster_of = {a: cluster for a in cluster.accounts}
    for bar, inherits in ((None, True), (0.4, False)):
        operators = Operators.build(analysis, own, cluster_of, bar)
        got = _inherited(analysis, replace(cal, operator_median=bar), "biz-0", own["biz-0"], scores,
                         {"C0001": cluster}, operators, cluster)
        assert (got is not None and got[0] == 0.995) is inherits, (bar, got)
        if got is not None:
            assert "inherited through a hard link" in got[1]
    gap = logit(cal.threshold) - logit(0.1)
    assert gap > cal.inherit_margin and not math.isclose(gap, cal.inherit_margin)  # no evidence of its own


def test_calibration_files_refuse_a_bad_operator_median(tmp_path):
    cal = Calibration.load(RESULTS / "monitor_calibration_xmcd.json")
    for value in (1.01, -0.01, float("nan"), True):
        replace(cal, operator_median=value).save(tmp_path / "bad.json")
        with pytest.raises(DistillguardError, match="operator_median"):
            Calibration.load(tmp_path / "bad.json")
    cal.save(tmp_path / "base.json")
    assert "operator_median" not in json.loads((tmp_path / "base.json").read_text())
    assert Calibration.load(tmp_path / "base.json").operator_median is None
    replace(cal, operator_median=0.4).save(tmp_path / "set.json")
    assert Calibration.load(tmp_path / "set.json").operator_median == 0.4


def test_side_model_xmco_is_xmcd_with_an_operator_median_derived_by_its_command(tmp_path):
    """Side model XMCO (bench/results/monitor_calibration_xmco.json, frozen before blind batches
    269-276 were committed) is what bench/monitor_derive.py makes of XMCD with `--operator-median
    0.4`: XMCD's every field but that one; a second `--operator-median` is one line of error."""
    from test_monitor_trees import _but_source, _derive, _derive_fails

    derived, frozen, base = _derive(tmp_path, "xmcd", "xmco", "--operator-median", "0.4")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"operator_median", "source"}
    again = _derive_fails(tmp_path, "xmco", "--operator-median", "0.4")
    assert again.returncode == 2 and "answer for nothing of their own" in again.stderr.splitlines()[-1]


def test_model_xmcto_is_xmct_with_xmcos_operator_median_derived_by_its_command(tmp_path):
    """Model XMCTO (bench/results/monitor_calibration_xmcto.json: side model XMCO's rule carried onto
    XMCT, shipped after blind batch 312, once XMCO's rule held on 313-320) is what
    bench/monitor_derive.py makes of XMCT with `--operator-median 0.4`: XMCT's every field but that
    one, at XMCO's own bar; against XMCD, it differs exactly by XMCT's weight and XMCO's bar."""
    from test_monitor_trees import _but_source, _derive

    derived, frozen, base = _derive(tmp_path, "xmct", "xmcto", "--operator-median", "0.4")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"operator_median", "source"}
    xmco = Calibration.load(RESULTS / "monitor_calibration_xmco.json").__dict__
    assert frozen["operator_median"] == xmco["operator_median"] == 0.4
    assert {k for k in xmco if xmco[k] != frozen[k]} == {"weights", "source"}
    assert {k for k, v in frozen["weights"].items() if xmco["weights"].get(k) != v} == {"corpus_order"}


def test_the_shipped_model_keeps_xmctos_covering_operator_rule():
    """Model XMCTO (shipped after blind batch 320: XMCO's rule, written down before its blind batches, held
    there — 320's quadrophonic, a course cohort of 38, cleared, no campaign account lost — and XMCTO's
    changes against XMCT are XMCO's against XMCD on every batch 249-320) was shipped until XMCW replaced it
    after 336: the shipped file keeps XMCTO's every field, XMCO's bar among them, and adds only XMCW's
    suspect crowds and their card bar."""
    shipped = Calibration.load().__dict__
    frozen = Calibration.load(RESULTS / "monitor_calibration_xmcto.json").__dict__
    assert shipped["operator_median"] == frozen["operator_median"] == 0.4
    assert {k for k in frozen if frozen[k] != shipped[k]} == {"crowd_suspects", "crowd_suspect_cards", "source"}
    assert shipped["source"].startswith(frozen["source"])

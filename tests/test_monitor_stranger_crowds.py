"""Stranger crowds (`crowds.stranger_crowds`; side model XMCS): a cluster of at least
`STRANGER_MIN_SIZE` accounts held together by soft links alone (payment and /24 links at most
`STRANGER_HARD_SHARE` of its links), whose members' median own score reaches the calibration's
`crowd_strangers`, flags a member whose own evidence is within the inherit margin."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from distillguard.errors import DistillguardError
from distillguard.monitor import crowds as C
from distillguard.monitor.graph import Cluster
from distillguard.monitor.scoring import Calibration, logit
from test_monitor_generalize import _analysed, _assessed, _benign_crowd, _grid
from test_monitor_signals import DAY, T0, _event

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "results"


def _cluster(n: int, kinds: dict[str, int], name: str = "C0001") -> Cluster:
    return Cluster(name, [f"{name}-{i:02d}" for i in range(n)], kinds)


@pytest.mark.parametrize(
    ("kinds", "share"),
    [({"template": 95, "payment": 3, "ip24": 2}, 0.05), ({"template": 10, "user_agent": 10}, 0.0),
     ({"payment": 4}, 1.0), ({}, 1.0)],
)
def test_the_hard_share_counts_payment_and_network_links_among_all(kinds, share):
    assert C.hard_share(kinds) == pytest.approx(share)


@pytest.mark.parametrize(
    ("size", "kinds", "crowd"),
    [
        (C.STRANGER_MIN_SIZE, {"template": 95, "payment": 3, "ip24": 2}, True),  # at both bars
        (C.STRANGER_MIN_SIZE - 1, {"template": 100}, False),  # one member short
        (C.STRANGER_MIN_SIZE, {"template": 94, "payment": 6}, False),  # a card shared past the share
        (40, {"template": 20, "ip24": 20, "payment": 20}, False),  # an office: its network and its card
    ],
)
def test_a_stranger_crowd_is_a_large_enough_cluster_held_by_soft_links(size, kinds, crowd):
    cluster = _cluster(size, kinds)
    own = {a: 0.1 + 0.8 * i / size for i, a in enumerate(cluster.accounts)}
    found = C.stranger_crowds([cluster, _cluster(30, {"ip24": 50}, "C0002")], own)
    if not crowd:
        assert found == {}
        return
    median = float(np.median(list(own.values())))  # over every member, itself included: one per cluster
    assert found == {a: C.Crowd(size - 1, median, kind="stranger") for a in cluster.accounts}


def test_a_stranger_crowd_flags_by_its_median_and_the_members_own_margin():
    cal = Calibration.load(RESULTS / "monitor_calibration_xmcs.json")
    crowd = C.Crowd(20, 0.5, kind="stranger")
    near = logit(cal.threshold) - cal.inherit_margin + 0.01  # own log-odds just inside the margin
    inside, outside = logit(cal.threshold) - near, cal.inherit_margin + 0.01
    assert C.flagged_through_crowd(crowd, inside, cal.crowd_strangers, cal.inherit_margin)
    assert not C.flagged_through_crowd(crowd, outside, cal.crowd_strangers, cal.inherit_margin)
    assert not C.flagged_through_crowd(replace(crowd, median_own=0.44), inside, cal.crowd_strangers,
                                       cal.inherit_margin)


def test_the_stranger_reason_says_what_holds_the_crowd():
    text = C.crowd_reason(C.Crowd(24, 0.5, kind="stranger"), 2.0)
    assert "stranger crowd: 24 other accounts linked to it by shared templates" in text
    assert "at most 5% of the cluster's links, as in a recruited crowd and not in a course" in text
    assert "office) with a median own score of 0.50, and its own evidence is within 2 log-odds of the threshold" in text


def test_calibration_files_refuse_a_bad_stranger_median(tmp_path):
    cal = Calibration.load(RESULTS / "monitor_calibration_xmcs.json")
    bad = [replace(cal, crowd_strangers=v) for v in (1.01, -0.01, float("nan"), True)]
    bad.append(replace(cal, crowd_median=None, crowd_arrived=None, crowd_arrived_quantile=None,
                       crowd_phrases=False, crowd_partition=None))
    for each in bad:
        each.save(tmp_path / "bad.json")
        with pytest.raises(DistillguardError, match="crowd_strangers"):
            Calibration.load(tmp_path / "bad.json")
    Calibration.load(RESULTS / "monitor_calibration_xmcd.json").save(tmp_path / "base.json")
    assert "crowd_strangers" not in json.loads((tmp_path / "base.json").read_text())
    assert Calibration.load(RESULTS / "monitor_calibration_xmcd.json").crowd_strangers is None


def test_side_model_xmcs_is_xmcd_with_a_stranger_median_derived_by_its_command(tmp_path):
    """Side model XMCS (bench/results/monitor_calibration_xmcs.json, frozen before blind batches
    261-268 were written) is what bench/monitor_derive.py makes of XMCD with `--crowd-strangers
    0.45`: XMCD's every field but that one; a second `--crowd-strangers` is one line of error."""
    from test_monitor_trees import _but_source, _derive, _derive_fails

    derived, frozen, base = _derive(tmp_path, "xmcd", "xmcs", "--crowd-strangers", "0.45")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"crowd_strangers", "source"}
    again = _derive_fails(tmp_path, "xmcs", "--crowd-strangers", "0.45")
    assert again.returncode == 2 and "not stranger crowds" in again.stderr


GROUP = 40


@pytest.fixture(scope="module")
def stranger_scan(tmp_path_factory):
    """A real scan (MiniLM embeddings, DuckDB): sixty ordinary users (ShareGPT prompts) and two
    groups of `GROUP` accounts that send one operator's prompt grid at a person's pace in daytime
    sessions from home ISP addresses. The strangers each have their own card; the office's accounts
    share one organisation, one card and one /24, as an organisation's seats do. One analysis per group."""
    def grid_group(prefix: str, shared: bool, seed: int) -> list[dict]:
        rng = np.random.default_rng(seed)
        events = []
        for h in range(GROUP):
            day = T0 + (h % 5) * DAY + (10 + h % 8) * 3600
            ip = f"86.7.40.{10 + h}" if shared else f"86.{20 + h}.{(7 * h) % 250}.{9 + h}"
            card = "pay-office" if shared else f"pay-{prefix}-{h}"
            for k, t in enumerate(day + np.cumsum(rng.exponential(300.0, size=14))):
                events.append(_event(f"{prefix}-{h:02d}", float(t), _grid(500 * h + k), ip=ip, card=card))
                if shared:
                    events[-1]["org_id"] = "org-office"
        return events

    xmcs = Calibration.load(RESULTS / "monitor_calibration_xmcs.json")
    models = {
        "xmcd": Calibration.load(RESULTS / "monitor_calibration_xmcd.json"),
        # the bars lowered to nothing: the links alone decide who is in a stranger crowd
        "open": replace(xmcs, crowd_strangers=0.0, inherit_margin=50.0),
        "shut": replace(xmcs, crowd_strangers=1.0),
        "xmcs": xmcs,
    }
    out = {}
    for group, shared in (("stranger", False), ("office", True)):
        analysis = _analysed(tmp_path_factory.mktemp(group), _benign_crowd(60) + grid_group(group, shared, 9))
        out[group] = {"analysis": analysis} | {name: _assessed(analysis, cal) for name, cal in models.items()}
    return out


def _through_strangers(doc: dict) -> set[str]:
    return {a["account_id"] for a in doc["accounts"]
            if a["reason_codes"][:1] == ["crowd"] and "stranger crowd" in a["reasons"][0]}


def _groups(scan: dict, prefix: str) -> list:
    return [c for c in scan["analysis"].clusters if any(a.startswith(prefix) for a in c.accounts)]


def test_strangers_sharing_only_a_template_form_stranger_crowds_as_large_as_the_bar(stranger_scan):
    """The strangers' graph communities are held by templates alone; the members of those of at least
    `STRANGER_MIN_SIZE` accounts are flagged through them with the bars open, the others are not, and
    no ordinary user is."""
    scan = stranger_scan["stranger"]
    clusters = _groups(scan, "stranger")
    large = {a for c in clusters if len(c.accounts) >= C.STRANGER_MIN_SIZE for a in c.accounts}
    assert all(C.hard_share(c.kinds) == 0.0 for c in clusters)
    assert len(large) >= 2 * C.STRANGER_MIN_SIZE and any(len(c.accounts) < C.STRANGER_MIN_SIZE for c in clusters)
    assert _through_strangers(scan["open"]) == large
    assert all(scan["open"]["by_id"][a]["flagged"] for a in large)


def test_an_office_sharing_a_card_and_a_network_is_no_stranger_crowd(stranger_scan):
    scan = stranger_scan["office"]
    clusters = _groups(scan, "office")
    assert any(len(c.accounts) >= C.STRANGER_MIN_SIZE for c in clusters)
    assert all(C.hard_share(c.kinds) > C.STRANGER_HARD_SHARE for c in clusters)
    assert _through_strangers(scan["open"]) == set()


def test_strangers_whose_own_scores_are_low_are_not_flagged_by_xmcs(stranger_scan):
    """At XMCS's own median (0.45): the template-sharing strangers, each ordinary on its own (own
    scores near the ordinary users'), are flagged by no one — a shared template alone flags nobody."""
    doc = stranger_scan["stranger"]["xmcs"]
    assert _through_strangers(doc) == set() and not any(
        a["flagged"] for a in doc["accounts"] if a["account_id"].startswith("stranger"))


def test_a_stranger_crowd_under_its_median_flags_no_one_and_the_document_is_xmcds(stranger_scan):
    for group in ("stranger", "office"):
        xmcd, shut = stranger_scan[group]["xmcd"], stranger_scan[group]["shut"]
        assert [(a["account_id"], a["risk"], a["flagged"], a["reason_codes"]) for a in xmcd["accounts"]] == [
            (a["account_id"], a["risk"], a["flagged"], a["reason_codes"]) for a in shut["accounts"]]

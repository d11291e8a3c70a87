"""Topic crowds (`monitor/crowds.py`; side model XMC): many accounts asking about one narrow topic,
most of them suspect, flag a member whose own evidence is within the inherit margin; side model XMCA
asks also that the crowd arrived during the scan, and side model XMCQ counts that arrival from the
time a share of the population had been seen."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from distillguard.monitor import crowds as C
from distillguard.monitor import scoring as S
from distillguard.monitor.scoring import Calibration
from test_monitor_generalize import _analysed, _assessed, _benign_crowd, _clause
from test_monitor_signals import DAY, T0, _event

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "results"


def _topic(rng: np.random.Generator, n: int, spread: float = 0.3) -> np.ndarray:
    """`n` vectors around one random direction (a topic), in MiniLM's dimension."""
    centre = rng.normal(size=384)
    return centre + spread * np.linalg.norm(centre) / np.sqrt(384) * rng.normal(size=(n, 384))


def test_blocked_neighbours_equal_the_whole_matrix(monkeypatch):
    rng = np.random.default_rng(0)
    unit = C.centred_unit(np.vstack([_topic(rng, 30), rng.normal(size=(70, 384))]))
    whole = [np.flatnonzero((row >= C.CROWD_COSINE) & (np.arange(len(unit)) != i))
             for i, row in enumerate(unit @ unit.T)]
    monkeypatch.setattr(C, "BLOCK", 7)  # blocks that do not divide the rows
    blocked = C.topic_neighbours(unit)
    assert all(np.array_equal(a, b) for a, b in zip(whole, blocked, strict=True))
    assert all(len(whole[i]) == 29 for i in range(30)) and not any(len(whole[i]) for i in range(30, 100))


def test_centring_keeps_rows_unit_and_a_row_at_the_median_zero():
    x = np.array([[1.0, 2.0], [3.0, 2.0], [2.0, 2.0]])
    unit = C.centred_unit(x)
    assert np.allclose(np.linalg.norm(unit[:2], axis=1), 1.0) and np.array_equal(unit[2], [0.0, 0.0])


@pytest.mark.parametrize(("members", "in_crowd"), [(C.CROWD_NEIGHBOURS + 1, True), (C.CROWD_NEIGHBOURS, False)])
def test_a_crowd_needs_the_stated_number_of_neighbours(members, in_crowd):
    """A member of a topic of `members` accounts has members − 1 neighbours; scattered accounts have none."""
    rng = np.random.default_rng(1)
    vectors = np.vstack([_topic(rng, members), rng.normal(size=(200, 384))])
    names = [f"t{i}" for i in range(members)] + [f"o{i}" for i in range(200)]
    own = {a: (0.6 if a.startswith("t") else 0.01) for a in names}
    found = C.crowds(dict(zip(names, vectors, strict=True)), own)
    assert set(found) == ({f"t{i}" for i in range(members)} if in_crowd else set())
    for crowd in found.values():
        assert crowd == C.Crowd(members - 1, 0.6)


def test_the_crowd_median_is_over_the_neighbours_own_scores():
    rng = np.random.default_rng(2)
    vectors = np.vstack([_topic(rng, 25), rng.normal(size=(50, 384))])
    names = [f"a{i}" for i in range(75)]
    own = {a: i / 100 for i, a in enumerate(names)}  # a0..a24 score 0.00..0.24
    found = C.crowds(dict(zip(names, vectors, strict=True)), own)
    assert found["a0"].median_own == pytest.approx(np.median(np.arange(1, 25) / 100))
    assert found["a24"].median_own == pytest.approx(np.median(np.arange(0, 24) / 100))
    assert C.crowds({}, own) == {} and C.crowds(dict(zip(names[:5], vectors[:5], strict=True)), own) == {}


@pytest.mark.parametrize(
    ("median", "gap", "expected"),
    [(0.5, 2.0, True), (0.49, 2.0, False), (0.5, 2.0001, False), (0.9, -1.0, True)],
)
def test_the_rule_is_the_stated_one(median, gap, expected):
    crowd = C.Crowd(25, median)
    assert C.flagged_through_crowd(crowd, gap, 0.5, 2.0) is expected
    assert C.flagged_through_crowd(None, gap, 0.5, 2.0) is False


def test_the_reason_names_the_crowd_its_median_and_the_margin():
    text = C.crowd_reason(C.Crowd(31, 0.62), 2.0)
    assert "31 other accounts" in text and "median own score of 0.62" in text and "within 2 log-odds" in text
    assert "first seen" not in text  # XMC's reason, arrivals not read
    assert "(71% of them first seen more than 24 h after the scan opened)" in C.crowd_reason(C.Crowd(31, 0.62, 0.71), 2.0)


def test_the_arrived_share_counts_neighbours_first_seen_over_a_day_after_the_scan_opened():
    """Twenty-five accounts on one topic (and 100 elsewhere, the first of them opening the scan);
    topic account i is first seen i hours after a day has passed, less 3 h: the first three are not
    late (one exactly a day after: not *more* than a day), the other 22 are."""
    rng = np.random.default_rng(3)
    vectors = np.vstack([_topic(rng, 25), rng.normal(size=(100, 384))])
    names = [f"t{i}" for i in range(25)] + [f"o{i}" for i in range(100)]
    own = dict.fromkeys(names, 0.6)
    first = {f"t{i}": T0 + C.ARRIVED_AFTER_S + (i - 2) * 3600.0 for i in range(25)} | {
        f"o{i}": T0 + 60.0 * i for i in range(100)}
    found = C.crowds(dict(zip(names, vectors, strict=True)), own, first)
    assert set(found) == {f"t{i}" for i in range(25)}
    late = {f"t{i}" for i in range(3, 25)}
    for name, crowd in found.items():
        assert crowd.neighbours == 24 and crowd.arrived == pytest.approx(len(late - {name}) / 24)
    assert all(c.arrived is None for c in C.crowds(dict(zip(names, vectors, strict=True)), own).values())


def test_the_arrival_reference_is_the_first_event_or_the_stated_quantile_of_first_seen():
    first = {f"a{i}": T0 + 3600.0 * i for i in range(9)}  # 0 h, 1 h, ..., 8 h
    assert C.arrival_reference(first, None) == T0
    assert C.arrival_reference(first, 0.0) == T0
    assert C.arrival_reference(first, 0.25) == T0 + 2 * 3600.0  # numpy's linear quantile: index 2 of 0..8
    assert C.arrival_reference(first, 0.5) == T0 + 4 * 3600.0 and C.arrival_reference(first, 1.0) == T0 + 8 * 3600.0


def test_an_office_arriving_with_everyone_else_has_not_arrived_from_the_population_quantile():
    """Side model XMCQ's reason for being: twenty of 125 accounts open the scan on a weekend day, the
    other hundred (an office) turn up 1.5 days later, and 25 of those (one topic) 1.6 days later,
    an hour apart. From the scan's first event all 25 arrived (XMCA); from the time a quarter of
    the population had been seen (in the office's first morning), only the two first seen more
    than a day after that did."""
    rng = np.random.default_rng(5)
    vectors = np.vstack([_topic(rng, 25), rng.normal(size=(100, 384))])
    names = [f"t{i}" for i in range(25)] + [f"o{i}" for i in range(100)]
    own = dict.fromkeys(names, 0.6)
    first = {f"t{i}": T0 + 1.6 * DAY + 3600.0 * i for i in range(25)} | {
        f"o{i}": T0 + (0.0 if i < 20 else 1.5 * DAY) + 60.0 * i for i in range(100)}
    centroids = dict(zip(names, vectors, strict=True))
    from_open = C.crowds(centroids, own, first)
    assert {c.arrived for c in from_open.values()} == {1.0}
    since = C.arrival_reference(first, 0.25)
    assert T0 + 1.5 * DAY < since < T0 + 1.6 * DAY
    late = {f"t{i}" for i in range(25) if first[f"t{i}"] > since + C.ARRIVED_AFTER_S}
    assert late == {"t23", "t24"}
    from_quarter = C.crowds(centroids, own, first, 0.25)
    assert set(from_quarter) == set(from_open)
    for name, crowd in from_quarter.items():
        assert crowd.arrived == pytest.approx(len(late - {name}) / 24)
        assert not C.flagged_through_crowd(crowd, 1.0, 0.5, 2.0, 0.65)


def test_the_reason_says_what_arrival_was_counted_from():
    crowd = C.Crowd(31, 0.62, 0.71)
    assert "after the scan opened" in C.crowd_reason(crowd, 2.0)
    text = C.crowd_reason(crowd, 2.0, 0.25)
    assert "(71% of them first seen more than 24 h after 25% of the scan's accounts had been seen)" in text


@pytest.mark.parametrize(
    ("arrived", "bar", "expected"),
    [(0.65, 0.65, True), (0.64, 0.65, False), (None, 0.65, False), (None, None, True), (0.0, None, True)],
)
def test_the_arrival_bar_is_the_stated_one(arrived, bar, expected):
    crowd = C.Crowd(25, 0.6, arrived)
    assert C.flagged_through_crowd(crowd, 1.0, 0.5, 2.0, bar) is expected
    assert C.flagged_through_crowd(crowd, 2.5, 0.5, 2.0, bar) is False  # the margin still holds


def test_calibration_files_refuse_a_crowd_median_outside_0_1(tmp_path):
    from distillguard.errors import DistillguardError

    cal = Calibration.load(RESULTS / "monitor_calibration_xmc.json")
    for bad in (1.5, -0.1, float("nan")):
        path = tmp_path / "bad.json"
        replace(cal, crowd_median=bad).save(path)
        with pytest.raises(DistillguardError, match="crowd_median"):
            Calibration.load(path)
    replace(cal, crowd_median=None).save(tmp_path / "none.json")  # no crowd: the field is left out
    assert "crowd_median" not in json.loads((tmp_path / "none.json").read_text())


@pytest.mark.parametrize(
    ("base", "field", "value", "without"),
    [
        ("xmc", "crowd_arrived", 0.65, {"crowd_median": None}),  # XMCA's share: arrivals of no crowd refused
        ("xmca", "crowd_arrived_quantile", 0.25, {"crowd_arrived": None}),  # XMCQ's: a quantile of no arrival bar
    ],
)
def test_calibration_files_refuse_a_bad_arrival_setting(tmp_path, base, field, value, without):
    """XMCA's share and XMCQ's quantile: outside [0, 1] or not finite, or set on a model that lacks what
    they qualify, is refused on load; a model that does not set one saves no such field."""
    from distillguard.errors import DistillguardError

    cal = Calibration.load(RESULTS / f"monitor_calibration_{base}.json")
    bad = [replace(cal, **{field: v}) for v in (1.01, -0.01, float("nan"), float("inf"))]
    bad.append(replace(cal, **{field: value}, **without))
    for each in bad:
        each.save(tmp_path / "bad.json")
        with pytest.raises(DistillguardError, match=field):
            Calibration.load(tmp_path / "bad.json")
    cal.save(tmp_path / "base.json")
    assert field not in json.loads((tmp_path / "base.json").read_text())
    replace(cal, **{field: value}).save(tmp_path / "set.json")
    assert getattr(Calibration.load(tmp_path / "set.json"), field) == value


@pytest.fixture(scope="module")
def crowd_scan(tmp_path_factory):
    """A real scan (MiniLM embeddings, DuckDB): sixty ordinary users (ShareGPT prompts) and
    twenty-five person-like clause drafters, each its own card and home address, each asking twelve
    clauses of its own in a few sessions of a working day — a topic crowd no template links. The
    drafters start over five days: drafter h on day h mod 5, so 20 of the 25 are first seen more than
    a day after the scan opens (user-000, day 0 at 08:00): each drafter's crowd of the 24 others
    arrived 19/24 (0.79) or, for the five of day 0, 20/24 (0.83). One analysis, assessed per model."""
    rng = np.random.default_rng(4)
    events = _benign_crowd(60)
    for h in range(25):
        start = T0 + (h % 5) * DAY + (9 + h % 9) * 3600
        times = start + np.cumsum(rng.exponential(600.0, 12))
        events += [_event(f"crowd-{h:02d}", float(t), _clause(100 * h + k), ip=f"81.4.{10 + h}.{30 + h}",
                          card=f"pay-c{h}") for k, t in enumerate(times)]
    xm = Calibration.load(RESULTS / "monitor_calibration_xm.json")
    directory = tmp_path_factory.mktemp("crowd")
    # the crowd's rule with the bars lowered to nothing: the geometry alone decides who is in a crowd
    open_bars = replace(xm, crowd_median=0.0, inherit_margin=50.0)
    shut = replace(xm, crowd_median=1.0)  # no crowd's median reaches 1 here
    analysis = _analysed(directory, events)
    models = {"xm": xm, "open": open_bars, "shut": shut} | {
        f"arrived {bar:g}": replace(open_bars, crowd_arrived=bar) for bar in (0.65, 0.8, 0.9)} | {
        f"quantile {q:g} arrived {bar:g}": replace(open_bars, crowd_arrived=bar, crowd_arrived_quantile=q)
        for q, bar in ((0.0, 0.65), (0.25, 0.4), (0.25, 0.65))}
    docs = {name: _assessed(analysis, cal) for name, cal in models.items()}
    first: dict[str, float] = {}
    for e in events:
        first[e["account_id"]] = min(first.get(e["account_id"], e["ts"]), e["ts"])
    return docs | {"first seen": first}


def test_the_drafters_form_a_topic_crowd_and_ordinary_users_do_not(crowd_scan):
    docs = crowd_scan["open"]
    crowd = [f"crowd-{h:02d}" for h in range(25)]
    for account in crowd:
        doc = docs["by_id"][account]
        assert doc["flagged"] and doc["reason_codes"][0] == "crowd", account
        assert "other accounts ask about the same narrow topic" in doc["reasons"][0]
    users = [a for a in docs["accounts"] if a["account_id"].startswith("user")]
    assert len(users) == 60 and not any("crowd" in a["reason_codes"] for a in users)


def test_a_crowd_whose_median_is_under_the_bar_flags_no_one_and_other_models_are_unchanged(crowd_scan):
    strip = ("calibration",)
    xm, shut = crowd_scan["xm"], crowd_scan["shut"]
    assert [(a["account_id"], a["risk"], a["flagged"], a["reason_codes"]) for a in xm["accounts"]] == [
        (a["account_id"], a["risk"], a["flagged"], a["reason_codes"]) for a in shut["accounts"]]
    assert {k: v for k, v in xm["summary"].items() if k not in (*strip, "seconds")} == {
        k: v for k, v in shut["summary"].items() if k not in (*strip, "seconds")}
    assert not any(a["flagged"] for a in xm["accounts"] if a["account_id"].startswith("crowd"))


def test_a_crowd_flags_through_its_arrivals_only_as_far_as_they_reach_the_bar(crowd_scan):
    """XMCA's condition on the real scan: every drafter's crowd arrived 0.79 or 0.83, so a bar of
    0.65 flags all 25 (and says how many arrived), 0.8 only the five of day 0, 0.9 none."""
    def through_crowd(name):
        return {a["account_id"] for a in crowd_scan[name]["accounts"] if a["reason_codes"][:1] == ["crowd"]}

    drafters = {f"crowd-{h:02d}" for h in range(25)}
    assert through_crowd("open") == drafters == through_crowd("arrived 0.65")
    assert through_crowd("arrived 0.8") == {f"crowd-{h:02d}" for h in range(0, 25, 5)}
    assert through_crowd("arrived 0.9") == set()
    shares = {crowd_scan["arrived 0.65"]["by_id"][a]["reasons"][0].split("(")[2].split(" ")[0] for a in drafters}
    assert shares == {"79%", "83%"}
    assert "first seen" not in crowd_scan["open"]["by_id"]["crowd-00"]["reasons"][0]


def test_arrivals_counted_from_a_population_quantile_on_the_real_scan(crowd_scan):
    """XMCQ's condition on the real scan. A quantile of 0 is the scan's first event: XMCA's flags
    exactly. From the time a quarter of the 85 accounts had been seen (users and drafters start over
    the same five days), a drafter's crowd arrived as far as the others were first seen more than a
    day later — worked out here from the events themselves — and the bar flags exactly those whose
    share reaches it; the reason says what the day was counted from."""
    def through_crowd(name):
        return {a["account_id"] for a in crowd_scan[name]["accounts"] if a["reason_codes"][:1] == ["crowd"]}

    assert through_crowd("quantile 0 arrived 0.65") == through_crowd("arrived 0.65")
    first = crowd_scan["first seen"]
    since = float(np.quantile(list(first.values()), 0.25))
    drafters = [f"crowd-{h:02d}" for h in range(25)]
    late = {a for a in drafters if first[a] > since + C.ARRIVED_AFTER_S}
    share = {a: len(late - {a}) / 24 for a in drafters}
    assert 0.4 <= min(share.values()) and max(share.values()) < 0.65  # the two bars fall either side
    assert through_crowd("quantile 0.25 arrived 0.4") == set(drafters)
    assert through_crowd("quantile 0.25 arrived 0.65") == set()
    reason = crowd_scan["quantile 0.25 arrived 0.4"]["by_id"]["crowd-00"]["reasons"][0]
    assert f"({share['crowd-00']:.0%} of them first seen more than 24 h after 25% of the scan's accounts" in reason


def test_side_model_xmc_is_xm_with_a_crowd_median_derived_by_its_command(tmp_path):
    """Side model XMC (bench/results/monitor_calibration_xmc.json, frozen before blind batches 161-168
    were committed, read or run) is what bench/monitor_derive.py makes of XM with `--crowd-median 0.5`:
    XM's every field but the crowd median; a second `--crowd-median` is one line of error."""
    from test_monitor_trees import _but_source, _derive, _derive_fails

    derived, frozen, base = _derive(tmp_path, "xm", "xmc", "--crowd-median", "0.5")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"crowd_median", "source"}
    assert frozen["crowd_median"] == 0.5 and S.logit(frozen["threshold"]) - frozen["inherit_margin"] < 0
    again = _derive_fails(tmp_path, "xmc", "--crowd-median", "0.5")
    assert again.returncode == 2 and "reads no topic crowd" in again.stderr


def test_side_model_xmca_is_xmc_with_a_crowd_arrived_share_derived_by_its_command(tmp_path):
    """Side model XMCA (bench/results/monitor_calibration_xmca.json, frozen before blind batches 173-180
    were committed, read or run) is what bench/monitor_derive.py makes of XMC with `--crowd-arrived
    0.65`: XMC's every field but the share; a second share, or one on a model reading no crowd, is
    one line of error."""
    from test_monitor_trees import _but_source, _derive, _derive_fails

    derived, frozen, base = _derive(tmp_path, "xmc", "xmca", "--crowd-arrived", "0.65")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"crowd_arrived", "source"} and frozen["crowd_arrived"] == 0.65
    for base_model in ("xmca", "xm"):
        again = _derive_fails(tmp_path, base_model, "--crowd-arrived", "0.65")
        assert again.returncode == 2 and "reads topic crowds and not their arrivals" in again.stderr


def test_side_model_xmcq_is_xmca_with_an_arrival_quantile_derived_by_its_command(tmp_path):
    """Side model XMCQ (bench/results/monitor_calibration_xmcq.json, frozen before blind batches 185-193
    were committed, read or run) is what bench/monitor_derive.py makes of XMCA with
    `--crowd-arrived-quantile 0.25`: XMCA's every field but the quantile; a second quantile, or one on
    a model reading no arrivals, is one line of error."""
    from test_monitor_trees import _but_source, _derive, _derive_fails

    derived, frozen, base = _derive(tmp_path, "xmca", "xmcq", "--crowd-arrived-quantile", "0.25")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"crowd_arrived_quantile", "source"}
    assert frozen["crowd_arrived_quantile"] == 0.25
    for base_model in ("xmcq", "xmc"):
        again = _derive_fails(tmp_path, base_model, "--crowd-arrived-quantile", "0.25")
        assert again.returncode == 2 and "counted from the scan's first event" in again.stderr


def test_model_xmcq_reads_arrived_crowds_and_the_shipped_model_keeps_its_crowd_fields():
    """Model XMCQ (bench/results/monitor_calibration_xmcq.json, frozen before blind batches 185-193 were
    committed, read or run; shipped after 208 until XMCD replaced it after 248) reads topic crowds
    counted from the population's quarter; XM, shipped before it, is its base without the crowd fields,
    and the shipped XMCD keeps those fields as they are."""
    shipped = Calibration.load().__dict__
    frozen = Calibration.load(RESULTS / "monitor_calibration_xmcq.json").__dict__
    xm = Calibration.load(RESULTS / "monitor_calibration_xm.json").__dict__
    assert (frozen["crowd_median"], frozen["crowd_arrived"], frozen["crowd_arrived_quantile"]) == (0.5, 0.65, 0.25)
    assert {k for k in xm if xm[k] != frozen[k]} == {"crowd_median", "crowd_arrived", "crowd_arrived_quantile", "source"}
    assert all(shipped[k] == frozen[k] for k in ("crowd_median", "crowd_arrived", "crowd_arrived_quantile"))

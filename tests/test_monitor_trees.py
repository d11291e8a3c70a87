"""Monotone boosted trees in a calibration file (`monitor/trees.py`): the exported model scores
exactly as scikit-learn's, never lowers risk when evidence rises, explains itself additively, and a
malformed tree list is a clear error at load time, not a crash or a wrong score mid-scan."""

from __future__ import annotations

import copy
import json
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from distillguard.errors import DistillguardError
from distillguard.monitor import scoring as S
from distillguard.monitor import trees as T
from distillguard.monitor.scoring import FEATURES, SIGNALS, Calibration

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "results"  # the frozen models' files


def _data(n: int = 6000, seed: int = 0, pair: tuple[str, str] = ("judge", "no_sleep")):
    """Evidences in [0, 1]; campaigns need two signals together (an interaction a linear model
    cannot express without flagging either signal alone)."""
    rng = np.random.default_rng(seed)
    x = rng.random((n, len(FEATURES))) * (rng.random((n, len(FEATURES))) < 0.3)
    a, b = FEATURES.index(pair[0]), FEATURES.index(pair[1])
    y = ((x[:, a] > 0.5) & (x[:, b] > 0.5) | (rng.random(n) < 0.02)).astype(float)
    groups = [f"g{i % 7}" for i in range(n)]
    return x, y, groups


@pytest.fixture(scope="module")
def fitted():
    x, y, groups = _data()
    model = T.fit(x, y, S.balanced_sample_weights(y, groups))
    return model, T.export(model, FEATURES), x


def test_the_exported_trees_score_exactly_as_scikit_learn(fitted):
    model, exported, x = fitted
    fresh = _data(2000, seed=1)[0]
    for rows in (x[:2000], fresh):
        np.testing.assert_allclose(T.decision(exported, rows), model.decision_function(rows), rtol=0, atol=1e-9)
    assert T.validate(json.loads(json.dumps(exported)), FEATURES) is None  # JSON round trip


def test_more_evidence_never_lowers_the_score(fitted):
    _, exported, _ = fitted
    rng = np.random.default_rng(2)
    rows = rng.random((500, len(FEATURES)))
    base = T.decision(exported, rows)
    for _ in range(5):
        up = np.minimum(1.0, rows + rng.random(rows.shape) * (rng.random(rows.shape) < 0.3))
        assert (T.decision(exported, up) >= base - 1e-12).all()


def test_the_interaction_is_learned_and_one_signal_alone_stays_low(fitted):
    _, exported, _ = fitted
    a, b = FEATURES.index("judge"), FEATURES.index("no_sleep")
    both, one, other = (np.zeros(len(FEATURES)) for _ in range(3))
    both[[a, b]] = 0.9
    one[a] = 0.9
    other[b] = 0.9
    z = T.decision(exported, np.vstack([both, one, other]))
    assert z[0] > 0 > max(z[1], z[2])


def test_explanations_name_the_signals_that_drove_the_score_and_never_go_negative(fitted):
    _, exported, x = fitted
    for row in x[:200]:  # path attributions add up to the score (diagnosis)
        c = T.path_attributions(exported, row)
        assert math.isclose(c.sum(), T.decision(exported, row)[0] - exported["baseline"], abs_tol=1e-9)
    cal = Calibration(trees=exported, weights={})
    ev = dict.fromkeys(SIGNALS, 0.0)
    ev.update(judge=0.9, no_sleep=0.9, hosting=0.4)
    parts = S.contributions(ev, cal)  # occlusion: what each signal adds given the others
    assert min(parts.values()) >= 0
    assert set(sorted(parts, key=parts.get)[-2:]) == {"judge", "no_sleep"}
    assert all(v == 0 for k, v in parts.items() if k in SIGNALS and ev[k] == 0)
    z = T.log_odds(exported, S.feature_vector(ev).tolist())
    assert math.isclose(S.score(ev, cal), 1 / (1 + math.exp(-z)))
    doubled = copy.deepcopy(exported)
    for tree in doubled["trees"]:
        tree["value"] = [2 * v for v in tree["value"]]
    again = S.contributions(ev, Calibration(trees=doubled))
    assert all(math.isclose(again[k], 2 * v, abs_tol=1e-9) for k, v in parts.items())


def test_a_calibration_with_trees_round_trips_and_scores_with_them(fitted, tmp_path):
    _, exported, _ = fitted
    cal = Calibration(trees=exported, threshold=0.7)
    path = tmp_path / "cal.json"
    cal.save(path)
    loaded = Calibration.load(path)
    ev = dict.fromkeys(SIGNALS, 0.0)
    ev.update(judge=0.8, no_sleep=0.7, hosting=1.0)
    assert loaded.trees == exported and math.isclose(S.score(ev, loaded), S.score(ev, cal))
    assert not math.isclose(S.score(ev, loaded), S.score(ev, Calibration(threshold=0.7)))  # not the weights


def test_joined_trees_flag_what_either_model_flags_and_explain_with_the_one_that_did(fitted, tmp_path):
    """`trees_offset` joins the trees to the weights: the log-odds are the larger of the two, each
    model's own threshold kept (the offset moves the trees' to the weights'), and the reasons come
    from the model that decided."""
    _, exported, _ = fitted
    weights = dict.fromkeys(S.FEATURES, 0.0)
    weights["payment"] = 8.0  # the weighted model sees payment sharing only
    offset = -0.5
    cal = Calibration(trees=exported, trees_offset=offset, weights=weights, bias=-4.0, threshold=0.5)
    path = tmp_path / "cal.json"
    cal.save(path)
    loaded = Calibration.load(path)
    assert loaded.trees_offset == offset
    base = dict.fromkeys(SIGNALS, 0.0)
    pay, grade = {**base, "payment": 1.0}, {**base, "judge": 0.9, "no_sleep": 0.9}
    z_pay, z_grade = S.logit(S.score(pay, loaded)), S.logit(S.score(grade, loaded))
    assert math.isclose(z_pay, 4.0, abs_tol=1e-9)  # the weights' −4 + 8 (the trees give less)
    tree_z = T.log_odds(exported, S.feature_vector(grade).tolist())
    assert math.isclose(z_grade, tree_z + offset, abs_tol=1e-9) and z_grade > 0  # the trees decide
    assert S.score(base, loaded) < 0.5  # neither model: not flagged
    assert S.contributions(pay, loaded)["payment"] == 8.0  # reasons from the weights …
    assert S.scored_by(pay, loaded) == "weights" and S.scored_by(grade, loaded) == "trees"
    parts = S.contributions(grade, loaded)  # … and from the trees
    assert set(sorted(parts, key=parts.get)[-2:]) == {"judge", "no_sleep"}


def test_trees_read_an_evidence_under_its_floor_as_none_and_the_weights_read_it_all(fitted, tmp_path):
    """`trees_floor`: the trees read an evidence under its floor as 0 (a small value of a signal read
    against the log's own population moves with the log's mix, and a tree splits anywhere); at or
    over the floor, and on the weighted side, nothing changes."""
    _, exported, _ = fitted
    weights = dict.fromkeys(S.FEATURES, 0.0)
    weights["judge"] = 1.0
    plain = Calibration(trees=exported, trees_offset=0.0, weights=weights, bias=-4.0, threshold=0.5)
    floored = replace(plain, trees_floor={"judge": 0.6})
    path = tmp_path / "cal.json"
    floored.save(path)
    floored = Calibration.load(path)
    assert floored.trees_floor == {"judge": 0.6}
    base = dict.fromkeys(SIGNALS, 0.0)
    under, over = {**base, "judge": 0.55, "no_sleep": 0.9}, {**base, "judge": 0.9, "no_sleep": 0.9}
    as_none = S.feature_vector(under).tolist()
    as_none[FEATURES.index("judge")] = 0.0  # that feature only: the products keep their values
    z_trees = T.log_odds(exported, as_none)
    z_weights = -4.0 + 0.55  # the weights still read 0.55
    assert math.isclose(S.logit(S.score(under, floored)), max(z_trees, z_weights), abs_tol=1e-9)
    assert T.log_odds(exported, S.feature_vector(under).tolist()) > z_trees  # the floor mattered here
    assert math.isclose(S.score(over, floored), S.score(over, plain))  # over the floor: as before
    trees_only = replace(floored, trees_offset=None)
    assert math.isclose(S.logit(S.score(under, trees_only)), z_trees, abs_tol=1e-9)
    assert S.contributions(under, trees_only)["judge"] == 0.0  # nothing read, nothing explained
    assert S.contributions(over, trees_only)["judge"] > 0.0


@pytest.mark.parametrize("floor", [{"nope": 0.2}, {"yield": 1.5}, {"yield": "0.2"}, ["yield"], "no_trees"])
def test_a_trees_floor_that_names_no_feature_or_is_out_of_range_is_refused(fitted, tmp_path, floor):
    _, exported, _ = fitted
    path = tmp_path / "cal.json"
    data = {**Calibration().__dict__, "trees": exported,
            "trees_floor": {"yield": 0.2} if floor == "no_trees" else floor}
    if floor == "no_trees":
        data["trees"] = None
    path.write_text(json.dumps(data))
    with pytest.raises(DistillguardError, match="trees_floor"):
        Calibration.load(path)


@pytest.mark.parametrize("bad", ["nan", "no_trees"])
def test_a_trees_offset_without_trees_or_not_a_number_is_refused(fitted, tmp_path, bad):
    _, exported, _ = fitted
    path = tmp_path / "cal.json"
    data = {**Calibration().__dict__, "trees": exported if bad == "nan" else None,
            "trees_offset": float("nan") if bad == "nan" else 1.0}
    path.write_text(json.dumps(data))
    with pytest.raises(DistillguardError, match="trees_offset"):
        Calibration.load(path)


def test_trees_frozen_before_a_later_signal_score_as_they_did(fitted):
    """A calibration's trees fitted before a later signal was added (`scoring.LATER_SIGNALS`: read
    after the interactions) name a leading part of today's features; they load and score a
    full-length row exactly as the row they were fitted on."""
    x, y, groups = _data()
    k = len(FEATURES) - len(S.LATER_SIGNALS) - len(S.LATER_INTERACTIONS)
    old = T.export(T.fit(x[:, :k], y, S.balanced_sample_weights(y, groups)), FEATURES[:k])
    assert T.validate(old, FEATURES) is None
    rows = np.random.default_rng(4).random((300, len(FEATURES)))
    np.testing.assert_array_equal(T.decision(old, rows), T.decision(old, rows[:, :k]))
    assert all(v == 0 for row in rows[:20] for v in T.occlusion(old, row.tolist())[k:])


def test_the_shipped_trees_read_no_signal_added_after_them():
    """The shipped model's trees (model W, as U: L's and L26's, joined to P's weights) read the grouped signals and
    their products only, as every trees fit does (`scoring.TREE_FEATURES`). A later
    signal is 0 for every benign account of the labelled traffic by construction (its free level),
    so trees fitted on it learn "any of it is a campaign": an L31 fitted on every feature flagged
    the course whose students each do the assignment once
    (`test_students_who_each_do_the_assignment_once_are_not_a_farm`)."""
    shipped = Calibration.load()
    assert shipped.trees is not None and shipped.trees_offset is not None  # joined, as S ships
    later = set(S.LATER_SIGNALS) | set(S.LATER_INTERACTIONS)
    assert later and not later & set(shipped.trees["features"])
    assert list(shipped.trees["features"]) == list(S.GROUPED + S.INTERACTIONS)
    for trees in [shipped.trees, *(item["trees"] for item in shipped.also_trees)]:  # models U and W: L's and L26's
        assert not later & set(trees["features"]) and list(trees["features"]) == list(S.GROUPED + S.INTERACTIONS)
        used = {tree["feature"][i] for tree in trees["trees"] for i, leaf in enumerate(tree["leaf"]) if not leaf}
        assert max(used) < len(S.GROUPED + S.INTERACTIONS)
    assert shipped.weights.get("throwaway*harvest", 0) > 0  # the later product counts through the weights


def test_the_shipped_trees_read_no_small_output_yield():
    """Output yield is read against the log's own median answer, which moves with the log's mix: on
    the 16M-event simulator log nightly batch jobs got a small yield evidence no labelled log gives
    them, and trees joined without a floor (side models Q, R) flagged ~140 of its 569 jobs. The
    shipped trees read yield under its floor as none, whatever the other evidence."""
    shipped = Calibration.load()
    floor = shipped.trees_floor.get("yield", 0.0)
    assert floor > 0
    rng = np.random.default_rng(5)
    at = FEATURES.index("yield")
    for row in rng.random((200, len(FEATURES))):
        small, none = row.copy(), row.copy()
        small[at], none[at] = floor * rng.random(), 0.0
        assert S.trees_input(small, shipped) == S.trees_input(none, shipped)


def _broken(exported, how):
    bad = copy.deepcopy(exported)
    tree = bad["trees"][0]
    split = next(i for i, leaf in enumerate(tree["leaf"]) if not leaf)
    if how == "cycle":
        tree["left"][split] = 0
    elif how == "feature":
        tree["feature"][split] = len(FEATURES)
    elif how == "feature_float":  # an index the scan would crash on, mid-way
        tree["feature"][split] = 1.5
    elif how == "nan":
        tree["value"][-1] = float("nan")
    elif how == "root":
        tree["value"][0] = 0.5
    elif how == "features":  # not today's features, nor a leading part of them
        bad["features"] = list(FEATURES[1:])
    elif how == "lengths":
        tree["threshold"].pop()
    elif how == "empty":
        bad["trees"] = []
    return bad


def test_a_solo_margin_beside_trees_alone_is_refused_and_caps_the_weights_when_joined(fitted, tmp_path):
    """Trees that replace the weights have no weighted terms to cap; joined trees keep the
    weighted model beside them, and the margin caps that side only (model O)."""
    _, exported, _ = fitted
    path = tmp_path / "cal.json"
    Calibration(trees=exported, solo_margin=0.5).save(path)
    with pytest.raises(DistillguardError, match="solo_margin"):
        Calibration.load(path)
    weights = {f: 0.0 for f in FEATURES} | {"yield": 6.0}
    Calibration(weights=weights, bias=-2.0, threshold=0.8, trees=exported, trees_offset=-50.0,
                solo_margin=0.5).save(path)
    joined = Calibration.load(path)
    alone = {s: 0.0 for s in SIGNALS} | {"yield": 1.0}
    assert S.score(alone, joined) < joined.threshold  # the weights side capped; trees far below
    assert S.score(alone, replace(joined, solo_margin=None)) >= joined.threshold


@pytest.mark.parametrize("how", ["cycle", "feature", "feature_float", "nan", "root", "features", "lengths", "empty"])
def test_a_malformed_tree_list_is_refused_at_load(fitted, tmp_path, how):
    _, exported, _ = fitted
    path = tmp_path / "cal.json"
    data = {**Calibration().__dict__, "trees": _broken(exported, how)}
    path.write_text(json.dumps(data, allow_nan=True))
    with pytest.raises(DistillguardError, match="calibration file"):
        Calibration.load(path)


def test_sharing_counts_only_as_far_as_the_behaviour_a_calibration_names():
    """`sharing_behaviour` (model T): template sharing is read as min(sharing, behaviour) over the
    named behaviour signals, in its own column (what the trees read) and in its product; without
    it (every model before T) the column is as measured and the product takes every BEHAVIOUR
    signal. A tool's users share its frame and its model upgrade (the pivot), nothing else."""
    base = dict.fromkeys(SIGNALS, 0.0)
    tool = {**base, "template_orgs": 0.4, "pivot": 0.8, "yield": 0.5}
    farm = {**base, "template_orgs": 0.4, "pivot": 0.8, "no_sleep": 1.0}
    col, prod = FEATURES.index("template_orgs"), FEATURES.index("sharing*behaviour")
    before = S.feature_vector(tool)
    assert before[col] == 0.4 and math.isclose(before[prod], 0.32)
    gated = S.feature_vector(tool, sharing_behaviour=S.SHARING_BEHAVIOUR_T)
    assert gated[col] == 0.0 and gated[prod] == 0.0
    others = [i for i in range(len(FEATURES)) if i not in (col, prod)]
    np.testing.assert_array_equal(gated[others], before[others])  # nothing else moves
    kept = S.feature_vector(farm, sharing_behaviour=S.SHARING_BEHAVIOUR_T)
    assert kept[col] == 0.4 and math.isclose(kept[prod], 0.4)  # round the clock: sharing stands
    weak = S.feature_vector({**tool, "sustained": 0.1}, sharing_behaviour=S.SHARING_BEHAVIOUR_T)
    assert weak[col] == 0.1 and math.isclose(weak[prod], 0.01)  # only as far as the behaviour goes
    rng = np.random.default_rng(6)  # a lowering only: the threshold keeps its fit's benign FPR
    for _ in range(300):
        ev = {s: float(v) for s, v in zip(SIGNALS, rng.random(len(SIGNALS)), strict=True)}
        assert np.all(S.feature_vector(ev, sharing_behaviour=S.SHARING_BEHAVIOUR_T) <= S.feature_vector(ev))


@pytest.mark.parametrize("bad", ["no_sleep", [], ["nope"], ["yield"], ["template"]])
def test_a_sharing_behaviour_that_names_no_behaviour_signal_is_refused(tmp_path, bad):
    path = tmp_path / "cal.json"
    path.write_text(json.dumps({**Calibration().__dict__, "sharing_behaviour": bad}))
    with pytest.raises(DistillguardError, match="sharing_behaviour"):
        Calibration.load(path)


def test_cards_across_organisations_count_only_as_far_as_the_payment_gate_goes():
    """`payment_gate` (side model XP): cards across organisations are read as min(payment, the largest
    gate signal), in their column and in every product; without it (every model before XP) as measured.
    An agency's client keys share its card and send ordinary traffic; a farm's also take long answers
    or send templates. A lowering only, so the threshold keeps its fit's benign FPR."""
    base = dict.fromkeys(SIGNALS, 0.0)
    agency = {**base, "payment": 1.0, "hosting": 1.0, "no_sleep": 0.67, "mmd": 1.0}
    col = FEATURES.index("payment")
    gate = list(S.PAYMENT_GATE_XP)
    assert S.feature_vector(agency)[col] == 1.0
    gated = S.feature_vector(agency, payment_gate=gate)
    assert gated[col] == 0.0 and gated[FEATURES.index("automation*coordination")] == 0.0
    templated = S.feature_vector({**agency, "template": 0.49}, payment_gate=gate)
    assert templated[col] == 0.49 and math.isclose(templated[FEATURES.index("automation*coordination")], 0.49)
    assert S.feature_vector({**agency, "yield": 0.3}, payment_gate=gate)[col] == 0.3  # what it takes
    assert S.feature_vector({**agency, "mmd": 1.0, "narrow": 1.0}, payment_gate=gate)[col] == 0.0  # not embeddings
    rng = np.random.default_rng(7)
    for _ in range(300):
        ev = {s: float(v) for s, v in zip(SIGNALS, rng.random(len(SIGNALS)), strict=True)}
        assert np.all(S.feature_vector(ev, payment_gate=gate) <= S.feature_vector(ev))


def test_side_model_xp_clears_an_agency_and_keeps_a_card_farm():
    """Side model XP against the shipped X (bench/results, both frozen): an account of blind batch 93's
    agency (medians as the scan read them: the agency's card pays for many client organisations, its
    cloud egress, a global load, ordinary short-answer prompts) is over X's threshold and under XP's; an
    account of batch 80's card farm (one card, many organisations, a template over ordinary prompts)
    stays over it."""
    x = Calibration.load(RESULTS / "monitor_calibration_x.json")
    xp = Calibration.load(RESULTS / "monitor_calibration_xp.json")
    base = dict.fromkeys(SIGNALS, 0.0)
    agency = {**base, "mmd": 1.0, "diversity": 0.72, "traversal": 0.28, "no_sleep": 0.67, "hosting": 1.0,
              "payment": 1.0}
    farm = {**base, "mmd": 1.0, "template": 0.49, "diversity": 0.49, "traversal": 0.21, "payment": 1.0}
    assert S.score(agency, x) >= x.threshold > S.score(agency, xp)
    assert S.score(farm, xp) >= xp.threshold


@pytest.mark.parametrize("bad", ["template", [], ["nope"], ["payment"], ["template_orgs"]])
def test_a_payment_gate_that_names_no_content_or_automation_signal_is_refused(tmp_path, bad):
    path = tmp_path / "cal.json"
    path.write_text(json.dumps({**Calibration().__dict__, "payment_gate": bad}))
    with pytest.raises(DistillguardError, match="payment_gate"):
        Calibration.load(path)


def test_the_shipped_model_reads_a_tools_shared_frame_and_upgrade_as_no_grid():
    """The shipped model (W; T's rule, as U) against itself without the rule: an account of blind batch 41's IDE coding
    agent — the tool's frame sent from 27 organisations, the release pivot, long answers, nothing
    else of a pipeline (its evidences as the scan read them) — is under the threshold, and a
    free-credit churn farm's account (batch 3: the same kind of sharing, round the clock, walking a
    grid) is still over it, without the pivot."""
    shipped = Calibration.load()
    assert shipped.sharing_behaviour is not None and "pivot" not in shipped.sharing_behaviour
    before = replace(shipped, sharing_behaviour=None)
    base = dict.fromkeys(SIGNALS, 0.0)
    tool = {**base, "template": 0.64, "diversity": 0.74, "mmd": 1.0, "narrow": 1.0, "yield": 0.58,
            "pivot": 0.79, "template_orgs": 0.38}
    farm = {**base, "template": 0.91, "diversity": 0.86, "mmd": 1.0, "narrow": 0.81, "regularity": 0.15,
            "traversal": 0.34, "yield": 0.73, "no_sleep": 1.0, "template_orgs": 1.0}
    assert S.score(tool, before) >= before.threshold > S.score(tool, shipped)
    assert S.score(farm, shipped) >= shipped.threshold


def test_model_u_is_model_s_with_the_sharing_rule_and_l26s_trees_derived_by_its_command(tmp_path):
    """Model U's file (shipped 763717b until model W) is what bench/monitor_derive.py makes of model
    S's with `--sharing-without pivot --also-join-trees` L26's (its docstring's command): weights,
    trees, thresholds and rules equal, so U's record is S's except where the rule lowers a score or
    L26's trees flag. An unknown signal is one line of error; so is a second trees file that is not
    trees alone."""
    derived, frozen, _ = _derive(tmp_path, "s", "u", "--sharing-without", "pivot", "--also-join-trees",
                                 str(RESULTS / "monitor_calibration_l26.json"))
    assert _but_source(derived) == _but_source(frozen)
    assert len(frozen["also_trees"]) == 1 and frozen["trees_floor"] == {"yield": 0.25}
    bad = _derive_fails(tmp_path, "s", "--sharing-without", "yield")
    assert bad.returncode == 2 and "names no behaviour signal: yield" in bad.stderr
    joined = _derive_fails(tmp_path, "s", "--also-join-trees", str(RESULTS / "monitor_calibration_s.json"))
    assert joined.returncode == 2 and "trees-alone" in joined.stderr


def test_more_joined_trees_each_flag_at_their_own_offset_and_explain_with_their_own_reading(fitted, tmp_path):
    """`also_trees` (model U): trees fitted at different times catch different families, so more
    frozen trees join the same way — the log-odds are the largest of the weights', the trees' plus
    their offset and each further trees' plus its own — and the reasons are the occlusions of the
    trees that decided. They survive a save and a load; a malformed entry is refused."""
    _, first, _ = fitted
    x, y, groups = _data(seed=1, pair=("shape", "hosting"))
    second = T.export(T.fit(x, y, S.balanced_sample_weights(y, groups)), FEATURES)
    weights = dict.fromkeys(S.FEATURES, 0.0)
    weights["payment"] = 8.0
    one = Calibration(trees=first, trees_offset=-0.5, weights=weights, bias=-4.0, threshold=0.5)
    both = replace(one, also_trees=[{"trees": second, "offset": -0.25}])
    path = tmp_path / "cal.json"
    both.save(path)
    loaded = Calibration.load(path)
    assert loaded.also_trees == both.also_trees
    base = dict.fromkeys(SIGNALS, 0.0)
    grade, shaped = {**base, "judge": 0.9, "no_sleep": 0.9}, {**base, "shape": 0.9, "hosting": 0.9}
    row = S.feature_vector(shaped).tolist()
    z = S.logit(S.score(shaped, loaded))
    assert math.isclose(z, T.log_odds(second, row) - 0.25, abs_tol=1e-9) and z > 0  # the second trees decide
    assert S.score(shaped, one) < 0.5  # which the first trees and the weights do not flag
    assert S.scored_by(shaped, loaded) == "trees"
    parts = S.contributions(shaped, loaded)
    assert parts == dict(zip(FEATURES, T.occlusion(second, row), strict=True))
    assert set(sorted(parts, key=parts.get)[-2:]) == {"shape", "hosting"}
    z_second = T.log_odds(second, S.feature_vector(grade).tolist()) - 0.25
    assert math.isclose(S.logit(S.score(grade, loaded)), max(S.logit(S.score(grade, one)), z_second), abs_tol=1e-9)
    assert S.score(grade, loaded) >= S.score(grade, one) > 0.5  # more trees never lower a score
    assert S.contributions({**base, "payment": 1.0}, loaded)["payment"] == 8.0  # the weights still explain theirs


@pytest.mark.parametrize("bad", ["not_a_list", "no_offset", "nan_offset", "bad_trees", "not_joined"])
def test_more_trees_that_are_malformed_or_join_nothing_are_refused(fitted, tmp_path, bad):
    _, exported, _ = fitted
    item = {"trees": exported, "offset": 0.1}
    also = {"not_a_list": item, "no_offset": [{"trees": exported}], "nan_offset": [{**item, "offset": float("nan")}],
            "bad_trees": [{**item, "trees": {"trees": []}}], "not_joined": [item]}[bad]
    data = {**Calibration().__dict__, "trees": exported, "trees_offset": None if bad == "not_joined" else 0.0,
            "also_trees": also}
    path = tmp_path / "cal.json"
    path.write_text(json.dumps(data))
    with pytest.raises(DistillguardError, match="also_trees"):
        Calibration.load(path)


def test_side_model_v_is_model_u_with_fresh_resampling_derived_by_its_command(tmp_path):
    """bench/results/monitor_calibration_v.json is what bench/monitor_derive.py makes of model U's
    file with `--resample-fresh 0.4 0.6` (its docstring's command): every other field equal, so V's
    record differs from U's only through how resampling is read. A pair out of order is one line of
    error."""
    derived, frozen, base = _derive(tmp_path, "u", "v", "--resample-fresh", "0.4", "0.6")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"resample_fresh", "source"}
    assert frozen["resample_fresh"] == [0.4, 0.6] and base["resample_fresh"] is None
    bad = _derive_fails(tmp_path, "u", "--resample-fresh", "0.6", "0.4")
    assert bad.returncode == 2 and "--resample-fresh wants FREE FULL" in bad.stderr


def test_model_w_is_v_with_the_exact_reading_beside_derived_by_its_command(tmp_path):
    """Model W (bench/results/monitor_calibration_w.json, shipped 1702a69 until model X) is what
    bench/monitor_derive.py makes of side model V with `--resample-beside` (its docstring's command):
    every other field V's, so W reads everything as U does but resampling. A base without fresh
    resampling is one line of error."""
    derived, frozen, base = _derive(tmp_path, "v", "w", "--resample-beside")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"resample_beside", "source"}
    assert frozen["resample_beside"] is True
    bad = _derive_fails(tmp_path, "u", "--resample-beside")
    assert bad.returncode == 2 and "--resample-beside needs fresh resampling" in bad.stderr


def test_model_x_is_w_with_a_stated_followup_weight_derived_by_its_command(tmp_path):
    """Model X's file (bench/results/monitor_calibration_x.json, shipped until blind batch 120) is what
    bench/monitor_derive.py makes of model W with `--followup-reach 0.75`: W's every field but one
    weight — machine-speed conversation, set so that an evidence of 0.75 alone takes W's bias to W's
    threshold. A reach outside (0, 1] is one line of error."""
    derived, frozen, base = _derive(tmp_path, "w", "x", "--followup-reach", "0.75")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"weights", "source"}
    assert {k for k in frozen["weights"] if frozen["weights"][k] != base["weights"].get(k)} == {"followup"}
    weight = frozen["weights"]["followup"]
    assert frozen["bias"] + 0.75 * weight == pytest.approx(S.logit(frozen["threshold"]), abs=1e-4)
    for reach in ("0", "1.5", "nan"):
        bad = _derive_fails(tmp_path, "w", "--followup-reach", reach)
        assert bad.returncode == 2 and "--followup-reach must be in (0, 1]" in bad.stderr


def test_side_model_z_is_x_with_a_smaller_inherit_margin_derived_by_its_command(tmp_path):
    """Side model Z (bench/results/monitor_calibration_z.json, frozen before blind batch 81) is what
    bench/monitor_derive.py makes of model X with `--inherit-margin 1` (its docstring's command): X's
    every field but the margin within which an account inherits a cluster's score through its own
    evidence, so Z's record differs from X's only where inheritance is read. A margin above the
    base's (a raise, not a lowering) is one line of error."""
    derived, frozen, base = _derive(tmp_path, "x", "z", "--inherit-margin", "1")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"inherit_margin", "source"}
    assert frozen["inherit_margin"] == 1.0 and base["inherit_margin"] == 2.0
    bad = _derive_fails(tmp_path, "x", "--inherit-margin", "3")
    assert bad.returncode == 2 and "at most the base model's" in bad.stderr


def test_side_model_xsl_is_xs_with_no_inheritance_through_a_mere_link_derived_by_its_command(tmp_path):
    """Side model XSL (bench/results/monitor_calibration_xsl.json, frozen before blind batches 93-96 were
    read or run) is what bench/monitor_derive.py makes of side model XS with `--linked-margin 0` (its
    docstring's command): XS's every field but the margin of an account that is only linked into a
    cluster, not a member of it, so XSL's record differs from XS's only where such accounts inherit. A
    margin above the base's (a raise, not a lowering) and a negative one are one line of error."""
    derived, frozen, base = _derive(tmp_path, "xs", "xsl", "--linked-margin", "0")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"linked_margin", "source"}
    assert frozen["linked_margin"] == 0.0 and base["linked_margin"] is None and base["inherit_margin"] == 2.0
    for margin in ("2.5", "-1", "nan"):
        bad = _derive_fails(tmp_path, "xs", "--linked-margin", margin)
        assert bad.returncode == 2 and "--linked-margin must be finite" in bad.stderr


def test_side_model_xp_is_x_with_payment_gated_derived_by_its_command(tmp_path):
    """Side model XP (bench/results/monitor_calibration_xp.json, frozen before blind batches 97-100 were
    committed, read or run) is what bench/monitor_derive.py makes of the shipped model X with
    `--payment-gate` and `scoring.PAYMENT_GATE_XP`'s signals: X's every field but the gate. A signal
    that is not content or automation, or a second gate on a gated base, is one line of error."""
    gate = [arg for s in S.PAYMENT_GATE_XP for arg in ("--payment-gate", s)]
    derived, frozen, base = _derive(tmp_path, "x", "xp", *gate)
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"payment_gate", "source"}
    assert frozen["payment_gate"] == list(S.PAYMENT_GATE_XP) and base["payment_gate"] is None
    bad = _derive_fails(tmp_path, "x", "--payment-gate", "payment")
    assert bad.returncode == 2 and "--payment-gate" in bad.stderr
    again = _derive_fails(tmp_path, "xp", "--payment-gate", "yield")
    assert again.returncode == 2 and "on a base without one" in again.stderr


def test_side_model_xh_is_x_with_network_links_hard_only_from_hosting_derived_by_its_command(tmp_path):
    """Side model XH (bench/results/monitor_calibration_xh.json, frozen before blind batches 101-104 were
    committed, read or run) is what bench/monitor_derive.py makes of the shipped model X with
    `--network-hard-hosting 0.5`: X's every field but that share. A share outside (0, 1], or a second one
    on a base that has one, is one line of error."""
    derived, frozen, base = _derive(tmp_path, "x", "xh", "--network-hard-hosting", "0.5")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"network_hard_hosting", "source"}
    assert frozen["network_hard_hosting"] == 0.5 and base["network_hard_hosting"] is None
    for share in ("0", "1.5", "nan"):
        bad = _derive_fails(tmp_path, "x", "--network-hard-hosting", share)
        assert bad.returncode == 2 and "--network-hard-hosting must be in (0, 1]" in bad.stderr
    again = _derive_fails(tmp_path, "xh", "--network-hard-hosting", "0.4")
    assert again.returncode == 2 and "on a base without one" in again.stderr


def test_side_model_xc_is_x_reading_compared_repeats_off_derived_by_its_command(tmp_path):
    """Side model XC (bench/results/monitor_calibration_xc.json, frozen before blind batches 105-108 were
    committed, read or run) is what bench/monitor_derive.py makes of the shipped model X with
    `--resample-compared`: X's every field but that flag. A second one, on a base that has it, is one line
    of error."""
    derived, frozen, base = _derive(tmp_path, "x", "xc", "--resample-compared")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"resample_compared", "source"}
    assert frozen["resample_compared"] is True and base["resample_compared"] is False
    again = _derive_fails(tmp_path, "xc", "--resample-compared")
    assert again.returncode == 2 and "already reads compared repeats off" in again.stderr


def test_side_model_xmb_is_xm_reading_only_balanced_comparisons_off_derived_by_its_command(tmp_path):
    """Side model XMB (bench/results/monitor_calibration_xmb.json, frozen before blind batches 129-132 were
    committed, read or run) is what bench/monitor_derive.py makes of the shipped model XM with
    `--resample-compared --resample-balanced`: XM's every field but those two flags. The balanced reading
    on a base that reads no compared repeats off is one line of error, and the scan counts the compared
    (and balanced) repeats for it."""
    from distillguard.monitor.scan import params_for

    derived, frozen, base = _derive(tmp_path, "xm", "xmb", "--resample-compared", "--resample-balanced")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"resample_compared", "resample_balanced", "source"}
    assert frozen["resample_balanced"] is True and base["resample_balanced"] is False
    refused = _derive_fails(tmp_path, "xm", "--resample-balanced")
    assert refused.returncode == 2 and "--resample-balanced needs compared repeats" in refused.stderr
    assert params_for(Calibration.load(RESULTS / "monitor_calibration_xmb.json"), None).features.compared


def test_side_model_xmk_is_xm_reading_fresh_repeats_across_keys_derived_by_its_command(tmp_path):
    """Side model XMK (bench/results/monitor_calibration_xmk.json, frozen before blind batches 133-140 were
    committed, read or run) is what bench/monitor_derive.py makes of the shipped model XM with
    `--resample-burst`: XM's every field but that flag. On a base without a fresh resampling reading (model U,
    frozen before V) it is one line of error, and the scan counts the burst repeats for it."""
    from distillguard.monitor.scan import params_for

    derived, frozen, base = _derive(tmp_path, "xm", "xmk", "--resample-burst")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"resample_burst", "source"}
    assert frozen["resample_burst"] is True and base["resample_burst"] is False
    refused = _derive_fails(tmp_path, "u", "--resample-burst")
    assert refused.returncode == 2 and "--resample-burst needs a fresh resampling reading" in refused.stderr
    assert params_for(Calibration.load(RESULTS / "monitor_calibration_xmk.json"), None).features.burst


def test_side_model_xmkb_is_xmb_reading_fresh_repeats_across_keys_derived_by_its_command(tmp_path):
    """Side model XMKB (bench/results/monitor_calibration_xmkb.json, frozen before blind batches 141-148 were
    committed, read or run) is what bench/monitor_derive.py makes of side model XMB with `--resample-burst`:
    XMB's every field but that flag; a second `--resample-burst` is one line of error, and the scan counts
    both the burst and the compared repeats for it."""
    from distillguard.monitor.scan import params_for

    derived, frozen, base = _derive(tmp_path, "xmb", "xmkb", "--resample-burst")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"resample_burst", "source"}
    again = _derive_fails(tmp_path, "xmkb", "--resample-burst")
    assert again.returncode == 2 and "does not already count bursts" in again.stderr
    features = params_for(Calibration.load(RESULTS / "monitor_calibration_xmkb.json"), None).features
    assert features.burst and features.compared


def test_shared_networks_are_a_hard_link_only_from_hosting_under_network_hard_hosting():
    """`scan._hard_into`: without `network_hard_hosting` (every model before XH) any hard link counts; with
    it, a link of shared networks counts only for an account whose hosting share reaches it (a farm on a
    cloud's /24s, not students on a campus's), and a shared payment instrument always counts."""
    from types import SimpleNamespace

    from distillguard.monitor.scan import _hard_into

    analysis = SimpleNamespace(rows={"student": {"hosting_share": 0.0}, "farm": {"hosting_share": 0.9},
                                     "edge": {"hosting_share": 0.5}, "none": {"hosting_share": None}})
    networks, paid, soft = {"ip24": 3, "hard": 3}, {"payment": 1, "hard": 1}, {"template": 4}
    x, xh = Calibration(), Calibration(network_hard_hosting=0.5)
    for account in analysis.rows:
        assert _hard_into(analysis, x, account, networks) and _hard_into(analysis, xh, account, paid)
        assert not _hard_into(analysis, x, account, soft) and not _hard_into(analysis, xh, account, soft)
    assert [a for a in analysis.rows if _hard_into(analysis, xh, a, networks)] == ["farm", "edge"]
    assert not _hard_into(analysis, xh, "absent", networks)


@pytest.mark.parametrize("bad", [1.5, -0.1, "0.5", float("nan")])
def test_a_network_hard_hosting_outside_the_unit_interval_is_refused(tmp_path, bad):
    path = tmp_path / "cal.json"
    path.write_text(json.dumps({**Calibration().__dict__, "network_hard_hosting": bad}, allow_nan=True))
    with pytest.raises(DistillguardError, match="network_hard_hosting"):
        Calibration.load(path)


def _derive_command(tmp_path, base: str, out: str, *options: str) -> list[str]:
    """bench/monitor_derive.py on frozen model `base`'s file with `options`, writing `out` in tmp_path."""
    import sys

    return [sys.executable, str(RESULTS.parent / "monitor_derive.py"), str(RESULTS / f"monitor_calibration_{base}.json"),
            str(tmp_path / out), *options, "--note", out]


def _derive(tmp_path, base: str, model: str, *options: str) -> tuple[dict, ...]:
    """The derived fields, frozen model `model`'s and `base`'s (each `Calibration.__dict__`), for the
    frozen-model tests."""
    import subprocess

    subprocess.run(_derive_command(tmp_path, base, f"{model}.json", *options), check=True, capture_output=True)
    return tuple(Calibration.load(f).__dict__ for f in (tmp_path / f"{model}.json",
                                                        RESULTS / f"monitor_calibration_{model}.json",
                                                        RESULTS / f"monitor_calibration_{base}.json"))


def _derive_fails(tmp_path, base: str, *options: str):
    """The completed process of a bench/monitor_derive.py run expected to refuse its options."""
    import subprocess

    return subprocess.run(_derive_command(tmp_path, base, "refused.json", *options), capture_output=True, text=True)


def _but_source(fields: dict) -> dict:
    return {k: v for k, v in fields.items() if k != "source"}


def test_the_refit_check_joins_trees_as_the_derive_command_would(tmp_path):
    """bench/monitor_fit_y.py (the check behind not freezing side model Y) must have scored what
    `bench/monitor_derive.py --also-join-trees` makes of X with the refitted trees: the same further
    trees at the same offset, everything else X's."""
    import sys

    sys.path.insert(0, str(RESULTS.parent))
    from monitor_fit_y import joined

    derived, x, _ = _derive(tmp_path, "x", "x", "--also-join-trees", str(RESULTS / "monitor_calibration_l57.json"))
    l57 = Calibration.load(RESULTS / "monitor_calibration_l57.json")
    checked = joined(Calibration.load(RESULTS / "monitor_calibration_x.json"), l57.trees, l57.threshold).__dict__
    assert _but_source(checked) == _but_source(derived)
    assert len(derived["also_trees"]) == len(x["also_trees"]) + 1 and derived["also_trees"][-1]["trees"] == l57.trees


def test_side_model_xs_is_x_with_a_substream_weight_derived_by_its_command(tmp_path):
    """Side model XS (bench/results/monitor_calibration_xs.json, frozen before blind batch 89) is what
    bench/monitor_derive.py makes of model X with `--substream-reach 0.5`: X's every field but one new
    weight, set so that a sub-stream evidence of 0.5 (p = 1e-6) alone takes the bias to the threshold.
    A reach outside (0, 1] is one line of error."""
    derived, frozen, base = _derive(tmp_path, "x", "xs", "--substream-reach", "0.5")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"weights", "source"}
    added = {k: v for k, v in frozen["weights"].items() if base["weights"].get(k) != v}
    assert set(added) == {"substream"}
    assert frozen["bias"] + 0.5 * added["substream"] == pytest.approx(S.logit(frozen["threshold"]), abs=1e-4)
    bad = _derive_fails(tmp_path, "x", "--substream-reach", "1.5")
    assert bad.returncode == 2 and "--substream-reach must be in (0, 1]" in bad.stderr


def test_model_xm_is_x_with_a_model_split_weight_derived_by_its_command(tmp_path):
    """Model XM (bench/results/monitor_calibration_xm.json, frozen before blind batch 113 was read or
    run, shipped after 120 until XMCQ replaced it after 208) is what bench/monitor_derive.py makes of
    model X with `--model-split-reach 0.5`: X's every field but one new weight, set so that a
    model-split evidence of 0.5 (p = 1e-6) alone takes the bias to the threshold. The shipped model
    (XMCW, after XMCQ, XMCD, XMCT and XMCTO) keeps every weight of XM's and its bias; XMCT added a weight of its own.
    A reach outside (0, 1] is one line of error."""
    derived, frozen, base = _derive(tmp_path, "x", "xm", "--model-split-reach", "0.5")
    shipped = Calibration.load().__dict__
    assert _but_source(derived) == _but_source(frozen)
    assert {k: shipped["weights"][k] for k in frozen["weights"]} == frozen["weights"]
    assert shipped["bias"] == frozen["bias"]
    assert {k for k in base if base[k] != frozen[k]} == {"weights", "source"}
    added = {k: v for k, v in frozen["weights"].items() if base["weights"].get(k) != v}
    assert set(added) == {"model_split"}
    assert frozen["bias"] + 0.5 * added["model_split"] == pytest.approx(S.logit(frozen["threshold"]), abs=1e-4)
    bad = _derive_fails(tmp_path, "x", "--model-split-reach", "0")
    assert bad.returncode == 2 and "--model-split-reach must be in (0, 1]" in bad.stderr

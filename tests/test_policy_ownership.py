"""Effective ownership through chains: products along paths, sums across paths, cycles cut."""

from __future__ import annotations

import pytest

from distillguard.errors import DistillguardError
from distillguard.policy.ownership import effective_ownership


def _graph(edges: dict[str, list[tuple[str, float]]], countries: dict[str, str | None]):
    return (lambda org: edges.get(org, [])), countries.get


def test_root_entity_owns_itself():
    parents, country = _graph({}, {"acme": "US"})
    assert effective_ownership("acme", parents, country) == {"US": 1.0}


def test_multi_level_chain_multiplies_shares():
    # sub (DE) ← 80% holdco (NL) ← 70% parent (CN); remainders stay with each entity's country
    parents, country = _graph(
        {"sub": [("holdco", 0.8)], "holdco": [("parent", 0.7)]},
        {"sub": "DE", "holdco": "NL", "parent": "CN"},
    )
    result = effective_ownership("sub", parents, country)
    assert result["CN"] == pytest.approx(0.56)
    assert result["NL"] == pytest.approx(0.24)
    assert result["DE"] == pytest.approx(0.2)
    assert sum(result.values()) == pytest.approx(1.0)


def test_multiple_parents_sum_per_country():
    # two separate CN holders at 30% each → 60% CN even though neither alone is > 50%
    parents, country = _graph(
        {"target": [("a", 0.3), ("b", 0.3), ("c", 0.4)]},
        {"target": "US", "a": "CN", "b": "CN", "c": "US"},
    )
    result = effective_ownership("target", parents, country)
    assert result["CN"] == pytest.approx(0.6)
    assert result["US"] == pytest.approx(0.4)


def test_diamond_counts_each_path():
    # target ← 50% x ← 100% top(CN); target ← 50% y ← 100% top(CN): both paths reach top
    parents, country = _graph(
        {"target": [("x", 0.5), ("y", 0.5)], "x": [("top", 1.0)], "y": [("top", 1.0)]},
        {"target": "US", "x": "SG", "y": "HK", "top": "CN"},
    )
    assert effective_ownership("target", parents, country) == {"CN": pytest.approx(1.0)}


def test_cycle_is_cut_and_terminates():
    # a ← 60% b ← 50% a (cross-holding) and b ← 50% c(RU)
    parents, country = _graph(
        {"a": [("b", 0.6)], "b": [("a", 0.5), ("c", 0.5)]},
        {"a": "US", "b": "CY", "c": "RU"},
    )
    result = effective_ownership("a", parents, country)
    assert result["RU"] == pytest.approx(0.3)
    assert result["US"] == pytest.approx(0.4)
    assert sum(result.values()) <= 1.0 + 1e-9


def test_self_loop_is_ignored():
    parents, country = _graph({"a": [("a", 0.5)]}, {"a": "US"})
    assert effective_ownership("a", parents, country) == {"US": pytest.approx(0.5)}


def test_unknown_countries_are_left_out():
    parents, country = _graph({"a": [("ghost", 0.9)]}, {"a": "US", "ghost": None})
    assert effective_ownership("a", parents, country) == {"US": pytest.approx(0.1)}


def test_shares_over_one_are_rejected():
    parents, country = _graph({"a": [("b", 0.7), ("c", 0.7)]}, {"a": "US", "b": "US", "c": "US"})
    with pytest.raises(DistillguardError, match="sum to"):
        effective_ownership("a", parents, country)


def test_negative_share_rejected():
    parents, country = _graph({"a": [("b", -0.1)]}, {"a": "US", "b": "US"})
    with pytest.raises(DistillguardError, match="0..1"):
        effective_ownership("a", parents, country)

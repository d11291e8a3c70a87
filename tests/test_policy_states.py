"""Account state machine: every allowed transition passes, everything else is refused."""

from __future__ import annotations

import itertools

import pytest

from distillguard.errors import DistillguardError
from distillguard.policy.states import STATES, allowed_transitions, check_transition

ALLOWED = {
    ("active", "under_review"), ("active", "restricted"), ("active", "suspended"),
    ("under_review", "approved"), ("under_review", "restricted"), ("under_review", "suspended"),
    ("approved", "under_review"), ("approved", "restricted"), ("approved", "suspended"),
    ("restricted", "under_review"), ("restricted", "approved"), ("restricted", "suspended"),
    ("suspended", "under_review"), ("suspended", "approved"),
}


@pytest.mark.parametrize("current,new", list(itertools.product(STATES, STATES)))
def test_transition_table(current, new):
    if (current, new) in ALLOWED:
        check_transition(current, new)
    else:
        with pytest.raises(DistillguardError, match=f"illegal transition {current} → {new}"):
            check_transition(current, new)


def test_unknown_state_named():
    with pytest.raises(DistillguardError, match="unknown account state 'banned'"):
        check_transition("active", "banned")


def test_allowed_transitions_for_ui():
    assert allowed_transitions("suspended") == ["under_review", "approved"]

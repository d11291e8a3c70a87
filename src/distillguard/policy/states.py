"""Account review states and the transitions a reviewer (or the policy) may make between them."""

from __future__ import annotations

from distillguard.errors import DistillguardError

STATES = ("active", "under_review", "approved", "restricted", "suspended")

TRANSITIONS: dict[str, frozenset[str]] = {
    "active": frozenset({"under_review", "restricted", "suspended"}),
    "under_review": frozenset({"approved", "restricted", "suspended"}),
    "approved": frozenset({"under_review", "restricted", "suspended"}),
    "restricted": frozenset({"under_review", "approved", "suspended"}),
    "suspended": frozenset({"under_review", "approved"}),  # appeal
}


def check_transition(current: str, new: str) -> None:
    """Raise DistillguardError unless `current → new` is an allowed transition."""
    for state in (current, new):
        if state not in TRANSITIONS:
            raise DistillguardError(f"unknown account state {state!r} (one of {', '.join(STATES)})")
    if new not in TRANSITIONS[current]:
        raise DistillguardError(f"illegal transition {current} → {new}")


def allowed_transitions(current: str) -> list[str]:
    """States reachable from `current`, in STATES order (for UIs)."""
    if current not in TRANSITIONS:
        raise DistillguardError(f"unknown account state {current!r}")
    return [s for s in STATES if s in TRANSITIONS[current]]
